"""The alignment network: countries joined by the mean Goldstein score of the
asserted events between them, the blocs it falls into, its extreme dyads, and
one country's partners and adversaries now against the window before.

Edges are undirected: both directions of a dyad are pooled. An edge's
``weight`` is the mean Goldstein score per event (−10 … +10; + cooperation,
− conflict) and ``sign`` is +1, −1 or 0; ``events``, ``articles`` and
``goldstein_sum`` say how much evidence stands behind it.

Blocs (:func:`blocs`) are found in two steps, documented in its docstring:
greedy modularity maximisation (Clauset–Newman–Moore) on the *positive* part
of the signed graph, then a structural-balance check of the partition on the
full signed graph (how many cooperative ties cross blocs and how many hostile
ties fall inside one).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import networkx as nx

from ..errors import InputError
from ..store import Store
from ..store.db import window
from .relations import counted


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """CAMEO country code → English name, from the packaged knowledge base."""
    from ..tables import data_path, read_tsv

    cols = ("code", "name", "aliases", "demonyms", "capitals")
    return {r["code"]: r["name"] for _, r in read_tsv(data_path("kb", "countries.tsv"), cols)}


def country_name(code: str) -> str:
    return country_names().get(code, code)


def _window_sql(since: date | None, until: date | None) -> tuple[list[str], list[Any]]:
    where = ["status = 'asserted'", "source_country IS NOT NULL", "target_country IS NOT NULL",
             "source_country <> target_country"]
    params: list[Any] = []
    w, wp = window(since, until)
    where += w
    params += wp
    return where, params


def relation_graph(store: Store, since: date | None = None, until: date | None = None,
                   min_events: int = 2, count: str = "events") -> nx.Graph:
    """An undirected graph of countries; an edge for every pair with at least
    ``min_events`` asserted events between them (both directions pooled).

    Edge attributes: ``weight`` (mean Goldstein per event), ``sign`` (+1/−1/0),
    ``events``, ``articles``, ``goldstein_sum``, ``a_to_b``/``b_to_a`` (events per
    direction, a < b alphabetically). Node attributes: ``name``, ``events`` (on
    the kept edges), ``degree_weight`` (the node's mean edge weight).
    """
    where, params = _window_sql(since, until)
    rows = store.query(f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events, count(DISTINCT article_id) AS articles,
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE source_country < target_country) AS a_to_b,
               count(*) FILTER (WHERE source_country > target_country) AS b_to_a
        FROM {counted(count)} WHERE {' AND '.join(where)}
        GROUP BY ALL HAVING count(*) >= ? ORDER BY a, b""", [*params, int(min_events)])
    g = nx.Graph(since=since, until=until, min_events=min_events)
    for r in rows:
        for c in (r["a"], r["b"]):
            if c not in g:
                g.add_node(c, name=country_name(c), events=0)
            g.nodes[c]["events"] += r["events"]
        w = round(float(r["goldstein_mean"]), 2)
        g.add_edge(r["a"], r["b"], weight=w, sign=(w > 0) - (w < 0), events=r["events"], articles=r["articles"],
                   goldstein_sum=round(float(r["goldstein_sum"]), 2), a_to_b=r["a_to_b"], b_to_a=r["b_to_a"])
    for n in g:
        ws = [d["weight"] for _, _, d in g.edges(n, data=True)]
        g.nodes[n]["degree_weight"] = round(sum(ws) / len(ws), 2) if ws else 0.0
    return g


def blocs(graph: nx.Graph) -> list[dict[str, Any]]:
    """Communities of the signed graph, largest first.

    Method: (1) take the positive-weight subgraph (cooperative ties only, weight =
    mean Goldstein) and maximise its modularity greedily (Clauset, Newman & Moore
    2004, ``networkx.community.greedy_modularity_communities``); a country with no
    cooperative tie is a bloc of its own. Hostile ties do not pull countries
    together, so they cannot merge blocs. (2) Judge the partition on the full signed
    graph by structural balance (Heider; Cartwright & Harary): a balanced bloc has
    cooperative ties inside and hostile ties outside. Each bloc reports its internal
    and external ties by sign, their mean weights, and ``frustration`` — the share
    of its ties that contradict balance (hostile inside + cooperative across).

    Returns ``[{bloc, members, internal_positive, internal_negative, internal_mean,
    external_positive, external_negative, external_mean, frustration}]``; ``bloc``
    numbers from 1. The whole partition's frustration is in :func:`partition_frustration`.
    """
    pos = nx.Graph()
    pos.add_nodes_from(sorted(graph.nodes))
    pos.add_edges_from((a, b, {"weight": d["weight"]}) for a, b, d in sorted(graph.edges(data=True))
                       if d.get("weight", 0) > 0)
    if pos.number_of_edges():
        comms = [set(c) for c in nx.community.greedy_modularity_communities(pos, weight="weight")]
    else:
        comms = [{n} for n in pos]
    comms.sort(key=lambda c: (-len(c), sorted(c)))
    member = {n: i for i, c in enumerate(comms, 1) for n in c}
    out = []
    for i, c in enumerate(comms, 1):
        inside = [d["weight"] for a, b, d in graph.edges(c, data=True) if member[a] == member[b] == i]
        across = [d["weight"] for a, b, d in graph.edges(c, data=True) if member[a] != member[b]]
        bad = sum(w < 0 for w in inside) + sum(w > 0 for w in across)
        out.append({
            "bloc": i, "members": sorted(c),
            "internal_positive": sum(w > 0 for w in inside), "internal_negative": sum(w < 0 for w in inside),
            "internal_mean": round(sum(inside) / len(inside), 2) if inside else None,
            "external_positive": sum(w > 0 for w in across), "external_negative": sum(w < 0 for w in across),
            "external_mean": round(sum(across) / len(across), 2) if across else None,
            "frustration": round(bad / (len(inside) + len(across)), 2) if inside or across else 0.0,
        })
    return out


def bloc_of(bloc_rows: list[dict[str, Any]]) -> dict[str, int]:
    """Country → bloc number, from :func:`blocs` output."""
    return {m: b["bloc"] for b in bloc_rows for m in b["members"]}


def partition_frustration(graph: nx.Graph, bloc_rows: list[dict[str, Any]]) -> float:
    """Share of all signed edges that contradict the partition (0 = perfectly balanced)."""
    member = bloc_of(bloc_rows)
    edges = [(a, b, d["weight"]) for a, b, d in graph.edges(data=True) if d["weight"] != 0]
    if not edges:
        return 0.0
    bad = sum((w < 0) if member[a] == member[b] else (w > 0) for a, b, w in edges)
    return round(bad / len(edges), 2)


def _edge_row(a: str, b: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"a": a, "b": b, "a_name": country_name(a), "b_name": country_name(b), "mean_goldstein": d["weight"],
            "events": d["events"], "articles": d.get("articles"), "goldstein_sum": d.get("goldstein_sum")}


def extremes(graph: nx.Graph, n: int = 5) -> dict[str, list[dict[str, Any]]]:
    """The ``n`` most cooperative (highest mean Goldstein > 0) and most hostile
    (lowest < 0) dyads; ties broken by more events. ``{"cooperative": [...], "hostile": [...]}``."""
    edges = [(min(a, b), max(a, b), d) for a, b, d in graph.edges(data=True)]
    coop = sorted((e for e in edges if e[2]["weight"] > 0), key=lambda e: (-e[2]["weight"], -e[2]["events"], e[:2]))
    host = sorted((e for e in edges if e[2]["weight"] < 0), key=lambda e: (e[2]["weight"], -e[2]["events"], e[:2]))
    return {"cooperative": [_edge_row(*e) for e in coop[:n]], "hostile": [_edge_row(*e) for e in host[:n]]}


def _partner_stats(store: Store, code: str, since: date, until: date,
                   count: str = "events") -> dict[str, dict[str, Any]]:
    where, params = _window_sql(since, until)
    where.append("(source_country = ? OR target_country = ?)")
    rows = store.query(f"""
        SELECT CASE WHEN source_country = ? THEN target_country ELSE source_country END AS partner,
               count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE source_country = ?) AS outgoing
        FROM {counted(count)} WHERE {' AND '.join(where)} GROUP BY ALL""", [code, code, *params, code, code])
    return {r["partner"]: r for r in rows}


def country_profile(store: Store, code: str, since: date | None = None, until: date | None = None,
                    days: int = 30, compare: bool = True, min_change: float = 1.0,
                    count: str = "events") -> dict[str, Any]:
    """One country's partners and adversaries in a window, and how each moved
    against the preceding window of equal length.

    The window is ``since``…``until`` (inclusive). Missing ends: ``until`` defaults
    to the country's latest asserted event, ``since`` to ``days`` days before
    ``until``. Partners (mean Goldstein > 0) are ranked by their Goldstein sum
    (intensity × volume), adversaries (mean < 0) likewise from the most hostile.
    Each row: ``partner, name, events, mean_goldstein, goldstein_sum, outgoing,
    prev_events, prev_mean, change, movement`` where ``movement`` is ``warmer`` /
    ``cooler`` (|change| ≥ ``min_change``), ``steady``, ``new`` (no events before)
    or ``silent`` (events before, none now).
    """
    code = code.strip().upper()
    if not (len(code) == 3 and code.isalpha()):
        raise InputError(f"a country is a 3-letter CAMEO code such as KOR, got {code!r}", code="RW450")
    if until is None:
        until = store.query("SELECT max(event_date) AS d FROM events WHERE status = 'asserted' AND "
                            "(source_country = ? OR target_country = ?)", [code, code])[0]["d"]
        if until is None:
            raise InputError(f"no asserted events involve {code} in the store", code="RW451")
    if since is None:
        since = until - timedelta(days=max(int(days), 1) - 1)
    if since > until:
        raise InputError(f"since {since} is after until {until}", code="RW452")
    length = (until - since).days + 1
    prev_until = since - timedelta(days=1)
    prev_since = since - timedelta(days=length)
    now = _partner_stats(store, code, since, until, count)
    before = _partner_stats(store, code, prev_since, prev_until, count) if compare else {}
    rows = []
    for p in sorted(set(now) | set(before)):
        cur, old = now.get(p), before.get(p)
        mean = round(float(cur["goldstein_mean"]), 2) if cur else None
        prev = round(float(old["goldstein_mean"]), 2) if old else None
        change = round(mean - prev, 2) if mean is not None and prev is not None else None
        if cur is None:
            movement = "silent"
        elif not compare:
            movement = ""
        elif old is None:
            movement = "new"
        elif change >= min_change:
            movement = "warmer"
        elif change <= -min_change:
            movement = "cooler"
        else:
            movement = "steady"
        rows.append({"partner": p, "name": country_name(p), "events": cur["events"] if cur else 0,
                     "mean_goldstein": mean, "goldstein_sum": round(float(cur["goldstein_sum"]), 2) if cur else None,
                     "outgoing": cur["outgoing"] if cur else 0, "prev_events": old["events"] if old else 0,
                     "prev_mean": prev, "change": change, "movement": movement})
    partners = sorted((r for r in rows if (r["mean_goldstein"] or 0) > 0),
                      key=lambda r: (-r["goldstein_sum"], -r["events"], r["partner"]))
    adversaries = sorted((r for r in rows if (r["mean_goldstein"] or 0) < 0),
                         key=lambda r: (r["goldstein_sum"], -r["events"], r["partner"]))
    moved = sorted((r for r in rows if r["movement"] in ("warmer", "cooler")),
                   key=lambda r: (-abs(r["change"]), r["partner"]))
    return {"country": code, "name": country_name(code), "since": since, "until": until,
            "previous_since": prev_since if compare else None, "previous_until": prev_until if compare else None,
            "partners": partners, "adversaries": adversaries, "moved": moved, "rows": rows}
