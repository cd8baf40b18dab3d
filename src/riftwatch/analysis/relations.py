"""Dyadic relation series: per period and direction, Goldstein sum and mean,
the QuadClass mix of asserted events between two countries, and a
volume-normalised relations ``index`` with its smoothed ``trend``.

The index
---------
A period's raw Goldstein *sum* grows with the amount of coverage: twice as many
articles about the same quarrel double it, so a surge of coverage would look
like a crisis. The raw *mean* does not grow with coverage, but a period with one
event swings to that event's value. The ``index`` is therefore the posterior
mean of the per-event Goldstein score under a normal model with a neutral prior
(mean 0, worth :data:`PRIOR_EVENTS` events)::

    index = goldstein_sum / (events + PRIOR_EVENTS)

It is a mean (invariant to coverage volume when the mix of events is unchanged,
up to the vanishing shrinkage), on the Goldstein scale (−10…+10), and shrunk
toward 0 ("no information, neutral") when a period has few events: one −10
event gives −2.5, forty events averaging −1 give −0.93. An empty period has
index 0.

The trend
---------
``trend`` is the same estimator with exponentially discounted past periods,
per direction (causal: it uses only the period and earlier ones)::

    trend_t = Σ_s λ^(t−s) goldstein_sum_s / (Σ_s λ^(t−s) events_s + PRIOR_EVENTS),
    λ = 0.5 ** (1 / TREND_HALFLIFE)

so a period's evidence counts half after :data:`TREND_HALFLIFE` periods. Empty
periods add nothing: the trend carries the recent level forward, drifting
slowly back toward 0 as the discounted evidence shrinks.

Empty periods between the dyad's first and last period are filled with
zero-event rows (``goldstein_mean`` None) so that both directions form regular
series over the same periods.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..errors import InputError
from ..store import Store
from ..store.db import events_table, window

PERIODS = ("day", "week", "month", "quarter", "year")

#: weight of the neutral (0) prior in the index, in events
PRIOR_EVENTS = 3.0
#: periods after which a period's evidence counts half in the trend
TREND_HALFLIFE = 3.0


def counted(count: str = "events") -> str:
    """What the analytics read for ``count``: every mention (``"mentions"``), or each event's
    representative mention (``"events"``) — the rows of the ``merged_events`` view without
    its per-event counts, which the analytics do not use and which cost a pass over the
    whole table (seconds at 10M events) on every query."""
    table = events_table(count)
    return "(SELECT * FROM events WHERE id = event_key)" if table == "merged_events" else table


def _country(code: str) -> str:
    c = code.strip().upper()
    if not (len(c) == 3 and c.isalpha()):
        raise InputError(f"a country is a 3-letter CAMEO code such as KOR or USA, got {code!r}", code="RW410")
    return c


def _check_by(by: str) -> None:
    if by not in PERIODS:
        raise InputError(f"--by must be one of {', '.join(PERIODS)}, got {by!r}", code="RW411")


def period_start(d: date, by: str) -> date:
    """The first day of the period holding ``d`` (weeks start on Monday, as DuckDB's ``date_trunc``)."""
    if by == "day":
        return d
    if by == "week":
        return d - timedelta(days=d.weekday())
    if by == "month":
        return d.replace(day=1)
    if by == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if by == "year":
        return date(d.year, 1, 1)
    _check_by(by)
    raise AssertionError  # pragma: no cover


def next_period(p: date, by: str) -> date:
    """The start of the period after the one starting at ``p``."""
    if by == "day":
        return p + timedelta(days=1)
    if by == "week":
        return p + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = p.month - 1 + months
    return date(p.year + m // 12, m % 12 + 1, 1)


def period_range(first: date, last: date, by: str) -> list[date]:
    """Period starts from ``first`` to ``last`` inclusive."""
    out, p = [], period_start(first, by)
    while p <= last:
        out.append(p)
        p = next_period(p, by)
    return out


def shrunk_mean(total: float, n: float, prior: float = PRIOR_EVENTS) -> float:
    """Goldstein sum over ``n`` events → mean shrunk toward 0 by ``prior`` pseudo-events."""
    return total / (n + prior) if n + prior > 0 else 0.0


def _empty_row(period: date, source: str, target: str) -> dict[str, Any]:
    return {"period": period, "source": source, "target": target, "events": 0, "articles": 0,
            "goldstein_sum": 0.0, "goldstein_mean": None, "q1_verbal_coop": 0, "q2_material_coop": 0,
            "q3_verbal_conflict": 0, "q4_material_conflict": 0}


def add_index_and_trend(rows: list[dict[str, Any]], by: str, halflife: float = TREND_HALFLIFE,
                        prior: float = PRIOR_EVENTS) -> list[dict[str, Any]]:
    """Fill empty periods (per direction, over the span of all rows) and add ``index`` and ``trend``.

    ``rows`` are rows as :func:`relations` reads them from the store (any directions).
    Returns new rows ordered by period then direction.
    """
    if not rows:
        return []
    periods = period_range(min(r["period"] for r in rows), max(r["period"] for r in rows), by)
    directions = sorted({(r["source"], r["target"]) for r in rows})
    have = {(r["period"], r["source"], r["target"]): r for r in rows}
    lam = 0.5 ** (1.0 / halflife) if halflife > 0 else 0.0
    series: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for src, tgt in directions:
        g_acc = n_acc = 0.0
        out = []
        for p in periods:
            r = dict(have.get((p, src, tgt)) or _empty_row(p, src, tgt))
            g = float(r["goldstein_sum"] or 0.0)
            n = float(r["events"] or 0)
            g_acc = lam * g_acc + g
            n_acc = lam * n_acc + n
            r["index"] = round(shrunk_mean(g, n, prior), 3)
            r["trend"] = round(shrunk_mean(g_acc, n_acc, prior), 3)
            out.append(r)
        series[(src, tgt)] = out
    return [series[d][i] for i in range(len(periods)) for d in directions]


def relations(store: Store, a: str, b: str, by: str = "month", since: date | None = None,
              until: date | None = None, count: str = "events") -> list[dict[str, Any]]:
    """Rows ``{period, source, target, events, articles, goldstein_sum, goldstein_mean, q1..q4,
    index, trend}`` for both directions A→B and B→A, ordered by period then direction.

    Periods without events between the first and the last are present as zero-event rows.
    ``index`` is the per-event Goldstein mean shrunk toward 0 by :data:`PRIOR_EVENTS`
    pseudo-events (volume-normalised: a surge of coverage with the same mix of events
    does not move it); ``trend`` is its exponentially weighted version (half-life
    :data:`TREND_HALFLIFE` periods). ``count="events"`` counts each happening once
    however many reports carry it; ``"mentions"`` counts every report. See the module docstring.
    """
    a, b = _country(a), _country(b)
    _check_by(by)
    where = ["status = 'asserted'", "event_date IS NOT NULL",
             "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"]
    params: list[Any] = [by, a, b, b, a]
    w, wp = window(since, until)
    where += w
    params += wp
    sql = f"""
        SELECT CAST(date_trunc(?, event_date) AS DATE) AS period,
               source_country AS source, target_country AS target,
               count(*) AS events, count(DISTINCT article_id) AS articles,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class = 1) AS q1_verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS q2_material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS q3_verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS q4_material_conflict
        FROM {counted(count)} WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY period, source, target"""
    return add_index_and_trend(store.query(sql, params), by)


def relations_frame(store: Store, a: str, b: str, by: str = "month", since: date | None = None,
                    until: date | None = None, count: str = "events") -> Any:
    """:func:`relations` as a pandas DataFrame (``period`` as datetime64), one row per period and direction."""
    import pandas as pd

    cols = ["period", "source", "target", "events", "articles", "goldstein_sum", "goldstein_mean",
            "q1_verbal_coop", "q2_material_coop", "q3_verbal_conflict", "q4_material_conflict", "index", "trend"]
    df = pd.DataFrame(relations(store, a, b, by, since, until, count), columns=cols)
    df["period"] = pd.to_datetime(df["period"])
    df["goldstein_mean"] = df["goldstein_mean"].astype(float)
    return df


def dyad_balance(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both directions summed per period: ``{period, events, goldstein_sum}``."""
    out: dict[Any, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(r["period"], {"period": r["period"], "events": 0, "goldstein_sum": 0.0})
        d["events"] += r["events"]
        d["goldstein_sum"] = round(d["goldstein_sum"] + (r["goldstein_sum"] or 0.0), 2)
    return list(out.values())


def top_dyads(store: Store, since: date | None = None, until: date | None = None,
              limit: int = 10, count: str = "events") -> list[dict[str, Any]]:
    """The busiest country pairs (undirected) with their Goldstein balance."""
    where, params = ["status = 'asserted'", "source_country IS NOT NULL", "target_country IS NOT NULL",
                     "source_country <> target_country"], []
    w, wp = window(since, until)
    where += w
    params += wp
    params.append(int(limit))
    return store.query(f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events, count(DISTINCT article_id) AS articles,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean
        FROM {counted(count)} WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""", params)
