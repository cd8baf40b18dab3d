"""The Python API. The CLI (and later the web layer) are thin shells over these functions.

>>> import riftwatch
>>> events = riftwatch.code("China imposed sanctions on Lockheed Martin.", date="2020-10-26")
>>> report = riftwatch.ingest(["articles/"], db="news.duckdb")
>>> rows = riftwatch.relations("KOR", "USA", by="month", db="news.duckdb")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .analysis import relations as _relations
from .analysis.relations import relations_frame as _relations_frame
from .analysis import top_dyads as _top_dyads
from .config import Options, load_options
from .errors import InputError
from .models import Event
from .pipeline import Engine, IngestReport, run_ingest
from .store import RunCounts, Store

DateLike = date | str | None


def _day(value: DateLike, name: str = "date") -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{name} must be YYYY-MM-DD, got {value!r}", code="RW404") from None


def _options(db: str | os.PathLike[str] | None = None, options: Options | None = None, **kw: Any) -> Options:
    base = options or load_options()
    return base.merged(db=str(db) if db is not None else None, **kw)


def with_store_aliases(opts: Options) -> Options:
    """The options with the store's actor-alias corrections, so every coder (in any
    worker) resolves them; unchanged when the store does not exist yet."""
    from dataclasses import replace

    from .store.corrections import aliases

    if opts.db == ":memory:" or not Path(opts.db).exists():
        return opts
    with Store(opts.db) as store:  # migrates an older store, like any writing command
        found = aliases(store)
    return replace(opts, aliases=found) if found else opts


@lru_cache(maxsize=2)
def get_engine(options: Options) -> Engine:
    """The engine for these options, loaded once per process."""
    return Engine(options)


def code(text: str | Iterable[str], date: DateLike = None, *, options: Options | None = None,
         include_flagged: bool = False) -> list[Event]:
    """Code a text (or several) into events. By default only asserted events are
    returned; ``include_flagged=True`` adds negated/hypothetical/predicted ones."""
    engine = get_engine(_options(options=options))
    day = _day(date)
    texts = [text] if isinstance(text, str) else list(text)
    out: list[Event] = []
    for t in texts:
        out += [e for e in engine.code_text(t, day) if include_flagged or e.asserted]
    return out


def code_records(records: Iterable[dict[str, Any]], *, options: Options | None = None,
                 include_flagged: bool = False) -> list[Event]:
    """Code ``{"id", "text", "date"?}`` records; each event carries ``record_id``."""
    engine = get_engine(_options(options=options))
    out: list[Event] = []
    items = []
    for n, r in enumerate(records, 1):
        if not isinstance(r, dict) or not isinstance(r.get("text"), str):
            raise InputError(f"record {n} has no string 'text' field", code="RW405")
        rid = str(r.get("id", n))
        items.append((r["text"], rid, _day(r.get("date"), f"record {rid} date"), rid))
    for res in engine.code_many(items):
        if isinstance(res, Exception):
            raise res
        out += [e for e in res[0] if include_flagged or e.asserted]
    return out


def ingest(paths: Sequence[str | os.PathLike[str]], *, db: str | os.PathLike[str] | None = None,
           columns: str | dict[str, str] | None = None, options: Options | None = None,
           progress: Callable[[RunCounts, str], None] | None = None, workers: int | None = None,
           dask: str | None = None, from_list: str | os.PathLike[str] | None = None,
           dask_read: str = "workers") -> IngestReport:
    """Ingest files and directories into the store; returns counts and rejections.

    ``workers`` processes parse and code (default: the ``workers`` setting; 0 = one per
    core, a small input coded in this process); ``dask`` is a scheduler address, or
    ``"local"`` for a LocalCluster, whose workers read the files unless
    ``dask_read="driver"``; ``from_list`` is a file of paths, one per line."""
    opts = with_store_aliases(_options(db, options))
    n = opts.workers if workers is None else workers
    return run_ingest([str(p) for p in paths], opts, columns=columns, progress=progress, workers=n, dask=dask,
                      from_list=from_list, dask_read=dask_read)


def events(*, db: str | os.PathLike[str] | None = None, source: str | None = None, target: str | None = None,
           since: DateLike = None, until: DateLike = None, root: str | None = None, code: str | None = None,
           status: str = "asserted", limit: int | None = None, count: str = "mentions",
           options: Options | None = None) -> list[dict[str, Any]]:
    """Stored events matching the filters (dicts, oldest first): every mention
    (``count="mentions"``) or one row per event with its mention and source counts
    (``count="events"``)."""
    with Store(_options(db, options).db, read_only=True) as store:
        return store.events(source=source, target=target, since=_day(since, "since"), until=_day(until, "until"),
                            root=root, code=code, status=status, limit=limit, count=count)


def relations(a: str, b: str, by: str = "month", *, db: str | os.PathLike[str] | None = None,
              since: DateLike = None, until: DateLike = None, count: str = "events",
              options: Options | None = None) -> list[dict[str, Any]]:
    """Relation series between two countries, both directions, per period, counting
    each event once (``count="events"``) or every report of it (``"mentions"``)."""
    with Store(_options(db, options).db, read_only=True) as store:
        return _relations(store, a, b, by, _day(since, "since"), _day(until, "until"), count)


def dyads(*, db: str | os.PathLike[str] | None = None, since: DateLike = None, until: DateLike = None,
          limit: int = 10, count: str = "events", options: Options | None = None) -> list[dict[str, Any]]:
    """The busiest country pairs in the store."""
    with Store(_options(db, options).db, read_only=True) as store:
        return _top_dyads(store, _day(since, "since"), _day(until, "until"), limit, count)


def relations_frame(a: str, b: str, by: str = "month", *, db: str | os.PathLike[str] | None = None,
                    since: DateLike = None, until: DateLike = None, count: str = "events",
                    options: Options | None = None) -> Any:
    """:func:`relations` as a pandas DataFrame (one row per period and direction, ``period`` as datetime)."""
    with Store(_options(db, options).db, read_only=True) as store:
        return _relations_frame(store, a, b, by, _day(since, "since"), _day(until, "until"), count)


def dyads_frame(**kw: Any) -> Any:
    """:func:`dyads` as a pandas DataFrame (same keyword arguments)."""
    import pandas as pd

    return pd.DataFrame(dyads(**kw), columns=["a", "b", "events", "articles", "goldstein_sum", "goldstein_mean"])


def events_frame(**kw: Any) -> Any:
    """:func:`events` as a pandas DataFrame (same keyword arguments; ``event_date`` as datetime)."""
    import pandas as pd

    df = pd.DataFrame(events(**kw))
    if "event_date" in df:
        df["event_date"] = pd.to_datetime(df["event_date"])
    return df


def changes(kind: str = "rift", *, db: str | os.PathLike[str] | None = None, since: DateLike = None,
            until: DateLike = None, top: int = 10, min_events: int = 5, min_articles: int = 2, by: str = "day",
            alpha: float = 0.05, unit: str = "report", count: str = "events",
            options: Options | None = None) -> list[dict[str, Any]]:
    """Rifts (``kind="rift"``) or rapprochements (``"rapprochement"``): dyads whose relations
    changed significantly inside the window, strongest first, with the evidence events.
    See :mod:`riftwatch.analysis.changes` for the method."""
    from .analysis.changes import find_changes

    with Store(_options(db, options).db, read_only=True) as store:
        return [f.to_dict() for f in find_changes(store, kind, _day(since, "since"), _day(until, "until"), top,
                                                  min_events, min_articles, by, alpha, unit=unit, count=count)]


def recode(*, db: str | os.PathLike[str] | None = None, since: DateLike = None, until: DateLike = None,
           options: Options | None = None, progress: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """Re-code stored articles (published in the window) with the current patterns,
    knowledge base and the store's aliases; corrections stay in force. Returns what changed."""
    from .recode import recode as _recode

    opts = with_store_aliases(_options(db, options))
    return _recode(opts, _day(since, "since"), _day(until, "until"), progress=progress).to_dict()


def correct(event_id: str, *, code: str | None = None, source: str | None = None, target: str | None = None,
            drop: bool = False, author: str | None = None, reason: str | None = None,
            db: str | os.PathLike[str] | None = None, options: Options | None = None) -> list[dict[str, Any]]:
    """Correct one stored event mention: its CAMEO ``code``, its ``source`` or ``target``
    actor, or ``drop`` it (not an event). Stored with who/when/why; survives re-coding."""
    from .store import corrections as c

    asked = [(k, v) for k, v in (("code", code), ("source", source), ("target", target)) if v]
    if drop:
        asked.append(("drop", None))
    if not asked:
        raise InputError("say what to correct: --code, --source, --target or --drop", code="RW419")
    with Store(_options(db, options).db) as store:
        return [c.add_event_correction(store, event_id, k, v, author=author, reason=reason) for k, v in asked]


def alias(name: str, code: str, *, author: str | None = None, reason: str | None = None,
          db: str | os.PathLike[str] | None = None, options: Options | None = None) -> dict[str, Any]:
    """Record that ``name`` denotes actor ``code`` for all coding from now on (``recode``
    applies it to stored articles)."""
    from .store import corrections as c

    with Store(_options(db, options).db) as store:
        return c.add_alias(store, name, code, author=author, reason=reason)
