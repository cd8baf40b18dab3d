"""Shared fixtures. Tests that read ../shared skip with a clear message when it is absent."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RIFTWATCH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}); this test reads the shared development data")
    return SHARED


@pytest.fixture(scope="module")
def kb():
    """The packaged knowledge base, loaded once per test module."""
    from riftwatch.actors import KnowledgeBase

    return KnowledgeBase.load()


def people_rows(name: str) -> list[dict]:
    """The rows of one ``data/kb/people*.tsv`` file, as the loader reads them."""
    from riftwatch.actors.kb import PEOPLE_COLS
    from riftwatch.tables import data_path, read_tsv

    return [r for _, r in read_tsv(data_path("kb", name), PEOPLE_COLS)]


@pytest.fixture(scope="session")
def engine():
    from riftwatch.pipeline import Engine

    return Engine()


@pytest.fixture
def code(engine):
    """code(text, day="2020-10-24", all=False) -> list of events (asserted only unless all=True)."""

    def _code(text: str, day: str = "2020-10-24", all: bool = False):
        evs = engine.code_text(text, date.fromisoformat(day))
        return evs if all else [e for e in evs if e.asserted]

    return _code


@pytest.fixture
def opts(tmp_path):
    from riftwatch.config import Options

    return Options(db=str(tmp_path / "test.duckdb"), batch_size=4)


def triples(events):
    """{(source_country, target_country, root)} of a list of events."""
    return {(e.source_country, e.target_country, e.root) for e in events}


def country_codes(events):
    """{(source_country, target_country, code)} of a list of events."""
    return {(e.source_country, e.target_country, e.code) for e in events}


def actor_codes(events):
    """{(source, target, code)} of a list of events: actor codes with their sectors ("ISRMIL")."""
    return {(e.source, e.target, e.code) for e in events}


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """The bundled demo corpus ingested once per test session. Read it, never write it:
    a test that writes copies the file first (see :func:`demo_copy`)."""
    from riftwatch import api
    from riftwatch.demo import demo_files

    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    api.ingest(demo_files(), db=db, workers=1)
    return db


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> str:
    """A private, writable copy of the demo store."""
    import shutil

    dst = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, dst)
    return str(dst)
