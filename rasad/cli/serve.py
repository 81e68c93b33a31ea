"""``rasad serve``: the REST API and the web dashboard over one database, read-only unless corrections
are turned on (with a token)."""

from __future__ import annotations

import ipaddress
import os
import secrets

import click

from ..errors import RasadError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
              help="Database file (default: $RASAD_DB, else ~/.local/share/rasad/rasad.db).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The API has no login: keep it on loopback unless you mean to share it.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--cache-size", type=click.IntRange(min=0), default=256, show_default=True,
              help="Aggregate answers (graph, time series, map, counts) kept until the database changes; 0: none.")
@click.option("--corrections", is_flag=True,
              help="Let analysts holding the token correct events from the dashboard and the API.")
@click.option("--token", default=None, metavar="TOKEN",
              help="The corrections token (default: $RASAD_TOKEN, else a new one printed at start).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="warning", show_default=True, help="Server log level.")
def serve(db: str | None, host: str, port: int, cache_size: int, corrections: bool, token: str | None,
          log_level: str) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /api/openapi.json) for a database, read-only
    (with --corrections, analysts holding the token may correct events)."""
    try:
        import uvicorn

        from ..api import create_app
        from ..store import default_path
    except ImportError as e:
        raise click.ClickException(f"rasad serve needs the 'serve' extra ({e.name} is missing): "
                                   "pip install 'rasad[serve]'") from None
    path = db or str(default_path())
    token = (token or os.environ.get("RASAD_TOKEN") or secrets.token_urlsafe(24)) if corrections else None
    try:
        app = create_app(path, cache_size=cache_size, corrections_token=token)
    except RasadError as e:
        raise click.ClickException(str(e)) from None
    if not _is_loopback(host):
        click.echo(f"rasad: warning: listening on {host}: anyone who can reach it can read the database", err=True)
    shown = f"[{host}]" if ":" in host else host
    mode = "corrections on" if token else "read-only"
    click.echo(f"rasad: serving {path} at http://{shown}:{port}/ ({mode}; Ctrl+C stops)", err=True)
    if token and not (os.environ.get("RASAD_TOKEN") == token):
        click.echo(f"rasad: corrections token: {token}", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
