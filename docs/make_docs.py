"""Regenerate the README artefacts in docs/ from the bundled demo corpus.

    .venv/bin/python docs/make_docs.py [--db EXISTING_DEMO_STORE]

Writes docs/kor-usa-relations.png, docs/network.svg, docs/brief-kor-usa.html,
docs/brief-kor-usa.md and its chart docs/brief-kor-usa.png. The demo store is built
in a temporary directory, so nothing else changes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from riftwatch.analysis.brief import brief
from riftwatch.analysis.charts import plot_network, plot_relations
from riftwatch.analysis.network import blocs, relation_graph
from riftwatch.analysis.relations import relations
from riftwatch.config import Options
from riftwatch.demo import demo_files
from riftwatch.pipeline import run_ingest
from riftwatch.store import Store

DOCS = Path(__file__).resolve().parent


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="use this already-ingested demo store instead of ingesting afresh")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "demo.duckdb")
        if not args.db:
            run_ingest(demo_files(), Options(db=db))
        with Store(db, read_only=True) as store:
            rows = relations(store, "KOR", "USA", "week")
            evs = store.events(source="KOR", target="USA") + store.events(source="USA", target="KOR")
            evs = [e for e in evs if {e["source_country"], e["target_country"]} == {"KOR", "USA"}]
            key = sorted(evs, key=lambda e: (-abs(e["goldstein"]), str(e["event_date"])))[:8]
            out = [plot_relations(rows, DOCS / "kor-usa-relations.png",
                                  "South Korea \u2194 United States: relations by week (demo corpus)", events=key)]
            g = relation_graph(store, min_events=2)
            out.append(plot_network(g, DOCS / "network.svg",
                                    "Alignment network, demo corpus (pairs with \u22652 events)", blocs(g)))
            for suffix in (".html", ".md"):
                d = brief(store, "KOR", "USA", out=DOCS / f"brief-kor-usa{suffix}")
                out += [d["path"]] + ([d["chart"]] if d["chart"] else [])
    for p in out:
        print(f"{p.relative_to(DOCS.parent)}  {p.stat().st_size:,} bytes")
    print("headline:", d["headline"]["text"])


if __name__ == "__main__":
    main()
