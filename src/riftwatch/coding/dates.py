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
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week|month|year)s?\s+ago\b")
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
    if m:
        n = NUMBERS.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
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
        if len(name) > 3 and re.search(rf"\b{name}\b", s):
            y = _YEAR.search(s)
            d = date(int(y.group(1)), num, 1) if y else _not_after(date(pub.year, num, 1), pub)
            return d, "month"
    y = _YEAR.search(s)
    if y:
        return date(int(y.group(1)), 1, 1), "year"
    return None


def event_date(trig: Token, day: date | None) -> tuple[date | None, str]:
    """The date of the event at trigger ``trig``: a date expression on the trigger's own
    clause ("on Friday", "last month", "Oct. 14"), resolved against the publication
    date ``day``; else ``day`` itself."""
    if day is None:
        return None, "day"
    anchor = trig
    if trig.pos_ not in ("VERB", "AUX"):
        while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
            anchor = anchor.head
    for ent in trig.sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        gov = ent.root
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.i not in (trig.i, anchor.i):
            gov = gov.head
        if gov.i not in (trig.i, anchor.i):
            continue
        prev = trig.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev in ("since", "until", "till", "by", "for", "through"):
            continue
        resolved = resolve(ent.text, day)
        if resolved is not None:
            return resolved
    return day, "day"
