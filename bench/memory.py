"""Peak memory of an ingest (not a test): the first 1,000 and all 21,578 Reuters-21578
documents, each ingested by a fresh process from one JSONL file into a new store.

    python bench/memory.py [--n 1000] [--n 21578]

One process does everything (``workers=1``: read, parse, code, write), so its peak RSS
(``ru_maxrss``) is the whole cost. Every document becomes a record: its body, or its
headline when it has no body, or an empty text (rejected: missing_text). A sampling
thread records the RSS every 0.1 s; the result keeps it at every 1,000 documents read,
and where the peak was reached. Target: the peak at 21,578 within 20% of the peak at
1,000. Results: ``bench/results/memory.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import reuters_missing, reuters_stories  # noqa: E402


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _child(path: str, db: str) -> None:
    from riftwatch.config import Options
    from riftwatch.pipeline import run_ingest

    t0 = time.perf_counter()
    state = {"read": 0, "peak": 0.0, "peak_at": 0}
    trace: list[tuple[int, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.1):
            rss = _rss_mib()
            if rss > state["peak"]:
                state["peak"], state["peak_at"] = rss, state["read"]

    def progress(c, _origin) -> None:
        state["read"] = c.read
        if not trace or c.read // 1000 > trace[-1][0] // 1000:
            trace.append((c.read, round(_rss_mib(), 1)))

    threading.Thread(target=sample, daemon=True).start()
    report = run_ingest([path], Options(db=db), workers=1, progress=progress)
    stop.set()
    dt = time.perf_counter() - t0
    c = report.counts
    print(json.dumps({
        "documents": c.read, "new": c.new, "duplicate": c.duplicate, "rejected": c.rejected, "events": c.events,
        "seconds": round(dt, 1), "articles_per_s": round(c.read / dt, 2),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "sampled_peak_mib": round(state["peak"], 1), "sampled_peak_at_document": state["peak_at"],
        "rss_every_1000_documents": trace}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, action="append", help="documents (repeatable); default 1000 and 21578")
    ap.add_argument("--out", default=str(HERE / "results" / "memory.json"))
    ap.add_argument("--child", nargs=2, metavar=("JSONL", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    if reuters_missing():
        return
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n or [1000, 21578]:
            path = Path(tmp) / f"reuters-{n}.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for s in reuters_stories(n, every_document=True):
                    f.write(json.dumps(s) + "\n")
            db = Path(tmp) / f"memory-{n}.duckdb"
            out = subprocess.run([sys.executable, __file__, "--child", str(path), str(db)], check=True,
                                 capture_output=True, text=True)
            run = {"n": n, "jsonl_mib": round(path.stat().st_size / 2**20, 1),
                   **json.loads(out.stdout.strip().splitlines()[-1])}
            runs.append(run)
            print(json.dumps({k: v for k, v in run.items() if k != "rss_every_1000_documents"}), flush=True)
    peaks = [r["peak_rss_mib"] for r in runs]
    result = {"benchmark": "memory", "python": platform.python_version(), "cpus": os.cpu_count(),
              "time": time.strftime("%Y-%m-%dT%H:%M:%S"), "runs": runs,
              "peak_ratio_largest_over_smallest": round(peaks[-1] / peaks[0], 3) if len(peaks) > 1 else None}
    out_path = Path(args.out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"peak ratio {result['peak_ratio_largest_over_smallest']}; wrote {out_path}")


if __name__ == "__main__":
    main()
