"""The DuckDB store: schema, recorded migrations, the one write path, and queries.

Only :meth:`Store.write_batch` (and the run bookkeeping) writes; it writes an
article together with its events in one transaction, so a crash leaves either
the whole article or none of it, and a re-run picks up where it stopped.
Read-only commands open the file with ``read_only=True``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import InputError, StoreError
from ..models import Article, Event, Rejection

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema", """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR NOT NULL,
        published TIMESTAMP, updated TIMESTAMP, source VARCHAR, url VARCHAR, language VARCHAR,
        origin VARCHAR, format VARCHAR, ingested_at TIMESTAMP NOT NULL, run_id INTEGER);
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event_date DATE,
        source VARCHAR NOT NULL, source_country VARCHAR, source_name VARCHAR,
        target VARCHAR, target_country VARCHAR, target_name VARCHAR,
        code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL,
        status VARCHAR NOT NULL, sentence_index INTEGER, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER,
        trigger VARCHAR, trigger_start INTEGER, rule VARCHAR NOT NULL, confidence DOUBLE NOT NULL,
        coder_version VARCHAR);
    CREATE INDEX events_dyad ON events (source_country, target_country, event_date);
    CREATE TABLE rejections (
        id VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, reason VARCHAR NOT NULL, message VARCHAR,
        first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL, run_id INTEGER);
    CREATE TABLE unresolved_actors (
        article_id VARCHAR NOT NULL, name VARCHAR NOT NULL, role VARCHAR, sentence_index INTEGER,
        sentence VARCHAR, rule VARCHAR);
    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY, started TIMESTAMP NOT NULL, finished TIMESTAMP, inputs VARCHAR,
        n_read INTEGER, n_new INTEGER, n_duplicate INTEGER, n_rejected INTEGER, n_events INTEGER,
        coder_version VARCHAR);
    """),
    (2, "actors table", """
    CREATE TABLE actors (
        code VARCHAR NOT NULL, name VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
        events INTEGER NOT NULL, first_seen DATE, last_seen DATE, PRIMARY KEY (code, name));
    INSERT INTO actors
        SELECT code, name, any_value(country),
               CASE WHEN any_value(country) IS NOT NULL AND length(code) > 3 THEN substr(code, 4) END,
               count(*), min(event_date), max(event_date)
        FROM (SELECT source AS code, coalesce(source_name, source) AS name, source_country AS country, event_date
              FROM events
              UNION ALL
              SELECT target, coalesce(target_name, target), target_country, event_date
              FROM events WHERE target IS NOT NULL)
        GROUP BY code, name;
    """),
    (3, "event origin (riftwatch or an imported dataset) and source URL", """
    ALTER TABLE events ADD COLUMN origin VARCHAR DEFAULT 'riftwatch';
    ALTER TABLE events ADD COLUMN url VARCHAR;
    CREATE INDEX events_date ON events (event_date);
    """),
    (4, "event date precision (day, week, month, year)", """
    ALTER TABLE events ADD COLUMN date_precision VARCHAR DEFAULT 'day';
    """),
    (5, "event locations, mentions grouped into events, user corrections", """
    ALTER TABLE events ADD COLUMN location_name VARCHAR;
    ALTER TABLE events ADD COLUMN location_country VARCHAR;
    ALTER TABLE events ADD COLUMN location_lat DOUBLE;
    ALTER TABLE events ADD COLUMN location_lon DOUBLE;
    ALTER TABLE events ADD COLUMN location_kind VARCHAR;
    ALTER TABLE events ADD COLUMN location_source VARCHAR;
    ALTER TABLE events ADD COLUMN dedup_key VARCHAR;
    ALTER TABLE events ADD COLUMN event_key VARCHAR;
    ALTER TABLE events ADD COLUMN corrected_by VARCHAR;
    UPDATE events SET event_key = id;
    CREATE TABLE corrections (
        id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, event_id VARCHAR, article_id VARCHAR,
        trigger_start INTEGER, orig_source VARCHAR, orig_target VARCHAR, orig_code VARCHAR,
        name VARCHAR, value VARCHAR, author VARCHAR NOT NULL, created TIMESTAMP NOT NULL, reason VARCHAR,
        active BOOLEAN NOT NULL DEFAULT TRUE);
    CREATE VIEW event_groups AS
        SELECT e.event_key, count(*) AS mentions, count(DISTINCT e.article_id) AS articles,
               count(DISTINCT coalesce(a.source, regexp_extract(coalesce(e.url, a.url), '//([^/]+)', 1),
                                       e.article_id)) AS sources
        FROM events e LEFT JOIN articles a ON a.id = e.article_id GROUP BY e.event_key;
    CREATE VIEW merged_events AS
        SELECT e.*, g.mentions, g.articles AS n_articles, g.sources
        FROM events e JOIN event_groups g ON g.event_key = e.event_key WHERE e.id = e.event_key;
    """),
]

#: ``--count``: analytics over merged events (each happening once) or over every mention
COUNTS = {"events": "merged_events", "mentions": "events"}


def events_table(count: str = "events") -> str:
    """The table or view analytics read for ``--count events|mentions``."""
    try:
        return COUNTS[count]
    except KeyError:
        raise InputError(f"count must be 'events' or 'mentions', got {count!r}", code="RW404") from None

def _cols(*spec: str) -> tuple[tuple[str, Any], ...]:
    import pyarrow as pa

    types = {"s": pa.string(), "t": pa.timestamp("us"), "i": pa.int32(), "f": pa.float64(), "d": pa.date32(),
             "b": pa.int8()}
    return tuple((name, types[kind]) for name, kind in (x.split(":") for x in spec))


ARTICLE_COLS = _cols("id:s", "title:s", "text:s", "published:t", "updated:t", "source:s", "url:s", "language:s",
                     "origin:s", "format:s", "ingested_at:t", "run_id:i")
EVENT_COLS = _cols("id:s", "article_id:s", "event_date:d", "source:s", "source_country:s", "source_name:s",
                   "target:s", "target_country:s", "target_name:s", "code:s", "root:s", "quad_class:b",
                   "goldstein:f", "status:s", "sentence_index:i", "sentence:s", "sent_start:i", "sent_end:i",
                   "trigger:s", "trigger_start:i", "rule:s", "confidence:f", "coder_version:s",
                   "date_precision:s", "location_name:s", "location_country:s", "location_lat:f",
                   "location_lon:f", "location_kind:s", "location_source:s", "event_key:s")
ACTOR_COLS = _cols("code:s", "name:s", "country:s", "sector:s", "events:i", "first_seen:d", "last_seen:d")
UNRESOLVED_COLS = _cols("article_id:s", "name:s", "role:s", "sentence_index:i", "sentence:s", "rule:s")

def _event_row(e: Event, coder_version: str) -> list[Any]:
    """One ``events`` row (:data:`EVENT_COLS` order) for a coded mention; its event is
    itself until :meth:`Store.regroup` says otherwise."""
    return [e.id, e.article_id, e.event_date, e.source, e.source_country, e.source_name, e.target,
            e.target_country, e.target_name, e.code, e.root, e.quad_class, e.goldstein, e.status,
            e.sentence_index, e.sentence, e.start, e.end, e.trigger, e.trigger_start, e.rule,
            e.confidence, coder_version, e.date_precision, e.location_name, e.location_country,
            e.location_lat, e.location_lon, e.location_kind, e.location_source, e.id]


def window(since: date | None, until: date | None, column: str = "event_date") -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for a date window on ``column`` (either end open)."""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)
    return where, params


def check_status(status: str) -> str:
    """A ``--status`` value: one of :data:`STATUSES` or ``all``."""
    if status != "all" and status not in STATUSES:
        raise InputError(f"status must be one of {', '.join(STATUSES)} or all, got {status!r}", code="RW403")
    return status


def status_and_code(status: str | None, code: str | None, where: list[str], params: list[Any]) -> None:
    """Add the ``e.status`` and ``e.code`` (CAMEO code or prefix of 2-4 digits) conditions
    every event query shares to ``where``/``params``."""
    if code:
        code = code.strip()
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise InputError(f"code must be a CAMEO code or prefix of 2-4 digits such as 04 or 1121, got {code!r}",
                             code="RW402")
        where.append("starts_with(e.code, ?)")
        params.append(code)
    if status and check_status(status) != "all":
        where.append("e.status = ?")
        params.append(status)


STATUSES = ("asserted", "negated", "hypothetical", "prediction", "opinion", "intent", "question", "historical",
            "dropped")  # dropped: a user correction says it is not an event


@dataclass
class RunCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    events: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


class Store:
    """One DuckDB file. ``read_only=False`` makes this process the writer."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no riftwatch store at {self.path}; run `riftwatch ingest` first "
                             f"or point --db / RIFTWATCH_DB at one", code="RW301")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}. Only one process may write a store "
                             f"at a time.", code="RW302") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a usable DuckDB file: {exc}", code="RW303") from None
        if not read_only:
            self.migrate()
        else:
            self._check_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- schema
    def migrate(self) -> list[int]:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now()])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
            applied.append(version)
        return applied

    def _check_schema(self) -> None:
        try:
            v = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        except duckdb.CatalogException:
            raise StoreError(f"{self.path} is not a riftwatch store (no schema_migrations table)",
                             code="RW304") from None
        latest = MIGRATIONS[-1][0]
        if v is None or v < latest:
            raise StoreError(f"store {self.path} is at schema version {v}, this riftwatch needs {latest}; "
                             f"run any writing command (e.g. `riftwatch ingest`) once to migrate it", code="RW305")

    # ---------------------------------------------------------------- writes
    def start_run(self, inputs: Sequence[str], coder_version: str) -> int:
        rid = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM ingest_runs").fetchone()[0]
        self.con.execute("INSERT INTO ingest_runs (id, started, inputs, coder_version) VALUES (?, ?, ?, ?)",
                         [rid, datetime.now(), json.dumps(list(inputs)), coder_version])
        return rid

    def finish_run(self, run_id: int, c: RunCounts) -> None:
        self.con.execute("UPDATE ingest_runs SET finished=?, n_read=?, n_new=?, n_duplicate=?, n_rejected=?, "
                         "n_events=? WHERE id=?",
                         [datetime.now(), c.read, c.new, c.duplicate, c.rejected, c.events, run_id])

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, coded: Sequence[tuple[Article, Sequence[Event], Sequence[Any]]],
                    rejections: Sequence[Rejection], run_id: int | None, coder_version: str) -> None:
        """Write articles with their events and unresolved names, and rejections, atomically."""
        now = datetime.now()
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # articles already stored (a re-run, or a retry after a crash) add nothing
            known = self.known_ids(a.id for a, _, _ in coded)
            coded = [c for c in coded if c[0].id not in known]
            if coded:
                self._insert("articles", ARTICLE_COLS,
                             [[a.id, a.title, a.text, a.published, a.updated, a.source, a.url, a.language, a.origin,
                               a.format, now, run_id] for a, _, _ in coded])
                events = list({e.id: e for _, evs, _ in coded for e in evs}.values())
                self._insert("events", EVENT_COLS, [_event_row(e, coder_version) for e in events])
                self._upsert_actors(events)
                self.apply_corrections([a.id for a, _, _ in coded])
                self.regroup(article_ids=[a.id for a, _, _ in coded])
                self._insert("unresolved_actors", UNRESOLVED_COLS,
                             [[u.article_id, u.name, u.role, u.sentence_index, u.sentence, u.rule]
                              for _, _, us in coded for u in us])
            self._write_rejections(rejections, now, run_id)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def replace_events(self, coded: Sequence[tuple[str, Sequence[Event], Sequence[Any]]],
                       coder_version: str) -> list[dict[str, Any]]:
        """Re-coding: replace the events and unresolved names of stored articles with a new
        coder's output, in one transaction, then re-apply the corrections and regroup.
        ``coded``: ``(article_id, events, unresolved)``. Returns the old mentions (id, code,
        source, target, status, trigger_start, article_id) for the caller's diff."""
        ids = [aid for aid, _, _ in coded]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            old = self.query("SELECT id, article_id, trigger_start, source, target, code, status, dedup_key "
                             "FROM events WHERE article_id IN (SELECT unnest(?))", [ids])
            con.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?))", [ids])
            con.execute("DELETE FROM unresolved_actors WHERE article_id IN (SELECT unnest(?))", [ids])
            events = list({e.id: e for _, evs, _ in coded for e in evs}.values())
            self._insert("events", EVENT_COLS, [_event_row(e, coder_version) for e in events])
            self._insert("unresolved_actors", UNRESOLVED_COLS,
                         [[u.article_id, u.name, u.role, u.sentence_index, u.sentence, u.rule]
                          for _, _, us in coded for u in us])
            self.apply_corrections(ids)
            self.regroup(article_ids=ids, extra_keys=sorted({r["dedup_key"] for r in old if r["dedup_key"]}))
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return old

    def rebuild_actors(self) -> None:
        """Recount the ``actors`` summary from the events (after a re-code)."""
        self.con.execute("DELETE FROM actors")
        rows = self.query("SELECT source, source_name, source_country, target, target_name, target_country, "
                          "event_date FROM events WHERE coalesce(origin, 'riftwatch') = 'riftwatch'")
        from types import SimpleNamespace

        self._upsert_actors([SimpleNamespace(**r) for r in rows])  # type: ignore[misc]

    def _write_rejections(self, rejections: Sequence[Rejection], now: datetime, run_id: int | None) -> None:
        for r in rejections:  # one row per (origin, reason); a repeat refreshes last_seen
            self.con.execute(
                "INSERT INTO rejections VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                "last_seen = excluded.last_seen, message = excluded.message, run_id = excluded.run_id",
                [r.id, r.origin, r.reason.value, r.message, now, now, run_id])

    def _upsert_actors(self, events: Sequence[Event]) -> None:
        """Keep the ``actors`` table (every actor code and name seen, with event counts) current."""
        seen: dict[tuple[str, str], list[Any]] = {}
        for e in events:
            for code, name, country in ((e.source, e.source_name, e.source_country),
                                        (e.target, e.target_name, e.target_country)):
                if code is None:
                    continue
                row = seen.setdefault((code, name or code), [code, name or code, country,
                                                             code[3:] if country and len(code) > 3 else None,
                                                             0, e.event_date, e.event_date])
                row[4] += 1
                if e.event_date is not None:
                    row[5] = min(d for d in (row[5], e.event_date) if d is not None)
                    row[6] = max(d for d in (row[6], e.event_date) if d is not None)
        if not seen:
            return
        self._insert("actors", ACTOR_COLS, list(seen.values()), on_conflict=(
            " ON CONFLICT (code, name) DO UPDATE SET events = actors.events + excluded.events, "
            "first_seen = least(actors.first_seen, excluded.first_seen), "
            "last_seen = greatest(actors.last_seen, excluded.last_seen)"))

    def _insert(self, table: str, cols: tuple[tuple[str, Any], ...], rows: list[list[Any]],
                on_conflict: str | None = None) -> None:
        """Bulk insert through an Arrow table (much faster than executemany); rows whose
        primary key exists are skipped, which makes re-runs idempotent."""
        if not rows:
            return
        import pyarrow as pa

        arrays = [pa.array([r[k] for r in rows], type=t) for k, (_, t) in enumerate(cols)]
        batch = pa.Table.from_arrays(arrays, names=[c for c, _ in cols])
        self.con.register("_rw_batch", batch)
        try:
            conflict = on_conflict or (" ON CONFLICT DO NOTHING" if table != "unresolved_actors" else "")
            names = ", ".join(c for c, _ in cols)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rw_batch{conflict}")  # noqa: S608
        finally:
            self.con.unregister("_rw_batch")

    # ---------------------------------------------------------------- grouping and corrections
    def regroup(self, article_ids: Sequence[str] | None = None, extra_keys: Sequence[str] = ()) -> int:
        """Group asserted mentions into events (see :mod:`riftwatch.store.dedup`) for every
        grouping key touched by ``article_ids`` (all keys when None) and ``extra_keys``.
        Call inside the writer's transaction. Returns the number of mentions whose event changed."""
        from .dedup import KEY_SQL, group_all

        con = self.con
        scope = "" if article_ids is None else " AND article_id IN (SELECT unnest(?))"
        params: list[Any] = [] if article_ids is None else [list(article_ids)]
        con.execute(f"UPDATE events SET dedup_key = {KEY_SQL} WHERE TRUE{scope}", params)  # noqa: S608
        con.execute(f"UPDATE events SET event_key = id WHERE dedup_key IS NULL{scope}", params)  # noqa: S608
        keys_sql = ("SELECT DISTINCT dedup_key FROM events WHERE dedup_key IS NOT NULL" + scope +
                    " UNION SELECT unnest(?)")
        rows = self.query(
            "SELECT id, dedup_key, event_key, event_date, date_precision, code, location_name, location_kind, "
            f"location_country, location_source, article_id, sentence_index FROM events WHERE dedup_key IN ({keys_sql})",
            [*params, [k for k in extra_keys if k]])
        old = {r["id"]: r["event_key"] for r in rows}
        changed = [[i, k] for i, k in group_all(rows).items() if old[i] != k]
        if changed:
            import pyarrow as pa

            self.con.register("_rw_keys", pa.table({"id": [c[0] for c in changed],
                                                    "k": [c[1] for c in changed]}))
            try:
                con.execute("UPDATE events SET event_key = _rw_keys.k FROM _rw_keys WHERE events.id = _rw_keys.id")
            finally:
                self.con.unregister("_rw_keys")
        return len(changed)

    def apply_corrections(self, article_ids: Sequence[str] | None = None) -> int:
        """Apply the active event corrections to the stored mentions they target (of
        ``article_ids``, or all). Call inside the writer's transaction."""
        from .corrections import apply_event_corrections

        return apply_event_corrections(self, article_ids)

    # ---------------------------------------------------------------- reads
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "events", "actors", "rejections", "unresolved_actors"):
            out[t] = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
        out["asserted_events"] = self.con.execute(
            "SELECT count(*) FROM events WHERE status = 'asserted'").fetchone()[0]
        return out

    def events(self, *, source: str | None = None, target: str | None = None, since: date | None = None,
               until: date | None = None, root: str | None = None, code: str | None = None,
               status: str | None = "asserted", article: str | None = None,
               limit: int | None = None, count: str = "mentions") -> list[dict[str, Any]]:
        """Events matching the filters, oldest first. ``count="events"``: one row per event
        (its representative mention) with ``mentions`` and ``sources``; ``"mentions"``:
        every report, with the ``event_key`` of the event it belongs to."""
        table = events_table(count)
        where, params = ["TRUE"], []
        for col, val in (("source", source), ("target", target)):
            if val:
                where.append(f"(e.{col}_country = ? OR e.{col} = ? OR e.{col} LIKE ?)")
                params += [val.upper(), val.upper(), val.upper() + "%"]
        w, wp = window(since, until, "e.event_date")
        where += w
        params += wp
        if root:
            r = root.zfill(2)
            if len(r) != 2 or not r.isdigit() or not 1 <= int(r) <= 20:
                raise InputError(f"root must be a CAMEO root 01-20, got {root!r}", code="RW401")
            where.append("e.root = ?")
            params.append(r)
        status_and_code(status, code, where, params)
        if article:
            where.append("e.article_id = ?")
            params.append(article)
        sql = ("SELECT e.id, e.event_date, e.date_precision, e.source, e.source_country, e.target, e.target_country, e.code, e.root, "
               "e.quad_class, e.goldstein, e.status, e.confidence, e.rule, e.source_name, e.target_name, "
               "e.sentence, e.sent_start AS start, e.sent_end AS \"end\", e.article_id, a.title AS article_title, "
               "e.origin, coalesce(e.url, a.url) AS url, e.location_name, e.location_country, e.location_lat, "
               "e.location_lon, e.location_kind, e.location_source, e.corrected_by, " +
               ("e.mentions, e.sources " if count == "events" else "e.event_key ") +
               f"FROM {table} e LEFT JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where) +
               " ORDER BY e.event_date, e.article_id, e.sentence_index, e.trigger_start")
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self.query(sql, params)

    def write_events(self, events: Sequence[Event], origin: str, run_id: int | None,
                     rejections: Sequence[Rejection] = (), coder_version: str | None = None) -> tuple[int, int]:
        """Write events that have no article text (an imported dataset such as GDELT), and
        rejections, in one transaction. Returns ``(stored, duplicates)``.

        An event's id is its ``record_id`` when it has one (the dataset's own id, e.g.
        ``gdelt:410412347``), else its content hash. Ids already stored, or repeated within
        the batch, are duplicates: nothing is written for them (``ON CONFLICT DO NOTHING``),
        so re-importing a file changes nothing. ``origin`` goes to ``events.origin`` and a
        per-event ``extras["url"]`` to ``events.url``.
        """
        from dataclasses import replace

        now = datetime.now()
        con = self.con
        by_id: dict[str, Event] = {}
        for e in events:
            by_id.setdefault(e.record_id or e.id, e)
        con.execute("BEGIN TRANSACTION")
        try:
            ids = list(by_id)
            known = {r[0] for r in con.execute("SELECT id FROM events WHERE id IN (SELECT unnest(?))",
                                               [ids]).fetchall()} if ids else set()
            new = [(i, e) for i, e in by_id.items() if i not in known]
            if new:
                self._insert("events", IMPORTED_EVENT_COLS,
                             [[i, e.article_id, e.event_date, e.source, e.source_country, e.source_name, e.target,
                               e.target_country, e.target_name, e.code, e.root, e.quad_class, e.goldstein,
                               e.status, e.sentence_index, e.sentence, e.start, e.end, e.trigger, e.trigger_start,
                               e.rule, e.confidence, coder_version, origin, e.extras.get("url"), i]
                              for i, e in new])
                # an empty actor code (GDELT leaves Actor1 blank when it has none) is not an actor
                self._upsert_actors([e if e.source else replace(e, source=None)  # type: ignore[arg-type]
                                     for _, e in new])
            self._write_rejections(rejections, now, run_id)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(new), len(events) - len(new)


# Events imported from another dataset (GDELT), written by Store.write_events; they also fill
# ``origin`` and ``url`` (migration 3). Columns left out take their defaults.
IMPORTED_EVENT_COLS = _cols("id:s", "article_id:s", "event_date:d", "source:s", "source_country:s",
                            "source_name:s", "target:s", "target_country:s", "target_name:s", "code:s", "root:s",
                            "quad_class:b", "goldstein:f", "status:s", "sentence_index:i", "sentence:s",
                            "sent_start:i", "sent_end:i", "trigger:s", "trigger_start:i", "rule:s", "confidence:f",
                            "coder_version:s", "origin:s", "url:s", "event_key:s")
