"""Charts people read: a dyad's relation series over time and the alignment network.

Rendering uses matplotlib's Agg backend through :class:`matplotlib.figure.Figure`
(never pyplot), so nothing needs a display and no global figure state leaks
between calls. The format follows the path suffix: ``.png`` or ``.svg``. SVG text
is kept as text (``svg.fonttype = none``) so titles and legends stay searchable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg", force=False)

import matplotlib.dates as mdates  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from ..errors import InputError  # noqa: E402

FORMATS = (".png", ".svg")
#: Colour-blind-safe (Okabe–Ito) colours for the two directions and for blocs.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
COOP, CONFLICT = "#0072B2", "#D55E00"
BLOC_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "h", "p", "*"]
RC = {"svg.fonttype": "none", "font.size": 10, "axes.spines.top": False, "axes.spines.right": False}


def _check_path(path: str | Path) -> Path:
    p = Path(path)
    if p.suffix.lower() not in FORMATS:
        raise InputError(f"chart file must end in .png or .svg, got {p.name!r}", code="RW455")
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def _save(fig: Figure, p: Path) -> Path:
    fig.savefig(p, format=p.suffix.lower()[1:], dpi=150, bbox_inches="tight", metadata=None)
    return p


def _as_date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _value_key(rows: Sequence[dict[str, Any]]) -> str:
    """The per-period index if the relations rows carry one, else the mean Goldstein."""
    return "index" if any(r.get("index") is not None for r in rows) else "goldstein_mean"


def plot_relations(rows: Sequence[dict[str, Any]], path: str | Path, title: str | None = None,
                   events: Sequence[dict[str, Any]] | None = None, max_labels: int = 10) -> Path:
    """Draw a dyad's relation series (rows from :func:`riftwatch.analysis.relations`) to PNG or SVG.

    One line per direction (A→B, B→A) of the per-period ``index`` if present, else
    ``goldstein_mean``; the ``trend`` as a dashed line of the same colour when the
    rows carry it; a zero line; and, if ``events`` (dicts with ``event_date``,
    ``source``/``source_country``, ``target``/``target_country``, ``code``,
    ``goldstein``) are given, each event as a marker at its date and Goldstein
    value (▲ cooperation, ▼ conflict) labelled with its CAMEO code (the
    ``max_labels`` most extreme are labelled). Returns the path written.
    """
    p = _check_path(path)
    rows = [r for r in rows if r.get("period") is not None]
    key = _value_key(rows)
    has_trend = any(r.get("trend") is not None for r in rows)
    directions = sorted({(r["source"], r["target"]) for r in rows})
    countries = sorted({c for d in directions for c in d})
    if title is None:
        title = " \u2194 ".join(countries) + " relations" if countries else "Relations"
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(10, 6), layout="constrained")
        ax = fig.add_subplot()
        ax.axhline(0, color="#555555", linewidth=1, zorder=1)
        ax.text(1.0, 0, " 0 neutral", transform=ax.get_yaxis_transform(), va="center", ha="left", fontsize=8,
                color="#555555", clip_on=False)
        colour = {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(directions)}
        markers = ["o", "s", "D", "^"]
        for i, d in enumerate(directions):
            pts = sorted((_as_date(r["period"]), r) for r in rows if (r["source"], r["target"]) == d)
            # periods without events (filled rows) carry no observation: no point, the line bridges them
            obs = [(x, r.get(key)) for x, r in pts if r.get(key) is not None and (r.get("events") or 0) > 0]
            ax.plot([x for x, _ in obs], [y for _, y in obs], color=colour[d], marker=markers[i % 4], markersize=5,
                    linewidth=1.8, label=f"{d[0]} \u2192 {d[1]}: {'index' if key == 'index' else 'mean Goldstein'}"
                                         f" per {'period' if len(obs) != 1 else 'event'}", zorder=3)
            if has_trend:
                ts = [(x, r.get("trend")) for x, r in pts if r.get("trend") is not None]
                ax.plot([x for x, _ in ts], [t for _, t in ts], color=colour[d], linestyle="--", linewidth=1.3,
                        alpha=0.85, label=f"{d[0]} \u2192 {d[1]}: trend", zorder=2)
        evs = list(events or [])
        if evs:
            ex = [_as_date(e.get("event_date") or e["date"]) for e in evs]
            ey = [float(e["goldstein"]) for e in evs]
            dcol = [colour.get((e.get("source_country") or str(e.get("source", ""))[:3],
                                e.get("target_country") or str(e.get("target", ""))[:3]), "#333333") for e in evs]
            for sign, mk, lab in ((1, "^", "key event, cooperation (at its Goldstein value; label: CAMEO code)"),
                                  (-1, "v", "key event, conflict (at its Goldstein value; label: CAMEO code)")):
                idx = [k for k, y in enumerate(ey) if (y >= 0) == (sign > 0)]
                if idx:
                    ax.scatter([ex[k] for k in idx], [ey[k] for k in idx], marker=mk, s=70,
                               facecolors="white", edgecolors=[dcol[k] for k in idx], linewidths=1.6,
                               label=lab, zorder=4)
            # one label per marker position: codes of events drawn on the same spot are joined
            spots: dict[tuple[date, float], list[int]] = {}
            for k in range(len(evs)):
                spots.setdefault((ex[k], ey[k]), []).append(k)
            ranked = sorted(spots, key=lambda s: -abs(s[1]))[:max_labels]
            for spot in sorted(ranked):
                codes = "/".join(dict.fromkeys(str(evs[k].get("code", "")) for k in spots[spot]))
                ax.annotate(codes, spot, textcoords="offset points", xytext=(7, 0), ha="left", va="center",
                            fontsize=8, color="#222222")
        vals = [v for r in rows for v in (r.get(key), r.get("trend")) if v is not None]
        vals += [float(e["goldstein"]) for e in evs]
        if key != "index" or all(-10 <= v <= 10 for v in vals):
            lo, hi = (min(vals), max(vals)) if vals else (-1.0, 1.0)
            pad = max(1.0, 0.15 * (hi - lo))
            ax.set_ylim(max(-10.5, min(lo, 0) - pad), min(10.5, max(hi, 0) + pad))
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if rows or evs:
            xs_all = [_as_date(r["period"]) for r in rows] + [_as_date(e.get("event_date") or e["date"]) for e in evs]
            span = max((max(xs_all) - min(xs_all)).days, 1)
            margin = max(3, math.ceil(span * 0.04))
            ax.set_xlim(mdates.date2num(min(xs_all)) - margin, mdates.date2num(max(xs_all)) + margin)
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
        ax.set_title(title, fontsize=13, loc="left", fontweight="bold")
        ax.set_xlabel("Date (start of each period)")
        ax.set_ylabel(("Relations index" if key == "index" else "Mean Goldstein per event")
                      + "\n\u2190 conflict   |   cooperation \u2192")
        if rows or evs:
            leg = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, frameon=False, fontsize=8.5)
            for h in leg.legend_handles:  # event markers take the direction's colour; the legend shows them neutral
                if h is not None and hasattr(h, "set_edgecolor") and not isinstance(h, Line2D):
                    h.set_edgecolor("#333333")
        else:
            ax.text(0.5, 0.5, "no asserted events in this window", transform=ax.transAxes, ha="center")
        return _save(fig, p)


def plot_network(graph: Any, path: str | Path, title: str | None = None,
                 bloc_rows: list[dict[str, Any]] | None = None) -> Path:
    """Draw the alignment graph from :func:`riftwatch.analysis.network.relation_graph`.

    Nodes are countries, shaped *and* coloured by bloc (:func:`blocs`, computed if
    not given). Cooperative ties (mean Goldstein > 0) are solid blue lines, hostile
    ties dashed orange-red, so the sign reads without colour; line width grows with
    the absolute mean Goldstein and each edge is labelled with its value and event
    count. Layout: Kamada–Kawai with cooperative ties short and hostile ties long, so
    allies sit together and adversaries apart (deterministic).
    """
    import networkx as nx

    from .network import blocs

    p = _check_path(path)
    if bloc_rows is None:
        bloc_rows = blocs(graph)
    title = title or "Alignment network (mean Goldstein per event)"
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(10, 8), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_title(title, fontsize=13, loc="left", fontweight="bold")
        if graph.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "no dyads with enough events in this window", ha="center", transform=ax.transAxes)
            return _save(fig, p)
        lay = nx.Graph()
        lay.add_nodes_from(sorted(graph.nodes))
        for a, b, d in graph.edges(data=True):
            # path lengths for Kamada-Kawai: allies sit close, adversaries far apart
            lay.add_edge(a, b, length=1.0 if d["weight"] > 0 else 2.2)
        pos = {}
        comps = sorted(nx.connected_components(lay), key=lambda c: (-len(c), sorted(c)))
        for i, comp in enumerate(comps):  # lay out each component on its own, side by side
            sub = lay.subgraph(sorted(comp))
            sp = nx.kamada_kawai_layout(sub, weight="length") if len(comp) > 2 else \
                {n: (k * 0.5, 0.0) for k, n in enumerate(sorted(comp))}
            for n, (x, y) in sp.items():
                pos[n] = (x + 2.6 * i, y)
        maxw = max((abs(d["weight"]) for _, _, d in graph.edges(data=True)), default=1.0) or 1.0
        for a, b, d in sorted(graph.edges(data=True), key=lambda e: abs(e[2]["weight"])):
            w = d["weight"]
            (x1, y1), (x2, y2) = pos[a], pos[b]
            ax.plot([x1, x2], [y1, y2], color=COOP if w > 0 else CONFLICT if w < 0 else "#888888",
                    linestyle="-" if w > 0 else (0, (5, 3)) if w < 0 else ":",
                    linewidth=0.8 + 4.2 * abs(w) / maxw, alpha=0.8, zorder=1, solid_capstyle="round")
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, f"{w:+.1f} ({d['events']})", fontsize=6.5, ha="center",
                    va="center", color="#333333", zorder=2,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        sizes = {n: 90 + 22 * math.sqrt(graph.nodes[n].get("events", 1)) for n in graph}
        for b in bloc_rows:
            i = b["bloc"] - 1
            ns = [n for n in b["members"] if n in pos]
            if not ns:
                continue
            ax.scatter([pos[n][0] for n in ns], [pos[n][1] for n in ns], s=[sizes[n] for n in ns],
                       marker=BLOC_MARKERS[i % len(BLOC_MARKERS)], color=PALETTE[(i + 2) % len(PALETTE)],
                       edgecolors="#222222", linewidths=0.8, zorder=3, alpha=0.9)
        for n, (x, y) in pos.items():
            ax.annotate(f"{n}", (x, y), xytext=(0, 13), textcoords="offset points", ha="center",
                        fontsize=9, fontweight="bold", zorder=4,
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
        handles = [Line2D([], [], color=COOP, linewidth=2.5, label="cooperative tie (mean Goldstein > 0)"),
                   Line2D([], [], color=CONFLICT, linewidth=2.5, linestyle=(0, (5, 3)),
                          label="hostile tie (mean Goldstein < 0)"),
                   Line2D([], [], color="none", label="width \u221d |mean|; label: mean (events)")]
        for b in bloc_rows:
            i = b["bloc"] - 1
            handles.append(Line2D([], [], linestyle="none", marker=BLOC_MARKERS[i % len(BLOC_MARKERS)],
                                  markersize=9, markerfacecolor=PALETTE[(i + 2) % len(PALETTE)],
                                  markeredgecolor="#222222",
                                  label=f"bloc {b['bloc']}: {', '.join(b['members'][:6])}"
                                        + (" \u2026" if len(b["members"]) > 6 else "")))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8.5)
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        ax.set_xlim(min(xs) - 0.15, max(xs) + 0.15)
        ax.set_ylim(min(ys) - 0.15, max(ys) + 0.2)
        return _save(fig, p)
