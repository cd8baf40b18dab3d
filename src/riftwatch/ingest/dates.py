"""Publication date-times from the many shapes news pages print them in."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
# "October. 24, 2020 07:51," -> the stray period after the month and trailing commas
_MONTH_DOT = re.compile(r"\b([A-Z][a-z]{2,8})\.(?=\s*\d)")


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
