"""Coding with 1 worker, 2 worker processes, or a Dask LocalCluster gives the same store."""

from __future__ import annotations

import pytest

from riftwatch.config import Options
from riftwatch.demo import demo_files
from riftwatch.pipeline import run_ingest
from riftwatch.store import Store


def _contents(db):
    with Store(db, read_only=True) as s:
        return (s.query("SELECT id FROM articles ORDER BY id"),
                s.query("SELECT id, code, source, target, status, event_date, confidence FROM events ORDER BY id"),
                s.query("SELECT code, name, events FROM actors ORDER BY code, name"))


@pytest.fixture(scope="module")
def files():
    return demo_files()[:12]


@pytest.fixture(scope="module")
def one_worker(files, tmp_path_factory, engine):
    db = tmp_path_factory.mktemp("w1") / "w1.duckdb"
    run_ingest(files, Options(db=str(db), batch_size=3), engine=engine)
    return _contents(db)


@pytest.mark.slow
def test_parallel_two_worker_processes_equal_one(files, one_worker, tmp_path):
    db = tmp_path / "w2.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), workers=2)
    assert report.counts.new == len(files)
    assert _contents(db) == one_worker


@pytest.mark.slow
def test_parallel_dask_local_cluster_equals_one(files, one_worker, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    db = tmp_path / "dask.duckdb"
    report = run_ingest(files, Options(db=str(db), batch_size=3), workers=2, dask="local")
    assert report.counts.new == len(files)
    assert _contents(db) == one_worker
