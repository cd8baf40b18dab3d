"""RSS/Atom feed files and WARC archives: articles, metadata, rejections with reasons, the rest kept."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from datetime import datetime

from riftwatch.errors import RejectReason
from riftwatch.ingest import collect_summaries, feed_kind, read_inputs
from riftwatch.models import Article, Rejection
from riftwatch.pipeline import run_ingest
from riftwatch.store import Store

RSS = """<?xml version="1.0" encoding="utf-8"?>
<!-- saved from the Harbor Times -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbor Times &amp; Co</title><link>https://harbor.example/</link><language>en</language>
  <item>
    <title>Wang Yi arrives in Seoul</title>
    <link>https://harbor.example/wang-seoul</link>
    <pubDate>Thu, 26 Nov 2020 14:00:00 +0900</pubDate>
    <description><![CDATA[<p>Chinese Foreign Minister Wang Yi met South Korean Foreign Minister
      Kang Kyung-wha in Seoul on Thursday.</p><p>Talks &amp; a dinner followed.<script>track()</script></p>]]></description>
  </item>
  <item>
    <title>Seoul and Tokyo hold talks</title>
    <link>https://harbor.example/seoul-tokyo</link>
    <pubDate>Tue, 10 Nov 2020 09:15:00 +0900</pubDate>
    <description>A teaser.</description>
    <content:encoded><![CDATA[<h2>Talks</h2><p>South Korea's spy chief met Japanese Prime Minister Yoshihide
      Suga in Tokyo on Tuesday.</p><ul><li>The two sides discussed the wartime labour dispute.</li></ul>]]></content:encoded>
  </item>
  <item>
    <title>A date nobody can read</title>
    <pubDate>the day after the storm</pubDate>
    <description>Japan praised India.</description>
  </item>
  <item>
    <title>Headline only</title>
    <link>https://harbor.example/headline-only</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Eastern Wire</title>
  <id>urn:uuid:0b5c7c5e-1</id><updated>2020-10-27T08:00:00Z</updated>
  <entry>
    <title type="html">Beijing &lt;em&gt;condemns&lt;/em&gt; arms sale</title>
    <link rel="alternate" href="https://wire.example/arms"/>
    <id>urn:uuid:0b5c7c5e-2</id>
    <published>2020-10-26T18:00:00+08:00</published>
    <updated>2020-10-27T08:00:00+08:00</updated>
    <summary>China condemned the sale.</summary>
    <content type="html">&lt;p&gt;China condemned the United States over a new arms sale to Taiwan.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://wire.example/visit"/>
    <id>urn:uuid:0b5c7c5e-3</id>
    <updated>2020-10-20T10:30:00+08:00</updated>
    <summary type="text">Russia criticized Britain over the expulsion of two diplomats.</summary>
  </entry>
</feed>
"""

HTML_PAGE = """<!doctype html><html lang="en"><head><title>Moon meets Wang | Harbor Times</title>
<meta property="article:published_time" content="2020-11-26T16:00:00+09:00">
<meta property="og:site_name" content="Harbor Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Moon meets Wang</h1>
<p>South Korean President Moon Jae-in met Chinese Foreign Minister Wang Yi at the presidential office in
Seoul on Thursday afternoon, officials said.</p>
<p>The two discussed cooperation on the pandemic and a planned visit by Chinese President Xi Jinping, which
both sides said would take place once conditions allowed.</p>
<p>Wang had met South Korean Foreign Minister Kang Kyung-wha earlier in the day for about two hours.</p>
</article><footer>Copyright 2020 Harbor Times. All rights reserved.</footer></body></html>
"""

UNDATED_PAGE = """<!doctype html><html lang="en"><head><title>Tokyo and Canberra sign pact</title></head>
<body><article><h1>Tokyo and Canberra sign pact</h1>
<p>Japan and Australia agreed in principle on a defence pact that allows their forces to train in each
other's countries, the two prime ministers said after talks in Tokyo.</p>
<p>Australian Prime Minister Scott Morrison travelled to Tokyo for the meeting with Yoshihide Suga, his first
trip abroad since the start of the pandemic, and both leaders praised the agreement.</p>
</article></body></html>
"""


def _read(path):
    items = list(read_inputs([path]))
    arts = [x for x in items if isinstance(x, Article)]
    rejs = {x.origin.rsplit("/", 1)[-1]: x for x in items if isinstance(x, Rejection)}
    return arts, rejs


# ---------------------------------------------------------------- feeds
def test_feeds_rss_entries_become_articles_and_bad_entries_are_rejected_alone(tmp_path):
    f = tmp_path / "harbor.rss"
    f.write_text(RSS, encoding="utf-8")
    arts, rejs = _read(f)
    assert [a.origin.rsplit("/", 1)[-1] for a in arts] == ["harbor.rss#entry1", "harbor.rss#entry2"]
    wang, talks = arts
    assert wang.title == "Wang Yi arrives in Seoul" and wang.url == "https://harbor.example/wang-seoul"
    assert wang.published == datetime(2020, 11, 26, 14, 0)  # the wall-clock time the feed printed
    assert (wang.source, wang.format, wang.language) == ("Harbor Times & Co", "rss", "en")
    assert wang.text.startswith("Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang")
    assert wang.text.endswith("Talks & a dinner followed.")
    assert "<" not in wang.text and "track()" not in wang.text and "\n\n" in wang.text
    # full content:encoded wins over the teaser, markup gone, one paragraph per block
    assert talks.text.split("\n\n") == ["Talks", "South Korea's spy chief met Japanese Prime Minister Yoshihide "
                                        "Suga in Tokyo on Tuesday.", "The two sides discussed the wartime labour dispute."]
    assert rejs["harbor.rss#entry3"].reason is RejectReason.BAD_DATE
    assert "the day after the storm" in rejs["harbor.rss#entry3"].message
    assert rejs["harbor.rss#entry4"].reason is RejectReason.MISSING_TEXT
    assert "title but no summary or content" in rejs["harbor.rss#entry4"].message
    assert len(rejs) == 2


def test_feeds_atom_dates_title_markup_and_updated_only_entries(tmp_path):
    f = tmp_path / "wire.atom"
    f.write_text(ATOM, encoding="utf-8")
    arts, rejs = _read(f)
    assert not rejs
    arms, visit = arts
    assert arms.format == "atom" and arms.source == "Eastern Wire"
    assert arms.title == "Beijing condemns arms sale" and arms.url == "https://wire.example/arms"
    assert arms.text == "China condemned the United States over a new arms sale to Taiwan."  # content over summary
    assert (arms.published, arms.updated) == (datetime(2020, 10, 26, 18, 0), datetime(2020, 10, 27, 8, 0))
    assert (visit.published, visit.updated) == (datetime(2020, 10, 20, 10, 30), None)  # <updated> stands in
    assert visit.text == "Russia criticized Britain over the expulsion of two diplomats."


def test_feeds_xml_is_sniffed_by_root_element(tmp_path):
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "atom.xml").write_bytes(b"\xef\xbb\xbf" + ATOM.encode())
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?>\n<!DOCTYPE urlset>\n<urlset><url/></urlset>',
                                          encoding="utf-8")
    (tmp_path / "notes.xml").write_text("just some words", encoding="utf-8")
    assert feed_kind(RSS.encode()) == "rss" and feed_kind(ATOM.encode()) == "atom"
    assert feed_kind(b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'/>") == "rss"
    assert feed_kind(b"<html><body>hi</body></html>") is None
    arts, rejs = _read(tmp_path)
    assert Counter(a.format for a in arts) == {"rss": 2, "atom": 2}
    assert rejs["sitemap.xml"].reason is RejectReason.UNSUPPORTED and "<urlset>" in rejs["sitemap.xml"].message
    assert rejs["notes.xml"].reason is RejectReason.UNSUPPORTED
    assert "does not start like XML" in rejs["notes.xml"].message


def test_feeds_broken_or_empty_feed_is_one_typed_rejection(tmp_path):
    (tmp_path / "broken.rss").write_text("<html><body><p>404 Not Found</p>", encoding="utf-8")
    (tmp_path / "garbage.atom").write_text("this is } not { xml at all", encoding="utf-8")
    (tmp_path / "noitems.rss").write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
                                          encoding="utf-8")
    arts, rejs = _read(tmp_path)
    assert not arts
    assert rejs["broken.rss"].reason is RejectReason.MALFORMED
    assert rejs["broken.rss"].message.startswith("not a readable RSS/Atom feed:")
    assert rejs["garbage.atom"].reason is RejectReason.MALFORMED
    assert (rejs["noitems.rss"].reason, rejs["noitems.rss"].message) == (RejectReason.EMPTY, "feed has no entries")
    assert len(rejs) == 3


def test_feeds_truncated_feed_keeps_the_entries_before_the_cut(tmp_path):
    cut = RSS[: RSS.index("spy chief") + 5]  # inside the second item's content
    (tmp_path / "cut.rss.gz").write_bytes(gzip.compress(cut.encode()))  # and the bounded .gz path
    arts, rejs = _read(tmp_path)
    assert [a.title for a in arts] == ["Wang Yi arrives in Seoul"]
    assert rejs["cut.rss.gz"].reason is RejectReason.TRUNCATED and "1 of the 2 entries" in rejs["cut.rss.gz"].message
    # the item cut in half had a complete teaser: it is not stored as if it were the article
    assert rejs["cut.rss.gz#entry2"].reason is RejectReason.TRUNCATED
    assert len(rejs) == 2
    between = RSS[: RSS.index("</item>", RSS.index("Seoul and Tokyo")) + len("</item>")]  # cut between items
    (tmp_path / "cut.rss.gz").unlink()
    (tmp_path / "between.rss").write_text(between, encoding="utf-8")
    arts, rejs = _read(tmp_path)
    assert [a.title for a in arts] == ["Wang Yi arrives in Seoul", "Seoul and Tokyo hold talks"]
    assert list(rejs) == ["between.rss"] and rejs["between.rss"].reason is RejectReason.TRUNCATED


# ---------------------------------------------------------------- WARC
def _warc(gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)  # lengths given: without them warcio buffers in temp files it leaves open

    def response(uri, body, ctype, status="200 OK", date="2020-11-27T01:02:03Z"):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                            http_headers=http, warc_headers_dict={"WARC-Date": date}))

    w.write_record(w.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    req = StatusAndHeaders("GET /moon-wang HTTP/1.1", [("Host", "harbor.example")], is_http_request=True)
    w.write_record(w.create_warc_record("https://harbor.example/moon-wang", "request", payload=io.BytesIO(b""),
                                        length=0, http_headers=req))
    response("https://harbor.example/moon-wang", HTML_PAGE.encode(), "text/html; charset=utf-8")
    response("https://harbor.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    response("https://harbor.example/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found")
    response("https://harbor.example/pact", UNDATED_PAGE.encode("latin-1"), "text/html; charset=iso-8859-1",
             date="2020-10-18T07:30:00Z")
    return buf.getvalue()


def test_warc_html_responses_become_articles_other_records_are_counted_not_rejected(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc())
    with collect_summaries() as warcs:
        arts, rejs = _read(f)
    assert not rejs
    moon, pact = arts
    assert moon.origin.endswith("crawl.warc.gz#record3") and moon.format == "warc"
    assert moon.url == "https://harbor.example/moon-wang" and moon.title == "Moon meets Wang"
    assert moon.published.date() == datetime(2020, 11, 26).date()  # the page's own date (htmldate)
    assert moon.source == "Harbor Times"
    assert "South Korean President Moon Jae-in met" in moon.text  # the .html reader's extraction:
    assert "Subscribe" not in moon.text and "Copyright" not in moon.text  # page furniture gone
    assert pact.url == "https://harbor.example/pact"
    assert pact.published == datetime(2020, 10, 18, 7, 30)  # no date in the page: WARC-Date of the capture
    assert pact.source == "harbor.example"
    [s] = warcs
    assert (s.records, s.articles, s.rejected) == (6, 2, 0)
    assert s.skipped == {"warcinfo": 1, "request": 1, "response image/png": 1, "response status 404": 1}


def test_warc_truncated_archive_keeps_what_was_read_and_rejects_the_rest(tmp_path):
    data = _warc()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])  # the last gzip member loses its end
    plain = _warc(gz=False)
    (tmp_path / "cut.warc").write_bytes(plain[: plain.index(b"Tokyo and Canberra") + 30])
    (tmp_path / "junk.warc").write_bytes(b"this is not an archive\r\n\r\n")
    (tmp_path / "empty.warc.gz").write_bytes(gzip.compress(b""))
    with collect_summaries() as warcs:
        arts, rejs = _read(tmp_path)
    assert sorted(a.origin.rsplit("/", 1)[-1] for a in arts) == ["cut.warc#record3", "cut.warc.gz#record3"]
    for name in ("cut.warc", "cut.warc.gz"):
        assert rejs[name].reason is RejectReason.TRUNCATED, rejs[name]
        assert "the records before it were kept" in rejs[name].message
        assert rejs[f"{name}#record6"].reason is RejectReason.TRUNCATED  # the page cut in half is not stored
    assert rejs["junk.warc"].reason is RejectReason.MALFORMED and "not a WARC archive" in rejs["junk.warc"].message
    assert rejs["empty.warc.gz"].reason is RejectReason.EMPTY
    assert len(rejs) == 6
    assert {s.origin.rsplit("/", 1)[-1]: s.records for s in warcs}["cut.warc"] == 6


def test_warc_record_over_the_size_limit_is_rejected_alone(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc())
    items = list(read_inputs([f], max_bytes=len(UNDATED_PAGE) + 10))
    arts = [x for x in items if isinstance(x, Article)]
    rejs = [x for x in items if isinstance(x, Rejection)]
    assert [a.url for a in arts] == ["https://harbor.example/pact"]
    assert [(r.origin.rsplit("#", 1)[1], r.reason) for r in rejs] == [("record3", RejectReason.TOO_LARGE)]


# ---------------------------------------------------------------- end to end
def test_feeds_and_warc_through_the_pipeline_into_the_store(tmp_path, opts, engine):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "harbor.rss").write_text(RSS, encoding="utf-8")
    (d / "wire.xml").write_text(ATOM, encoding="utf-8")
    (d / "crawl.warc.gz").write_bytes(_warc())
    report = run_ingest([str(d)], opts, engine=engine)
    assert report.counts.new == 6  # 2 RSS entries, 2 Atom entries, 2 archived pages
    assert {r.origin.rsplit("/", 1)[-1]: r.reason for r in report.rejections} == {
        "harbor.rss#entry3": RejectReason.BAD_DATE, "harbor.rss#entry4": RejectReason.MISSING_TEXT}
    with Store(opts.db, read_only=True) as s:
        rows = s.query("SELECT format, url, source FROM articles ORDER BY url")
    assert Counter(r["format"] for r in rows) == {"rss": 2, "atom": 2, "warc": 2}
    assert "https://harbor.example/moon-wang" in {r["url"] for r in rows}
    again = run_ingest([str(d)], opts, engine=engine)
    assert (again.counts.new, again.counts.duplicate) == (0, 6)


def test_ingest_command_shows_the_warc_records_it_skipped(tmp_path):
    import json

    from typer.testing import CliRunner

    from riftwatch.cli import app

    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc())
    db = str(tmp_path / "w.duckdb")
    res = CliRunner().invoke(app, ["--db", db, "ingest", str(f)])
    assert res.exit_code == 0, res.output
    assert "skipped 4 WARC record(s) that are not articles" in res.output
    assert "response image/png 1" in " ".join(res.output.split())  # rich wraps long lines
    res = CliRunner().invoke(app, ["--db", db, "ingest", str(f), "--format", "json"])
    d = json.loads(res.stdout)
    assert d["warc_skipped"] == {"request": 1, "response image/png": 1, "response status 404": 1, "warcinfo": 1}
    assert d["duplicate"] == 2 and d["new"] == 0
