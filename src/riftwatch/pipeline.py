"""The coding engine (NLP → actors → coding) and the streaming ingest loop.

:class:`Engine` holds everything loaded once per process: the spaCy pipeline,
the knowledge base, the patterns. :func:`run_ingest` streams inputs through it
in batches and hands each batch to the single store writer.
"""

from __future__ import annotations

import hashlib
import os
import re
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from collections import deque
from itertools import chain, islice
from pathlib import Path
from typing import Any

from . import __version__
from .actors import ActorResolver, KnowledgeBase
from .actors.resolver import english_words
from .coding import Coder, PatternSet, Unresolved
from .coding.petrarch_verbs import read_verb_dictionary
from .config import Options
from .errors import ConfigError, InputError, RejectReason, StoreError
from .geo import Locator, gazetteer_for
from .ingest import iter_files, parse_columns, read_inputs
from .ingest.readers import TABLE_EXT
from .models import Article, Event, Rejection, content_id
from .nlp import load_pipeline
from .nlp.dateline import blank_datelines
from .nlp.recase import recase
from .nlp.repairs import repair
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


def load_patterns(options: Options) -> PatternSet:
    """The packaged patterns, the user's pattern file over them, and a PETRARCH verb
    dictionary as a further layer when configured (setting ``petrarch_verbs``)."""
    patterns = PatternSet.load(options.patterns)
    if options.petrarch_verbs:
        bare = frozenset(p.lemma for p in patterns.patterns if p.pos == "V" and not p.objects and not p.particle)
        patterns = patterns.layered(read_verb_dictionary(options.petrarch_verbs, bare).patterns)
    return patterns


def coder_version(options: Options, kb: KnowledgeBase | None = None, patterns: PatternSet | None = None) -> str:
    """riftwatch's version, the pipeline's name and a digest of the knowledge base and
    patterns in force: stored with every event, so a re-code can tell what changed."""
    kb = kb or load_kb(options)
    patterns = patterns or load_patterns(options)
    digest = hashlib.sha256()
    for p in sorted(kb.sources) + ["patterns:" + str(len(patterns.patterns))]:
        digest.update(p.encode())
    for p in patterns.patterns:
        digest.update(repr(p).encode())
    if not options.plain_statements:  # a setting that changes what is coded
        digest.update(b"plain_statements=false")
    return f"{__version__}+{options.model}+{digest.hexdigest()[:10]}"


class Engine:
    """Loads the pipeline, knowledge base and patterns once; codes texts."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.nlp = load_pipeline(self.options.model)
        self.kb = load_kb(self.options)
        self.words = english_words(self.nlp)
        #: the words of every name the knowledge base knows, which keep their capitals in a title-case headline
        self.name_words = frozenset(w for surface, _, _ in self.kb.surface_forms()
                                    for w in re.split(r"[\s\-.]+", surface.lower()) if w)
        self.resolver = ActorResolver(self.kb, self.nlp.vocab, places=gazetteer_for(self.kb), words=self.words)
        self.patterns = load_patterns(self.options)
        self.coder = Coder(self.patterns, plain_statements=self.options.plain_statements)
        self.prefilter = SentenceFilter(self.nlp, self.patterns, self.resolver) if self.options.prefilter else None
        self.locator = Locator(self.resolver.places)
        self.version = coder_version(self.options, self.kb, self.patterns)

    def code_many(self, items: Iterable[tuple[str, str, date | None, str | None]]
                  ) -> Iterator[tuple[list[Event], list[Unresolved]] | Exception]:
        """Code ``(text, article_id, day, record_id)`` items in order, batched through
        ``nlp.pipe``. A failure on one item yields the exception in its place."""
        def prepared():
            for text, aid, day, rid in items:
                cased = recase(text.translate(_SAME_LENGTH_NORMALISATION), self.words, self.name_words)
                norm = blank_datelines(cased)
                if self.prefilter is None:
                    yield norm, (text, None, aid, day, rid, text)
                    continue
                # a pre-tokenised Doc of the kept sentences; a blanked dateline ("KHARKIV, Ukraine -") named where
                # the story is, so the lead's names after it may be actors ("Students blocked bridges in Kharkiv")
                sel = self.prefilter.select(norm, placed=norm != cased)
                yield sel.doc, (sel.original_text(text), sel, aid, day, rid, text)

        for doc, (sub, sel, aid, day, rid, full) in self.nlp.pipe(prepared(), as_tuples=True,
                                                          batch_size=self.options.batch_size):
            try:
                repair(doc)
                actors = self.resolver.annotate(doc, day, named=sel.named if sel is not None else frozenset())
                events, unresolved = self.coder.code_doc(doc, actors, aid, day, rid, text=sub)
                events = self.locator.locate(doc, events, full)
                if sel is not None:
                    events, unresolved = _to_original(events, unresolved, sel)
                yield events, unresolved
            except Exception as exc:  # one bad article never stops a batch
                exc.__riftwatch_tb__ = traceback.format_exc(limit=3)  # type: ignore[attr-defined]
                yield exc

    def code_text(self, text: str, day: date | str | None = None, record_id: str | None = None) -> list[Event]:
        """Code one text (an article or a sentence) published on ``day`` (a date or an ISO
        ``YYYY-MM-DD`` string); returns every event, flagged ones included."""
        if isinstance(day, str):
            try:
                day = date.fromisoformat(day)
            except ValueError:
                raise ValueError(f"day must be a date or YYYY-MM-DD, got {day!r}") from None
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
    coded_by: str = "this process"

    def to_dict(self) -> dict:
        c = self.counts
        return {"run_id": self.run_id, "db": self.db, "read": c.read, "new": c.new, "duplicate": c.duplicate,
                "rejected": c.rejected, "rejected_by_reason": dict(sorted(c.by_reason.items())),
                "events": c.events, "coded_by": self.coded_by,
                "rejections": [{"origin": r.origin, "reason": r.reason.value, "message": r.message}
                               for r in self.rejections]}


# ---------------------------------------------------------------- where coding runs
#: With ``workers = 0`` (the default: every core) the pool starts only once the input has
#: shown this many batches of new articles; a smaller input is coded in this process,
#: because every worker process loads its own spaCy model (seconds of start-up).
AUTO_MIN_BATCHES = 2


def cpu_cores() -> int:
    """CPU cores this process may run on (the affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _batched(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


#: The most article text (characters) one ``nlp.pipe`` call parses at once. spaCy's parser
#: holds features for every token of a batch, so a batch of long stories costs memory in
#: proportion (on Reuters-21578, ~+250 MiB for a batch of 64 with twice the usual text):
#: cutting batches by size keeps the peak independent of what a corpus happens to hold.
MAX_BATCH_CHARS = 50_000


def _by_size(items: list[tuple[str, str, date | None]], limit: int) -> Iterator[list]:
    """Consecutive runs of items whose texts add up to at most ``limit`` characters (a
    longer text alone)."""
    chunk: list = []
    size = 0
    for it in items:
        if chunk and size + len(it[0]) > limit:
            yield chunk
            chunk, size = [], 0
        chunk.append(it)
        size += len(it[0])
    if chunk:
        yield chunk


def _code_items(engine: Engine, items: list[tuple[str, str, date | None]]) -> list[tuple]:
    """Code ``(text, article_id, day)`` items; picklable results in the same order:
    ``("ok", events, unresolved)`` or ``("error", message)``."""
    out: list[tuple] = []
    for part in _by_size(items, MAX_BATCH_CHARS):
        for res in engine.code_many((t, aid, day, None) for t, aid, day in part):
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


def _worker_read(paths: list[str], mapping: dict[str, str], max_bytes: int) -> list[Article | Rejection]:
    """Runs on a Dask worker: read (and parse) a batch of files the worker can see."""
    return list(read_inputs(paths, mapping, max_bytes))


def _read_summary(items: list[Article | Rejection]) -> list[tuple[str, str] | Rejection]:
    """What the writer needs to decide what to code: ``(id, origin)`` per article, rejections whole."""
    return [(x.id, x.origin) if isinstance(x, Article) else x for x in items]


def _worker_code_read(items: list[Article | Rejection], positions: list[int], options: Options
                      ) -> list[tuple[Article, tuple]]:
    """Runs on a Dask worker, next to the read result: code the articles at ``positions``
    and hand them back with their results (the writer needs the article to store it)."""
    arts = [items[i] for i in positions]
    return list(zip(arts, _worker_code([(a.text, a.id, a.date) for a in arts], options)))  # type: ignore[union-attr]


def _watch_parent(parent: int) -> None:
    """Pool initializer: a worker ends itself when the ingest process is gone (SIGKILL leaves
    no one to shut the pool down, and an orphan would keep a model in memory)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="riftwatch-parent-watch", daemon=True).start()


class _Done:
    """A finished 'future' for the in-process path."""

    def __init__(self, value: list[tuple]) -> None:
        self.value = value

    def result(self) -> list[tuple]:
        return self.value


class _Backend:
    """Where coding runs: in this process, in a pool of worker processes, or on Dask
    (where the workers also read the files, unless ``read="driver"``). Results always
    come back to this process, which is the store's only writer."""

    def __init__(self, options: Options, engine: Engine | None, workers: int, dask: str | None,
                 read: str = "workers") -> None:
        self.options, self.engine, self.pool, self.client, self.cluster = options, engine, None, None, None
        self.workers = max(1, workers)
        self.reads = False  # True: Dask workers read the inputs
        if dask:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise ConfigError("--dask needs the dask[distributed] package: pip install 'riftwatch[dask]'",
                                  code="RW130") from None
            if read not in ("workers", "driver"):
                raise ConfigError(f"dask_read must be 'workers' or 'driver', got {read!r}", code="RW131")
            if dask == "local":
                # (the dashboard on any free port: another cluster on the machine may hold Dask's 8787)
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0")
                self.client = Client(self.cluster)
            else:
                try:
                    self.client = Client(dask, timeout="30s")
                except OSError as exc:
                    raise ConfigError(f"cannot reach the Dask scheduler at {dask}: {exc}", code="RW132") from None
                self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
            self.reads = read == "workers"
        elif self.workers > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"),
                                            initializer=_watch_parent, initargs=(os.getpid(),))

    @property
    def inflight(self) -> int:
        """Batches submitted ahead of the writer: enough to keep every worker busy,
        few enough that memory stays bounded."""
        return 1 if self.pool is None and self.client is None else 2 * self.workers

    @property
    def description(self) -> str:
        if self.client is not None:
            where = "a local Dask cluster" if self.cluster is not None else "Dask"
            return (f"{where} of {self.workers} worker{'s' * (self.workers > 1)}, "
                    f"{'reading on the workers' if self.reads else 'reading here'}")
        return f"{self.workers} worker processes" if self.pool is not None else "this process"

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


# ---------------------------------------------------------------- inputs
def list_entries(path: str | os.PathLike[str]) -> Iterator[str]:
    """Paths from a list file (``--from-list``): one per line; blank lines and lines
    starting with ``#`` are skipped. Opened now (a missing list is an error before
    anything runs), read lazily (a list of millions costs no memory)."""
    try:
        f = open(path, encoding="utf-8")  # noqa: SIM115 - closed by the generator
    except OSError as exc:
        raise InputError(f"cannot read the path list {path}: {exc.strerror or exc}", code="RW430") from None
    return _entries(f, str(path))


def _entries(f: Any, name: str) -> Iterator[str]:
    with f:
        try:
            for line in f:
                entry = line.strip()
                if entry and not entry.startswith("#"):
                    yield entry
        except UnicodeDecodeError as exc:
            raise InputError(f"the path list {name} is not UTF-8 text ({exc.reason})", code="RW430") from None


def _is_table(path: str) -> bool:
    return any(s.lower() in TABLE_EXT for s in Path(path).suffixes)


def _path_batches(sources: Iterable[str], batch_size: int) -> Iterator[list[str]]:
    """File batches for reading on Dask workers, in input order. A directory this process
    can see is walked here (so its files spread over the workers); other entries go to the
    workers as they are. A JSONL/CSV file (many articles) is a batch of its own."""
    batch: list[str] = []
    for src in sources:
        files = (str(f) for f in iter_files([src])) if os.path.isdir(src) else iter([src])
        for f in files:
            if _is_table(f):
                if batch:
                    yield batch
                    batch = []
                yield [f]
                continue
            batch.append(f)
            if len(batch) >= batch_size:
                yield batch
                batch = []
    if batch:
        yield batch


# ---------------------------------------------------------------- the ingest loop
@dataclass
class _Unit:
    """One store transaction, in input order. ``articles`` are the new articles (None when
    the coding task hands them back with their results: reading on Dask workers);
    ``future.result()`` gives one result per article (or ``(article, result)`` pairs)."""

    articles: list[Article] | None
    rejections: list[Rejection]
    future: Any
    last_origin: str


#: The writer reopens its DuckDB connection after every this many documents: a long-lived
#: connection keeps state from every transaction it ran (about 3 MiB per 1,000 articles on
#: Reuters-21578, not released by DuckDB's memory limit); reopening frees it. Costs a
#: checkpoint (the write-ahead log is bounded anyway) and ~0.1 s.
REOPEN_EVERY = 2000


class _Ingest:
    """The writer's side of one run: de-duplication in input order, counts, and the writes."""

    def __init__(self, store: Store, run_id: int, version: str,
                 progress: Callable[[RunCounts, str], None] | None) -> None:
        self.store, self.run_id, self.version, self.progress = store, run_id, version, progress
        self.counts = RunCounts()
        self.rejections: list[Rejection] = []
        self.seen: set[str] = set()
        self._reopened_at = 0

    def keep(self, ids: list[str]) -> list[bool]:
        """For the article ids of one batch, in input order: code it (not stored, not seen
        earlier in this run) or count it as a duplicate."""
        known = self.store.known_ids(ids)
        out = []
        for i in ids:
            new = i not in known and i not in self.seen
            self.seen.add(i)
            self.counts.duplicate += not new
            out.append(new)
        return out

    def _reopen(self) -> None:
        """Close and reopen the store. A reader that opened the file in between holds it for a
        moment: wait for it (up to a minute) rather than fail the run."""
        import time

        path = self.store.path
        self.store.close()
        for attempt in range(60):
            try:
                self.store = Store(path)
                return
            except StoreError:
                if attempt == 59:
                    raise
                time.sleep(1.0)

    def write(self, unit: _Unit) -> None:
        counts, rejs = self.counts, list(unit.rejections)
        results = unit.future.result() if unit.future is not None else []
        pairs = zip(unit.articles, results) if unit.articles is not None else results
        coded = []
        for a, res in pairs:
            if res[0] == "error":
                rejs.append(Rejection(a.origin, RejectReason.CODING_ERROR, res[1]))
                self.seen.discard(a.id)
                continue
            _, events, unresolved = res
            coded.append((a, events, unresolved))
            counts.events += sum(1 for e in events if e.asserted)
        counts.new += len(coded)
        for r in rejs:
            counts.rejected += 1
            counts.by_reason[r.reason.value] = counts.by_reason.get(r.reason.value, 0) + 1
        if len(self.rejections) < 1000:  # the report keeps the first ones; the store keeps all
            self.rejections.extend(rejs[: 1000 - len(self.rejections)])
        self.store.write_batch(coded, rejs, self.run_id, self.version)
        if counts.read - self._reopened_at >= REOPEN_EVERY:
            self._reopened_at = counts.read
            self._reopen()
        if self.progress:
            self.progress(counts, unit.last_origin)


def _read_here(run: _Ingest, sources: Iterable[str], columns: str | dict[str, str] | None,
               options: Options) -> Iterator[tuple[list[Article], list[Rejection], str]]:
    """Batches read by this process: ``(new articles, rejections, last origin)``."""
    for chunk in _batched(read_inputs(sources, columns, options.max_bytes), options.batch_size):
        arts = [x for x in chunk if isinstance(x, Article)]
        run.counts.read += len(chunk)
        new = [a for a, k in zip(arts, run.keep([a.id for a in arts])) if k]
        yield new, [x for x in chunk if isinstance(x, Rejection)], chunk[-1].origin


def _units_read_here(run: _Ingest, sources: Iterable[str], columns: str | dict[str, str] | None,
                     options: Options, backend: _Backend | None, make_backend: Callable[[bool], _Backend]
                     ) -> Iterator[_Unit]:
    """Units coded by ``backend``; with ``backend=None`` (automatic workers) the batches are
    held until the input proves large enough for the pool (``make_backend(True)``) or ends
    first (``make_backend(False)``: code here)."""
    held: list[tuple[list[Article], list[Rejection], str]] = []
    n_new = 0
    for batch in _read_here(run, sources, columns, options):
        if backend is None:
            held.append(batch)
            n_new += len(batch[0])
            if n_new < AUTO_MIN_BATCHES * options.batch_size:
                continue
            backend = make_backend(True)
            batches, held = held, []
        else:
            batches = [batch]
        for new, rejs, origin in batches:
            fut = backend.submit([(a.text, a.id, a.date) for a in new]) if new else None
            yield _Unit(new, rejs, fut, origin)
    if backend is None:
        backend = make_backend(False)
        for new, rejs, origin in held:
            yield _Unit(new, rejs, backend.submit([(a.text, a.id, a.date) for a in new]) if new else None, origin)


def _units_read_on_workers(run: _Ingest, sources: Iterable[str], columns: str | dict[str, str] | None,
                           options: Options, backend: _Backend) -> Iterator[_Unit]:
    """Reading on Dask workers. Per file batch a read task (its result stays on the worker)
    and a summary task (ids, origins, rejections) that comes here; this process picks the
    new articles in input order and sends coding tasks, which Dask runs where the texts are.
    Read tasks run ahead of the writer by at most ``backend.inflight`` batches."""
    client = backend.client
    mapping = parse_columns(columns) if isinstance(columns, str) or columns is None else dict(columns)
    batches = _path_batches(sources, options.batch_size)
    reads: deque = deque()

    def read_ahead() -> None:
        while len(reads) < backend.inflight and (paths := next(batches, None)) is not None:
            rf = client.submit(_worker_read, paths, mapping, options.max_bytes, pure=False)
            reads.append((paths, rf, client.submit(_read_summary, rf, pure=False)))

    read_ahead()
    while reads:
        paths, rf, sf = reads.popleft()
        summary = sf.result()
        run.counts.read += len(summary)
        rejs = [x for x in summary if isinstance(x, Rejection)]
        arts = [k for k, x in enumerate(summary) if not isinstance(x, Rejection)]
        todo = [k for k, new in zip(arts, run.keep([summary[k][0] for k in arts])) if new]
        last = paths[-1] if not summary else \
            summary[-1].origin if isinstance(summary[-1], Rejection) else summary[-1][1]
        if not todo:
            yield _Unit([], rejs, None, last)
        for n, chunk in enumerate(_batched(todo, options.batch_size)):
            fut = client.submit(_worker_code_read, rf, chunk, options, pure=False)
            yield _Unit(None, rejs if n == 0 else [], fut, last)
        del rf, sf  # the read result is freed once its coding tasks are done
        read_ahead()


def run_ingest(paths: Sequence[str], options: Options, columns: str | dict[str, str] | None = None,
               engine: Engine | None = None,
               progress: Callable[[RunCounts, str], None] | None = None,
               workers: int = 1, dask: str | None = None, from_list: str | os.PathLike[str] | None = None,
               dask_read: str = "workers") -> IngestReport:
    """Read → code → store, streaming in batches; idempotent and crash-safe.

    Articles already in the store (same content hash) are counted as duplicates
    and not re-coded. Each batch is one transaction. ``workers`` processes code
    the batches (``0``: one per core, but a small input — fewer than
    :data:`AUTO_MIN_BATCHES` batches of new articles — is coded in this process).
    With ``dask`` (a scheduler address, or ``"local"`` for a LocalCluster of
    ``workers`` processes) Dask workers read, parse and code (``dask_read="driver"``:
    this process reads and ships the texts). ``from_list`` names a file of paths,
    one per line, read after ``paths``. Whatever runs the coding, this process
    writes the batches in input order, so the store's contents do not depend on it.
    """
    sources: Iterable[str] = [str(p) for p in paths]
    inputs = list(sources)
    if from_list is not None:
        sources = chain(sources, list_entries(from_list))
        inputs += ["--from-list", str(from_list)]
    auto = workers == 0 and not dask
    n_workers = cpu_cores() if workers == 0 else workers
    backends: list[_Backend] = []

    def make_backend(parallel: bool) -> _Backend:
        backends.append(_Backend(options, engine, n_workers if parallel else 1, dask, dask_read))
        return backends[-1]

    backend = None if auto else make_backend(True)
    pending: deque = deque()
    run: _Ingest | None = None
    try:
        store = Store(options.db)
        try:
            version = backend.version if backend is not None else (
                engine.version if engine is not None else coder_version(options))
            run = _Ingest(store, store.start_run(inputs, version), version, progress)
            if backend is not None and backend.reads:
                units = _units_read_on_workers(run, sources, columns, options, backend)
            else:
                units = _units_read_here(run, sources, columns, options, backend, make_backend)
            for unit in units:
                pending.append(unit)
                while len(pending) >= backends[-1].inflight:
                    run.write(pending.popleft())
            while pending:
                run.write(pending.popleft())
            run.store.finish_run(run.run_id, run.counts)
        finally:
            (run.store if run is not None else store).close()
    finally:
        for b in backends:
            b.close()
    return IngestReport(run.run_id, options.db, run.counts, run.rejections,
                        backends[-1].description if backends else "this process")
