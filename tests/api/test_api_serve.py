"""``rasad serve``: options, errors, and a real server answering on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

from click.testing import CliRunner

from rasad.cli.serve import serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_names_the_options():
    out = CliRunner().invoke(serve, ["--help"]).output
    for option in ("--db", "--host", "--port"):
        assert option in out
    assert "127.0.0.1" in out


def test_a_missing_database_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.output and "Traceback" not in result.output


def test_registered_in_the_rasad_command():
    import click

    from rasad.cli import main

    ctx = click.Context(main)
    assert "serve" in main.list_commands(ctx)
    assert main.get_command(ctx, "serve").name == "serve"


def test_serves_api_and_dashboard_on_loopback(db_path):
    port = free_port()
    code = "import sys; from rasad.cli.serve import serve; sys.exit(serve())"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db_path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base}/api/stats", timeout=2) as r:
                    stats = json.load(r)
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read()) from None
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start")
        assert stats["ok"] and stats["stats"]["documents"] > 0
        with urllib.request.urlopen(f"{base}/", timeout=2) as r:
            assert "text/html" in r.headers["content-type"]
            assert "script-src 'self'" in r.headers["content-security-policy"]
            assert "server" not in {k.lower() for k in r.headers}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "serving" in proc.stderr.read()
