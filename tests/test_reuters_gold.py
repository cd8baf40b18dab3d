"""The Reuters-21578 gold sets, development (eval/reuters_gold.jsonl) and held out
(eval/reuters_heldout.jsonl): the label rows are well formed, every row resolves to its
sentence in the corpus with the right SHA-1, the two sets share no story, and the loader
fails clearly when the corpus is absent or differs. The tests that read the corpus skip
when ../shared is absent."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from riftwatch.coding.ontology import cameo_codes
from riftwatch.errors import DataFileError
from riftwatch.evaluation import detect_format, load_gold
from riftwatch.evaluation import reuters
from riftwatch.evaluation.gate import SUITE

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "eval" / "reuters_gold.jsonl"
HELDOUT = ROOT / "eval" / "reuters_heldout.jsonl"
#: the Reuters sets, as the gate lists them: a new one needs only its line in SUITE and its
#: expectations in SHAPE
REUTERS = [s for s in SUITE if s.corpus and Path(s.corpus) == reuters.CORPUS_SUBDIR]
#: per set: how many rows it may hold, from how many reut2 files at least (the third held-out
#: set was drawn from the nine files no one read in the session that built it), and the share
#: of sentences with no event (the second development set takes whole leads and leaves out
#: actors named only by a pronoun, so more of its sentences code nothing)
SHAPE = {"reuters-21578": ((150, 220), 10, (0.15, 0.35)),
         "reuters-dev2": ((150, 220), 12, (0.30, 0.50)),
         "reuters-dev3": ((150, 220), 20, (0.15, 0.35)),
         "reuters-dev4": ((150, 220), 20, (0.25, 0.45)),
         "reuters-dev5": ((150, 220), 20, (0.30, 0.45)),
         "reuters-dev6": ((150, 220), 20, (0.35, 0.50)),
         "reuters-heldout": ((100, 150), 10, (0.15, 0.35)),
         "reuters-heldout2": ((100, 150), 10, (0.15, 0.35)),
         "reuters-heldout3": ((100, 150), 9, (0.15, 0.35))}
SETS = [pytest.param(ROOT / s.path, s.name, *SHAPE[s.name], id=s.name) for s in REUTERS if s.name in SHAPE]


def test_every_reuters_set_of_the_gate_has_its_expected_shape():
    assert {s.name for s in REUTERS} == set(SHAPE)
    assert all((ROOT / s.path).is_file() for s in REUTERS)


def _rows(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus(shared) -> Path:
    path = shared / reuters.CORPUS_SUBDIR
    if not any(path.glob("reut2-*.sgm")):
        pytest.skip(f"the Reuters-21578 corpus is absent ({path}); these tests read its SGML files")
    return path


# ---------------------------------------------------------------------------- the labels alone
@pytest.mark.parametrize("path, name, size, n_files, no_events", SETS)
def test_every_label_row_has_the_schema(path, name, size, n_files, no_events):
    codes = cameo_codes()
    kb_codes = {line.split("\t", 1)[0] for line in
                (ROOT / "src/riftwatch/data/kb/countries.tsv").read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    rows = _rows(path)
    assert size[0] <= len(rows) <= size[1]
    for row in rows:
        assert reuters._check_row(row, codes) is None, (row["id"], reuters._check_row(row, codes))
        for ev in row["events"]:
            for c in (ev["source"], ev["target"]):
                assert c is None or c in kb_codes or c == "IGO", (row["id"], c)
    assert len({r["id"] for r in rows}) == len(rows)
    # no Reuters text in the repository: only offsets, hashes and our own short notes
    assert not any(set(r) - reuters.FIELDS for r in rows)
    assert all(len(r.get("note", "")) < 200 for r in rows)


@pytest.mark.parametrize("path, name, size, n_files, no_events", SETS)
def test_the_set_is_varied(path, name, size, n_files, no_events):
    rows = _rows(path)
    files = {r["file"] for r in rows}
    no_event = sum(1 for r in rows if not r["events"])
    roots = {ev["root"] for r in rows for ev in r["events"]}
    assert len(files) >= n_files
    assert no_events[0] <= no_event / len(rows) <= no_events[1]
    assert len(roots) >= 12


def test_the_held_out_sets_share_no_story_with_the_development_set_or_each_other():
    sets = [{r["newid"] for r in _rows(ROOT / s.path)} for s in REUTERS]
    for i, a in enumerate(sets):
        for b in sets[i + 1:]:
            assert not a & b


def test_held_out_sets_are_scored_only_on_request():
    from riftwatch.evaluation.gate import suite_sets

    held = {"reuters-heldout", "reuters-heldout2", "reuters-heldout3"}
    assert {s.name for s in SUITE if s.heldout} == held | {"lee-heldout"}
    assert not held & {s.name for s in suite_sets()}  # the everyday gate never shows them
    assert held <= {s.name for s in suite_sets(heldout=True)}
    assert [s.name for s in suite_sets(["reuters-heldout2"])] == ["reuters-heldout2"]


def test_the_set_name_comes_from_the_file():
    assert reuters.set_name(LABELS) == reuters.NAME == "reuters-21578"
    assert reuters.set_name(HELDOUT) == "reuters-heldout"
    assert reuters.set_name("x/reuters_new_batch.jsonl") == "reuters-new-batch"
    assert reuters.set_name("mine.jsonl") == reuters.NAME


def test_bad_rows_are_refused_with_the_reason():
    codes = cameo_codes()
    good = _rows()[0]
    for change, words in (({"newid": "3"}, "newid"), ({"id": "reuters-1-0"}, "id"),
                          ({"file": "x.sgm"}, "file"), ({"date": "1987-13-01"}, "date"),
                          ({"start": 5, "end": 5}, "start/end"), ({"sha1": "abc"}, "sha1"),
                          ({"events": [{"source": "USA", "target": None, "root": "05", "code": "190"}]}, "root"),
                          ({"events": [{"source": "USA", "target": "usa", "root": "19", "code": "190"}]}, "target"),
                          ({"events": [{"source": "USA", "target": None, "root": "19", "code": "999"}]}, "code"),
                          ({"extra": 1}, "unknown field")):
        assert words in (reuters._check_row({**good, **change}, codes) or ""), change
    bad = dict(good)
    del bad["sha1"]
    assert "missing field(s) sha1" in reuters._check_row(bad, codes)


def test_malformed_file_names_its_line(tmp_path):
    rows = _rows()
    p = tmp_path / "reuters_gold.jsonl"
    p.write_text(json.dumps(rows[0]) + "\n" + json.dumps({**rows[1], "end": -1}) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"reuters_gold\.jsonl:2: start/end"):
        reuters.read_reuters_gold(p)


@pytest.mark.parametrize("path, name, size, n_files, no_events", SETS)
def test_format_is_detected_and_the_gate_lists_the_set(path, name, size, n_files, no_events, tmp_path):
    assert detect_format(path) == "reuters"
    other = tmp_path / "mine.jsonl"  # any name: recognised by its first row
    other.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert detect_format(other) == "reuters"
    s = next(s for s in SUITE if s.name == name)
    assert (ROOT / s.path) == path and s.corpus == reuters.CORPUS_SUBDIR.as_posix()


@pytest.mark.parametrize("path, name, size, n_files, no_events", SETS)
def test_missing_corpus_is_a_clear_error(path, name, size, n_files, no_events, monkeypatch):
    monkeypatch.setattr(reuters, "find_corpus", lambda explicit=None, labels=None: None)
    with pytest.raises(reuters.ReutersCorpusMissing, match="Reuters-21578 corpus .* not found.*RIFTWATCH_REUTERS"):
        load_gold(path)


# ---------------------------------------------------------------------------- against the corpus
@pytest.mark.parametrize("path, name, size, n_files, no_events", SETS)
def test_every_row_resolves_with_a_matching_sha1(path, name, size, n_files, no_events, corpus):
    gs = reuters.read_reuters_gold(path, corpus=corpus)
    rows = _rows(path)
    assert [r.id for r in gs.records] == [r["id"] for r in rows]
    assert gs.name == name and load_gold(path).name == name
    assert gs.levels == ("dyad", "root", "code") and gs.headline == "root"
    bodies = {f: reuters.story_bodies(corpus / f) for f in {r["file"] for r in rows}}
    for row, rec in zip(rows, gs.records):
        text = bodies[row["file"]][row["newid"]][row["start"]:row["end"]]
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["sha1"]
        assert rec.text == " ".join(text.split())
        assert rec.text[0].isupper() or rec.text[0] in "\"'", rec.id  # starts a sentence
        body = bodies[row["file"]][row["newid"]]
        truncated = rec.text[-1] == "-" and body[row["end"]:].strip() in ("", "Reuter")  # a story Reuters cut off
        assert rec.text[-1] in ".\"'" or truncated, rec.id  # ends one
        assert not re.search(r"\breuter\W*$", rec.text, re.I)  # no sign-off (a "Reuter reporter" may be news)
        assert rec.no_event == (not row["events"])
        assert str(rec.date) == row["date"]
    assert sum(len(r.events) for r in gs.records) == sum(len(r["events"]) for r in rows)


def test_a_different_corpus_copy_fails_on_the_hash(corpus, tmp_path):
    rows = _rows()
    fname = rows[0]["file"]
    raw = (corpus / fname).read_bytes().decode("latin-1")
    body_at = raw.index(f'NEWID="{rows[0]["newid"]}"')
    body_at = raw.index("<BODY>", body_at) + len("<BODY>")
    changed = raw[:body_at] + "X" + raw[body_at + 1:]  # first letter of the first labelled body
    copy = tmp_path / "reuters21578"
    copy.mkdir()
    (copy / fname).write_bytes(changed.encode("latin-1"))  # row 1 fails before any other file is read
    with pytest.raises(DataFileError, match=rf"reuters_gold\.jsonl:1: {rows[0]['id']}: .* has sha1 .* the label says"):
        reuters.read_reuters_gold(LABELS, corpus=copy)


def test_a_story_the_corpus_lacks_is_named(corpus, tmp_path):
    rows = _rows()
    p = tmp_path / "reuters_gold.jsonl"
    p.write_text(json.dumps({**rows[0], "newid": 99999, "id": "reuters-99999-0"}) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="has no story with NEWID 99999"):
        reuters.read_reuters_gold(p, corpus=corpus)
