"""One event, many reports: grouping event mentions into events.

Every row of ``events`` is a *mention*: one sentence of one article that reports a
happening. The same happening is reported by many articles (and often twice in one
article: headline and body). riftwatch groups mentions into events so that relations
analytics can count each happening once (``--count events``, the default) instead of
once per report (``--count mentions``), and tells how many independent sources carry
each event.

The method (deterministic, independent of ingest order):

1. Only asserted mentions are grouped; every other mention is its own event.
2. **Same dyad, same CAMEO root.** Mentions share a *grouping key*: source and target
   countries (the full actor codes when both sides are in one country, so a
   government–opposition quarrel is not merged with a government–military one) and the
   root code. "Y hosted X" (043) is keyed as "X visited Y" (042), so a host's and a
   visitor's report of one visit meet.
3. **Close dates.** Within a key, mentions dated to the day are taken in date order; a
   mention joins the current event when its day is no more than :data:`WINDOW_DAYS`
   days after the event's first day, else it opens a new event. Two visits a week apart
   stay two events; five reports of one visit over two days are one. A mention dated
   only to the week, month or year ("last month") joins the event dated inside that
   interval (one with its code first, else the earliest); if there is none, such
   mentions group among themselves by the start of their intervals.
4. **Places that disagree split.** Two mentions whose sentences name places that cannot
   be the same (two different cities, or places in two different countries; not
   datelines, which tell where the reporter was) are different happenings. "Tokyo" and
   "Japan" agree.
5. The event's representative mention — whose id is the event's ``event_key`` — has the
   most frequent code among its mentions (ties: the more specific code), and among those
   the most precise date, then the earliest. Its date, code and Goldstein score stand
   for the event.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

#: days after an event's first day within which a compatible report is the same event
WINDOW_DAYS = 2

#: the grouping key of a mention, as a SQL expression over ``events`` columns (one
#: definition, used by the writer and by the migration)
KEY_SQL = """
CASE WHEN status <> 'asserted' OR coalesce(origin, 'riftwatch') <> 'riftwatch' THEN NULL
     WHEN source_country IS NOT NULL AND source_country = target_country
          THEN source || '|' || target || '|' || root
     WHEN code LIKE '043%' AND target IS NOT NULL
          THEN coalesce(target_country, target) || '|' || coalesce(source_country, source) || '|' || root
     ELSE coalesce(source_country, source) || '|' || coalesce(target_country, target, '') || '|' || root END
"""


def span(day: date, precision: str | None) -> tuple[date, date]:
    """First and last day a date of the given precision may mean."""
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        return day, day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day, day.replace(month=12, day=31)
    return day, day


_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}


def _representative(members: list[dict[str, Any]]) -> str:
    codes = Counter(m["code"] for m in members)
    best_code = max(codes, key=lambda c: (codes[c], len(c), c))
    best = [m for m in members if m["code"] == best_code]
    return min(best, key=lambda m: (_PRECISION.get(m.get("date_precision") or "day", 0), _order(m)))["id"]


def _place(m: dict[str, Any]) -> tuple[str, str | None, str | None] | None:
    if m.get("location_source") != "sentence" or not m.get("location_name"):
        return None
    return m["location_name"], m.get("location_kind"), m.get("location_country")


def _agree(p: tuple[str, str | None, str | None] | None, q: tuple[str, str | None, str | None] | None) -> bool:
    if p is None or q is None or p == q:
        return True
    if p[2] and q[2] and p[2] != q[2]:
        return False
    return not (p[1] == "city" and q[1] == "city")


def group(mentions: Iterable[dict[str, Any]], window: int = WINDOW_DAYS) -> dict[str, str]:
    """``{mention id: event_key}`` for the mentions of one grouping key.

    Each mention needs ``id, event_date, date_precision, code, location_name,
    location_kind, location_country, location_source, article_id, sentence_index``;
    mentions without a date are events of their own.
    """
    out: dict[str, str] = {}
    precise, coarse = [], []
    for m in mentions:
        if m.get("event_date") is None:
            out[m["id"]] = m["id"]
        else:
            (precise if m.get("date_precision", "day") == "day" else coarse).append(m)
    events = _greedy(precise, window)
    # a vaguely dated report ("last month") joins a precisely dated event inside its interval
    # (the earliest with the same code, else the earliest); only the rest group among themselves.
    # The events are in date order: the interval's ones are found by bisection, not a scan of all
    firsts = [ev[0] for ev in events]
    rest = []
    for m in sorted(coarse, key=_order):
        lo, hi = span(m["event_date"], m.get("date_precision"))
        inside = [ev for ev in events[bisect_left(firsts, lo):bisect_right(firsts, hi)] if _agree(ev[1], _place(m))]
        if not inside:
            rest.append(m)
            continue
        same = [ev for ev in inside if any(x["code"] == m["code"] for x in ev[2])]
        (same or inside)[0][2].append(m)
    events += _greedy(rest, window)
    for _, _, members in events:
        key = _representative(members)
        for m in members:
            out[m["id"]] = key
    return out


def _order(m: dict[str, Any]) -> tuple:
    return m["event_date"], m["article_id"] or "", m["sentence_index"] or 0, m["id"]


def _greedy(mentions: list[dict[str, Any]], window: int) -> list[list[Any]]:
    """Events ``[first day, most precise place or None, members]`` of mentions taken in
    date order: a mention joins the first open event whose first day is at most ``window``
    days before its own and whose place agrees, else it opens one."""
    done: list[list[Any]] = []
    live: list[list[Any]] = []
    for m in sorted(mentions, key=_order):
        first, _ = span(m["event_date"], m.get("date_precision"))
        place = _place(m)
        done += [ev for ev in live if (first - ev[0]).days > window]
        live = [ev for ev in live if (first - ev[0]).days <= window]
        home = next((ev for ev in live if _agree(ev[1], place)), None)
        if home is None:
            live.append([first, place, [m]])
        else:
            home[2].append(m)
            if home[1] is None or (place is not None and place[1] == "city"):
                home[1] = place or home[1]
    return sorted(done + live, key=lambda ev: _order(ev[2][0]))


def group_all(rows: Sequence[dict[str, Any]], window: int = WINDOW_DAYS) -> dict[str, str]:
    """:func:`group` over rows of many grouping keys (each row has ``dedup_key``)."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(r["dedup_key"], []).append(r)
    out: dict[str, str] = {}
    for members in by_key.values():
        out.update(group(members, window))
    return out
