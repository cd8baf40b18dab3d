"""Event dates from the text: "yesterday", "on Friday", "last week", "Oct. 14",
"in 1950" resolved against the article's publication date, with a precision.

Only expressions the sentence attaches to the event's own clause count; anything
unresolvable leaves the event on the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a": 1, "an": 1}

_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?\b(?:,?\s+(\d{4}))?")
_AGO = re.compile(r"\b(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|a few)\s+)?"
                  r"(day|week|month|year|decade)(s?)\s+ago\b")
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


def _month_start(d: date, back: int = 0) -> date:
    y, m = d.year, d.month - back
    while m <= 0:
        y, m = y - 1, m + 12
    return date(y, m, 1)


def _not_after(d: date, pub: date) -> date:
    """A month/day without a year is the most recent one on or before publication."""
    if d > pub:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return d - timedelta(days=365)
    return d


def upcoming(text: str, pub: date) -> bool:
    """A month and day with no year that falls within four months after ``pub`` ("from April
    29" in a story of April 9): news writes the year of a past date that far off, so the act
    is still to come (:func:`resolve` would date it a year back)."""
    m = _MONTH_DAY.search(text.lower())
    if m is None or m.group(3) or m.group(1) not in MONTHS:
        return False
    try:
        when = date(pub.year, MONTHS[m.group(1)], int(m.group(2)))
    except ValueError:
        return False
    return 0 < (when - pub).days <= 120


def resolve(text: str, pub: date) -> tuple[date, str] | None:
    """``(date, precision)`` for a date expression relative to ``pub``, or ``None``.

    precision is one of day, week, month, year.
    """
    s = text.lower().strip()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", s):
        return pub, "day"
    if re.search(r"\b(yesterday|last night)\b", s):
        return pub - timedelta(days=1), "day"
    m = _AGO.search(s)
    if m and (m.group(1) is not None or m.group(3)):  # (not "the year ago period")
        # ("decades ago", "several years ago": more than one)
        n = 2 if m.group(1) in (None, "several", "a few") else NUMBERS.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit == "decade":
            unit, n = "year", 10 * n
        if unit == "day":
            return pub - timedelta(days=n), "day"
        if unit == "week":
            return pub - timedelta(weeks=n), "week"
        if unit == "month":
            return _month_start(pub, n), "month"
        return date(pub.year - n, 1, 1), "year"
    if re.search(r"\blast week\b", s):
        return pub - timedelta(days=7), "week"
    if re.search(r"\bthis week\b|\bearlier this week\b", s):
        return pub, "week"
    if re.search(r"\blast month\b", s):
        return _month_start(pub, 1), "month"
    if re.search(r"\b(earlier )?this month\b", s):
        return _month_start(pub), "month"
    if re.search(r"\blast year\b", s):
        return date(pub.year - 1, 1, 1), "year"
    for w, i in WEEKDAYS.items():
        if re.search(rf"\b{w}\b", s):
            back = (pub.weekday() - i) % 7
            return pub - timedelta(days=back), "day"
    for rx, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        m = rx.search(s)
        if m:
            mon, day = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            if mon in MONTHS:
                try:
                    year = int(m.group(3)) if m.group(3) else pub.year
                    d = date(year, MONTHS[mon], int(day))
                except ValueError:
                    continue
                return (d if m.group(3) else _not_after(d, pub)), "day"
    for name, num in MONTHS.items():
        # (the month "May", written with its capital, is no modal in a date expression: "last May")
        if (len(name) > 3 or name == "may" and re.search(r"\bMay\b", text)) and re.search(rf"\b{name}\b", s):
            y = _YEAR.search(s)
            d = date(int(y.group(1)), num, 1) if y else _not_after(date(pub.year, num, 1), pub)
            return d, "month"
    y = _YEAR.search(s)
    if y:
        return date(int(y.group(1)), 1, 1), "year"
    return None


#: statuses of events that announce something to come: dated by the announcement
FUTURE_STATUSES = frozenset({"prediction", "intent"})

#: a temporal clause under the trigger whose date dates the trigger too ("… canceled the
#: visit after Trump contracted the virus last month"); "after" only at week precision
#: or coarser (the act follows the clause's day, in the same week or month)
_SAME_TIME = {"when": "day", "as": "day", "while": "day", "after": "week"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _clause_dates(trig: Token, heads: set[int], day: date, subclauses: bool) -> tuple[date, str] | None:
    """The first date expression whose governing verb is one of ``heads`` (or, with
    ``subclauses``, a temporal clause under them), resolved against ``day``."""
    for ent in trig.sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        gov = ent.root
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.i not in heads:
            gov = gov.head
        need = None
        if gov.i not in heads:
            if not subclauses or gov.dep_ != "advcl" or gov.head.i not in heads:
                continue
            mark = next((c.lower_ for c in gov.children if c.dep_ == "mark"), None)
            if mark not in _SAME_TIME:
                continue
            need = _SAME_TIME[mark]
        prev = trig.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev in ("since", "until", "till", "by", "for", "through"):
            continue
        resolved = resolve(ent.text, day)
        if resolved is None or (need and _PRECISION_RANK[resolved[1]] < _PRECISION_RANK[need]):
            continue
        return resolved
    return None


def event_date(trig: Token, day: date | None, future: bool = False) -> tuple[date | None, str]:
    """The date of the event at trigger ``trig``: a date expression on the trigger's own
    clause ("on Friday", "last month", "Oct. 14") or on a temporal clause under it ("after
    … last month"), resolved against the publication date ``day``; else ``day`` itself.

    ``future``: the event is the *announcement* of something to come (an intent, a plan, a
    prediction: "Pompeo will visit Seoul on Oct. 7, the State Department said on Tuesday").
    The clause's date belongs to the thing to come; the event is dated by the clause that
    reports it ("said on Tuesday"), else the publication date."""
    if day is None:
        return None, "day"
    anchor = trig
    if trig.pos_ not in ("VERB", "AUX"):
        while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
            anchor = anchor.head
    if future:
        above = {a.i for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")}
        return (_clause_dates(trig, above, day, subclauses=False) if above else None) or (day, "day")
    return _clause_dates(trig, {trig.i, anchor.i}, day, subclauses=True) or (day, "day")
