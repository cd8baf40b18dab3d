from __future__ import annotations

import gzip
import json
from datetime import datetime

import pytest

from riftwatch.errors import ConfigError, RejectReason
from riftwatch.ingest import parse_columns, parse_text_article, read_inputs
from riftwatch.models import Article, Rejection
from riftwatch.pipeline import run_ingest
from riftwatch.store import Store

SCRAPED = """Go to contents

Seoul and Tokyo hold first talks in a year

Posted November. 10, 2020 09:15,

Updated November. 10, 2020 11:02

South Korea's spy chief met Japanese Prime Minister Yoshihide Suga in Tokyo on Tuesday.

The two sides discussed the wartime labour dispute.

Share
Print
Copyright 2020 Example Daily. All rights reserved.
"""

HEADER = """Title: Beijing condemns arms sale
Date: 2020-10-26T18:00:00+08:00
Source: Eastern Wire
URL: https://example.org/arms

China condemned the United States over a new arms sale to Taiwan.
"""

HTML = """<!doctype html><html lang="en"><head><title>Wang Yi arrives in Seoul | Harbor Times</title>
<meta property="article:published_time" content="2020-11-26T14:00:00+09:00">
<meta property="og:site_name" content="Harbor Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Wang Yi arrives in Seoul</h1><time datetime="2020-11-26T14:00:00+09:00">26 Nov 2020</time>
<p>Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang Kyung-wha in Seoul on Thursday.</p>
<p>The two ministers agreed to expand exchanges between the two countries next year, officials said after
the meeting at the foreign ministry, which lasted about two hours.</p>
<p>Wang also met South Korean President Moon Jae-in at the presidential office later in the day.</p>
</article><footer>Copyright 2020 Harbor Times. All rights reserved. Contact us. Privacy policy.</footer></body></html>
"""


def test_ingest_text_scraped_page_furniture_and_dates():
    p = parse_text_article(SCRAPED)
    assert p.title == "Seoul and Tokyo hold first talks in a year"
    assert p.published == datetime(2020, 11, 10, 9, 15)
    assert p.updated == datetime(2020, 11, 10, 11, 2)
    assert "Go to contents" not in p.text and "Posted" not in p.text and "Copyright" not in p.text
    assert p.text.startswith("South Korea's spy chief met")
    assert p.text.endswith("labour dispute.")


def test_ingest_text_header_block():
    p = parse_text_article(HEADER)
    assert p.title == "Beijing condemns arms sale"
    assert p.published == datetime(2020, 10, 26, 18, 0)
    assert p.source == "Eastern Wire" and p.url == "https://example.org/arms"
    assert p.text == "China condemned the United States over a new arms sale to Taiwan."


def test_ingest_html_boilerplate_removed_and_dated(tmp_path):
    f = tmp_path / "wang.html"
    f.write_text(HTML, encoding="utf-8")
    [a] = list(read_inputs([f]))
    assert isinstance(a, Article), a
    assert a.title.startswith("Wang Yi arrives in Seoul")
    assert a.published is not None and a.published.date().isoformat() == "2020-11-26"
    assert "Subscribe now" not in a.text and "Privacy policy" not in a.text
    assert "Kang Kyung-wha" in a.text


def test_ingest_columns_mapping_parse_and_errors():
    assert parse_columns("text=body,title=headline,date=published,url=link") == {
        "text": "body", "title": "headline", "date": "published", "url": "link"}
    with pytest.raises(ConfigError, match="RW111"):
        parse_columns("txt=body")
    with pytest.raises(ConfigError, match="RW110"):
        parse_columns("text")


def test_ingest_jsonl_and_csv_with_mapping(tmp_path):
    j = tmp_path / "a.jsonl"
    j.write_text(json.dumps({"body": "Japan praised India.", "headline": "H1", "published": "2020-12-01",
                             "link": "https://x/1"}) + "\n" + "{not json}\n"
                 + json.dumps({"headline": "no body"}) + "\n", encoding="utf-8")
    c = tmp_path / "b.csv"
    c.write_text("headline,body,published\nH2,Russia criticized Britain.,2020-12-02\nH3,,2020-12-03\n"
                 "H4,Text here.,not a date\n", encoding="utf-8")
    out = list(read_inputs([j, c], columns="text=body,title=headline,date=published,url=link"))
    arts = [x for x in out if isinstance(x, Article)]
    rejs = {x.origin.rsplit("/", 1)[-1]: x.reason for x in out if isinstance(x, Rejection)}
    assert [a.title for a in arts] == ["H1", "H2"]
    assert arts[0].url == "https://x/1" and arts[0].published == datetime(2020, 12, 1)
    assert rejs == {"a.jsonl#L2": RejectReason.MALFORMED, "a.jsonl#L3": RejectReason.MISSING_TEXT,
                    "b.csv#row2": RejectReason.MISSING_TEXT, "b.csv#row3": RejectReason.BAD_DATE}


def _bad_folder(tmp_path):
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "good1.txt").write_text(HEADER, encoding="utf-8")
    (d / "sub" / "good2.txt").write_text(SCRAPED, encoding="utf-8")
    with gzip.open(d / "sub" / "good3.html.gz", "wt", encoding="utf-8") as f:
        f.write(HTML)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG" * 50)
    (d / "latin1.txt").write_bytes("Caf\xe9 in Par\xeds, with Fran\xe7ois.".encode("latin-1"))
    whole = gzip.compress(("Japan praised India. " * 200).encode())
    (d / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    (d / "rows.csv").write_text("title,text\nT1,\nT2,Germany thanked France.\n", encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 ...")
    return d


def test_ingest_bad_inputs_rejected_with_reasons_good_ones_stored(tmp_path, opts, engine):
    d = _bad_folder(tmp_path)
    report = run_ingest([str(d)], opts, engine=engine)
    reasons = {r.origin.split("inbox/")[1]: r.reason for r in report.rejections}
    assert reasons == {
        "binary.txt": RejectReason.BINARY,
        "empty.txt": RejectReason.EMPTY,
        "latin1.txt": RejectReason.ENCODING,
        "notes.pdf": RejectReason.UNSUPPORTED,
        "rows.csv#row1": RejectReason.MISSING_TEXT,
        "truncated.txt.gz": RejectReason.TRUNCATED,
    }
    assert report.counts.new == 4  # good1, good2, good3 (gzipped HTML), rows.csv#row2
    with Store(opts.db, read_only=True) as s:
        assert s.counts()["articles"] == 4
        stored = {r["reason"] for r in s.query("SELECT reason FROM rejections")}
        assert stored == {r.value for r in reasons.values()}
        msgs = s.query("SELECT message FROM rejections WHERE reason = 'encoding'")
        assert "UTF-8" in msgs[0]["message"]


def test_ingest_rerun_is_idempotent(tmp_path, opts, engine):
    d = _bad_folder(tmp_path)
    first = run_ingest([str(d)], opts, engine=engine)
    with Store(opts.db, read_only=True) as s:
        before = s.counts()
        ev_before = s.query("SELECT id FROM events ORDER BY id")
    second = run_ingest([str(d)], opts, engine=engine)
    assert second.counts.new == 0 and second.counts.duplicate == first.counts.new
    with Store(opts.db, read_only=True) as s:
        assert s.counts() == before
        assert s.query("SELECT id FROM events ORDER BY id") == ev_before
        assert s.query("SELECT count(*) AS n FROM ingest_runs")[0]["n"] == 2


def test_ingest_same_text_twice_in_one_run_is_one_article(tmp_path, opts, engine):
    (tmp_path / "a.txt").write_text(HEADER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEADER.replace("\n\n", "\n\n\n"), encoding="utf-8")
    report = run_ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], opts, engine=engine)
    assert (report.counts.new, report.counts.duplicate) == (1, 1)


def test_ingest_missing_path_is_a_rejection(tmp_path, opts, engine):
    report = run_ingest([str(tmp_path / "nope.txt")], opts, engine=engine)
    assert [r.reason for r in report.rejections] == [RejectReason.UNREADABLE]
