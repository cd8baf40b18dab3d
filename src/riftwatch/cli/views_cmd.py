"""``riftwatch network``, ``country``, ``brief`` and ``plot``: views of relations.

Wire them into the app with ``register(app)``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from .output import Format, _jsonable, emit

console = Console()


def _json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, default=_jsonable, ensure_ascii=False, indent=2) + "\n")


def _store() -> Any:
    from ..store import Store
    from . import _opts  # at run time the package is fully loaded

    return Store(_opts().db, read_only=True)


def _days(since: Optional[str], until: Optional[str]) -> tuple[Any, Any]:
    from ..api import _day

    return _day(since, "since"), _day(until, "until")


def _key_events(store: Any, a: str, b: str, since: Any, until: Any, n: int) -> list[dict[str, Any]]:
    """The ``n`` events with the largest |Goldstein| between a and b (both directions)."""
    evs = store.events(source=a, target=b, since=since, until=until) + \
        store.events(source=b, target=a, since=since, until=until)
    evs = [e for e in evs if {e["source_country"], e["target_country"]} == {a, b}]
    return sorted(evs, key=lambda e: (-abs(e["goldstein"]), str(e["event_date"])))[:n]


def register(app: typer.Typer) -> None:
    """Add the ``network``, ``country``, ``brief`` and ``plot`` commands to ``app``."""
    from . import handle_errors

    @app.command("network")
    @handle_errors
    def network_cmd(
        since: Optional[str] = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
        min_events: int = typer.Option(2, "--min-events", min=1, help="Events a pair needs to become an edge."),
        plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the network to FILE.svg or FILE.png."),
        top: int = typer.Option(5, "--top", min=1, help="How many most cooperative / hostile dyads to list."),
        count: str = typer.Option("events", "--count", help="events (default) or mentions (every report)."),
        fmt: Format = typer.Option(Format.table, "--format", help="table or json (csv/jsonl: the edges)."),
    ) -> None:
        """The alignment network: countries joined by the mean Goldstein score of the
        events between them, the blocs it falls into, and its extreme dyads.

        Blocs: greedy modularity on the cooperative ties, then checked against the hostile
        ones (frustration = share of ties that contradict the blocs).

        Example: riftwatch network --since 2020-10-01 --plot network.svg
        """
        from ..analysis.network import blocs, extremes, partition_frustration, relation_graph

        s, u = _days(since, until)
        with _store() as store:
            g = relation_graph(store, s, u, min_events=min_events, count=count)
        bl = blocs(g)
        ex = extremes(g, top)
        edges = [{"a": min(a, b), "b": max(a, b), "events": d["events"], "articles": d["articles"], "mean_goldstein": d["weight"],
                  "sign": "+" if d["sign"] > 0 else "\u2212" if d["sign"] < 0 else "0",
                  "goldstein_sum": d["goldstein_sum"]} for a, b, d in g.edges(data=True)]
        edges.sort(key=lambda e: (e["a"], e["b"]))
        frustration = partition_frustration(g, bl)
        if plot is not None:
            from ..analysis.charts import plot_network

            window = f" ({s or 'start'} \u2013 {u or 'latest'})" if s or u else ""
            plot_network(g, plot, f"Alignment network{window}: mean Goldstein per event, "
                                  f"pairs with \u2265{min_events} events", bl)
        if fmt is Format.json:
            _json({"since": s, "until": u, "min_events": min_events,
                   "nodes": [{"code": n, **d} for n, d in sorted(g.nodes(data=True))], "edges": edges,
                   "blocs": bl, "frustration": frustration, "extremes": ex,
                   "plot": str(plot) if plot else None})
            return
        if fmt is not Format.table:
            emit(edges, fmt)
            return
        emit(edges, fmt, title=f"{g.number_of_nodes()} countries, {g.number_of_edges()} pairs with "
                               f"\u2265{min_events} asserted events (mean Goldstein per event)")
        emit([{"bloc": b["bloc"], "members": " ".join(b["members"]),
               "inside +/\u2212": f"{b['internal_positive']}/{b['internal_negative']}",
               "inside mean": b["internal_mean"],
               "across +/\u2212": f"{b['external_positive']}/{b['external_negative']}",
               "across mean": b["external_mean"], "frustration": b["frustration"]} for b in bl], fmt,
             title=f"Blocs (modularity on cooperative ties); partition frustration {frustration:.2f}")
        cols = ["a", "b", "mean_goldstein", "events"]
        emit(ex["cooperative"], fmt, cols, title="Most cooperative dyads")
        emit(ex["hostile"], fmt, cols, title="Most hostile dyads")
        if plot is not None:
            console.print(f"network drawn to {plot}", highlight=False)

    @app.command("country")
    @handle_errors
    def country_cmd(
        code: str = typer.Argument(..., help="Country code, e.g. KOR."),
        since: Optional[str] = typer.Option(None, "--since", help="Window start [default: --days before --until]."),
        until: Optional[str] = typer.Option(None, "--until", help="Window end [default: the country's latest event]."),
        days: int = typer.Option(30, "--days", min=1, help="Window length when --since is not given."),
        count: str = typer.Option("events", "--count", help="events (default) or mentions (every report)."),
        fmt: Format = typer.Option(Format.table, "--format", help="table or json (csv/jsonl: all partner rows)."),
    ) -> None:
        """A country's closest partners and adversaries in a window, and how each moved
        against the preceding window of equal length.

        Example: riftwatch country KOR --since 2020-10-01 --until 2020-10-31
        """
        from ..analysis.network import country_profile

        s, u = _days(since, until)
        with _store() as store:
            prof = country_profile(store, code, s, u, days=days, count=count)
        if fmt is Format.json:
            _json(prof)
            return
        if fmt is not Format.table:
            emit(prof["rows"], fmt)
            return
        cols = ["partner", "name", "events", "mean_goldstein", "goldstein_sum", "prev_mean", "change", "movement"]
        head = (f"{prof['name']} ({prof['country']}), {prof['since']} \u2013 {prof['until']} against "
                f"{prof['previous_since']} \u2013 {prof['previous_until']}")
        console.print(f"[bold]{head}[/bold]", highlight=False)
        emit(prof["partners"], fmt, cols, title="Partners (mean Goldstein > 0, by Goldstein sum)")
        emit(prof["adversaries"], fmt, cols, title="Adversaries (mean Goldstein < 0)")
        gone = [r for r in prof["rows"] if r["movement"] == "silent"]
        if gone:
            console.print("[dim]silent now (events only in the window before): "
                          + ", ".join(f"{r['partner']} ({r['prev_events']})" for r in gone) + "[/dim]",
                          highlight=False)

    @app.command("brief")
    @handle_errors
    def brief_cmd(
        a: str = typer.Argument(..., help="Country code, e.g. KOR."),
        b: str = typer.Argument(..., help="Country code, e.g. USA."),
        since: Optional[str] = typer.Option(None, "--since"),
        until: Optional[str] = typer.Option(None, "--until"),
        out: Optional[Path] = typer.Option(None, "--out", help="FILE.html (self-contained) or FILE.md "
                                           "(chart written next to it) [default: brief-A-B.html]."),
    ) -> None:
        """A one-page briefing on two countries: headline finding, chart, key events with
        their sentences and articles, and the other relations of both that moved.

        Example: riftwatch brief KOR USA --out brief-kor-usa.html
        """
        from ..analysis.brief import brief

        s, u = _days(since, until)
        path = out or Path(f"brief-{a.lower()}-{b.lower()}.html")
        with _store() as store:
            d = brief(store, a, b, s, u, out=path)
        console.print(d["headline"]["text"], highlight=False)
        console.print(f"briefing written to {d['path']}" + (f" (chart {d['chart']})" if d["chart"] else ""),
                      highlight=False)

    @app.command("plot")
    @handle_errors
    def plot_cmd(
        a: str = typer.Argument(..., help="Country code, e.g. KOR."),
        b: str = typer.Argument(..., help="Country code, e.g. USA."),
        out: Path = typer.Option(..., "--out", help="FILE.png or FILE.svg."),
        by: str = typer.Option("week", "--by", help="day, week, month, quarter or year."),
        since: Optional[str] = typer.Option(None, "--since"),
        until: Optional[str] = typer.Option(None, "--until"),
        events: int = typer.Option(8, "--events", min=0, help="Mark this many key events (largest |Goldstein|)."),
        title: Optional[str] = typer.Option(None, "--title"),
    ) -> None:
        """Chart the relations between two countries, both directions, with key events marked.

        Example: riftwatch plot KOR USA --out kor-usa.png --by week
        """
        from ..analysis.charts import plot_relations
        from ..analysis.network import country_name
        from ..analysis.relations import _country, relations

        s, u = _days(since, until)
        a, b = _country(a), _country(b)
        with _store() as store:
            rows = relations(store, a, b, by, s, u)
            evs = _key_events(store, a, b, s, u, events) if events else []
        p = plot_relations(rows, out, title or f"{country_name(a)} \u2194 {country_name(b)}: relations by {by}",
                           events=evs)
        console.print(f"{len(rows)} period rows, {len(evs)} key events \u2192 {p}", highlight=False)
