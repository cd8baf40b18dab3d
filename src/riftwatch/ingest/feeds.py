"""RSS and Atom feed files: one article per entry.

A feed is parsed with ``feedparser`` (RSS 0.9x/1.0/2.0, Atom 0.3/1.0), from the
bytes already read — never from a URL, so nothing is fetched. Each entry's text
is its longest ``content`` or else its ``summary``, with the markup stripped
(see :func:`html_to_text`); the feed's title becomes the articles' source.

Bad input never stops the file: an entry without text or with an unreadable
date is rejected on its own (``FILE#entryN``); a file with no readable entry
at all is one rejection (``empty`` when it parses but has no entries,
``malformed`` when it does not parse); a file cut short keeps the entries read
before the cut and reports the cut as a ``truncated`` rejection.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from ..errors import RejectReason
from ..models import Article, Rejection
from .dates import parse_datetime

#: local names of the root elements of RSS 0.9x/2.0 (``rss``), Atom (``feed``) and RSS 1.0 (``rdf:RDF``)
FEED_ROOTS = {"rss": "rss", "feed": "atom", "RDF": "rss"}

_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.S | re.I)
_ROOT = re.compile(r"\s*<(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_CLOSING_ROOT = re.compile(r"</(?:[A-Za-z_][\w.\-]*:)?(rss|feed|RDF)\s*>\s*$")
_ENTRY_TAG = re.compile(r"</?(?:[A-Za-z_][\w.\-]*:)?(?:item|entry)(?=[\s/>])")

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "iframe", "object", "svg", "template"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _head_text(data: bytes) -> str:
    head = data[:4096]
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, "ignore")
    return head.decode("latin-1")


def root_element(data: bytes) -> str | None:
    """The local name of an XML document's root element (prolog, comments and
    doctype skipped), or ``None`` when the bytes do not start like XML."""
    text = _head_text(data)
    pos = 0
    while m := _PROLOG.match(text, pos):
        pos = m.end()
    m = _ROOT.match(text, pos)
    return m.group(1) if m else None


def feed_kind(data: bytes) -> str | None:
    """``"rss"`` or ``"atom"`` when the document's root element is a feed's, else ``None``."""
    return FEED_ROOTS.get(root_element(data) or "")


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, one paragraph per block.

    The ``.html`` reader's trafilatura extraction is made for whole pages and
    drops short fragments (a one-sentence feed summary comes back empty), so a
    feed's content — already the article body, without page furniture — is
    only stripped of its markup."""
    if "<" not in fragment and "&" not in fragment:
        paragraphs = fragment.split("\n\n")
    else:
        p = _TextOfHtml()
        p.feed(fragment)
        p.close()
        paragraphs = "".join(p.parts).split("\n\n")
    out = (_SPACES.sub(" ", " ".join(line.strip() for line in para.splitlines())).strip() for para in paragraphs)
    return "\n\n".join(x for x in out if x)


def _entry_text(entry: dict) -> str:
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    detail = entry.get("summary_detail") or {}
    if not candidates and (entry.get("summary") or "").strip():
        candidates = [{"value": entry["summary"], "type": detail.get("type", "text/html")}]
    texts = [html_to_text(c["value"]) if "html" in (c.get("type") or "text/html") else c["value"].strip()
             for c in candidates]
    return max(texts, key=len, default="")


def _entry_date(entry: dict, field: str) -> tuple[datetime | None, str | None]:
    """(date-time, None), or (None, the raw value) when a value is present but unreadable.

    The wall-clock time the feed printed is kept (the zone dropped), as for every
    other input; feedparser's own parse (converted to UTC) is the fallback."""
    raw = entry.get(field)
    if raw in (None, ""):
        return None, None
    try:  # RSS's RFC 822 dates, in microseconds; the general parser (dateparser) takes milliseconds
        dt = parsedate_to_datetime(raw).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        dt = parse_datetime(raw)
    if dt is None and entry.get(f"{field}_parsed"):
        dt = datetime(*entry[f"{field}_parsed"][:6])
    return (dt, None) if dt is not None else (None, str(raw))


def _entry(where: str, entry: dict, kind: str, source: str | None, language: str | None) -> Article | Rejection:
    from .readers import _article  # noqa: PLC0415 - readers imports this module lazily

    text = _entry_text(entry)
    if not text:
        what = "a title but no" if (entry.get("title") or "").strip() else "no"
        return Rejection(where, RejectReason.MISSING_TEXT, f"feed entry has {what} summary or content")
    dates = {}
    for field in ("published", "updated"):
        dt, bad = _entry_date(entry, field)
        if bad is not None:
            return Rejection(where, RejectReason.BAD_DATE, f"{field} value {bad[:60]!r} is not a date")
        dates[field] = dt
    published, updated = dates["published"], dates["updated"]
    if published is None:  # Atom requires <updated> and makes <published> optional
        published, updated = updated, None
    if updated is not None and published is not None and updated <= published:
        updated = None
    title = html_to_text(entry.get("title") or "") or None
    lang = (entry.get("summary_detail") or {}).get("language") or language
    return _article(where, kind, text, title=title, published=published, updated=updated, source=source,
                    url=(entry.get("link") or "").strip() or None, language=lang)


def _ascii(data: bytes) -> str:
    """Bytes as text good enough to find tags in (NULs dropped: UTF-16 markup reads as ASCII)."""
    return data.replace(b"\x00", b"").decode("latin-1")


def _last_entry_open(text: str) -> bool:
    """True when the document's last ``<item>``/``<entry>`` is never closed."""
    tags = [m.group(0) for m in _ENTRY_TAG.finditer(text)]
    return bool(tags) and not tags[-1].startswith("</")


def _error_text(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    msg = getattr(exc, "getMessage", lambda: str(exc))()
    line = getattr(exc, "getLineNumber", lambda: None)()
    return f"{msg} at line {line}" if line else str(msg)


def read_feed(origin: str, data: bytes) -> Iterator[Article | Rejection]:
    """Articles from an RSS or Atom document (bytes), one per entry, in feed order."""
    import feedparser  # noqa: PLC0415 - only when a feed is met

    # a stream, never the bytes themselves: feedparser would take bytes that look like a path for a file name
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    feed = parsed.get("feed") or {}
    source = html_to_text(feed.get("title") or "") or None
    language = feed.get("language") or None
    entries = parsed.get("entries") or []
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries:
        if error is not None and not isinstance(error, (feedparser.CharacterEncodingOverride,
                                                        feedparser.NonXMLContentType)):
            yield Rejection(origin, RejectReason.MALFORMED, f"not a readable RSS/Atom feed: {_error_text(error)}")
        else:
            yield Rejection(origin, RejectReason.EMPTY, "feed has no entries")
        return
    cut = not _CLOSING_ROOT.search(_ascii(data[-512:]))
    cut_inside = cut and _last_entry_open(_ascii(data))
    kept = 0
    for n, entry in enumerate(entries, 1):
        where = f"{origin}#entry{n}"
        if cut_inside and n == len(entries):  # what was read of it may be a teaser without its content
            yield Rejection(where, RejectReason.TRUNCATED, "the feed is cut inside this entry")
            continue
        item = _entry(where, entry, kind, source, language)
        kept += isinstance(item, Article)
        yield item
    if cut:
        yield Rejection(origin, RejectReason.TRUNCATED,
                        f"feed ends before its closing root tag (file cut short?): {kept} of the "
                        f"{len(entries)} entries read before the cut were kept, any after it are lost")
