"""``rasad correct``: an analyst's corrections of merged events, kept apart from extracted data.

    rasad correct EVENT --wrong --note "not a meeting: a phone call reported twice"
    rasad correct EVENT --set date=2024-05-03 --set target=Russia --set location=Moscow,RUS
    rasad correct EVENT --set add_person=Shoigu --set remove_person="Unknown Official"
    rasad correct EVENT --split DOC_ID[#SEQ] ...      rasad correct EVENT --merge OTHER_EVENT
    rasad correct --list [EVENT]    rasad correct --undo ID
    rasad correct --export FILE     rasad correct --apply FILE
"""

from __future__ import annotations

import json
import os
import sys

import click

from ..errors import RasadError
from ..store import open_store
from ..store.corrections import FIELDS
from .common import write_json_line
from .store import db_option, store_errors


@click.command()
@click.argument("event", required=False)
@click.option("--wrong", "action", flag_value="wrong", help="Mark the event wrong (left out of lists and exports).")
@click.option("--right", "action", flag_value="right", help="Mark it right again.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help=f"Fix a field ({', '.join(FIELDS)}); repeatable.")
@click.option("--split", "split", multiple=True, metavar="DOC[#SEQ]",
              help="Move these reports (a document's, or one of them) into an event of their own; repeatable.")
@click.option("--merge", "merge", metavar="OTHER", help="Merge event OTHER into EVENT.")
@click.option("--note", help="Why (kept with the correction).")
@click.option("--author", default=lambda: os.environ.get("USER"), help="Who (default: $USER).")
@click.option("--list", "list_", is_flag=True, help="List the active corrections (of EVENT when given).")
@click.option("--undo", type=int, metavar="ID", help="Withdraw correction ID.")
@click.option("--export", "export_to", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write every active correction to FILE (JSONL) for another analyst.")
@click.option("--apply", "apply_from", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Apply the corrections in FILE (made with --export).")
@db_option
@store_errors
def correct(event, action, sets, split, merge, note, author, list_, undo, export_to, apply_from, db) -> None:
    """Correct a merged event: mark it wrong, fix a field, split or merge events.

    Corrections are kept apart from what was extracted, survive re-ingests and rebuilds, show on the
    event (`rasad show`, the dashboard) and in exports (columns `wrong` and `corrections`)."""
    with open_store(db) as store:
        if list_:
            event_id = store.resolve_event_id(event) if event else None
            for c in store.corrections(event_id):
                click.echo(f"#{c.id}  {c.event_id}  {c.summary()}  {c.author or '-'}  {c.created_at}"
                           + (f"  «{c.note}»" if c.note else ""))
            return
        if undo is not None:
            c = store.undo_correction(undo)
            click.echo(f"correction #{c.id} withdrawn; {c.event_id} merged again from its reports")
            return
        if export_to:
            records = store.export_corrections()
            with open(export_to, "w", encoding="utf-8") as out:
                for r in records:
                    write_json_line(out, r)
            click.echo(f"{len(records)} corrections written to {export_to}", err=True)
            return
        if apply_from:
            added, skipped = store.apply_corrections(_read_jsonl(apply_from))
            for reason in skipped:
                click.echo(f"rasad: skipped: {apply_from}: {reason}", err=True)
            click.echo(f"{added} corrections applied from {apply_from}, {len(skipped)} skipped", err=True)
            return
        if not event:
            raise click.UsageError("give an EVENT id (or --list, --undo, --export, --apply)")
        event_id = store.resolve_event_id(event)
        if event_id is None:
            raise RasadError(f"no event {event!r}")
        done = []
        if action:
            done.append(store.correct(event_id, action, note=note, author=author))
        for item in sets:
            field, eq, value = item.partition("=")
            if not eq:
                raise click.BadParameter(f"{item!r}: give FIELD=VALUE", param_hint="--set")
            done.append(store.correct(event_id, "set", field.strip(), value.strip(), note=note, author=author))
        if split:
            done.append(store.correct(event_id, "split", value={"anchors": list(split)}, note=note, author=author))
        if merge:
            other = store.resolve_event_id(merge)
            if other is None:
                raise RasadError(f"no event {merge!r}")
            done.append(store.correct(event_id, "merge", value={"other": other}, note=note, author=author))
        if not done:
            raise click.UsageError("say what to correct: --wrong, --right, --set, --split or --merge")
    for c in done:
        click.echo(f"#{c.id}  {event_id}  {c.summary()}")


def _read_jsonl(path: str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                click.echo(f"rasad: error: {path}:{i}: not JSON ({e.msg})", err=True)
                continue
            if isinstance(record, dict):
                out.append(record)
    return out


if __name__ == "__main__":  # pragma: no cover
    sys.exit(correct())
