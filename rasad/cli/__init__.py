"""The ``rasad`` command line: one group, one module per family of commands."""

from __future__ import annotations

import os

import click

from .. import __version__
from .batch import batch
from .correct import correct
from .extract import extract
from .intake import sources, watch
from .kb import kb
from .serve import serve
from .store import demo, events, export, ingest, search, show, stats


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


main.add_command(extract)
main.add_command(batch)
main.add_command(kb)
main.add_command(serve)
main.add_command(demo)
main.add_command(correct)
for _command in (ingest, events, show, search, stats, export, watch, sources):
    main.add_command(_command)
