"""One event, many reports (riftwatch.store.dedup) and event locations (riftwatch.geo)."""

from __future__ import annotations

from datetime import date

import pytest

from riftwatch import api
from riftwatch.store import Store
from riftwatch.store.dedup import group

# Five reports of one visit, worded differently, from five outlets, dated over two days.
VISIT_REPORTS = [
    ("a1.txt", "Reuters", "2021-03-17",
     "Antony Blinken arrived in Tokyo on Tuesday for talks with Japanese officials."),
    ("a2.txt", "Kyodo", "2021-03-17",
     "U.S. Secretary of State Antony Blinken visited Tokyo on Tuesday."),
    ("a3.txt", "NHK", "2021-03-16",
     "Secretary of State Antony Blinken is visiting Japan this week, his first trip abroad in the post."),
    ("a4.txt", "Asahi", "2021-03-18",
     "Blinken made a visit to Japan on Tuesday, the State Department said on Thursday."),
    ("a5.txt", "AP", "2021-03-17",
     "The top American diplomat, Antony Blinken, travelled to Japan on Tuesday."),
]


def _write(tmp_path, name, source, day, body):
    p = tmp_path / name
    p.write_text(f"Title: {body[:40]}\nSource: {source}\nDate: {day}\n\n{body}\n", encoding="utf-8")
    return p


def _visits(db):
    return [e for e in api.events(db=db, source="USA", target="JPN", count="events") if e["root"] == "04"]


def test_five_reports_of_one_visit_are_one_event_with_five_mentions(tmp_path):
    paths = [_write(tmp_path, *r) for r in VISIT_REPORTS]
    db = str(tmp_path / "s.duckdb")
    api.ingest(paths, db=db, workers=1)
    mentions = [e for e in api.events(db=db, source="USA", target="JPN", count="mentions") if e["root"] == "04"]
    assert len(mentions) == 5, [m["sentence"] for m in mentions]
    events = _visits(db)
    assert len(events) == 1
    assert events[0]["mentions"] == 5 and events[0]["sources"] == 5
    assert len({m["event_key"] for m in mentions}) == 1


def test_two_visits_a_week_apart_stay_two(tmp_path):
    paths = [_write(tmp_path, "b1.txt", "Reuters", "2021-03-16",
                    "U.S. Secretary of State Antony Blinken visited Tokyo on Tuesday."),
             _write(tmp_path, "b2.txt", "Kyodo", "2021-03-23",
                    "U.S. Secretary of State Antony Blinken visited Tokyo again on Tuesday.")]
    db = str(tmp_path / "s.duckdb")
    api.ingest(paths, db=db, workers=1)
    assert len(_visits(db)) == 2


def test_grouping_does_not_depend_on_ingest_order(tmp_path):
    paths = [_write(tmp_path, *r) for r in VISIT_REPORTS]
    keys = []
    for order in (paths, list(reversed(paths))):
        db = str(tmp_path / f"s{len(keys)}.duckdb")
        for p in order:  # one article per run: grouping is redone as each arrives
            api.ingest([p], db=db, workers=1)
        with Store(db, read_only=True) as s:
            keys.append(s.query("SELECT id, event_key FROM events ORDER BY id"))
    assert keys[0] == keys[1]


def _m(i, day, code="042", city=None, precision="day", kind="city", country="JPN"):
    return {"id": i, "event_date": date.fromisoformat(day), "date_precision": precision, "code": code,
            "location_name": city, "location_kind": kind, "location_country": country,
            "location_source": "sentence" if city else None, "article_id": i, "sentence_index": 0}


def test_group_rules():
    # within two days of the event's first day → one event; the modal code is the representative
    g = group([_m("a", "2021-01-01", "042"), _m("b", "2021-01-02", "043"), _m("c", "2021-01-03", "042")])
    assert len(set(g.values())) == 1 and g["b"] in ("a", "c")
    # a chain of daily reports does not stretch one event past the window
    g = group([_m(str(k), f"2021-01-{k + 1:02d}") for k in range(6)])
    assert len(set(g.values())) == 2
    # different cities named in the sentences: different happenings
    g = group([_m("a", "2021-01-01", city="Tokyo"), _m("b", "2021-01-01", city="Osaka")])
    assert g["a"] != g["b"]
    # a city and its country agree; two countries do not
    g = group([_m("a", "2021-01-01", city="Tokyo"), _m("b", "2021-01-01", city="Japan", kind="country")])
    assert g["a"] == g["b"]
    g = group([_m("a", "2021-01-01", city="Japan", kind="country"),
               _m("b", "2021-01-01", city="South Korea", kind="country", country="KOR")])
    assert g["a"] != g["b"]
    # a month-precision report ("last month") joins the event dated inside that month, and the
    # precisely dated mention represents it
    g = group([_m("a", "2021-01-01", precision="month"), _m("b", "2021-01-14")])
    assert g["a"] == g["b"] == "b"
    # ... the one with its own code when there are several
    g = group([_m("a", "2021-01-01", "043", precision="month"), _m("b", "2021-01-05", "042"),
               _m("c", "2021-01-20", "043")])
    assert g["a"] == g["c"] != g["b"]
    # ... and stays on its own when nothing is dated inside its interval
    g = group([_m("a", "2021-01-01", precision="month"), _m("b", "2021-02-02")])
    assert g["a"] != g["b"]
    # no date: an event of its own
    g = group([{**_m("a", "2021-01-01"), "event_date": None}, _m("b", "2021-01-01")])
    assert g["a"] == "a" and g["b"] == "b"


def test_relations_count_events_vs_mentions(tmp_path):
    paths = [_write(tmp_path, *r) for r in VISIT_REPORTS]
    db = str(tmp_path / "s.duckdb")
    api.ingest(paths, db=db, workers=1)
    by_event = api.relations("USA", "JPN", "month", db=db)
    by_mention = api.relations("USA", "JPN", "month", db=db, count="mentions")
    n_ev = sum(r["events"] for r in by_event if r["source"] == "USA")
    n_me = sum(r["events"] for r in by_mention if r["source"] == "USA")
    assert n_ev == 1 and n_me == 5
    with pytest.raises(Exception, match="count must be"):
        api.relations("USA", "JPN", "month", db=db, count="reports")


# ----------------------------------------------------------------------------- locations

@pytest.mark.parametrize("text, name, country, kind", [
    ("U.S. Secretary of State Mike Pompeo met South Korean Foreign Minister Kang Kyung-wha in Washington "
     "on Monday.", "Washington", "USA", "city"),
    ("Chinese President Xi Jinping visited Pyongyang on Thursday.", "Pyongyang", "PRK", "city"),
    ("Israel launched air strikes on Hamas targets in the Gaza Strip.", "Gaza Strip", None, None),
    ("Iran seized a British tanker in the Strait of Hormuz.", "Strait of Hormuz", None, "region"),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", "Bakhmut", "UKR", "city"),
    ("The United States and North Korea held talks in Singapore on Tuesday.", "Singapore", "SGP", None),
])
def test_location_from_the_sentence(code, text, name, country, kind):
    evs = code(text, "2020-10-24")
    assert evs, text
    located = [e for e in evs if e.location_name]
    assert located, [(e.source, e.target, e.code) for e in evs]
    e = located[0]
    assert e.location_name == name and e.location_source == "sentence"
    if country:
        assert e.location_country == country
    if kind:
        assert e.location_kind == kind
    assert e.location_lat is not None and e.location_lon is not None


def test_location_country_is_not_an_actor_country(code):
    # the place is Singapore; the actors are the U.S. and North Korea
    evs = code("The United States and North Korea held talks in Singapore on Tuesday.")
    assert evs
    for e in evs:
        assert e.location_country == "SGP"
        assert {e.source_country, e.target_country} <= {"USA", "PRK"}


def test_actors_are_not_locations_and_persons_are_not_cities(code):
    for e in code("Washington condemned Beijing over the crackdown."):
        assert e.location_name is None
    # "Pompeo" is also a spelling of a Brazilian town in the city table
    for e in code("South Korea's foreign minister met Pompeo on Monday."):
        assert e.location_name is None


def test_a_place_on_the_reporting_verb_is_not_the_events(code):
    evs = code("Pompeo canceled his planned visit to South Korea, the State Department said in Washington.")
    assert evs and all(e.location_name != "Washington" for e in evs)


def test_dateline_location_is_marked(code):
    evs = code("LONDON (Reuters) - Britain expelled two Russian diplomats on Tuesday.")
    assert evs and evs[0].location_name == "London" and evs[0].location_source == "dateline"
    assert evs[0].location_country == "GBR"


def test_namesake_cities_prefer_the_actors_country():
    from riftwatch.actors import KnowledgeBase
    from riftwatch.geo import gazetteer_for

    gaz = gazetteer_for(KnowledgeBase.load())
    assert gaz.lookup("Birmingham").country == "GBR"
    assert gaz.lookup("Birmingham", prefer={"USA"}).country == "USA"
    # a capital stays the capital whoever the actors are
    assert gaz.lookup("Paris", prefer={"USA"}).country == "FRA"
    assert gaz.lookup("in October") is None and gaz.lookup("Asia") is None


def test_locations_are_stored_and_exported(tmp_path):
    p = _write(tmp_path, "c.txt", "Reuters", "2020-10-24",
               "Chinese President Xi Jinping visited Pyongyang on Thursday.")
    db = str(tmp_path / "s.duckdb")
    api.ingest([p], db=db, workers=1)
    [e] = [e for e in api.events(db=db, source="CHN") if e["root"] == "04"]
    assert e["location_name"] == "Pyongyang" and e["location_country"] == "PRK"
    assert abs(e["location_lat"] - 39.03) < 0.1
    from riftwatch.interop.gdelt import export_events

    out = tmp_path / "e.jsonl"
    with Store(db, read_only=True) as store:
        export_events(store, "jsonl", out)
        export_events(store, "gdelt", tmp_path / "e.tsv")
    assert '"location_name": "Pyongyang"' in out.read_text()
    from riftwatch.interop.gdelt import GDELT_COLUMNS

    row = dict(zip(GDELT_COLUMNS, (tmp_path / "e.tsv").read_text().rstrip("\n").split("\t")))
    assert row["ActionGeo_FullName"] == "Pyongyang" and row["ActionGeo_CountryCode"] == "KN"
    assert row["ActionGeo_Type"] == "4"


def test_a_vague_report_joins_the_earliest_event_inside_its_interval_among_many():
    # many precisely dated events of one key, and month- and week-dated reports: each vague
    # report joins the earliest event of its interval with its code (found by bisection)
    def m(i, day, precision="day", code="042"):
        return {"id": f"m{i}", "event_date": day, "date_precision": precision, "code": code,
                "location_name": None, "location_kind": None, "location_country": None,
                "location_source": None, "article_id": f"a{i}", "sentence_index": 0}
    precise = [m(i, date(2021, 1 + i // 40, 1 + (i * 7) % 28)) for i in range(200)]
    vague = [m(1000 + k, date(2021, 1 + k, 1), "month") for k in range(5)] + [
        m(2000, date(2021, 3, 8), "week"), m(2001, date(2030, 1, 1), "month")]
    out = group(precise + vague)
    for v in vague[:-1]:
        lo = v["event_date"]
        hi = date(lo.year, lo.month, 28) if v["date_precision"] == "month" else date(lo.year, lo.month, lo.day + 6)
        inside = sorted((p for p in precise if lo <= p["event_date"] <= hi), key=lambda p: (p["event_date"], p["id"]))
        assert inside, v
        assert out[v["id"]] == out[inside[0]["id"]]  # the earliest precise event in the interval
    assert out["m2001"] == "m2001"  # nothing inside its interval: an event of its own
