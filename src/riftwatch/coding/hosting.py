"""A gathering said to be hosted by someone: "Israel, the UAE and Bahrain signed the accords at the
White House in a ceremony hosted by President Trump", "the two sides met at a summit hosted by
Egypt", "Hamas and Israel held indirect talks hosted by Qatar". The host hosts those who gather
(043), or, for talks, mediates between them (045, as "Qatar hosted talks between Hamas and
Israel" is coded by the verb patterns).

Those who gather are the ones the gathering names ("talks between X and Y hosted by Z") or the
subjects of the verb the gathering belongs to ("X and Y signed ... in a ceremony hosted by Z",
"X held talks hosted by Z"). The host itself is no guest.
"""

from __future__ import annotations

from spacy.tokens import Token

from .mood import verb_status
from .patterns import Pattern
from .rules import _as_place
from .slots import SUBJ, children, conjuncts
from ..lexicon import word_list

#: gatherings someone may host (a participle "hosted by X" on one of these names its host)
GATHERINGS = word_list("s16_gatherings")
#: gatherings whose host mediates between those who gather
NEGOTIATIONS = frozenset({"talk", "negotiation", "dialogue", "mediation"})
#: verbs whose object is the gathering those who hold or attend it take part in
_TAKING_PART = frozenset({"hold", "attend", "join", "open", "conclude", "resume", "begin", "start"})


def _participants(n: Token, actors) -> list[Token]:
    """The heads of those who take part in the gathering ``n``."""
    named = [h for pp in n.children if pp.dep_ == "prep" and pp.lower_ in ("between", "among")
             for t in children(pp, "pobj") for h in conjuncts(t, actors)]
    if named:
        return named
    x = n
    if x.dep_ == "dobj" and x.head.lemma_.lower() in _TAKING_PART:
        verb = x.head
    else:
        # "signed the accords at the White House in a ceremony hosted by X": up the chain of phrases
        while x.dep_ == "pobj" and x.head.dep_ == "prep":
            x = x.head.head
        verb = x if x is not n and x.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return []
    return [h for s in children(verb, *SUBJ) for h in conjuncts(s, actors)]


def hosted_gathering(coder, v: Token, actors, unresolved: list, si: int, sent, article_id: str,
                     conf: float = 0.7) -> list:
    """Events of a participle "hosted by X" on a gathering noun: X → each participant, 043
    (045 for talks); of "attended by X" on a gathering held abroad: X → the place, 042. Nothing
    when the host, the participants or the place are unknown."""
    if v.tag_ != "VBN" or v.dep_ not in ("acl", "advcl") or v.lemma_.lower() not in ("host", "attend"):
        return []
    n = v.head
    if v.dep_ == "advcl":  # "told a conference in Tokyo on Monday attended by ...": the parser hangs the
        # participle on the verb whose object the gathering is
        n = next((o for o in children(v.head, "dobj") if o.i < v.i and o.lemma_.lower() in GATHERINGS), v)
    lemma = n.lemma_.lower()
    if lemma not in GATHERINGS:
        return []
    hosts = [h for by in v.children if by.dep_ == "agent" for t in children(by, "pobj") for h in conjuncts(t, actors)]
    if v.lemma_.lower() == "attend":
        # "told a conference in Tokyo attended by Ukraine's prime minister": those who attend a
        # gathering abroad visit the place where it is held
        guests = [t for pp in n.children if pp.dep_ == "prep" and pp.lower_ in ("in", "at") for t in children(pp, "pobj")
                  if t.pos_ == "PROPN"]
        code = "042"
    else:
        guests = _participants(n, actors)
        code = "045" if lemma in NEGOTIATIONS else "043"
    if not hosts or not guests:
        return []
    p = Pattern(f"{v.lemma_.lower()}ed_by:{lemma}", code, "V", v.lemma_.lower(), None, frozenset(), (), None, frozenset(), "", None, None)
    sources = coder._resolve(hosts, actors, unresolved, "source", si, sent, p, article_id)
    own = {a.country for a in sources}
    targets = [a for a in coder._resolve(guests, actors, unresolved, "target", si, sent, p, article_id)
               if a.country not in own]
    if not sources or not targets:
        return []
    gov = n.head.head if n.dep_ == "pobj" else n.head  # the verb the gathering belongs to says when
    while gov.dep_ == "pobj" and gov.head.dep_ == "prep":
        gov = gov.head.head
    status = verb_status(gov if gov.pos_ in ("VERB", "AUX") else v, p, coder._day).status
    return coder._pairs(p, sources, targets, status, code, conf)


#: the kinds of actor a "visiting" guest is: a person, an office or a body of a state, never a place
_GUESTS = frozenset({"person", "titled", "title", "sector", "org"})


def visiting_guest(coder, v: Token, actors, unresolved: list, si: int, sent, article_id: str,
                   conf: float = 0.6) -> list:
    """A guest the text calls "visiting", in a clause that names the host: "Deng told visiting U.S.
    Secretary of State George Shultz ...", "Xi met visiting Japanese Prime Minister Kishida" (the
    guest's state → the host's, 042; the host → the guest, 043). The guest is the actor the words
    after "visiting" name; the host is the clause's subject, or, when the guest is the subject
    ("Visiting Japanese Prime Minister Kishida met Biden"), whom the clause's verb reaches. Nothing
    when either is unknown or both are of one state."""
    if v.lower_ != "visiting" or v.i + 1 >= len(v.doc):
        return []
    guest = None
    for t in v.doc[v.i + 1:min(v.i + 8, sent.end)]:  # "visiting Chinese Foreign Minister Wang Yi": the whole name
        if t.pos_ not in ("PROPN", "ADJ", "NOUN") and t.lower_ != "of" or t.dep_ == "poss":
            break
        a = actors.actor_of(t)
        if a is not None and a.kind in _GUESTS:
            guest = (t, a)
    if guest is None or guest[1].country is None or guest[1].kind not in _GUESTS or (guest[1].sector in (
            None, "CVL", "BUS", "EDU", "MED", "REL", "SPY") and guest[1].kind not in ("person", "titled")):
        return []  # (an office or body of the state, or a named person: not "visiting Chinese students")
    gov = v.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    subjects = children(gov, *SUBJ)
    if any(v.i in {t.i for t in s.subtree} for s in subjects):
        # the guest is the subject: the host is whom the verb reaches
        heads = children(gov, "dobj") + [o for pp in gov.children if pp.dep_ == "prep" and pp.lower_ == "with"
                                         for o in children(pp, "pobj")]
        heads += [o for d in children(gov, "dobj") if d.lemma_.lower() in ("talk", "talks", "meeting")
                  for pp in d.children if pp.dep_ == "prep" and pp.lower_ == "with" for o in children(pp, "pobj")]
    else:
        heads = subjects
    p = Pattern("visiting_guest", "042", "V", "visit", None, frozenset(), (), None, frozenset(), "", None, None)
    hosts = [a for a in coder._resolve(heads, actors, unresolved, "target", si, sent, p, article_id)
             if a.country is not None and a.country != guest[1].country and a.kind in (
                 "country", "capital", "person", "titled", "title", "org") and a.sector not in ("CVL", "BUS")]
    if not hosts:
        return []
    hosted = Pattern("visiting_guest+host", "043", "V", "host", None, frozenset(), (), None, frozenset(), "", None,
                     None)
    # the guest visits the host's state (042), and the host hosts the guest (043), as "visited" and "hosted" say
    return coder._pairs(p, [guest[1]], [_as_place(hosts[0])], "asserted", "042", conf) + coder._pairs(
        hosted, hosts[:1], [guest[1]], "asserted", "043", conf)

