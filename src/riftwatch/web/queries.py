"""Read-only queries the dashboard needs and :mod:`riftwatch.api` does not offer:
paged listings with text search, single rows by id, and the ingest status.

Every query takes a read-only :class:`~riftwatch.store.Store` and passes user
values only as parameters (``?``); the only text put into SQL is fixed column
names chosen here. Columns other engineers may add to ``events`` later come
through ``e.*`` untouched.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..errors import InputError
from ..store import Store
from ..store.db import status_and_code, window

#: largest page a listing returns
MAX_PAGE_SIZE = 200

_ACTOR = re.compile(r"^[A-Z0-9]{3,24}$")


class NotFound(InputError):
    """A well-formed identifier that names nothing in the store (HTTP 404)."""

    code = "RW460"


def country_code(value: str, name: str = "country") -> str:
    """``value`` as an upper-case 3-letter code, or a :class:`InputError` saying what a code looks like."""
    c = (value or "").strip().upper()
    if not (len(c) == 3 and c.isalpha()):
        raise InputError(f"{name} must be a 3-letter CAMEO country code such as KOR or USA, got {value!r}",
                         code="RW461")
    return c


def known_country(store: Store, value: str, name: str = "country") -> str:
    """A country code that the knowledge base knows or that occurs in the store's events."""
    from ..analysis.network import country_names

    c = country_code(value, name)
    if c in country_names():
        return c
    hit = store.query("SELECT 1 FROM events WHERE source_country = ? OR target_country = ? LIMIT 1", [c, c])
    if not hit:
        raise NotFound(f"unknown country {c!r}: not in the knowledge base and in no stored event")
    return c


def actor_code(store: Store, value: str) -> str:
    """An actor filter (a country such as KOR or an actor code such as USAGOV, matched as a prefix)."""
    a = (value or "").strip().upper()
    if not _ACTOR.match(a):
        raise InputError(f"actor must be a country or actor code of 3-24 letters/digits such as KOR or USAGOV, "
                         f"got {value!r}", code="RW462")
    from ..analysis.network import country_names

    if a in country_names():
        return a
    hit = store.query("SELECT 1 FROM actors WHERE starts_with(code, ?) LIMIT 1", [a]) or \
        store.query("SELECT 1 FROM events WHERE source_country = ? OR target_country = ? LIMIT 1", [a, a])
    if not hit:
        raise NotFound(f"unknown actor {a!r}: no stored event has it as source or target")
    return a


def _page(page: int, page_size: int) -> tuple[int, int]:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InputError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}", code="RW463")
    if page < 1:
        raise InputError(f"page must be 1 or more, got {page}", code="RW464")
    return page_size, (page - 1) * page_size


def _paged(rows: list[dict[str, Any]], total: int, page: int, page_size: int) -> dict[str, Any]:
    return {"total": total, "page": page, "page_size": page_size,
            "pages": max(1, -(-total // page_size)), "items": rows}


def events_page(store: Store, *, actor: str | None = None, partner: str | None = None,
                source: str | None = None, target: str | None = None, code: str | None = None, status: str = "asserted", q: str | None = None,
                since: date | None = None, until: date | None = None, page: int = 1,
                page_size: int = 50) -> dict[str, Any]:
    """Events matching the filters, newest first, one page at a time.

    ``actor`` matches the source or the target (country or actor-code prefix), with
    ``partner`` the events between the two in either direction; ``source``/``target`` one
    side; ``code`` is a CAMEO code prefix (2–4 digits);
    ``q`` a case-insensitive substring of the sentence or the article title."""
    limit, offset = _page(page, page_size)
    where, params = ["TRUE"], []
    def side(col: str, val: str) -> str:
        params.extend([val, val])
        return f"(e.{col}_country = ? OR starts_with(e.{col}, ?))"

    if partner and not actor:
        raise InputError("partner needs an actor: events between actor and partner, either direction",
                         code="RW472")
    if actor and partner:
        a, p = actor_code(store, actor), actor_code(store, partner)
        where.append(f"(({side('source', a)} AND {side('target', p)}) OR "
                     f"({side('source', p)} AND {side('target', a)}))")
    elif actor:
        a = actor_code(store, actor)
        where.append(f"({side('source', a)} OR {side('target', a)})")
    for col, val in (("source", source), ("target", target)):
        if val:
            where.append(side(col, actor_code(store, val)))
    status_and_code(status, code, where, params)
    if q:
        if len(q) > 200:
            raise InputError("q (text search) must be at most 200 characters", code="RW467")
        where.append("(contains(lower(coalesce(e.sentence, '')), lower(?)) "
                     "OR contains(lower(coalesce(a.title, '')), lower(?)))")
        params += [q, q]
    w, wp = window(since, until, "e.event_date")
    where += w
    params += wp
    body = "FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where)
    total = store.query("SELECT count(*) AS n " + body, params)[0]["n"]
    rows = store.query("SELECT e.*, a.title AS article_title, a.published AS article_published " + body +
                       " ORDER BY e.event_date DESC NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.id"
                       " LIMIT ? OFFSET ?", [*params, limit, offset])
    return _paged([_event(r) for r in rows], total, page, page_size)


def _event(r: dict[str, Any]) -> dict[str, Any]:
    """A stored event row for display: CAMEO label added, offsets under the names ``store.events`` uses."""
    from ..coding.ontology import cameo_codes

    r = dict(r)
    r.setdefault("start", r.pop("sent_start", None))
    r.setdefault("end", r.pop("sent_end", None))
    c = cameo_codes().get(str(r.get("code") or ""))
    r["label"] = c.label if c else None
    return r


def event(store: Store, event_id: str) -> dict[str, Any]:
    rows = store.query("SELECT e.*, a.title AS article_title, a.published AS article_published, "
                       "coalesce(e.url, a.url) AS article_url FROM events e "
                       "LEFT JOIN articles a ON a.id = e.article_id WHERE e.id = ?", [event_id])
    if not rows:
        raise NotFound(f"no event with id {event_id!r}")
    return _event(rows[0])


def label_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (from ``Store.events``) with their CAMEO labels."""
    return [_event(r) for r in rows]


def articles_page(store: Store, *, q: str | None = None, since: date | None = None, until: date | None = None,
                  page: int = 1, page_size: int = 50) -> dict[str, Any]:
    """Stored articles, newest first, with their asserted event counts; ``q`` searches titles."""
    limit, offset = _page(page, page_size)
    where, params = ["TRUE"], []
    if q:
        if len(q) > 200:
            raise InputError("q (text search) must be at most 200 characters", code="RW467")
        where.append("contains(lower(coalesce(a.title, '')), lower(?))")
        params.append(q)
    w, wp = window(since, until, "CAST(a.published AS DATE)")
    where += w
    params += wp
    body = "FROM articles a WHERE " + " AND ".join(where)
    total = store.query("SELECT count(*) AS n " + body, params)[0]["n"]
    rows = store.query(
        "SELECT a.id, a.published, a.title, a.source, a.url, a.origin, a.format, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.status = 'asserted') AS events "
        + body + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return _paged(rows, total, page, page_size)


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article with its text and all its events (every status)."""
    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        raise NotFound(f"no article with id {article_id!r}")
    out = dict(rows[0])
    out["events"] = label_events(store.events(article=article_id, status=None))
    return out


def text_segments(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` cut into ``{"text", "mark"}`` pieces, ``mark`` True on the sentences events were
    coded from (by their stored offsets; offsets that do not fit the text are ignored)."""
    spans = sorted({(e["start"], e["end"]) for e in events
                    if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
                    and 0 <= e["start"] < e["end"] <= len(text)})
    out, pos = [], 0
    for s, t in spans:
        if s < pos:
            s = pos
        if s >= t:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "mark": False})
        out.append({"text": text[s:t], "mark": True})
        pos = t
    if pos < len(text):
        out.append({"text": text[pos:], "mark": False})
    return out


def actors_page(store: Store, *, q: str | None = None, page: int = 1, page_size: int = 50) -> dict[str, Any]:
    """Actors seen in events (code, name, country, sector, events, first/last seen), busiest first."""
    limit, offset = _page(page, page_size)
    where, params = ["TRUE"], []
    if q:
        if len(q) > 200:
            raise InputError("q (text search) must be at most 200 characters", code="RW467")
        where.append("(contains(lower(name), lower(?)) OR starts_with(code, upper(?)))")
        params += [q, q]
    body = "FROM actors WHERE " + " AND ".join(where)
    total = store.query("SELECT count(*) AS n " + body, params)[0]["n"]
    rows = store.query("SELECT * " + body + " ORDER BY events DESC, code, name LIMIT ? OFFSET ?",
                       [*params, limit, offset])
    return _paged(rows, total, page, page_size)


def countries(store: Store, since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
    """Countries in asserted events of the window, with their names and event counts, busiest first."""
    from ..analysis.network import country_name

    w, wp = window(since, until)
    cond = " AND ".join(["status = 'asserted'", *w])
    rows = store.query(f"""
        SELECT c AS code, count(*) AS events FROM (
            SELECT source_country AS c FROM events WHERE source_country IS NOT NULL AND {cond}
            UNION ALL
            SELECT target_country FROM events WHERE target_country IS NOT NULL AND {cond})
        GROUP BY c ORDER BY events DESC, code""", [*wp, *wp])
    return [{"code": r["code"], "name": country_name(r["code"]), "events": r["events"]} for r in rows]


def status(store: Store, runs: int = 20, rejections: int = 50) -> dict[str, Any]:
    """What is in the store and how it got there: counts, the latest ingest runs,
    rejections by reason and the latest rejections."""
    import json

    run_rows = store.query("SELECT * FROM ingest_runs ORDER BY id DESC LIMIT ?", [int(runs)])
    for r in run_rows:
        try:
            inputs = json.loads(r.get("inputs") or "[]")
        except (TypeError, ValueError):
            inputs = [r.get("inputs")]
        r["inputs"] = inputs if isinstance(inputs, list) else [inputs]
    return {
        "counts": store.counts(),
        "runs": run_rows,
        "rejections_by_reason": store.query("SELECT reason, count(*) AS n FROM rejections GROUP BY reason "
                                            "ORDER BY n DESC, reason"),
        "rejections": store.query("SELECT origin, reason, message, first_seen, last_seen, run_id FROM rejections "
                                  "ORDER BY last_seen DESC, origin LIMIT ?", [int(rejections)]),
        "date_range": store.query("SELECT min(event_date) AS first, max(event_date) AS last FROM events "
                                  "WHERE status = 'asserted'")[0],
    }
