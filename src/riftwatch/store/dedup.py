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
3. **Close dates.** Each mention covers the interval its date precision allows (a day,
   the week, the month, the year). Within a key, mentions are taken in date order; a
   mention joins the current event when its interval starts no more than
   :data:`WINDOW_DAYS` days after the event's first day, else it opens a new event. Two
   visits a week apart stay two events; five reports of one visit over two days are one.
4. **Places that disagree split.** Two mentions whose sentences name places that cannot
   be the same (two different cities, or places in two different countries; not
   datelines, which tell where the reporter was) are different happenings. "Tokyo" and
   "Japan" agree.
5. The event's representative mention — whose id is the event's ``event_key`` — has the
   most frequent code among its mentions (ties: the more specific code, then the
   earliest mention). Its date, code and Goldstein score stand for the event.
"""

from __future__ import annotations

import calendar
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


def _representative(members: list[dict[str, Any]]) -> str:
    codes = Counter(m["code"] for m in members)
    best_code = max(codes, key=lambda c: (codes[c], len(c), c))
    return next(m["id"] for m in members if m["code"] == best_code)


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
    dated = []
    for m in mentions:
        if m.get("event_date") is None:
            out[m["id"]] = m["id"]
        else:
            dated.append(m)
    dated.sort(key=lambda m: (m["event_date"], m["article_id"] or "", m["sentence_index"] or 0, m["id"]))
    open_events: list[list[Any]] = []  # [first day, most precise place or None, members]
    closed: list[list[dict[str, Any]]] = []
    for m in dated:
        first, _ = span(m["event_date"], m.get("date_precision"))
        place = _place(m)
        closed += [ev[2] for ev in open_events if (first - ev[0]).days > window]
        open_events = [ev for ev in open_events if (first - ev[0]).days <= window]
        home = next((ev for ev in open_events if _agree(ev[1], place)), None)
        if home is None:
            open_events.append([first, place, [m]])
        else:
            home[2].append(m)
            if home[1] is None or (place is not None and place[1] == "city"):
                home[1] = place or home[1]
    for members in [*closed, *(ev[2] for ev in open_events)]:
        key = _representative(members)
        for m in members:
            out[m["id"]] = key
    return out


def group_all(rows: Sequence[dict[str, Any]], window: int = WINDOW_DAYS) -> dict[str, str]:
    """:func:`group` over rows of many grouping keys (each row has ``dedup_key``)."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(r["dedup_key"], []).append(r)
    out: dict[str, str] = {}
    for members in by_key.values():
        out.update(group(members, window))
    return out
