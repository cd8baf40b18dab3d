"""`riftwatch watch`: new complete files are ingested once; files still being written wait."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from riftwatch.cli import app
from riftwatch.errors import InputError
from riftwatch.ingest.watch import Watcher, state_path
from riftwatch.store import Store

T0 = 1_700_000_000.0  # the watcher's clock in these tests; files get explicit modification times

FIRST = "Title: Seoul talks\nDate: 2020-11-10\n\nSouth Korea's spy chief met Japanese Prime Minister Yoshihide Suga.\n"
SECOND = "Title: Arms sale\nDate: 2020-10-26\n\nChina condemned the United States over a new arms sale to Taiwan.\n"
THIRD_HEAD = "Title: Expulsions\nDate: 2020-10-20\n\nRussia criticized Britain"
THIRD_TAIL = " over the expulsion of two diplomats.\n"


def _write(path, text, mtime):
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))


def _texts(db):
    with Store(db, read_only=True) as s:
        return sorted(r["text"] for r in s.query("SELECT text FROM articles"))


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    return d


def test_watch_only_new_files_are_read_and_unchanged_ones_are_not_read_again(inbox, opts, engine):
    _write(inbox / "first.txt", FIRST, T0 - 600)  # written long ago: complete
    w = Watcher(inbox, opts, settle=5, engine=engine, clock=lambda: T0)
    p1 = w.poll()
    assert [os.path.basename(f) for f in p1.files] == ["first.txt"] and p1.report.counts.new == 1
    p2 = w.poll()
    assert (p2.files, p2.report) == ([], None)  # nothing new: nothing read, no run recorded
    _write(inbox / "second.txt", SECOND, T0 - 60)
    p3 = w.poll()
    assert [os.path.basename(f) for f in p3.files] == ["second.txt"]
    c = p3.report.counts
    assert (c.read, c.new, c.duplicate) == (1, 1, 0)  # first.txt was not read again
    assert len(_texts(opts.db)) == 2


def test_watch_half_written_file_waits_until_it_is_complete(inbox, opts, engine):
    part = inbox / "third.txt"
    clock = [T0]
    w = Watcher(inbox, opts, settle=5, engine=engine, clock=lambda: clock[0])
    _write(part, THIRD_HEAD, T0)  # being written right now
    p1 = w.poll()
    assert (p1.files, [os.path.basename(f) for f in p1.waiting]) == ([], ["third.txt"])
    with part.open("a", encoding="utf-8") as fh:  # the writer goes on
        fh.write(THIRD_TAIL)
    os.utime(part, (T0 + 1, T0 + 1))
    clock[0] = T0 + 2
    p2 = w.poll()
    assert p2.files == [] and len(p2.waiting) == 1  # changed since the last poll: still not complete
    p3 = w.poll()  # unchanged across two polls: complete
    assert [os.path.basename(f) for f in p3.files] == ["third.txt"] and p3.report.counts.new == 1
    [text] = _texts(opts.db)
    assert text.endswith("expulsion of two diplomats.")  # the whole file, not the half first seen


def test_watch_remembers_across_restarts_and_rereads_a_changed_file(inbox, opts, engine):
    _write(inbox / "first.txt", FIRST, T0 - 600)
    assert len(Watcher(inbox, opts, engine=engine, clock=lambda: T0).poll().files) == 1
    assert state_path(opts).is_file()
    again = Watcher(inbox, opts, engine=engine, clock=lambda: T0)  # e.g. the next `watch --once`
    assert again.poll().files == []
    _write(inbox / "first.txt", FIRST + "\nJapan praised India.\n", T0 - 30)  # edited in place
    p = again.poll()
    assert len(p.files) == 1 and p.report.counts.new == 1
    (inbox / "first.txt").unlink()
    again.poll()
    assert json.loads(state_path(opts).read_text())["files"] == {}  # a deleted file is forgotten


def test_watch_ignores_hidden_partial_and_its_own_store_files(inbox, engine):
    from riftwatch.config import Options

    opts = Options(db=str(inbox / "store.duckdb"), batch_size=4)  # the store inside the watched folder
    _write(inbox / ".hidden.txt", FIRST, T0 - 600)
    _write(inbox / "download.html.part", "<html>", T0 - 600)
    _write(inbox / "second.txt", SECOND, T0 - 600)
    w = Watcher(inbox, opts, engine=engine, clock=lambda: T0)
    assert [os.path.basename(f) for f in w.poll().files] == ["second.txt"]
    assert (inbox / "store.duckdb").is_file()
    assert w.poll().files == []  # the store and its state file changed, and are still not read


def test_watch_missing_folder_is_a_clear_error(tmp_path, opts):
    with pytest.raises(InputError, match="RW490"):
        Watcher(tmp_path / "nope", opts)
    res = CliRunner().invoke(app, ["--db", opts.db, "watch", str(tmp_path / "nope"), "--once"])
    assert res.exit_code == 2 and "RW490" in res.stderr and "Traceback" not in res.output


def test_watch_cli_once_reports_each_pass(inbox, tmp_path):
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    _write(inbox / "fresh.txt", FIRST, 4_102_444_800)  # modified "in the future": not settled yet
    res = runner.invoke(app, ["--db", db, "watch", str(inbox), "--once", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    [line] = res.stdout.splitlines()
    got = json.loads(line)
    assert got["files"] == [] and [os.path.basename(f) for f in got["waiting"]] == ["fresh.txt"]
    _write(inbox / "fresh.txt", FIRST, 1_600_000_000)  # long since written
    res = runner.invoke(app, ["--db", db, "watch", str(inbox), "--once"])
    assert res.exit_code == 0, res.output
    assert "1 file(s): read 1  new 1" in res.stdout
    res = runner.invoke(app, ["--db", db, "watch", str(inbox), "--once"])
    assert res.exit_code == 0 and "nothing new" in res.stdout


def test_watch_ctrl_c_stops_cleanly(inbox, tmp_path, monkeypatch):
    from riftwatch.cli import watch_cmd

    polls = []

    def interrupted(seconds):
        polls.append(seconds)
        raise KeyboardInterrupt  # Ctrl-C while waiting for the next poll

    monkeypatch.setattr(watch_cmd.time, "sleep", interrupted)
    res = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), "watch", str(inbox), "--interval", "7"])
    assert res.exit_code == 0, res.output
    assert polls == [7.0] and "stopped: 0 file(s) ingested in 1 pass(es)" in res.stdout
