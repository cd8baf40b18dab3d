"""Session 10: stated intents and threats the coder reached only in part (CAMEO 03 and 13). The coder
(:meth:`.coder.Coder._said`, ``_code_noun``) asks these helpers; the patterns are the ``s10_intent_*`` rows of
``data/patterns/verbs_*.tsv``.

* :func:`braced`, :func:`aggressors` — a state's or an armed side's readiness or resolve to meet
  aggression still to come ("is ready to respond to any Indian attack", "would combat any foreign
  intervention"): a threat of force (138) at the aggressor a modifier names, else (the English aims it
  at whoever attacks) with an unknown target.
* :func:`vowed_force`, :func:`retaliation` — force or retaliation explicitly vowed with no victim named
  ("Hamas vowed to continue attacks", "Israel vowed to retaliate"): 138 at whoever struck the source in
  the sentences before, else with an unknown target; a mere future is not enough.
* :func:`planned_meeting`, :func:`met_intent` — a meeting between two sides that is scheduled, due, set
  or to be held ("talks between X and Y have been arranged", "are due to be held"): not yet held (a
  prediction), and the sides' intent to meet (036 both ways); one others expect is a forecast only.
* :func:`code_of` — a hostile step still to come ("would take action against X") threatens (130).
* :func:`offered_gerund` — "repeated his offer of holding talks with X" (as "his offer of talks").
* :func:`nearing` — "close to attacking X" is an assessment, no one's threat ("close to signing a deal"
  is an intent: :func:`.slots.committed_to`).
* Restraints: :func:`recalled` (an intent said long ago is history), :func:`doubted` (a resolve the
  sentence doubts or denies is no one's intent).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Actor
from .mood import RETALIATING, Mood, historical, lemma, said_kind  # (retaliation is aimed at whoever struck first)
from .patterns import Pattern
from .rules import ARMED, _state_side
from .slots import NEARING, infinitive
from ..lexicon import word_list

#: the other side's acts of force a state braces against ("ready to face any attack")
AGGRESSION = word_list("s10_aggression")
#: what makes an aggression anyone's: "any attack", "foreign intervention", "external aggression"
ANYONES = word_list("s10_anyones")
#: the verbs that explicitly vow or threaten the act they govern ("vowed to continue attacks")
VOWING = word_list("s10_vowing")
#: passive verbs of scheduling whose subject, an event noun, is still to come ("talks have been arranged")
SCHEDULING = word_list("s10_scheduling")


def _armed_or_state(sources: list[Actor]) -> bool:
    return bool(sources) and all(_state_side(a) or a.sector in ARMED for a in sources)


def aggression_heads(v: Token, p: Pattern) -> list[Token]:
    """The nouns that name what the verb of ``p`` meets: its object and the objects of the
    prepositions its particle and target slots name ("respond *to* any attack", "defend itself
    *against* any aggression"), there or on the object."""
    preps = {s[5:] for s in p.target if s.startswith("prep:")} | ({p.particle} if p.particle else set())
    heads = [c for c in v.children if c.dep_ == "dobj"]
    # ... on the verb or on its object ("give a befitting reply *to* any aggression")
    heads += [o for x in [v, *heads] for c in x.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
              for o in c.children if o.dep_ == "pobj"]
    return heads


def braced(v: Token, p: Pattern, mood: Mood, sources: list[Actor]) -> list[Token]:
    """The aggression an unrealised resistance whose slots named no one braces against, when it is
    still a threat of force: the object is an aggression of anyone ("any attack", "foreign
    intervention", "any Indian attack": see :func:`aggressors`), the source a state or an armed
    side, and the act is promised (not negated). Empty when it is not."""
    if "unrealised" not in p.flags or p.code[:2] not in ("15", "19") or mood.negated \
            or not _armed_or_state(sources):
        return []
    return [h for h in aggression_heads(v, p) if lemma(h) in AGGRESSION and any(
        c.dep_ in ("det", "amod") and c.lower_ in ANYONES for c in h.children)]


def aggressors(heads: list[Token], actors, own: set[str | None]) -> list[Actor]:
    """The side an aggression braced against names with a modifier ("any Indian attack", "any
    attack by India" is the slots'), other than the source's own."""
    return [a for h in heads for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss")
            for a in actors.actors_of(c) if a.country not in own][:2]


def vowed_force(p: Pattern, mood: Mood, sources: list[Actor], retaliating: bool = False) -> bool:
    """Whether force whose victims are unnamed (flag ``unknown_target``, or retaliation with no one
    named: ``retaliating``) is explicitly vowed or threatened by a state or an armed side: "Hamas
    vowed to continue attacks", "Israel vowed to retaliate" (138, aimed at no one named); a mere
    future ("troops will continue operations") is not."""
    return ("unknown_target" in p.flags or retaliating) and mood.status == "intent" and mood.via in VOWING \
        and not mood.negated and _armed_or_state(sources)


def retaliation(v: Token, p: Pattern) -> bool:
    """Whether the verb says retaliation itself, with no one named: "vowed to retaliate", "will hit
    back", "threatened to strike back" (an act of force, the pattern's root 19)."""
    lem = lemma(v)
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in v.children)
    return p.code[:2] == "19" and (lem in RETALIATING or (back and lem in ("hit", "strike")))


def recalled(v: Token, mood: Mood, day) -> bool:
    """The saying or promising of an intent is itself history: "In 1950 China offered to hold talks
    with India" is no intent of this news (the governing verb carries the old date)."""
    gov = v.doc[mood.clause] if mood.clause >= 0 else v
    return gov.i != v.i and historical(gov, day)


def planned_meeting(n: Token, p: Pattern) -> str | None:
    """How a meeting noun that is a clause's subject is still to come: ``nominal:planned`` when it is
    scheduled ("talks between X and Y have been arranged", "a meeting is scheduled for Sunday", "talks
    are due to be held", "talks are to resume"), ``expected`` when someone expects it ("talks are
    expected to resume", "are likely to be held"); None when it is not so governed, or negated."""
    g = n.head
    if p.code[:2] != "04" or n.dep_ not in ("nsubj", "nsubjpass") or g.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "neg" for c in g.children):
        return None
    if g.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in g.children):
        return None  # "talks were due to be held on Monday" (and may have been called off): a past plan
    if n.dep_ == "nsubjpass" and lemma(g) in SCHEDULING:
        return "nominal:planned"
    if n.dep_ == "nsubjpass" and lemma(g) == "expect":
        return "expected"  # "talks are expected to resume": a forecast, no one's intent
    if lemma(g) != "be":
        return None
    for c in g.children:
        if c.dep_ in ("acomp", "xcomp", "attr") and any(x.dep_ in ("xcomp", "prep") for x in c.children) \
                and (lemma(c) in SCHEDULING or c.lower_ in DUE):
            return "nominal:planned"  # "talks are due to be held", "are set to resume"
        if c.dep_ in ("acomp", "xcomp") and c.lower_ in ("expected", "likely") and any(
                x.dep_ in ("xcomp", "prep") for x in c.children):
            return "expected"  # "talks are expected to resume": a forecast, no one's intent
        if c.dep_ == "xcomp" and infinitive(c) and c.i == g.i + 2:
            return "nominal:planned"  # "talks are to resume on Monday"
    return None


#: adjectives of a copula that schedule its subject: "talks are due to be held"
DUE = frozenset({"due", "set", "scheduled", "slated"})


def met_intent(n: Token, mood: Mood) -> bool:
    """Whether a meeting between two sides that is still to come ("talks between X and Y will be
    held next week", "... have been arranged") is said as both sides' intent to meet (036): a
    plain future or a scheduled meeting, not a hypothetical, a forecast of others, or a question."""
    if mood.negated or mood.status != "prediction" or mood.via not in ("future", "nominal:planned"):
        return False
    return said_kind(n, mood) == "commit"


def code_of(p: Pattern, mood: Mood) -> str:
    """The threat a hostile step still to come makes (a pattern of root 13 flagged ``unrealised``):
    its own code, as the mood read it (a trade sense already applied)."""
    return mood.code if mood.code[:2] == "13" else p.code


def offered_gerund(n: Token, offers, renewing, light) -> Token | None:
    """The offer noun of a meeting offered with a light verb's gerund and repeated or renewed:
    "Musharraf repeated his offer of holding talks with X" (as "his offer of talks", an intent, 036)."""
    g = n.head
    if n.dep_ != "dobj" or g.tag_ != "VBG" or g.dep_ != "pcomp" or lemma(g) not in light:
        return None
    prep = g.head
    offer = prep.head
    if prep.lower_ not in ("of", "for") or offer.dep_ != "dobj" or lemma(offer) not in offers \
            or lemma(offer.head) not in renewing:
        return None
    return offer


def nearing(gov: Token) -> bool:
    """The governor of an act still to come is a copula's "close"/"near" ("is close to attacking
    Iran"): how near the act is, which says an agreement is being reached, but no one's threat."""
    return lemma(gov) in NEARING and gov.dep_ == "acomp"


#: a stated resolve (a session-10 promise noun, :data:`.slots.PROMISE_NOUNS`) ...
MINDS = word_list("s10_minds")
#: ... and the words that doubt it rather than report it ("doubted Pakistan's determination to ...")
DOUBTING = word_list("s10_doubting")


def doubted(v: Token, mood: Mood) -> bool:
    """A resolve that the sentence doubts, questions or denies rather than reports:
    "India doubted Pakistan's determination to crack down", "questions about Iran's determination to
    talk" (a promise or offer made stays made: "dismissed Arafat's promise to ...")."""
    if mood.clause < 0:
        return False
    n = v.doc[mood.clause]
    if n.pos_ != "NOUN" or lemma(n) not in MINDS:
        return False
    g = n.head.head if n.dep_ == "pobj" else n.head  # "doubts *about* Iran's readiness": the word the phrase is on
    return lemma(g) in DOUBTING
