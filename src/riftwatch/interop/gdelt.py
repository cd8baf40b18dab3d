"""GDELT 2.0 event exports in and out.

Import: :func:`read_gdelt` streams the rows of an export file — the official 61
tab-separated columns without a header, plain, ``.zip`` (one CSV inside) or gzip, or
the comma-separated variant with a header row (and possibly extra columns such as a
``CAMEOCodeDescription``), told apart by the first line. :func:`to_event` turns a row
into a riftwatch :class:`~riftwatch.models.Event` or a typed
:class:`~riftwatch.models.Rejection`; :func:`import_gdelt` writes them in batches
through :meth:`Store.write_events <riftwatch.store.Store.write_events>`. Every row
is stored, a duplicate, or rejected with a reason: nothing is dropped silently.

Export: :func:`export_events` streams stored events, in chunks, as GDELT rows, Parquet,
JSONL or CSV.

Codes are strings throughout: event codes keep their leading zeros ("010", "0871"),
and so do actor and country codes. Nothing here parses them as integers.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, RejectReason
from ..models import Event, Rejection

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# columns a header variant must have for its rows to become events
REQUIRED = ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code",
            "Actor2Name", "Actor2CountryCode", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "SOURCEURL")
DESCRIPTION_COLUMNS = ("CAMEOCodeDescription", "description", "Description", "EventDescription")

EXPORT_FORMATS = ("gdelt", "parquet", "jsonl", "csv", "plover")
EXPORT_COLUMNS = ("id", "event_date", "source", "source_country", "source_name", "target", "target_country",
                  "target_name", "code", "root", "quad_class", "goldstein", "status", "confidence", "rule",
                  "origin", "url", "article_id", "sentence", "sentence_index", "sent_start", "sent_end", "trigger",
                  "event_key", "location_name", "location_country", "location_lat", "location_lon", "location_kind",
                  "location_source")

ORIGIN = "gdelt"
ID_PREFIX = "gdelt:"


@dataclass(frozen=True, slots=True)
class GdeltRow:
    """One data row of an export: its fields by GDELT column name, and where it came from."""

    origin: str  # "<file>#L<line>"
    line: int
    fields: dict[str, str]
    description: str = ""  # the header variant's description column, when it has one


# ---------------------------------------------------------------------------------- reading
def _utf8(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate left by errors="surrogateescape"
        return False
    return True


def _members(path: Path, stack: ExitStack) -> list[tuple[str, IO[bytes]]]:
    """The binary stream(s) of a file: itself, the gunzipped stream, or each file in a zip."""
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic[:2] == b"\x1f\x8b":
        return [(str(path), stack.enter_context(gzip.open(path, "rb")))]
    if magic == b"PK\x03\x04" or (path.suffix.lower() == ".zip" and magic[:2] == b"PK"):
        zf = stack.enter_context(zipfile.ZipFile(path))
        infos = [i for i in zf.infolist() if not i.is_dir()]
        one = len(infos) == 1
        return [(str(path) if one else f"{path}!{i.filename}", stack.enter_context(zf.open(i))) for i in infos]
    return [(str(path), stack.enter_context(path.open("rb")))]


def read_gdelt(path: str | Path) -> Iterator[GdeltRow | Rejection]:
    """Stream the rows of one GDELT 2.0 events export: a :class:`GdeltRow` per readable row,
    a :class:`Rejection` (origin ``<file>#L<line>``) for every row or file that is not.

    Tab-separated 61 columns without a header, or comma/tab-separated with a header line
    starting ``GLOBALEVENTID``; plain, gzip or zip. Rows with the wrong number of columns,
    or that are not UTF-8, are rejected here; field checks are :func:`to_event`'s.
    """
    p = Path(path)
    with ExitStack() as stack:
        try:
            members = _members(p, stack)
        except (OSError, zipfile.BadZipFile, zlib.error) as exc:
            reason = RejectReason.UNREADABLE if isinstance(exc, OSError) else RejectReason.TRUNCATED
            yield Rejection(str(p), reason, f"cannot open {p}: {exc}")
            return
        if not members:
            yield Rejection(str(p), RejectReason.EMPTY, f"{p}: the zip archive holds no file")
            return
        for name, raw in members:
            yield from _read_stream(name, raw)


def _read_stream(name: str, raw: IO[bytes]) -> Iterator[GdeltRow | Rejection]:
    with io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="") as text:
        yield from _read_text(name, text)


def _read_text(name: str, text: IO[str]) -> Iterator[GdeltRow | Rejection]:
    line = 0
    try:
        first = text.readline()
        if not first:
            yield Rejection(name, RejectReason.EMPTY, f"{name}: empty file")
            return
        if first.lstrip("\ufeff").upper().startswith("GLOBALEVENTID"):
            yield from _read_header_variant(name, first.lstrip("\ufeff"), text)
            return
        # the official export: tab-separated, no header, no quoting
        for line, raw_line in enumerate(_chain(first, text), 1):
            yield _tsv_row(name, line, raw_line.rstrip("\r\n"))
    except (EOFError, OSError, zlib.error, zipfile.BadZipFile) as exc:
        yield Rejection(f"{name}#L{line + 1}", RejectReason.TRUNCATED,
                        f"{name}: the compressed stream ends or breaks after line {line}: {exc}")


def _chain(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def _tsv_row(name: str, line: int, s: str) -> GdeltRow | Rejection:
    origin = f"{name}#L{line}"
    if not _utf8(s):
        return Rejection(origin, RejectReason.ENCODING, f"line {line}: not valid UTF-8")
    if not s.strip():
        return Rejection(origin, RejectReason.EMPTY, f"line {line}: blank line")
    cells = s.split("\t")
    if len(cells) != len(GDELT_COLUMNS):
        return Rejection(origin, RejectReason.MALFORMED,
                         f"line {line}: {len(cells)} tab-separated columns, expected {len(GDELT_COLUMNS)}")
    return GdeltRow(origin, line, dict(zip(GDELT_COLUMNS, cells)))


def _read_header_variant(name: str, header_line: str, text: IO[str]) -> Iterator[GdeltRow | Rejection]:
    delim = "\t" if "\t" in header_line else ","
    header = next(csv.reader([header_line], delimiter=delim))
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED if c not in header]
    desc_col = next((c for c in DESCRIPTION_COLUMNS if c in header), None)
    reader = csv.reader(text, delimiter=delim)
    reader_line = 1  # physical lines consumed so far (the header)
    while True:
        line = reader_line + 1  # a row starts on the line after the previous one ended
        origin = f"{name}#L{line}"
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reader_line = 1 + reader.line_num
            yield Rejection(origin, RejectReason.MALFORMED, f"line {line}: {exc}")
            continue
        reader_line = 1 + reader.line_num
        if missing:
            yield Rejection(origin, RejectReason.MALFORMED,
                            f"line {line}: the header lacks column(s) {', '.join(missing)}")
            continue
        if not any(c.strip() for c in cells):
            yield Rejection(origin, RejectReason.EMPTY, f"line {line}: blank line")
            continue
        if not all(_utf8(c) for c in cells):
            yield Rejection(origin, RejectReason.ENCODING, f"line {line}: not valid UTF-8")
            continue
        if len(cells) != len(header):
            yield Rejection(origin, RejectReason.MALFORMED,
                            f"line {line}: {len(cells)} columns, the header has {len(header)}")
            continue
        rec = dict(zip(header, cells))
        fields = {c: rec.get(c, "") for c in GDELT_COLUMNS}
        yield GdeltRow(origin, line, fields, (rec.get(desc_col) or "").strip() if desc_col else "")


# ------------------------------------------------------------------------------- converting
def to_event(row: GdeltRow) -> Event | Rejection:
    """The riftwatch event for one GDELT row, or why it cannot be one."""
    from ..coding.ontology import cameo_codes

    f, line = row.fields, row.line

    def bad(reason: RejectReason, msg: str) -> Rejection:
        return Rejection(row.origin, reason, f"line {line}: {msg}")

    gid = f["GLOBALEVENTID"].strip()
    if not gid.isdigit():
        return bad(RejectReason.MALFORMED, f"GLOBALEVENTID {gid!r} is not a number")
    sqldate = f["SQLDATE"].strip()
    try:
        if len(sqldate) != 8 or not sqldate.isdigit():
            raise ValueError
        day = date(int(sqldate[:4]), int(sqldate[4:6]), int(sqldate[6:]))
    except ValueError:
        return bad(RejectReason.BAD_DATE, f"SQLDATE {sqldate!r} is not a YYYYMMDD date")
    code = f["EventCode"].strip()
    if not code:
        return bad(RejectReason.MALFORMED, "empty EventCode")
    known = cameo_codes().get(code)
    if known is None:
        return bad(RejectReason.MALFORMED, f"unknown CAMEO EventCode {code!r}")
    root = f["EventRootCode"].strip() or known.root
    if root != known.root:
        return bad(RejectReason.MALFORMED, f"EventRootCode {root!r} does not match EventCode {code!r}")
    qc = f["QuadClass"].strip()
    if not qc:
        quad = known.quad_class
    elif qc in ("1", "2", "3", "4"):
        quad = int(qc)
    else:
        return bad(RejectReason.MALFORMED, f"QuadClass {qc!r} is not 1-4")
    gs = f["GoldsteinScale"].strip()
    try:
        goldstein = float(gs)
        if not math.isfinite(goldstein) or not -10.0 <= goldstein <= 10.0:
            raise ValueError
    except ValueError:
        return bad(RejectReason.MALFORMED, f"GoldsteinScale {gs!r} is not a number from -10 to 10")

    def actor(n: int) -> tuple[str, str | None, str | None]:
        a = f[f"Actor{n}Code"].strip()
        return a, (f[f"Actor{n}CountryCode"].strip() or None), (f[f"Actor{n}Name"].strip() or None)

    src, src_country, src_name = actor(1)
    tgt, tgt_country, tgt_name = actor(2)
    eid = ID_PREFIX + gid
    url = f["SOURCEURL"].strip() or None
    return Event(
        article_id=eid, sentence_index=None, sentence=row.description, start=None, end=None,  # type: ignore[arg-type]
        trigger=None, trigger_start=None,  # type: ignore[arg-type]
        source=src, source_country=src_country, source_name=src_name,  # type: ignore[arg-type]
        target=tgt or None, target_country=tgt_country if tgt else None, target_name=tgt_name if tgt else None,
        code=code, root=root, quad_class=quad, goldstein=goldstein, status="asserted", rule="gdelt",
        confidence=1.0, event_date=day, record_id=eid, extras={"url": url, "origin": row.origin})


# ---------------------------------------------------------------------------------- import
@dataclass
class FileCounts:
    path: str
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "rejected": self.rejected, "rejected_by_reason": dict(sorted(self.by_reason.items()))}


@dataclass
class ImportReport:
    """What an import did. ``read == stored + duplicates + rejected`` (see :attr:`reconciles`)."""

    db: str
    run_id: int | None
    files: list[FileCounts] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)  # the first ``keep`` of them
    seconds: float = 0.0

    def _sum(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def read(self) -> int:
        return self._sum("read")

    @property
    def stored(self) -> int:
        return self._sum("stored")

    @property
    def duplicates(self) -> int:
        return self._sum("duplicates")

    @property
    def rejected(self) -> int:
        return self._sum("rejected")

    @property
    def by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files:
            for k, v in f.by_reason.items():
                out[k] = out.get(k, 0) + v
        return dict(sorted(out.items()))

    @property
    def reconciles(self) -> bool:
        return (self.read == self.stored + self.duplicates + self.rejected
                and self.rejected == sum(self.by_reason.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"db": self.db, "run_id": self.run_id, "read": self.read, "stored": self.stored,
                "duplicates": self.duplicates, "rejected": self.rejected, "rejected_by_reason": self.by_reason,
                "reconciles": self.reconciles, "seconds": round(self.seconds, 2),
                "files": [f.to_dict() for f in self.files],
                "rejections": [{"origin": r.origin, "reason": r.reason.value, "message": r.message}
                               for r in self.rejections]}


def import_gdelt(paths: Iterable[str | Path], store: Any, batch_size: int = 5000, keep: int = 50) -> ImportReport:
    """Import GDELT export files into ``store`` (a writable :class:`~riftwatch.store.Store`).

    Writes in transactions of ``batch_size`` rows through ``store.write_events``; events
    already stored are counted as duplicates and left alone, so a re-import adds nothing.
    Rejections go to the store's rejections table (origin ``<file>#L<line>``) and the
    first ``keep`` into the report.
    """
    import time

    from ..store import RunCounts

    t0 = time.perf_counter()
    paths = [str(p) for p in paths]
    for p in paths:
        if Path(p).is_dir():
            raise InputError(f"{p} is a directory; give GDELT export files", code="RW420")
    run_id = store.start_run(paths, "gdelt-import")
    report = ImportReport(db=store.path, run_id=run_id)
    for p in paths:
        fc = FileCounts(p)
        report.files.append(fc)
        events: list[Event] = []
        rejections: list[Rejection] = []

        def flush() -> None:
            stored, dup = store.write_events(events, ORIGIN, run_id, rejections)
            fc.stored += stored
            fc.duplicates += dup
            events.clear()
            rejections.clear()

        for item in read_gdelt(p):
            fc.read += 1
            if isinstance(item, GdeltRow):
                item = to_event(item)
            if isinstance(item, Rejection):
                rejections.append(item)
                fc.rejected += 1
                fc.by_reason[item.reason.value] = fc.by_reason.get(item.reason.value, 0) + 1
                if len(report.rejections) < keep:
                    report.rejections.append(item)
            else:
                events.append(item)
            if len(events) + len(rejections) >= batch_size:
                flush()
        flush()
    by_reason = report.by_reason
    store.finish_run(run_id, RunCounts(read=report.read, new=0, duplicate=report.duplicates,
                                       rejected=report.rejected, events=report.stored, by_reason=by_reason))
    report.seconds = time.perf_counter() - t0
    return report


# ---------------------------------------------------------------------------------- export
def gdelt_event_id(event_id: str) -> int:
    """A stable integer GLOBALEVENTID: the original for ``gdelt:<n>`` events; for riftwatch
    events the first 15 hex digits of their id (a 60-bit number), or of its SHA-256 when
    the id is not hexadecimal."""
    if event_id.startswith(ID_PREFIX) and event_id[len(ID_PREFIX):].isdigit():
        return int(event_id[len(ID_PREFIX):])
    h = event_id[:15]
    try:
        if len(h) == 15:
            return int(h, 16)
    except ValueError:
        pass
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _as_date(v: date | str | None, what: str) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise InputError(f"{what} must be a date YYYY-MM-DD, got {v!r}", code="RW421") from None


def _gdelt_line(r: dict[str, Any]) -> str:
    def s(v: Any) -> str:
        return "" if v is None else str(v)

    d: date | None = r["event_date"]
    out = dict.fromkeys(GDELT_COLUMNS, "")
    out["GLOBALEVENTID"] = str(gdelt_event_id(r["id"]))
    if d is not None:
        out["SQLDATE"] = d.strftime("%Y%m%d")
        out["MonthYear"] = d.strftime("%Y%m")
        out["Year"] = f"{d.year:04d}"
        out["FractionDate"] = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    for n, role in ((1, "source"), (2, "target")):
        code, country = s(r[role]), s(r[f"{role}_country"])
        out[f"Actor{n}Code"] = code
        out[f"Actor{n}Name"] = s(r[f"{role}_name"])
        out[f"Actor{n}CountryCode"] = country
        if country and code.startswith(country) and len(code) > len(country):
            types = [code[i:i + 3] for i in range(len(country), len(code), 3)][:3]
            for k, t in enumerate(types, 1):
                out[f"Actor{n}Type{k}Code"] = t
    code = s(r["code"])
    out["EventCode"] = code
    out["EventBaseCode"] = code[:3]
    out["EventRootCode"] = s(r["root"])
    out["QuadClass"] = s(r["quad_class"])
    out["GoldsteinScale"] = "" if r["goldstein"] is None else repr(float(r["goldstein"]))
    added = r.get("ingested_at")
    out["DATEADDED"] = added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else ""
    out["SOURCEURL"] = s(r["url"])
    if r.get("location_name"):  # GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world region
        us = r["location_country"] == "USA"
        kind = r["location_kind"]
        out["ActionGeo_Type"] = "1" if kind == "country" else ("3" if us else "4") if kind == "city" else \
            ("2" if us else "5")
        out["ActionGeo_FullName"] = s(r["location_name"])
        out["ActionGeo_CountryCode"] = fips_code(r["location_country"])
        out["ActionGeo_Lat"] = "" if r["location_lat"] is None else f"{r['location_lat']:.4f}"
        out["ActionGeo_Long"] = "" if r["location_lon"] is None else f"{r['location_lon']:.4f}"
    # tabs or newlines inside a field would break the format
    return "\t".join(v.replace("\t", " ").replace("\r", " ").replace("\n", " ") for v in out.values()) + "\n"


def fips_code(iso3: str | None) -> str:
    """GDELT writes countries as FIPS 10-4 codes (South Korea: KS); '' when unknown."""
    from ..geo.gazetteer import fips_codes

    return fips_codes().get(iso3 or "", "")


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _plover_actor(code: str | None, country: str | None, name: str | None) -> dict[str, Any] | None:
    if not code:
        return None
    sector = code[3:] if country and len(code) > 3 else None
    return {"code": country or code, "sector": sector, "actor": code, "actorText": name}


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER-style record. The type, mode and context come from the
    CAMEO→PLOVER crosswalk in the code table; CAMEO codes PLOVER drops (statements,
    appeals: 01x, 02x) are marked ``"dropped": true`` with no event type, not given one."""
    from ..coding.ontology import cameo_codes

    info = cameo_codes().get(r["code"])
    dropped = info is None or info.plover_type in (None, "dropped")
    return {
        "id": r["id"], "date": _jsonable(r["event_date"]),
        "source": [a for a in [_plover_actor(r["source"], r["source_country"], r["source_name"])] if a],
        "target": [a for a in [_plover_actor(r["target"], r["target_country"], r["target_name"])] if a],
        "event": None if dropped else info.plover_type,
        "mode": None if dropped else info.plover_mode,
        "context": None if dropped else info.plover_context,
        "dropped": dropped, "cameo": r["code"], "goldstein": r["goldstein"], "status": r["status"],
        "text": r["sentence"], "url": r["url"], "origin": r["origin"],
        "location": None if not r.get("location_name") else {
            "name": r["location_name"], "country": r["location_country"], "lat": r["location_lat"],
            "lon": r["location_lon"], "kind": r["location_kind"], "source": r["location_source"]},
    }


def export_events(store: Any, fmt: str, out: str | Path | IO[Any] | None = None,
                  since: date | str | None = None, until: date | str | None = None,
                  status: str | None = "asserted", chunk_size: int = 10_000) -> int:
    """Write stored events to ``out`` (a path, or an open stream; stdout when None) as
    ``gdelt`` (61 tab-separated columns in GDELT order), ``parquet`` (needs a path or a
    binary stream), ``jsonl``, ``csv`` or ``plover`` (PLOVER-style JSON lines). Streams ``chunk_size`` rows at a time. Returns the
    number of events written."""
    from ..store.db import status_and_code

    if fmt not in EXPORT_FORMATS:
        raise InputError(f"export format must be one of {', '.join(EXPORT_FORMATS)}, got {fmt!r}", code="RW422")
    where, params = ["TRUE"], []
    for op, v in ((">=", _as_date(since, "--since")), ("<=", _as_date(until, "--until"))):
        if v is not None:
            where.append(f"e.event_date {op} ?")
            params.append(v)
    status_and_code(status, None, where, params)
    cols = [f"e.{c}" for c in EXPORT_COLUMNS if c != "url"] + ["coalesce(e.url, a.url) AS url"]
    if fmt == "gdelt":
        cols.append("a.ingested_at")
    sql = (f"SELECT {', '.join(cols)} FROM events e LEFT JOIN articles a ON a.id = e.article_id "  # noqa: S608
           f"WHERE {' AND '.join(where)} ORDER BY e.event_date NULLS LAST, e.id")
    cur = store.con.cursor()  # its own cursor: rows stream in Arrow batches of chunk_size
    try:
        if fmt == "parquet":
            if out is None or out is sys.stdout:
                raise InputError("parquet export needs an output file (--out FILE.parquet)", code="RW423")
            return _write_parquet(cur.sql(sql, params=params).to_arrow_reader(chunk_size), out)
        reader = cur.sql(sql, params=params).to_arrow_reader(chunk_size)
        with ExitStack() as stack:
            if out is None:
                fh: IO[str] = sys.stdout
            elif isinstance(out, (str, Path)):
                fh = stack.enter_context(open(out, "w", encoding="utf-8", newline=""))
            else:
                fh = out
            writer = None
            if fmt == "csv":
                writer = csv.writer(fh, lineterminator="\n")
                writer.writerow(EXPORT_COLUMNS)
            n = 0
            for batch in reader:
                for r in batch.to_pylist():
                    if fmt == "gdelt":
                        fh.write(_gdelt_line(r))
                    elif fmt == "plover":
                        fh.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
                    elif fmt == "jsonl":
                        fh.write(json.dumps({c: _jsonable(r[c]) for c in EXPORT_COLUMNS}, ensure_ascii=False)
                                 + "\n")
                    else:
                        assert writer is not None
                        writer.writerow(["" if r[c] is None else _jsonable(r[c]) for c in EXPORT_COLUMNS])
                n += batch.num_rows
            fh.flush()
            return n
    finally:
        cur.close()


def parquet_schema() -> Any:
    import pyarrow as pa

    s, i = pa.string(), pa.int32()
    types = {"event_date": pa.date32(), "quad_class": pa.int8(), "goldstein": pa.float64(),
             "location_lat": pa.float64(), "location_lon": pa.float64(),
             "confidence": pa.float64(), "sentence_index": i, "sent_start": i, "sent_end": i}
    return pa.schema([(c, types.get(c, s)) for c in EXPORT_COLUMNS])


def _write_parquet(reader: Any, out: str | Path | IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(str(out) if isinstance(out, Path) else out, schema) as writer:
        for batch in reader:
            t = pa.Table.from_batches([batch]).select(list(EXPORT_COLUMNS)).cast(schema)
            writer.write_table(t)
            n += t.num_rows
    return n
