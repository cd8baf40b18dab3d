"""The Lee-corpus gold sets (eval/lee_dev.jsonl, eval/lee_dev2.jsonl, eval/lee_heldout.jsonl): the loader on a
corpus of our own making (offsets, hashes, clear errors), and the real label files against
the real corpus. The real corpus is gensim's test data, fetched with
``python -m riftwatch.evaluation.lee fetch``; the tests that read it skip when it is absent."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from riftwatch.coding.ontology import cameo_codes
from riftwatch.errors import DataFileError
from riftwatch.evaluation import detect_format, lee, load_gold
from riftwatch.evaluation.gate import LEE, SUITE, suite_sets

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "lee_dev.jsonl"
HELDOUT = ROOT / "eval" / "lee_heldout.jsonl"
DEV2 = ROOT / "eval" / "lee_dev2.jsonl"  # the sentences after lee_dev's leads, and more leads (session 8)
DEV3 = ROOT / "eval" / "lee_dev3.jsonl"  # the rest of those documents (session 8)
DEV4 = ROOT / "eval" / "lee_dev4.jsonl"  # 28 documents no other set used, either parity, labelled blind (session 28)
DOCS = ["Pakistan has announced sanctions against India. The talks failed.",
        "Israel has rejected a bid by Yasser Arafat to visit Bethlehem \u00a3 for Christmas."]


def _row(doc: int, start: int, end: int, text: str, events=(), file="lee_background.cor", k=0) -> dict:
    return {"id": f"{file[:-4]}-{doc}-{k}", "file": file, "doc": doc, "date": "2001-12-15", "start": start,
            "end": end, "sha1": hashlib.sha1(text[start:end].encode("utf-8")).hexdigest(), "events": list(events)}


@pytest.fixture
def made(tmp_path) -> Path:
    """A corpus folder with both files, the first holding DOCS (Latin-1, one a line)."""
    (tmp_path / "lee_background.cor").write_bytes("\n".join(DOCS).encode("latin-1") + b"\n")
    (tmp_path / "lee.cor").write_bytes(b"Nothing here.\n")
    return tmp_path


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- the loader
def test_rows_resolve_to_their_sentences_with_dates_and_events(made, tmp_path):
    ev = {"source": "PAK", "target": "IND", "root": "16", "code": "163"}
    labels = _write(tmp_path / "lee_mine.jsonl", [_row(0, 0, 47, DOCS[0], [ev]), _row(0, 48, 65, DOCS[0], k=1),
                                                  _row(1, 0, len(DOCS[1]), DOCS[1])])
    gs = lee.read_lee_gold(labels, corpus=made)
    assert gs.name == "lee-mine" and gs.kind == "lee" and gs.headline == "root"
    first, second, third = gs.records
    assert first.text == "Pakistan has announced sanctions against India."
    assert [(e.source_country, e.target_country, e.code) for e in first.events] == [("PAK", "IND", "163")]
    assert second.text == "The talks failed." and second.no_event
    assert "\u00a3" in third.text  # read as Latin-1
    assert str(first.date) == "2001-12-15"
    # the story text before each record, for scoring it in context
    assert first.context == "" and second.context == "Pakistan has announced sanctions against India."


def test_a_changed_text_fails_on_the_hash_and_names_the_row(made, tmp_path):
    row = _row(0, 0, 48, DOCS[0])
    row["sha1"] = hashlib.sha1(b"other").hexdigest()
    with pytest.raises(DataFileError, match=r"lee_x\.jsonl:1: .*lee_background\.cor doc 0 \[0:48\] has sha1"):
        lee.read_lee_gold(_write(tmp_path / "lee_x.jsonl", [row]), corpus=made)


def test_offsets_past_the_document_and_missing_documents_are_errors(made, tmp_path):
    with pytest.raises(DataFileError, match="past the end of lee_background.cor doc 0"):
        lee.read_lee_gold(_write(tmp_path / "lee_a.jsonl", [_row(0, 0, 500, DOCS[0] * 10)]), corpus=made)
    with pytest.raises(DataFileError, match="has 3 lines, no doc 7"):
        lee.read_lee_gold(_write(tmp_path / "lee_b.jsonl", [_row(7, 0, 4, DOCS[0])]), corpus=made)


def test_bad_rows_are_refused_with_the_reason():
    codes = cameo_codes()
    good = _row(0, 0, 48, DOCS[0], [{"source": "PAK", "target": "IND", "root": "16", "code": "163"}])
    assert lee._check_row(good, codes) is None
    for change, words in (({"doc": -1}, "doc"), ({"doc": True}, "doc"), ({"id": "lee_background-9-0"}, "id"),
                          ({"id": "lee-0-0"}, "id"), ({"file": "other.cor"}, "file"),
                          ({"newid": 3}, "unknown field"), ({"date": "2001-02-30"}, "date"),
                          ({"events": [{"source": "PAK", "target": None, "root": "05", "code": "163"}]}, "root")):
        assert words in (lee._check_row({**good, **change}, codes) or ""), change
    assert lee._check_row(_row(3, 0, 4, "abcd", file="lee.cor"), codes) is None


def test_a_duplicate_id_or_an_empty_file_is_an_error(made, tmp_path):
    row = _row(0, 0, 48, DOCS[0])
    with pytest.raises(DataFileError, match="lee_d.jsonl:2: duplicate id"):
        lee.read_lee_gold(_write(tmp_path / "lee_d.jsonl", [row, row]), corpus=made)
    with pytest.raises(DataFileError, match="no label rows"):
        lee.read_lee_gold(_write(tmp_path / "lee_e.jsonl", []), corpus=made)


def test_a_missing_corpus_is_a_clear_error_that_says_how_to_fetch_it(tmp_path, monkeypatch):
    monkeypatch.setattr(lee, "find_corpus", lambda explicit=None: None)
    labels = _write(tmp_path / "lee_m.jsonl", [_row(0, 0, 48, DOCS[0])])
    with pytest.raises(lee.LeeCorpusMissing, match="Lee corpus .* not found.*riftwatch.evaluation.lee fetch"):
        lee.read_lee_gold(labels)


def test_the_corpus_is_found_through_the_environment(made, monkeypatch, tmp_path):
    monkeypatch.setenv("RIFTWATCH_LEE", str(made))
    assert lee.find_corpus() == made
    assert lee.find_corpus(tmp_path / "nowhere") == made  # a folder without both files is passed over
    (made / "lee.cor").unlink()
    assert lee.find_corpus() != made


def test_the_format_is_detected_by_name_and_by_first_row(made, tmp_path, monkeypatch):
    labels = _write(tmp_path / "lee_dev.jsonl", [_row(0, 0, 48, DOCS[0])])
    assert detect_format(labels) == "lee"
    other = _write(tmp_path / "mine.jsonl", [_row(0, 0, 48, DOCS[0])])
    assert detect_format(other) == "lee"
    monkeypatch.setenv("RIFTWATCH_LEE", str(made))
    assert load_gold(other).records[0].text == "Pakistan has announced sanctions against India."


def test_fetch_refuses_a_wheel_whose_files_differ(tmp_path, monkeypatch):
    import subprocess
    import zipfile

    def fake_pip(cmd, **kw):  # writes a wheel whose Lee files are not the expected copies
        dest = Path(cmd[cmd.index("--dest") + 1])
        with zipfile.ZipFile(dest / "gensim-4.4.0-py3-none-any.whl", "w") as z:
            for name in lee.FILES:
                z.writestr(lee.MEMBER + name, "tampered\n")
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(lee.subprocess, "run", fake_pip)
    with pytest.raises(RuntimeError, match="not the expected copy"):
        lee.fetch(tmp_path / "out")
    assert not (tmp_path / "out" / "lee.cor").exists()


def test_the_gate_lists_the_sets_and_measures_the_held_out_one_only_on_request():
    by_name = {s.name: s for s in SUITE}
    assert by_name["lee-dev"].corpus == by_name["lee-heldout"].corpus == LEE
    assert (ROOT / by_name["lee-dev"].path) == DEV and (ROOT / by_name["lee-heldout"].path) == HELDOUT
    assert {"lee-dev", "lee-dev2", "lee-dev3"} <= {s.name for s in suite_sets()}
    assert (ROOT / by_name["lee-dev2"].path) == DEV2 and by_name["lee-dev2"].corpus == LEE
    assert "lee-heldout" not in {s.name for s in suite_sets()}
    assert "lee-heldout" in {s.name for s in suite_sets(heldout=True)}


# ---------------------------------------------------------------------------- the real label files
SETS = [pytest.param(DEV, "lee-dev", id="development"), pytest.param(HELDOUT, "lee-heldout", id="held-out"),
        pytest.param(DEV2, "lee-dev2", id="development-2"), pytest.param(DEV3, "lee-dev3", id="development-3"),
        pytest.param(DEV4, "lee-dev4", id="development-4")]


#: rows (min, max) and documents (min) per set: the leads of ~50 documents (176, 177 rows), the next
#: sentences and 18 more leads (221 rows, 64 documents), the rest of 30 documents (188 rows), every
#: sentence of 28 unused documents (186 rows)
SIZES = {"lee-dev": (150, 220, 45), "lee-heldout": (150, 220, 45), "lee-dev2": (200, 250, 55),
         "lee-dev3": (150, 220, 28), "lee-dev4": (150, 220, 28)}


def _label_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path, name", SETS)
def test_the_label_files_are_well_formed_and_hold_no_corpus_text(path, name):
    codes = cameo_codes()
    rows = _label_rows(path)
    low, high, docs = SIZES[name]  # each set's size as labelled, with a little room
    assert low <= len(rows) <= high
    for r in rows:
        assert lee._check_row(r, codes) is None, (r["id"], lee._check_row(r, codes))
        assert len(r.get("note", "")) < 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({(r["file"], r["doc"]) for r in rows}) >= docs
    assert detect_format(path) == "lee" and lee.set_name(path) == name


def test_the_development_and_held_out_sets_share_no_document_and_split_by_line_parity():
    dev = {(r["file"], r["doc"]) for r in _label_rows(DEV)}
    held = {(r["file"], r["doc"]) for r in _label_rows(HELDOUT)}
    assert not dev & held
    assert all(doc % 2 == 0 for _, doc in dev) and all(doc % 2 == 1 for _, doc in held)
    later = _label_rows(DEV2) + _label_rows(DEV3)
    assert not {(r["file"], r["doc"]) for r in later} & held and all(r["doc"] % 2 == 0 for r in later)
    # the later development sets continue the first set's documents: no sentence is in two sets
    spans = {(r["file"], r["doc"]): [] for r in _label_rows(DEV) + later}
    for r in _label_rows(DEV) + later:
        spans[(r["file"], r["doc"])].append((r["start"], r["end"]))
    for doc_spans in spans.values():
        doc_spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(doc_spans, doc_spans[1:]))
    # the fourth set took documents no set had used, of either parity: none is another set's
    fourth = {(r["file"], r["doc"]) for r in _label_rows(DEV4)}
    assert not fourth & (set(spans) | held)


@pytest.mark.parametrize("path, name", SETS)
def test_every_row_resolves_in_the_corpus_with_its_sha1(path, name):
    where = lee.find_corpus()
    if where is None:
        pytest.skip("the Lee corpus is absent (python -m riftwatch.evaluation.lee fetch); this test reads it")
    gs = lee.read_lee_gold(path, corpus=where)
    assert len(gs.records) == len(_label_rows(path))
    assert all(rec.text for rec in gs.records)
