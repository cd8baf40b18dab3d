"""Datelines blanked before parsing: "RIYADH/DUBAI, June 5 (Reuters) - Saudi Arabia, ... cut
ties with Qatar" is parsed with the place names as the subject ("DUBAI ... cut"), and "ISLAMABAD -
Afghan Taliban forces attacked" with the city inside the subject. The dateline at the start of
a line is replaced by spaces of the same length, so every character offset still points into
the original text (the event's sentence, and the locator's dateline place, are read from it).
:mod:`riftwatch.coding.noise` still keeps the coder from taking actors from a dateline the
pattern here does not match.
"""

from __future__ import annotations

import re

#: a place in capitals (each word three or more letters: not "U.S." or "UN"), words joined by
#: spaces or slashes; an optional ", Month Day" or ", Country" part; an optional "(Agency)"; a
#: dash; then the sentence, which starts with a capital or a quote
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z]{3,}[A-Z'.\-]*(?:[ /][A-Z]{2,}[A-Z'.\-]*)*)"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,3})?"
    r"(?:[ \t]*\([A-Za-z .&\-]{2,40}\))?"
    r"[ \t]*(?:\u2014|--|\u2013|-|\u2015)[ \t]+(?=[A-Z\"'\u201c])",
    re.M)


def blank_datelines(text: str) -> str:
    """``text`` with each line's leading dateline replaced by spaces (same length)."""
    if "-" not in text and "\u2014" not in text and "\u2013" not in text and "\u2015" not in text:
        return text
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
