"""``riftwatch watch``: ingest files as they arrive in a folder.

Wire it into the app with ``register(app)`` (done in :mod:`riftwatch.cli`).
"""

from __future__ import annotations

import json
import signal
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from .output import Format

console = Console()
err = Console(stderr=True)


def _print_pass(p: Any, shown_waiting: set[str]) -> None:
    stamp = datetime.now().strftime("%H:%M:%S")
    if p.report is not None:
        d = p.report.to_dict()
        console.print(f"{stamp}  {len(p.files)} file(s): read {d['read']}  new {d['new']}  "
                      f"duplicate {d['duplicate']}  rejected {d['rejected']}  events {d['events']}", highlight=False)
        for r in d["rejections"][:10]:
            console.print(f"    [yellow]{r['reason']}[/yellow] {r['origin']}: {r['message']}", highlight=False)
        if len(d["rejections"]) > 10:
            console.print(f"    … {len(d['rejections']) - 10} more (riftwatch rejections)")
    if p.warc_skipped:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(p.warc_skipped.items()))
        console.print(f"    skipped {sum(p.warc_skipped.values())} WARC record(s) that are not articles: {kinds}",
                      highlight=False)
    new_waiting = [w for w in p.waiting if w not in shown_waiting]
    if new_waiting:
        console.print(f"{stamp}  waiting for {len(new_waiting)} file(s) still being written: "
                      + ", ".join(Path(w).name for w in new_waiting[:5]) + (" …" if len(new_waiting) > 5 else ""),
                      highlight=False)
    shown_waiting.clear()
    shown_waiting.update(p.waiting)


def register(app: typer.Typer) -> None:
    """Add the ``watch`` command to ``app``."""

    @app.command("watch")
    def watch_cmd(
        directory: Path = typer.Argument(..., help="Folder to watch (recursively)."),
        interval: float = typer.Option(5.0, "--interval", min=0.1, help="Seconds between polls."),
        once: bool = typer.Option(False, "--once", help="One pass, then exit (for cron, scripts and tests)."),
        settle: float = typer.Option(2.0, "--settle", min=0.0,
                                     help="A file unchanged for this many seconds counts as complete "
                                          "(one unchanged across two polls does too)."),
        columns: Optional[str] = typer.Option(None, "--columns", help="Column mapping for JSONL/CSV, as for ingest."),
        fmt: Format = typer.Option(Format.table, "--format", help="table, or json/jsonl: one JSON object per pass."),
    ) -> None:
        """Watch a folder and ingest new files as they arrive (polling; portable).

        A file is read once it is complete (unchanged since the previous poll, or
        for --settle seconds) and never again while unchanged; what was read is
        remembered beside the store (STORE.watch.json). Ctrl-C stops cleanly.

        Example: riftwatch watch ./inbox --interval 10
        """
        from ..errors import RiftwatchError
        from ..ingest.watch import Watcher
        from . import _opts  # at run time the package is fully loaded

        def fail(exc: Exception) -> None:
            err.print(f"[bold red]error:[/bold red] {exc}", highlight=False)

        opts = _opts()
        try:
            watcher = Watcher(directory, opts, columns=columns, settle=settle)
        except RiftwatchError as exc:
            fail(exc)
            raise typer.Exit(2) from None
        shown: set[str] = set()
        passes = files = 0

        def on_term(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        try:  # `kill` stops it as cleanly as Ctrl-C
            previous = signal.signal(signal.SIGTERM, on_term)
        except ValueError:  # not the main thread (embedded): no handler
            previous = None
        if fmt is Format.table and not once:
            console.print(f"watching {directory} every {interval:g}s into {opts.db} (Ctrl-C stops)", highlight=False)
        try:
            while True:
                try:
                    p = watcher.poll()
                except RiftwatchError as exc:  # e.g. the store is busy: try again next poll
                    fail(exc)
                    if once:
                        raise typer.Exit(2) from None
                else:
                    passes += 1
                    files += len(p.files)
                    if fmt is Format.table:
                        _print_pass(p, shown)
                        if once and not p.files and not p.waiting:
                            console.print("nothing new")
                    else:
                        sys.stdout.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
                        sys.stdout.flush()
                if once:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            if fmt is Format.table:
                console.print(f"stopped: {files} file(s) ingested in {passes} pass(es)")
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
