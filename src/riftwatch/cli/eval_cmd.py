"""``riftwatch eval``: score the coder on gold-standard files.

Wire it into the app with ``register(app)`` (done in :mod:`riftwatch.cli`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from .output import Format, emit

console = Console()
err = Console(stderr=True)


def _petrarch_sibling(gold: Path, kind: str) -> Path | None:
    """The validation suite's own dictionary of ``kind`` (actors, agents, verbs) next to its
    records file, if there."""
    found = sorted(gold.parent.glob(f"PETR_Validate_{kind}_*.txt"))
    return found[-1] if found else None


def _level_rows(rep: Any) -> list[dict[str, Any]]:
    from ..evaluation.score import LEVELS

    return [{"gold": rep.name, "level": lv, "compares": LEVELS[lv].help, "records": s.records, "tp": s.tp,
             "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 3), "recall": round(s.recall, 3),
             "f1": round(s.f1, 3)} for lv, s in rep.levels.items()]


def _print_table(rep: Any, errors: int) -> None:
    outside = f", {rep.excluded_events} outside what the gold labels" if rep.excluded_events else ""
    console.print(f"\n[bold]{rep.name}[/bold]  {rep.records} records, {rep.gold_events} expected events, "
                  f"{rep.coded_events} coded (asserted){outside}, {rep.flagged_events} flagged  "
                  f"[dim]{rep.seconds:.1f}s[/dim]", highlight=False)
    if rep.skipped:
        console.print("  [dim]left out: " + "; ".join(f"{k}: {v}" for k, v in rep.skipped.items()) + "[/dim]",
                      highlight=False)
    if rep.failures:
        console.print(f"  [red]{len(rep.failures)} record(s) failed to code[/red]: {', '.join(rep.failures[:5])}")
    emit(_level_rows(rep), Format.table, ["level", "records", "tp", "fp", "fn", "precision", "recall", "f1"],
         title=f"{rep.name}: scores")
    from ..evaluation.score import LEVELS

    for lv in rep.levels:
        console.print(f"  [dim]{lv}: {LEVELS[lv].help}[/dim]", highlight=False)
    pc = [{"class": k, "tp": v.tp, "fp": v.fp, "fn": v.fn, "precision": round(v.precision, 3),
           "recall": round(v.recall, 3), "f1": round(v.f1, 3)} for k, v in sorted(rep.per_class.items())]
    emit(pc, Format.table, title=f"{rep.name}: per class at level {rep.headline}")
    conf = [{"expected": g, "coded": c, "n": n} for g, row in sorted(rep.confusion.items())
            for c, n in sorted(row.items(), key=lambda kv: -kv[1])]
    if conf:
        emit(conf, Format.table, title=f"{rep.name}: confusion (same dyad, different class)")
    causes = [{"error": kind.replace("_", " "), "cause": c, "n": n} for kind, row in rep.causes.items()
              for c, n in sorted(row.items(), key=lambda kv: -kv[1])]
    if causes:
        emit(causes, Format.table, title=f"{rep.name}: errors by cause")
    if errors:
        rows = [{"kind": e.kind, "record": e.record_id, "cause": e.cause, "expected": "; ".join(e.expected),
                 "coded": "; ".join(e.coded) or "-", "sentence": e.sentence}
                for e in rep.misses + rep.false_alarms]
        emit(rows, Format.table, title=f"{rep.name}: first {errors} misses and false alarms")


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""

    @app.command("eval")
    def eval_cmd(
        gold: list[Path] = typer.Argument(..., help="Gold files: PETRARCH validation .xml, PLOVER .json, "
                                                    "plover_gsr_with_cameo .jsonl, cameo_manual_examples .jsonl."),
        fmt: Format = typer.Option(Format.table, "--format", help="table (rich tables) or json (the full reports); "
                                                                  "csv/jsonl give the per-level rows."),
        errors: int = typer.Option(10, "--errors", min=0, help="How many misses and false alarms to show per file."),
        actors: Optional[Path] = typer.Option(None, "--actors", help="A PETRARCH actor dictionary to add to the "
                                              "knowledge base [default for the validation suite: its own]."),
        agents: Optional[Path] = typer.Option(None, "--agents", help="A PETRARCH agent dictionary to add."),
        verbs: Optional[Path] = typer.Option(None, "--verbs", help="A PETRARCH verb dictionary to read as a "
                                             "pattern layer over riftwatch's own patterns."),
        suite_verbs: bool = typer.Option(False, "--suite-verbs", help="Score the validation suite with its own "
                                         "verb dictionary too (as UniversalPetrarch is), not only its actors "
                                         "and agents."),
    ) -> None:
        """Score the coder on gold-standard files: precision, recall and F1 per level, per-class
        table, confusion matrix, and the first errors with their causes.

        The PETRARCH validation suite is scored with its own actor and agent dictionaries (found
        next to it) unless --actors/--agents are given; --suite-verbs adds its verb dictionary.

        Example: riftwatch eval ../shared/gold/petrarch-validation/PETR_Validate_records_2_02.xml --errors 5
        """
        from ..errors import RiftwatchError

        try:
            reports = _run(gold, errors, actors, agents, verbs, suite_verbs)
        except RiftwatchError as exc:
            err.print(f"[bold red]error:[/bold red] {exc}", highlight=False)
            raise typer.Exit(2) from None
        if fmt is Format.json:
            sys.stdout.write(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False) + "\n")
        elif fmt is Format.table:
            for r in reports:
                _print_table(r, errors)
        else:
            emit([row for r in reports for row in _level_rows(r)], fmt)


def _run(gold: list[Path], errors: int, actors: Path | None, agents: Path | None, verbs: Path | None = None,
         suite_verbs: bool = False) -> list[Any]:
    from ..evaluation.gold import load_gold, sha256_file
    from ..evaluation.score import evaluate
    from ..pipeline import Engine
    from . import _opts  # at run time the package is fully loaded

    opts = _opts().merged(petrarch_actors=str(actors) if actors else None,
                          petrarch_agents=str(agents) if agents else None,
                          petrarch_verbs=str(verbs) if verbs else None)
    engines: dict[tuple, Engine] = {}
    out = []
    for g in gold:
        gs = load_gold(g)
        o = opts
        if gs.kind == "petrarch":
            own = {kind: _petrarch_sibling(g, kind) for kind in ("actors", "agents", "verbs")}
            if not suite_verbs:
                own["verbs"] = None
            if o.petrarch_actors or o.petrarch_agents:
                own["actors"] = own["agents"] = None
            if o.petrarch_verbs:
                own["verbs"] = None
            found = {k: v for k, v in own.items() if v is not None}
            if found:
                err.print(f"[dim]{g.name}: scoring with the suite's own dictionaries "
                          f"{', '.join(p.name for p in found.values())}[/dim]", highlight=False)
                o = o.merged(**{f"petrarch_{k}": str(v) for k, v in found.items()})
        for p in (o.petrarch_actors, o.petrarch_agents, o.petrarch_verbs):
            if p and Path(p).is_file():
                gs.files[Path(p).name] = sha256_file(p)
        key = (o.petrarch_actors, o.petrarch_agents, o.petrarch_verbs)
        if key not in engines:
            engines[key] = Engine(o)
        out.append(evaluate(gs, engines[key], errors=errors))
    return out
