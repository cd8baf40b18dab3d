"""Does the sentence prefilter cost accuracy? Score every development gold set twice —
with the prefilter (the default) and with every sentence parsed — and compare the
quality gate's headline metrics. Writes bench/results/prefilter_eval.json.

    python bench/prefilter_eval.py [--shared ../shared]

Needs ../shared (the gold sets); exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from riftwatch.config import Options
from riftwatch.evaluation.gate import SUITE, find_shared, run_suite, suite_metrics
from riftwatch.pipeline import Engine

RESULTS = Path(__file__).resolve().parent / "results" / "prefilter_eval.json"


def engines(shared: Path, prefilter: bool) -> tuple[Engine, Engine]:
    petrarch = next(s for s in SUITE if s.actors)
    plain = Engine(Options(prefilter=prefilter))
    with_dicts = Engine(Options(prefilter=prefilter, petrarch_actors=str(shared / petrarch.actors),
                                petrarch_agents=str(shared / petrarch.agents)))
    return plain, with_dicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=None, help="the shared folder (default: ../shared)")
    args = ap.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        print("prefilter_eval: ../shared is absent; the gold sets live there. Skipped.", file=sys.stderr)
        return 0
    out: dict[str, dict] = {}
    for label, on in (("prefilter", True), ("full_parse", False)):
        t0 = time.perf_counter()
        plain, with_dicts = engines(shared, on)
        reports = run_suite(shared, engine=plain, petrarch_engine=with_dicts, errors=0)
        out[label] = {"seconds": round(time.perf_counter() - t0, 1),
                      "metrics": {name: {m: round(rep.metric(m), 4) for m in suite_metrics(name)}
                                  for name, rep in reports.items()}}
    diffs = {name: {m: round(out["prefilter"]["metrics"][name][m] - v, 4) for m, v in ms.items()}
             for name, ms in out["full_parse"]["metrics"].items()}
    out["difference_prefilter_minus_full"] = diffs
    out["unchanged"] = all(abs(d) < 1e-9 for ms in diffs.values() for d in ms.values())
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    for name, ms in out["prefilter"]["metrics"].items():
        for m, v in ms.items():
            print(f"{name:24s} {m:18s} prefilter {v:.4f}  full parse {out['full_parse']['metrics'][name][m]:.4f}")
    print(f"unchanged: {out['unchanged']}  ({RESULTS})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
