"""User corrections: an event's code or actors, "not an event", and actor aliases.

A correction is a row of the ``corrections`` table with who made it, when and why. It
never edits the coder's knowledge in place; it is applied over the coder's output
every time that output is written — at ingest, after ``riftwatch recode`` and when a
corrections file from another store is applied — so it lasts through re-coding.

Kinds:

* ``code`` (value: a CAMEO code), ``source`` / ``target`` (value: an actor code),
  ``drop`` (the mention is not an event: status ``dropped``) — these target one event
  mention. They follow the mention through re-coding by its id (same article,
  sentence, trigger, actors, code and rule, i.e. the coder said the same thing), or,
  when the new coder changed what it says there, by its article and trigger word if
  that trigger carries exactly one mention.
* ``alias`` (name → actor code, e.g. "Chairman Kim" → PRKGOV): a knowledge-base
  addition the coder uses for articles coded from then on (``riftwatch recode``
  re-codes the stored ones).

Corrections travel between stores as JSON lines (:func:`export_corrections`,
:func:`import_corrections`); article ids are content hashes, so a correction finds its
article in any store that holds the same text.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from .db import Store

EVENT_KINDS = ("code", "source", "target", "drop")
KINDS = (*EVENT_KINDS, "alias")
FIELDS = ("id", "kind", "event_id", "article_id", "trigger_start", "orig_source", "orig_target", "orig_code",
          "name", "value", "author", "created", "reason", "active")


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "unknown"


def _country_codes() -> frozenset[str]:
    from ..tables import data_path, read_tsv

    return frozenset(r["code"] for _, r in read_tsv(data_path("kb", "countries.tsv"),
                                                     ("code", "name", "aliases", "demonyms", "capitals")))


def check_actor_code(code: str) -> str:
    code = code.strip().upper()
    if not code.isalnum() or not 3 <= len(code) <= 15:
        raise InputError(f"an actor code is 3-15 letters/digits such as USA, PRKGOV or NAT, got {code!r}",
                         code="RW410")
    return code


def check_cameo_code(code: str) -> str:
    from ..coding.ontology import cameo_codes

    code = code.strip()
    if code not in cameo_codes():
        raise InputError(f"{code!r} is not a CAMEO code (e.g. 042, 111, 1121); see `riftwatch codes`",
                         code="RW411")
    return code


def _new_id(*parts: Any) -> str:
    return hashlib.sha256("\x00".join(str(p) for p in parts).encode()).hexdigest()[:16]


def add_event_correction(store: Store, event_id: str, kind: str, value: str | None = None, *,
                         author: str | None = None, reason: str | None = None) -> dict[str, Any]:
    """Record a correction of one stored event mention and apply it. Returns the row."""
    if kind not in EVENT_KINDS:
        raise InputError(f"correction kind must be one of {', '.join(EVENT_KINDS)}, got {kind!r}", code="RW412")
    rows = store.query("SELECT id, article_id, trigger_start, source, target, code, origin FROM events "
                       "WHERE id = ? OR id LIKE ?", [event_id, event_id + "%"])
    if not rows:
        raise InputError(f"no event with id {event_id!r} in {store.path}; ids are shown by `riftwatch events`",
                         code="RW413")
    if len(rows) > 1:
        raise InputError(f"event id prefix {event_id!r} is ambiguous ({len(rows)} events); give more characters",
                         code="RW414")
    ev = rows[0]
    if kind == "code":
        value = check_cameo_code(value or "")
    elif kind in ("source", "target"):
        value = check_actor_code(value or "")
    else:
        value = None
    original = _original(store, ev)
    now = datetime.now()
    row = {"id": _new_id(kind, ev["id"], value, now.isoformat()), "kind": kind, "event_id": ev["id"],
           "article_id": ev["article_id"], "trigger_start": ev["trigger_start"],
           "orig_source": original["source"], "orig_target": original["target"], "orig_code": original["code"],
           "name": None, "value": value, "author": author or default_author(), "created": now,
           "reason": reason, "active": True}
    _write(store, [row], article_ids=[ev["article_id"]])
    return row


def _original(store: Store, ev: dict[str, Any]) -> dict[str, Any]:
    """What the coder said for this mention (an earlier correction may have changed the row)."""
    first = store.query("SELECT orig_source AS source, orig_target AS target, orig_code AS code FROM corrections "
                        "WHERE event_id = ? ORDER BY created LIMIT 1", [ev["id"]])
    return first[0] if first else ev


def add_alias(store: Store, name: str, code: str, *, author: str | None = None,
              reason: str | None = None) -> dict[str, Any]:
    """Record that ``name`` denotes actor ``code`` (used when articles are next coded)."""
    name = " ".join(name.split())
    if not name:
        raise InputError("an alias needs a non-empty name", code="RW415")
    code = check_actor_code(code)
    now = datetime.now()
    row = {"id": _new_id("alias", name, code, now.isoformat()), "kind": "alias", "event_id": None,
           "article_id": None, "trigger_start": None, "orig_source": None, "orig_target": None,
           "orig_code": None, "name": name, "value": code, "author": author or default_author(),
           "created": now, "reason": reason, "active": True}
    _write(store, [row], article_ids=[])
    return row


def _write(store: Store, rows: Sequence[dict[str, Any]], article_ids: Sequence[str] | None) -> int:
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        new = 0
        for r in rows:
            new += len(con.execute("INSERT INTO corrections (" + ", ".join(FIELDS) + ") VALUES (" +
                                   ", ".join("?" * len(FIELDS)) + ") ON CONFLICT DO NOTHING RETURNING id",
                                   [r[f] for f in FIELDS]).fetchall())
        if article_ids is None or article_ids:
            apply_event_corrections(store, article_ids)
            store.regroup(article_ids=article_ids)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return new


def aliases(store: Store) -> tuple[tuple[str, str], ...]:
    """Active alias corrections as ``(name, code)`` pairs, oldest first (a later one wins)."""
    return tuple((r["name"], r["value"]) for r in store.query(
        "SELECT name, value FROM corrections WHERE kind = 'alias' AND active ORDER BY created, id"))


def apply_event_corrections(store: Store, article_ids: Sequence[str] | None = None) -> int:
    """Apply active event corrections to the mentions they target; returns mentions changed."""
    from ..coding.ontology import cameo_codes

    scope = "" if article_ids is None else " AND article_id IN (SELECT unnest(?))"
    params: list[Any] = [] if article_ids is None else [list(article_ids)]
    fixes = store.query("SELECT * FROM corrections WHERE active AND kind IN ('code', 'source', 'target', 'drop')"
                        + scope + " ORDER BY created, id", params)
    if not fixes:
        return 0
    countries = _country_codes()
    changed = 0
    for c in fixes:
        target = store.query("SELECT id FROM events WHERE id = ?", [c["event_id"]])
        if not target:  # the coder now says something else at that trigger: follow it if unambiguous
            target = store.query("SELECT id FROM events WHERE article_id = ? AND trigger_start = ?",
                                 [c["article_id"], c["trigger_start"]])
            if len(target) != 1:
                continue
        eid = target[0]["id"]
        if c["kind"] == "code":
            info = cameo_codes()[c["value"]]
            store.con.execute("UPDATE events SET code = ?, root = ?, quad_class = ?, goldstein = ?, corrected_by = ? "
                              "WHERE id = ?", [info.code, info.root, info.quad_class, info.goldstein, c["id"], eid])
        elif c["kind"] in ("source", "target"):
            col = c["kind"]
            code = c["value"]
            country = code[:3] if code[:3] in countries else None
            store.con.execute(f"UPDATE events SET {col} = ?, {col}_country = ?, corrected_by = ? WHERE id = ?",  # noqa: S608
                              [code, country, c["id"], eid])
        else:
            store.con.execute("UPDATE events SET status = 'dropped', corrected_by = ? WHERE id = ?", [c["id"], eid])
        changed += 1
    return changed


def undo(store: Store, correction_id: str) -> dict[str, Any]:
    """Withdraw a correction: the mention goes back to what the coder (and any other
    correction still in force) says."""
    rows = store.query("SELECT * FROM corrections WHERE id = ? OR id LIKE ?", [correction_id, correction_id + "%"])
    if len(rows) != 1:
        raise InputError(f"no single correction with id {correction_id!r} (found {len(rows)}); "
                         f"see `riftwatch corrections list`", code="RW416")
    c = rows[0]
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE corrections SET active = FALSE WHERE id = ?", [c["id"]])
        if c["kind"] in EVENT_KINDS:
            _restore(store, c)
            apply_event_corrections(store, [c["article_id"]])
            store.regroup(article_ids=[c["article_id"]])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return dict(c, active=False)


def _restore(store: Store, c: dict[str, Any]) -> None:
    """Put the coder's values back on the mention a correction changed."""
    from ..coding.ontology import cameo_codes

    row = store.query("SELECT id, status FROM events WHERE corrected_by IN "
                      "(SELECT id FROM corrections WHERE event_id = ?) OR id = ?", [c["event_id"], c["event_id"]])
    if not row:
        return
    info = cameo_codes().get(c["orig_code"] or "")
    countries = _country_codes()
    src, tgt = c["orig_source"], c["orig_target"]
    store.con.execute(
        "UPDATE events SET source = ?, source_country = ?, target = ?, target_country = ?, corrected_by = NULL, "
        "status = CASE WHEN status = 'dropped' THEN 'asserted' ELSE status END WHERE id = ?",
        [src, src[:3] if src and src[:3] in countries else None, tgt,
         tgt[:3] if tgt and tgt[:3] in countries else None, row[0]["id"]])
    if info:
        store.con.execute("UPDATE events SET code = ?, root = ?, quad_class = ?, goldstein = ? WHERE id = ?",
                          [info.code, info.root, info.quad_class, info.goldstein, row[0]["id"]])


def list_corrections(store: Store, include_inactive: bool = False) -> list[dict[str, Any]]:
    where = "" if include_inactive else " WHERE active"
    return store.query("SELECT * FROM corrections" + where + " ORDER BY created, id")


def export_corrections(store: Store, path: str | Path) -> int:
    """Write every correction (withdrawn ones too, marked) as JSON lines."""
    rows = list_corrections(store, include_inactive=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in r.items()},
                                ensure_ascii=False) + "\n")
    return len(rows)


def import_corrections(store: Store, path: str | Path) -> dict[str, int]:
    """Add the corrections of a file written by :func:`export_corrections` (ones already
    present are skipped) and apply them to this store. Returns counts."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"corrections file not found: {p}", code="RW417")
    rows = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if r.get("kind") not in KINDS:
                raise ValueError(f"unknown kind {r.get('kind')!r}")
            r["created"] = datetime.fromisoformat(r["created"])
            r = {f: r.get(f) for f in FIELDS}
            if not r["id"] or not r["author"]:
                raise ValueError("id and author are required")
            r["active"] = bool(r["active"]) if r["active"] is not None else True
        except (ValueError, TypeError, KeyError) as exc:
            raise InputError(f"{p}:{n}: not a riftwatch correction ({exc})", code="RW418") from None
        rows.append(r)
    added = _write(store, rows, article_ids=None)
    matched = store.query("SELECT count(*) AS n FROM events WHERE corrected_by IN (SELECT id FROM corrections)")
    return {"read": len(rows), "added": added, "events_corrected": matched[0]["n"]}
