"""GDELT 2.0 interop: import (plain, zip, gzip, header variant), rejections with reasons,
idempotent re-import, relations on imported events, and export (gdelt, parquet, jsonl, csv)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
import zipfile
from datetime import date, datetime

import pytest
import typer
from typer.testing import CliRunner

from riftwatch.interop import GDELT_COLUMNS, export_events, gdelt_event_id, import_gdelt, read_gdelt, to_event
from riftwatch.models import Article, Event, Rejection
from riftwatch.store import Store

EXPORT = "corpora/gdelt/20150218230000.export.CSV"
HEADER_SAMPLE = "corpora/gdelt/gdelt2_events_sample.csv"


def _ids_codes(store):
    return store.query("SELECT id, code, root, source, source_country, target, target_country, goldstein, "
                       "quad_class, event_date, url FROM events ORDER BY id")


def _row(**over: str) -> str:
    """One official-format line (61 tab-separated columns) with sensible defaults."""
    f = dict.fromkeys(GDELT_COLUMNS, "")
    f.update(GLOBALEVENTID="900000001", SQLDATE="20201024", MonthYear="202010", Year="2020",
             FractionDate="2020.8110", Actor1Code="USAGOV", Actor1Name="UNITED STATES", Actor1CountryCode="USA",
             Actor1Type1Code="GOV", Actor2Code="CHN", Actor2Name="CHINA", Actor2CountryCode="CHN", IsRootEvent="1",
             EventCode="010", EventBaseCode="010", EventRootCode="01", QuadClass="1", GoldsteinScale="0.0",
             NumMentions="3", NumSources="1", NumArticles="3", AvgTone="-1.5", DATEADDED="20201024120000",
             SOURCEURL="https://example.org/a")
    f.update(over)
    return "\t".join(f.values())


# ------------------------------------------------------------------------------------ import
def test_gdelt_shared_export_imports_completely_and_reimport_adds_nothing(shared, tmp_path):
    path = shared / EXPORT
    with Store(tmp_path / "g.duckdb") as store:
        rep = import_gdelt([path], store, batch_size=500)
        assert rep.read == 2271
        assert rep.read == rep.stored + rep.duplicates + rep.rejected
        assert rep.rejected == sum(rep.by_reason.values()) and rep.reconciles
        assert rep.stored + rep.rejected == 2271 and rep.duplicates == 0
        c = store.counts()
        assert c["events"] == rep.stored
        assert store.query("SELECT count(*) AS n FROM rejections")[0]["n"] == rep.rejected
        # codes are strings with their leading zeros; origin and url filled
        [e] = store.query("SELECT * FROM events WHERE id = 'gdelt:410412347'")
        assert (e["code"], e["root"], e["quad_class"], e["goldstein"]) == ("043", "04", 1, 2.8)
        assert e["source"] == "" and e["source_country"] is None
        assert (e["target"], e["target_name"], e["event_date"]) == ("GOV", "PRESIDENT", date(2014, 2, 18))
        assert e["origin"] == "gdelt" and e["rule"] == "gdelt" and e["status"] == "asserted"
        assert e["url"].startswith("http://www.dailymaverick.co.za/")
        assert store.query("SELECT count(*) AS n FROM events WHERE code LIKE '0%'")[0]["n"] > 100
        assert not store.query("SELECT code FROM events WHERE length(code) < 3")
        before = _ids_codes(store)
        again = import_gdelt([path], store)
        assert (again.read, again.stored, again.duplicates + again.rejected) == (2271, 0, 2271)
        assert again.duplicates == rep.stored and again.reconciles
        assert _ids_codes(store) == before
        assert store.query("SELECT count(*) AS n FROM rejections")[0]["n"] == rep.rejected


def test_gdelt_header_variant_with_description(shared, tmp_path):
    with Store(tmp_path / "g.duckdb") as store:
        rep = import_gdelt([shared / HEADER_SAMPLE], store)
        assert rep.read == 6090 and rep.reconciles
        assert rep.stored + rep.rejected == 6090
        [e] = store.query("SELECT code, root, sentence, target, event_date FROM events WHERE id = 'gdelt:669666350'")
        assert e == {"code": "040", "root": "04", "sentence": "Consult, not specified below", "target": "CVL",
                     "event_date": date(2007, 7, 4)}


def test_gdelt_relations_on_imported_events(shared, tmp_path):
    from riftwatch.analysis.relations import relations

    with Store(tmp_path / "g.duckdb") as store:
        import_gdelt([shared / EXPORT], store)
        rows = relations(store, "EGY", "LBY")
        assert rows and sum(r["events"] for r in rows) >= 20
        assert {(r["source"], r["target"]) for r in rows} <= {("EGY", "LBY"), ("LBY", "EGY")}


def test_gdelt_zip_and_gzip_import_the_same(shared, tmp_path):
    src = shared / EXPORT
    gz = tmp_path / "export.CSV.gz"
    with open(src, "rb") as fin, gzip.open(gz, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    zp = tmp_path / "export.CSV.zip"
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(src, "20150218230000.export.CSV")
    results = []
    for i, p in enumerate((src, gz, zp)):
        with Store(tmp_path / f"s{i}.duckdb") as store:
            rep = import_gdelt([p], store)
            results.append(((rep.read, rep.stored, rep.duplicates, rep.rejected), _ids_codes(store)))
    assert results[0][0][0] == 2271
    assert results[0] == results[1] == results[2]


def test_gdelt_malformed_rows_are_rejected_with_reasons(tmp_path):
    lines = [
        _row(GLOBALEVENTID="1", EventCode="010", EventBaseCode="010", EventRootCode="01"),  # L1 good
        "\t".join(_row(GLOBALEVENTID="2").split("\t")[:58]),  # L2 58 columns
        _row(GLOBALEVENTID="3", SQLDATE="20201345"),  # L3 bad date
        _row(GLOBALEVENTID="4", EventCode="", EventBaseCode="", EventRootCode=""),  # L4 empty code
        _row(GLOBALEVENTID="5", EventCode="0871", EventBaseCode="087", EventRootCode="08", QuadClass="2",
             GoldsteinScale="9.0", Actor2Code="", Actor2Name="", Actor2CountryCode=""),  # L5 good, no target
        _row(GLOBALEVENTID="6", EventCode="999", EventBaseCode="999", EventRootCode="99"),  # L6 unknown code
        _row(GLOBALEVENTID="7", GoldsteinScale="strong"),  # L7 bad Goldstein
        _row(GLOBALEVENTID="1"),  # L8 same event id again: a duplicate
    ]
    f = tmp_path / "bad.export.CSV"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "g.duckdb") as store:
        rep = import_gdelt([f], store)
        assert (rep.read, rep.stored, rep.duplicates, rep.rejected) == (8, 2, 1, 5) and rep.reconciles
        assert rep.by_reason == {"bad_date": 1, "malformed": 4}
        rej = {r["origin"]: (r["reason"], r["message"]) for r in store.query("SELECT * FROM rejections")}
        assert set(rej) == {f"{f}#L{n}" for n in (2, 3, 4, 6, 7)}
        assert rej[f"{f}#L2"][0] == "malformed" and "58" in rej[f"{f}#L2"][1] and "line 2" in rej[f"{f}#L2"][1]
        assert rej[f"{f}#L3"][0] == "bad_date" and "SQLDATE" in rej[f"{f}#L3"][1]
        assert "empty EventCode" in rej[f"{f}#L4"][1]
        assert "999" in rej[f"{f}#L6"][1]
        assert "GoldsteinScale" in rej[f"{f}#L7"][1]
        rows = {r["id"]: r for r in store.query("SELECT * FROM events")}
        assert set(rows) == {"gdelt:1", "gdelt:5"}
        assert rows["gdelt:1"]["code"] == "010" and rows["gdelt:1"]["source"] == "USAGOV"
        assert rows["gdelt:5"]["code"] == "0871" and rows["gdelt:5"]["root"] == "08"
        assert rows["gdelt:5"]["target"] is None and rows["gdelt:5"]["target_country"] is None


def test_gdelt_read_gdelt_streams_rows_and_rejections(tmp_path):
    f = tmp_path / "x.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(_row() + "\n" + "not\ta\tgdelt\trow\n")
    items = list(read_gdelt(f))
    assert len(items) == 2
    ev = to_event(items[0])
    assert isinstance(ev, Event) and ev.code == "010" and ev.record_id == "gdelt:900000001"
    assert isinstance(items[1], Rejection) and items[1].origin.endswith("#L2")
    # an empty file is one rejection, not silence
    (tmp_path / "empty.CSV").write_text("")
    [r] = list(read_gdelt(tmp_path / "empty.CSV"))
    assert isinstance(r, Rejection) and r.reason.value == "empty"


def test_gdelt_truncated_gzip_is_rejected(tmp_path, shared):
    data = gzip.compress((shared / EXPORT).read_bytes())
    f = tmp_path / "cut.CSV.gz"
    f.write_bytes(data[: len(data) // 2])
    with Store(tmp_path / "g.duckdb") as store:
        rep = import_gdelt([f], store)
        assert rep.reconciles and rep.by_reason.get("truncated") == 1 and rep.stored > 0


# ------------------------------------------------------------------------------------ export
def _riftwatch_store(path) -> Store:
    store = Store(path)
    art = Article(id="a1", text="Seoul expressed optimism. Both sides declared a truce.", title="t",
                  published=datetime(2020, 10, 24), url="https://news.example/a1", origin="a1.txt", format="txt")
    common = dict(article_id="a1", start=0, end=24, trigger="said", trigger_start=6, rule="test", confidence=0.9,
                  status="asserted", event_date=date(2020, 10, 24))
    evs = [
        Event(sentence_index=0, sentence="Seoul expressed optimism.", source="KORGOV", source_country="KOR",
              source_name="Seoul", target="USA", target_country="USA", target_name="Washington", code="010",
              root="01", quad_class=1, goldstein=0.0, **common),
        Event(sentence_index=1, sentence="Both sides declared a truce.", source="KOR", source_country="KOR",
              source_name="South Korea", target="PRK", target_country="PRK", target_name="North Korea",
              code="0871", root="08", quad_class=2, goldstein=9.0, **common),
    ]
    store.write_batch([(art, evs, [])], [], None, "test")
    return store


def test_gdelt_export_roundtrip_keeps_leading_zeros(tmp_path):
    with _riftwatch_store(tmp_path / "r.duckdb") as store:
        ids = {r["code"]: r["id"] for r in store.query("SELECT id, code FROM events")}
        buf = io.StringIO()
        assert export_events(store, "gdelt", buf) == 2
    lines = buf.getvalue().splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    by_code = {r["EventCode"]: r for r in rows}
    assert set(by_code) == {"010", "0871"}  # not "10" / "871"
    r = by_code["010"]
    assert (r["EventRootCode"], r["EventBaseCode"], r["QuadClass"], r["GoldsteinScale"]) == ("01", "010", "1", "0.0")
    assert (r["SQLDATE"], r["MonthYear"], r["Year"]) == ("20201024", "202010", "2020")
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"], r["Actor2Code"]) == \
        ("KORGOV", "KOR", "GOV", "USA")
    assert r["SOURCEURL"] == "https://news.example/a1" and r["NumMentions"] == "" and r["ActionGeo_Lat"] == ""
    assert r["GLOBALEVENTID"] == str(gdelt_event_id(ids["010"])) and r["GLOBALEVENTID"].isdigit()
    assert gdelt_event_id(ids["010"]) == gdelt_event_id(ids["010"]) != gdelt_event_id(ids["0871"])
    assert by_code["0871"]["EventRootCode"] == "08" and by_code["0871"]["EventBaseCode"] == "087"
    # the exported file imports back with the same codes
    f = tmp_path / "out.export.CSV"
    f.write_text(buf.getvalue(), encoding="utf-8")
    with Store(tmp_path / "back.duckdb") as back:
        rep = import_gdelt([f], back)
        assert (rep.stored, rep.rejected) == (2, 0)
        got = {(r["code"], r["root"], r["source"], r["target"], r["goldstein"], r["url"])
               for r in back.query("SELECT * FROM events")}
    assert got == {("010", "01", "KORGOV", "USA", 0.0, "https://news.example/a1"),
                   ("0871", "08", "KOR", "PRK", 9.0, "https://news.example/a1")}


def test_gdelt_export_of_imported_events_keeps_the_original_id(tmp_path):
    f = tmp_path / "one.CSV"
    f.write_text(_row(GLOBALEVENTID="410412347") + "\n", encoding="utf-8")
    with Store(tmp_path / "g.duckdb") as store:
        import_gdelt([f], store)
        buf = io.StringIO()
        export_events(store, "gdelt", buf)
    [row] = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in buf.getvalue().splitlines()]
    assert row["GLOBALEVENTID"] == "410412347" and row["EventCode"] == "010"
    assert row["SOURCEURL"] == "https://example.org/a"


def test_gdelt_parquet_jsonl_csv_exports_keep_codes_as_strings(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    with _riftwatch_store(tmp_path / "r.duckdb") as store:
        pq_path = tmp_path / "e.parquet"
        assert export_events(store, "parquet", pq_path, chunk_size=1) == 2
        js, cs = io.StringIO(), io.StringIO()
        export_events(store, "jsonl", js, since="2020-10-01", until=date(2020, 10, 31))
        export_events(store, "csv", cs)
        assert export_events(store, "jsonl", io.StringIO(), since="2021-01-01") == 0
    schema = pq.read_schema(pq_path)
    for col in ("code", "root", "source", "source_country", "target", "id"):
        assert schema.field(col).type == pa.string(), col
    assert schema.field("event_date").type == pa.date32()
    assert sorted(pq.read_table(pq_path).column("code").to_pylist()) == ["010", "0871"]
    assert sorted(json.loads(line)["code"] for line in js.getvalue().splitlines()) == ["010", "0871"]
    assert sorted(r["code"] for r in csv.DictReader(io.StringIO(cs.getvalue()))) == ["010", "0871"]


def test_gdelt_export_rejects_bad_arguments(tmp_path):
    from riftwatch.errors import InputError

    with _riftwatch_store(tmp_path / "r.duckdb") as store:
        with pytest.raises(InputError):
            export_events(store, "xml", io.StringIO())
        with pytest.raises(InputError):
            export_events(store, "parquet", None)
        with pytest.raises(InputError):
            export_events(store, "csv", io.StringIO(), since="2020-13-01")


# ------------------------------------------------------------------------------------ CLI
def _scratch_app() -> typer.Typer:
    from riftwatch.cli import _global
    from riftwatch.cli.interop_cmd import register

    app = typer.Typer(add_completion=False)
    app.callback()(_global)
    register(app)
    return app


def test_gdelt_cli_import_and_export(tmp_path):
    app, runner = _scratch_app(), CliRunner()
    f = tmp_path / "in.CSV"
    f.write_text(_row() + "\n" + _row(GLOBALEVENTID="2", SQLDATE="2020") + "\n", encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    res = runner.invoke(app, ["--db", db, "import-gdelt", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert (d["read"], d["stored"], d["duplicates"], d["rejected"], d["reconciles"]) == (2, 1, 0, 1, True)
    assert d["rejected_by_reason"] == {"bad_date": 1}
    res = runner.invoke(app, ["--db", db, "import-gdelt", str(f)])
    assert res.exit_code == 0 and "duplicate 1" in res.stdout
    res = runner.invoke(app, ["--db", db, "export", "--format", "gdelt"])
    assert res.exit_code == 0, res.output
    [line] = res.stdout.splitlines()
    assert len(line.split("\t")) == 61 and line.split("\t")[26] == "010"
    res = runner.invoke(app, ["--db", db, "export", "--format", "parquet"])
    assert res.exit_code == 2 and "--out" in res.output
    out = tmp_path / "o.parquet"
    res = runner.invoke(app, ["--db", db, "export", "--format", "parquet", "--out", str(out)])
    assert res.exit_code == 0 and out.is_file()
    for cmd in app.registered_commands:
        assert "Example: riftwatch " + cmd.name in (cmd.callback.__doc__ or "")


def test_export_plover_marks_dropped_codes(tmp_path, engine):
    import json as _json

    from riftwatch.config import Options
    from riftwatch.interop.gdelt import export_events
    from riftwatch.pipeline import run_ingest
    from riftwatch.store import Store

    f = tmp_path / "a.txt"
    f.write_text("Title: T\nDate: 2020-10-01\n\nFrance accused Germany of spying. Japan said the Chinese decision was final.\n",
                 encoding="utf-8")
    db = tmp_path / "p.duckdb"
    run_ingest([str(f)], Options(db=str(db)), engine=engine)
    out = tmp_path / "events.jsonl"
    with Store(db, read_only=True) as s:
        n = export_events(s, "plover", out)
    recs = [_json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(recs) == 2
    accuse = next(r for r in recs if r["cameo"].startswith("11"))
    assert accuse["event"] == "ACCUSE" and not accuse["dropped"]
    assert accuse["source"][0]["code"] == "FRA" and accuse["target"][0]["code"] == "DEU"
    said = next(r for r in recs if r["cameo"].startswith("01"))
    assert said["dropped"] and said["event"] is None  # PLOVER drops statements: marked, not invented
