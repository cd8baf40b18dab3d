"""Re-code stored articles with the current patterns, knowledge base and aliases.

``riftwatch recode [--since DATE] [--until DATE]`` streams the stored articles (by
publication date) through the coder in batches and replaces each batch's mentions in
one transaction (:meth:`Store.replace_events`), so a crash leaves every article either
fully re-coded or untouched and a re-run finishes the job. User corrections are applied
again on top of the new output, and mentions are regrouped into events.

The report says what changed: mentions added, removed and kept, and, per article, the
mentions whose code or actors changed at the same trigger word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .config import Options
from .pipeline import Engine
from .store import Store
from .store.db import window


@dataclass
class RecodeReport:
    articles: int = 0
    before: int = 0
    after: int = 0
    added: int = 0
    removed: int = 0
    kept: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)  # first examples of changed mentions
    coder_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "mentions_before": self.before, "mentions_after": self.after,
                "added": self.added, "removed": self.removed, "kept": self.kept, "failed": self.failed,
                "coder_version": self.coder_version, "changes": self.changes}


def _describe(r: dict[str, Any]) -> str:
    return f"{r['source']}\u2192{r['target'] or '-'} {r['code']} ({r['status']})"


def recode(options: Options, since: date | None = None, until: date | None = None,
           progress: Callable[[RecodeReport], None] | None = None, examples: int = 20) -> RecodeReport:
    """Re-code the stored articles published in ``[since, until]`` (all when both are None)."""
    report = RecodeReport()
    engine = Engine(options)
    report.coder_version = engine.version
    with Store(options.db) as store:
        where, params = window(since, until, "CAST(published AS DATE)")
        ids = [r["id"] for r in store.query(
            "SELECT id FROM articles" + (" WHERE " + " AND ".join(where) if where else "") +
            " ORDER BY published NULLS FIRST, id", params)]
        for k in range(0, len(ids), options.batch_size):
            chunk = ids[k:k + options.batch_size]
            arts = store.query("SELECT id, text, CAST(published AS DATE) AS day FROM articles "
                               "WHERE id IN (SELECT unnest(?)) ORDER BY published NULLS FIRST, id", [chunk])
            coded = []
            for a, res in zip(arts, engine.code_many((a["text"], a["id"], a["day"], None) for a in arts)):
                if isinstance(res, Exception):  # keep the old events of an article the coder fails on
                    report.failed.append({"article_id": a["id"], "error": f"{type(res).__name__}: {res}"})
                    continue
                coded.append((a["id"], res[0], res[1]))
            old = store.replace_events(coded, engine.version)
            _diff(report, old, [e for _, evs, _ in coded for e in evs], examples)
            report.articles += len(coded)
            if progress:
                progress(report)
        store.con.execute("BEGIN TRANSACTION")
        store.rebuild_actors()
        store.con.execute("COMMIT")
    return report


def _diff(report: RecodeReport, old: list[dict[str, Any]], new: list[Any], examples: int) -> None:
    old_ids = {r["id"] for r in old}
    new_rows = {e.id: {"id": e.id, "article_id": e.article_id, "trigger_start": e.trigger_start, "source": e.source,
                       "target": e.target, "code": e.code, "status": e.status, "sentence": e.sentence}
                for e in new}
    report.before += len(old_ids)
    report.after += len(new_rows)
    report.kept += len(old_ids & new_rows.keys())
    report.added += len(new_rows.keys() - old_ids)
    report.removed += len(old_ids - new_rows.keys())
    if len(report.changes) >= examples:
        return
    by_trigger: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for r in old:
        if r["id"] not in new_rows:
            by_trigger.setdefault((r["article_id"], r["trigger_start"]), []).append(r)
    for n in new_rows.values():
        if n["id"] in old_ids:
            continue
        was = by_trigger.get((n["article_id"], n["trigger_start"]), [])
        report.changes.append({"article_id": n["article_id"], "sentence": n["sentence"],
                               "before": "; ".join(_describe(w) for w in was) or "(no event)",
                               "after": _describe(n)})
        if len(report.changes) >= examples:
            return
