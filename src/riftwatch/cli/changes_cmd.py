"""``riftwatch rifts`` and ``riftwatch rapprochements``: dyads whose relations changed.

Wire them into the app with ``register(app)``.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Optional

import typer
from rich.console import Console

from .output import Format, emit

console = Console()
err = Console(stderr=True)


def _run(kind: str, since: Optional[str], until: Optional[str], top: int, min_events: int, min_articles: int,
         by: str, alpha: float, unit: str, fmt: Format, count: str = "events") -> None:
    from ..api import _day
    from ..analysis.changes import find_changes
    from ..errors import RiftwatchError
    from ..store import Store
    from . import _opts  # at run time the package is fully loaded

    try:
        with Store(_opts().db, read_only=True) as store:
            found = find_changes(store, kind, since=_day(since, "since"), until=_day(until, "until"), top=top,
                                 min_events=min_events, min_articles=min_articles, by=by, alpha=alpha,
                                 unit=unit, count=count)
    except RiftwatchError as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    rows = [f.to_dict() for f in found]
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    if fmt is not Format.table:
        flat = [{k: (",".join(v) if k in ("actors", "directions") else v) for k, v in r.items()
                 if k not in ("events", "by_direction")} for r in rows]
        emit(flat, fmt)
        return
    label = "rifts" if kind == "rift" else "rapprochements"
    table = [{"dyad": "\u2013".join(r["actors"]), "moved": ", ".join(d.replace("->", "\u2192") for d in r["directions"]),
              "start": r["start"], "before": r["before"], "after": r["after"], "n before/after":
              f"{r['n_before']}/{r['n_after']}", "p": r["p_value"], "score": r["score"]} for r in rows]
    emit(table, Format.table, title=f"{label} (mean Goldstein per event before \u2192 after the change; "
                                    f"false-alarm rate {alpha:g} per dyad)", console=console)
    for r in rows:
        _evidence(r)


def _evidence(r: dict[str, Any]) -> None:
    dyad = "\u2013".join(r["actors"])
    console.print(f"[bold]{dyad} from {r['start']}[/bold] "
                  f"({r['before']:+.2f} \u2192 {r['after']:+.2f}; evidence):", highlight=False)
    for e in r["events"]:
        console.print(f"  {e['date']}  {e['source']}\u2192{e['target']}  {e['code']} ({e['goldstein']:+.1f}, "
                      f"rule {e['rule']})\n      \u201c{e['sentence']}\u201d"
                      + (f"  [dim]({e['article_title']})[/dim]" if e.get("article_title") else ""), highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``rifts`` and ``rapprochements`` commands to ``app``."""

    def options(kind: str) -> Any:
        def cmd(
            since: Optional[str] = typer.Option(None, "--since", help="Report changes that begin on or after this "
                                                "date, YYYY-MM-DD (earlier events serve as baseline)."),
            until: Optional[str] = typer.Option(None, "--until", help="Use events up to this date, YYYY-MM-DD."),
            top: int = typer.Option(10, "--top", min=1, help="At most this many dyads."),
            min_events: int = typer.Option(5, "--min-events", min=1, help="Events needed before and after a change."),
            min_articles: int = typer.Option(2, "--min-articles", min=1,
                                             help="Distinct articles needed before and after a change."),
            by: str = typer.Option("day", "--by", help="Granularity at which a change may begin: day, week or month."),
            alpha: float = typer.Option(0.05, "--alpha", help="False-alarm rate per dyad (permutation test level)."),
            unit: str = typer.Option("report", "--unit", help="What the permutation test shuffles: report (an "
                                     "article's events stay together; valid when events of one article are alike) "
                                     "or event (assumes independent events: more power, more false alarms)."),
            count: str = typer.Option("events", "--count", help="events (default): each happening once however "
                                      "many reports carry it; mentions: every report."),
            fmt: Format = typer.Option(Format.table, "--format", help="table, json (with evidence), csv or jsonl."),
        ) -> None:
            _run(kind, since, until, top, min_events, min_articles, by, alpha, unit, fmt, count)
        return cmd

    rifts = options("rift")
    rifts.__doc__ = """Dyads whose relations dropped significantly, with the events behind the drop.

        Binary segmentation of each dyad's event series (both directions) with a permutation
        test at every split; a rift is a significant drop of the mean Goldstein score against
        the regime before it. Ranked by effect size x -log10(p).

        Example: riftwatch rifts --since 2020-09-01 --top 5
        """
    rapprochements = options("rapprochement")
    rapprochements.__doc__ = """Dyads whose relations rose significantly, with the events behind the rise.

        Same method as `rifts`: a rapprochement is a significant rise of the mean Goldstein
        score against the regime before it.

        Example: riftwatch rapprochements --since 2020-09-01 --format json
        """
    app.command("rifts")(rifts)
    app.command("rapprochements")(rapprochements)
