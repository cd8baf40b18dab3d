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
from itertools import islice

from . import __version__
from .actors import ActorResolver, KnowledgeBase
from .coding import Coder, PatternSet, Unresolved
from .config import Options
from .errors import RejectReason
from .ingest import read_inputs
from .models import Article, Event, Rejection, content_id
from .nlp import load_pipeline
from .nlp.prefilter import Selection, SentenceFilter
from .store import RunCounts, Store


#: typographic quotes → ASCII, one character for one, so offsets into the original text stay valid
_SAME_LENGTH_NORMALISATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                            "\u00a0": " ", "\u2032": "'"})


class Engine:
    """Loads the pipeline, knowledge base and patterns once; codes texts."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.nlp = load_pipeline(self.options.model)
        self.kb = KnowledgeBase.load(self.options.kb_dir)
        if self.options.petrarch_actors or self.options.petrarch_agents:  # an extra KB layer (evaluation)
            from .evaluation.petrarch import add_petrarch_dictionaries
            add_petrarch_dictionaries(self.kb, self.options.petrarch_actors, self.options.petrarch_agents)
        self.resolver = ActorResolver(self.kb, self.nlp.vocab)
        self.patterns = PatternSet.load(self.options.patterns)
        self.coder = Coder(self.patterns)
        self.prefilter = SentenceFilter(self.nlp, self.patterns, self.resolver) if self.options.prefilter else None
        digest = hashlib.sha256()
        for p in sorted(self.kb.sources) + ["patterns:" + str(len(self.patterns.patterns))]:
            digest.update(p.encode())
        for p in self.patterns.patterns:
            digest.update(repr(p).encode())
        self.version = f"{__version__}+{self.options.model}+{digest.hexdigest()[:10]}"

    def code_many(self, items: Iterable[tuple[str, str, date | None, str | None]]
                  ) -> Iterator[tuple[list[Event], list[Unresolved]] | Exception]:
        """Code ``(text, article_id, day, record_id)`` items in order, batched through
        ``nlp.pipe``. A failure on one item yields the exception in its place."""
        def prepared():
            for text, aid, day, rid in items:
                norm = text.translate(_SAME_LENGTH_NORMALISATION)
                if self.prefilter is None:
                    yield norm, (text, None, aid, day, rid)
                    continue
                sel = self.prefilter.select(norm)  # a pre-tokenised Doc of the kept sentences
                yield sel.doc, (sel.original_text(text), sel, aid, day, rid)

        for doc, (sub, sel, aid, day, rid) in self.nlp.pipe(prepared(), as_tuples=True,
                                                          batch_size=self.options.batch_size):
            try:
                actors = self.resolver.annotate(doc, day)
                events, unresolved = self.coder.code_doc(doc, actors, aid, day, rid, text=sub)
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


def run_ingest(paths: Sequence[str], options: Options, columns: str | dict[str, str] | None = None,
               engine: Engine | None = None,
               progress: Callable[[RunCounts, str], None] | None = None) -> IngestReport:
    """Read → code → store, streaming in batches; idempotent and crash-safe.

    Articles already in the store (same content hash) are counted as
    duplicates and not re-coded. Each batch is one transaction.
    """
    counts = RunCounts()
    rejections: list[Rejection] = []
    seen: set[str] = set()
    with Store(options.db) as store:
        run_id = store.start_run([str(p) for p in paths], engine.version if engine else __version__)
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
            coded = []
            if new:
                if engine is None:
                    engine = Engine(options)
                results = engine.code_many((a.text, a.id, a.date, None) for a in new)
                for a, res in zip(new, results):
                    if isinstance(res, Exception):
                        rejs.append(Rejection(a.origin, RejectReason.CODING_ERROR,
                                              f"{type(res).__name__}: {res}"))
                        seen.discard(a.id)
                        continue
                    events, unresolved = res
                    coded.append((a, events, unresolved))
                    counts.events += sum(1 for e in events if e.asserted)
            counts.new += len(coded)
            for r in rejs:
                counts.rejected += 1
                counts.by_reason[r.reason.value] = counts.by_reason.get(r.reason.value, 0) + 1
            rejections.extend(rejs)
            store.write_batch(coded, rejs, run_id, engine.version if engine else __version__)
            if progress:
                progress(counts, chunk[-1].origin)
        store.finish_run(run_id, counts)
    return IngestReport(run_id, options.db, counts, rejections)
