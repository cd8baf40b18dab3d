"""Plain-text articles, including pages saved from news sites.

Two layouts are understood, and may be mixed:

* a header block of ``Key: value`` lines (Title, Date/Published, Updated,
  Source, URL, Language, Author) followed by a blank line and the body;
* a scraped page: page furniture ("Go to contents", "Share", "Print",
  copyright lines) around a headline, "Posted …" / "Updated …" lines and the
  body paragraphs.

Furniture and metadata lines are removed from the text; metadata become fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .dates import parse_datetime

_HEADER = re.compile(
    r"^(title|headline|date|published|publication date|updated|modified|source|url|link|language|lang|author|byline)"
    r"\s*:\s*(.*)$",
    re.I,
)
_POSTED = re.compile(r"^(posted|published|first published|created)\s*(on|:)?\s*(?P<d>.+)$", re.I)
_UPDATED = re.compile(r"^(updated|last updated|modified|last modified)\s*(on|:)?\s*(?P<d>.+)$", re.I)
_FURNITURE = {
    "go to contents", "skip to content", "skip to main content", "skip navigation", "menu", "search",
    "share", "print", "email", "e-mail", "close", "top", "back to top", "subscribe", "sign in", "log in",
    "login", "sign up", "facebook", "twitter", "kakaotalk", "kakao story", "line", "linkedin", "whatsapp",
    "advertisement", "ad", "related articles", "related stories", "more stories", "most viewed",
    "comments", "font size", "listen", "a+", "a-", "+", "-", "home", "opinion", "editorial", "news",
    "read more", "copy link", "share this article", "trending", "latest news",
}
_COPYRIGHT = re.compile(r"^(copyright\b|©|\(c\)\s|all rights reserved)|all rights reserved\.?$", re.I)


@dataclass
class ParsedText:
    title: str | None
    text: str
    published: datetime | None
    updated: datetime | None
    source: str | None
    url: str | None
    language: str | None
    bad_dates: list[str]


def _is_furniture(line: str) -> bool:
    s = line.strip().lower().rstrip(":|")
    return s in _FURNITURE or bool(_COPYRIGHT.search(line.strip()))


def parse_text_article(raw: str) -> ParsedText:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    bad_dates: list[str] = []
    published = updated = None

    # 1. header block of "Key: value" lines at the very top
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    j = i
    header: dict[str, str] = {}
    while j < len(lines) and lines[j].strip():
        m = _HEADER.match(lines[j].strip())
        if not m:
            break
        header[m.group(1).lower()] = m.group(2).strip()
        j += 1
    if header and (j >= len(lines) or not lines[j].strip()):
        meta = header
        lines = lines[j:]

    # 2. scraped page: furniture, Posted/Updated lines near the top, headline
    body: list[str] = []
    title = meta.get("title") or meta.get("headline")
    head_zone = 0  # non-empty lines seen so far; metadata lines only count near the top
    for line in lines:
        s = line.strip()
        if not s:
            body.append("")
            continue
        head_zone += 1
        if _is_furniture(s):
            continue
        if head_zone <= 12:
            m = _POSTED.match(s)
            if m and published is None:
                published = parse_datetime(m.group("d"))
                if published is None:
                    bad_dates.append(s)
                continue
            m = _UPDATED.match(s)
            if m and updated is None:
                updated = parse_datetime(m.group("d"))
                if updated is None:
                    bad_dates.append(s)
                continue
        body.append(s)

    paragraphs = [p.strip() for p in "\n".join(body).split("\n\n")]
    paragraphs = [re.sub(r"\s*\n\s*", " ", p) for p in paragraphs if p]
    if title is None and len(paragraphs) > 1:
        first = paragraphs[0]
        # a headline: short, and not a sentence ending in a full stop
        if len(first) <= 200 and not first.endswith((".", "?", "!", "\u201d", '"')):
            title = first
            paragraphs = paragraphs[1:]

    for key in ("date", "published", "publication date"):
        if key in meta and published is None:
            published = parse_datetime(meta[key])
            if published is None:
                bad_dates.append(f"{key}: {meta[key]}")
    for key in ("updated", "modified"):
        if key in meta and updated is None:
            updated = parse_datetime(meta[key])
            if updated is None:
                bad_dates.append(f"{key}: {meta[key]}")

    return ParsedText(
        title=title,
        text="\n\n".join(paragraphs),
        published=published,
        updated=updated,
        source=meta.get("source"),
        url=meta.get("url") or meta.get("link"),
        language=meta.get("language") or meta.get("lang"),
        bad_dates=bad_dates,
    )
