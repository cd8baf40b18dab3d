"""``riftwatch import-gdelt`` and ``riftwatch export``: GDELT 2.0 exports in, stored events out.

Wire them into the app with ``register(app)``.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .output import Format

console = Console()
err = Console(stderr=True)


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"


def register(app: typer.Typer) -> None:
    """Add the ``import-gdelt`` and ``export`` commands to ``app``."""
    from . import handle_errors  # the package defines it before registering commands

    @app.command("import-gdelt")
    @handle_errors
    def import_gdelt_cmd(
        files: list[Path] = typer.Argument(..., help="GDELT 2.0 event exports: 61 tab-separated columns without "
                                                     "a header (.CSV, .zip or .gz), or comma-separated with a "
                                                     "header row."),
        fmt: Format = typer.Option(Format.table, "--format", help="Summary as a table or JSON."),
    ) -> None:
        """Import GDELT 2.0 events into the store. Every row is stored, a duplicate (already
        stored: re-importing adds nothing), or rejected with a reason; the counts reconcile.

        Example: riftwatch import-gdelt 20150218230000.export.CSV.zip --format json
        """
        from ..interop import import_gdelt
        from ..store import Store
        from . import _opts

        opts = _opts()
        with Store(opts.db) as store:
            report = import_gdelt([str(f) for f in files], store)
        d = report.to_dict()
        if fmt is not Format.table:
            sys.stdout.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
            return
        console.print(f"[bold]Imported GDELT events into {d['db']}[/bold] (run {d['run_id']})")
        for f in d["files"] if len(d["files"]) > 1 else []:
            console.print(f"  {f['path']}: read {f['read']}  stored {f['stored']}  duplicate {f['duplicates']}  "
                          f"rejected {f['rejected']}", highlight=False)
        console.print(f"  read {d['read']} = stored {d['stored']} + duplicate {d['duplicates']} + "
                      f"rejected {d['rejected']}", highlight=False)
        for reason, n in d["rejected_by_reason"].items():
            console.print(f"  rejected ({reason}): {n}")
        for r in d["rejections"][:20]:
            console.print(f"    [yellow]{r['reason']}[/yellow] {r['origin']}: {r['message']}", highlight=False)
        if d["rejected"] > 20:
            console.print(f"    … {d['rejected'] - 20} more (riftwatch rejections)")

    @app.command("export")
    @handle_errors
    def export_cmd(
        fmt: ExportFormat = typer.Option(..., "--format", help="gdelt (61 tab-separated GDELT 2.0 columns), "
                                                               "parquet, jsonl, csv, or plover (PLOVER-style JSON lines)."),
        out: Optional[Path] = typer.Option(None, "--out", help="Output file [default: stdout; parquet needs one]."),
        since: Optional[str] = typer.Option(None, "--since", help="From date, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, "--until", help="To date, YYYY-MM-DD."),
        status: str = typer.Option("asserted", "--status", help="asserted (default), negated, prediction, "
                                                                "hypothetical, opinion, intent, question, or all."),
    ) -> None:
        """Export stored events (coded and imported) as GDELT 2.0 rows, Parquet, JSONL or CSV.
        Event codes stay strings with their leading zeros.

        Example: riftwatch export --format gdelt --since 2020-10-01 --out events.export.CSV
        """
        from ..errors import InputError
        from ..interop import export_events
        from ..store import Store
        from . import _opts

        if fmt is ExportFormat.parquet and out is None:
            raise InputError("parquet export needs an output file (--out FILE.parquet)", code="RW423")
        with Store(_opts().db, read_only=True) as store:
            n = export_events(store, fmt.value, out, since=since, until=until, status=status)
        if out is not None:
            err.print(f"exported {n} events to {out}", highlight=False)
