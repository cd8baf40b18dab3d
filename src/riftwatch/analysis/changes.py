"""Rifts and rapprochements: dyads whose relations changed, ranked by strength and significance.

Method
------
For every undirected pair of countries {A, B} the
asserted events up to ``until`` — including those before ``since``, which serve
as baseline — are put in date order, one Goldstein value per event. A change
may only happen between two periods (``by``: day, week, month …), so a change
"begins" with the first event of a period. Three series of a dyad are tested
together: both directions pooled, A → B, and B → A (see *Directions* below).

**Segmentation** is binary segmentation with a permutation test at every step
(in the spirit of E-Divisive, Matteson & James 2014). Within a stretch of the
series, the statistic is the largest reduction of squared error (the L2 cost
of change-point detection, as in ``ruptures`` with ``model="l2"``) by an
interval [i, j) of period boundaries set apart from the rest of the stretch::

    gain(i, j) = n_in n_out / n · (mean_in − mean_out)²

which covers a single step (the interval reaches the start or the end of the
stretch) and a dip or a bump (a rift that heals). An interval is admissible
when every piece holds at least ``min_events`` events from at least
``min_articles`` reports (a *report*: the events of one article in one period).
The stretch is split only if its maximal gain is significant against "no
change in this stretch": the data are shuffled ``n_perm`` times, the maximal
admissible gain is recomputed each time, and

    p = (1 + #{shuffles with max gain ≥ observed}) / (1 + n_perm).

Comparing the maximum with the shuffles' maxima accounts for the choice of the
best boundaries (and of the series, below). When the best interval has two inner ends, each end is kept
only if it is significant as a single change on the two pieces next to it
(its p-value is the larger of the two tests). Pieces are searched again. The
first test has level ``alpha``, so on a dyad whose relations did not change
the probability of reporting anything at all is at most ``alpha`` — the
**false-alarm rate per dyad** (default 0.05). Shuffles use a fixed seed per
dyad and stretch: results are deterministic.

**Directions.** Pooling both directions dilutes a one-sided change: when one
side cools toward the other (leaves it out of a tour, drops a pledge) while the
other keeps its tone, the pooled mean moves half as far, against the noise of
all events. So each test looks at three series of the stretch — pooled, A → B
and B → A — with one statistic, the largest *standardised* gain over the three::

    z²(s) = max over admissible intervals of gain_s(i, j) / var_s

where ``var_s`` is series s's variance in the stretch (its total sum of squares over
its number of events). Dividing by it makes the gain scale-free and puts the
three series on one scale: for a given interval it is the squared two-sample z
statistic, about χ²₁ under no change whatever the series' size or spread. A
shift of δ in one direction gives that direction about twice the pooled z²
(half the events, the full shift, against a quarter of the shift on all
events); a shift in both gives the pooled series twice a direction's. (Gain
over the total sum of squares alone — an R² — would favour the thinner
series, whose R² is larger by chance, and locate changes worse.) Admissibility
is per series: each piece holds ``min_events`` of the series' events from
``min_articles`` reports that hold any. A direction with too few events for
two pieces, or identical with the pooled series (a dyad seen from one side
only), is left out, so such dyads are tested exactly as before.

The shuffles move whole reports *with the events of both directions they
hold*, and the maximum over the three series is recomputed in every shuffle.
Under "no change in this stretch" the reports are exchangeable, so the
shuffled maxima are draws of the statistic's null distribution: the test is
one exact permutation test of the dyad, and the family-wise error over its
three series — the false-alarm rate per (undirected) dyad — stays at most
``alpha``, with no Bonferroni loss (the three series are strongly dependent:
the pooled series is their union, which a correction for independent tests
would overpay for). A change found on one direction is reported with
``series`` "A->B": its ``before``, ``after``, sizes, effect, Welch p and
evidence are those of that direction's events, and its regimes are bounded by
the neighbouring changes of the same series; ``series`` "pooled" is a change
of both directions together.

What is shuffled (``unit``): by default whole *reports* move between report
slots, which is valid when the events of one article are alike (one story,
one tone; the coder also codes "the two sides agreed" once per direction).
``unit="event"`` shuffles single events; it has more power on small corpora
but assumes independent events — with an article tone effect of 1.5 Goldstein
points its false-alarm rate was 0.16–0.24 instead of 0.05 in our simulations,
against 0.054 for reports.

**Each change** is described against the dyad's baseline, the regime in
force before it (the events since the previous detected change, or since the
dyad's first event, also before ``since``): ``before`` and ``after`` are the
mean Goldstein per event of the two regimes, ``p_value`` the permutation
p-value, ``welch_p`` a Welch t-test of the two regimes' event values (not
adjusted for the search; for ranking only), ``effect_size`` Hedges' g (the
difference of means over the pooled standard deviation, floored at 0.5
Goldstein points), and

    score = |effect_size| × −log10(welch_p)

(strength × significance), by which findings are ranked. A drop is a *rift*,
a rise a *rapprochement*; only changes that begin inside ``[since, until]`` are
reported. ``directions`` lists the direction(s) that moved the same way by at
least half the dyad's change (for a change found on one direction: that one); ``events`` are the most negative (rift) or most
positive (rapprochement) events after the change — the evidence.

Caveats: a small corpus cannot support a claim at 5% with reports as units
(a dip carried by two of eleven articles has p ≈ 0.1 at best); the coder's
errors are part of the data. Cost: O(K² · n_perm) per tested stretch for K
period boundaries and series (at most 3; a shuffle already past the observed
maximum on one series is not scanned on the next); tests that are clearly not
significant stop early.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from ..errors import InputError
from ..store import Store
from .relations import PERIODS, counted

KINDS = ("rift", "rapprochement")
#: default false-alarm rate per dyad
ALPHA = 0.05
#: shuffles per permutation test (p-values resolve down to 1/(N_PERM+1))
N_PERM = 999
#: minimum pooled standard deviation for the effect size, in Goldstein points
SD_FLOOR = 0.5


@dataclass
class Finding:
    """One change in a dyad's relations."""

    kind: str
    actors: list[str]
    directions: list[str]
    #: the series the change was found on: "pooled" (both directions) or one direction, "A->B"
    series: str
    start: str
    end: str
    before: float
    after: float
    change: float
    effect_size: float
    score: float
    p_value: float
    welch_p: float
    n_before: int
    n_after: int
    articles_before: int
    articles_after: int
    baseline_start: str
    by_direction: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ------------------------------------------------------------------ the numeric core
def _scan(cs: np.ndarray, cn: np.ndarray, cu: np.ndarray, min_events: int, min_units: int,
          single: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Epidemic scan. ``cs``/``cn``/``cu``: (rows, K) cumulative Goldstein sum, event count and
    report count at the K boundaries of a stretch, the first being its start (all 0) and the
    last its end. For every row, the largest gain of an interval [i, j) of boundaries against
    the rest (``n_in n_out / n · (mean_in − mean_out)²``), over the intervals whose pieces
    ([start, i), [i, j), [j, end), the non-empty ones) each hold ``min_events`` events and
    ``min_units`` reports; and the (i, j) where it is reached."""
    rows, k = cs.shape
    n, tot, u = cn[:, -1:], cs[:, -1:], cu[:, -1:]
    first, last = np.arange(k) == 0, np.arange(k) == k - 1
    # may a piece end at boundary i (left piece [start, i)) / start at boundary j (right piece [j, end))
    left_ok = first[None, :] | ((cn >= min_events) & (cu >= min_units))
    right_ok = last[None, :] | (((n - cn) >= min_events) & ((u - cu) >= min_units))
    if single:  # one change: the interval touches the start or the end (2k - 4 intervals, in scan order)
        ii = np.concatenate([np.zeros(k - 2, dtype=np.int64), np.arange(1, k - 1)])
        jj = np.concatenate([np.arange(1, k - 1), np.full(k - 2, k - 1)])
        s_in, n_in, u_in = cs[:, jj] - cs[:, ii], cn[:, jj] - cn[:, ii], cu[:, jj] - cu[:, ii]
        ok = left_ok[:, ii] & right_ok[:, jj]
    else:  # every [i, j), i < j, but not the whole stretch: a (rows, k, k) grid, [r, i, j]
        s_in = cs[:, None, :] - cs[:, :, None]
        n_in = cn[:, None, :] - cn[:, :, None]
        u_in = cu[:, None, :] - cu[:, :, None]
        pairs = np.triu(np.ones((k, k), dtype=bool), 1)
        pairs[0, k - 1] = False
        ok = pairs[None, :, :] & left_ok[:, :, None] & right_ok[:, None, :]
        n, tot = n[:, :, None], tot[:, :, None]
    ok &= (n_in >= min_events) & (u_in >= min_units)
    with np.errstate(divide="ignore", invalid="ignore"):
        gain = n_in * (n - n_in) / n * (s_in / n_in - (tot - s_in) / (n - n_in)) ** 2
    gain = np.where(ok, gain, -np.inf).reshape(rows, -1)
    best = np.argmax(gain, axis=1)  # the first maximum in (i, j) order, as over the list of pairs
    r = np.arange(rows)
    top = gain[r, best]
    if single:
        return top, ii[best], jj[best]
    none = ~np.isfinite(top)  # no admissible interval: report the first pair, (0, 1)
    return top, np.where(none, 0, best // k), np.where(none, 1, best % k)


#: boundaries per block when :func:`_exceeding` bounds the scan of long stretches
BLOCK = 8


def _exceeding(cs: np.ndarray, cn: np.ndarray, cu: np.ndarray, min_events: int, min_units: int,
               single: bool, threshold: float) -> int:
    """How many rows' largest admissible gain (:func:`_scan`) reaches ``threshold``
    (:func:`_reaching`, counted)."""
    return int(np.sum(_reaching(cs, cn, cu, min_events, min_units, single, threshold)))


def _reaching(cs: np.ndarray, cn: np.ndarray, cu: np.ndarray, min_events: int, min_units: int,
              single: bool, threshold: float) -> np.ndarray:
    """Which rows' largest admissible gain (:func:`_scan`) reaches ``threshold``.

    Exact, but faster than scanning every interval of a long stretch: with the centred
    cumulative sums ``C = cs − (tot/n)·cn`` an interval's gain is ``n (C_j − C_i)² /
    (n_in (n − n_in))``, so for a pair of blocks of :data:`BLOCK` boundaries the spread of
    ``C`` over the two blocks and the fewest/most events an admissible interval between
    them can hold bound the gain of every interval from the one to the other. Only block
    pairs whose bound reaches the threshold (less a margin far above rounding error) are
    scanned, with :func:`_scan`'s own arithmetic."""
    rows, k = cs.shape
    if single or k <= 2 * BLOCK:
        return _scan(cs, cn, cu, min_events, min_units, single)[0] >= threshold
    n, tot, u = cn[:, -1:], cs[:, -1:], cu[:, -1:]
    nb = -(-k // BLOCK)
    pad = nb * BLOCK - k
    with np.errstate(divide="ignore", invalid="ignore"):
        c = cs - tot / n * cn
        cb = np.pad(c, ((0, 0), (0, pad)), mode="edge").reshape(rows, nb, BLOCK)
        cmax, cmin = cb.max(axis=2), cb.min(axis=2)
        first = np.arange(nb) * BLOCK
        last = np.minimum(first + BLOCK, k) - 1
        bi, bj = np.triu_indices(nb)
        spread = np.maximum(cmax[:, bj] - cmin[:, bi], cmax[:, bi] - cmin[:, bj])
        fewest = np.maximum(cn[:, first[bj]] - cn[:, last[bi]], min_events)
        most = np.minimum(cn[:, last[bj]] - cn[:, first[bi]], n - min_events)
        denom = np.minimum(fewest * (n - fewest), most * (n - most))
        bound = np.where(fewest <= most, n * spread ** 2 / denom, -np.inf)
    rr, pp = np.nonzero(bound >= threshold * (1 - 1e-6))
    hit = np.zeros(rows, dtype=bool)
    offs = np.arange(BLOCK)
    left_ok = (np.arange(k) == 0)[None, :] | ((cn >= min_events) & (cu >= min_units))
    right_ok = (np.arange(k) == k - 1)[None, :] | (((n - cn) >= min_events) & ((u - cu) >= min_units))
    cu_all = np.broadcast_to(cu, cs.shape)
    step = max(1, 2_000_000 // (BLOCK * BLOCK))
    for s0 in range(0, len(rr), step):
        r, q = rr[s0:s0 + step], pp[s0:s0 + step]
        keep = ~hit[r]  # a row that already reached the threshold needs no more
        r, q = r[keep], q[keep]
        if not len(r):
            continue
        ii = first[bi[q]][:, None] + offs[None, :]  # (c, BLOCK) boundaries i, and j below
        jj = first[bj[q]][:, None] + offs[None, :]
        valid = (ii[:, :, None] < jj[:, None, :]) & (jj[:, None, :] < k)
        valid &= ~((ii[:, :, None] == 0) & (jj[:, None, :] == k - 1))
        ii, jj = np.minimum(ii, k - 1), np.minimum(jj, k - 1)
        rc = r[:, None]
        s_in = cs[rc, jj][:, None, :] - cs[rc, ii][:, :, None]
        n_in = cn[rc, jj][:, None, :] - cn[rc, ii][:, :, None]
        u_in = cu_all[rc, jj][:, None, :] - cu_all[rc, ii][:, :, None]
        nn, tt = n[r][:, :, None], tot[r][:, :, None]
        ok = valid & (n_in >= min_events) & (u_in >= min_units)
        ok &= left_ok[rc, ii][:, :, None] & right_ok[rc, jj][:, None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            gain = n_in * (nn - n_in) / nn * (s_in / n_in - (tt - s_in) / (nn - n_in)) ** 2
        reached = np.any(ok & (gain >= threshold), axis=(1, 2))
        hit[r[reached]] = True
    return hit


def _slots(periods: np.ndarray, articles: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Reports of a period-ordered series: each event's report (slot) number, each
    report's period and its first event. A report is a run of events of one article in one period; an article
    whose events in a period are not contiguous is an error."""
    arts = np.asarray(articles)
    new = np.ones(len(periods), dtype=bool)
    new[1:] = (periods[1:] != periods[:-1]) | (arts[1:] != arts[:-1])
    starts = np.flatnonzero(new)
    key_art = np.unique(arts[starts], return_inverse=True)[1].ravel()
    key_per = periods[starts]
    order = np.lexsort((key_art, key_per))
    if np.any((key_per[order][1:] == key_per[order][:-1]) & (key_art[order][1:] == key_art[order][:-1])):
        raise ValueError("the events of one article in one period must be contiguous (order by period, article)")
    return np.cumsum(new) - 1, key_per, starts


#: the series :func:`segment` tests: both directions pooled, then a → b and b → a (``forward`` true/false)
POOLED, FORWARD, BACKWARD = 0, 1, 2


def segment(periods: np.ndarray, values: np.ndarray, articles: np.ndarray, *, forward: np.ndarray | None = None,
            min_events: int = 5, min_articles: int = 2, alpha: float = ALPHA, n_perm: int = N_PERM,
            unit: str = "report", seed: int = 0) -> list[tuple[int, float, int]]:
    """Change points of a date-ordered event series.

    ``periods`` (integer period keys, non-decreasing), ``values`` (Goldstein) and
    ``articles`` (article ids) are per event; ``forward`` (optional, per event) says whether
    the event goes a → b. Returns ``[(event_index, p_value, series)]`` sorted: each change
    begins at ``event_index`` (the first event of a period) and was found on ``series``
    (:data:`POOLED`, or with ``forward`` also :data:`FORWARD` / :data:`BACKWARD`, the
    events of one direction). See the module docstring for the method.

    A *report* is the events of one article in one period (nearly always: one article);
    ``min_articles`` counts reports (of the series' own events). ``unit="report"`` shuffles
    whole reports, with the events of both directions they hold, between report slots
    (robust to events of one article sharing its tone); ``unit="event"`` shuffles single
    events, with their direction, between event positions.
    """
    if unit not in ("report", "event"):
        raise ValueError(f"unit must be report or event, got {unit!r}")
    values = np.asarray(values, dtype=float)
    periods = np.asarray(periods)
    n_ev = len(values)
    if n_ev < 2 * min_events:
        return []
    if np.any(periods[1:] < periods[:-1]):
        raise ValueError("events must be ordered by period")
    event_slot, sp_all, slot_first_event = _slots(periods, articles)
    m = len(sp_all)
    # per series: its events' mask (None: all), and per slot its sum, count and sum of squares
    masks: list[np.ndarray | None] = [None]
    if forward is not None:
        fw = np.asarray(forward, dtype=bool)
        if len(fw) != n_ev:
            raise ValueError("forward must have one value per event")
        masks += [fw, ~fw]
    per_slot = []
    for mask in masks:
        w = np.ones(n_ev) if mask is None else mask.astype(float)
        per_slot.append((np.bincount(event_slot, weights=values * w, minlength=m),
                         np.bincount(event_slot, weights=w, minlength=m),
                         np.bincount(event_slot, weights=values ** 2 * w, minlength=m)))

    def test(lo: int, hi: int, single: bool) -> tuple[float, list[int], int]:
        """Permutation test of "no change in slots [lo, hi)" in any series: (p, cuts, series)
        or (1.0, [], 0)."""
        sp = sp_all[lo:hi]
        bnd = np.concatenate([[0], np.nonzero(sp[1:] != sp[:-1])[0] + 1, [hi - lo]])  # slot boundaries
        if len(bnd) < 3:
            return 1.0, [], POOLED
        e0, e1 = int(slot_first_event[lo]), (int(slot_first_event[hi]) if hi < m else n_ev)

        def cums(*arrays: np.ndarray) -> list[np.ndarray]:
            """Per row, the cumulative sums of per-slot (or per-event, at ``at``) arrays at the boundaries."""
            z = np.zeros((arrays[0].shape[0], 1))
            return [np.concatenate([z, np.cumsum(a, axis=1)], axis=1)[:, bnd] for a in arrays]

        # the series worth testing here: enough events and reports for two pieces, and not a
        # copy of the pooled series (a dyad seen from one side only)
        series, obs, scale = [], [], []
        n_all = per_slot[POOLED][1][lo:hi].sum()
        for sid, (ssum, scnt, ssq) in enumerate(per_slot):
            s, c, q = ssum[lo:hi], scnt[lo:hi], ssq[lo:hi]
            n, reports = c.sum(), np.count_nonzero(c)
            if n < 2 * min_events or reports < 2 * min_articles or (sid != POOLED and n == n_all):
                continue
            sst = q.sum() - s.sum() ** 2 / n  # total sum of squares: the same in every shuffle
            if sst <= 1e-9 * max(1.0, q.sum()):
                continue
            scale_s = sst / n  # the series' variance: gain / variance is on one (chi-square) scale for all
            cs, cn, cu = cums(s[None, :], c[None, :], (c > 0)[None, :].astype(float))
            top, bi, bj = _scan(cs, cn, cu, min_events, min_articles, single)
            if np.isfinite(top[0]) and top[0] > 1e-12:
                series.append(sid)
                obs.append((top[0] / scale_s, int(bi[0]), int(bj[0])))
                scale.append(scale_s)
        if not series:
            return 1.0, [], POOLED
        best = int(np.argmax([o[0] for o in obs]))  # the first maximum: pooled before the directions
        z2, bi, bj = obs[best]
        rng = np.random.default_rng(zlib.crc32(f"{seed}|{lo}|{hi}|{m}|{unit}|{single}".encode()))
        ev_bnd = np.concatenate([slot_first_event[lo:hi], [e1]]) - e0  # every slot's first event, and the end
        exceed, done = 0, 0
        limit = alpha * (n_perm + 1) - 1  # more exceedances than this: p > alpha, stop early
        if len(bnd) <= 2 * BLOCK:  # _scan's memory: batch × K² gains
            batch = max(1, min(100, 2_000_000 // max(len(bnd) ** 2, 1)))
        else:  # _reaching's is small; the shuffles' is batch × (reports or events)
            batch = max(1, min(16, 4_000_000 // max(hi - lo, e1 - e0, 1)))
        while done < n_perm:
            b = min(batch, n_perm - done)
            if unit == "report":
                idx = np.argsort(rng.random((b, hi - lo)), axis=1)
            else:
                idx = np.argsort(rng.random((b, e1 - e0)), axis=1)
                v = values[e0:e1][idx]
            hit = np.zeros(b, dtype=bool)
            for sid, var in zip(series, scale):
                left = np.flatnonzero(~hit)  # a shuffle already past the observed maximum needs no more
                if not len(left):
                    break
                if unit == "report":
                    s, c = per_slot[sid][0][lo:hi][idx[left]], per_slot[sid][1][lo:hi][idx[left]]
                    ps, pn, pu = cums(s, c, (c > 0).astype(float))
                else:  # events move with their direction; the reports (slots) stay where they are
                    w = np.ones((len(left), e1 - e0)) if masks[sid] is None else masks[sid][e0:e1][idx[left]]
                    cw = np.concatenate([np.zeros((len(left), 1)), np.cumsum(w, axis=1)], axis=1)[:, ev_bnd]
                    cv = np.concatenate([np.zeros((len(left), 1)), np.cumsum(v[left] * w, axis=1)], axis=1)[:, ev_bnd]
                    sc = np.diff(cw, axis=1)  # the series' events in each slot
                    ps, pn, pu = cv[:, bnd], cw[:, bnd], \
                        np.concatenate([np.zeros((len(left), 1)), np.cumsum(sc > 0, axis=1)], axis=1)[:, bnd]
                hit[left] = _reaching(ps, pn, pu, min_events, min_articles, single, z2 * var * (1 - 1e-9))
            exceed += int(hit.sum())
            done += b
            if exceed > limit:
                return 1.0, [], POOLED
        cuts = [lo + int(bnd[bi]), lo + int(bnd[bj])]
        return (1.0 + exceed) / (1.0 + done), [k for k in cuts if lo < k < hi], series[best]

    found: dict[int, tuple[float, int]] = {}
    stack = [(0, m)]
    while stack:
        lo, hi = stack.pop()
        p, cuts, sid = test(lo, hi, single=False)
        if p > alpha:
            continue
        if len(cuts) == 2:
            # an interval unlike its surroundings: keep each end only if it is a change on its
            # own, tested on the two pieces next to it
            i, j = cuts
            confirmed = []
            for k, (a, b) in ((i, (lo, j)), (j, (i, hi))):
                pk, ck, sk = test(a, b, single=True)
                if pk <= alpha and ck:
                    confirmed.append((ck[0], max(p, pk), sk))
            if not confirmed:  # heterogeneous, but no single end stands: split where one change fits best
                pk, ck, sk = test(lo, hi, single=True)
                confirmed = [(ck[0], max(p, pk), sk)] if ck else []
        else:
            confirmed = [(k, p, sid) for k in cuts]
        for k, pk, sk in confirmed:
            found[int(slot_first_event[k])] = (pk, sk)
        pieces = [lo] + sorted({k for k, _, _ in confirmed}) + [hi]
        if len(pieces) > 2:
            stack += list(zip(pieces[:-1], pieces[1:]))
    return sorted((k, p, sid) for k, (p, sid) in found.items())


# ------------------------------------------------------------------ store → findings
def _day(v: Any) -> str:
    return v.isoformat() if isinstance(v, date) else str(v)


def _welch(x: np.ndarray, y: np.ndarray) -> float:
    from scipy import stats

    if len(x) < 2 or len(y) < 2:
        return 1.0
    if np.var(x) == 0 and np.var(y) == 0:
        return 0.0 if x.mean() != y.mean() else 1.0
    p = float(stats.ttest_ind(x, y, equal_var=False).pvalue)
    return 1.0 if np.isnan(p) else p


def _hedges_g(x: np.ndarray, y: np.ndarray) -> float:
    nx, ny = len(x), len(y)
    sd = np.sqrt(((nx - 1) * np.var(x, ddof=1) + (ny - 1) * np.var(y, ddof=1)) / max(nx + ny - 2, 1)) \
        if nx > 1 and ny > 1 else 0.0
    sd = max(float(sd), SD_FLOOR)
    corr = 1 - 3 / (4 * (nx + ny) - 9) if nx + ny > 3 else 1.0
    return float((y.mean() - x.mean()) / sd * corr)


def _directions(x: np.ndarray, fx: np.ndarray, y: np.ndarray, fy: np.ndarray, a: str, b: str, change: float
                ) -> tuple[list[str], list[dict[str, Any]]]:
    """Per direction of the dyad (``fx``/``fy``: the event goes ``a`` → ``b``), the mean
    before (``x``) and after (``y``) the change, and the directions that moved with it."""
    pooled_before = float(np.mean(x))
    rows = []
    for fwd, d in ((True, (a, b)), (False, (b, a))):  # a < b: the sorted order of the directions
        bv, av = x[fx == fwd], y[fy == fwd]
        if not len(bv) and not len(av):
            continue
        mb = float(np.mean(bv)) if len(bv) else None
        ma = float(np.mean(av)) if len(av) else None
        delta = None if ma is None else ma - (mb if mb is not None else pooled_before)
        rows.append({"direction": f"{d[0]}->{d[1]}", "before": None if mb is None else round(mb, 3),
                     "after": None if ma is None else round(ma, 3), "n_before": len(bv), "n_after": len(av),
                     "change": None if delta is None else round(delta, 3)})
    moved = [r["direction"] for r in rows if r["change"] is not None and r["change"] * change > 0
             and abs(r["change"]) >= 0.5 * abs(change)]
    if not moved:
        same = [r for r in rows if r["change"] is not None and r["change"] * change > 0]
        if same:
            moved = [max(same, key=lambda r: abs(r["change"]))["direction"]]
    return moved, rows


# ------------------------------------------------------------------ store → findings
# The store does the heavy lifting: it selects the dyads worth testing, orders their events
# (by period, article, date, id) and marks where each report begins; Python sees a few
# numeric columns, never one object per event. Only the findings' own evidence comes back
# as rows.
_ORDER = "period, article_id, event_date, id"


def _base(count: str, until: date | None, by: str) -> tuple[str, list[Any]]:
    """The asserted events between two different countries up to ``until``, with their dyad
    (``a`` < ``b``) and period: a CTE body, and its parameters."""
    where = ["e.status = 'asserted'", "e.event_date IS NOT NULL", "e.source_country IS NOT NULL",
             "e.target_country IS NOT NULL", "e.source_country <> e.target_country"]
    params: list[Any] = []
    if until:
        where.append("e.event_date <= ?")
        params.append(until)
    return (f"SELECT least(e.source_country, e.target_country) AS a, greatest(e.source_country, e.target_country) AS b, "
            f"CAST(date_trunc('{by}', e.event_date) AS DATE) AS period, e.id, e.article_id, e.event_date, "  # by: checked
            f"e.goldstein, e.source, e.source_country, e.target, e.target_country, e.code, e.sentence, e.rule "
            f"FROM {counted(count)} e WHERE {' AND '.join(where)}", params)


def _dyads(store: Store, base: tuple[str, list[Any]], since: date | None, min_events: int,
           min_articles: int) -> list[dict[str, Any]]:
    """Dyads with ``min_events`` events from ``min_articles`` articles inside the window,
    with their number of events (baseline included), in (a, b) order."""
    inside, p_in = ("event_date >= ?", [since]) if since else ("TRUE", [])
    return store.query(f"WITH base AS ({base[0]}) SELECT a, b, count(*) AS n FROM base GROUP BY a, b "
                       f"HAVING count(*) FILTER (WHERE {inside}) >= ? "
                       f"AND count(DISTINCT article_id) FILTER (WHERE {inside}) >= ? ORDER BY a, b",
                       [*base[1], *p_in, min_events, *p_in, min_articles])


def _series(store: Store, base: tuple[str, list[Any]], dyads: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    """The events of ``dyads``, dyad after dyad, each in report order: period and date (days
    since 1970), Goldstein, direction (a → b) and a report number (new article or period)."""
    import pyarrow as pa

    store.con.register("_rw_dyads", pa.table({"a": [d["a"] for d in dyads], "b": [d["b"] for d in dyads]}))
    try:
        cols = store.con.execute(
            f"WITH base AS ({base[0]}) "
            "SELECT CAST(datediff('day', DATE '1970-01-01', period) AS INTEGER) AS p, "
            "CAST(datediff('day', DATE '1970-01-01', event_date) AS INTEGER) AS d, goldstein AS g, "
            "source_country = a AS fwd, "
            "coalesce(article_id <> lag(article_id) OVER w OR period <> lag(period) OVER w, TRUE) AS new_report "
            f"FROM base SEMI JOIN _rw_dyads USING (a, b) WINDOW w AS (PARTITION BY a, b ORDER BY {_ORDER}) "
            f"ORDER BY a, b, {_ORDER}", base[1]).fetchnumpy()
    finally:
        store.con.unregister("_rw_dyads")
    return {k: np.asarray(v) for k, v in cols.items()}


def _details(store: Store, base: tuple[str, list[Any]], found: list[dict[str, Any]], n: int
             ) -> dict[int, dict[str, Any]]:
    """For each finding (its dyad, the event positions ``lo`` ≤ ``k`` < ``hi`` of the regimes
    before and after it, and ``src``: the source of the directed series it was found on, or
    None): the articles on each side and the ``n`` strongest events after it in its
    direction (all events if none goes that way), strongest first — of its series."""
    import pyarrow as pa

    if not found:
        return {}
    cols = ("fid", "a", "b", "lo", "k", "hi", "sign", "all_after", "src")
    store.con.register("_rw_found", pa.table({c: pa.array([f[c] for f in found], type=pa.string() if c == "src"
                                                           else None) for c in cols}))
    try:
        rows = store.query(
            f"WITH base AS ({base[0]}), "
            "ranked AS (SELECT base.*, row_number() OVER (PARTITION BY a, b ORDER BY "
            f"{_ORDER}) - 1 AS pos FROM base SEMI JOIN (SELECT DISTINCT a, b FROM _rw_found) USING (a, b)), "
            "j AS (SELECT f.fid, f.k, f.sign, f.all_after, r.* EXCLUDE (a, b) FROM ranked r JOIN _rw_found f "
            "ON r.a = f.a AND r.b = f.b AND r.pos >= f.lo AND r.pos < f.hi "
            "AND (f.src IS NULL OR r.source_country = f.src)), "
            "sides AS (SELECT fid, count(DISTINCT article_id) FILTER (WHERE pos < k) AS articles_before, "
            "count(DISTINCT article_id) FILTER (WHERE pos >= k) AS articles_after FROM j GROUP BY fid), "
            "ev AS (SELECT *, row_number() OVER (PARTITION BY fid ORDER BY sign * -goldstein + 0.0, "
            "event_date, id) AS rank FROM j WHERE pos >= k AND (all_after OR sign * goldstein > 0)) "
            "SELECT s.*, ev.* EXCLUDE (fid), t.title AS article_title FROM sides s "
            "LEFT JOIN ev ON ev.fid = s.fid AND ev.rank <= ? LEFT JOIN articles t ON t.id = ev.article_id "
            "ORDER BY s.fid, ev.rank", [*base[1], n])
    finally:
        store.con.unregister("_rw_found")
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(r["fid"], {"articles_before": r["articles_before"], "articles_after": r["articles_after"],
                                      "events": []})
        if r["rank"] is not None:
            d["events"].append({"date": _day(r["event_date"]), "source": r["source_country"],
                                "target": r["target_country"], "source_actor": r["source"],
                                "target_actor": r["target"], "code": r["code"], "goldstein": r["goldstein"],
                                "sentence": r["sentence"], "article_title": r["article_title"],
                                "article_id": r["article_id"], "rule": r["rule"]})
    return out


#: with at least this many events to test, the dyads are segmented on every core
PARALLEL_EVENTS = 300_000


def _segment_job(job: tuple, kw: dict[str, Any]) -> list[tuple[int, float, int]]:
    periods, values, reports, forward, seed = job
    return segment(periods, values, reports, forward=forward, seed=seed, **kw)


def _segment_all(jobs: list[tuple], kw: dict[str, Any]) -> list[list[tuple[int, float, int]]]:
    """:func:`segment` for every dyad's ``(periods, values, reports, forward, seed)``, in order. The
    dyads are independent and their shuffles seeded: spread over processes (biggest first),
    they give the same change points as one after the other."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    if cores < 2 or len(jobs) < 2 or sum(len(j[1]) for j in jobs) < PARALLEL_EVENTS:
        return [_segment_job(j, kw) for j in jobs]
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    with ProcessPoolExecutor(max_workers=min(cores, len(jobs)), mp_context=mp.get_context("spawn")) as pool:
        futures = {i: pool.submit(_segment_job, jobs[i], kw) for i in order}
        return [futures[i].result() for i in range(len(jobs))]


def find_changes(store: Store, kind: str = "rift", since: date | None = None, until: date | None = None,
                 top: int = 10, min_events: int = 5, min_articles: int = 2, by: str = "day",
                 alpha: float = ALPHA, n_perm: int = N_PERM, unit: str = "report",
                 evidence: int = 5, count: str = "events") -> list[Finding]:
    """Dyads whose relations dropped (``kind="rift"``) or rose (``"rapprochement"``) inside
    ``[since, until]`` against their own baseline, strongest first (by ``score``).

    ``alpha`` is the false-alarm rate per dyad; see the module docstring for the method.
    """
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}", code="RW412")
    if by not in PERIODS:
        raise InputError(f"--by must be one of {', '.join(PERIODS)}, got {by!r}", code="RW411")
    if min_events < 1 or min_articles < 1 or top < 1:
        raise InputError("--top, --min-events and --min-articles must be at least 1", code="RW413")
    if not 0 < alpha < 1:
        raise InputError(f"alpha must be between 0 and 1, got {alpha}", code="RW414")
    if unit not in ("report", "event"):
        raise InputError(f"--unit must be report or event, got {unit!r}", code="RW415")
    base = _base(count, until, by)
    dyads = _dyads(store, base, since, min_events, min_articles)
    if not dyads:
        return []
    cols = _series(store, base, dyads)
    ends = np.cumsum([0] + [dy["n"] for dy in dyads])
    jobs = [(cols["p"][lo:hi], cols["g"][lo:hi].astype(float), np.cumsum(cols["new_report"][lo:hi]),
             cols["fwd"][lo:hi].astype(bool), zlib.crc32(f"{dy['a']}|{dy['b']}|{by}".encode())) for dy, lo, hi in zip(dyads, ends[:-1], ends[1:])]
    changes = _segment_all(jobs, {"min_events": min_events, "min_articles": min_articles, "alpha": alpha,
                                  "n_perm": n_perm, "unit": unit})
    epoch = date(1970, 1, 1).toordinal()
    sign = -1 if kind == "rift" else 1
    found: list[dict[str, Any]] = []
    for dy, lo_ev, cps, (_, values, _, fwd, _) in zip(dyads, ends[:-1], changes, jobs):
        a, b, n_ev = dy["a"], dy["b"], dy["n"]
        days = cols["d"][lo_ev:lo_ev + n_ev]
        for k, p, sid in cps:
            start_day = date.fromordinal(epoch + int(days[k]))
            if (since and start_day < since) or (until and start_day > until):
                continue
            # the regimes before and after: up to the neighbouring changes (for a change found on
            # one direction, the neighbouring changes of that direction: the pieces it was tested on)
            bounds = [0] + [c for c, _, s in cps if sid == POOLED or s == sid] + [n_ev]
            j = bounds.index(k)
            lo, hi = bounds[j - 1], bounds[j + 1]
            # the series the change was found on: described on its own events (a direction
            # with no event on one side of a later split falls back to both)
            src = None if sid == POOLED else (a if sid == FORWARD else b)
            keep = np.ones(hi - lo, dtype=bool) if src is None else (fwd[lo:hi] == (sid == FORWARD))
            if not keep[:k - lo].any() or not keep[k - lo:].any():
                src, keep = None, np.ones(hi - lo, dtype=bool)
            x, y = values[lo:k][keep[:k - lo]], values[k:hi][keep[k - lo:]]
            change = float(y.mean() - x.mean())
            if ("rift" if change < 0 else "rapprochement") != kind:
                continue
            welch_p = _welch(x, y)
            g = _hedges_g(x, y)
            moved, per_dir = _directions(values[lo:k], fwd[lo:k], values[k:hi], fwd[k:hi], a, b, change)
            series = "pooled" if src is None else f"{src}->{b if src == a else a}"
            if src is not None:
                moved = [series]
            found.append({"fid": len(found), "a": a, "b": b, "lo": lo, "k": k, "hi": hi, "sign": sign,
                          "src": src, "all_after": not bool(np.any(sign * y > 0)), "finding": Finding(
                kind=kind, actors=[a, b], directions=moved, series=series, start=_day(start_day),
                end=_day(date.fromordinal(epoch + int(days[hi - 1]))),
                before=round(float(x.mean()), 3), after=round(float(y.mean()), 3), change=round(change, 3),
                effect_size=round(g, 3), score=round(abs(g) * -np.log10(max(welch_p, 1e-300)), 3),
                p_value=round(p, 4), welch_p=float(f"{welch_p:.3g}"), n_before=len(x), n_after=len(y),
                articles_before=0, articles_after=0,
                baseline_start=_day(date.fromordinal(epoch + int(days[lo]))), by_direction=per_dir)})
    details = _details(store, base, found, evidence)
    out = []
    for f in found:
        d = details[f["fid"]]
        out.append(replace(f["finding"], articles_before=d["articles_before"], articles_after=d["articles_after"],
                           events=d["events"]))
    out.sort(key=lambda f: (-f.score, f.p_value, f.actors, f.start))
    return out[:top]
