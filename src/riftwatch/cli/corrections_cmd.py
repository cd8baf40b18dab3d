"""``riftwatch correct``, ``recode``, ``corrections …`` and ``actors alias``: user
corrections that last through re-coding."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .. import api
from .output import Format, emit

corrections_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                              help="List, export, apply and withdraw corrections.")


def register(app: typer.Typer, actors_app: typer.Typer) -> None:
    from . import _opts, console, handle_errors

    @app.command()
    @handle_errors
    def correct(
        event_id: str = typer.Argument(..., help="Event (mention) id, or a unique prefix of it, from `riftwatch events --format json`."),
        code: Optional[str] = typer.Option(None, "--code", help="The right CAMEO code, e.g. 120."),
        source: Optional[str] = typer.Option(None, "--source", help="The right source actor code, e.g. KORGOV."),
        target: Optional[str] = typer.Option(None, "--target", help="The right target actor code."),
        drop: bool = typer.Option(False, "--drop", help="This is not an event (it is kept, with status 'dropped')."),
        reason: Optional[str] = typer.Option(None, "--reason", help="Why (stored with the correction)."),
        by: Optional[str] = typer.Option(None, "--by", help="Who corrects [default: your login name]."),
        fmt: Format = typer.Option(Format.table, "--format"),
    ) -> None:
        """Correct an event's code or actors, or drop it; the correction outlives re-coding.

        Example: riftwatch correct 3f2a9c1e --code 120 --reason "a rejection, not a statement"
        """
        rows = api.correct(event_id, code=code, source=source, target=target, drop=drop, author=by,
                           reason=reason, options=_opts())
        emit(rows, fmt, ["id", "kind", "event_id", "orig_code", "value", "author", "created", "reason"],
             title="corrections recorded")

    @app.command()
    @handle_errors
    def recode(
        since: Optional[str] = typer.Option(None, "--since", help="Articles published from this date, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, "--until", help="... up to this date."),
        fmt: Format = typer.Option(Format.table, "--format"),
    ) -> None:
        """Re-code stored articles with the current patterns, knowledge base and aliases;
        corrections stay in force. Reports what changed.

        Example: riftwatch recode --since 2020-10-01
        """
        rep = api.recode(since=since, until=until, options=_opts())
        if fmt is not Format.table:
            emit([rep], fmt)
            return
        console.print(f"re-coded {rep['articles']} articles: {rep['mentions_before']} mentions before, "
                      f"{rep['mentions_after']} after ({rep['kept']} unchanged, {rep['added']} new, "
                      f"{rep['removed']} gone); coder {rep['coder_version']}")
        for f in rep["failed"]:
            console.print(f"  [red]kept old events[/red] of {f['article_id']}: {f['error']}")
        if rep["changes"]:
            emit(rep["changes"], Format.table, ["before", "after", "sentence"], title="what changed (first ones)")

    @actors_app.command("alias")
    @handle_errors
    def alias(
        name: str = typer.Argument(..., help='The name as written, e.g. "Chairman Kim".'),
        code: str = typer.Argument(..., help="The actor code it denotes, e.g. PRKGOV."),
        reason: Optional[str] = typer.Option(None, "--reason"),
        by: Optional[str] = typer.Option(None, "--by", help="Who [default: your login name]."),
    ) -> None:
        """Make a name resolve to an actor code from now on (`riftwatch recode` applies it to stored articles).

        Example: riftwatch actors alias "Chairman Kim" PRKGOV
        """
        row = api.alias(name, code, author=by, reason=reason, options=_opts())
        console.print(f"alias {row['name']!r} \u2192 {row['value']} recorded ({row['id']}); "
                      f"run `riftwatch recode` to apply it to stored articles")

    @corrections_app.command("list")
    @handle_errors
    def list_(all_: bool = typer.Option(False, "--all", help="Include withdrawn corrections."),
              fmt: Format = typer.Option(Format.table, "--format")) -> None:
        """The corrections in force (who, when, why).

        Example: riftwatch corrections list --format json
        """
        from ..store import Store
        from ..store.corrections import list_corrections

        with Store(_opts().db, read_only=True) as store:
            rows = list_corrections(store, include_inactive=all_)
        emit(rows, fmt, ["id", "kind", "event_id", "name", "orig_code", "value", "author", "created", "reason",
                         "active"], title="corrections")

    @corrections_app.command("export")
    @handle_errors
    def export(path: Path = typer.Argument(..., help="JSON-lines file to write.")) -> None:
        """Write every correction to a file, to keep or to apply to another store.

        Example: riftwatch corrections export fixes.jsonl
        """
        from ..store import Store
        from ..store.corrections import export_corrections

        with Store(_opts().db, read_only=True) as store:
            n = export_corrections(store, path)
        console.print(f"{n} corrections written to {path}")

    @corrections_app.command("apply")
    @handle_errors
    def apply(path: Path = typer.Argument(..., help="A file written by `corrections export`.")) -> None:
        """Add the corrections of a file to this store and apply them.

        Example: riftwatch --db other.duckdb corrections apply fixes.jsonl
        """
        from ..store import Store
        from ..store.corrections import import_corrections

        with Store(_opts().db) as store:
            d = import_corrections(store, path)
        console.print(f"{d['read']} corrections read, {d['added']} new; "
                      f"{d['events_corrected']} events now carry a correction")

    @corrections_app.command("undo")
    @handle_errors
    def undo(correction_id: str = typer.Argument(..., help="Correction id (or unique prefix).")) -> None:
        """Withdraw a correction (kept in the history, no longer applied).

        Example: riftwatch corrections undo 9b1c
        """
        from ..store import Store
        from ..store.corrections import undo as _undo

        with Store(_opts().db) as store:
            row = _undo(store, correction_id)
        console.print(f"correction {row['id']} ({row['kind']}) withdrawn")

    app.add_typer(corrections_app, name="corrections")
