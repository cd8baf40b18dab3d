"""Readers: paths in, a stream of :class:`Article` or :class:`Rejection` out.

Every input either becomes an article or a rejection with a typed reason;
a reader never raises for bad input and never stops the stream.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import IO
from pathlib import Path

from ..errors import ConfigError, RejectReason
from ..models import Article, Rejection, content_id
from .dates import parse_datetime
from .text import parse_text_article

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
TABLE_EXT = {".jsonl", ".ndjson", ".csv"}
FEED_EXT = {".rss", ".atom", ".xml"}  # .xml only when its root element is a feed's (sniffed)
WARC_EXT = {".warc"}
SUPPORTED = TEXT_EXT | HTML_EXT | TABLE_EXT | FEED_EXT | WARC_EXT

#: Article fields a column mapping may name, and the default column for each.
MAPPABLE = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publication_date", "pubdate"),
    "updated": ("updated", "modified"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher"),
    "language": ("language", "lang"),
}

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"BZh", b"\xfd7zXZ")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def parse_columns(spec: str | None) -> dict[str, str]:
    """``"text=body,title=headline"`` → ``{"text": "body", "title": "headline"}``."""
    if not spec:
        return {}
    out: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ConfigError(f"column mapping item {part!r} is not FIELD=COLUMN", code="RW110")
        field, col = (x.strip() for x in part.split("=", 1))
        if field not in MAPPABLE:
            raise ConfigError(
                f"unknown article field {field!r} in column mapping; valid: {', '.join(MAPPABLE)}", code="RW111")
        out[field] = col
    return out


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejection]:
    """Expand directories recursively, in a stable (sorted) order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield Path(root) / name
        elif path.exists():
            yield path
        else:
            yield Rejection(str(path), RejectReason.UNREADABLE, "no such file or directory")


def _format_of(path: Path) -> tuple[str | None, bool]:
    """(format, gzipped) from the file name."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    ext = suffixes[-2] if gz and len(suffixes) > 1 else (suffixes[-1] if suffixes and not gz else "")
    if ext in TEXT_EXT:
        return "txt", gz
    if ext in HTML_EXT:
        return "html", gz
    if ext in (".jsonl", ".ndjson"):
        return "jsonl", gz
    if ext == ".csv":
        return "csv", gz
    if ext in FEED_EXT:
        return ("xml" if ext == ".xml" else "feed"), gz
    if ext in WARC_EXT:
        return "warc", gz
    return None, gz


def _read_bytes(path: Path, gz: bool, max_bytes: int) -> bytes | Rejection:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(origin, RejectReason.TOO_LARGE, f"{size} bytes is over the {max_bytes}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(origin, RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")
    if gz or data[:2] == b"\x1f\x8b":
        try:
            # decompress in bounded steps so a zip bomb cannot exhaust memory
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = d.decompress(data, max_bytes + 1)
            if len(out) > max_bytes:
                return Rejection(origin, RejectReason.TOO_LARGE, f"decompresses to over {max_bytes} bytes")
            if not d.eof:
                return Rejection(origin, RejectReason.TRUNCATED,
                                 "gzip stream ends before its end marker (file truncated?)")
            data = out
        except zlib.error as exc:
            return Rejection(origin, RejectReason.TRUNCATED, f"corrupt gzip data: {exc}")
    return data


def _decode(origin: str, data: bytes, html: bool = False) -> str | Rejection:
    head = data[:8192]
    if any(head.startswith(m) for m in _BINARY_MAGIC) or b"\x00" in head:
        return Rejection(origin, RejectReason.BINARY, "binary content (NUL bytes or a non-text file signature)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if html:
            m = _CHARSET.search(head)
            if m:
                try:
                    return data.decode(m.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
        return Rejection(origin, RejectReason.ENCODING,
                         f"not valid UTF-8 at byte {exc.start} ({exc.reason})")


def _open_binary(path: Path, gzipped: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if gzipped else open(path, "rb")  # noqa: SIM115 - the caller closes


def _table_stream(path: Path, gz: bool, max_bytes: int, newline: str | None) -> IO[str] | Rejection:
    """A JSONL or CSV file as a text stream read line by line, so that memory holds a line,
    not the file. One streamed pass first rejects the file as reading it whole would
    (:func:`_read_bytes`, :func:`_decode`): too large, corrupt or truncated gzip, empty,
    binary, not UTF-8 — nothing is yielded from a file that is then rejected whole."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(origin, RejectReason.TOO_LARGE, f"{size} bytes is over the {max_bytes}-byte limit")
        with open(path, "rb") as f:
            gzipped = gz or f.read(2) == b"\x1f\x8b"
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        total, head, blank, bad = 0, b"", True, None
        with _open_binary(path, gzipped) as f:
            while chunk := f.read(1 << 20):
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                if gzipped and total + len(chunk) > max_bytes:
                    return Rejection(origin, RejectReason.TOO_LARGE, f"decompresses to over {max_bytes} bytes")
                blank = blank and not chunk.strip()
                if bad is None:
                    pending = len(decoder.getstate()[0])
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError as exc:
                        bad = (total - pending + exc.start, exc.reason)
                total += len(chunk)
            if bad is None:
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError as exc:
                    bad = (total - len(decoder.getstate()[0]) + exc.start, exc.reason)
    except EOFError:
        return Rejection(origin, RejectReason.TRUNCATED, "gzip stream ends before its end marker (file truncated?)")
    except (gzip.BadGzipFile, zlib.error) as exc:
        return Rejection(origin, RejectReason.TRUNCATED, f"corrupt gzip data: {exc}")
    except OSError as exc:
        return Rejection(origin, RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")
    if blank:
        return Rejection(origin, RejectReason.EMPTY, "file is empty")
    if any(head.startswith(m) for m in _BINARY_MAGIC) or b"\x00" in head:
        return Rejection(origin, RejectReason.BINARY, "binary content (NUL bytes or a non-text file signature)")
    if bad is not None:
        return Rejection(origin, RejectReason.ENCODING, f"not valid UTF-8 at byte {bad[0]} ({bad[1]})")
    return io.TextIOWrapper(_open_binary(path, gzipped), encoding="utf-8-sig", newline=newline)


def _article(origin: str, fmt: str, text: str, **meta) -> Article | Rejection:
    text = text.strip()
    if not text:
        return Rejection(origin, RejectReason.EMPTY, "no article text after removing page furniture")
    return Article(id=content_id(text), text=text, origin=origin, format=fmt, **meta)


def read_text(origin: str, raw: str) -> Article | Rejection:
    if not raw.strip():
        return Rejection(origin, RejectReason.EMPTY, "file is empty")
    p = parse_text_article(raw)
    return _article(origin, "txt", p.text, title=p.title, published=p.published, updated=p.updated,
                    source=p.source, url=p.url, language=p.language)


def read_html(origin: str, raw: str) -> Article | Rejection:
    if not raw.strip():
        return Rejection(origin, RejectReason.EMPTY, "file is empty")
    import trafilatura  # noqa: PLC0415 - heavy, only when HTML is met
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many types on broken markup
        return Rejection(origin, RejectReason.MALFORMED, f"HTML could not be parsed: {exc}")
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        return Rejection(origin, RejectReason.NO_CONTENT, "no main text found in the HTML page")
    published = updated = None
    try:
        pub = find_date(raw, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S")
        upd = find_date(raw, original_date=False, outputformat="%Y-%m-%dT%H:%M:%S")
        published = parse_datetime(pub)
        updated = parse_datetime(upd)
    except Exception:  # htmldate is best effort; a missing date is not a rejection
        published = parse_datetime(getattr(doc, "date", None))
    if updated is not None and published is not None and updated <= published:
        updated = None if updated == published else updated
    text = "\n\n".join(p.strip() for p in doc.text.split("\n") if p.strip())
    return _article(origin, "html", text, title=doc.title, published=published, updated=updated,
                    source=getattr(doc, "sitename", None), url=getattr(doc, "url", None),
                    language=getattr(doc, "language", None))


def _pick(record: dict, field: str, mapping: dict[str, str]) -> object:
    if field in mapping:
        return record.get(mapping[field])
    for col in MAPPABLE[field]:
        if col in record:
            return record[col]
    return None


def _from_record(origin: str, fmt: str, record: dict, mapping: dict[str, str]) -> Article | Rejection:
    text = _pick(record, "text", mapping)
    if text is None or (isinstance(text, str) and not text.strip()):
        col = mapping.get("text", "/".join(MAPPABLE["text"]))
        return Rejection(origin, RejectReason.MISSING_TEXT, f"no text in column {col!r}")
    if not isinstance(text, str):
        return Rejection(origin, RejectReason.MALFORMED, f"text column holds a {type(text).__name__}, not a string")
    dates = {}
    for field in ("date", "updated"):
        v = _pick(record, field, mapping)
        if v in (None, ""):
            dates[field] = None
            continue
        dt = parse_datetime(str(v))
        if dt is None:
            return Rejection(origin, RejectReason.BAD_DATE, f"{field} value {str(v)[:60]!r} is not a date")
        dates[field] = dt

    def s(field: str) -> str | None:
        v = _pick(record, field, mapping)
        return str(v).strip() if v not in (None, "") else None

    return _article(origin, fmt, text, title=s("title"), published=dates["date"], updated=dates["updated"],
                    url=s("url"), source=s("source"), language=s("language"))


def read_jsonl(origin: str, raw: str | Iterable[str], mapping: dict[str, str]) -> Iterator[Article | Rejection]:
    """Records of a JSONL text (a string, or lines read lazily from a stream)."""
    seen = False
    for n, line in enumerate(raw.splitlines() if isinstance(raw, str) else raw, 1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}#L{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, RejectReason.MALFORMED, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Rejection(where, RejectReason.MALFORMED, f"a JSON {type(record).__name__}, not an object")
            continue
        yield _from_record(where, "jsonl", record, mapping)
    if not seen:
        yield Rejection(origin, RejectReason.EMPTY, "file has no records")


def read_csv(origin: str, raw: str | IO[str], mapping: dict[str, str]) -> Iterator[Article | Rejection]:
    """Rows of a CSV text (a string, or a stream opened with ``newline=""``)."""
    try:
        reader = csv.DictReader(io.StringIO(raw, newline="") if isinstance(raw, str) else raw)
        fields = reader.fieldnames
    except csv.Error as exc:
        yield Rejection(origin, RejectReason.MALFORMED, f"CSV header cannot be read: {exc}")
        return
    if not fields:
        yield Rejection(origin, RejectReason.EMPTY, "CSV file has no header row")
        return
    text_col = mapping.get("text") or next((c for c in MAPPABLE["text"] if c in fields), None)
    if text_col is None or text_col not in fields:
        yield Rejection(origin, RejectReason.MISSING_TEXT,
                        f"no text column {text_col or 'text'!r} in header {fields}; map one with --columns text=COLUMN")
        return
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            n += 1
            yield Rejection(f"{origin}#row{n}", RejectReason.MALFORMED, f"CSV row cannot be parsed: {exc}")
            continue
        n += 1
        if None in row:  # more cells than header columns
            yield Rejection(f"{origin}#row{n}", RejectReason.MALFORMED,
                            f"row has {len(fields) + len(row[None])} cells, header has {len(fields)}")
            continue
        yield _from_record(f"{origin}#row{n}", "csv", row, mapping)
    if n == 0:
        yield Rejection(origin, RejectReason.EMPTY, "CSV file has a header but no rows")


def read_path(path: Path, mapping: dict[str, str] | None = None,
              max_bytes: int = 50_000_000) -> Iterator[Article | Rejection]:
    """Read one file (any supported format, optionally gzipped)."""
    origin = str(path)
    fmt, gz = _format_of(path)
    if fmt is None:
        yield Rejection(origin, RejectReason.UNSUPPORTED,
                        f"unsupported file type {''.join(path.suffixes) or '(none)'}; "
                        f"riftwatch reads {', '.join(sorted(SUPPORTED))} (optionally .gz)")
        return
    if fmt == "warc":  # streamed record by record; max_bytes bounds each record
        from .warc import read_warc_file

        yield from read_warc_file(path, max_bytes)
        return
    if fmt in ("jsonl", "csv"):  # streamed line by line: memory does not grow with the file
        stream = _table_stream(path, gz, max_bytes, None if fmt == "jsonl" else "")
        if isinstance(stream, Rejection):
            yield stream
            return
        with stream:
            yield from (read_jsonl if fmt == "jsonl" else read_csv)(origin, stream, mapping or {})
        return
    data = _read_bytes(path, gz, max_bytes)
    if isinstance(data, Rejection):
        yield data
        return
    if not data.strip():
        yield Rejection(origin, RejectReason.EMPTY, "file is empty")
        return
    if fmt in ("feed", "xml"):
        from .feeds import feed_kind, read_feed, root_element

        if fmt == "xml" and feed_kind(data) is None:  # a .xml file is read only if it is a feed
            root = root_element(data)
            why = f"its root element is <{root}>" if root else "it does not start like XML"
            yield Rejection(origin, RejectReason.UNSUPPORTED, f"XML that is not an RSS or Atom feed ({why})")
            return
        yield from read_feed(origin, data)
        return
    raw = _decode(origin, data, html=fmt == "html")
    if isinstance(raw, Rejection):
        yield raw
        return
    if fmt == "txt":
        yield read_text(origin, raw)
    else:
        yield read_html(origin, raw)


def read_inputs(paths: Iterable[str | os.PathLike[str]], columns: str | dict[str, str] | None = None,
                max_bytes: int = 50_000_000) -> Iterator[Article | Rejection]:
    """Stream articles and rejections from files and directories (recursively)."""
    mapping = parse_columns(columns) if isinstance(columns, str) or columns is None else dict(columns)
    for item in iter_files(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        yield from read_path(item, mapping, max_bytes)

