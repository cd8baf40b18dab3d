"""Analytics at scale (not a test): query times over synthetic stores of 1M and 10M events.

    python bench/analytics.py [--sizes 1000000 10000000] [--days 730] [--countries 40]

For each size a store is generated (riftwatch.analysis.synthetic: N asserted events over
D days among K countries, Zipf-busy dyads, level shifts injected in the busiest ones)
and written with Arrow bulk inserts in chunks, in a child process whose peak RSS is
recorded. A second child process opens the store read-only and times, each twice (a
cold and a warm run):

* ``relations`` of the busiest dyad by month and by day (``riftwatch relations A B``);
* ``rifts`` (and ``rapprochements``; once each) over the last 90 days against the whole history as baseline, by day
  (``riftwatch rifts --since … --until …``), and whether the injected breaks that begin
  inside the window are found;
* ``network`` over the last 90 days: the graph, its blocs and extremes (``riftwatch network``).

Results: ``bench/results/analytics.json``.
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
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _spec(n: int, days: int, countries: int):
    from riftwatch.analysis.synthetic import SyntheticEvents

    # the breaks begin 30-80 days before the end: inside the 90-day window the rifts query looks at
    return SyntheticEvents(n, days=days, countries=countries, breaks=6, seed=7,
                           break_between=(1 - 80 / days, 1 - 30 / days))


def _build(db: str, n: int, days: int, countries: int) -> None:
    from riftwatch.analysis.synthetic import write_synthetic

    res = write_synthetic(db, _spec(n, days, countries))
    print(json.dumps(res | {"peak_rss_mib": _peak_mib(), "db_mib": round(os.path.getsize(db) / 2**20, 1)}))


def _timed(fn, reps: int = 2) -> tuple[list[float], object]:
    times, out = [], None
    for _ in range(reps):
        t0 = time.perf_counter()
        out = fn()
        times.append(round(time.perf_counter() - t0, 3))
    return times, out


def _queries(db: str, n: int, days: int, countries: int) -> None:
    from riftwatch.analysis.changes import find_changes
    from riftwatch.analysis.network import blocs, extremes, relation_graph
    from riftwatch.analysis.relations import relations
    from riftwatch.store import Store

    spec = _spec(n, days, countries)
    truth = spec.truth()
    busiest = truth[0]
    until = spec.start + timedelta(days=days - 1)
    since = until - timedelta(days=89)
    out: dict = {"dyad": f"{busiest.a}-{busiest.b}", "since": since.isoformat(), "until": until.isoformat()}
    with Store(db, read_only=True) as store:
        for by in ("month", "day"):
            t, rows = _timed(lambda: relations(store, busiest.a, busiest.b, by=by))
            out[f"relations_by_{by}"] = {"seconds": t, "rows": len(rows)}
        # once each: the permutation tests dominate, a warm cache changes little
        t, found = _timed(lambda: find_changes(store, "rift", since=since, until=until, top=50), reps=1)
        t2, found2 = _timed(lambda: find_changes(store, "rapprochement", since=since, until=until, top=50), reps=1)
        inside = [b for b in truth if since <= b.day <= until]
        hits = {(f.actors[0], f.actors[1], f.kind) for f in found + found2}
        out["rifts"] = {"seconds": t, "findings": len(found), "rapprochements_seconds": t2,
                        "rapprochements": len(found2),
                        "injected_in_window": [(b.a, b.b, b.kind, b.day.isoformat()) for b in inside],
                        "injected_found": sum((b.a, b.b, b.kind) in hits for b in inside)}

        def network():
            g = relation_graph(store, since, until)
            return g, blocs(g), extremes(g)

        t, (g, bl, _) = _timed(network)
        out["network"] = {"seconds": t, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                          "blocs": len(bl)}
    out["peak_rss_mib"] = _peak_mib()
    print(json.dumps(out, default=str))


def _child(args: list[str], env: dict | None = None) -> dict:
    res = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True, env=env)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    ap.add_argument("--days", type=int, default=730, help="days of coverage (default 730)")
    ap.add_argument("--countries", type=int, default=40, help="countries (default 40: 780 dyads)")
    ap.add_argument("--workdir", help="where the stores go (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the generated stores")
    ap.add_argument("--out", default=str(HERE / "results" / "analytics.json"))
    ap.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, db, n, days, k = args.child
        (_build if mode == "build" else _queries)(db, int(n), int(days), int(k))
        return
    runs = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for n in args.sizes:
            db = str(Path(args.workdir if args.keep and args.workdir else tmp) / f"synthetic-{n}.duckdb")
            for p in (db, db + ".wal"):
                Path(p).unlink(missing_ok=True)
            common = [db, str(n), str(args.days), str(args.countries)]
            build = _child(["--child", "build", *common])
            print(f"built {n:,} events in {build['seconds']} s (peak RSS {build['peak_rss_mib']} MiB)", flush=True)
            queries = _child(["--child", "queries", *common])
            run = {"events": n, "days": args.days, "countries": args.countries, "build": build, "queries": queries}
            runs.append(run)
            print(json.dumps(run, indent=2), flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"benchmark": "analytics", "python": platform.python_version(), "cpus": os.cpu_count(),
                               "time": time.strftime("%Y-%m-%dT%H:%M:%S"), "runs": runs}, indent=2) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
