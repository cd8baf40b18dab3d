"""The data behind each dashboard view, shared by the JSON API and the pages.

Analytics come from :mod:`riftwatch.analysis` (relations, changes, network);
this module only selects, labels and lays them out.
"""

from __future__ import annotations

import copy
import os
from datetime import date
from functools import lru_cache
from typing import Any

from ..store import Store
from . import queries

NETWORK_SEED = 7


def dyad(store: Store, a: str, b: str, by: str, since: date | None, until: date | None,
         key: int = 10) -> dict[str, Any]:
    """Relations between ``a`` and ``b`` per period (both directions), every asserted event
    between them with its evidence, and the ``key`` events with the largest |Goldstein|."""
    from ..analysis.network import country_name
    from ..analysis.relations import relations
    from ..cli.views_cmd import _key_events

    a, b = queries.known_country(store, a, "a"), queries.known_country(store, b, "b")
    if a == b:
        raise queries.InputError(f"a dyad needs two different countries, got {a} twice", code="RW468")
    rows = relations(store, a, b, by, since, until)
    evs = store.events(source=a, target=b, since=since, until=until) + \
        store.events(source=b, target=a, since=since, until=until)
    # the source/target filters also match actor-code prefixes; keep the country pair only
    evs = [e for e in evs if {e.get("source_country"), e.get("target_country")} == {a, b}]
    evs.sort(key=lambda e: (str(e.get("event_date")), e.get("article_id") or "", e.get("start") or 0))
    keys = {e["id"] for e in _key_events(store, a, b, since, until, key)} if key else set()
    events = queries.label_events(evs)
    return {"a": a, "b": b, "a_name": country_name(a), "b_name": country_name(b), "by": by,
            "since": since, "until": until, "relations": rows, "events": events,
            "key_events": [e for e in sorted(events, key=lambda e: (-abs(e["goldstein"]), str(e["event_date"])))
                           if e["id"] in keys]}


def network(store: Store, since: date | None, until: date | None, min_events: int = 2,
            top: int = 5) -> dict[str, Any]:
    """The signed alignment network with node positions (x, y in [-1, 1]) for drawing."""
    import networkx as nx

    from ..analysis.network import bloc_of, blocs, extremes, partition_frustration, relation_graph

    g = relation_graph(store, since, until, min_events=min_events)
    bl = blocs(g)
    member = bloc_of(bl)
    # layout: cooperative ties pull harder than hostile ones, so allies sit together
    lay = nx.Graph()
    lay.add_nodes_from(sorted(g.nodes))
    lay.add_edges_from((u, v, {"pull": 1.0 + d["weight"] if d["weight"] > 0 else 0.5})
                       for u, v, d in g.edges(data=True))
    pos = nx.spring_layout(lay, weight="pull", k=2.0 / len(lay) ** 0.5, seed=NETWORK_SEED,
                           iterations=300) if len(lay) else {}
    nodes = [{"code": n, **d, "bloc": member.get(n), "x": round(float(pos[n][0]), 4), "y": round(float(pos[n][1]), 4)}
             for n, d in sorted(g.nodes(data=True))]
    edges = sorted(({"a": min(u, v), "b": max(u, v), "mean_goldstein": d["weight"], "sign": d["sign"],
                     "events": d["events"], "articles": d["articles"], "goldstein_sum": d["goldstein_sum"]}
                    for u, v, d in g.edges(data=True)), key=lambda e: (e["a"], e["b"]))
    return {"since": since, "until": until, "min_events": min_events, "nodes": nodes, "edges": edges,
            "blocs": bl, "frustration": partition_frustration(g, bl), "extremes": extremes(g, top)}


def changes(path: str, kind: str, since: date | None, until: date | None, top: int = 10, alpha: float = 0.05,
            min_events: int = 5, min_articles: int = 2, by: str = "day") -> list[dict[str, Any]]:
    """:func:`riftwatch.api.changes` (permutation tests: the costly view), cached until the store file changes."""
    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (0, 0)
    return copy.deepcopy(_changes(path, stamp, kind, since, until, top, alpha, min_events, min_articles, by))


@lru_cache(maxsize=64)
def _changes(path: str, stamp: tuple[int, int], kind: str, since: date | None, until: date | None, top: int,
             alpha: float, min_events: int, min_articles: int, by: str) -> list[dict[str, Any]]:
    from ..analysis.changes import find_changes

    with Store(path, read_only=True) as store:
        return [f.to_dict() for f in find_changes(store, kind, since, until, top, min_events, min_articles, by,
                                                  alpha)]
