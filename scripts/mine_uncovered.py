"""Mine Reuters-21578 for verb constructions between two states that no pattern codes.

A developer tool for recall work: it shows, from real news rather than from gold
sentences, which verb frames link two political actors of different countries while
the coder codes nothing from that verb.

For every story that names at least two states (the prefilter's knowledge-base match)
and, unless ``--all-topics``, contains a political keyword, the whole text is parsed
(no sentence prefilter) and coded with riftwatch's own engine. Then, for every verb
that produced no event (asserted or flagged), the script looks for

* a **source**: the subject (``nsubj``; the ``by`` agent of a passive), and
* a **target**: the direct object, the dative, the object of a preposition on the
  verb (``prep:with``), or of a preposition on the verb's object (``obj:accord+prep:with``),

each resolving, through the article's actor annotation, to an actor with a country,
the two countries different. Each hit is recorded as ``(lemma, frame, sentence)``;
frames are ranked by count. A verb whose lemma is already a pattern trigger is marked
``known`` (a frame gap of a known verb) in the output.

Stories listed in the held-out file (one NEWID a line) are dropped by NEWID before
any parsing or coding.

Usage::

    PYTHONPATH=src python scripts/mine_uncovered.py ../shared/corpora/reuters21578 \\
        --skip ../notes/heldout_newids.txt --limit 3000 --out /tmp/mined.tsv

The output TSV has one row per frame: count, distinct stories, known, lemma, frame,
and up to ``--examples`` example sentences (Reuters text: keep it out of the repository).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from riftwatch.config import Options
from riftwatch.evaluation.reuters import story_bodies
from riftwatch.pipeline import Engine
from riftwatch.coding.slots import agents, children, conjuncts, is_passive

#: a story about politics names one of these (lower-case word forms)
POLITICAL = frozenset("""minister ministers government governments president premier talks troops army military
embassy ambassador diplomat diplomats diplomatic sanctions war treaty summit accused accuse protest protested
warned rebels guerrillas parliament officials delegation visit visited negotiations agreement accord aid
retaliation retaliate boycott border attack attacked expelled envoy foreign""".split())
#: verbs that never carry an event of their own in these frames (copula, light, reporting)
SKIP_LEMMAS = frozenset({"be", "have", "say", "do"})


def stories(corpus: Path, skip: set[int]) -> Iterator[tuple[int, date | None, str]]:
    """(NEWID, date, body) of every story with a body, held-out NEWIDs left out. Stories are
    coded undated: a frame's wording, not its date, is what is mined."""
    for f in sorted(corpus.glob("reut2-*.sgm")):
        for newid, body in story_bodies(f).items():
            if newid not in skip:
                yield newid, None, re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "").strip())


def countries(heads: list, actors) -> set[str]:
    """Countries of the actors the noun phrases headed by ``heads`` resolve to."""
    out: set[str] = set()
    for h0 in heads:
        for h in conjuncts(h0, actors):
            if h.pos_ == "PRON":
                found = [a for a in [actors.pronoun_antecedent(h, before=h.i)] if a is not None]
            else:
                found = actors.actors_of(h)
            out |= {a.country for a in found if a.country}
    return out


def frames(v) -> Iterator[tuple[str, list]]:
    """(frame, target heads) of every slot of verb ``v`` that may hold a target."""
    passive = is_passive(v)
    prt = "+".join(c.lower_ for c in v.children if c.dep_ == "prt")
    pre = f"prt:{prt} " if prt else ""
    if passive:
        yield pre + "passive", children(v, "nsubjpass")
    for c in v.children:
        if c.dep_ in ("dobj", "dative") and not passive:
            yield pre + c.dep_, [c]
            for pp in c.children:  # "signed an accord with Japan"
                if pp.dep_ == "prep":
                    yield f"{pre}obj:{c.lemma_.lower()}+prep:{pp.lower_}", children(pp, "pobj")
        elif c.dep_ == "prep":
            yield f"{pre}prep:{c.lower_}", children(c, "pobj")


def mine(engine: Engine, docs: Iterator[tuple[int, date | None, str]]) -> Iterator[tuple[str, str, str, int]]:
    """(lemma, frame, sentence, newid) of every uncoded two-country verb frame."""
    nlp, resolver, coder = engine.nlp, engine.resolver, engine.coder

    def items():
        for newid, day, text in docs:
            yield text, (newid, day)

    for doc, (newid, day) in nlp.pipe(items(), as_tuples=True, batch_size=32):
        actors = resolver.annotate(doc, day)
        events, _ = coder.code_doc(doc, actors, str(newid), day)
        triggered = {e.trigger_start for e in events}
        for v in doc:
            if v.pos_ != "VERB" or v.idx in triggered or v.lemma_.lower() in SKIP_LEMMAS:
                continue
            subj = agents(v) if is_passive(v) else children(v, "nsubj")
            src = countries(subj, actors)
            if not src:
                continue
            for frame, heads in frames(v):
                tgt = countries(heads, actors) - src
                if tgt:
                    yield v.lemma_.lower(), frame, " ".join(v.sent.text.split()), newid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="folder with reut2-*.sgm")
    ap.add_argument("--skip", type=Path, required=True, help="held-out NEWIDs, one a line (never read)")
    ap.add_argument("--limit", type=int, default=3000, help="stories to parse (default 3000)")
    ap.add_argument("--all-topics", action="store_true", help="no political keyword filter")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--out", type=Path, required=True, help="ranked frames, TSV")
    args = ap.parse_args(argv)
    skip = {int(x) for x in args.skip.read_text().split() if x.strip().isdigit()}
    engine = Engine(Options(prefilter=True))  # the prefilter only tells which states a story names
    chosen: list[tuple[int, date | None, str]] = []
    for newid, day, text in stories(args.corpus, skip):
        if not args.all_topics and not POLITICAL & set(re.findall(r"[a-z]+", text.lower())):
            continue
        if len(engine.prefilter.select(text).named) >= 2:
            chosen.append((newid, day, text))
            if len(chosen) >= args.limit:
                break
    t0 = time.process_time()
    counts: Counter[tuple[str, str]] = Counter()
    in_stories: dict[tuple[str, str], set[int]] = defaultdict(set)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lemma, frame, sent, newid in mine(engine, iter(chosen)):
        key = (lemma, frame)
        counts[key] += 1
        in_stories[key].add(newid)
        if len(examples[key]) < args.examples and sent not in examples[key]:
            examples[key].append(sent)
    known = engine.patterns.verb_lemmas
    with args.out.open("w", encoding="utf-8") as f:
        f.write("count\tstories\tknown\tlemma\tframe\texamples\n")
        for (lemma, frame), n in counts.most_common():
            f.write(f"{n}\t{len(in_stories[(lemma, frame)])}\t{'known' if lemma in known else '-'}\t{lemma}\t"
                    f"{frame}\t{' || '.join(examples[(lemma, frame)])}\n")
    print(f"{len(chosen)} stories, {sum(counts.values())} uncoded frames ({len(counts)} distinct), "
          f"{time.process_time() - t0:.0f} s CPU -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
