"""The quality gate: riftwatch's scores on the development gold sets may not fall
below pinned floors.

``eval/baseline.json`` holds, per gold set, the floors of its headline metrics
(F1 per level; recall for the CAMEO-manual examples), the scores measured when
they were pinned, and a fingerprint (sha256) of the gold file and of the
dictionaries the set is scored with. :func:`check` compares a run with it: a
metric more than ``tolerance`` (default 0.01) below its floor is a regression;
a changed fingerprint means the floors no longer apply (re-pin).

Floors move only by a deliberate commit of the baseline file::

    python -m riftwatch.evaluation.gate                 # check, exit 1 on a regression
    python -m riftwatch.evaluation.gate --update        # re-measure, raise floors, pin
    python -m riftwatch.evaluation.gate --update --allow-lower --reason "gold relabelled"
    python -m riftwatch.evaluation.gate --heldout       # also measure the held-out sets

The held-out sets (real news annotated blind, ``eval/README.md``) are left out of every
run unless ``--heldout`` is given: their scores are a measurement, never a development
signal, so the everyday gate neither prints nor checks them.

``--update`` never lowers a floor by more than the tolerance unless
``--allow-lower`` and a ``--reason`` are given; the reason is kept in the
file's ``history``. A dip within the tolerance keeps the old floor.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .gold import load_gold, sha256_file
from .score import EvalReport, evaluate

DEFAULT_TOLERANCE = 0.01
SCHEMA = 1


@dataclass(frozen=True)
class SuiteSet:
    name: str
    path: str  # under the shared folder
    metrics: tuple[str, ...]  # pinned headline metrics, "level.metric"
    actors: str | None = None  # PETRARCH dictionaries the set is scored with
    agents: str | None = None
    verbs: str | None = None  # a PETRARCH verb dictionary read as a pattern layer
    corpus: str | None = None  # labels kept in the repository (path under it), text in this shared corpus,
    # or LEE: text in the Lee news corpus, found by riftwatch.evaluation.lee.find_corpus
    heldout: bool = False  # measured only on request (--heldout), never in a development run


LEE = "lee"  # SuiteSet.corpus of the Lee-corpus sets (not under ../shared: gensim's test data)

#: the development gold sets the gate runs, relative to ``../shared`` (a set with a ``corpus``:
#: relative to the repository, and skipped when that corpus is not under ``../shared``)
SUITE: tuple[SuiteSet, ...] = (
    SuiteSet("petrarch-validation", "gold/petrarch-validation/PETR_Validate_records_2_02.xml",
             ("root.f1", "code.f1", "actor.f1"),
             "gold/petrarch-validation/PETR_Validate_actors_2_02.txt",
             "gold/petrarch-validation/PETR_Validate_agents_2_02.txt"),
    # the same suite scored like-for-like with UniversalPetrarch: its verb dictionary as well
    SuiteSet("petrarch-validation-verbs", "gold/petrarch-validation/PETR_Validate_records_2_02.xml",
             ("root.f1", "code.f1", "actor.f1"),
             "gold/petrarch-validation/PETR_Validate_actors_2_02.txt",
             "gold/petrarch-validation/PETR_Validate_agents_2_02.txt",
             "gold/petrarch-validation/PETR_Validate_verbs_2_02.txt"),
    SuiteSet("plover-gsr", "gold/cameo-manual/PLOVER_GSR_CAMEO.json", ("dyad.f1", "plover.f1", "plover_actor.f1")),
    SuiteSet("plover-gsr-cameo", "gold/cameo-manual/plover_gsr_with_cameo.jsonl", ("dyad.f1", "root.f1")),
    SuiteSet("cameo-manual-examples", "gold/cameo-manual/cameo_manual_examples.jsonl", ("root_only.recall",)),
    SuiteSet("reuters-21578", "eval/reuters_gold.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("reuters-dev2", "eval/reuters_dev2.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("reuters-dev3", "eval/reuters_dev3.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("reuters-dev4", "eval/reuters_dev4.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("reuters-dev5", "eval/reuters_dev5.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("reuters-dev6", "eval/reuters_dev6.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578"),
    SuiteSet("lee-dev", "eval/lee_dev.jsonl", ("dyad.f1", "root.f1"), corpus=LEE),
    SuiteSet("lee-dev2", "eval/lee_dev2.jsonl", ("dyad.f1", "root.f1"), corpus=LEE),
    SuiteSet("lee-dev3", "eval/lee_dev3.jsonl", ("dyad.f1", "root.f1"), corpus=LEE),
    SuiteSet("lee-dev4", "eval/lee_dev4.jsonl", ("dyad.f1", "root.f1"), corpus=LEE),
    # held out: measured only (--heldout), never used to develop the coder (eval/README.md)
    SuiteSet("reuters-heldout", "eval/reuters_heldout.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578",
             heldout=True),
    SuiteSet("reuters-heldout2", "eval/reuters_heldout2.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578",
             heldout=True),
    SuiteSet("reuters-heldout3", "eval/reuters_heldout3.jsonl", ("dyad.f1", "root.f1"), corpus="corpora/reuters21578",
             heldout=True),
    SuiteSet("lee-heldout", "eval/lee_heldout.jsonl", ("dyad.f1", "root.f1"), corpus=LEE, heldout=True),
)


class GateError(Exception):
    """An update that would lower a floor without --allow-lower/--reason, or a bad baseline."""


# ---------------------------------------------------------------------------- locations
def repo_root() -> Path:
    here = Path(__file__).resolve().parents[3]
    return here if (here / "pyproject.toml").is_file() else Path.cwd()


def default_baseline() -> Path:
    env = os.environ.get("RIFTWATCH_EVAL_BASELINE")
    return Path(env) if env else repo_root() / "eval" / "baseline.json"


def find_shared(explicit: str | Path | None = None) -> Path | None:
    for cand in (explicit, os.environ.get("RIFTWATCH_SHARED"), repo_root().parent / "shared",
                 Path.cwd().parent / "shared"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


# ---------------------------------------------------------------------------- running the suite
def suite_sets(names: list[str] | None = None, heldout: bool = False) -> list[SuiteSet]:
    """The sets a run scores: those named, else every development set, and the held-out
    sets too with ``heldout``."""
    if names:
        return [s for s in SUITE if s.name in names]
    return [s for s in SUITE if heldout or not s.heldout]


def run_suite(shared: str | Path, engine: Any = None, petrarch_engine: Any = None, errors: int = 10,
              names: list[str] | None = None, heldout: bool = False,
              context: bool = False) -> dict[str, EvalReport]:
    """Score every set of :data:`SUITE` found under ``shared``. ``engine`` (default: a
    fresh :class:`~riftwatch.pipeline.Engine`) codes the real-world sets;
    ``petrarch_engine`` (default: one with the suite's dictionaries) the PETRARCH set.
    The held-out sets are scored only with ``heldout`` (or when named in ``names``), so
    that a development run never shows their scores. ``context`` measures only the sets cut
    from whole stories (Reuters, Lee), each record coded after the story text before it
    (see :func:`~riftwatch.evaluation.score.evaluate`)."""
    from ..config import Options
    from ..pipeline import Engine

    shared = Path(shared)
    out: dict[str, EvalReport] = {}
    engines: dict[tuple[str, ...], Any] = {}
    for s in suite_sets(names, heldout):
        if context and not s.corpus:
            continue
        path = (repo_root() if s.corpus else shared) / s.path
        if s.corpus == LEE:
            from .lee import find_corpus, read_lee_gold

            where = find_corpus()
            if not path.is_file() or where is None:
                continue
            gold = read_lee_gold(path, corpus=where)
        elif not path.is_file() or (s.corpus and not (shared / s.corpus).is_dir()):
            continue
        elif s.corpus:
            from .reuters import read_reuters_gold

            gold = read_reuters_gold(path, corpus=shared / s.corpus)
        else:
            gold = load_gold(path)
        dicts = {k: shared / v for k, v in (("actors", s.actors), ("agents", s.agents), ("verbs", s.verbs)) if v}
        for p in dicts.values():
            gold.files[p.name] = sha256_file(p)
        if dicts and not s.verbs and petrarch_engine is not None:
            eng = petrarch_engine
        elif dicts:
            key = tuple(sorted(dicts))
            if key not in engines:
                engines[key] = Engine(Options(**{f"petrarch_{k}": str(v) for k, v in dicts.items()}))
            eng = engines[key]
        else:
            if engine is None:
                engine = Engine()
            eng = engine
        out[s.name] = evaluate(gold, eng, errors=errors, context=context)
    return out


def suite_metrics(name: str) -> tuple[str, ...]:
    for s in SUITE:
        if s.name == name:
            return s.metrics
    return ()


# ---------------------------------------------------------------------------- checking
@dataclass
class Finding:
    set: str
    metric: str
    kind: str  # regression | stale | improvement | unpinned | ok
    floor: float | None = None
    measured: float | None = None
    message: str = ""

    @property
    def failing(self) -> bool:
        return self.kind in ("regression", "stale")

    def to_dict(self) -> dict[str, Any]:
        return {"set": self.set, "metric": self.metric, "kind": self.kind, "floor": self.floor,
                "measured": None if self.measured is None else round(self.measured, 4), "message": self.message}


@dataclass
class GateResult:
    tolerance: float
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.failing for f in self.findings)

    @property
    def regressions(self) -> list[Finding]:
        return [f for f in self.findings if f.failing]

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "tolerance": self.tolerance, "findings": [f.to_dict() for f in self.findings]}

    def summary(self) -> str:
        lines = [f"quality gate: {'PASS' if self.ok else 'FAIL'} (tolerance {self.tolerance})"]
        for f in self.findings:
            lines.append(f"  [{f.kind}] {f.set} {f.metric}: {f.message}")
        return "\n".join(lines)


def load_baseline(path: str | Path | None = None) -> dict[str, Any]:
    p = Path(path) if path else default_baseline()
    if not p.is_file():
        return {"schema": SCHEMA, "tolerance": DEFAULT_TOLERANCE, "sets": {}, "history": []}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GateError(f"cannot read baseline {p}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise GateError(f"baseline {p} has no 'sets' table")
    return data


def _reports(report: EvalReport | Mapping[str, EvalReport]) -> dict[str, EvalReport]:
    return {report.name: report} if isinstance(report, EvalReport) else dict(report)


def check(report: EvalReport | Mapping[str, EvalReport], baseline: Mapping[str, Any] | str | Path,
          tolerance: float | None = None) -> GateResult:
    """Compare a run (one report, or several by set name) with the baseline's floors.

    A metric below ``floor - tolerance`` is a *regression*; a gold fingerprint different
    from the pinned one makes the set *stale* (its floors no longer apply); both fail the
    gate. A metric above ``floor + tolerance`` is reported as an *improvement* (raise the
    floor with ``--update``). Sets the baseline does not pin are *unpinned* (not failing).
    """
    base = load_baseline(baseline) if isinstance(baseline, (str, Path)) else baseline
    tol = float(base.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance)
    res = GateResult(tol)
    for name, rep in sorted(_reports(report).items()):
        entry = base.get("sets", {}).get(name)
        if not entry:
            res.findings.append(Finding(name, "*", "unpinned", message="no floors pinned for this set"))
            continue
        pinned = entry.get("fingerprint")
        if pinned and rep.fingerprint and pinned != rep.fingerprint:
            res.findings.append(Finding(name, "*", "stale", message=(
                "the gold file or its dictionaries changed since the floors were pinned "
                f"({pinned[:12]} → {rep.fingerprint[:12]}); re-pin with --update")))
            continue
        for metric, floor in sorted(entry.get("floors", {}).items()):
            try:
                m = rep.metric(metric)
            except (KeyError, AttributeError):
                res.findings.append(Finding(name, metric, "regression", floor, None,
                                            "metric not measured by this run"))
                continue
            if m < floor - tol - 1e-9:
                res.findings.append(Finding(name, metric, "regression", floor, m,
                                            f"{m:.4f} < floor {floor:.4f} - {tol}"))
            elif m > floor + tol + 1e-9:
                res.findings.append(Finding(name, metric, "improvement", floor, m,
                                            f"{m:.4f} > floor {floor:.4f}; raise it with --update"))
            else:
                res.findings.append(Finding(name, metric, "ok", floor, m, f"{m:.4f} (floor {floor:.4f})"))
    return res


# ---------------------------------------------------------------------------- updating
def _down(x: float) -> float:
    """Round down to 3 decimals (a floor is never above what was measured)."""
    return math.floor(x * 1000 + 1e-9) / 1000


def update(baseline: Mapping[str, Any], reports: Mapping[str, EvalReport], allow_lower: bool = False,
           reason: str | None = None, tolerance: float | None = None) -> tuple[dict[str, Any], list[str]]:
    """A new baseline from ``reports``: floors rise to what was measured (rounded down to
    3 decimals); a dip within the tolerance keeps the old floor; a larger drop raises
    :class:`GateError` unless ``allow_lower`` and a ``reason`` are given (which lower every floor
    above its measurement, dips within the tolerance too, so the floors say where the coder is)."""
    if allow_lower and not (reason and reason.strip()):
        raise GateError("--allow-lower needs --reason \"why the floor may go down\"")
    new = json.loads(json.dumps(dict(baseline)))  # deep copy
    new.setdefault("sets", {})
    new.setdefault("history", [])
    new["schema"] = SCHEMA
    tol = float(new.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance)
    new["tolerance"] = tol
    changes: list[str] = []
    lowered: list[str] = []
    refused: list[str] = []
    engine = ""
    for name, rep in sorted(reports.items()):
        engine = rep.engine or engine
        entry = new["sets"].setdefault(name, {})
        floors = entry.setdefault("floors", {})
        metrics = suite_metrics(name) or tuple(sorted(floors)) or tuple(f"{lv}.f1" for lv in rep.levels)
        if entry.get("fingerprint") and entry["fingerprint"] != rep.fingerprint:
            changes.append(f"{name}: gold fingerprint changed {entry['fingerprint'][:12]} → "
                           f"{(rep.fingerprint or '')[:12]}")
        for metric in metrics:
            m = rep.metric(metric)
            target = _down(m)
            old = floors.get(metric)
            if old is None or target > old:
                if old is None:
                    changes.append(f"{name} {metric}: pinned at {target:.3f}")
                else:
                    changes.append(f"{name} {metric}: raised {old:.3f} → {target:.3f}")
                floors[metric] = target
            elif target < old:
                if m >= old - tol - 1e-9 and not allow_lower:
                    changes.append(f"{name} {metric}: {m:.4f} within tolerance of {old:.3f}; floor kept")
                elif allow_lower:
                    floors[metric] = target
                    lowered.append(f"{name} {metric}: {old:.3f} → {target:.3f}")
                else:
                    refused.append(f"{name} {metric}: measured {m:.4f}, floor {old:.3f}")
        entry["fingerprint"] = rep.fingerprint
        entry["files"] = dict(sorted(rep.files.items()))
        entry["measured"] = {k: round(v, 4) for k, v in sorted(
            {f"{lv}.{w}": getattr(s, w) for lv, s in rep.levels.items() for w in ("precision", "recall", "f1")}
            .items())}
        entry["counts"] = {"records": rep.records, "gold_events": rep.gold_events, "coded_events": rep.coded_events}
    if refused:
        raise GateError("refusing to lower floor(s) without --allow-lower --reason:\n  " + "\n  ".join(refused))
    changes += [f"LOWERED {x}" for x in lowered]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    new["updated"] = stamp
    new["engine"] = engine
    if lowered or reason:
        new["history"].append({"date": stamp, "engine": engine, "lowered": lowered, "reason": reason or ""})
    return new, changes


def write_baseline(data: Mapping[str, Any], path: str | Path | None = None) -> Path:
    p = Path(path) if path else default_baseline()
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def markdown(reports: Mapping[str, EvalReport]) -> str:
    """Scores and error causes of a run as Markdown tables (for eval/README.md)."""
    from .score import LEVELS

    out: list[str] = []
    for name, rep in sorted(reports.items()):
        out.append(f"### {name}\n")
        out.append(f"{rep.records} records, {rep.gold_events} expected events, {rep.coded_events} coded "
                   f"(asserted){f', {rep.excluded_events} outside what the gold labels' if rep.excluded_events else ''}"
                   f", {rep.flagged_events} flagged. Engine `{rep.engine}`.\n")
        out.append("| level | compares | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|---|")
        for lv, s in rep.levels.items():
            out.append(f"| `{lv}` | {LEVELS[lv].help} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                       f"{s.tp} | {s.fp} | {s.fn} |")
        out.append("")
        for kind in ("misses", "false_alarms"):
            rows = sorted(rep.causes.get(kind, {}).items(), key=lambda kv: (-kv[1], kv[0]))
            if rows:
                out.append(f"{kind.replace('_', ' ')} at level `{rep.headline}` by cause: "
                           + ", ".join(f"{c} {n}" for c, n in rows) + ".\n")
    return "\n".join([*out, cause_tables(reports)])


def cause_tables(reports: Mapping[str, EvalReport]) -> str:
    """The error causes of every set side by side, one table for misses and one for false
    alarms: a row per cause (commonest first), a column per set in :data:`SUITE`'s order,
    and a total row (the tables of eval/README.md)."""
    order = {s.name: i for i, s in enumerate(SUITE)}
    names = sorted(reports, key=lambda n: (order.get(n, len(order)), n))
    out: list[str] = []
    for kind, title in (("misses", "Misses"), ("false_alarms", "False alarms")):
        counts = {n: reports[n].causes.get(kind, {}) for n in names}
        causes = sorted({c for row in counts.values() for c in row},
                        key=lambda c: (-sum(row.get(c, 0) for row in counts.values()), c))
        out.append(f"{title}:\n")
        out.append("| cause | " + " | ".join(f"{n} (`{reports[n].headline}`)" for n in names) + " |")
        out.append("|---|" + "---|" * len(names))
        out.extend(f"| {c} | " + " | ".join(str(counts[n].get(c, "")) for n in names) + " |" for c in causes)
        out.append("| **total** | " + " | ".join(str(sum(counts[n].values())) for n in names) + " |\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m riftwatch.evaluation.gate",
                                 description="Check riftwatch's gold-set scores against eval/baseline.json, "
                                             "or re-pin the floors (--update).")
    ap.add_argument("--update", action="store_true", help="re-measure and write the baseline (floors only rise)")
    ap.add_argument("--allow-lower", action="store_true", help="with --update: allow floors to go down")
    ap.add_argument("--reason", help="with --allow-lower: why (kept in the baseline's history)")
    ap.add_argument("--baseline", help=f"baseline file [default {default_baseline()}]")
    ap.add_argument("--shared", help="the shared folder with gold/ [default ../shared]")
    ap.add_argument("--tolerance", type=float, help=f"noise allowed below a floor [default {DEFAULT_TOLERANCE}]")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--markdown", action="store_true", help="also print the scores and error causes as Markdown")
    ap.add_argument("--heldout", action="store_true",
                    help="also measure the held-out sets (measurement only: never develop against them)")
    ap.add_argument("--context", action="store_true",
                    help="measure the sets cut from whole stories (Reuters, Lee) with each record coded after "
                         "the story text before it, as an article is coded; a report only: the floors are "
                         "pinned for records coded alone")
    args = ap.parse_args(argv)
    if args.context and args.update:
        ap.error("--context is a report only; --update pins the floors of records coded alone")
    shared = find_shared(args.shared)
    if shared is None:
        print("no shared folder with the gold sets (looked for ../shared; set --shared or RIFTWATCH_SHARED)",
              file=sys.stderr)
        return 2
    reports = run_suite(shared, heldout=args.heldout, context=args.context)
    if not reports:
        print(f"no gold sets found under {shared}", file=sys.stderr)
        return 2
    if args.context:
        if args.json:
            print(json.dumps({k: r.to_dict() for k, r in reports.items()}, indent=2))
        else:
            print(markdown(reports) if args.markdown else "\n".join(
                f"{k:<20} " + "  ".join(f"{lv} P {sc.precision:.3f} R {sc.recall:.3f} F1 {sc.f1:.3f}"
                                        for lv, sc in r.levels.items()) for k, r in reports.items()))
        return 0
    try:
        base = load_baseline(args.baseline)
        if args.update:
            new, changes = update(base, reports, args.allow_lower, args.reason, args.tolerance)
            path = write_baseline(new, args.baseline)
            print(f"wrote {path}")
            for c in changes:
                print("  " + c)
            if not changes:
                print("  no floor changed")
            return 0
    except GateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    res = check(reports, base, args.tolerance)
    if args.markdown:
        print(markdown(reports))
    if args.json:
        print(json.dumps(res.to_dict(), indent=2))
    else:
        print(res.summary())
    return 0 if res.ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
