"""A crash mid-run never corrupts the store; re-running finishes the job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from riftwatch.demo import demo_files
from riftwatch.ingest import read_inputs
from riftwatch.store import Store


def _corpus(tmp_path: Path, copies: int = 5) -> Path:
    """The demo articles, each in several dated variants: ~190 distinct articles."""
    out = tmp_path / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for a in read_inputs(demo_files()):
            for k in range(copies):
                f.write(json.dumps({"title": a.title, "date": f"2020-{9 + k % 4}-{10 + k}",
                                    "text": a.text + f"\n\n(Edition {k}.)"}) + "\n")
    return out


def _ingest(db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "riftwatch", "--db", str(db), "ingest", str(corpus), "--format", "json"]


def _contents(db):
    with Store(db, read_only=True) as s:
        return (s.query("SELECT id, published FROM articles ORDER BY id"),
                s.query("SELECT id, code, source, target, status FROM events ORDER BY id"),
                s.query("SELECT code, name, events FROM actors ORDER BY code, name"),
                s.query("SELECT count(*) AS n FROM unresolved_actors"))


def _kill_when_wal_reaches(cmd: list[str], env: dict, wal: Path, size: int, limit_s: float = 300.0) -> bool:
    """Start the ingest, SIGKILL it once its write-ahead log holds ``size`` bytes (batches
    written, more to come). False if it finished first. Watching the log, not the clock,
    finds the middle of the run however long worker start-up takes on this machine."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    while proc.poll() is None and time.perf_counter() - t0 < limit_s:
        if wal.exists() and wal.stat().st_size >= size:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    proc.wait()
    return False


@pytest.mark.slow
def test_crash_sigkill_mid_ingest_then_rerun_equals_clean_run(tmp_path):
    corpus = _corpus(tmp_path)
    env = dict(os.environ, RIFTWATCH_BATCH_SIZE="8")  # default workers: the pool on a multi-core machine
    clean = tmp_path / "clean.duckdb"
    subprocess.run(_ingest(clean, corpus), check=True, env=env, capture_output=True)
    total = len(_contents(clean)[0])

    crashed = tmp_path / "crashed.duckdb"
    wal = Path(str(crashed) + ".wal")
    for size in (300_000, 100_000, 600_000):  # kill part-way; retry at another point if it finished first
        for p in (crashed, wal):
            p.unlink(missing_ok=True)
        if not _kill_when_wal_reaches(_ingest(crashed, corpus), env, wal, size):
            continue
        with Store(crashed) as s:  # the store opens (replaying its WAL) after the kill
            partial = s.counts()["articles"]
        if 0 < partial < total:
            break
    else:
        pytest.skip("could not kill the ingest part-way on this machine (it always finished first)")

    subprocess.run(_ingest(crashed, corpus), check=True, env=env, capture_output=True)
    assert _contents(crashed) == _contents(clean)
