"""Dyadic relation series: per period and direction, Goldstein sum and mean and
the QuadClass mix of asserted events between two countries."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..errors import InputError
from ..store import Store

PERIODS = ("day", "week", "month", "quarter", "year")


def _country(code: str) -> str:
    c = code.strip().upper()
    if not (len(c) == 3 and c.isalpha()):
        raise InputError(f"a country is a 3-letter CAMEO code such as KOR or USA, got {code!r}", code="RW410")
    return c


def relations(store: Store, a: str, b: str, by: str = "month", since: date | None = None,
              until: date | None = None) -> list[dict[str, Any]]:
    """Rows ``{period, source, target, events, articles, goldstein_sum, goldstein_mean, q1..q4}``
    for both directions A→B and B→A, ordered by period then direction."""
    a, b = _country(a), _country(b)
    if by not in PERIODS:
        raise InputError(f"--by must be one of {', '.join(PERIODS)}, got {by!r}", code="RW411")
    where = ["status = 'asserted'", "event_date IS NOT NULL",
             "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"]
    params: list[Any] = [by, a, b, b, a]
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if until:
        where.append("event_date <= ?")
        params.append(until)
    sql = f"""
        SELECT CAST(date_trunc(?, event_date) AS DATE) AS period,
               source_country AS source, target_country AS target,
               count(*) AS events, count(DISTINCT article_id) AS articles,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class = 1) AS q1_verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS q2_material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS q3_verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS q4_material_conflict
        FROM events WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY period, source, target"""
    return store.query(sql, params)


def dyad_balance(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both directions summed per period: ``{period, events, goldstein_sum}``."""
    out: dict[Any, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(r["period"], {"period": r["period"], "events": 0, "goldstein_sum": 0.0})
        d["events"] += r["events"]
        d["goldstein_sum"] = round(d["goldstein_sum"] + (r["goldstein_sum"] or 0.0), 2)
    return list(out.values())


def top_dyads(store: Store, since: date | None = None, until: date | None = None,
              limit: int = 10) -> list[dict[str, Any]]:
    """The busiest country pairs (undirected) with their Goldstein balance."""
    where, params = ["status = 'asserted'", "source_country IS NOT NULL", "target_country IS NOT NULL",
                     "source_country <> target_country"], []
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if until:
        where.append("event_date <= ?")
        params.append(until)
    params.append(int(limit))
    return store.query(f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events, count(DISTINCT article_id) AS articles,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean
        FROM events WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""", params)
