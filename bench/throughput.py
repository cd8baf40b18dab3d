"""Throughput and memory benchmark (not a test): riftwatch end-to-end ingest vs.
spaCy full-pipeline parsing of the same Reuters-21578 stories, in one run.

    python bench/throughput.py [--n 1000] [--n 19043]

For each N (stories with a body, in file order), fresh subprocesses each load their
model first (not timed), then time (a) ``nlp.pipe`` over every story text (spaCy's
full default pipeline) and (b) riftwatch's ``ingest`` of the same stories from a JSONL
file into a new DuckDB store (read → parse → resolve actors → code → write), in one
process; then (c) the same ingest with ``--workers 2`` and (d) on a Dask LocalCluster
of 2 workers that read the file themselves — (c) and (d) include starting the
workers and loading their models. Peak RSS is each process's ``ru_maxrss`` (for (c)
and (d): the writing process). Results: ``bench/results/throughput.json``.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("RIFTWATCH_SHARED", HERE.parent.parent / "shared"))
REUTERS = SHARED / "corpora" / "reuters21578"
_DOC = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_FIELD = {k: re.compile(rf"<{k}>(.*?)</{k}>", re.S) for k in ("DATE", "TITLE", "BODY")}


def reuters_missing() -> bool:
    """True, and says so, when the Reuters-21578 corpus is not in ../shared."""
    if REUTERS.is_dir():
        return False
    print(f"skipped: Reuters-21578 not found at {REUTERS} (../shared is absent)")
    return True


def reuters_stories(limit: int, every_document: bool = False) -> list[dict]:
    """The first ``limit`` stories with a body, in file order. ``every_document``: every
    ``<REUTERS>`` document instead (21,578), a headline-only one with its headline as text
    and one with neither with an empty text (which ingest rejects: missing_text)."""
    out: list[dict] = []
    for f in sorted(REUTERS.glob("reut2-*.sgm")):
        raw = f.read_bytes().decode("latin-1")
        for block in _DOC.findall(raw):
            body = _FIELD["BODY"].search(block)
            title = _FIELD["TITLE"].search(block)
            text = html.unescape(body.group(1)).replace("\x03", "").strip() if body else ""
            text = re.sub(r"\s*Reuter\s*$", "", text)
            if not text and every_document:
                text = html.unescape(title.group(1)).strip() if title else ""
            elif not text:
                continue
            date = _FIELD["DATE"].search(block)
            out.append({"text": text, "title": html.unescape(title.group(1)) if title else None,
                        "date": date.group(1).strip().split(".")[0] if date else None})
            if len(out) >= limit:
                return out
    return out


def _child(mode: str, path: str, db: str) -> None:
    """Runs inside the measured subprocess; prints one JSON line."""
    if mode == "spacy":
        import spacy

        from riftwatch.config import Options

        nlp = spacy.load(Options().model)  # spaCy as it comes: riftwatch's own components are not in it
        texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
        t0 = time.perf_counter()
        n_sents = 0
        for doc in nlp.pipe(texts, batch_size=64):
            n_sents += sum(1 for _ in doc.sents)
        dt = time.perf_counter() - t0
        n = len(texts)
        extra = {"sentences": n_sents}
    else:
        from riftwatch.config import Options
        from riftwatch.pipeline import Engine, run_ingest

        workers = 1 if mode == "riftwatch" else 2
        dask = "local" if mode == "riftwatch-dask-2workers" else None
        opts = Options(db=db, batch_size=64 if workers == 1 else 16)
        engine = Engine(opts) if workers == 1 else None  # workers load their own (not timed: see below)
        t0 = time.perf_counter()
        report = run_ingest([path], opts, engine=engine, workers=workers, dask=dask)
        dt = time.perf_counter() - t0
        n = report.counts.read
        extra = {"new": report.counts.new, "rejected": report.counts.rejected, "events": report.counts.events}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB (Linux reports KiB)
    print(json.dumps({"mode": mode, "articles": n, "seconds": round(dt, 3),
                      "articles_per_s": round(n / dt, 2), "peak_rss_mib": round(peak, 1), **extra}))


def measure(n: int, workdir: Path) -> dict:
    stories = reuters_stories(n)
    path = workdir / f"reuters-{n}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for s in stories:
            f.write(json.dumps(s) + "\n")
    res = {}
    modes = ["spacy", "riftwatch", "riftwatch-2workers"]
    if importlib.util.find_spec("distributed") is not None:
        modes.append("riftwatch-dask-2workers")
    for mode in modes:
        db = workdir / f"bench-{n}.duckdb"
        for p in (db, Path(str(db) + ".wal")):
            p.unlink(missing_ok=True)
        out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), str(db)], check=True,
                             capture_output=True, text=True)
        res[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    ratio = res["riftwatch"]["articles_per_s"] / res["spacy"]["articles_per_s"]
    words = sum(len(s["text"].split()) for s in stories)
    return {"n_stories": len(stories), "words": words, "spacy_parse_only": res["spacy"],
            "riftwatch_end_to_end": res["riftwatch"], "ratio_riftwatch_over_spacy": round(ratio, 3),
            "riftwatch_2_workers": res["riftwatch-2workers"],
            # the 2-worker time includes starting the worker processes and loading their models
            "speedup_2_workers_over_1": round(res["riftwatch-2workers"]["articles_per_s"]
                                              / res["riftwatch"]["articles_per_s"], 3),
            # a Dask LocalCluster of 2 workers that read the file, parse and code; this process writes
            "riftwatch_dask_2_workers": res.get("riftwatch-dask-2workers")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, action="append", help="number of stories (repeatable); default 1000")
    ap.add_argument("--child", nargs=3, metavar=("MODE", "JSONL", "DB"), help=argparse.SUPPRESS)
    ap.add_argument("--out", default=str(HERE / "results" / "throughput.json"))
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    if reuters_missing():
        return
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n or [1000]:
            r = measure(n, Path(tmp))
            runs.append(r)
            print(json.dumps(r, indent=2), flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    import platform

    out.write_text(json.dumps({"benchmark": "throughput", "python": platform.python_version(),
                               "cpus": os.cpu_count(), "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
                               "runs": runs}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
