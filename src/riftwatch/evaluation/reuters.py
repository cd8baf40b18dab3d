"""The Reuters-21578 gold sets: real 1987 newswire sentences, annotated by us.

``eval/reuters_gold.jsonl`` (set ``reuters-21578``, the development set) and
``eval/reuters_heldout.jsonl`` (set ``reuters-heldout``, other stories, for measurement
only) hold labels only, one sentence a line; the text stays in
the Reuters-21578 corpus (``../shared/corpora/reuters21578/reut2-*.sgm``), which may not
be copied into the repository. A row::

    {"id": "reuters-3464-0", "file": "reut2-003.sgm", "newid": 3464, "date": "1987-03-11",
     "start": 0, "end": 136, "sha1": "...",
     "events": [{"source": "IRN", "target": "IRQ", "root": "19", "code": "190"}],
     "note": "optional"}

``start``/``end`` are character offsets into the story's BODY text (what stands between
``<BODY>`` and ``</BODY>``, the file read as Latin-1, SGML entities decoded with
:func:`html.unescape`, nothing stripped); ``sha1`` is the SHA-1 of that slice in UTF-8,
checked on every load so a different copy of the corpus cannot silently change the text.
An empty ``events`` list marks a sentence with no codable event (the restraint cases).
``target`` is null for an event without a target (a statement, a force posture ...).

The set is scored at the ``dyad``, ``root`` and ``code`` levels (headline ``root``). The
corpus is found through ``RIFTWATCH_REUTERS`` (the folder with ``reut2-*.sgm``), then
``RIFTWATCH_SHARED`` or a ``shared`` folder next to the repository or the working
directory (``corpora/reuters21578`` inside it). How the sentences were chosen and the
annotation conventions: ``eval/README.md``, "The Reuters-21578 set".
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from .gold import GoldEvent, GoldRecord, GoldSet, _jsonl, _norm_text, sha256_file

NAME = "reuters-21578"  # the development set, eval/reuters_gold.jsonl
CORPUS_SUBDIR = Path("corpora") / "reuters21578"
LEVELS = ("dyad", "root", "code")
FIELDS = {"id", "file", "newid", "date", "start", "end", "sha1", "events", "note"}
_FILE = re.compile(r"reut2-\d{3}\.sgm")
_ID = re.compile(r"reuters-(\d+)-\d+")
_SHA1 = re.compile(r"[0-9a-f]{40}")
_COUNTRY = re.compile(r"[A-Z]{3}")
_DOC = re.compile(r'<REUTERS\b[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_LABELS = frozenset({"source_country", "target_country", "root", "code"})


def set_name(path: str | Path) -> str:
    """The set's name from its label file: ``reuters_<x>.jsonl`` is ``reuters-<x>``
    (``reuters_heldout.jsonl`` → ``reuters-heldout``); ``reuters_gold.jsonl`` and any
    other name are the development set, :data:`NAME`."""
    m = re.fullmatch(r"reuters_([a-z0-9_]+)", Path(path).stem)
    return NAME if m is None or m.group(1) == "gold" else "reuters-" + m.group(1).replace("_", "-")


class ReutersCorpusMissing(DataFileError):
    """The Reuters-21578 SGML files are not where the labels need them (``../shared`` absent)."""


def find_corpus(explicit: str | Path | None = None, labels: str | Path | None = None) -> Path | None:
    """The folder holding ``reut2-*.sgm``, or None. Looked for in order: ``explicit``,
    ``RIFTWATCH_REUTERS``, ``RIFTWATCH_SHARED``/corpora/reuters21578, then ``shared``
    next to the repository, to the label file's repository and to the working directory."""
    repo = Path(__file__).resolve().parents[3]
    cands: list[Path] = []
    if explicit:
        cands.append(Path(explicit))
    if os.environ.get("RIFTWATCH_REUTERS"):
        cands.append(Path(os.environ["RIFTWATCH_REUTERS"]))
    for shared in (os.environ.get("RIFTWATCH_SHARED"), repo.parent / "shared",
                   Path(labels).resolve().parent.parent.parent / "shared" if labels else None,
                   Path.cwd().parent / "shared"):
        if shared:
            cands.append(Path(shared) / CORPUS_SUBDIR)
    return next((c for c in cands if any(c.glob("reut2-*.sgm"))), None)


def story_bodies(sgm: str | Path) -> dict[int, str]:
    """NEWID → BODY text (Latin-1, entities decoded, nothing stripped) of one SGML file;
    stories without a body are left out."""
    try:
        raw = Path(sgm).read_bytes().decode("latin-1")
    except OSError as exc:
        raise DataFileError(str(sgm), None, f"cannot read: {exc}") from None
    out = {}
    for newid, block in _DOC.findall(raw):
        m = _BODY.search(block)
        if m:
            out[int(newid)] = html.unescape(m.group(1))
    return out


def check_fields(rec: Any, fields: set[str]) -> str | None:
    """What is wrong with a label row's shape (an object with exactly ``fields``, ``note``
    optional), or None. Used by this module and :mod:`.lee`."""
    if not isinstance(rec, dict):
        return "row is not a JSON object"
    missing = sorted(fields - {"note"} - set(rec))
    if missing:
        return f"missing field(s) {', '.join(missing)}"
    extra = sorted(set(rec) - fields)
    if extra:
        return f"unknown field(s) {', '.join(extra)}"
    return None


def _check_row(rec: Any, codes: Any) -> str | None:
    """What is wrong with one label row, or None."""
    problem = check_fields(rec, FIELDS)
    if problem:
        return problem
    if not isinstance(rec["newid"], int) or isinstance(rec["newid"], bool) or rec["newid"] < 1:
        return f"newid {rec['newid']!r} is not a positive integer"
    m = _ID.fullmatch(rec["id"]) if isinstance(rec["id"], str) else None
    if m is None or int(m.group(1)) != rec["newid"]:
        return f"id {rec['id']!r} is not 'reuters-<newid>-<n>' for newid {rec['newid']}"
    if not isinstance(rec["file"], str) or not _FILE.fullmatch(rec["file"]):
        return f"file {rec['file']!r} is not a reut2-NNN.sgm name"
    return check_span_row(rec, codes)


def check_span_row(rec: dict[str, Any], codes: Any) -> str | None:
    """What is wrong with the fields every span-labelled row shares (date, start/end,
    sha1, note, events), or None. Used by this module and :mod:`.lee`."""
    try:
        date.fromisoformat(rec["date"])
    except (TypeError, ValueError):
        return f"date {rec['date']!r} is not YYYY-MM-DD"
    s, e = rec["start"], rec["end"]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (s, e)) or not 0 <= s < e:
        return f"start/end {s!r}/{e!r} are not offsets with 0 <= start < end"
    if not isinstance(rec["sha1"], str) or not _SHA1.fullmatch(rec["sha1"]):
        return "sha1 is not 40 lower-case hex digits"
    if "note" in rec and not isinstance(rec["note"], str):
        return "note is not a string"
    if not isinstance(rec["events"], list):
        return "events is not a list"
    for k, ev in enumerate(rec["events"], 1):
        if not isinstance(ev, dict) or set(ev) != {"source", "target", "root", "code"}:
            return f"event {k} needs exactly source, target, root, code"
        if not isinstance(ev["source"], str) or not _COUNTRY.fullmatch(ev["source"]):
            return f"event {k}: source {ev['source']!r} is not a 3-letter code"
        if ev["target"] is not None and (not isinstance(ev["target"], str) or not _COUNTRY.fullmatch(ev["target"])):
            return f"event {k}: target {ev['target']!r} is not a 3-letter code or null"
        code, root = ev["code"], ev["root"]
        if not isinstance(code, str) or code not in codes:
            return f"event {k}: code {code!r} is not a CAMEO code"
        if root != code[:2]:
            return f"event {k}: root {root!r} is not the first two digits of code {code}"
    return None


def read_rows(path: Path, check: Any) -> list[tuple[int, dict[str, Any]]]:
    """The label rows of ``path`` (line number, row), each checked with ``check(rec, codes)``;
    :class:`~riftwatch.errors.DataFileError` for a bad or duplicate row or an empty file."""
    from ..coding.ontology import cameo_codes

    codes = cameo_codes()
    rows = []
    seen: set[str] = set()
    for n, rec in _jsonl(path):
        problem = check(rec, codes)
        if problem:
            raise DataFileError(str(path), n, problem)
        if rec["id"] in seen:
            raise DataFileError(str(path), n, f"duplicate id {rec['id']}")
        seen.add(rec["id"])
        rows.append((n, rec))
    if not rows:
        raise DataFileError(str(path), None, "no label rows")
    return rows


def span_record(path: Path, n: int, rec: dict[str, Any], doc: str, where: str) -> GoldRecord:
    """The gold record of one checked row whose document text is ``doc`` (``where`` names
    it in errors): the span is cut out and its SHA-1 compared with the label's."""
    if rec["end"] > len(doc):
        raise DataFileError(str(path), n, f"end {rec['end']} is past the end of {where} ({len(doc)} characters)")
    text = doc[rec["start"]:rec["end"]]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if digest != rec["sha1"]:
        raise DataFileError(str(path), n, (
            f"{rec['id']}: the text at {where} [{rec['start']}:{rec['end']}] has "
            f"sha1 {digest}, the label says {rec['sha1']} (a different copy of the corpus?): {text[:60]!r}"))
    events = [GoldEvent(ev["source"], ev["target"], None, None, ev["code"], ev["root"]) for ev in rec["events"]]
    return GoldRecord(rec["id"], _norm_text(text), date.fromisoformat(rec["date"]), events,
                      not events, _LABELS, rec["file"], _norm_text(doc[:rec["start"]]))


def read_reuters_gold(path: str | Path, corpus: str | Path | None = None) -> GoldSet:
    """The Reuters-21578 labels at ``path`` with their sentences cut from the corpus.

    Raises :class:`ReutersCorpusMissing` when the SGML files cannot be found, and
    :class:`~riftwatch.errors.DataFileError` (file and line) for a malformed row, a story
    or offset the corpus lacks, or a sentence whose SHA-1 differs from the label's.
    """
    path = Path(path)
    rows = read_rows(path, _check_row)
    where = find_corpus(corpus, path)
    if where is None:
        raise ReutersCorpusMissing(str(path), None, (
            "the Reuters-21578 corpus (reut2-*.sgm) is not found: these labels hold offsets, not text. "
            f"Looked for ../shared/{CORPUS_SUBDIR.as_posix()} next to the repository and the working "
            "directory; set RIFTWATCH_REUTERS to the folder or RIFTWATCH_SHARED to the shared folder"))
    bodies: dict[str, dict[int, str]] = {}
    recs = []
    for n, rec in rows:
        fname = rec["file"]
        if fname not in bodies:
            sgm = where / fname
            if not sgm.is_file():
                raise DataFileError(str(path), n, f"{fname} is not in the corpus folder {where}")
            bodies[fname] = story_bodies(sgm)
        body = bodies[fname].get(rec["newid"])
        if body is None:
            raise DataFileError(str(path), n, f"{fname} has no story with NEWID {rec['newid']} and a body")
        recs.append(span_record(path, n, rec, body, f"{fname} NEWID {rec['newid']}"))
    return GoldSet(set_name(path), "reuters", recs, LEVELS, "root", {path.name: sha256_file(path)})
