"""Rifts and rapprochements (analysis.changes) and the relations index, on synthetic event
streams with known truth, and on the bundled demo corpus."""

from __future__ import annotations

import json
from datetime import date, timedelta

import numpy as np
import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from riftwatch.analysis.changes import ALPHA, segment
from riftwatch.analysis.changes import find_changes as _find_changes
from riftwatch.analysis.relations import relations as _relations
from riftwatch.analysis.synthetic import DAY0
from riftwatch.analysis.synthetic import article as _article
from riftwatch.analysis.synthetic import event as _event
from riftwatch.analysis.synthetic import pair_codes as _codes
from riftwatch.analysis.synthetic import stream as _stream
from riftwatch.store import Store


# ------------------------------------------------------------------ synthetic streams
# The synthetic streams are independent happenings that share one code (their Goldstein values
# are drawn, not looked up), so grouping reports into events would merge them: these tests
# analyse by mention unless they say otherwise.
def find_changes(*args, **kw):
    kw.setdefault("count", "mentions")
    return _find_changes(*args, **kw)


def relations(*args, **kw):
    kw.setdefault("count", "mentions")
    return _relations(*args, **kw)


def _store(batches) -> Store:
    s = Store(":memory:")
    s.write_batch([x for b in batches for x in b], [], None, "test")
    return s


# ------------------------------------------------------------------ (a) a break is found where it is
@settings(max_examples=8, deadline=None, derandomize=True)
@given(seed=st.integers(0, 10_000), size=st.floats(2.5, 5.0), break_day=st.integers(20, 40),
       kind=st.sampled_from(["rift", "rapprochement"]))
def test_changes_break_is_found_near_its_day_with_its_direction(seed, size, break_day, kind):
    rng = np.random.default_rng(seed)
    shift = -size if kind == "rift" else size
    with _store([_stream(rng, "KOR", "USA", per_day=1.2, shift=shift, break_day=break_day)]) as s:
        found = find_changes(s, kind)
        other = find_changes(s, "rapprochement" if kind == "rift" else "rift")
    brk = DAY0 + timedelta(days=break_day)
    # "near": within 6 days (a few reports at ~1 article a day: a sparse stream can take a few
    # reports to show the new level, and the last reports before it can look like it by chance)
    near = [f for f in found if abs((date.fromisoformat(f.start) - brk).days) <= 6]
    assert near, (brk, [(f.start, f.before, f.after, f.p_value) for f in found])
    f = near[0]
    assert f.actors == ["KOR", "USA"] and f.p_value <= ALPHA
    assert (f.after < f.before) == (kind == "rift") and f.n_after >= 5 and f.articles_after >= 2
    assert f.events and all((e["goldstein"] < 0) == (kind == "rift") for e in f.events[:1])
    assert not [g for g in other if abs((date.fromisoformat(g.start) - brk).days) <= 6]


@settings(max_examples=8, deadline=None, derandomize=True)
@given(seed=st.integers(0, 10_000), size=st.floats(3.5, 5.0), break_day=st.integers(20, 40),
       kind=st.sampled_from(["rift", "rapprochement"]), source=st.sampled_from(["KOR", "USA"]))
def test_changes_one_sided_break_is_found_on_its_direction(seed, size, break_day, kind, source):
    """Only one side's events change (the other keeps its level): the change is found on that
    direction's series, described on its events, with evidence from that direction only (or,
    when the pooled series happens to show it more strongly, on both with that direction named
    as the one that moved: 2 of 60 such streams in our runs)."""
    rng = np.random.default_rng(seed)
    shift = -size if kind == "rift" else size
    with _store([_stream(rng, "KOR", "USA", per_day=1.5, shift=shift, break_day=break_day,
                         shift_source=source)]) as s:
        found = find_changes(s, kind)
        other = find_changes(s, "rapprochement" if kind == "rift" else "rift")
    brk = DAY0 + timedelta(days=break_day)
    near = [f for f in found if abs((date.fromisoformat(f.start) - brk).days) <= 6]
    assert near, (brk, [(f.start, f.series, f.before, f.after, f.p_value) for f in found])
    f = near[0]
    way = f"{source}->{'USA' if source == 'KOR' else 'KOR'}"
    assert f.actors == ["KOR", "USA"] and f.p_value <= ALPHA
    assert f.directions == [way] and f.series in (way, "pooled"), (f.series, f.by_direction)
    assert (f.after < f.before) == (kind == "rift") and f.n_after >= 5 and f.articles_after >= 2
    assert f.events and (f.series == "pooled" or all(f"{e['source']}->{e['target']}" == way for e in f.events))
    moved = {r["direction"]: r["change"] for r in f.by_direction}
    assert abs(moved[way]) > abs(moved[next(d for d in moved if d != way)])
    assert not [g for g in other if abs((date.fromisoformat(g.start) - brk).days) <= 6]


def test_changes_since_uses_earlier_events_as_baseline():
    rng = np.random.default_rng(7)
    with _store([_stream(rng, "KOR", "USA", per_day=1.2, shift=-4, break_day=30)]) as s:
        [f] = find_changes(s, "rift", since=DAY0 + timedelta(days=25))
        assert date.fromisoformat(f.baseline_start) < DAY0 + timedelta(days=25)
        assert find_changes(s, "rift", since=DAY0 + timedelta(days=40)) == []  # began before the window


# ------------------------------------------------------------------ (b), (c) false alarms
N_NULL = 200
TOLERANCE = 0.03  # ~2 binomial standard deviations at alpha = 0.05 over 200 dyads


def _false_alarm_rate(surge: tuple[int, int, float] | None) -> float:
    rng = np.random.default_rng(2024 if surge is None else 2025)
    pairs = _codes(N_NULL)
    with _store([_stream(rng, a, b, per_day=0.8, mean=float(rng.uniform(-2, 2)), surge=surge)
                 for a, b in pairs]) as s:
        alarms = {tuple(f.actors) for kind in ("rift", "rapprochement")
                  for f in find_changes(s, kind, top=N_NULL)}
    return len(alarms) / N_NULL


def test_changes_stationary_noise_false_alarms_at_most_alpha():
    rate = _false_alarm_rate(None)
    print(f"false-alarm rate, stationary noise: {rate:.3f} (alpha {ALPHA})")
    assert rate <= ALPHA + TOLERANCE


def test_changes_coverage_surge_is_not_a_change():
    rate = _false_alarm_rate((25, 40, 4.0))  # four times the articles for 15 days, same mix
    print(f"false-alarm rate, coverage surge: {rate:.3f} (alpha {ALPHA})")
    assert rate <= ALPHA + TOLERANCE


def test_segment_directed_series_keep_the_level_per_dyad():
    """Three series tested at once (both directions, and each): the false-alarm rate of the
    dyad, not of each series, stays at alpha — here with the two directions at different,
    steady levels (one side friendlier than the other) and articles that mix them."""
    hits, by_series = 0, []
    for seed in range(200):
        rng = np.random.default_rng(seed)
        n = 90
        days = np.sort(rng.integers(0, 50, n))
        arts = np.asarray([f"{d}-{rng.integers(0, 2)}" for d in days], dtype=object)
        order = np.lexsort((arts, days))
        fwd = rng.random(n) < 0.5
        tone = {a: rng.normal(0, 1) for a in sorted(set(arts))}
        vals = np.where(fwd, 1.5, -1.5) + np.asarray([tone[a] for a in arts]) + rng.normal(0, 2, n)
        found = segment(days[order], vals[order], arts[order], forward=fwd[order], n_perm=199)
        hits += bool(found)
        by_series += [sid for _, _, sid in found]
    print(f"false-alarm rate, three series per dyad: {hits / 200:.3f} (alpha {ALPHA}); series {by_series}")
    assert hits / 200 <= ALPHA + TOLERANCE


def test_segment_report_unit_is_valid_too():
    """The conservative variant (whole reports shuffled) keeps its level on noise."""
    hits = 0
    for seed in range(100):
        rng = np.random.default_rng(seed)
        n = 80
        days = np.sort(rng.integers(0, 50, n))
        arts = np.asarray([f"{d}-{rng.integers(0, 2)}" for d in days], dtype=object)
        order = np.lexsort((arts, days))
        hits += bool(segment(days[order], rng.normal(0, 2, n), arts[order], unit="report", n_perm=199))
    assert hits / 100 <= ALPHA + 0.05


# ------------------------------------------------------------------ (d) the index ignores a surge
def test_relations_index_does_not_move_under_a_coverage_surge():
    rng = np.random.default_rng(11)
    with _store([_stream(rng, "KOR", "USA", days=70, per_day=3.0, mean=-1.0, surge=(28, 42, 4.0))]) as s:
        rows = relations(s, "KOR", "USA", by="week")
    weeks = sorted({r["period"] for r in rows})
    assert weeks == [DAY0 + timedelta(weeks=k) for k in range(10)]  # regular, no gaps
    surge = [r for r in rows if DAY0 + timedelta(days=28) <= r["period"] < DAY0 + timedelta(days=42)]
    base = [r for r in rows if r not in surge]
    n = lambda rs: np.mean([r["events"] for r in rs])  # noqa: E731
    total = lambda rs: np.mean([r["goldstein_sum"] for r in rs])  # noqa: E731
    idx = lambda rs: np.mean([r["index"] for r in rs])  # noqa: E731
    assert n(surge) > 3 * n(base) and total(surge) < 3 * total(base) < 0  # the raw sum plunges
    assert abs(idx(surge) - idx(base)) < 0.35, (idx(surge), idx(base))
    assert all(abs(r["trend"] - (-1.0)) < 0.6 for r in rows if r["period"] >= DAY0 + timedelta(weeks=2))


def test_relations_fills_empty_periods_and_shrinks_thin_ones():
    a = _article("x", DAY0)
    b = _article("y", DAY0 + timedelta(days=21))
    with _store([[(a, [_event(a, 0, "USA", "KOR", -10.0, DAY0)], []),
                  (b, [_event(b, 0, "USA", "KOR", 4.0, DAY0 + timedelta(days=21))], [])]]) as s:
        rows = relations(s, "USA", "KOR", by="week")
    assert [r["events"] for r in rows] == [1, 0, 0, 1]
    assert rows[1]["goldstein_mean"] is None and rows[1]["index"] == 0.0
    assert rows[0]["index"] == -2.5  # one -10 event, shrunk toward 0 by three pseudo-events
    assert rows[1]["trend"] < 0 and rows[3]["trend"] > rows[2]["trend"]


# ------------------------------------------------------------------ the demo corpus
def _show(found):
    for f in found:
        print(f.kind, f.actors, f.directions, f.start, f.before, "->", f.after, "p", f.p_value, "score", f.score)
        for e in f.events:
            print("   ", e["date"], e["source"], e["target"], e["code"], e["goldstein"], e["sentence"][:80])


# The demo is 46 short articles; KOR-USA has 68 events in them (Sep-Dec 2020). With the coverage of
# September and October complete, KOR-USA shows no change the method can claim: the U.S. side
# cooled in October (USA->KOR 2.80 -> 1.31 per event: the cancelled Seoul stop, the cost-sharing
# demand, the push-back at Lee's remarks) while the Korean side kept its tone (1.99 -> 2.09), but
# with whole reports as the exchangeable units the dyad's test (pooled and both directions, one
# permutation test) gives p ~0.6 (best split USA->KOR from Oct 4, p 0.68). So at the default
# 5% (and at an exploratory 20%) the method claims nothing on the demo, and the tests say so.
READ = 0.5  # a level used only to read the weak candidates, never to claim them


def test_demo_default_alpha_claims_nothing(demo_db):
    with Store(demo_db, read_only=True) as s:
        rifts = find_changes(s, "rift", since=date(2020, 9, 1), count="events")
        warm = find_changes(s, "rapprochement", since=date(2020, 9, 1), count="events")
        loose = [f for kind in ("rift", "rapprochement")
                 for f in find_changes(s, kind, since=date(2020, 9, 1), alpha=0.2, count="events")]
    _show(rifts + warm + loose)
    assert rifts == [] and warm == []
    # at an exploratory 20% a weak candidate may appear (JPN-KOR after late October, p ~0.15,
    # with the coder of session 4), but never KOR-USA, and never one the default would claim
    assert not [f for f in loose if f.actors == ["KOR", "USA"]]
    assert all(ALPHA < f.p_value <= 0.2 for f in loose)


def test_demo_us_cooling_toward_seoul_is_one_sided_but_not_claimed(demo_db):
    with Store(demo_db, read_only=True) as s:
        rows = relations(s, "KOR", "USA", by="month", count="events")
        cand = [f for kind in ("rift", "rapprochement")
                for f in find_changes(s, kind, since=date(2020, 9, 1), alpha=READ, count="events")]
    mean = {(r["source"], r["period"].month): r["goldstein_mean"] for r in rows}
    assert mean["USA", 10] < mean["USA", 9] - 1.0  # the U.S. side cooled in October ...
    assert abs(mean["KOR", 10] - mean["KOR", 9]) < 0.5  # ... the Korean side did not
    # ... and the dyad's test does not reach even READ: KOR-USA is no candidate
    assert not [f for f in cand if f.actors == ["KOR", "USA"]]
    assert all(ALPHA < f.p_value <= READ for f in cand)


def test_changes_cli_json(demo_db):
    from riftwatch.cli import _global
    from riftwatch.cli.changes_cmd import register

    app = typer.Typer()
    app.callback()(_global)
    register(app)
    res = CliRunner().invoke(app, ["--db", str(demo_db), "rifts", "--since", "2020-09-01", "--alpha", str(READ),
                                 "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert rows and {"actors", "series", "start", "before", "after", "score", "events"} <= set(rows[0])
    assert rows[0]["series"] == "pooled" or "->" in rows[0]["series"]
    res = CliRunner().invoke(app, ["--db", str(demo_db), "rifts", "--since", "2020-09-01", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout) == []
    res = CliRunner().invoke(app, ["--db", str(demo_db), "rapprochements", "--by", "fortnight"])
    assert res.exit_code == 2 and "--by" in res.output
