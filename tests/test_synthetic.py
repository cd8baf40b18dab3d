"""The synthetic event generator (analysis.synthetic) and the fast paths the analytics take
at scale: they must give exactly what the plain computations give."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from riftwatch.analysis import changes
from riftwatch.analysis.changes import find_changes
from riftwatch.analysis.relations import counted, relations
from riftwatch.analysis.synthetic import SyntheticEvents, write_synthetic
from riftwatch.store import Store


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """40,000 events over 120 days among 8 countries, three breaks, written in 7 chunks."""
    spec = SyntheticEvents(40_000, days=120, countries=8, breaks=3, seed=3, chunk=6_000,
                           break_between=(0.4, 0.7))
    db = str(tmp_path_factory.mktemp("syn") / "syn.duckdb")
    summary = write_synthetic(db, spec)
    return spec, db, summary


def test_synthetic_writes_exactly_n_events_in_chunks(small):
    spec, db, summary = small
    with Store(db, read_only=True) as s:
        row = s.query("SELECT count(*) AS n, count(DISTINCT id) AS ids, count(DISTINCT article_id) AS arts, "
                      "min(event_date) AS first, max(event_date) AS last FROM events")[0]
        orphans = s.query("SELECT count(*) AS n FROM events e ANTI JOIN articles a ON a.id = e.article_id")[0]["n"]
        actors = s.query("SELECT sum(events) AS n FROM actors")[0]["n"]
        merged = s.query("SELECT count(*) AS n FROM merged_events")[0]["n"]
    assert row["n"] == row["ids"] == summary["events"] == 40_000
    assert row["arts"] == summary["articles"] and 13_000 < row["arts"] < 27_000  # 1-3 events an article
    assert row["first"] >= spec.start and row["last"] <= spec.start + timedelta(days=spec.days - 1)
    assert orphans == 0 and actors == 2 * 40_000  # every event has its article; source + target counted
    assert merged == 40_000  # each synthetic event is its own event (no grouping)


def test_synthetic_is_deterministic_and_breaks_shift_the_level(small):
    spec, db, _ = small
    again = SyntheticEvents(40_000, days=120, countries=8, breaks=3, seed=3, chunk=6_000,
                            break_between=(0.4, 0.7))
    first = next(spec.chunks())[1].to_pydict()
    assert next(again.chunks())[1].to_pydict() == first
    other = next(SyntheticEvents(40_000, days=120, countries=8, seed=4, chunk=6_000).chunks())[1]
    assert other.to_pydict()["goldstein"] != first["goldstein"]
    truth = spec.truth()
    assert len(truth) == 3 and all(b.a < b.b for b in truth)
    with Store(db, read_only=True) as s:
        for b in truth:
            assert spec.start + timedelta(days=48) <= b.day <= spec.start + timedelta(days=84)
            m = s.query("SELECT avg(goldstein) FILTER (WHERE event_date < ?) AS before, "
                        "avg(goldstein) FILTER (WHERE event_date >= ?) AS after FROM events "
                        "WHERE least(source_country, target_country) = ? "
                        "AND greatest(source_country, target_country) = ?", [b.day, b.day, b.a, b.b])[0]
            # the level moves by the shift (clipping at ±10 and the article tone blur it a little)
            assert abs((m["after"] - m["before"]) - b.shift) < 0.6, (b, m)


def test_rifts_and_rapprochements_find_the_injected_breaks(small):
    spec, db, _ = small
    with Store(db, read_only=True) as s:
        found = [f for kind in ("rift", "rapprochement") for f in find_changes(s, kind, by="week", top=50)]
    for b in spec.truth():
        near = [f for f in found if f.actors == [b.a, b.b] and f.kind == b.kind
                and abs((np.datetime64(f.start) - np.datetime64(b.day)).astype(int)) <= 7]
        assert near, (b, [(f.actors, f.kind, f.start) for f in found])


def test_relations_counts_match_the_store(small):
    spec, db, _ = small
    b = spec.truth()[0]
    with Store(db, read_only=True) as s:
        rows = relations(s, b.a, b.b, by="month")
        n = s.query("SELECT count(*) AS n FROM events WHERE least(source_country, target_country) = ? "
                    "AND greatest(source_country, target_country) = ?", [b.a, b.b])[0]["n"]
    assert sum(r["events"] for r in rows) == n and {r["source"] for r in rows} == {b.a, b.b}


def test_counted_events_are_the_merged_events_view(demo_db):
    """The analytics read each event's representative mention without the view's counts:
    the same rows as ``merged_events``, on a store where mentions were grouped."""
    with Store(demo_db, read_only=True) as s:
        view = s.query("SELECT * EXCLUDE (mentions, n_articles, sources) FROM merged_events ORDER BY id")
        fast = s.query(f"SELECT * FROM {counted('events')} ORDER BY id")
        mentions = s.query("SELECT count(*) AS n FROM events")[0]["n"]
    assert view == fast and 0 < len(fast) < mentions  # some mentions were grouped


def _rows(rng, k, rows, shift):
    """Cumulative sums at k boundaries of a series with a step of ``shift`` in its last fifth."""
    cnt = rng.integers(0, 25, (1, k - 1)).astype(float)
    vals = rng.normal(0, 2.0, (rows, k - 1)) * np.sqrt(np.maximum(cnt, 1))
    vals[:, int(0.8 * k):] += shift * cnt[:, int(0.8 * k):]
    cs = np.concatenate([np.zeros((rows, 1)), np.cumsum(vals, axis=1)], axis=1)
    cn = np.concatenate([np.zeros((rows, 1)), np.cumsum(cnt, axis=1).repeat(rows, 0)], axis=1)
    cu = np.concatenate([[0], np.cumsum(rng.integers(1, 4, k - 1))]).astype(float)[None, :]
    return cs, cn, cu


def test_exceeding_counts_exactly_the_rows_the_full_scan_counts():
    """The permutation test's bounded scan prunes blocks of intervals; it must count the same
    rows as scanning every interval, at any threshold, for any piece sizes."""
    rng = np.random.default_rng(11)
    for _ in range(60):
        k, rows = int(rng.integers(20, 200)), int(rng.integers(1, 6))
        cs, cn, cu = _rows(rng, k, rows, float(rng.choice([0.0, 2.5])))
        me, mu = int(rng.integers(1, 8)), int(rng.integers(1, 4))
        gain = changes._scan(cs, cn, cu, me, mu)[0]
        finite = gain[np.isfinite(gain)]
        for t in ([np.median(finite), finite.max(), finite.min()] if len(finite) else []) + [0.0, 1e12]:
            assert changes._exceeding(cs, cn, cu, me, mu, False, t) == int(np.sum(gain >= t))


def test_scan_grid_is_the_pairwise_scan():
    """The (rows, k, k) scan equals the definition, interval by interval."""
    rng = np.random.default_rng(12)
    for _ in range(20):
        k = int(rng.integers(3, 14))
        cs, cn, cu = _rows(rng, k, 2, 0.0)
        cn = np.floor(cn / 5)  # small counts: many intervals are not admissible
        gain, bi, bj = changes._scan(cs, cn, cu, 3, 1)
        for r in range(2):
            best, arg = -np.inf, (0, 1)
            n, tot, u = cn[r, -1], cs[r, -1], cu[0, -1]
            for i in range(k):
                for j in range(i + 1, k):
                    if (i, j) == (0, k - 1):
                        continue
                    n_in, u_in = cn[r, j] - cn[r, i], cu[0, j] - cu[0, i]
                    ok = n_in >= 3 and u_in >= 1 and (i == 0 or (cn[r, i] >= 3 and cu[0, i] >= 1)) \
                        and (j == k - 1 or (n - cn[r, j] >= 3 and u - cu[0, j] >= 1))
                    if ok:
                        s_in = cs[r, j] - cs[r, i]
                        g = n_in * (n - n_in) / n * (s_in / n_in - (tot - s_in) / (n - n_in)) ** 2
                        if g > best:
                            best, arg = g, (i, j)
            assert gain[r] == best and (bi[r], bj[r]) == arg


def test_rifts_on_every_core_equal_rifts_on_one(small, monkeypatch):
    """Dyads are segmented in parallel processes on big stores; the findings are the same."""
    _, db, _ = small
    with Store(db, read_only=True) as s:
        one = [f.to_dict() for f in find_changes(s, "rift", by="week", top=50)]
        monkeypatch.setattr(changes, "PARALLEL_EVENTS", 0)
        monkeypatch.setattr(changes.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
        spread = [f.to_dict() for f in find_changes(s, "rift", by="week", top=50)]
    assert one and spread == one
