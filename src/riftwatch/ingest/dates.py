"""Publication date-times from the many shapes news pages print them in."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
# "October. 24, 2020 07:51," -> the stray period after the month and trailing commas
_MONTH_DOT = re.compile(r"\b([A-Z][a-z]{2,8})\.(?=\s*\d)")
_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
_TIME = r"(?:[ T,]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?)?"
# the two shapes news and wire archives print most: "26-FEB-1987 15:01:01.79", "24 October 2020",
# "October 24, 2020 07:51" (24-hour clock; anything else goes to dateparser)
_DAY_MONTH_YEAR = re.compile(r"^(?P<d>\d{1,2})[- ](?P<m>[A-Za-z]{3,9})\.?[- ,]\s*(?P<y>\d{4})" + _TIME + "$")
_MONTH_DAY_YEAR = re.compile(r"^(?P<m>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})" + _TIME + "$")


def _common_shape(s: str) -> datetime | None:
    """A date in one of the common shapes above, read without dateparser (which takes
    milliseconds a date); ``None`` when ``s`` has another shape or is no real date."""
    m = _DAY_MONTH_YEAR.match(s) or _MONTH_DAY_YEAR.match(s)
    if m is None:
        return None
    month = _MONTHS.get(m["m"].lower())
    if month is None:
        return None
    try:
        return datetime(int(m["y"]), month, int(m["d"]), int(m["h"] or 0), int(m["mi"] or 0), int(m["s"] or 0),
                        int((m["f"] or "0").ljust(6, "0")))
    except ValueError:
        return None


def _naive(dt: datetime) -> datetime:
    """Keep the wall-clock time the page printed; drop the zone (stored as local time)."""
    return dt.replace(tzinfo=None)


@lru_cache(maxsize=1)
def _dateparser():  # imported lazily: dateparser takes ~1 s to import
    import dateparser

    return dateparser


def parse_datetime(value: str | None) -> datetime | None:
    """Parse a date or date-time string; ``None`` if it is not a date.

    ISO 8601 is parsed directly; anything else goes through ``dateparser``
    with relative expressions disabled (a page's "Posted" line is absolute).
    """
    if value is None:
        return None
    s = str(value).strip().strip(",;|").strip()
    if not s:
        return None
    if _ISO.match(s):
        try:
            return _naive(datetime.fromisoformat(s.replace("Z", "+00:00")))
        except ValueError:
            pass
    quick = _common_shape(s)
    if quick is not None:
        return quick
    s = _MONTH_DOT.sub(r"\1", s)
    s = re.sub(r"\s*,\s*$", "", s)
    dp = _dateparser()
    dt = dp.parse(
        s,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year", "month", "day"],
            "PARSERS": ["absolute-time", "custom-formats"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return _naive(dt) if dt else None


def parse_day(value: str) -> date:
    """Strict YYYY-MM-DD for command-line and API filters."""
    return date.fromisoformat(value.strip())
