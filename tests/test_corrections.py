"""Corrections that last (code, actors, drop, aliases), export/apply to another store,
and `riftwatch recode`."""

from __future__ import annotations

import json

import pytest

from riftwatch import api
from riftwatch.errors import InputError
from riftwatch.store import Store
from riftwatch.store.corrections import export_corrections, import_corrections, undo

ARTICLE = ("Title: Talks in Seoul\nDate: 2020-11-26\n\n"
           "Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang Kyung-wha in Seoul on Thursday.\n"
           "The Chairman praised South Korea for its cooperation on Thursday.\n")


@pytest.fixture
def store_db(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    api.ingest([p], db=db, workers=1)
    return db, p


def _meeting(db):
    found = [e for e in api.events(db=db, source="CHN", target="KOR", status="all") if e["root"] == "04"]
    assert len(found) == 1, found
    return found[0]


def test_code_correction_is_stored_with_who_when_why_and_survives_recode(store_db):
    db, _ = store_db
    ev = _meeting(db)
    [row] = api.correct(ev["id"][:10], code="046", author="analyst", reason="they negotiated", db=db)
    assert row["author"] == "analyst" and row["reason"] == "they negotiated" and row["created"]
    assert row["orig_code"] == ev["code"]
    after = [e for e in api.events(db=db, status="all") if e["id"] == ev["id"]][0]
    assert after["code"] == "046" and after["root"] == "04" and after["corrected_by"] == row["id"]
    assert after["goldstein"] == 7.0  # 046 engage in negotiation
    rep = api.recode(db=db)
    assert rep["articles"] == 1 and rep["removed"] == 0
    again = [e for e in api.events(db=db, status="all") if e["id"] == ev["id"]][0]
    assert again["code"] == "046" and again["corrected_by"] == row["id"]


def test_drop_and_actor_corrections_and_undo(store_db):
    db, _ = store_db
    ev = _meeting(db)
    api.correct(ev["id"], target="KORGOV", db=db)
    fixed = [e for e in api.events(db=db, status="all") if e["id"] == ev["id"]][0]
    assert fixed["target"] == "KORGOV" and fixed["target_country"] == "KOR"
    [drop] = api.correct(ev["id"], drop=True, reason="duplicate of a wire copy", db=db)
    assert ev["id"] not in {e["id"] for e in api.events(db=db)}  # asserted only
    with Store(db) as store:
        undo(store, drop["id"])
    back = [e for e in api.events(db=db) if e["id"] == ev["id"]]
    assert back and back[0]["target"] == "KORGOV"  # the earlier correction still holds


def test_bad_corrections_are_clear_errors(store_db):
    db, _ = store_db
    ev = _meeting(db)
    with pytest.raises(InputError, match="not a CAMEO code"):
        api.correct(ev["id"], code="999", db=db)
    with pytest.raises(InputError, match="no event with id"):
        api.correct("ffffffffffff", code="042", db=db)
    with pytest.raises(InputError, match="say what to correct"):
        api.correct(ev["id"], db=db)


def test_alias_takes_effect_on_recode(store_db):
    db, _ = store_db
    before = [e for e in api.events(db=db) if "praised" in (e["sentence"] or "")]
    assert not any(e["source"] == "PRKGOV" for e in before)
    api.alias("The Chairman", "PRKGOV", reason="house style for Kim Jong Un", db=db)
    rep = api.recode(db=db)
    assert rep["added"] >= 1
    praised = [e for e in api.events(db=db) if "praised" in (e["sentence"] or "")]
    assert any(e["source"] == "PRKGOV" and e["target_country"] == "KOR" for e in praised), praised
    assert any("PRKGOV" in c["after"] for c in rep["changes"])


def test_corrections_export_and_apply_to_another_store(store_db, tmp_path):
    db, article = store_db
    ev = _meeting(db)
    api.correct(ev["id"], code="046", db=db)
    out = tmp_path / "fixes.jsonl"
    with Store(db, read_only=True) as store:
        assert export_corrections(store, out) == 1
    assert json.loads(out.read_text())["value"] == "046"
    other = str(tmp_path / "other.duckdb")
    api.ingest([article], db=other, workers=1)
    with Store(other) as store:
        d = import_corrections(store, out)
        assert d == {"read": 1, "added": 1, "events_corrected": 1}
        assert import_corrections(store, out)["added"] == 0  # applying twice changes nothing
    assert [e for e in api.events(db=other) if e["id"] == ev["id"]][0]["code"] == "046"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "nonsense"}\n')
    with Store(other) as store, pytest.raises(InputError, match="bad.jsonl:1"):
        import_corrections(store, bad)


def test_recode_reports_and_is_idempotent(store_db):
    db, _ = store_db
    with Store(db, read_only=True) as s:
        before = s.query("SELECT id, code, event_key FROM events ORDER BY id")
    rep = api.recode(db=db)
    assert rep["mentions_before"] == rep["mentions_after"] == rep["kept"] == len(before)
    assert rep["added"] == rep["removed"] == 0 and rep["changes"] == []
    with Store(db, read_only=True) as s:
        assert s.query("SELECT id, code, event_key FROM events ORDER BY id") == before
        assert s.query("SELECT sum(events) AS n FROM actors")[0]["n"] > 0


def test_demo_corpus_merged_events_locations_and_a_lasting_correction(demo_copy):
    db = demo_copy
    merged = api.events(db=db, count="events")
    assert any(e["mentions"] > 1 for e in merged)  # reports of one happening grouped
    assert any(e["location_name"] == "Washington" for e in merged)
    assert len(merged) < len(api.events(db=db, count="mentions"))
    # the cancelled Seoul visit is an exclusion (160); say it is a reduction of relations (161)
    [cancel] = [e for e in api.events(db=db, source="USA", target="KOR", count="mentions")
                if "canceled his planned visits" in e["sentence"]]
    api.correct(cancel["id"], code="161", reason="treat a cancelled visit as reduced relations", db=db)
    rep = api.recode(db=db)
    assert rep["articles"] == 46
    [after] = [e for e in api.events(db=db, count="mentions") if e["id"] == cancel["id"]]
    assert after["code"] == "161" and after["corrected_by"]
