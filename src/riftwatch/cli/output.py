"""Shared output formats for every query command: table, csv, json, jsonl."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


def _jsonable(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None, title: str | None = None,
         console: Console | None = None) -> None:
    cols = columns or (list(rows[0].keys()) if rows else [])
    if fmt is Format.json:
        sys.stdout.write(json.dumps([{k: _jsonable(r.get(k)) for k in cols} for r in rows], ensure_ascii=False,
                                    indent=2) + "\n")
    elif fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps({k: _jsonable(r.get(k)) for k in cols}, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow([_jsonable(r.get(k)) for k in cols])
    else:
        console = console or Console()
        if not rows:
            console.print(f"[dim]{title + ': ' if title else ''}no rows[/dim]")
            return
        t = Table(title=title, show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold", justify="right" if isinstance(rows[0].get(c), (int, float)) else "left")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(_jsonable(r.get(c))) for c in cols])
        console.print(t)
