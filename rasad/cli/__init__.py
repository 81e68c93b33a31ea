"""The ``rasad`` command line: one group, one module per family of commands."""

from __future__ import annotations

import importlib
import os

import click

from .. import __version__

# Each command's module is imported only when that command runs (or help lists it): `rasad extract`
# does not pay for the store, the server or the Dask engine.
_COMMANDS = {
    "extract": "extract", "batch": "batch", "kb": "kb", "serve": "serve", "demo": "store",
    "correct": "correct", "ingest": "store", "events": "store", "show": "store", "search": "store",
    "stats": "store", "export": "store", "watch": "intake", "sources": "intake",
}


class _LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = _COMMANDS.get(name)
        if module is None:
            return None
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)

    def invoke(self, ctx: click.Context):
        """A rasad error no command handled (a broken knowledge-base file) ends the run with its one line."""
        from ..errors import RasadError

        try:
            return super().invoke(ctx)
        except RasadError as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasad")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="A knowledge-base folder of your own, added to the bundled one (repeatable; "
                   "also $RASAD_KB, folders separated by ':').")
def main(kb_dirs: tuple[str, ...]) -> None:
    """rasad: event data on defense diplomacy from Persian, Arabic and English news.

    Reads articles, finds who met whom, when, where and what they signed, each fact tied to
    the sentence it came from.
    """
    if kb_dirs:
        os.environ["RASAD_KB"] = os.pathsep.join([*kb_dirs, *filter(None, [os.environ.get("RASAD_KB")])])

