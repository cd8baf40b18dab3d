"""The coding engine (NLP → actors → coding) and the streaming ingest loop.

:class:`Engine` holds everything loaded once per process: the spaCy pipeline,
the knowledge base, the patterns. :func:`run_ingest` streams inputs through it
in batches and hands each batch to the single store writer.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from collections import deque
from itertools import islice

from . import __version__
from .actors import ActorResolver, KnowledgeBase
from .coding import Coder, PatternSet, Unresolved
from .config import Options
from .errors import ConfigError, RejectReason
from .geo import Locator, gazetteer_for
from .ingest import read_inputs
from .models import Article, Event, Rejection, content_id
from .nlp import load_pipeline
from .nlp.prefilter import Selection, SentenceFilter
from .store import RunCounts, Store


#: typographic quotes → ASCII, one character for one, so offsets into the original text stay valid
_SAME_LENGTH_NORMALISATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                            "\u00a0": " ", "\u2032": "'"})


def load_kb(options: Options) -> KnowledgeBase:
    """The packaged knowledge base, the user's ``kb_dir`` over it, and PETRARCH
    dictionaries as a further layer when configured."""
    kb = KnowledgeBase.load(options.kb_dir)
    if options.petrarch_actors or options.petrarch_agents:
        from .evaluation.petrarch import add_petrarch_dictionaries

        add_petrarch_dictionaries(kb, options.petrarch_actors, options.petrarch_agents)
    for name, code in options.aliases:  # user corrections (`riftwatch actors alias NAME CODE`)
        add_alias(kb, name, code)
    return kb


def add_alias(kb: KnowledgeBase, name: str, code: str) -> None:
    """Make ``name`` resolve to actor ``code`` (e.g. "Chairman Kim" → PRKGOV): an
    organisation-like entry whose country and sector come from the code."""
    from .actors.kb import Organization

    country = code[:3] if code[:3] in kb.countries else None
    sector = code[3:] if country else "IGO"
    prev = kb.orgs.get(code)
    names = (*(prev.aliases if prev else ()), name)
    kb.orgs[code] = Organization(code, sector or "GOV", prev.name if prev else name, names, country)
    kb.sources.append(f"alias:{name}={code}")


def coder_version(options: Options, kb: KnowledgeBase | None = None, patterns: PatternSet | None = None) -> str:
    """riftwatch's version, the pipeline's name and a digest of the knowledge base and
    patterns in force: stored with every event, so a re-code can tell what changed."""
    kb = kb or load_kb(options)
    patterns = patterns or PatternSet.load(options.patterns)
    digest = hashlib.sha256()
    for p in sorted(kb.sources) + ["patterns:" + str(len(patterns.patterns))]:
        digest.update(p.encode())
    for p in patterns.patterns:
        digest.update(repr(p).encode())
    return f"{__version__}+{options.model}+{digest.hexdigest()[:10]}"


class Engine:
    """Loads the pipeline, knowledge base and patterns once; codes texts."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.nlp = load_pipeline(self.options.model)
        self.kb = load_kb(self.options)
        self.resolver = ActorResolver(self.kb, self.nlp.vocab)
        self.patterns = PatternSet.load(self.options.patterns)
        self.coder = Coder(self.patterns)
        self.prefilter = SentenceFilter(self.nlp, self.patterns, self.resolver) if self.options.prefilter else None
        self.locator = Locator(gazetteer_for(self.kb))
        self.version = coder_version(self.options, self.kb, self.patterns)

    def code_many(self, items: Iterable[tuple[str, str, date | None, str | None]]
                  ) -> Iterator[tuple[list[Event], list[Unresolved]] | Exception]:
        """Code ``(text, article_id, day, record_id)`` items in order, batched through
        ``nlp.pipe``. A failure on one item yields the exception in its place."""
        def prepared():
            for text, aid, day, rid in items:
                norm = text.translate(_SAME_LENGTH_NORMALISATION)
                if self.prefilter is None:
                    yield norm, (text, None, aid, day, rid, text)
                    continue
                sel = self.prefilter.select(norm)  # a pre-tokenised Doc of the kept sentences
                yield sel.doc, (sel.original_text(text), sel, aid, day, rid, text)

        for doc, (sub, sel, aid, day, rid, full) in self.nlp.pipe(prepared(), as_tuples=True,
                                                          batch_size=self.options.batch_size):
            try:
                actors = self.resolver.annotate(doc, day)
                events, unresolved = self.coder.code_doc(doc, actors, aid, day, rid, text=sub)
                events = self.locator.locate(doc, events, full)
                if sel is not None:
                    events, unresolved = _to_original(events, unresolved, sel)
                yield events, unresolved
            except Exception as exc:  # one bad article never stops a batch
                exc.__riftwatch_tb__ = traceback.format_exc(limit=3)  # type: ignore[attr-defined]
                yield exc

    def code_text(self, text: str, day: date | None = None, record_id: str | None = None) -> list[Event]:
        """Code one text (an article or a sentence); returns every event, flagged ones included."""
        [result] = list(self.code_many([(text, content_id(text), day, record_id)]))
        if isinstance(result, Exception):
            raise result
        return result[0]


def _to_original(events: list[Event], unresolved: list[Unresolved], sel: Selection
                 ) -> tuple[list[Event], list[Unresolved]]:
    """Map offsets and sentence numbers from the filtered text back to the article."""
    out = []
    for e in events:
        start, si = sel.to_original(e.start)
        trig, _ = sel.to_original(e.trigger_start)
        out.append(replace(e, start=start, end=start + (e.end - e.start), trigger_start=trig, sentence_index=si))
    for u in unresolved:
        u.start, u.sentence_index = sel.to_original(u.start)
    return out, unresolved


@dataclass
class IngestReport:
    run_id: int
    db: str
    counts: RunCounts
    rejections: list[Rejection] = field(default_factory=list)

    def to_dict(self) -> dict:
        c = self.counts
        return {"run_id": self.run_id, "db": self.db, "read": c.read, "new": c.new, "duplicate": c.duplicate,
                "rejected": c.rejected, "rejected_by_reason": dict(sorted(c.by_reason.items())),
                "events": c.events,
                "rejections": [{"origin": r.origin, "reason": r.reason.value, "message": r.message}
                               for r in self.rejections]}


def _batched(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def _code_items(engine: Engine, items: list[tuple[str, str, date | None]]) -> list[tuple]:
    """Code ``(text, article_id, day)`` items; picklable results in the same order:
    ``("ok", events, unresolved)`` or ``("error", message)``."""
    out: list[tuple] = []
    for res in engine.code_many((t, aid, day, None) for t, aid, day in items):
        if isinstance(res, Exception):
            out.append(("error", f"{type(res).__name__}: {res}"))
        else:
            out.append(("ok", res[0], res[1]))
    return out


_WORKER_ENGINES: dict[Options, Engine] = {}


def _worker_code(items: list[tuple[str, str, date | None]], options: Options) -> list[tuple]:
    """Runs in a worker process (multiprocessing or Dask): one Engine per process and options."""
    engine = _WORKER_ENGINES.get(options)
    if engine is None:
        engine = _WORKER_ENGINES[options] = Engine(options)
    return _code_items(engine, items)


class _Done:
    """A finished 'future' for the in-process path."""

    def __init__(self, value: list[tuple]) -> None:
        self.value = value

    def result(self) -> list[tuple]:
        return self.value


class _Backend:
    """Where coding runs: in this process, in a pool of worker processes, or on Dask.
    Results always come back to this process, which is the store's only writer."""

    def __init__(self, options: Options, engine: Engine | None, workers: int, dask: str | None) -> None:
        self.options, self.engine, self.pool, self.client, self.cluster = options, engine, None, None, None
        self.workers = max(1, workers)
        if dask:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise ConfigError("--dask needs the dask[distributed] package: pip install 'riftwatch[dask]'",
                                  code="RW130") from None
            if dask == "local":
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(dask)
        elif self.workers > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"))

    @property
    def inflight(self) -> int:
        """Batches submitted ahead of the writer: enough to keep every worker busy,
        few enough that memory stays bounded."""
        return 1 if self.pool is None and self.client is None else 2 * self.workers

    def submit(self, items: list[tuple[str, str, date | None]]):
        if self.client is not None:
            return self.client.submit(_worker_code, items, self.options, pure=False)
        if self.pool is not None:
            return self.pool.submit(_worker_code, items, self.options)
        if self.engine is None:
            self.engine = Engine(self.options)
        return _Done(_code_items(self.engine, items))

    @property
    def version(self) -> str:
        return self.engine.version if self.engine is not None else coder_version(self.options)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_ingest(paths: Sequence[str], options: Options, columns: str | dict[str, str] | None = None,
               engine: Engine | None = None,
               progress: Callable[[RunCounts, str], None] | None = None,
               workers: int = 1, dask: str | None = None) -> IngestReport:
    """Read → code → store, streaming in batches; idempotent and crash-safe.

    Articles already in the store (same content hash) are counted as
    duplicates and not re-coded. Each batch is one transaction. With
    ``workers`` > 1 batches are coded in that many processes, and with ``dask``
    (a scheduler address, or ``"local"`` for a LocalCluster of ``workers``) on
    Dask workers; either way this process writes the batches in input order, so
    the store's contents do not depend on how many workers coded them.
    """
    counts = RunCounts()
    rejections: list[Rejection] = []
    seen: set[str] = set()
    backend = _Backend(options, engine, workers, dask)
    pending: deque = deque()
    try:
        with Store(options.db) as store:
            version = backend.version
            run_id = store.start_run([str(p) for p in paths], version)

            def flush() -> None:
                chunk, new, rejs, future = pending.popleft()
                coded = []
                results = future.result() if future is not None else []
                for a, res in zip(new, results):
                    if res[0] == "error":
                        rejs.append(Rejection(a.origin, RejectReason.CODING_ERROR, res[1]))
                        seen.discard(a.id)
                        continue
                    _, events, unresolved = res
                    coded.append((a, events, unresolved))
                    counts.events += sum(1 for e in events if e.asserted)
                counts.new += len(coded)
                for r in rejs:
                    counts.rejected += 1
                    counts.by_reason[r.reason.value] = counts.by_reason.get(r.reason.value, 0) + 1
                if len(rejections) < 1000:  # the report keeps the first ones; the store keeps all
                    rejections.extend(rejs[: 1000 - len(rejections)])
                store.write_batch(coded, rejs, run_id, version)
                if progress:
                    progress(counts, chunk[-1].origin)

            for chunk in _batched(read_inputs(paths, columns, options.max_bytes), options.batch_size):
                arts = [x for x in chunk if isinstance(x, Article)]
                rejs = [x for x in chunk if isinstance(x, Rejection)]
                counts.read += len(chunk)
                known = store.known_ids(a.id for a in arts)
                new: list[Article] = []
                for a in arts:
                    if a.id in known or a.id in seen:
                        counts.duplicate += 1
                    else:
                        seen.add(a.id)
                        new.append(a)
                future = backend.submit([(a.text, a.id, a.date) for a in new]) if new else None
                pending.append((chunk, new, rejs, future))
                while len(pending) >= backend.inflight:
                    flush()
            while pending:
                flush()
            store.finish_run(run_id, counts)
    finally:
        backend.close()
    return IngestReport(run_id, options.db, counts, rejections)
