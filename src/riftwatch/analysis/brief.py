"""A one-page briefing on one dyad: headline, chart, evidence, and what else moved.

The headline comes from :func:`riftwatch.analysis.changes.find_changes` when that
module is available and reports a change for this dyad; otherwise from the
relation series itself: the largest move of the pooled (both directions) mean
Goldstein score between consecutive months (weeks for windows under ~2 months)
that each hold at least ``min_events`` events.

Output is ``.html`` (self-contained: the chart is embedded as a base64 PNG, all
text from the store passes through :func:`html.escape`) or ``.md`` (the chart is
written next to it as ``<name>.png`` and linked; store text is escaped as well,
so pasted HTML in an article cannot inject markup).
"""

from __future__ import annotations

import base64
import html
import tempfile
import warnings
from calendar import monthrange
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..store import Store
from .charts import plot_relations
from .network import country_name, country_profile
from .relations import relations

MINUS = "\u2212"


def _the(name: str) -> str:
    """Country name as it reads inside a sentence: "the United States", "South Korea"."""
    plural = ("United ", "Republic of ")
    if name.startswith(plural) or name.endswith(("Republic", "Islands", "Emirates")) or name in (
            "Netherlands", "Philippines", "Bahamas", "Maldives", "Gambia", "Comoros", "Seychelles", "Holy See"):
        return "the " + name
    return name


def _signed(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "n/a"
    return f"{x:+.{digits}f}".replace("-", MINUS)


def _day(v: Any) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _num(v: Any) -> float | None:
    """A number from a Finding's ``before``/``after`` (a number, or a dict holding one)."""
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, dict):
        for k in ("index", "goldstein_mean", "mean", "value", "level"):
            if isinstance(v.get(k), (int, float)):
                return float(v[k])
    return None


def _period_end(start: date, by: str) -> date:
    if by == "month":
        return start.replace(day=monthrange(start.year, start.month)[1])
    if by == "week":
        return start + timedelta(days=6)
    if by == "day":
        return start
    if by == "quarter":
        m = start.month + 2
        return start.replace(month=m, day=monthrange(start.year, m)[1])
    return start.replace(month=12, day=31)


def _period_label(start: date, by: str) -> str:
    return {"month": f"{start:%B %Y}", "week": f"the week of {start.day} {start:%B %Y}",
            "day": f"{start.day} {start:%B %Y}", "quarter": f"Q{(start.month - 1) // 3 + 1} {start.year}",
            }.get(by, f"{start.year}")


def _pooled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[date, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(_day(r["period"]), {"period": _day(r["period"]), "events": 0, "sum": 0.0})
        d["events"] += r["events"]
        d["sum"] += float(r["goldstein_sum"] or 0.0)
    for d in out.values():
        d["mean"] = d["sum"] / d["events"] if d["events"] else None
    return [out[k] for k in sorted(out)]


def _finding(store: Store, a: str, b: str, since: date | None, until: date | None) -> dict[str, Any] | None:
    """The strongest change reported by analysis.changes for this dyad, if that module exists."""
    try:
        from .changes import find_changes
    except ImportError:
        return None
    best = None
    for kind in ("rift", "rapprochement"):
        try:
            found = find_changes(store, kind=kind, since=since, until=until, top=100)
        except Exception as exc:  # noqa: BLE001 - the series headline is a sound fallback
            warnings.warn(f"find_changes({kind!r}) failed, using the series headline: {exc}", stacklevel=2)
            return None
        for f in found:
            d = f.to_dict() if hasattr(f, "to_dict") else dict(f)
            if sorted(d.get("actors") or []) == sorted([a, b]) and (best is None or
                                                                   (d.get("score") or 0) > (best.get("score") or 0)):
                best = dict(d, kind=kind)
    return best


def _headline(store: Store, a: str, b: str, since: date | None, until: date | None,
              min_events: int) -> dict[str, Any]:
    an, bn = _the(country_name(a)), _the(country_name(b))
    f = _finding(store, a, b, since, until)
    if f is not None:
        before, after, start = _num(f.get("before")), _num(f.get("after")), _day(f.get("start"))
        if start is not None and before is not None and after is not None:
            verb = "cooled" if after < before else "warmed"
            way = [_the(country_name(c)) for c in str(f.get("series") or "pooled").split("->")]
            whose = "" if len(way) != 2 else \
                f" of {way[0]}{chr(39) if way[0].endswith('s') else chr(39) + 's'} actions toward {way[1]}"
            text = (f"Relations between {an} and {bn} {verb} from {start.day} {start:%B %Y}: mean Goldstein{whose} "
                    f"{'fell' if after < before else 'rose'} from {_signed(before)} to {_signed(after)} per event.")
            end = _day(f.get("end")) or min(until or start + timedelta(days=30), start + timedelta(days=30))
            return {"text": text, "source": "changes", "window": (start, end), "direction": -1 if after < before else 1,
                    "events": f.get("events") or [], "finding": f}
    rows = relations(store, a, b, "month", since, until)
    by = "month"
    pooled = _pooled(rows)
    if len([p for p in pooled if p["events"] >= min_events]) < 2:
        by = "week"
        pooled = _pooled(relations(store, a, b, "week", since, until))
    ok = [p for p in pooled if p["events"] >= min_events]
    total = sum(p["events"] for p in pooled)
    if not pooled:
        return {"text": f"No asserted events between {an} and {bn} are stored"
                        + (" in this window." if since or until else "."),
                "source": "series", "window": (since, until), "direction": 0, "events": []}
    if len(ok) < 2:
        mean = sum(p["sum"] for p in pooled) / total
        first, last = pooled[0]["period"], _period_end(pooled[-1]["period"], by)
        return {"text": f"Relations between {an} and {bn} averaged {_signed(mean)} Goldstein per event over "
                        f"{total} event{'s' if total != 1 else ''} ({first:%d %b %Y} \u2013 {last:%d %b %Y}); too few events per {by} to "
                        f"call a change.", "source": "series", "window": (first, last),
                "direction": -1 if mean < 0 else 1, "events": []}
    steps = [(ok[i - 1], ok[i]) for i in range(1, len(ok))]
    prev, cur = max(steps, key=lambda s: (abs(s[1]["mean"] - s[0]["mean"]), s[1]["period"]))
    down = cur["mean"] < prev["mean"]
    text = (f"Relations between {an} and {bn} {'cooled' if down else 'warmed'} in {_period_label(cur['period'], by)}: "
            f"mean Goldstein {'fell' if down else 'rose'} from {_signed(prev['mean'])} to {_signed(cur['mean'])} "
            f"per event ({cur['events']} events, both directions).")
    return {"text": text, "source": "series", "window": (cur["period"], _period_end(cur["period"], by)),
            "direction": -1 if down else 1, "events": []}


def _key_events(store: Store, a: str, b: str, head: dict[str, Any], since: date | None, until: date | None,
                n: int) -> list[dict[str, Any]]:
    """Evidence: the finding's events, else the window's events pulling the way the headline says."""
    if head["events"]:
        evs = [dict(e) for e in head["events"]][:n]
        for e in evs:
            e.setdefault("event_date", e.get("date"))
    else:
        w0, w1 = head["window"]
        both = store.events(source=a, target=b, since=w0, until=w1) + store.events(source=b, target=a, since=w0,
                                                                                     until=w1)
        both = [e for e in both if {e["source_country"], e["target_country"]} == {a, b}]
        sign = head["direction"] or -1
        pull = [e for e in both if e["goldstein"] * sign > 0] or both
        evs = sorted(pull, key=lambda e: (-sign * e["goldstein"], str(e["event_date"])))[:n]
    evs.sort(key=lambda e: (str(e.get("event_date")), str(e.get("source"))))
    from ..coding.ontology import cameo_codes

    codes = cameo_codes()
    for e in evs:
        if e.get("event_date") is None:  # findings from analysis.changes say "date"
            e["event_date"] = _day(e.get("date"))
        e["who"] = e.get("source_actor") or e.get("source")
        e["whom"] = e.get("target_actor") or e.get("target")
        c = codes.get(str(e.get("code")))
        e["code_label"] = c.label if c else ""
        e.setdefault("article_title", None)
    return evs


def _moved(store: Store, a: str, b: str, window: tuple[date | None, date | None], limit: int) -> list[dict[str, Any]]:
    w0, w1 = window
    out = []
    for c, other in ((a, b), (b, a)):
        try:
            prof = country_profile(store, c, since=w0, until=w1)
        except InputError:
            continue
        for r in prof["moved"] + [r for r in prof["rows"] if r["movement"] == "new" and r["events"] >= 2]:
            if r["partner"] != other:
                out.append(dict(r, country=c, country_name=country_name(c), since=prof["since"],
                                until=prof["until"]))
    # moves first (largest change first), then new relations (strongest first)
    out.sort(key=lambda r: (r["change"] is None, -abs(r["change"] if r["change"] is not None
                                                      else r["mean_goldstein"] or 0), r["country"], r["partner"]))
    return out[:limit]


def build_brief(store: Store, a: str, b: str, since: date | None = None, until: date | None = None,
                min_events: int = 3, n_events: int = 8) -> dict[str, Any]:
    """Everything a briefing shows, as data: ``headline, rows, by, events, moved, summary``."""
    a, b = a.strip().upper(), b.strip().upper()
    for c in (a, b):
        if not (len(c) == 3 and c.isalpha()):
            raise InputError(f"a country is a 3-letter CAMEO code such as KOR or USA, got {c!r}", code="RW456")
    head = _headline(store, a, b, since, until, min_events)
    month_rows = relations(store, a, b, "month", since, until)
    dates = [_day(r["period"]) for r in month_rows]
    span = (max(dates) - min(dates)).days if dates else 0
    by = "week" if span <= 200 else "month"
    rows = relations(store, a, b, by, since, until)
    evs = _key_events(store, a, b, head, since, until, n_events)
    moved = _moved(store, a, b, head["window"], 8) if head["window"][0] and head["window"][1] else []
    summary = []
    for s, t in ((a, b), (b, a)):
        rs = [r for r in rows if (r["source"], r["target"]) == (s, t)]
        n = sum(r["events"] for r in rs)
        tot = sum(float(r["goldstein_sum"] or 0) for r in rs)
        summary.append({"direction": f"{s}\u2192{t}", "events": n, "mean_goldstein": round(tot / n, 2) if n else None,
                        "first": min((_day(r["period"]) for r in rs), default=None),
                        "last": max((_day(r["period"]) for r in rs), default=None)})
    return {"a": a, "b": b, "a_name": country_name(a), "b_name": country_name(b), "since": since, "until": until,
            "headline": head, "rows": rows, "by": by, "events": evs, "moved": moved, "summary": summary}


def brief(store: Store, a: str, b: str, since: date | None = None, until: date | None = None,
          out: str | Path = "brief.html", min_events: int = 3) -> dict[str, Any]:
    """Write a one-page briefing on ``a``–``b`` to ``out`` (``.html`` or ``.md``).

    Returns the briefing data (:func:`build_brief`) plus ``path`` and ``chart``
    (the chart file for Markdown; ``None`` for HTML, where it is embedded).
    """
    p = Path(out)
    kind = p.suffix.lower()
    if kind not in (".html", ".htm", ".md"):
        raise InputError(f"--out must end in .html or .md, got {p.name!r}", code="RW457")
    data = build_brief(store, a, b, since, until, min_events=min_events)
    p.parent.mkdir(parents=True, exist_ok=True)
    title = f"{data['a_name']} \u2194 {data['b_name']}: relations by {data['by']}"
    if kind == ".md":
        chart = p.with_suffix(".png")
        plot_relations(data["rows"], chart, title=title, events=data["events"])
        p.write_text(_markdown(data, chart.name), encoding="utf-8")
        return dict(data, path=p, chart=chart)
    with tempfile.TemporaryDirectory() as tmp:
        png = plot_relations(data["rows"], Path(tmp) / "chart.png", title=title, events=data["events"])
        b64 = base64.b64encode(png.read_bytes()).decode("ascii")
    p.write_text(_html(data, b64), encoding="utf-8")
    return dict(data, path=p, chart=None)


# ------------------------------------------------------------------ rendering
def _when(data: dict[str, Any]) -> str:
    s, u = data["since"], data["until"]
    if not s and not u:
        return "all stored events"
    return f"{s or 'start'} \u2013 {u or 'latest'}"


def _html(data: dict[str, Any], png_b64: str) -> str:
    e = html.escape
    a, b = data["a"], data["b"]
    ev_rows = "\n".join(
        f"<tr><td>{e(str(x.get('event_date')))}</td><td>{e(str(x.get('who')))}&nbsp;\u2192&nbsp;"
        f"{e(str(x.get('whom')))}</td><td><b>{e(str(x.get('code')))}</b> {e(x.get('code_label') or '')}</td>"
        f"<td class=num>{e(_signed(float(x['goldstein'])))}</td>"
        f"<td>\u201c{e(str(x.get('sentence') or ''))}\u201d<div class=src>{e(str(x.get('article_title') or ''))}"
        f"</div></td></tr>" for x in data["events"]) or "<tr><td colspan=5>No events in the window.</td></tr>"
    mv_rows = "\n".join(
        f"<tr><td>{e(r['country'])}\u2013{e(r['partner'])} ({e(r['name'])})</td>"
        f"<td class=num>{e(_signed(r['prev_mean']))}</td><td class=num>{e(_signed(r['mean_goldstein']))}</td>"
        f"<td class=num>{r['prev_events']} \u2192 {r['events']}</td><td>{e(r['movement'])}</td></tr>"
        for r in data["moved"]) or "<tr><td colspan=5>No other relation of either country moved by a full " \
                                   "Goldstein point in this window.</td></tr>"
    sm_rows = "\n".join(f"<tr><td>{e(s['direction'])}</td><td class=num>{s['events']}</td>"
                        f"<td class=num>{e(_signed(s['mean_goldstein'], 2))}</td></tr>" for s in data["summary"])
    w0, w1 = data["headline"]["window"]
    win = f"{w0} \u2013 {w1}" if w0 and w1 else "the whole range"
    src = ("change detection (riftwatch.analysis.changes)" if data["headline"]["source"] == "changes"
           else "the relation series (largest move between consecutive periods)")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(data['a_name'])} \u2194 {e(data['b_name'])}: riftwatch briefing</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 62rem; margin: 2rem auto;
       padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }}
h1 {{ font-size: 1.5rem; margin-bottom: .2rem; }} h2 {{ font-size: 1.1rem; margin-top: 1.6rem; }}
.headline {{ font-size: 1.15rem; background: #f3f6fa; border-left: 4px solid #0072B2; padding: .6rem .9rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .3rem .4rem; vertical-align: top; text-align: left; }}
.num {{ text-align: right; white-space: nowrap; }} .src {{ color: #666; font-size: .8rem; margin-top: .15rem; }}
.meta {{ color: #555; font-size: .85rem; }} img {{ max-width: 100%; }}
</style></head><body>
<h1>{e(data['a_name'])} ({e(a)}) \u2194 {e(data['b_name'])} ({e(b)})</h1>
<p class=meta>riftwatch briefing \u00b7 {e(_when(data))} \u00b7 asserted events only \u00b7 Goldstein scale
\u221210 (conflict) \u2026 +10 (cooperation)</p>
<p class=headline>{e(data['headline']['text'])}</p>
<p class=meta>Headline from {e(src)}; window {e(win)}.</p>
<img alt="{e(data['a_name'])} and {e(data['b_name'])} relations by {e(data['by'])}"
 src="data:image/png;base64,{png_b64}">
<h2>Both directions</h2>
<table><tr><th>direction</th><th class=num>events</th><th class=num>mean Goldstein</th></tr>
{sm_rows}</table>
<h2>Key events (evidence)</h2>
<table><tr><th>date</th><th>who \u2192 whom</th><th>CAMEO</th><th class=num>Goldstein</th><th>sentence / article</th></tr>
{ev_rows}</table>
<h2>Other relations of {e(a)} and {e(b)} that moved in {e(win)}</h2>
<p class=meta>Mean Goldstein per event in the window against the window of equal length before it.</p>
<table><tr><th>dyad</th><th class=num>before</th><th class=num>now</th><th class=num>events</th><th>movement</th></tr>
{mv_rows}</table>
</body></html>
"""


def _md(text: Any) -> str:
    """Store text for Markdown: HTML-escaped, pipes and newlines made table-safe."""
    return html.escape(str(text or ""), quote=False).replace("|", "\\|").replace("\n", " ")


def _markdown(data: dict[str, Any], chart_name: str) -> str:
    a, b = data["a"], data["b"]
    w0, w1 = data["headline"]["window"]
    win = f"{w0} \u2013 {w1}" if w0 and w1 else "the whole range"
    lines = [f"# {_md(data['a_name'])} ({a}) \u2194 {_md(data['b_name'])} ({b})", "",
             f"*riftwatch briefing \u00b7 {_when(data)} \u00b7 asserted events only \u00b7 Goldstein scale "
             f"\u221210 (conflict) \u2026 +10 (cooperation)*", "",
             f"> **{_md(data['headline']['text'])}**", "",
             f"![{_md(data['a_name'])} and {_md(data['b_name'])} relations by {data['by']}]({chart_name})", "",
             "## Both directions", "", "| direction | events | mean Goldstein |", "|---|---:|---:|"]
    lines += [f"| {s['direction']} | {s['events']} | {_signed(s['mean_goldstein'], 2)} |" for s in data["summary"]]
    lines += ["", "## Key events (evidence)", "", "| date | who \u2192 whom | CAMEO | Goldstein | sentence / article |",
              "|---|---|---|---:|---|"]
    for x in data["events"]:
        lines.append(f"| {x.get('event_date')} | {_md(x.get('who'))} \u2192 {_md(x.get('whom'))} | "
                     f"**{_md(x.get('code'))}** {_md(x.get('code_label'))} | {_signed(float(x['goldstein']))} | "
                     f"\u201c{_md(x.get('sentence'))}\u201d \u2014 *{_md(x.get('article_title'))}* |")
    if not data["events"]:
        lines.append("| | | | | No events in the window. |")
    lines += ["", f"## Other relations of {a} and {b} that moved in {win}", "",
              "Mean Goldstein per event in the window against the window of equal length before it.", "",
              "| dyad | before | now | events | movement |", "|---|---:|---:|---:|---|"]
    for r in data["moved"]:
        lines.append(f"| {r['country']}\u2013{r['partner']} ({_md(r['name'])}) | {_signed(r['prev_mean'])} | "
                     f"{_signed(r['mean_goldstein'])} | {r['prev_events']} \u2192 {r['events']} | {r['movement']} |")
    if not data["moved"]:
        lines.append("| | | | | none moved by a full Goldstein point |")
    return "\n".join(lines) + "\n"
