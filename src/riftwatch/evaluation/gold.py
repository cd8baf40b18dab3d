"""Readers for the development gold sets.

Every reader returns a :class:`GoldSet`: the records (:class:`GoldRecord`, one
text each, with its expected :class:`GoldEvent` list or a "no event" flag), the
scoring levels the file supports, and a fingerprint (sha256) of the file so a
quality gate can tell when the gold itself changed.

What each file labels, and so what can be scored against it:

``PLOVER_GSR_CAMEO.json`` (the CAMEO manual's examples coded to PLOVER 0.5b1)
    source/target actors (country code + sector) and a PLOVER event type, but no
    CAMEO code. Levels: ``dyad`` (source country, target country), ``plover``
    (dyad + PLOVER type) and ``plover_actor`` (actor codes + PLOVER type).
    riftwatch's CAMEO codes are mapped to PLOVER through the ``plover_type``
    column of ``data/cameo/event_codes.tsv`` (the 2021 crosswalk); the file's
    2016 type names are bridged to the 2021 names by :data:`PLOVER_2016_TO_2021`.
``plover_gsr_with_cameo.jsonl``
    the same records plus ``cameo_root_from_manual_section``. Levels ``dyad``
    and ``root``; a record without a single root counts at the ``dyad`` level only.
``cameo_manual_examples.jsonl``
    a sentence and the CAMEO root of the manual section it illustrates; no
    actors, and the ``cameo_code_guess`` is unreliable and ignored. Level
    ``root_only``: does riftwatch code *some* asserted event with that root in
    the text (recall). Precision at this level is a lower bound only: many
    examples describe more events than the one the section illustrates.
``PETR_Validate_records_2_02.xml`` (the PETRARCH validation suite)
    source/target actor codes and full CAMEO codes, plus "no events" records.
    Levels ``root``, ``code`` and ``actor``. Skipped: records marked
    ``evaluate="false"``, records that test PETRARCH's own machinery
    (``error="..."``: discard lists, datelines, bad parses), and records whose
    expected code is not a CAMEO code (the suite's private 212, 222, 345, 802,
    915). The CoNLL-U parses and the ``<PLEvent ...>`` lines are ignored. The
    actor codes are the suite's own (Arnor = ARN, ...): score it with the
    suite's dictionaries loaded (:mod:`riftwatch.evaluation.petrarch`).

Actor codes in the PLOVER files follow ISO or pre-CAMEO spellings in places;
:data:`LEGACY_CODES` maps the ones that occur to riftwatch's CAMEO codes.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import DataFileError, InputError

#: codes in the PLOVER gold files that are not riftwatch's (CAMEO) country codes, and the
#: CAMEO code each stands for. Only codes that actually occur in the files are listed;
#: IGO / NGO / IMG are CAMEO's generic organisation types and are compared as such.
LEGACY_CODES: dict[str, str] = {
    "JAP": "JPN",  # Japan, pre-ISO CAMEO/TABARI spelling
    "ITL": "ITA",  # Italy, idem
    "VTN": "VNM",  # Vietnam, idem
    "ROU": "ROM",  # Romania: ISO 3166 in the gold, ROM in CAMEO
    "TLS": "TMP",  # East Timor: ISO 3166 in the gold, TMP in CAMEO
    "MNE": "MTN",  # Montenegro: ISO 3166 in the gold, MTN in CAMEO
}

#: PLOVER 0.5b1 (2016, the gold file) event types → PLOVER 2021 types (the crosswalk in
#: event_codes.tsv). Many-to-one: FIGHT (CAMEO 19-20) and ASSAULT (18) are both ASSAULT
#: in 2021; DISAPPROVE (11) and INVESTIGATE (09) are both ACCUSE. Unlisted types are
#: spelled the same in both versions.
PLOVER_2016_TO_2021: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

#: every label a record can carry; levels are defined over these
ALL_LABELS = frozenset({"source_country", "target_country", "source_actor", "target_actor", "root", "code",
                        "plover"})


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source_country: str | None
    target_country: str | None
    source_actor: str | None
    target_actor: str | None
    code: str | None
    root: str | None
    plover: str | None = None  # PLOVER 2021 type, for the PLOVER files

    def describe(self) -> str:
        src = self.source_actor or self.source_country or "?"
        tgt = self.target_actor or self.target_country or "-"
        what = self.code or self.root or self.plover or "?"
        if self.plover and (self.code or self.root):
            what += f"/{self.plover}"
        return f"{src}→{tgt} {what}" if (self.source_country or self.source_actor) else f"root {what}"


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: date | None
    events: list[GoldEvent]
    no_event: bool
    labels: frozenset[str]  # what this record's file labels (and so what can be scored)
    category: str | None = None
    #: the article text before the record's sentence(s), whitespace-normalised, for sets cut
    #: from whole stories (Reuters, Lee); ``evaluate(..., context=True)`` codes it too
    context: str | None = None


@dataclass(slots=True)
class GoldSet:
    """The records of one gold file and how to score them."""

    name: str  # a short stable name, e.g. "petrarch-validation"
    kind: str  # petrarch | plover | plover_cameo | cameo_examples | reuters | lee
    records: list[GoldRecord]
    levels: tuple[str, ...]
    headline: str  # the level whose classes get the per-class table and the confusion matrix
    files: dict[str, str] = field(default_factory=dict)  # file name -> sha256
    generic_orgs: bool = False  # compare organisations by CAMEO type (IGO, NGO, ...)
    plover_only: bool = False  # only riftwatch events with a PLOVER type count (the gold has no 01/02)
    skipped: dict[str, int] = field(default_factory=dict)  # why records were left out, with counts

    def __iter__(self) -> Iterator[GoldRecord]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    @property
    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for name, digest in sorted(self.files.items()):
            h.update(f"{name}\x00{digest}\n".encode())
        return h.hexdigest()


def sha256_file(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _norm_text(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------------------- PLOVER
def _plover_code(code: str | None) -> str | None:
    if not code or not isinstance(code, str):
        return None
    code = code.strip().upper()
    return LEGACY_CODES.get(code, code) or None


def _plover_sector(sector: object) -> str | None:
    """'GOV' → GOV; 'CVLalb' → CVL (ethnic suffix dropped); '***' (unknown) → None."""
    if not isinstance(sector, str):
        return None
    s = sector.strip()[:3]
    return s if len(s) == 3 and s.isalpha() and s.isupper() else None


def _plover_actors(value: object) -> list[dict]:
    return [a for a in value if isinstance(a, dict) and a.get("code")] if isinstance(value, list) else []


def _plover_pairs(rec: dict) -> list[tuple[dict, dict | None]]:
    """(source, target) actor pairs of one PLOVER record. Actors marked ``SRC/TAR`` in the
    markup act on each other ("Jordan and Britain agreed"): every ordered pair of them."""
    srcs, tgts = _plover_actors(rec.get("source")), _plover_actors(rec.get("target"))
    markup = (rec.get("textInfo") or {}).get("markup", "") if isinstance(rec.get("textInfo"), dict) else ""
    recip = [a for a in srcs + tgts if f"SRC/TAR: {a.get('actorText', '')}" in markup]
    if len(recip) >= 2:
        pure_s = [a for a in srcs if a not in recip]
        pure_t = [a for a in tgts if a not in recip]
        pairs = [(a, b) for i, a in enumerate(recip) for j, b in enumerate(recip) if i != j]
        pairs += [(s, t) for s in pure_s for t in (pure_t or [None])]
        return pairs
    return [(s, t) for s in srcs for t in (tgts or [None])]


def _plover_event(s: dict, t: dict | None, plover: str | None, root: str | None) -> GoldEvent:
    sc, tc = _plover_code(s.get("code")), _plover_code(t.get("code")) if t else None
    ss, ts = _plover_sector(s.get("sector")), _plover_sector(t.get("sector")) if t else None
    return GoldEvent(sc, tc, (sc + ss) if sc and ss else sc, (tc + ts) if tc and ts else tc, None, root, plover)


def _plover_type(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().upper()
    return PLOVER_2016_TO_2021.get(v, v)


def _single_root(value: object) -> str | None:
    """``cameo_root_from_manual_section``: "03" → "03"; a list or "03|04" with more than
    one distinct root, or nothing → None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = f"{int(value):02d}"
    if isinstance(value, list):
        roots = {str(v).strip().zfill(2) for v in value if str(v).strip()}
    elif isinstance(value, str):
        roots = {v.strip().zfill(2) for v in re.split(r"[|,;/\s]+", value) if v.strip()}
    else:
        return None
    return roots.pop() if len(roots) == 1 else None


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    v = value.strip()
    try:
        if re.fullmatch(r"\d{8}", v):
            return date(int(v[:4]), int(v[4:6]), int(v[6:]))
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def _plover_records(rows: Iterable[tuple[int, dict]], path: Path, with_root: bool,
                    skipped: dict[str, int]) -> list[GoldRecord]:
    out = []
    for n, rec in rows:
        if not isinstance(rec, dict):
            raise DataFileError(str(path), n, "record is not a JSON object")
        if rec.get("event") == "DOCUMENT" or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            skipped["documentation or empty record"] = skipped.get("documentation or empty record", 0) + 1
            continue
        plover = _plover_type(rec.get("event"))
        root = _single_root(rec.get("cameo_root_from_manual_section")) if with_root else None
        events = [_plover_event(s, t, plover, root) for s, t in _plover_pairs(rec)]
        if not events:
            skipped["no source actor"] = skipped.get("no source actor", 0) + 1
            continue
        labels = {"source_country", "target_country", "source_actor", "target_actor"}
        labels |= {"root"} if with_root and root else set()
        labels |= {"plover"} if not with_root else set()
        out.append(GoldRecord(str(rec.get("id", n)), _norm_text(rec["text"]), _day(rec.get("date")), events,
                              False, frozenset(labels), rec.get("event")))
    return out


def read_plover_json(path: str | Path) -> GoldSet:
    """``PLOVER_GSR_CAMEO.json``: a JSON array of PLOVER records (the DOCUMENT record skipped)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read gold JSON: {exc}") from None
    if not isinstance(data, list):
        raise DataFileError(str(path), None, "expected a JSON array of records")
    skipped: dict[str, int] = {}
    recs = _plover_records(enumerate(data, 1), path, False, skipped)
    return GoldSet("plover-gsr", "plover", recs, ("dyad", "plover", "plover_actor"), "plover",
                   {path.name: sha256_file(path)}, generic_orgs=True, plover_only=True, skipped=skipped)


def _jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read gold JSONL: {exc}") from None
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(str(path), n, f"invalid JSON ({exc.msg})") from None


def read_plover_cameo_jsonl(path: str | Path) -> GoldSet:
    """``plover_gsr_with_cameo.jsonl``: PLOVER records plus the CAMEO root of their manual section."""
    path = Path(path)
    skipped: dict[str, int] = {}
    recs = _plover_records(_jsonl(path), path, True, skipped)
    no_root = sum(1 for r in recs if "root" not in r.labels)
    if no_root:
        skipped["no single CAMEO root (dyad level only)"] = no_root
    return GoldSet("plover-gsr-cameo", "plover_cameo", recs, ("dyad", "root"), "root",
                   {path.name: sha256_file(path)}, generic_orgs=True, plover_only=True, skipped=skipped)


def read_cameo_examples(path: str | Path) -> GoldSet:
    """``cameo_manual_examples.jsonl``: ``{cameo_root, cameo_code_guess, text}``; root only."""
    path = Path(path)
    recs = []
    for n, rec in _jsonl(path):
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise DataFileError(str(path), n, "record without a string 'text'")
        root = _single_root(rec.get("cameo_root"))
        if root is None:
            raise DataFileError(str(path), n, f"cameo_root {rec.get('cameo_root')!r} is not one root")
        recs.append(GoldRecord(f"{path.stem}:{n}", _norm_text(rec["text"]), None,
                               [GoldEvent(None, None, None, None, None, root)], False, frozenset({"root"}),
                               root))
    return GoldSet("cameo-manual-examples", "cameo_examples", recs, ("root_only",), "root_only",
                   {path.name: sha256_file(path)})


# ---------------------------------------------------------------------------- PETRARCH
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def read_petrarch_records(path: str | Path) -> GoldSet:
    """The PETRARCH validation records (``PETR_Validate_records_*.xml``).

    The file is not well-formed XML (``<PLEvent {...}>`` lines), so records are
    read with patterns after XML comments are removed.
    """
    from ..coding.ontology import cameo_codes

    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from None
    codes = cameo_codes()
    skipped: dict[str, int] = {}

    def skip(why: str) -> None:
        skipped[why] = skipped.get(why, 0) + 1

    recs: list[GoldRecord] = []
    labels = frozenset({"source_country", "target_country", "source_actor", "target_actor", "root", "code"})
    for attrs_s, body in _SENTENCE.findall(_COMMENT.sub("", raw)):
        attrs = dict(_ATTR.findall(attrs_s))
        if attrs.get("evaluate", "true").lower() == "false":
            skip('evaluate="false"')
            continue
        m = _TEXT.search(body)
        if not m:
            skip("no <Text>")
            continue
        text = _norm_text(html.unescape(m.group(1)))
        codings = [{k: html.unescape(v) for k, v in _ATTR.findall(c)} for c in _CODING.findall(body)]
        if any("error" in c for c in codings):
            skip("tests PETRARCH machinery (error=...)")
            continue
        no_event = any(c.get("noevents", "").lower() == "true" for c in codings)
        events = []
        foreign = False
        for c in codings:
            if "eventcode" not in c:
                continue
            code = c["eventcode"].strip()
            if code not in codes:
                foreign = True
                break
            src, tgt = c.get("sourcecode", "").strip(), c.get("targetcode", "").strip()
            events.append(GoldEvent(src[:3] or None, tgt[:3] or None, src or None, tgt or None, code, code[:2]))
        if foreign:
            skip("expected code is not CAMEO")
            continue
        if not events and not no_event:
            skip("no expected coding")
            continue
        recs.append(GoldRecord(attrs.get("id", f"{path.stem}:{len(recs) + 1}"), text, _day(attrs.get("date")),
                               events, no_event and not events, labels, attrs.get("category")))
    if not recs:
        raise DataFileError(str(path), None, "no PETRARCH validation records found")
    return GoldSet("petrarch-validation", "petrarch", recs, ("root", "code", "actor"), "root",
                   {path.name: sha256_file(path)}, skipped=skipped)


# ---------------------------------------------------------------------------- detection
def _read_reuters(path: str | Path) -> GoldSet:
    from .reuters import read_reuters_gold  # labels + offsets into Reuters-21578 (reuters.py)

    return read_reuters_gold(path)


def _read_lee(path: str | Path) -> GoldSet:
    from .lee import read_lee_gold  # labels + offsets into the Lee news corpus (lee.py)

    return read_lee_gold(path)


READERS = {
    "petrarch": read_petrarch_records,
    "plover": read_plover_json,
    "plover_cameo": read_plover_cameo_jsonl,
    "cameo_examples": read_cameo_examples,
    "reuters": _read_reuters,
    "lee": _read_lee,
}


def detect_format(path: str | Path) -> str:
    """The gold format of a file, from its name and extension (then its first bytes)."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith(".xml"):
        return "petrarch"
    if name.endswith(".json"):
        return "plover"
    if name.endswith(".jsonl"):
        if "cameo_manual_examples" in name or "examples" in name:
            return "cameo_examples"
        if "plover" in name:
            return "plover_cameo"
        if "reuters" in name:
            return "reuters"
        if name.startswith("lee_"):
            return "lee"
        try:
            with p.open(encoding="utf-8") as fh:
                first = json.loads(fh.readline() or "{}")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            first = {}
        if isinstance(first, dict) and "cameo_root" in first:
            return "cameo_examples"
        if isinstance(first, dict) and "event" in first:
            return "plover_cameo"
        if isinstance(first, dict) and "newid" in first and "sha1" in first:
            return "reuters"
        if isinstance(first, dict) and "doc" in first and "sha1" in first:
            return "lee"
    raise InputError(f"cannot tell the gold format of {p.name}: expected a PETRARCH validation .xml, "
                     "a PLOVER .json array, plover_gsr_with_cameo .jsonl, cameo_manual_examples .jsonl "
                     "reuters_gold .jsonl or lee_*.jsonl",
                     code="RW420")


def load_gold(path: str | Path, fmt: str | None = None) -> GoldSet:
    """Read a gold file, detecting its format unless ``fmt`` names one of :data:`READERS`."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"gold file not found: {p}", code="RW421")
    kind = fmt or detect_format(p)
    if kind not in READERS:
        raise InputError(f"unknown gold format {kind!r}; one of {', '.join(READERS)}", code="RW420")
    return READERS[kind](p)
