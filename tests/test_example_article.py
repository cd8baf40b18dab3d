"""Acceptance test of the core path on the article riftwatch starts from (../shared)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from typer.testing import CliRunner

from riftwatch.cli import app
from riftwatch.store import Store


@pytest.fixture(scope="module")
def ingested(shared, tmp_path_factory):
    db = tmp_path_factory.mktemp("example") / "rw.duckdb"
    article = shared / "examples" / "korea-us-rift-2020-10-24.txt"
    res = CliRunner().invoke(app, ["--db", str(db), "ingest", str(article), "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert (report["new"], report["rejected"]) == (1, 0)
    return db


def test_example_article_metadata(ingested):
    with Store(ingested, read_only=True) as s:
        [a] = s.query("SELECT * FROM articles")
    assert a["title"] == "Diplomatic rift between S. Korea and U.S. deepens"
    assert a["published"] == datetime(2020, 10, 24, 7, 51)
    assert "Go to contents" not in a["text"] and "Posted" not in a["text"] and "Updated" not in a["text"]
    assert a["text"].startswith("During a ceremony marking the 70th anniversary")


def _events(db):
    with Store(db, read_only=True) as s:
        return s.events()


def test_example_article_exclusions_by_esper_and_pompeo(ingested):
    evs = _events(ingested)
    esper = [e for e in evs if e["source_country"] == "USA" and e["target_country"] == "KOR"
             and e["goldstein"] < 0 and "Esper" in e["sentence"]]
    pompeo = [e for e in evs if e["source"].startswith("USA") and e["target_country"] == "KOR"
              and e["goldstein"] < 0 and "Pompeo" in e["sentence"]]
    assert esper and pompeo, [(e["source"], e["target"], e["code"], e["sentence"][:50]) for e in evs]
    assert all(e["event_date"].isoformat() == "2020-10-24" for e in esper + pompeo)


def test_example_article_kim_positive_toward_china(ingested):
    evs = _events(ingested)
    assert [e for e in evs if e["source_country"] == "PRK" and e["target_country"] == "CHN"
            and e["goldstein"] > 0 and "Kim" in e["sentence"]]


def test_example_article_xi_conflict_toward_us(ingested):
    evs = _events(ingested)
    assert [e for e in evs if e["source_country"] == "CHN" and e["target_country"] == "USA"
            and e["quad_class"] in (3, 4) and "Xi" in e["sentence"]]


def test_example_article_no_event_from_should(ingested):
    evs = _events(ingested)
    assert not [e for e in evs if "should pay closer attention" in e["sentence"]]
    with Store(ingested, read_only=True) as s:
        flagged = s.events(status="all")
    # the recommendation may be stored, but only flagged, never as an asserted event
    assert all(e["status"] != "asserted" for e in flagged if "should pay closer attention" in e["sentence"])


def test_example_article_relations_negative_in_october(ingested):
    res = CliRunner().invoke(app, ["--db", str(ingested), "relations", "KOR", "USA", "--by", "month",
                                   "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    october = [r for r in rows if r["period"] == "2020-10-01"]
    assert october and sum(r["goldstein_sum"] for r in october) < 0
    assert {(r["source"], r["target"]) for r in october} >= {("USA", "KOR")}
