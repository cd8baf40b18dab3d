"""Coding with 1 worker, 2 worker processes, the automatic default, or on a Dask
LocalCluster (its workers reading the files, or this process reading them) gives the
same store: articles, events, actors and rejections with their reasons."""

from __future__ import annotations

import json

import pytest

from riftwatch.config import Options
from riftwatch.demo import demo_files
from riftwatch.errors import InputError
from riftwatch.ingest import read_inputs
from riftwatch.pipeline import AUTO_MIN_BATCHES, _path_batches, list_entries, run_ingest
from riftwatch.store import Store


def _contents(db):
    with Store(db, read_only=True) as s:
        return (s.query("SELECT id, origin FROM articles ORDER BY id"),
                s.query("SELECT id, code, source, target, status, event_date, confidence FROM events ORDER BY id"),
                s.query("SELECT code, name, events FROM actors ORDER BY code, name"),
                s.query("SELECT origin, reason, message FROM rejections ORDER BY origin, reason"))


@pytest.fixture(scope="module")
def files():
    return demo_files()[:12]


@pytest.fixture(scope="module")
def one_worker(files, tmp_path_factory, engine):
    db = tmp_path_factory.mktemp("w1") / "w1.duckdb"
    run_ingest(files, Options(db=str(db), batch_size=3), engine=engine)
    return _contents(db)


@pytest.fixture(scope="module")
def mixed_list(files, tmp_path_factory):
    """A path list: demo articles, a JSONL file with one bad line and one duplicate story,
    a binary file, a file that does not exist, comments and blank lines."""
    d = tmp_path_factory.mktemp("list")
    jsonl = d / "more.jsonl"
    text = next(read_inputs([files[0]])).text  # the same story as a demo file: a duplicate
    jsonl.write_text(json.dumps({"text": "Japan criticized Russia over the islands on Monday.",
                                 "date": "2020-10-12"}) + "\n{not json\n"
                     + json.dumps({"text": text}) + "\n", encoding="utf-8")
    binary = d / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x00binary")
    lst = d / "inputs.list"
    lines = ["# inputs for the distributed-read test", ""] + [str(f) for f in files[:6]] + \
        [str(jsonl), str(binary), str(d / "missing.txt")] + [str(f) for f in files[6:]]
    lst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lst


@pytest.fixture(scope="module")
def list_one_worker(mixed_list, tmp_path_factory, engine):
    db = tmp_path_factory.mktemp("l1") / "l1.duckdb"
    report = run_ingest([], Options(db=str(db), batch_size=3), engine=engine, from_list=mixed_list)
    reasons = {r.reason.value for r in report.rejections}
    assert {"malformed", "binary", "unreadable"} <= reasons, reasons
    assert report.counts.duplicate == 1
    return _contents(db)


# ------------------------------------------------------------------ cheap: no model loaded
def test_list_entries_skip_comments_and_blank_lines(tmp_path):
    lst = tmp_path / "l.txt"
    lst.write_text("# a comment\n\n  a/b.txt  \nc.jsonl\n", encoding="utf-8")
    assert list(list_entries(lst)) == ["a/b.txt", "c.jsonl"]
    with pytest.raises(InputError, match="cannot read the path list"):
        list_entries(tmp_path / "nope.txt")


def test_path_batches_walk_visible_directories_and_keep_tables_alone(tmp_path):
    for name in ("b.txt", "a.txt", "c.html", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "t.jsonl").write_text("{}", encoding="utf-8")
    batches = list(_path_batches([str(tmp_path), "/elsewhere/x.txt", "/elsewhere/y.csv.gz"], 2))
    p = str(tmp_path)
    assert batches == [[f"{p}/a.txt", f"{p}/b.txt"], [f"{p}/c.html"], [f"{p}/t.jsonl"],
                       [f"{p}/sub/d.txt", "/elsewhere/x.txt"], ["/elsewhere/y.csv.gz"]]


def test_auto_workers_code_a_small_input_here(files, one_worker, tmp_path):
    """workers=0 (the default): fewer than AUTO_MIN_BATCHES batches of new articles → no pool."""
    db = tmp_path / "auto.duckdb"
    opts = Options(db=str(db), batch_size=len(files) // AUTO_MIN_BATCHES + 1)
    report = run_ingest(files, opts, workers=0)
    assert report.coded_by == "this process"
    assert _contents(db)[:3] == one_worker[:3]


def test_writer_reopening_its_connection_changes_nothing(files, one_worker, tmp_path, engine, monkeypatch):
    """The writer reopens the store every REOPEN_EVERY documents (memory); the store is the same."""
    monkeypatch.setattr("riftwatch.pipeline.REOPEN_EVERY", 4)
    reopened = []
    real = Store.__init__
    monkeypatch.setattr(Store, "__init__", lambda self, *a, **k: reopened.append(1) or real(self, *a, **k))
    db = tmp_path / "reopen.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), engine=engine)
    assert report.counts.new == len(files) and len(reopened) == 3  # opened, then reopened after 6 and 12
    assert _contents(db) == one_worker


# ------------------------------------------------------------------ worker processes and Dask
@pytest.mark.slow
def test_parallel_two_worker_processes_equal_one(files, one_worker, tmp_path):
    db = tmp_path / "w2.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), workers=2)
    assert report.counts.new == len(files) and report.coded_by == "2 worker processes"
    assert _contents(db) == one_worker


@pytest.mark.slow
def test_parallel_auto_workers_on_a_larger_input_use_every_core(files, one_worker, tmp_path, monkeypatch):
    monkeypatch.setattr("riftwatch.pipeline.cpu_cores", lambda: 2)
    db = tmp_path / "auto2.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), workers=0)  # 12 new > 2 batches of 3
    assert report.coded_by == "2 worker processes"
    assert _contents(db) == one_worker


@pytest.mark.slow
def test_parallel_dask_local_cluster_equals_one(files, one_worker, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    db = tmp_path / "dask.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), workers=2, dask="local")
    assert report.counts.new == len(files) and "reading on the workers" in report.coded_by
    assert _contents(db) == one_worker


@pytest.mark.slow
def test_parallel_dask_workers_read_a_path_list(mixed_list, list_one_worker, tmp_path):
    """The distributed read: workers open the listed files; bad ones come back as
    rejections with their reasons, the duplicate inside the JSONL is still a duplicate."""
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    db = tmp_path / "dask-list.duckdb"
    report = run_ingest([], Options(db=str(db), batch_size=3), workers=2, dask="local", from_list=mixed_list)
    assert "reading on the workers" in report.coded_by
    assert {r.reason.value for r in report.rejections} >= {"malformed", "binary", "unreadable"}
    assert report.counts.duplicate == 1
    assert _contents(db) == list_one_worker
    # run again: everything is known, nothing is coded again
    again = run_ingest([], Options(db=str(db), batch_size=3), workers=2, dask="local", from_list=mixed_list)
    assert again.counts.new == 0 and again.counts.duplicate == report.counts.new + 1
    assert _contents(db) == list_one_worker


@pytest.mark.slow
def test_parallel_dask_driver_read_equals_one(mixed_list, list_one_worker, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    db = tmp_path / "dask-driver.duckdb"
    report = run_ingest([], Options(db=str(db), batch_size=3), workers=2, dask="local", from_list=mixed_list,
                        dask_read="driver")
    assert "reading here" in report.coded_by
    assert _contents(db) == list_one_worker


# ------------------------------------------------------------------ streaming reads: memory holds a record, not a file
def test_jsonl_is_read_line_by_line_in_bounded_memory(tmp_path):
    import tracemalloc

    from riftwatch.ingest import read_path

    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(5000):
            f.write(json.dumps({"text": f"Story {i}. " + "France criticized Germany again. " * 60}) + "\n")
    assert big.stat().st_size > 9_000_000
    tracemalloc.start()
    try:
        n = sum(1 for _ in read_path(big))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 5000 and peak < 3_000_000, peak  # the whole file would be > 9 MB (three times over)


def test_streamed_tables_are_rejected_whole_as_before(tmp_path):
    import gzip

    from riftwatch.ingest import read_path

    def read(name: str, data: bytes, max_bytes: int = 50_000_000):
        (tmp_path / name).write_bytes(data)
        return [(getattr(x, "reason", None) and x.reason.value, getattr(x, "message", None) or x.text)
                for x in read_path(tmp_path / name, max_bytes=max_bytes)]

    rec = json.dumps({"text": "Japan thanked Korea."}).encode()
    # a bad byte late in the file rejects the whole file, before any of its records is given
    assert read("late.jsonl", rec + b"\n" * 3 + b"x" * 1_500_000 + b"\xc3\n") == \
        [("encoding", f"not valid UTF-8 at byte {len(rec) + 3 + 1_500_000} (invalid continuation byte)")]
    assert read("t.jsonl.gz", gzip.compress(rec * 200 + b"\n")[:-30])[0][0] == "truncated"
    assert read("bomb.csv.gz", gzip.compress(b"text\n" + b" " * 10_000), max_bytes=5_000)[0] == \
        ("too_large", "decompresses to over 5000 bytes")
    assert read("nul.csv", b"text\nabc\x00\n")[0][0] == "binary"
    assert read("blank.jsonl", b" \n\n")[0] == ("empty", "file is empty")
    # BOM, CRLF, a blank line, a bad line: numbered as lines of the file
    assert read("crlf.jsonl", b"\xef\xbb\xbf" + rec + b"\r\n\r\n{bad\r\n") == \
        [(None, "Japan thanked Korea."), ("malformed", "invalid JSON: Expecting property name enclosed in "
                                                       "double quotes at column 2")]
    # a line separator inside a JSON string does not end the record
    assert read("sep.jsonl", json.dumps({"text": "a\u2028b"}, ensure_ascii=False).encode() + b"\n") == \
        [(None, "a\u2028b")]
    # quoted newlines in CSV cells
    assert read("q.csv", b'title,text\nT,"one\ntwo"\n') == [(None, "one\ntwo")]


def test_cli_ingest_from_a_path_list(files, tmp_path):
    from typer.testing import CliRunner

    from riftwatch.cli import app

    lst = tmp_path / "inputs.txt"
    lst.write_text(f"# two inputs\n{files[0]}\n{tmp_path / 'gone.txt'}\n", encoding="utf-8")
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    res = runner.invoke(app, ["--db", db, "ingest", "--from-list", str(lst), "--workers", "1", "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["new"] == 1 and out["coded_by"] == "this process"
    assert [(r["reason"], r["message"]) for r in out["rejections"]] == [("unreadable", "no such file or directory")]
    res = runner.invoke(app, ["--db", db, "ingest"])
    assert res.exit_code == 2 and "nothing to ingest" in res.output
    res = runner.invoke(app, ["--db", db, "ingest", "--from-list", str(tmp_path / "none.txt")])
    assert res.exit_code == 2 and "cannot read the path list" in res.output
