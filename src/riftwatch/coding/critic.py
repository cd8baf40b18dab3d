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
  predicate ("called Zimbabwe's rule illegitimate": "rule" a compound on "illegitimate"), or
  the subject of a passive naming whose agent judges ("was described as a provocation by Seoul");
* :func:`hyphenated` — a hyphenated word the parser split ("a cover-up", "short-sighted");
* :func:`said_of` and :func:`extraposed` — what a stand-in subject is about: '"It is a declaration
  of war," he said of the raid', "it was unacceptable that Japan had sent troops";
* :func:`not_enough`, :func:`did_nothing`, :func:`failed_duty` — a subject said not to do enough,
  to have done nothing at a duty ("nothing to stop the attacks"), or to have failed at one;
* :func:`denied` / :func:`denies_approval` — a denied approval ("was not acceptable", "is not
  serious about the talks"), read as the pseudo-cue ``not_<word>``;
* :func:`misparsed_perfect` — "Iran had exaggerated battle reports" parsed with an adjective (with
  :func:`verb_forms`, the verb an adjective of a participle's form stands for);
* :func:`disapproval` — an actor said to be critical of, or angry with, another's act (111),
  disappointed with it (110) or pleased with it (051);
* :func:`sporting` — a sentence about sport, where no judgement is political.

Restraint stays where the stance machinery puts it: a judgement names its target only
through the owner of the judged thing (no owner, no event), never the speaker's own side,
not in a negated, conditional or questioned clause, and not under a verb of denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_list

#: nouns of an attempt whose "to"-infinitive names what is attempted: "an attempt to topple Arafat"
ATTEMPT_NOUNS = word_list("attempt_nouns")
#: what a speaker accuses another of attempting: "a bid to derail the talks" (an accusation, 112)
WRONGFUL_AIMS = word_list("wrongful_aims")
#: words that equate their subject with the noun of their "to"/"of"/"than" phrase: "tantamount to"
EQUATING = word_list("equating_words")
#: words of sport: a judgement in a sentence with one is of play, not politics
SPORT_WORDS = word_list("sport_words")
#: subjects that stand for what a "said of" phrase names: '"It is a declaration of war," he said of the raid'
STAND_INS = frozenset({"it", "this", "that"})
#: the pseudo-cue of ``stance_words.tsv`` that "an act of war" reads as
ACT_OF_WAR = "act_of_war"
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
                if pp.dep_ == "prep" and pp.lower_ in ("to", "of", "than", "but"):
                    out += [r for o in pp.children if o.dep_ == "pobj" for r in read(o)]
    if _lemma(pred) == "act" and any(_lemma(o) == "war" and not list(o.children)
                                     for pp in pred.children if pp.dep_ == "prep" and pp.lower_ == "of"
                                     for o in pp.children if o.dep_ == "pobj"):
        out.append([ACT_OF_WAR])  # "an act of war" (the frame "act of" would leave a bare "war")
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


def namer(v: Token, preds: list[Token] = ()) -> list[Token]:
    """The subject of a naming verb: its own ``nsubj``, the agent of a passive ("was
    described as a provocation by Beijing"), the subject of the verb a participle hangs on
    ("..., calling the move a provocation"), or, when the parser made the verb a reduced
    relative of the sentence's root noun ("A senior official called the rule illegitimate."
    with no verb at the root), that noun."""
    own = [c for c in v.children if c.dep_ == "nsubj"]
    if own:
        return own
    agents = [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if any(c.dep_ == "nsubjpass" for c in v.children):  # the agent parsed on the predicate: "a provocation by Seoul"
        agents += [o for p in preds for a in p.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"
                   for o in a.children if o.dep_ == "pobj"]
    if agents:
        return agents
    head = v.head
    if v.dep_ == "advcl" and v.tag_ == "VBG" and head.i < v.i and head.pos_ in ("VERB", "AUX"):
        # "China demanded that ..., calling its presence an infringement": the participle's speaker
        # is its verb's subject
        return [c for c in head.children if c.dep_ == "nsubj"]
    if v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < v.i \
            and v.tag_ in ("VBD", "VBN") and not any(c.dep_ == "nsubjpass" for c in v.children):
        return [head]
    return []


def named_object(v: Token, preds: list[Token]) -> list[Token]:
    """The judged thing of a naming verb ``v`` with no object: the subject of a passive
    ("Seoul's plan was described as a provocation by Pyongyang"), or what the parser hung on
    the predicate ("called Zimbabwe's rule illegitimate", "rule" a compound of "illegitimate")."""
    if not preds:
        return []
    passive = [c for c in v.children if c.dep_ == "nsubjpass"]
    if passive:
        return passive
    return [c for p in preds for c in p.children
            if c.dep_ in ("compound", "nmod", "poss") and c.i < p.i and c.pos_ in ("NOUN", "PROPN")]


def names_as(v: Token) -> bool:
    """Whether a naming verb ``v`` gives its object a predicate ("called Spain's prime minister
    corrupt", "called Kim a madman"), whatever the predicate: then "called" is no phone call (but
    "called his Australian counterpart, a veteran diplomat" is: an apposition describes whom)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" for c in v.children) or any(
        c.dep_ == "amod" and c.i > o.i and c.pos_ == "ADJ" for o in objs for c in o.children) or any(
        # "called Spain's prime minister stupid": a lower-case word read as a name, the object its compound
        o.pos_ == "PROPN" and o.text.islower() and any(c.dep_ in ("compound", "poss") for c in o.children)
        for o in objs)


def sporting(sent) -> bool:
    """Whether a sentence is about sport ("the coach said England's bowling was disgraceful")."""
    return any(t.lemma_.lower() in SPORT_WORDS or t.lower_ in SPORT_WORDS for t in sent)


def said_of(v: Token, subj: Token) -> list[Token]:
    """What a verb of saying says its clause is about, when the clause's subject only
    stands for it: '"It is a declaration of war," the minister said of the incursion' →
    [incursion]; [] for any other subject or no "of" phrase."""
    if subj.lower_ not in STAND_INS:
        return []
    return [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "of" for o in pp.children if o.dep_ == "pobj"]


#: adjectives of disapproval whose "of" phrase names what is disapproved of: "has been highly critical of X"
#: adjectives of a feeling about another's act, and (code, prepositions of what it is about): critical of X's
#: act (111), angry with X (111), disappointed with X's response (110), pleased with X's decision (051)
FEELINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{w: ("111", ("of",)) for w in word_list("disapproving_adjectives")},
    "angry": ("111", ("at", "with")), "furious": ("111", ("at", "with")),
    **{w: ("110", ("with", "at", "over", "by", "about")) for w in word_list("displeased_adjectives")},
    **{w: ("051", ("with", "by", "at")) for w in word_list("pleased_adjectives")},
}
DISAPPROVING = frozenset(FEELINGS)


def disapproval(coder, adj: Token, actors, unresolved: list, si: int, sent, article_id: str,
                conf: float = 0.7) -> list:
    """An actor said to be critical of another's act: "Australia has been highly critical of
    Indonesia's handling of the boat people" (111), subject to the owner of the "of" phrase
    (an "at"/"with" phrase for anger: "Japan was angry with Washington"). A negated, questioned
    or hypothetical predicate, one of the speaker's own side, or one that names no other actor
    gives nothing."""
    from .mood import verb_status
    from .patterns import Pattern
    from .statements import _actors_in, _owners, _unreal

    # "India was disappointed with ...": a participle the parser reads as a passive verb
    passive = adj.dep_ != "acomp" and adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children)
    be = adj if passive else adj.head
    word = adj.lower_ if passive else _lemma(adj)
    if (adj.dep_ != "acomp" and not passive) or word not in FEELINGS or be.pos_ not in ("AUX", "VERB") \
            or _negated(be) or _negated(adj) \
            or sent.text.rstrip().rstrip('"\'”').endswith("?") or sporting(sent) or _unreal(adj, be):
        return []
    code, preps = FEELINGS[word]
    things = [o for pp in adj.children if pp.dep_ in ("prep", "agent") and pp.lower_ in preps for o in pp.children
              if o.dep_ == "pobj"]
    if code != "111":
        # displeasure or approval is about someone's own act or the actor itself ("the U.S. decision",
        # "Pakistan's response", "with Washington"), not a topic ("pleased with the talks with China" is
        # an optimistic comment)
        things = [o for o in things if actors.actor_of(o) is not None and (
            o.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound", "amod", "nmod") and actors.actor_of(c) is not None
                                     for c in o.children))]
    if not things:
        return []
    p = Pattern(f"disapproval:{word}", code, "V", word, None, frozenset(), (), None, frozenset(),
                "", None, None)
    sources = coder._resolve([c for c in be.children if c.dep_ == ("nsubjpass" if passive else "nsubj")], actors,
                             unresolved, "source", si, sent, p, article_id)
    own = {a.country for a in sources}
    targets = _actors_in(coder, [t for o in things for t in _owners(o)], actors, own, adj, p)
    if not sources or not targets:
        return []
    return coder._pairs(p, sources, targets, verb_status(be, p, coder._day).status, code, conf)


def not_enough(x: Token) -> bool:
    """Whether a negated clause says its subject has not done enough: "Arafat has not done
    enough to stop the attacks", "was not doing enough" (a criticism, 111)."""
    return _lemma(x) == "do" and any(c.lower_ == "enough" and c.dep_ in ("dobj", "advmod", "npadvmod")
                                     for c in x.children) \
        and any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in x.children)


#: verbs of keeping one's word, and what one gives it to (see :func:`unkept`)
KEEPING_WORD = word_list("keeping_word")
UNDERTAKINGS = word_list("undertakings")


def unkept(x: Token) -> bool:
    """Whether a negated clause says its subject has not kept its word: "Japan had not fulfilled its
    promise", "has not lived up to the agreement", "did not abide by the accord" (a criticism, 111, as
    "failed to honour" is). Only for a verb of keeping whose object, or the object of its "up to", "by"
    or "with" phrase, is an undertaking."""
    if _lemma(x) not in KEEPING_WORD or not _negated(x):
        return False
    objs = [c for c in x.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for pp in x.children if pp.dep_ in ("prep", "prt") and pp.lower_ in ("to", "by", "with", "up")
        for o in [*pp.children, *(g for q in pp.children if q.dep_ == "prep" for g in q.children)]
        if o.dep_ == "pobj"]
    return any(_lemma(o) in UNDERTAKINGS for o in objs)


def extraposed(x: Token, subj: Token) -> list[Token]:
    """The subjects of the clause an expletive "it" stands for: "it was unacceptable that Japan
    had sent troops" → [Japan], "it is outrageous for Israel to occupy Arab land" → [Israel];
    [] for any other subject or no such clause."""
    if subj.lower_ != "it":
        return []
    heads = [x, *[c for c in x.children if c.dep_ in ("acomp", "attr")]]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "advcl")
               and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)]
    # (the subject of a passive is what was done to, not who did it: "it is regrettable that the envoy was killed")
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]


#: what an actor may be said to have failed to do as a duty: "Japan had failed to implement the accord"
DUTIES = word_list("duty_verbs")


def failed_duty(x: Token, subj: Token, actors) -> bool:
    """For a clause whose verb is "fail": whether an actor (the subject itself, not "the talks
    with Japan") failed at a duty named by the verb's own complement ("Pyongyang had failed to
    honour the accord", not "failed to win" nor "failed to provide any reason to prevent ...").
    Any other verb: True."""
    if _lemma(x) != "fail":
        return True
    return actors.at.get(subj.i) is not None and any(
        c.dep_ == "xcomp" and _lemma(c) in DUTIES and not _negated(c) for c in x.children)


def misparsed_perfect(x: Token) -> list[Token]:
    """The participle of a perfect the parser read as an adjective on the object: "Iran had
    exaggerated battle reports" parsed as "had [exaggerated battle reports]" → [exaggerated]."""
    if _lemma(x) != "have" or x.pos_ != "VERB" or x.i + 1 >= len(x.doc):
        return []
    nxt = x.doc[x.i + 1]
    # (tagged a participle, or an adjective of the participle's form: "had exaggerated reports of casualties")
    return [nxt] if (nxt.tag_ == "VBN" or nxt.tag_ == "JJ" and nxt.lower_.endswith("ed")) and nxt.dep_ == "amod" \
        and nxt.head.dep_ == "dobj" and nxt.head.head.i == x.i else []


def verb_forms(t: Token) -> list[str]:
    """The lemma of ``t`` and, for an adjective of a participle's form the tagger did not lemmatise as a verb,
    the verbs it may be the participle of: "exaggerated" → exaggerate, exaggerat; "falsified" → falsify."""
    low = t.lower_
    out = [_lemma(t)]
    if t.tag_ == "JJ" and low.endswith("ed"):
        out += [low[:-1], low[:-2]] + ([low[:-3] + "y"] if low.endswith("ied") else [])
    return out


def did_nothing(x: Token) -> bool:
    """Whether a clause says its subject did nothing or little at a duty: "Arafat had done
    nothing to stop the attacks", "has done little to rein in the militants" (a criticism, 111)."""
    if _lemma(x) != "do":
        return False
    objs = [o for o in x.children if o.dep_ == "dobj" and o.lower_ in ("nothing", "little")]
    aims = [c for h in [x, *objs] for c in h.children if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
            and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(objs) and any(_lemma(a) in DUTIES and not _negated(a) for a in aims)


#: approvals whose denial is a criticism: "the Israeli raid was not acceptable", "not justified"
APPROVALS = word_list("denied_approvals")
#: the prefix of the pseudo-cues of ``stance_words.tsv`` that a denied approval reads as ("not_acceptable")
DENIED = "not_"


def denied(pred: Token | None) -> list[list[str]]:
    """The pseudo-cue a denied approval reads as: "was not acceptable" → [["not_acceptable"]];
    [] for a predicate whose denial says nothing ("was not a violation" denies an accusation)."""
    if pred is None or _lemma(pred) not in APPROVALS:
        return []
    return [[DENIED + _lemma(pred)]]


def denies_approval(x: Token) -> bool:
    """Whether a negated copula clause denies an approval ("X's raid was not acceptable",
    "is not serious about peace"): its predicate is a word of ``denied_approvals``."""
    preds = [x] if x.pos_ == "ADJ" else [c for c in x.children if c.dep_ in ("acomp", "attr")]
    return _lemma(x) in ("be", "seem", "appear") or x.pos_ == "ADJ" if any(denied(p) for p in preds) else False
