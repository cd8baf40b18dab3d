"""Military operations short of a named attack (session 10): retreats, hand-overs and flights of
armed forces, told by verbs that other subjects use in other senses.

"Local forces have pulled out", "Taliban fighters fled the town", "the militia handed over the
province to tribal elders" are retreats (CAMEO 0874) because armed forces do them; "the party
pulled out", "thousands fled the fighting", "Britain handed over the town to its new owners" are
not. A pattern flagged ``troops`` is the reading of its trigger for such a subject: when every
source is an armed force it stands in place of the trigger's other patterns that are no more
specific ("Taliban forces evacuated Kandahar" is no evacuation of people; "Iraqi troops abandoned their
positions" keeps its own, more specific pattern), and it is dropped otherwise.
Without an object list of its own it is the verb used alone ("forces withdrew", "fighters
fled", "fled the town"): an object other than a place is another sense ("the rebels withdrew their
demand").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Actor
from .patterns import Pattern
from .rules import AREAS, HELD
from .slots import TROOP_BODIES
from ..lexicon import word_list

#: sectors of armed forces and armed groups (an international militant group is one too; police
#: and unidentified gunmen, who "fled the scene", are not an army giving up ground)
TROOP_SECTORS = frozenset({"MIL", "REB", "INS", "IMG", "SEP"})
#: the ground armed forces leave: "fled the battlefield", "abandoned the town", "evacuated their positions"
GROUND = HELD | AREAS | word_list("yielded_ground")


def _troop_subject(h: Token) -> bool:
    """A subject that names an armed body: "forces", "fighters", "the army", or an armed
    group by its name ("the Taliban"), or a number of them ("hundreds of Taliban fighters")."""
    if h.pos_ in ("NUM", "NOUN", "PRON") and h.lemma_.lower() not in TROOP_BODIES:
        counted = [t for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of"
                   for t in pp.children if t.dep_ == "pobj"]
        if counted:
            return all(_troop_subject(t) for t in counted)
    return h.pos_ == "PROPN" or h.lemma_.lower() in TROOP_BODIES


def _other_object(v: Token) -> bool:
    """Whether ``v`` has an object that is neither ground forces leave nor the forces: "surrendered the
    lead", "withdrew their demand" (but "surrendered Kandahar", "fled the town", "pulled its troops out")."""
    # (an "object" far behind the verb's adverbials is the parser's guess: "surrendered last week in the
    # town followin a government offensive")
    return any(c.pos_ != "PROPN" and c.lemma_.lower() not in GROUND | TROOP_BODIES and 0 < c.i - v.i <= 4
               for c in v.children if c.dep_ == "dobj")


def troop_readings(v: Token, matches: list[tuple[Pattern, Token | None]], sources: list[Actor],
                   src_heads: list[Token]) -> list[tuple[Pattern, Token | None]]:
    """``matches`` with the ``troops`` patterns first when armed forces act, else without them; and
    without a retreat told by the verb alone ("surrender", "retreat") when its object is no ground:
    "Australia surrendered the lead" is a game's, not a war's."""
    if _other_object(v):
        matches = [(p, o) for p, o in matches if not (p.code == "0874" and not p.objects)]
    if not any("troops" in p.flags for p, _ in matches):
        return matches
    # the verb's own subject ("fighters who fled" too), not one inherited from afar ("troops are scouring the
    # hills for loyalists, believed to be fleeing")
    # ... or of the verb it is a complement or conjunct of ("began to flee", "regrouped and fled")
    own_subject = all(h.head.i == v.i or v.head.i == h.i or (v.dep_ in ("xcomp", "conj") and h.head.i == v.head.i)
                      for h in src_heads)
    troops = bool(sources) and bool(src_heads) and own_subject and all(
        a.sector in TROOP_SECTORS for a in sources) and all(_troop_subject(h) for h in src_heads)
    if troops:
        own = [(p, o) for p, o in matches if "troops" in p.flags]
        if not own:
            return [(p, o) for p, o in matches if "troops" not in p.flags]
        # ... in place of the trigger's other patterns that are no more specific
        return [(p, o) for p, o in matches if "troops" not in p.flags and p.specificity > own[0][0].specificity] + own
    return [(p, o) for p, o in matches if "troops" not in p.flags]


#: what people do in a place that makes them whom an attack on the place is aimed at: "caves where
#: al Qaeda fighters were hiding", "the house in which the gunmen were holed up"
SHELTERING = word_list("sheltering")


def _shelter_clauses(h: Token) -> list[Token]:
    """The relative clauses on ``h`` (or on the thing of ``h``: "the network of caves where ...")
    that say who shelters there: introduced by "where" or "in which", the verb (or its
    complement: "where bin Laden was believed to be hiding") one of sheltering."""
    nouns = [h] + [t for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of" for t in pp.children
                   if t.dep_ == "pobj"]
    out = []
    for n in nouns:
        for r in n.children:
            if r.dep_ != "relcl":
                continue
            where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in r.children) or any(
                c.dep_ == "prep" and c.lower_ in ("in", "inside") and any(x.lower_ == "which" for x in c.children)
                for c in r.children)
            verbs = [r] + [x for x in r.children if x.dep_ == "xcomp"]
            if where and any(x.lemma_.lower() in SHELTERING for x in verbs):
                out.append(r)
    return out


def dwellers(heads: list[Token], actors, own: set[str]) -> list[Actor]:
    """Whom an attack on a place is aimed at when the place is told by who shelters there: "US
    planes attacked caves where al Qaeda fighters were hiding" (the fighters, not the caves)."""
    return [a for h in heads for r in _shelter_clauses(h)
            for s in r.children if s.dep_ in ("nsubj", "nsubjpass")
            for t in [s, *s.conjuncts] for a in actors.actors_of(t) if a.code not in own][:2]


#: what befalls a side's people in a fight: "an exchange of gunfire in which two Japanese sailors were
#: injured" names the Japanese as one side of it
WOUNDING = word_list("wounding")


def hit_in(n: Token) -> list[Token]:
    """The people a relative clause on the fight noun ``n`` says were killed or hurt in it ("in
    which", "during which"): a side of the fight, when the fight names none."""
    return [s for r in n.children if r.dep_ == "relcl" and r.lemma_.lower() in WOUNDING and any(
                c.dep_ == "prep" and c.lower_ in ("in", "during") and any(x.lower_ == "which" for x in c.children)
                for c in r.children)
            for s in r.children if s.dep_ in ("nsubjpass", "nsubj") and s.lower_ not in ("which", "that")]
