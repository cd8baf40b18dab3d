"""Criticism said by evaluation (session 10): what a speaker CALLS another side's act.

Modern news reports criticism less with "criticised" or "accused" than by the name a
speaker gives the other side's act: "called Mugabe's rule illegitimate", "said the words
amounted to a declaration of war", "called Sharon's campaign an attempt to topple Arafat".
The stance machinery (:mod:`.statements`) reads such a predicate against the lexicon
``stance_words.tsv``; this module adds the readings and the parse repairs it lacked:

* :func:`readings` — the cue a predicate names through a phrase that only equates it with
  another ("tantamount to a declaration of war", "the equivalent of a coup", "nothing short
  of genocide", "akin to blackmail"), and the wrong an attempt aims at ("an attempt to topple
  Arafat", "a bid to derail the talks": the pseudo-cue ``wrongful_aim`` for an aim of the
  word list ``wrongful_aims``, or the aim's own ``wrong`` cue);
* :func:`namer` — the subject of a naming verb that the parser hung on a noun as a reduced
  relative ("A senior official called Zimbabwe's rule illegitimate.": "official" is the
  sentence's root, "called" its ``acl``);
* :func:`named_object` — the object of a naming verb the parser made a compound of the
  predicate ("called Zimbabwe's rule illegitimate": "rule" a compound on "illegitimate").

Restraint stays where the stance machinery puts it: a judgement names its target only
through the owner of the judged thing (no owner, no event), never the speaker's own side,
not in a negated, conditional or questioned clause, and not under a verb of denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_list

#: nouns of an attempt whose "to"-infinitive names what is attempted: "an attempt to topple Arafat"
ATTEMPT_NOUNS = word_list("attempt_nouns")
#: what a speaker accuses another of attempting: "a bid to derail the talks" (an accusation, 112)
WRONGFUL_AIMS = word_list("wrongful_aims")
#: words that equate their subject with the noun of their "to"/"of"/"than" phrase: "tantamount to"
EQUATING = word_list("equating_words")
#: the pseudo-cue of ``stance_words.tsv`` that an attempt at a wrongful aim reads as
AIM_CUE = "wrongful_aim"


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in ("not", "never", "no"))
               for c in t.children)


def readings(pred: Token, read) -> list[list[str]]:
    """Further ways a predicate names a cue (see the module's doc). ``read`` is the
    statements module's reader of a predicate's ways (``_readings``), applied to the noun
    an equating phrase names."""
    out: list[list[str]] = []
    word = hyphenated(pred)
    if word:
        out.append([word])  # "a cover-up", "short-sighted", "one-sided": one word the parser split
    if pred.dep_ == "prep":  # "amounted to a declaration of war": the predicate is the preposition's object
        out += [r for o in pred.children if o.dep_ == "pobj" for r in read(o)]
    if _lemma(pred) in EQUATING:
        # "tantamount to a declaration of war", "the equivalent of a coup", "nothing short of genocide"
        for h in [pred, *[c for c in pred.children if c.dep_ in ("amod", "advmod", "acomp")]]:
            for pp in h.children:
                if pp.dep_ == "prep" and pp.lower_ in ("to", "of", "than"):
                    out += [r for o in pp.children if o.dep_ == "pobj" for r in read(o)]
    if _lemma(pred) in ATTEMPT_NOUNS:
        for aim in aims(pred):
            out.append([_lemma(aim)])
            if _lemma(aim) in WRONGFUL_AIMS:
                out.append([AIM_CUE])
    return out


def hyphenated(t: Token) -> str | None:
    """The hyphenated word a parser split around ``t`` ("cover - up", "short - sighted"),
    in lower case, or None when no hyphen joins ``t`` to a neighbour."""
    doc = t.doc
    start = end = t.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start:end + 1].text.lower() if end > start else None


def aims(pred: Token) -> list[Token]:
    """What an attempt noun says is attempted: its "to"-infinitive and the verbs
    coordinated with it ("an attempt to topple Arafat and destroy his authority"), or the
    gerund of its "at" phrase ("an attempt at destabilising the region"); a negated aim
    ("an attempt not to provoke") is none."""
    found = [c for c in pred.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found += [g for pp in pred.children if pp.dep_ == "prep" and pp.lower_ == "at"
              for g in pp.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    found += [c for f in found for c in f.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [a for a in found if not _negated(a)]


def namer(v: Token) -> list[Token]:
    """The subject of a naming verb: its own ``nsubj``, or, when the parser made the verb a
    reduced relative of the sentence's root noun ("A senior official called the rule
    illegitimate." with no verb at the root), that noun."""
    own = [c for c in v.children if c.dep_ == "nsubj"]
    if own:
        return own
    head = v.head
    if v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < v.i \
            and v.tag_ in ("VBD", "VBN"):
        return [head]
    return []


def named_object(preds: list[Token]) -> list[Token]:
    """The judged thing a parser hung on the predicate of a naming verb: "called Zimbabwe's
    rule illegitimate", "rule" a compound of "illegitimate"."""
    return [c for p in preds for c in p.children
            if c.dep_ in ("compound", "nmod", "poss") and c.i < p.i and c.pos_ in ("NOUN", "PROPN")]
