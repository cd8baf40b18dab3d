"""Repairs of dependency parses that the small English model gets wrong in news copy in a way
that derails a whole sentence. Each repair is narrow and rewrites heads and labels in place,
after parsing and before the actors are read.

* :func:`visiting_title` — "Xi told visiting U.S. Secretary of State Antony Blinken that ...":
  the parser reads "visiting" as a verb whose object is the visitor, so the sentence's verb
  loses its object and its clause ("Putin met visiting Chinese President Xi" became Putin's
  visit to China), or its subject ("Visiting U.S. Secretary of State Antony Blinken met Xi" coded
  nothing). The participle is the visitor's modifier.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: premodifying participles that describe a person, which the parser takes for a verb of their own
_PERSON_PARTICIPLES = frozenset({"visiting"})
#: what the misread participle's clause may carry that belongs to the verb before it
_VERB_DEPS = frozenset({"ccomp", "prep", "advmod", "npadvmod", "advcl", "xcomp", "dative", "punct", "cc", "conj"})


def repair(doc: Doc) -> Doc:
    """Apply every repair to ``doc`` in place; returns it."""
    for t in doc:
        if t.lower_ in _PERSON_PARTICIPLES:
            visiting_title(t)
    return doc


def visiting_title(t: Token) -> bool:
    """Re-attach "told visiting X ..." so that X is the verb's object and "visiting" X's
    modifier; True when the parse was changed. Only when the participle directly follows a
    verb that governs it and its object is a name or title starting right after it."""
    v = t.head
    # "Visiting U.S. Secretary of State Antony Blinken met Xi": the visitor is the subject
    subject = t.dep_ == "csubj" and t.i == t.sent.start and v.i > t.i and v.pos_ in ("VERB", "AUX")
    if not subject and (t.dep_ not in ("xcomp", "advcl", "ccomp", "conj") or v.i != t.i - 1
                        or v.pos_ not in ("VERB", "AUX")):
        return False
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return False
    obj = objs[0]
    if obj.pos_ != "PROPN" or obj.left_edge.i != t.i + 1 or (subject and obj.right_edge.i != v.i - 1):
        return False
    if any(c.dep_ == ("nsubj" if subject else "dobj") for c in v.children):
        return False  # the verb has an object of its own: "gave visiting ... a tour" is not this
    moved = [c for c in t.children if c.i != obj.i and c.dep_ in _VERB_DEPS and c.i > obj.i]
    obj.head = v
    obj.dep_ = "nsubj" if subject else "dobj"
    for c in moved:
        c.head = v
    t.head = obj
    t.dep_ = "amod"
    t.pos_ = "ADJ"
    t.tag_ = "JJ"
    return True
