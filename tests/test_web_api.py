"""The dashboard's JSON API and pages, in process (FastAPI's TestClient): every endpoint,
malformed parameters (4xx JSON, never a traceback), escaping of hostile article text,
and read-only access."""

from __future__ import annotations

import json
import re
import socket
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
with warnings.catch_warnings():  # newer Starlette prefers httpx2 and says so on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from riftwatch import api
from riftwatch.web import create_app

HOSTILE = """Title: Seoul <script>alert(1)</script> condemns <img src=x onerror=alert(1)> launch
Date: 2020-10-10
Source: Wire <b>bold</b>
URL: javascript:alert(1)

South Korea condemned North Korea on Saturday <script>alert(1)</script> after the launch.

Japan criticized China <img src=x onerror=alert(1)> over the drills near the islands.
"""


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("hostile")
    (d / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    db = str(d / "hostile.duckdb")
    rep = api.ingest([str(d / "evil.txt"), str(d / "empty.txt")], db=db)
    counts = rep.to_dict()
    assert counts["new"] == 1 and counts["rejected"] == 1
    return db


@pytest.fixture(scope="module")
def client(demo_db):
    return TestClient(create_app(demo_db), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def hostile(hostile_db):
    return TestClient(create_app(hostile_db), raise_server_exceptions=False)


def ok(client, url: str):
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


# ------------------------------------------------------------------ every endpoint
def test_openapi_lists_every_api_endpoint(client):
    spec = ok(client, "/openapi.json")
    want = {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events/{event_id}", "/api/actors",
            "/api/countries", "/api/countries/{code}", "/api/relations/{a}/{b}", "/api/dyads", "/api/dyad/{a}/{b}",
            "/api/rifts", "/api/rapprochements", "/api/network", "/api/status"}
    assert want <= set(spec["paths"]), want - set(spec["paths"])
    assert not [p for p in spec["paths"] if not p.startswith("/api/")], "pages must stay out of the API spec"


def test_articles_paging_and_search(client):
    first = ok(client, "/api/articles?page_size=5")
    assert first["total"] == 46 and first["pages"] == 10 and len(first["items"]) == 5
    last = ok(client, "/api/articles?page_size=5&page=10")
    assert len(last["items"]) == 1
    seen = {a["id"] for p in range(1, 11) for a in ok(client, f"/api/articles?page_size=5&page={p}")["items"]}
    assert len(seen) == 46
    hits = ok(client, "/api/articles?q=pompeo")
    assert hits["total"] >= 2 and all("pompeo" in a["title"].lower() for a in hits["items"])
    oct_ = ok(client, "/api/articles?since=2020-10-01&until=2020-10-31&page_size=200")
    assert oct_["total"] and all(a["published"][:7] == "2020-10" for a in oct_["items"])


def test_article_detail_has_text_and_all_its_events(client):
    aid = ok(client, "/api/articles?q=pompeo%20drops")["items"][0]["id"]
    art = ok(client, f"/api/articles/{aid}")
    assert "Pompeo" in art["text"] and art["events"]
    assert all(e["article_id"] == aid for e in art["events"])
    assert {e["status"] for e in art["events"]} >= {"asserted"}


def test_events_filters_and_paging(client):
    dyad = ok(client, "/api/events?actor=KOR&partner=USA&page_size=200")
    assert dyad["total"] == len(dyad["items"]) > 10
    for e in dyad["items"]:
        assert {e["source"][:3], e["target"][:3]} == {"KOR", "USA"}
    pages = [ok(client, f"/api/events?actor=KOR&partner=USA&page_size=7&page={p}")["items"]
             for p in range(1, -(-dyad["total"] // 7) + 1)]
    assert [e["id"] for p in pages for e in p] == [e["id"] for e in dyad["items"]]
    coded = ok(client, "/api/events?code=04&page_size=200")["items"]
    assert coded and all(e["code"].startswith("04") for e in coded)
    text = ok(client, "/api/events?q=SANCTIONS&page_size=200")["items"]
    assert text and all("sanctions" in (e["sentence"] + (e["article_title"] or "")).lower() for e in text)
    window = ok(client, "/api/events?since=2020-11-01&until=2020-11-30&page_size=200")["items"]
    assert window and all("2020-11-01" <= e["event_date"] <= "2020-11-30" for e in window)
    dates = [e["event_date"] for e in window]
    assert dates == sorted(dates, reverse=True)
    assert ok(client, "/api/events?status=all&page_size=1")["total"] > ok(client, "/api/events?page_size=1")["total"]
    src = ok(client, "/api/events?source=USAGOV&page_size=200")["items"]
    assert src and all(e["source"].startswith("USAGOV") for e in src)


def test_event_detail(client):
    e = ok(client, "/api/events?actor=KOR&partner=USA&page_size=1")["items"][0]
    one = ok(client, f"/api/events/{e['id']}")
    assert one["sentence"] == e["sentence"] and one["rule"] == e["rule"] and one["label"]


def test_actors(client):
    res = ok(client, "/api/actors?page_size=3")
    assert res["total"] > 3 and len(res["items"]) == 3
    assert [a["events"] for a in res["items"]] == sorted((a["events"] for a in res["items"]), reverse=True)
    moon = ok(client, "/api/actors?q=moon")["items"]
    assert moon and all("moon" in a["name"].lower() or a["code"].startswith("MOON") for a in moon)


def test_countries_and_country_profile_match_the_analysis(client, demo_db):
    from riftwatch.analysis.network import country_profile
    from riftwatch.store import Store

    cs = ok(client, "/api/countries")
    assert cs[0]["code"] == "KOR" and {"USA", "CHN", "JPN"} <= {c["code"] for c in cs}
    got = ok(client, "/api/countries/kor?since=2020-10-01&until=2020-10-31")
    with Store(demo_db, read_only=True) as s:
        want = country_profile(s, "KOR", api._day("2020-10-01"), api._day("2020-10-31"))
    assert got["country"] == "KOR"
    assert [r["partner"] for r in got["partners"]] == [r["partner"] for r in want["partners"]]
    assert [r["mean_goldstein"] for r in got["adversaries"]] == [r["mean_goldstein"] for r in want["adversaries"]]


def test_relations_and_dyads_match_the_api(client, demo_db):
    got = ok(client, "/api/relations/KOR/USA?by=month")
    want = json.loads(json.dumps(api.relations("KOR", "USA", "month", db=demo_db), default=str))
    assert got == want and got
    assert ok(client, "/api/dyads?limit=5") == json.loads(json.dumps(api.dyads(limit=5, db=demo_db)))


def test_dyad_view_data(client):
    d = ok(client, "/api/dyad/usa/kor?by=week&key=5")
    assert (d["a"], d["b"], d["by"]) == ("USA", "KOR", "week")
    assert d["events"] and all({e["source_country"], e["target_country"]} == {"KOR", "USA"} for e in d["events"])
    assert all(e["sentence"] and e["rule"] and e["code"] for e in d["events"])
    assert len(d["key_events"]) == 5 and {e["id"] for e in d["key_events"]} <= {e["id"] for e in d["events"]}
    biggest = max(abs(e["goldstein"]) for e in d["events"])
    assert abs(d["key_events"][0]["goldstein"]) == biggest
    assert {(r["source"], r["target"]) for r in d["relations"]} == {("USA", "KOR"), ("KOR", "USA")}


def test_rifts_and_rapprochements_match_the_api(client, demo_db):
    # the 46-article demo supports no claim at 5% (see tests/test_changes.py); a loose
    # reading level shows its weak candidates, which must match the library's
    assert ok(client, "/api/rifts?since=2020-09-01") == []
    assert ok(client, "/api/rifts?alpha=0.2&since=2020-09-01") == json.loads(json.dumps(
        api.changes("rift", db=demo_db, since="2020-09-01", alpha=0.2)))
    rifts = ok(client, "/api/rifts?alpha=0.5&since=2020-09-01")
    assert rifts == json.loads(json.dumps(api.changes("rift", db=demo_db, since="2020-09-01", alpha=0.5)))
    assert rifts and not any(r["actors"] == ["KOR", "USA"] for r in rifts)
    assert all(r["kind"] == "rift" and r["after"] < r["before"] and r["series"] for r in rifts)
    raps = ok(client, "/api/rapprochements?alpha=0.5")
    assert all(r["kind"] == "rapprochement" and r["after"] > r["before"] for r in raps)
    assert ok(client, "/api/rifts?since=2030-01-01") == []


def test_network(client):
    n = ok(client, "/api/network?min_events=2")
    codes = {v["code"] for v in n["nodes"]}
    assert {"KOR", "USA", "CHN"} <= codes
    assert all(-1.01 <= v["x"] <= 1.01 and -1.01 <= v["y"] <= 1.01 for v in n["nodes"])
    assert all(e["a"] in codes and e["b"] in codes and e["events"] >= 2 for e in n["edges"])
    assert {m for b in n["blocs"] for m in b["members"]} == codes
    kor_usa = next(e for e in n["edges"] if (e["a"], e["b"]) == ("KOR", "USA"))
    assert kor_usa["sign"] == 1
    assert len(ok(client, "/api/network?min_events=10")["edges"]) < len(n["edges"])


def test_status(client, hostile):
    st = ok(client, "/api/status")
    assert st["counts"]["articles"] == 46 and st["runs"][0]["n_new"] == 46
    assert st["runs"][0]["inputs"] and st["rejections"] == []
    hs = ok(hostile, "/api/status")
    assert hs["rejections_by_reason"] == [{"reason": "empty", "n": 1}]
    assert hs["rejections"][0]["origin"].endswith("empty.txt")


# ------------------------------------------------------------------ malformed parameters
BAD = [
    ("/api/events?since=2020-13-01", 400, "since must be YYYY-MM-DD"),
    ("/api/events?until=yesterday", 400, "until must be YYYY-MM-DD"),
    ("/api/events?since=2020-11-01&until=2020-10-01", 400, "after until"),
    ("/api/events?page_size=100000", 400, "page_size"),
    ("/api/events?page=0", 400, "page"),
    ("/api/events?page=abc", 400, "page"),
    ("/api/events?code=abc", 400, "code must be a CAMEO code"),
    ("/api/events?code=12345", 400, "code must be a CAMEO code"),
    ("/api/events?status=maybe", 400, "status must be one of"),
    ("/api/events?actor=K%27OR", 400, "actor must be"),
    ("/api/events?actor=ZZZ", 404, "unknown actor"),
    ("/api/events?partner=USA", 400, "partner needs an actor"),
    ("/api/events?q=" + "x" * 300, 400, "q"),
    ("/api/articles?page_size=201", 400, "page_size"),
    ("/api/articles/nope", 404, "no article"),
    ("/api/events/nope", 404, "no event"),
    ("/api/actors?page_size=-1", 400, "page_size"),
    ("/api/countries?since=2020-10-32", 400, "since must be YYYY-MM-DD"),
    ("/api/countries/XYZ", 404, "unknown country"),
    ("/api/countries/K1", 400, "3-letter"),
    ("/api/countries/KOR?days=0", 400, "days"),
    ("/api/relations/KOR/XYZ", 404, "unknown country"),
    ("/api/relations/KOR/USA?by=fortnight", 400, "by must be one of"),
    ("/api/dyad/KOR/KOR", 400, "two different countries"),
    ("/api/dyad/KOR/%3Cscript%3E", 400, "3-letter"),
    ("/api/dyads?limit=100000", 400, "limit"),
    ("/api/rifts?alpha=2", 400, "alpha"),
    ("/api/rifts?by=year", 400, "by must be day, week or month"),
    ("/api/rapprochements?min_events=0", 400, "min_events"),
    ("/api/network?min_events=-3", 400, "min_events"),
    ("/api/network?since=soon", 400, "since must be YYYY-MM-DD"),
    ("/api/nothing-here", 404, "no such page or endpoint"),
]


@pytest.mark.parametrize("url,status,words", BAD, ids=[b[0][:60] for b in BAD])
def test_malformed_parameters_get_a_json_4xx(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "detail"} and words in body["detail"], body
    assert "Traceback" not in r.text and 'File "' not in r.text


def test_pages_answer_browsers_with_an_html_error_page(client):
    r = client.get("/dyad/KOR/XYZ?since=x", headers={"accept": "text/html"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "since must be YYYY-MM-DD" in r.text and "Traceback" not in r.text
    r = client.get("/country/XYZ", headers={"accept": "text/html"})
    assert r.status_code == 404 and "unknown country" in r.text
    r = client.get("/country/XYZ")  # no browser: JSON
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = client.get("/dyad/KOR/%3Cimg%20src=x%20onerror=alert(1)%3E", headers={"accept": "text/html"})
    assert r.status_code == 400 and "<img src" not in r.text and "&lt;img src=x onerror=alert(1)&gt;" in r.text


def test_unexpected_errors_are_a_bare_json_500(client, monkeypatch):
    from riftwatch.web import queries

    def boom(*a, **kw):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(queries, "status", boom)
    r = client.get("/api/status")
    assert r.status_code == 500
    assert r.json() == {"error": "internal", "detail": "internal server error; the details are in the server log"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_a_missing_store_is_a_503_with_the_reason(tmp_path):
    c = TestClient(create_app(tmp_path / "none.duckdb"), raise_server_exceptions=False)
    r = c.get("/api/events")
    assert r.status_code == 503 and r.json()["error"] == "store_unavailable"
    assert "riftwatch ingest" in r.json()["detail"]


# ------------------------------------------------------------------ pages
PAGES = ["/", "/?alpha=0.2", "/dyad/KOR/USA", "/dyad/KOR/USA?by=month&since=2020-10-01", "/country/KOR",
         "/country/KOR?since=2020-10-01&until=2020-10-31", "/network", "/network?min_events=5", "/events",
         "/events?actor=KOR&partner=USA&q=alliance&page=1", "/articles", "/articles?q=suga", "/ingest"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>" in r.text and "riftwatch" in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"""(src|href|action)\s*=\s*["']?(https?:)?//""", r.text), \
        "pages must not load or link anything from elsewhere"


def test_window_is_carried_across_links(client):
    html = client.get("/?since=2020-10-01&until=2020-11-30").text
    assert 'href="/dyad/KOR/USA?since=2020-10-01&amp;until=2020-11-30"' in html
    assert 'href="/network?since=2020-10-01&amp;until=2020-11-30"' in html
    assert 'value="2020-10-01"' in html and 'value="2020-11-30"' in html


def test_dyad_and_country_pickers_redirect(client):
    r = client.get("/dyad?a=kor&b=usa&since=2020-10-01", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyad/KOR/USA?since=2020-10-01"
    r = client.get("/country?code=jpn", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/country/JPN"
    assert client.get("/dyad?a=K&b=USA").status_code == 400


def test_events_page_pages_and_filters(client):
    html = client.get("/events?actor=KOR&page_size=10").text
    assert 'rel="next"' in html and "page 1 of" in html
    html2 = client.get("/events?actor=KOR&page_size=10&page=2").text
    assert 'rel="prev"' in html2 and "page 2 of" in html2
    assert "No events match" in client.get("/events?q=zzzznothing").text


def test_static_assets_and_plotly_are_served_locally(client):
    js = client.get("/static/dashboard.js")
    assert js.status_code == 200 and "textContent" in js.text and "innerHTML" not in js.text
    assert client.get("/static/style.css").status_code == 200
    from riftwatch.web.app import plotly_js

    r = client.get("/static/vendor/plotly.min.js")
    if plotly_js() is None:
        assert r.status_code == 404 and "pip install plotly" in r.json()["detail"]
    else:
        assert r.status_code == 200 and "plotly" in r.text[:2000].lower() and len(r.content) > 100_000


# ------------------------------------------------------------------ escaping
def test_hostile_article_text_is_escaped_in_pages(hostile):
    aid = ok(hostile, "/api/articles")["items"][0]["id"]
    for url in (f"/articles/{aid}", "/articles", "/events", "/events?q=alert", "/dyad/KOR/PRK", "/dyad/CHN/JPN",
                "/?alpha=0.2", "/ingest"):
        html = hostile.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html, url
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "").replace(
            "onerror=alert(1)\\u003e", ""), url
    page = hostile.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:alert(1)" in page and 'href="javascript:' not in page
    dyad = hostile.get("/dyad/KOR/PRK").text
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in dyad  # inside the JSON data block


def test_hostile_text_comes_back_verbatim_as_json(hostile):
    evs = ok(hostile, "/api/events?q=%3Cscript%3E")["items"]
    assert evs and "<script>alert(1)</script>" in evs[0]["sentence"]
    r = hostile.get("/api/events")
    assert r.headers["content-type"].startswith("application/json") and r.headers["x-content-type-options"] == "nosniff"


# ------------------------------------------------------------------ read-only
def test_the_app_holds_no_lock_between_requests(demo_db):
    """Each request opens the store read-only and closes it, so a writer can get in between."""
    from riftwatch.store import Store

    c = TestClient(create_app(demo_db))
    assert c.get("/api/status").status_code == 200
    before = Path(demo_db).stat().st_mtime_ns
    with Store(demo_db, read_only=False) as writer:  # raises if the app still held the file
        assert writer.counts()["articles"] == 46
    assert c.get("/api/dyads").status_code == 200
    assert Path(demo_db).stat().st_mtime_ns >= before


def test_the_store_is_opened_read_only(demo_db, monkeypatch):
    from riftwatch.web import app as web_app

    modes = []
    real = web_app.Store

    def spy(path, read_only=False):
        modes.append(read_only)
        return real(path, read_only=read_only)

    monkeypatch.setattr(web_app, "Store", spy)
    c = TestClient(create_app(demo_db))
    for url in ("/api/events", "/api/status", "/", "/network"):
        assert c.get(url).status_code == 200
    assert modes and all(modes)


# ------------------------------------------------------------------ the serve command
def test_serve_command_errors_are_one_line(tmp_path, demo_db):
    from typer.testing import CliRunner

    from riftwatch.cli import app
    from riftwatch.cli.web_cmd import _loopback

    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 2 and "no riftwatch store" in r.output and "Traceback" not in r.output
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = CliRunner().invoke(app, ["serve", "--db", demo_db, "--port", str(port)])
    assert r.exit_code == 2 and f"cannot serve on 127.0.0.1:{port}" in r.output
    assert _loopback("127.0.0.1") and _loopback("::1") and _loopback("localhost")
    assert not _loopback("0.0.0.0") and not _loopback("192.168.1.4")
