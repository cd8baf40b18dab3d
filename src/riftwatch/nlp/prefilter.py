"""Parse less: a cheap first pass that keeps only the sentences that can hold an event.

The spaCy parse is the costly step. Before it, each article is tokenised and split
into sentences by punctuation (no model), the knowledge-base phrase matcher runs,
and a sentence is kept when it

* contains a trigger word form (any inflection of a pattern lemma) and something
  that can be an actor: a knowledge-base name in the sentence, or a pronoun,
  group noun or capitalised name after a knowledge-base name earlier in the
  article (pronouns and surname aliases need an antecedent), or
* names a known person (so later surname aliases resolve), or
* contains a trigger word form, a sector word or weapon ("gunmen", "police", "a car
  bomb") and a city or region the gazetteer knows ("a suicide bomber killed 30 worshippers
  at a mosque in Peshawar": the place gives the unnamed attackers and their victims a
  country).

The kept sentences are joined into a shorter text that is parsed and coded; event
offsets are mapped back to the original article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..actors.resolver import ActorResolver, _place_name
from ..coding.patterns import PatternSet
from ..coding.critic import FEELINGS
from ..coding.statements import attitude_words
from ..lexicon import word_list

#: the sectors of those who act by force or in the street, or suffer it: a sentence that names only them
#: and a place may hold an event ("gunmen killed 20 villagers in Zamfara")
_FORCE = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "CVL", "OPP", "REF"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "both", "two",
                       "three", "each", "either"})  # ("each side accused the other")


def trigger_forms(nlp: Language, patterns: PatternSet) -> frozenset[str]:
    """Every lower-case word form that the lemmatizer could map to a trigger lemma.

    Built by inverting the pipeline's own lemmatizer rules and exception tables, so
    the set over-generates (harmless for a filter) but does not miss inflections.
    """
    forms: set[str] = set()
    rules: dict[str, list[list[str]]] = {}
    exc: dict[str, dict[str, list[str]]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_rules"):
            t = lookups.get_table("lemma_rules")
            rules = {pos: t[pos] for pos in ("verb", "noun") if pos in t}
        if lookups.has_table("lemma_exc"):
            t = lookups.get_table("lemma_exc")
            exc = {pos: t[pos] for pos in ("verb", "noun") if pos in t}
    wanted = {"verb": patterns.verb_lemmas - patterns.beside_only, "noun": patterns.noun_lemmas | (
        word_list("sojourns") if patterns.beside_only else frozenset())}  # "was in Washington for talks": "talks"
    for pos, lemmas in wanted.items():
        for lemma in lemmas:
            forms.add(lemma)
            for suffix, repl in rules.get(pos, []):
                if lemma.endswith(repl):
                    forms.add(lemma[: len(lemma) - len(repl)] + suffix)
            if pos == "verb":  # doubled final consonant: stop → stopped, stopping
                forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
        for form, lems in exc.get(pos, {}).items():
            if any(lem in lemmas for lem in lems):
                forms.add(form)
    forms |= attitude_words()  # "was optimistic about the talks with X" (coding/statements.py attitude)
    forms |= FEELINGS.keys()  # "was disappointed with Pakistan's response" (coding/critic.py disapproval)
    forms |= {"suit", "likewise"}  # "Britain followed suit", "Poland did likewise" repeat an act told before
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class Selection:
    """The kept sentences of one article, as a shorter text with an offset map, and
    already tokenised (``doc``), so the pipeline does not tokenise it again."""

    doc: Doc
    text: str
    sub_starts: tuple[int, ...]  # where each kept sentence starts in ``text``
    orig_starts: tuple[int, ...]  # ... and in the original article
    sent_index: tuple[int, ...]  # its index among the article's (punctuation) sentences
    lengths: tuple[int, ...]  # its length in characters
    n_sentences: int
    #: states named anywhere in the article, kept sentences or not (country names, demonyms,
    #: capitals): what the resolver needs to know which states the article is about
    named: frozenset[str] = frozenset()

    def original_text(self, article: str) -> str:
        """The filtered text with the article's own characters (the Doc was built from a
        same-length normalised copy)."""
        out = list(self.text)
        for s, o, n in zip(self.sub_starts, self.orig_starts, self.lengths):
            out[s:s + n] = article[o:o + n]
        return "".join(out)

    def to_original(self, offset: int) -> tuple[int, int]:
        """(offset in the article, sentence index) of an offset in ``text``."""
        k = max(0, bisect_right(self.sub_starts, offset) - 1)
        return self.orig_starts[k] + (offset - self.sub_starts[k]), self.sent_index[k]


def _joined(doc: Doc, spans: list[Span]) -> tuple[Doc, list[int], list[int]]:
    """The spans of ``doc`` as one Doc, with where each starts in its text and its length.

    The same Doc as ``Doc.from_docs([span.as_doc() for span in spans], ensure_whitespace=True)``,
    built from one array of ``doc`` (``as_doc`` copies the whole document's array for every
    span): the tokenizer's attributes (NORM among them) and sentence starts, and each span's own
    trailing whitespace (a blank line between paragraphs), so the parser sees the same breaks; a span
    that does not end in whitespace gets a space before the next."""
    attrs = list(Doc._get_array_attrs())
    space_col = attrs.index(SPACY)
    rows = numpy.concatenate([numpy.arange(sp.start, sp.end) for sp in spans])
    array = doc.to_array(attrs)[rows]
    words = [t.text for sp in spans for t in sp]
    spaces = [bool(t.whitespace_) for sp in spans for t in sp]
    starts, lengths, k, char = [], [], -1, 0
    for n, sp in enumerate(spans):
        k += len(sp)
        starts.append(char)
        lengths.append(sp.end_char - sp.start_char + len(doc[sp.end - 1].whitespace_))
        char += lengths[-1]
        if n < len(spans) - 1 and not doc[sp.end - 1].is_space and not spaces[k]:
            array[k, space_col] = 1
            spaces[k] = True
            char += 1
    merged = Doc(doc.vocab, words=words, spaces=spaces)
    merged.from_array(attrs, array)
    return merged, starts, lengths


class SentenceFilter:
    def __init__(self, nlp: Language, patterns: PatternSet, resolver: ActorResolver) -> None:
        self.tokenizer = nlp.tokenizer
        self.sentencizer = Sentencizer()
        self.forms = trigger_forms(nlp, patterns)
        self.resolver = resolver
        # an office-holder's family name alone ("Esper met Suh") may be an actor
        self.family_names = resolver.kb.family_names()
        # one-word sector terms and weapons: who acts in a sentence that names only a place
        self.doers = frozenset(k[0] for k, sector in resolver.kb.sectors.items() if len(k) == 1 and sector in _FORCE) \
            | word_list("instruments") | word_list("bomb_words")

    def _names_a_doer(self, sent: Span) -> bool:
        """Whether a sentence names someone only by what they are or use ("gunmen", "police",
        "a suicide bomber", "a car bomb"): an actor the place of the act can give a country."""
        for t in sent:
            w = t.lower_
            if w in self.doers or (w.endswith("s") and w[:-1] in self.doers):
                return True
        return False

    def _names_a_place(self, sent: Span) -> bool:
        """Whether a sentence names a city or region the gazetteer knows (one or two capitalised
        words): an attack "in Peshawar" names no actor, but the place gives its country."""
        places = self.resolver.places
        if places is None:
            return False
        words = [t for t in sent if t.is_alpha and t.text[:1].isupper() and t.i > sent.start]
        for t in words:
            nxt = t.nbor(1) if t.i + 1 < sent.end else None
            names = [t.text] + ([f"{t.text} {nxt.text}"] if nxt is not None and nxt.text[:1].isupper() else [])
            for name in names:
                place = places.lookup(name)
                if place is not None and place.country and place.kind in ("city", "region"):
                    return True
        return False

    def select(self, text: str, placed: bool = False) -> Selection:
        """The sentences of ``text`` that can hold an event; ``placed``: a dateline (blanked in ``text``)
        named a place before them, which counts as a name earlier in the article."""
        doc = self.sentencizer(self.tokenizer(text))
        kinds_at: dict[int, str] = {}
        states: list[Span] = []
        for match_id, start, end in self.resolver.matcher(doc):
            kind, key = self.resolver._keys[match_id]
            kinds_at[start] = kind
            if not _place_name(doc, start, end):
                states.append(Span(doc, start, end, label=f"{kind}\x1f{key}"))
        # the longest match wins, as in the resolver: "Bosnian Serbs" names Bosnia, not Serbia
        named = {sp.label_.split("\x1f", 1)[1] for sp in filter_spans(states)
                 if sp.label_.split("\x1f", 1)[0] in ("country", "demonym", "capital")}
        kept: list[tuple[int, int, int]] = []  # (sentence index, start char, end char)
        seen_actor = placed
        seen_person = False
        sents = list(doc.sents)
        for si, sent in enumerate(sents):
            kinds = {kinds_at[t.i] for t in sent if t.i in kinds_at}
            if not kinds and any(t.text in self.family_names for t in sent):
                kinds = {"surname"}
            trigger = any(t.lower_ in self.forms for t in sent)
            anaphor = seen_actor and any(t.lower_ in _PRONOUNS or (t.i > sent.start and t.is_title)
                                         for t in sent)
            if trigger and not kinds and not anaphor and self._names_a_doer(sent) and self._names_a_place(sent):
                kinds = {"place"}  # "a suicide bomber killed 30 worshippers at a mosque in Peshawar"
            if (trigger and (kinds or anaphor)) or "person" in kinds or (seen_person and trigger):
                kept.append((si, sent.start_char, sent.end_char))
            seen_actor = seen_actor or bool(kinds - {"place"})
            seen_person = seen_person or "person" in kinds
        spans, orig_starts, idx = [], [], []
        for si, a, b in kept:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or not len(span):
                continue
            spans.append(span)
            orig_starts.append(span.start_char)
            idx.append(si)
        if not spans:
            return Selection(Doc(doc.vocab, words=[]), "", (), (), (), (), len(sents), frozenset(named))
        merged, sub_starts, lengths = _joined(doc, spans)
        return Selection(merged, merged.text, tuple(sub_starts), tuple(orig_starts), tuple(idx), tuple(lengths),
                         len(sents), frozenset(named))
