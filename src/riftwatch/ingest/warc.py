"""WARC archives (``.warc``, ``.warc.gz``): one article per archived page.

The archive is streamed record by record with ``warcio`` (never read whole, so
``max_bytes`` bounds each record's payload, not the archive). A ``response`` (or
``resource``) record whose payload is HTML or plain text and whose HTTP status
is 2xx becomes an article through the same readers as ``.html``/``.txt``
files; its URL is the record's ``WARC-Target-URI``, its date the page's own
(htmldate) or else the ``WARC-Date`` of the capture, its origin
``ARCHIVE#recordN``.

Every other record — requests, metadata, warcinfo, revisits, images, scripts,
redirects and error pages — is *skipped*, not rejected: an archive of one
crawled page holds a dozen such records, none of them an article that failed.
Skipped records are counted by kind in a :class:`WarcSummary` (see
:func:`collect_summaries`; ``riftwatch watch`` prints them). An archive that
ends early or turns corrupt keeps the records read before the damage and
reports the rest as one ``truncated`` rejection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from ..errors import RejectReason
from ..models import Article, Rejection
from .dates import parse_datetime

#: payload media types that hold an article, and the reader each goes through
ARTICLE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)


@dataclass
class WarcSummary:
    """What one archive held: records read, articles and rejections made, records skipped by kind."""

    origin: str
    records: int = 0
    articles: int = 0
    rejected: int = 0
    skipped: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict:
        return {"origin": self.origin, "records": self.records, "articles": self.articles,
                "rejected": self.rejected, "skipped": dict(sorted(self.skipped.items()))}


_collectors: list[list[WarcSummary]] = []


@contextmanager
def collect_summaries() -> Iterator[list[WarcSummary]]:
    """Collect the :class:`WarcSummary` of every archive read inside the block
    (archives are read in the calling process, whatever the coding workers)::

        with collect_summaries() as warcs:
            riftwatch.ingest(["crawl.warc.gz"])
        skipped = sum((w.skipped for w in warcs), Counter())
    """
    got: list[WarcSummary] = []
    _collectors.append(got)
    try:
        yield got
    finally:
        _collectors.remove(got)


def _iterator(stream: BinaryIO):
    from warcio.archiveiterator import WARCIterator  # noqa: PLC0415 - only when an archive is met

    class _Iter(WARCIterator):
        """Remembers whether the last gzip member ended (warcio stops quietly on a cut one)."""

        complete = True

        def close(self) -> None:
            d = getattr(self.reader, "decompressor", None)
            if d is not None and not getattr(d, "eof", True):
                self.complete = False
            super().close()

    return _Iter(stream)


def _drain(rec) -> bool:
    """Read the rest of a record; False when the archive ends before the record does."""
    while rec.raw_stream.read(65536):
        pass
    return not getattr(rec.raw_stream, "limit", 0)


def _skip_kind(rec) -> tuple[str | None, str | None]:
    """(None, media type) for a record that holds an article, else (the kind skipped, None)."""
    if rec.rec_type not in ("response", "resource"):
        return rec.rec_type or "unknown", None
    headers = rec.http_headers if rec.rec_type == "response" else rec.rec_headers
    if headers is None:
        return f"{rec.rec_type} without HTTP headers", None
    if rec.rec_type == "response":
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return f"response status {status or '?'}", None
    ctype = headers.get_header("Content-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()
    if mime not in ARTICLE_TYPES:
        return f"{rec.rec_type} {mime or 'without a content type'}", None
    return None, ctype


def _page(where: str, rec, ctype: str, max_bytes: int) -> Article | Rejection:
    from .readers import _decode, read_html, read_text  # noqa: PLC0415 - readers imports this module lazily

    data = rec.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return Rejection(where, RejectReason.TOO_LARGE, f"page is over the {max_bytes}-byte limit")
    if not data.strip():
        return Rejection(where, RejectReason.EMPTY, "archived page has an empty body")
    fmt = ARTICLE_TYPES[ctype.split(";", 1)[0].strip().lower()]
    raw: str | Rejection | None = None
    m = _CHARSET.search(ctype)
    if m:
        try:
            raw = data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            raw = None
    if raw is None:
        raw = _decode(where, data, html=fmt == "html")
    if isinstance(raw, Rejection):
        return raw
    item = read_html(where, raw) if fmt == "html" else read_text(where, raw)
    if isinstance(item, Rejection):
        return item
    uri = (rec.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ") or None
    captured = parse_datetime(rec.rec_headers.get_header("WARC-Date"))
    host = urlsplit(uri).hostname if uri else None
    return replace(item, format="warc", url=uri or item.url, published=item.published or captured,
                   source=item.source or host)


def read_warc(origin: str, stream: BinaryIO, max_bytes: int = 50_000_000) -> Iterator[Article | Rejection]:
    """Articles from a WARC stream (gzipped per record or not), in archive order."""
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415

    summary = WarcSummary(origin)
    it = _iterator(stream)
    damage: str | None = None
    try:
        while True:
            try:
                rec = next(it)
            except StopIteration:
                break
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                msg = " ".join(str(exc).split())
                if "non-chunked gzip" in msg:
                    msg = ("the archive is one gzip stream, not one gzip member per record "
                           "(recompress it with `warcio recompress IN OUT`)")
                damage = msg or type(exc).__name__
                break
            summary.records += 1
            where = f"{origin}#record{summary.records}"
            kind, ctype = _skip_kind(rec)
            if kind is not None:
                summary.skipped[kind] += 1
                item = None
            else:
                item = _page(where, rec, ctype, max_bytes)
            if not _drain(rec):
                damage = f"record {summary.records} is cut short"
                if item is not None:
                    item = Rejection(where, RejectReason.TRUNCATED, "archive ends inside this page's record")
            if isinstance(item, Article):
                summary.articles += 1
            elif item is not None:
                summary.rejected += 1
            if item is not None:
                yield item
            if damage:
                break
        if damage is None and not it.complete and summary.records:
            damage = "the last gzip member has no end marker"
        if damage is not None:
            if summary.records == 0:
                yield Rejection(origin, RejectReason.MALFORMED, f"not a WARC archive: {damage}")
            else:
                yield Rejection(origin, RejectReason.TRUNCATED,
                                f"archive damaged or cut short after {summary.records} record(s) ({damage}); "
                                f"the records before it were kept, any after it are lost")
        elif summary.records == 0:
            yield Rejection(origin, RejectReason.EMPTY, "archive has no records")
    finally:
        for got in _collectors:
            got.append(summary)


def read_warc_file(path: Path, max_bytes: int = 50_000_000) -> Iterator[Article | Rejection]:
    """:func:`read_warc` over a file, opened here and closed when the stream ends."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejection(str(path), RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from read_warc(str(path), fh, max_bytes)
