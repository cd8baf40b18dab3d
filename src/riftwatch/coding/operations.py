"""Military operations short of a named attack (session 10): retreats, hand-overs and flights of
armed forces, told by verbs that other subjects use in other senses.

"Local forces have pulled out", "Taliban fighters fled the town", "the militia handed over the
province to tribal elders" are retreats (CAMEO 0874) because armed forces do them; "the party
pulled out", "thousands fled the fighting", "Britain handed over the town to its new owners" are
not. A pattern flagged ``troops`` is the reading of its trigger for such a subject: it is tried
before the trigger's other patterns when every source is an armed force, and dropped otherwise.
Without an object list of its own it is the verb used alone ("forces withdrew", "fighters
fled", "fled the town"): an object other than a place is another sense ("the rebels withdrew their
demand").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Actor
from .patterns import Pattern
from .rules import AREAS, HELD
from .words import word_list

#: sectors of armed forces and armed groups (an international militant group is one too; police
#: and unidentified gunmen, who "fled the scene", are not an army giving up ground)
TROOP_SECTORS = frozenset({"MIL", "REB", "INS", "IMG", "SEP"})
#: the nouns that name armed forces as a body
TROOP_BODIES = word_list("troop_bodies")


def _troop_subject(h: Token) -> bool:
    """A subject that names an armed body: "forces", "fighters", "the army", or an armed
    group by its name ("the Taliban"), or a number of them ("hundreds of Taliban fighters")."""
    if h.pos_ in ("NUM", "NOUN", "PRON") and h.lemma_.lower() not in TROOP_BODIES:
        counted = [t for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of"
                   for t in pp.children if t.dep_ == "pobj"]
        if counted:
            return all(_troop_subject(t) for t in counted)
    return h.pos_ == "PROPN" or h.lemma_.lower() in TROOP_BODIES


def troop_readings(v: Token, matches: list[tuple[Pattern, Token | None]], sources: list[Actor],
                   src_heads: list[Token]) -> list[tuple[Pattern, Token | None]]:
    """``matches`` with the ``troops`` patterns first when armed forces act, else without them."""
    troops = bool(sources) and bool(src_heads) and all(a.sector in TROOP_SECTORS for a in sources) and all(
        _troop_subject(h) for h in src_heads)
    if troops:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        own = [(p, o) for p, o in matches if "troops" in p.flags and (p.objects or not any(
            c.pos_ != "PROPN" and c.lemma_.lower() not in HELD | AREAS for c in objects))]
        return own + [(p, o) for p, o in matches if "troops" not in p.flags]
    return [(p, o) for p, o in matches if "troops" not in p.flags]
