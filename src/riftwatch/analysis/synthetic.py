"""Synthetic event streams with known truth, for tests and benchmarks.

Two generators share one model of news coverage. A dyad's *articles* arrive at
random days; each holds 1–3 events in a random direction whose Goldstein scores
are ``N(level + tone, 2)`` rounded to 0.1 and clipped to ±10, where ``level`` is
the dyad's mean (plus a ``shift`` from its break day on, if it has a break) and
``tone`` ~ ``N(0, tone_sd)`` is the article's own slant (the events of one
article are alike, as in news).

* :func:`stream` — one dyad as ``(Article, [Event], [])`` triples for
  :meth:`Store.write_batch`: a Poisson number of articles a day, an optional
  coverage surge. Small and exact; the analysis tests use it.
* :class:`SyntheticEvents` — ``N`` events over ``D`` days among ``K``
  countries, vectorised with numpy and written in chunks straight into a store
  through Arrow (:func:`write_synthetic`): millions of events in bounded memory.
  Dyads are busy in Zipf proportions (the busiest pair has the most coverage,
  as USA–CHN in real news); ``breaks`` of the busiest dyads get a level shift at
  a known day, returned by :meth:`SyntheticEvents.truth`.

Events are asserted, dated to the day, and coded with a CAMEO code of their
QuadClass (040, 070, 111 or 173: the QuadClass follows the sign; one event in
five is material).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from ..models import Article, Event, content_id

DAY0 = date(2021, 1, 4)  # a Monday

#: QuadClass → (CAMEO code, root): consult; provide aid; criticize; arrest/detain
QUAD_CODES = {1: ("040", "04"), 2: ("070", "07"), 3: ("111", "11"), 4: ("173", "17")}

#: countries for the generated dyads, busiest first; more come from the knowledge base
MAJOR = ("USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "IND", "PAK", "IRN", "ISR", "SAU", "TUR",
         "UKR", "BRA", "CAN", "AUS", "ITA", "ESP", "POL", "EGY", "SYR", "IRQ", "AFG", "MEX", "IDN", "VNM", "PHL",
         "TWN", "NGA", "ZAF", "ETH", "KEN", "ARG", "VEN", "COL", "CUB", "QAT", "ARE", "JOR", "LBN", "YEM", "LBY",
         "SDN", "MMR", "THA", "MYS", "SGP")


# ------------------------------------------------------------------ small and exact: one dyad
def article(key: str, day: date) -> Article:
    """An article whose text (and so its id) is derived from ``key``."""
    text = f"synthetic article {key}"
    return Article(id=content_id(text), text=text, title=f"t {key}",
                   published=datetime(day.year, day.month, day.day), origin="mem")


def event(a: Article, i: int, src: str, tgt: str, g: float, day: date) -> Event:
    """Event ``i`` of article ``a``: ``src`` → ``tgt`` with Goldstein ``g`` (code 040, QuadClass by sign)."""
    return Event(article_id=a.id, sentence_index=i, sentence=f"{src} did {g:+.1f} to {tgt}.", start=0, end=1,
                 trigger="x", trigger_start=i, source=src, source_country=src, source_name=src, target=tgt,
                 target_country=tgt, target_name=tgt, code="040", root="04", quad_class=1 if g >= 0 else 3,
                 goldstein=float(g), status="asserted", rule="synthetic", confidence=0.9, event_date=day)


def stream(rng: np.random.Generator, a: str, b: str, days: int = 60, per_day: float = 1.0,
           mean: float = 1.0, shift: float = 0.0, break_day: int | None = None,
           surge: tuple[int, int, float] | None = None, tone_sd: float = 1.0,
           tag: str = "", start: date = DAY0, shift_source: str | None = None
           ) -> list[tuple[Article, list[Event], list]]:
    """A dyad's articles: Poisson(per_day) articles a day (× surge factor on surge days), each with
    1-3 events in random direction, Goldstein ~ N(mean (+ shift from break_day on) + the article's
    tone ~ N(0, tone_sd), 2) clipped to ±10. The tone makes one article's events alike, as in news.
    With ``shift_source`` (``a`` or ``b``) only the events of that source shift: a one-sided change."""
    batch = []
    for d in range(days):
        day = start + timedelta(days=d)
        rate = per_day * (surge[2] if surge and surge[0] <= d < surge[1] else 1.0)
        mu = mean + (shift if break_day is not None and d >= break_day else 0.0)
        for k in range(rng.poisson(rate)):
            art = article(f"{tag}{a}{b}-{d}-{k}", day)
            tone = rng.normal(0, tone_sd) if tone_sd else 0.0
            evs = []
            for i in range(int(rng.integers(1, 4))):
                src, tgt = (a, b) if rng.random() < 0.5 else (b, a)
                lvl = mu if shift_source in (None, src) else mean
                g = float(np.clip(np.round(rng.normal(lvl + tone, 2.0), 1), -10, 10))
                evs.append(event(art, i, src, tgt, g, day))
            batch.append((art, evs, []))
    return batch


def pair_codes(n: int) -> list[tuple[str, str]]:
    """``n`` disjoint pairs of made-up three-letter codes (AAA, AAB), (AAC, AAD), …"""
    letters = ("".join(t) for t in itertools.product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=3))
    codes = list(itertools.islice(letters, 2 * n))
    return [(codes[2 * i], codes[2 * i + 1]) for i in range(n)]


# ------------------------------------------------------------------ at scale: many dyads, vectorised
def country_codes(k: int) -> list[str]:
    """``k`` real CAMEO country codes: :data:`MAJOR` first, then the knowledge base's, sorted."""
    codes = list(MAJOR[:k])
    if len(codes) < k:
        from .network import country_names

        codes += [c for c in sorted(country_names()) if c not in codes][: k - len(codes)]
    if len(codes) < k:
        raise ValueError(f"at most {len(codes)} countries are known, asked for {k}")
    return codes


@dataclass(frozen=True)
class Break:
    """An injected change: from ``day`` on, the dyad's level moves by ``shift``."""

    a: str
    b: str
    day: date
    shift: float

    @property
    def kind(self) -> str:
        return "rift" if self.shift < 0 else "rapprochement"


@dataclass
class SyntheticEvents:
    """``events`` asserted events over ``days`` days from ``start`` among ``countries``
    countries (all pairs), with level shifts in the ``breaks`` busiest dyads.

    Deterministic for a given ``seed``; :meth:`chunks` yields Arrow tables of at most
    ``chunk`` events (with their articles), so memory does not grow with ``events``.
    """

    events: int
    days: int = 365
    countries: int = 30
    breaks: int = 6
    start: date = DAY0
    seed: int = 0
    chunk: int = 500_000
    tone_sd: float = 1.0
    #: the breaks fall between these fractions of the span (uniformly, day resolution)
    break_between: tuple[float, float] = (0.3, 0.9)
    codes: list[str] = field(init=False)

    def __post_init__(self) -> None:
        if self.events < 0 or self.days < 1 or self.countries < 2:
            raise ValueError("need events >= 0, days >= 1 and countries >= 2")
        self.codes = country_codes(self.countries)
        rng = np.random.default_rng([self.seed, 1])
        k = self.countries
        ii, jj = np.triu_indices(k, 1)
        rank = rng.permutation(len(ii))  # dyad d is the rank[d]-th busiest
        self.dyad_a, self.dyad_b = ii, jj
        w = 1.0 / (1.0 + rank)
        self.weight = w / w.sum()
        self.level = rng.uniform(-2.0, 2.0, len(ii))
        self.break_day = np.full(len(ii), self.days + 1)  # none
        self.shift = np.zeros(len(ii))
        busiest = np.argsort(rank)[: min(self.breaks, len(ii))]
        for n, d in enumerate(busiest):
            lo, hi = self.break_between
            self.break_day[d] = int(rng.integers(int(lo * self.days), int(hi * self.days) + 1))
            self.shift[d] = (-1 if n % 2 == 0 else 1) * float(rng.uniform(2.5, 4.0))

    def truth(self) -> list[Break]:
        """The injected breaks, busiest dyad first."""
        out = []
        for d in np.nonzero(self.shift)[0]:
            a, b = sorted((self.codes[self.dyad_a[d]], self.codes[self.dyad_b[d]]))
            out.append((self.weight[d], Break(a, b, self.start + timedelta(days=int(self.break_day[d])),
                                              round(float(self.shift[d]), 3))))
        return [b for _, b in sorted(out, key=lambda x: -x[0])]

    def chunks(self) -> Iterator[tuple[Any, Any]]:
        """``(articles, events)`` Arrow tables, at most :attr:`chunk` events each, ``events`` in all."""
        import pyarrow as pa

        done, art0, n = 0, 0, 0
        codes = np.asarray(self.codes, dtype=object)
        day0 = np.datetime64(self.start, "D")
        while done < self.events:
            rng = np.random.default_rng([self.seed, 2, n])
            want = min(self.chunk, self.events - done)
            per = rng.integers(1, 4, want)  # events per article: 1-3, mean 2 (want articles: enough)
            keep = int(np.searchsorted(np.cumsum(per), want)) + 1
            per = per[:keep]
            per[-1] -= int(per.sum()) - want  # exactly `want` events
            dyad = rng.choice(len(self.weight), size=keep, p=self.weight)
            day = rng.integers(0, self.days, keep)
            tone = rng.normal(0.0, self.tone_sd, keep) if self.tone_sd else np.zeros(keep)
            art_ids = pa.array(np.char.add("sa", np.arange(art0, art0 + keep).astype(str)))
            # events: one row per event, repeating its article's dyad, day and tone
            ea = np.repeat(np.arange(keep), per)
            ed, eday = dyad[ea], day[ea]
            mu = self.level[ed] + np.where(eday >= self.break_day[ed], self.shift[ed], 0.0) + tone[ea]
            g = np.clip(np.round(rng.normal(mu, 2.0), 1), -10.0, 10.0)
            flip = rng.random(want) < 0.5
            src = np.where(flip, self.dyad_b[ed], self.dyad_a[ed])
            tgt = np.where(flip, self.dyad_a[ed], self.dyad_b[ed])
            material = rng.random(want) < 0.2
            quad = np.where(g >= 0, np.where(material, 2, 1), np.where(material, 4, 3)).astype(np.int8)
            qcode = np.asarray([None] + [QUAD_CODES[q][0] for q in (1, 2, 3, 4)], dtype=object)
            qroot = np.asarray([None] + [QUAD_CODES[q][1] for q in (1, 2, 3, 4)], dtype=object)
            first = np.concatenate([[0], np.cumsum(per)[:-1]])
            idx_in_art = np.arange(want) - np.repeat(first, per)
            s_code, t_code = pa.array(codes[src]), pa.array(codes[tgt])
            dates = pa.array((day0 + eday).astype("datetime64[D]"), type=pa.date32())
            ev_ids = pa.array(np.char.add("se", np.arange(done, done + want).astype(str)))
            events = pa.table({
                "id": ev_ids, "article_id": art_ids.take(pa.array(ea)), "event_date": dates,
                "source": s_code, "source_country": s_code, "source_name": s_code,
                "target": t_code, "target_country": t_code, "target_name": t_code,
                "code": pa.array(qcode[quad]), "root": pa.array(qroot[quad]), "quad_class": pa.array(quad),
                "goldstein": pa.array(g), "status": pa.array(np.full(want, "asserted", dtype=object)),
                "sentence_index": pa.array(idx_in_art.astype(np.int32)),
                "sentence": pa.array(np.full(want, None, dtype=object), type=pa.string()),
                "sent_start": pa.array(np.zeros(want, np.int32)), "sent_end": pa.array(np.ones(want, np.int32)),
                "trigger_start": pa.array(idx_in_art.astype(np.int32)),
                "rule": pa.array(np.full(want, "synthetic", dtype=object)),
                "confidence": pa.array(np.full(want, 0.9)),
            })
            published = pa.array((day0 + day).astype("datetime64[D]").astype("datetime64[us]"))
            articles = pa.table({"id": art_ids, "title": art_ids, "text": art_ids, "published": published,
                                 "origin": pa.array(np.full(keep, "synthetic", dtype=object)),
                                 "format": pa.array(np.full(keep, "synthetic", dtype=object))})
            yield articles, events
            done += want
            art0 += keep
            n += 1


def write_synthetic(db: str | os.PathLike[str], spec: SyntheticEvents, articles: bool = True) -> dict[str, Any]:
    """Write ``spec``'s events (and their articles) into the store at ``db`` (created and
    migrated if new) with Arrow bulk inserts, one transaction per chunk. Returns counts,
    seconds and the injected breaks."""
    import time

    from ..store import Store

    t0 = time.perf_counter()
    n_ev = n_art = 0
    with Store(db) as store:
        con = store.con
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'events'").fetchall()}
        extra = {"coder_version": "'synthetic'", "date_precision": "'day'", "origin": "'synthetic'",
                 "event_key": "id"}  # event_key: each row is its own event (no grouping)
        now = datetime.now()
        for arts, evs in spec.chunks():
            cols = list(evs.column_names)
            sel = cols + [v for k, v in extra.items() if k in have]
            names = cols + [k for k in extra if k in have]
            con.execute("BEGIN TRANSACTION")
            try:
                con.register("_syn_events", evs)
                con.execute(f"INSERT INTO events ({', '.join(names)}) SELECT {', '.join(sel)} "  # noqa: S608
                            f"FROM _syn_events")
                if articles:
                    con.register("_syn_articles", arts)
                    con.execute(f"INSERT INTO articles ({', '.join(arts.column_names)}, ingested_at) "  # noqa: S608
                                f"SELECT *, ? FROM _syn_articles", [now])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            finally:
                con.unregister("_syn_events")
                if articles:
                    con.unregister("_syn_articles")
            n_ev += evs.num_rows
            n_art += arts.num_rows if articles else 0
        # the actors table, as an ingest would keep it
        con.execute("""
            INSERT INTO actors
            SELECT code, name, any_value(country), NULL, count(*), min(event_date), max(event_date)
            FROM (SELECT source AS code, source_name AS name, source_country AS country, event_date
                  FROM events WHERE rule = 'synthetic'
                  UNION ALL
                  SELECT target, target_name, target_country, event_date FROM events WHERE rule = 'synthetic')
            GROUP BY code, name
            ON CONFLICT (code, name) DO UPDATE SET events = excluded.events""")
    return {"events": n_ev, "articles": n_art, "seconds": round(time.perf_counter() - t0, 2),
            "breaks": [b.__dict__ | {"day": b.day.isoformat()} for b in spec.truth()]}
