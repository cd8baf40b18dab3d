"""The store: recorded migrations, atomic batches, read-only access."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from riftwatch.errors import StoreError
from riftwatch.models import Article, Event, content_id
from riftwatch.store import MIGRATIONS, Store


def _article(text: str) -> Article:
    return Article(id=content_id(text), text=text, title="t", published=datetime(2020, 10, 1), origin="mem")


def _event(a: Article, src: str = "FRA", tgt: str = "DEU") -> Event:
    return Event(article_id=a.id, sentence_index=0, sentence=a.text, start=0, end=len(a.text), trigger="x",
                 trigger_start=0, source=src, source_country=src, source_name=src, target=tgt,
                 target_country=tgt, target_name=tgt, code="111", root="11", quad_class=3, goldstein=-2.0,
                 status="asserted", rule="criticize", confidence=0.9, event_date=date(2020, 10, 1))


def test_store_migrations_are_recorded_once(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        versions = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [m[0] for m in MIGRATIONS]
    with Store(db) as s:  # reopening applies nothing twice
        assert s.migrate() == []


def test_store_batch_is_atomic(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    a = _article("France criticized Germany.")
    with Store(db) as s:
        real = s._insert

        def failing(table, *args, **kw):
            if table == "events":
                raise RuntimeError("disk full")
            return real(table, *args, **kw)

        monkeypatch.setattr(s, "_insert", failing)
        with pytest.raises(RuntimeError):
            s.write_batch([(a, [_event(a)], [])], [], None, "v")
        monkeypatch.undo()
        assert s.counts()["articles"] == 0  # no article without its events
        s.write_batch([(a, [_event(a)], [])], [], None, "v")
        s.write_batch([(a, [_event(a)], [])], [], None, "v")  # a second write of the same batch adds nothing
        c = s.counts()
        assert (c["articles"], c["events"]) == (1, 1)
        assert s.query("SELECT code, events FROM actors ORDER BY code") == [
            {"code": "DEU", "events": 1}, {"code": "FRA", "events": 1}]


def test_store_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="RW301"):
        Store(tmp_path / "none.duckdb", read_only=True)
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="RW30"):
        Store(tmp_path / "junk.duckdb", read_only=True)
