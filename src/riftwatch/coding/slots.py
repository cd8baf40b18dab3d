"""Where the actors of an event stand in the parse: subjects (own, shared with a
governing verb, the noun a relative clause hangs on), the slots a pattern names
(object, indirect object, a preposition's object), and targets named inside a
complement clause.

Everything here works on tokens and returns tokens; turning a token into an
actor is the resolver's job (:mod:`riftwatch.actors.resolver`). Tokens are
compared by ``.i``, never by identity.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import DOCUMENTS, DocActors
from ..models import Actor
from ..lexicon import word_list
from ..nlp.repairs import WEEKDAYS

SUBJ = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
#: words that are never an actor of their own, whatever the parser says
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
#: first-person pronouns: in a quotation, the speaker
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})


def children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def conjuncts(t: Token, actors: DocActors | None = None) -> list[Token]:
    """``t`` and the tokens coordinated with it ("Seoul and Tokyo"). With ``actors``, a
    list the parser hung as an apposition ("Mordor, the Shire, Arnor and Bree": the
    Shire as an apposition of Mordor) counts as coordination when both are names of
    different states or organisations (a real apposition describes: "Seoul, the South
    Korean capital")."""
    out = [t]
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _opens_clause(c):
            out.extend(conjuncts(c, actors))
        elif c.dep_ == "appos" and actors is not None and _listed(t, c, actors):
            out.extend(conjuncts(c, actors))
    return out


def _opens_clause(c: Token) -> bool:
    """A conjunct that is really the subject of the next clause: "air strikes against the
    Houthis and Trump warned Iran" (the parser joins "Trump" to "Houthis" and "warned" to
    the first verb, leaving it no subject)."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and nxt.dep_ == "conj" and nxt.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(x.dep_ in SUBJ or x.dep_ == "nsubjpass" for x in nxt.children)


def _listed(t: Token, c: Token, actors: DocActors) -> bool:
    if c.pos_ != "PROPN":
        return False
    a, b = actors.actor_of(t), actors.actor_of(c)
    named = ("country", "capital", "org", "demonym")
    return a is not None and b is not None and a.kind in named and b.kind in named and a.code != b.code


#: verbs whose subject says what their clausal complement reports
REPORTING = frozenset({"say", "announce", "tell", "state", "claim", "insist", "declare", "confirm", "add", "warn",
                       "vow", "promise", "threaten", "pledge", "stress", "reiterate", "indicate", "report", "deny",
                       "assert", "argue", "note", "signal", "affirm", "acknowledge", "admit", "explain", "reply",
                       "respond", "emphasize", "emphasise", "maintain", "suggest", "agree", "decide", "hope"})


def speaker_antecedent(pron: Token, actors: DocActors) -> list[Actor]:
    """The speaker a pronoun in reported speech stands for: "Japan said *it* would ...",
    "the rebels said *they* will ...", "Xi said *he* was ...", and in a quotation
    ""*We* will not accept this," the minister said"."""
    t = pron.head
    while t.dep_ in ("conj", "xcomp", "aux") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("ccomp", "parataxis") or t.head.lemma_.lower() not in REPORTING:
        return []
    for subj in children(t.head, "nsubj"):
        if subj.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
            subj = t.head.head  # "the Israeli military, which said it had struck ...": the one who said it
        if subj.pos_ == "PRON":
            return []
        lower = pron.lower_
        # "Norway, Ireland and Spain said they would ...": a plural pronoun is every conjunct
        heads = conjuncts(subj, actors) if lower in ("they", "them", "their", "we", "us", "our") else [subj]
        found = [a for h in heads for a in (actors.actors_of(h) or [
            a for a in [actors.sector_only(h)] if a is not None])]
        if lower in ("he", "she", "him", "his", "her", "i", "me", "my"):
            found = [a for a in found if a.kind in ("person", "titled")]
        elif lower in ("it", "its"):
            found = [a for a in found if a.kind not in ("person", "titled")]
        if found:
            return found
    return []


#: verbs whose subject is the one speaking in a story's run of attributions (a pronoun that
#: says something next continues that speaker): "..., traders said. They said ..."
SPEAKING = REPORTING | frozenset({"recommend", "propose", "urge", "predict", "estimate", "forecast", "comment",
                                  "describe", "quote", "disclose", "reveal", "complain", "concede", "expect"})


def last_speaker(pron: Token, actors: DocActors) -> list[Actor] | None:
    """Whom a pronoun that says something ("They said ...", "He added ...", "It also said")
    continues: the subject of the nearest earlier verb of saying in this or the previous two
    sentences, followed back through pronouns ("The panel recommended ... It suggested ...
    It said"). The speaker's actors, [] when that speaker is no actor ("Finance Ministry
    sources said ... But they added": unknown sources, not the state last named), None when
    no earlier speaker is found (the caller falls back to the nearest antecedent)."""
    v = pron.head
    if pron.dep_ != "nsubj" or v.lemma_.lower() not in SPEAKING:
        return None
    doc = pron.doc
    sents = list(doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
    lo = sents[max(0, k - 2)].start
    person = pron.lower_ in ("he", "she")
    for t in reversed(doc[lo:pron.i]):
        if person and t.dep_ == "ROOT" and t.i < sents[k].start and t.lemma_.lower() not in SPEAKING and any(
                s.pos_ == "PROPN" and actors.actors_of(s) for s in children(t, "nsubj")):
            return None  # "Lubbers says ... Mr Ruddock rejected that criticism. '...,' he said": a named
            # person who acted since the last one spoke is the nearer antecedent
        if t.lemma_.lower() not in SPEAKING or t.pos_ not in ("VERB", "AUX") or t.i == v.i:
            continue
        if t.dep_ not in ("ROOT", "parataxis") and not (t.dep_ == "conj" and t.head.dep_ == "ROOT"):
            continue  # a reported clause's own verb ("... said Iran had warned ...") is no new speaker
        subj = children(t, "nsubj")
        if not subj:
            continue
        # the subject next to the verb: "X informed Y ..., diplomatic sources said" (a parser
        # may give the verb both)
        s = min(subj, key=lambda x: abs(x.i - t.i))
        if s.pos_ == "PRON" or s.lower_ in PRONOUNS:
            if s.lower_ in FIRST_PERSON or (s.lower_ in ("he", "she")) != person:
                return None
            continue  # the same speaker again: follow it further back
        plural = s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children)
        if plural != (pron.lower_ == "they"):
            return None  # "traders said ... He said": someone else; "It" after "Baker said"
        found = actors.actors_of(s) or [a for a in [actors.sector_only(s)] if a is not None]
        if person and s.pos_ == "PROPN" and not found:
            return []  # an unknown named person ("Goran Paulson said. He said ...")
        return found
    return None


def is_passive(v: Token) -> bool:
    """A passive verb, or a bare participle coordinated with one ("troops had been killed or
    captured": the captured were captured too)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return True
    return v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i < v.i and v.head.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "aux", "dobj") for c in v.children) and any(c.dep_ == "auxpass" for c in v.head.children)


def agents(v: Token) -> list[Token]:
    """The ``by`` phrase of a passive: "was criticized by France" (also when the parser hangs it on
    the passive's "with" phrase: "was hit with new sanctions by the European Union")."""
    found = [a for agent in children(v, "agent") for a in children(agent, "pobj")]
    if not found and any(c.dep_ == "auxpass" for c in v.children):
        found = [a for w in v.children if w.dep_ == "prep" and w.lower_ == "with" for o in children(w, "pobj")
                 for by in o.children if by.dep_ == "prep" and by.lower_ == "by" for a in children(by, "pobj")]
    return found


#: verbs whose prepositional object does what their infinitive says ("called on X to ...")
#: participles of commitment whose "to" takes a gerund: "is committed to opening its markets"
COMMITTED = frozenset({"committed", "commit", "dedicated", "dedicate", "pledged"})


def committed_to(g: Token) -> bool:
    """Whether ``g``, the head of a "to" taking a gerund, commits its subject to that act: "is
    committed to opening its markets", or (session 10) a copula's "close"/"near": "are close to
    signing a deal" (not yet signed: an intent; but "came close to war" did not come to it)."""
    lem = g.lemma_.lower()
    return lem in COMMITTED or (lem in NEARING and g.dep_ == "acomp" and g.head.lemma_.lower() == "be")


#: a copula's adjectives whose "to" takes the gerund of an act still to come: "are close to signing"
NEARING = frozenset({"close", "near"})
#: nouns of a commitment whose "to"-infinitive their owner is to carry out ("Arafat's promise to end
#: the attacks", "a pledge by Seoul to send troops"), with the verb that says the same
PROMISE_NOUNS = {"promise": "promise", "pledge": "pledge", "vow": "vow", "offer": "offer", "threat": "threaten",
                 "commitment": "commit", "undertaking": "undertake",
                 # session 10: a stated resolve ("reaffirmed its determination to fight X"; a readiness or
                 # willingness signalled is the patterns' 030; a "plan" is as often another's account of a policy)
                 "determination": "determined"}
#: ... and of a refusal: "Iraq's refusal to admit the inspectors" (the owner refuses)
REFUSAL_NOUNS = frozenset({"refusal"})
#: nouns of a drive whose "to"-infinitive its owner carries out: "resumed its campaign to expel Afghans"
CAMPAIGN_NOUNS = word_list("campaign_nouns")
#: nouns of a decision taken whose "to"-infinitive its owner (only one the phrase names) carries out:
#: "Washington's decision to send cluster munitions to Kyiv" (not "China criticised the decision to send troops")
DECISION_NOUNS = word_list("decision_nouns")
#: nouns of a plan whose "to"-infinitive its owner intends ("announced plans to impose tariffs"), and the verbs
#: whose subject owns the plan or decision they take as their object
PLAN_NOUNS = word_list("plan_nouns")
UNVEILING = word_list("unveiling")
#: nouns that name armed forces as a body ("rebel forces fighting the government": they fight)
TROOP_BODIES = word_list("troop_bodies")
#: ... and what forces so qualified go on doing, no act of the day ("Turkish forces occupying north Cyprus")
HOLDING = word_list("holding_verbs")


def out_of_question(be: Token) -> bool:
    """"... is out of the question": the act the subject names is ruled out."""
    return any(c.dep_ == "prep" and c.lower_ == "out" and any(
        o.lower_ == "of" and any(q.lemma_.lower() == "question" for q in o.children) for o in c.children)
        for c in be.children)


PREP_CONTROL = frozenset({"call", "appeal", "prevail", "rely", "count", "depend", "look", "press", "turn", "plead"})


def clause_in_subject(n: Token) -> Token | None:
    """The main verb a parser hung on its subject before a closing attribution: in
    "Israeli airstrikes killed 12 people, officials said" the small model reads
    "airstrikes (that) killed 12 people" as the subject of "said", beside "officials".
    A reduced relative takes no direct object, so a past form with one, on a subject of a
    reporting verb that has a second subject after it, is the reported clause."""
    if n.dep_ != "nsubj" or n.head.lemma_.lower() not in REPORTING:
        return None
    for x in n.children:
        if x.dep_ == "acl" and x.i > n.i and x.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in x.children) \
                and any(s.dep_ == "nsubj" and s.i > x.i for s in n.head.children):
            return x
    return None


#: verbs whose object is the means of the act their "to"-infinitive names: its subject does it
INSTRUMENTAL = frozenset({"use", "employ", "deploy", "send", "mobilize", "mobilise", "dispatch", "fire", "launch"})
#: subordinators of a time clause
TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "while", "until"})
#: verbs of going somewhere or taking something, whose infinitive after the object is the subject's purpose:
#: "Ethiopian troops entered Somalia to fight al-Shabaab" (Somalia does not fight)
PURPOSED = frozenset({"enter", "invade", "cross", "visit", "leave", "storm", "raid", "reach", "occupy", "seize",
                      "capture", "join", "board", "tour", "travel"})
#: governors whose object does not act in the infinitive after it (see above)
_NOT_CONTROLLING = INSTRUMENTAL | PURPOSED
#: "summoned the ambassador to protest at ...": who summons protests, demands or complains (but "summoned the
#: ambassador to explain" is the envoy's to do)
SUMMONS = frozenset({"summon", "call"})
SUMMONER_ACTS = frozenset({"protest", "demand", "complain", "express", "convey", "lodge", "voice", "deliver",
                           "register", "ask", "seek", "object"})


def inherited_subject(v: Token) -> tuple[list[Token], int]:
    """Subject shared with a governing verb, and how many hops up it was found:
    "Kim visited X and paid tribute to Y", "targeting the U.S., Xi said", "urged Japan
    to lift" (object control), "countries that stand against" (relative clause)."""
    t, hops = v, 0
    while hops < 4:
        hops += 1
        dep, head = t.dep_, t.head
        if head.i == t.i:
            return [], hops
        if dep == "advcl" and t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == "," and head.dep_ == "advcl" \
                and head.i < t.i and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children):
            # "accused each other ..., hours after it took effect, drawing a rebuke from Trump": a participle
            # after a comma that the parser hung on a time clause tells of the main clause's act
            t = head
            continue
        if dep == "relcl":
            subj = children(t, "nsubj", "nsubjpass")
            if not subj or subj[0].lower_ in RELATIVE_PRONOUNS:
                return [head], hops
            return [], hops
        if dep == "advcl" and infinitive(t) and head.lemma_.lower() in PREP_CONTROL and not children(head, "dobj"):
            # "called on Tehran to release them": the parser's advcl for the bidden act
            objs = [o for pp in head.children if pp.dep_ == "prep" and pp.lower_ in ("on", "upon") and pp.i < t.i
                    for o in children(pp, "pobj")]
            if objs:
                return objs, hops
        if dep == "xcomp":
            # object control: "urged Japan to lift", "called on Russia to lift", "appealed to
            # India to release"
            objs = children(head, "dobj") if head.lemma_.lower() not in _NOT_CONTROLLING and not (
                head.lemma_.lower() in SUMMONS and t.lemma_.lower() in SUMMONER_ACTS) else []
            # (but "used Silkworm missiles to hit a tanker": who used them hit it)
            if not objs and head.lemma_.lower() in PREP_CONTROL:
                objs = [o for pp in head.children if pp.dep_ == "prep" and pp.lower_ in ("on", "upon", "to")
                        for o in children(pp, "pobj")] or [
                    # "called for Israel to withdraw" (nlp.repairs.appeal_for_subject): the one right before "to"
                    o for pp in head.children if pp.dep_ == "prep" and pp.lower_ == "for"
                    for o in children(pp, "pobj") if o.right_edge.i == t.i - 2]
            if objs:
                return objs, hops
        if dep == "pcomp" and head.lower_ == "to" and committed_to(head.head):
            g = head.head  # "is committed to opening ...", parsed as a passive or a copula's adjective
            subj = children(g, "nsubj", "nsubjpass") or (children(g.head, *SUBJ) if g.dep_ == "acomp" else [])
            if subj:
                return subj, hops
            t = g
            continue
        if dep == "acl" and head.pos_ == "NOUN" and (head.lemma_.lower() in PROMISE_NOUNS
                                                     or head.lemma_.lower() in REFUSAL_NOUNS
                                                     or head.lemma_.lower() in CAMPAIGN_NOUNS
                                                     or head.lemma_.lower() in DECISION_NOUNS) and infinitive(t):
            # "Arafat's promise to end the attacks", "a pledge by Seoul to send troops": its owner acts
            owner = children(head, "poss") or [o for pp in head.children if pp.dep_ in ("prep", "agent")
                                               and pp.lower_ in ("by", "from") for o in children(pp, "pobj")]
            if not owner and head.lemma_.lower() in CAMPAIGN_NOUNS and head.dep_ == "dobj":
                owner = children(head.head, *SUBJ)  # "Pakistan launched a campaign to deport Afghans"
            if not owner and head.lemma_.lower() in DECISION_NOUNS:
                owner = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
                         and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]  # "the U.S. decision to impose tariffs"
            if not owner and head.lemma_.lower() in DECISION_NOUNS and head.dep_ == "dobj" \
                    and head.head.lemma_.lower() in UNVEILING:
                owner = children(head.head, *SUBJ)  # "Seoul announced a decision to expel the envoy"
            return owner, hops
        if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in PLAN_NOUNS and infinitive(t) \
                and head.dep_ == "dobj" and head.head.lemma_.lower() in UNVEILING:
            # "Japan announced plans to send troops": the one who unveils the plan intends it (another's
            # plan, "criticised South Korea's plan to import less", is told, not intended by the teller)
            return children(head.head, *SUBJ), hops
        if dep == "csubj" and head.lemma_.lower() == "be" and out_of_question(head) and head.dep_ == "ccomp":
            # "Japan said lifting the sanctions was out of the question": the speaker rules it out
            return children(head.head, "nsubj"), hops
        if dep in ("acomp", "attr") and head.pos_ == "AUX":
            # "Chile is about to restore ties", "Norway is willing to send": the copula's subject
            subj = children(head, *SUBJ)
            if subj and head.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS:
                return [head.head], hops  # "the minister, who is due to visit Kenya"
            if subj:
                return subj, hops
        if dep == "pcomp" and head.lower_ == "but" and head.head.lemma_.lower() in NO_CHOICE \
                and head.head.dep_ == "dobj":
            # "Russia would have no choice but to use a nuclear weapon": the one left with no other way acts
            t = head.head.head
            subj = children(t, *SUBJ)
            if subj:
                return subj, hops
            continue
        if dep == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() == "quote" \
                and children(head.head, "dobj"):
            return children(head.head, "dobj"), hops  # "Tehran Radio quoted the spokesman as saying ...": he says it
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in MEANS_PREPS and head.head.pos_ in ("VERB", "AUX"):
            # "violated the truce by shelling X", "after storming the embassy, the rebels ...":
            # the governing verb's subject acts ("accused X of attacking", "blamed X for
            # attacking" are not the accuser's attacks)
            gov = head.head
            subj = agents(gov) if is_passive(gov) else children(gov, *SUBJ)
            if subj:
                return subj, hops + 1
            t = gov
            continue
        if dep == "xcomp" and is_passive(head) and not agents(head) and children(head, "nsubjpass"):
            # "is scheduled to visit", "was due to meet", "was asked to leave": the passive's subject
            return children(head, "nsubjpass"), hops
        if dep == "acl" and t.tag_ == "VBG" and head.pos_ == "NOUN" and head.lemma_.lower() in TROOP_BODIES \
                and t.lemma_.lower() not in HOLDING and t.i > head.i \
                and not any(c.dep_ == "punct" and c.i == t.i - 1 for c in head.children):
            # "stood by Chad rebel forces fighting the forces of President Habre": the forces a participle
            # qualifies do what it says, not the one who stood by them
            return [head], hops
        if dep == "acl" and t.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and head.dep_ in SUBJ and any(
                c.dep_ == "punct" and c.i == t.i - 1 for c in head.children):
            # "Velayati, visiting the Emirates on a Gulf tour, told ...": the participle's subject is its noun
            return [head], hops
        if dep == "conj" and t.i > 0 and t.doc[t.i - 1].dep_ == "conj" and _opens_clause(t.doc[t.i - 1]):
            return [t.doc[t.i - 1]], hops  # "Israel bombed Syria and Lebanon condemned the raid"
        if dep == "conj" and (gov := _reported_governor(t, head)) is not None:
            # "Moscow has said its missions are watched and has accused Washington ...": the
            # parser joins the second verb to the reported clause; its auxiliary says it
            # continues the reporting verb, whose subject acts
            subj = children(gov, *SUBJ)
            if subj:
                return subj, hops + 1
        if dep == "acl" and (g := series_verb(t)) is not None:
            subj = children(g, *SUBJ)  # "smashed four brigades, killed or wounded 1,500 soldiers and ..."
            if subj:
                return subj, hops
            t = g
            continue
        if dep in ("conj", "xcomp", "advcl", "acl", "pcomp"):
            subj = agents(head) if is_passive(head) else children(head, *SUBJ)
            if dep == "conj" and is_passive(head) and not is_passive(t):
                # "the minister was indicted by the court and will resign": the one indicted resigns
                subj = children(head, "nsubjpass")
            if not subj and dep == "advcl" and t.tag_ == "VBG" and is_passive(head):
                # "the new president was sworn in on Friday, pledging to resume talks": the one sworn in pledges
                subj = children(head, "nsubjpass")
            if subj:
                return subj, hops
            t = head
            continue
        if dep == "dobj" and hops > 1 and t.lemma_.lower() in STATEMENT_NOUNS and head.lemma_.lower() in ISSUING:
            # "issued a statement demanding that ...": the statement's author demands
            subj = agents(head) if is_passive(head) else children(head, *SUBJ)
            if subj:
                return subj, hops
            t = head
            continue
        return [], hops
    return [], hops


def series_verb(t: Token) -> Token | None:
    """The verb a series of acts begins with, when the parser hung the next act on its
    object as a reduced relative: "smashed four brigades, killed 1,500 soldiers and
    destroyed 45 tanks" (``t`` = "killed", after a comma, with an object of its own or of
    a verb joined to it; a participle with no object, "brigades, mauled in the battle", is a
    modifier)."""
    head = t.head
    if t.dep_ != "acl" or head.dep_ != "dobj" or head.head.pos_ != "VERB" or t.i == 0 \
            or t.doc[t.i - 1].text != "," or children(t, *SUBJ, "nsubjpass"):
        return None
    if not any(children(x, "dobj") for x in (t, *children(t, "conj")) if x.pos_ == "VERB"):
        return None
    return head.head


def _reported_governor(t: Token, head: Token) -> Token | None:
    """The reporting verb a conjoined verb ``t`` really continues, when the parser hung it on
    the reported clause ``head``: ``t`` has no subject of its own and the perfect auxiliary
    of the reporting verb ("has said ... and has accused"), which ``head`` lacks."""
    if head.dep_ != "ccomp" or children(t, *SUBJ):
        return None
    gov = head.head
    perfect = {"has", "have", "had"}
    mine = {a.lower_ for a in children(t, "aux")} & perfect
    if not mine or mine & {a.lower_ for a in children(head, "aux", "auxpass")}:
        return None
    return gov if mine & {a.lower_ for a in children(gov, "aux")} else None


#: prepositions whose -ing clause is an act of the governing verb's subject
MEANS_PREPS = frozenset({"by", "after", "while", "when"})
#: documents whose participle says what their author does ("a declaration demanding ...")
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "message",
                             "resolution", "note", "memorandum", "petition", "manifesto", "appeal", "ultimatum"})
#: ... when their author issues them (whoever criticizes "a statement demanding" does not demand)
ISSUING = frozenset({"issue", "release", "publish", "send", "adopt", "sign", "deliver", "read", "circulate", "pass",
                     "make", "post", "put", "submit", "present", "hand", "write", "approve"})


#: armed services a name may be, modifying the hardware after it ("offered Navy warships"): no recipient
SERVICES = frozenset({"navy", "army", "air", "marine", "marines", "coast", "military", "naval"})

#: boundaries whose "with" phrase names the neighbour across them (and lines two states share: whose side of
#: "the Afghan border" something happened on, the name does not say)
BORDERS = frozenset({"border", "frontier", "boundary"})


#: particles the parser may read as prepositions, their object then the verb's: "fought off the Iranians"
PARTICLES = frozenset({"off", "back", "down"})


#: people counted as an object whose count a conjoined verb repeats ("killed 30 soldiers and captured 12")
COUNTED_PEOPLE = word_list("counted_people")


def _gapped_object(v: Token) -> list[Token]:
    """The object a conjoined verb's bare count stands for: "killed 384 Libyans and captured 48",
    "arrested 12 Palestinians and detained 40 others" (the first verb's object noun)."""
    objs = children(v, "dobj")
    if v.dep_ != "conj" or len(objs) != 1 or not (
            (objs[0].pos_ == "NUM" and not any(c.pos_ in ("NOUN", "PROPN") for c in objs[0].children))
            or (objs[0].lower_ == "others" and any(c.dep_ == "nummod" for c in objs[0].children))):
        return []
    return [o for o in children(v.head, "dobj") if (o.tag_ == "NNPS" or o.lemma_.lower() in COUNTED_PEOPLE)
            and any(c.dep_ == "nummod" for c in o.children)]  # people, not "raided two homes and arrested 30"


#: talks (a trip's, or those whose "on" phrase may name the pact they are about), and the pacts whose "with" phrase
#: names the other side
TRIP_TALKS = word_list("trip_talks")
#: verbs that say whom an act killed or hurt (see _raised_object)
CASUALTY_VERBS = word_list("casualty_verbs")
AGREEMENT_NOUNS = word_list("agreement_nouns")


def slot_heads(v: Token, obj: Token | None, slot: str, passive: bool) -> list[Token]:
    """The tokens standing in one of a pattern's target slots."""
    if slot == "dobj":
        gapped = _gapped_object(v)
        if gapped:
            return gapped  # "killed 384 Libyans and captured 48": the 48 are Libyans
        if obj is not None:
            # "expelled two Russian diplomats": the object is the target; "took two Americans
            # hostage", "hit Japan with tariffs": else the verb's other object
            return [obj] + [c for c in children(v, "nsubjpass" if passive else "dobj") if c.i != obj.i]
        if passive:
            return children(v, "nsubjpass")
        # "allowed refugees to return": the parser makes the object the complement's subject
        # ... also of a bare infinitive: "helped the United States strengthen its defences"
        return children(v, "dobj") or [s for c in v.children if c.dep_ in ("ccomp", "xcomp") and (
            infinitive(c) or _bare_infinitive(v, c)) for s in children(c, "nsubj")] or _shifted_object(v) or \
            _raised_object(v) or [
            t for c in v.children if c.dep_ == "ccomp" for t in so_called(c)] or [
            # "fought off the Iranians", "beat back the rebels": a particle parsed as a preposition
            t for c in v.children if c.dep_ == "prep" and c.i == v.i + 1 and c.lower_ in PARTICLES
            for t in children(c, "pobj")]
    if slot == "dative":  # "gave Nepal grain", or the parser's dative "to": "provided grain to Nepal"
        return [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")] + [
            t for c in v.children if c.dep_ == "dative" and c.pos_ == "ADP" for t in children(c, "pobj")] or [
            # "offered Argentina compensation", "granted Mozambique eight million dollars": the parser
            # makes the first object a modifier of the second
            t for o in children(v, "dobj") for t in o.children
            if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN" and t.i == v.i + 1 and o.i > t.i
            and t.lower_ not in SERVICES] or [
            # ... or a second object: "granted Mozambique about eight mln sterling"
            c for c in children(v, "dobj") if c.pos_ == "PROPN" and c.i == v.i + 1 and len(children(v, "dobj")) > 1
            and (obj is None or c.i != obj.i)]
    word = slot[5:]
    if passive and any(c.dep_ in ("prep", "prt") and (c.lower_ == word or (word, c.lower_) == ("on", "upon"))
                       and not any(x.dep_ == "pobj" for x in c.children) for c in v.children):
        return children(v, "nsubjpass")  # "the ship was fired on": a stranded preposition's object
    heads: list[Token] = []
    # the PP may hang on the verb or on its object: "demanded an explanation from Japan"
    hosts = [v, obj] if obj is not None else [v, *children(v, "nsubjpass" if passive else "dobj")]
    if obj is not None and obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.head.i == v.i and (
            obj.head.head.pos_ == "NUM" or obj.head.head.lemma_.lower() in MEASURES):
        hosts.append(obj.head.head)  # "massed tens of thousands of troops near the border": the PP on the count
    # "launched artillery, mortar and rocket fire against X": the PP on the last conjunct
    # (every conjunct: "artillery, mortar, and rocket fire" chains them)
    hosts += [c for h in hosts[1:] for c in h.conjuncts if c.i > h.i and c.pos_ in ("NOUN", "PROPN")]
    # "lifted the sanctions imposed on Libya": the PP on the object's participle
    hosts += [c for h in hosts[1:] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    # "pledged 500 million euros in military aid to Ukraine": the PP on the measured thing
    hosts += [t for h in hosts[1:] if h.pos_ == "NUM" or h.lemma_.lower() in MEASURES for pp in h.children
              if pp.dep_ == "prep" and pp.lower_ in ("in", "of", "for") for t in pp.children if t.dep_ == "pobj"]
    # ... or with its "in" phrase on the verb: "pledging another half-billion dollars in aid for Ukraine"
    if any(h.pos_ == "NUM" or h.lemma_.lower() in MEASURES for h in hosts[1:]):
        hosts += [t for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in" for t in children(pp, "pobj")
                  if t.pos_ == "NOUN"]
    # "signed a memorandum of understanding with Indonesia": the PP on the document's name
    # "agreed to formal talks on signing an economic pact with Hungary": the talks are with the pact's other party
    if word == "with":
        hosts += [d for h in hosts[1:] if h.lemma_.lower() in TRIP_TALKS for pp in h.children
                  if pp.dep_ == "prep" and pp.lower_ in ("on", "about", "over") for o in pp.children
                  for d in ([o] if o.dep_ == "pobj" else children(o, "dobj") if o.dep_ == "pcomp" else [])
                  if d.lemma_.lower() in AGREEMENT_NOUNS]
    hosts += [o for h in hosts[1:] if h.lemma_.lower() in DOCUMENTS for pp in h.children
              if pp.dep_ == "prep" and pp.lower_ == "of" for o in pp.children if o.dep_ == "pobj"]
    # "pulled out of Chad": the parser hangs the PP on the particle ("out") it completes
    hosts += [c for c in v.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "away", "back")
              and not any(x.dep_ == "pobj" for x in c.children)]
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ == word and not any(
                    x.dep_ == "neg" for x in c.children):  # "to the elders, not to Karzai": not Karzai
                # "called on Tuesday for ...": a date is no one's slot
                heads.extend(t for t in children(c, "pobj") if not _when(t))
                heads.extend(_stranded_object(c))
                heads.extend(t for x in children(c, "pcomp") for t in so_called(x))  # "on what it called X"
    if not heads and word == "with":
        # "shared intelligence on Russian energy sites with Kyiv", "talks on trade with Japan": the parser hangs
        # the partner on the topic phrase's noun
        heads = [t for host in hosts for pp in host.children if pp.dep_ == "prep" and pp.lower_ in TOPIC_PREPS
                 for o in children(pp, "pobj") for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
                 for t in children(c, "pobj") if not _when(t)]
    if not heads and word in AIMING_PREPS:
        heads = [t for host in hosts for t in aimed_objects(host)]  # "imposed sanctions targeting Iranian officials"
    # "along the border with Pakistan": the parser may hang the "with" on the verb or its object
    heads += [t for h in heads if h.lemma_.lower() in BORDERS and h.i + 1 < len(h.doc)
              and h.doc[h.i + 1].lower_ == "with" for t in children(h.doc[h.i + 1], "pobj")]
    return heads


#: nouns of the relations between two sides, whose "with" phrase names the other side ("tension with Uganda")
RELATIONS = word_list("relations")
#: prepositions of a topic phrase ("talks on trade", "information about the attack")
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
#: target slots that say at whom an act is aimed, which a participle can say instead
AIMING_PREPS = frozenset({"on", "against", "at"})


def aimed_objects(host: Token) -> list[Token]:
    """Whom a participle on ``host`` says its act is aimed at: "sanctions targeting Iranian officials",
    "tariffs aimed at Chinese cars", "launched strikes on Sunday, targeting Hezbollah" (the participle on
    the verb)."""
    heads: list[Token] = []
    for c in host.children:
        if c.dep_ not in ("acl", "advcl", "xcomp"):
            continue
        if c.lemma_.lower() == "target" and c.tag_ == "VBG":
            heads += children(c, "dobj")
        elif c.lemma_.lower() in ("aim", "direct") and c.tag_ == "VBN":
            heads += [t for pp in c.children if pp.dep_ == "prep" and pp.lower_ in ("at", "against")
                      for t in children(pp, "pobj")]
    return heads


def _stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser left empty because it made the noun the subject
    of a participle after it: "granted asylum to five officers holed up in the residence"."""
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return []
    return [t for t in prep.doc[prep.i + 1:min(len(prep.doc), prep.i + 8)]
            if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1 and t.head.tag_ in ("VBN", "VBD")
            and t.head.dep_ in ("advcl", "acl", "ccomp", "conj")
            and t.head.i > t.i]


def relative_object(v: Token, kids: list[Token]) -> list[Token]:
    """The noun a relative clause's verb has as its object: the antecedent ("the tariffs Reagan
    imposed on Japanese goods", "the sanctions that Washington imposed"), when the clause has a
    subject of its own and no other object; a relative pronoun object stands for it too; and
    the noun a past participle qualifies ("an accord signed between X and Y"). A
    past perfect ("lifted the sanctions it had imposed") is background to the main event."""
    if v.dep_ not in ("relcl", "acl") or v.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children):
        return []
    if v.dep_ == "acl":  # "a pact signed between X and Y": a participle's noun is its object
        return [] if kids or v.tag_ != "VBN" else [v.head]
    own = [c for c in kids if c.lower_ not in RELATIVE_PRONOUNS]
    if own or not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in v.children):
        return []
    # "the accord under which both sides agreed to ...": the antecedent is the preposition's, and
    # "the tariffs Japan wants to avoid": the complement's object
    if any(c.dep_ in ("xcomp", "ccomp") for c in v.children) or any(
            t.lower_ in RELATIVE_PRONOUNS for pp in v.children if pp.dep_ == "prep" for t in children(pp, "pobj")):
        return []
    return [v.head]


def so_called(x: Token, depth: int = 0) -> list[Token]:
    """What a "what" clause names in a slot: "strikes on what it called terrorist camps",
    "struck what it said were spy headquarters", "attacked what Kyiv described as civilian
    targets" → camps, headquarters, targets; [] for any other clause."""
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in x.children):
        return [t for c in x.children if c.dep_ == "ccomp" and depth == 0 for t in so_called(c, 1)]
    return children(x, "oprd") or children(x, "attr") or [
        t for c in x.children if c.dep_ == "prep" and c.lower_ == "as" for t in children(c, "pobj")]


#: verbs that judge their object "as" something, and may put the judgement first
JUDGING = frozenset({"reject", "denounce", "condemn", "dismiss", "criticize", "criticise", "brand", "describe",
                     "label", "slam", "hail", "welcome", "praise", "decry", "deplore", "characterize", "rebuff"})


def _raised_object(v: Token) -> list[Token]:
    """The object two verbs joined by "and" share, which the parser hangs on the second: "four U.S. destroyers
    attacked and destroyed an Iranian oil platform" (nothing but the conjunction between the verbs). Not when the
    second says whom the first killed or hurt: "shot and killed a fisheries official" is one act, coded once."""
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i and c.lemma_.lower() not in CASUALTY_VERBS \
                and not children(c, "nsubj", "nsubjpass") and all(
                t.dep_ in ("cc", "punct", "advmod") for t in v.doc[v.i + 1:c.i]) and any(
                t.dep_ == "cc" for t in v.doc[v.i + 1:c.i]) and not is_passive(c):
            return children(c, "dobj")
    return []


def _shifted_object(v: Token) -> list[Token]:
    """The object moved after its "as" phrase ("denounced as a crime Serbia's crackdown",
    "rejected as baseless accusations by Japan"): the parser hangs it on the "as"."""
    if v.lemma_.lower() not in JUDGING:
        return []
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i:
            objs = [t for t in c.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
            if objs:
                return [objs[-1]]
    return []


TIME_WORDS = WEEKDAYS | frozenset({"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening",
                                   "night", "week", "weekend", "month", "year", "january", "february", "march",
                                   "april", "may", "june", "july", "august", "september", "october", "november",
                                   "december", "time", "day", "occasion"})


def _when(t: Token) -> bool:
    """A time expression ("on Tuesday"), which stands in no one's slot; an amount of
    something ("on $30 billion of imports") is no time."""
    return t.lower_ in TIME_WORDS or (t.like_num and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))


def _in_clause(t: Token, x: Token) -> bool:
    """Whether ``t`` belongs to clause ``x`` itself, not to a clause nested in it ("said Britain
    had a real interest rate the same as Japan did": Japan is in the nested clause)."""
    h = t.head
    while h.i != x.i:
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False
        h = h.head
    return True




#: verbs whose clausal complement says what they demand of its subject ("demanded that X withdraw")
_DEMANDING = frozenset({"demand", "urge", "ask", "request", "insist", "expect"})
#: possessives of the subject's own: in a complement ("agreed to raise their target"), or of what a speaker regrets
#: ("its handling", not "Germany's remarks")
OWN_POSSESSIVES = frozenset({"its", "our", "my", "his", "her", "their"})


def complement_target(v: Token, sources: list[Actor], actors: DocActors, speech: bool,
                      has_slots: bool) -> list[Actor]:
    """A target named inside the trigger's complement clause, when its own slots are empty."""
    own = {a.country for a in sources}

    def other(a: Actor) -> bool:
        return a.country not in own
    if speech:
        # "Japan said an embargo against Iran would fail": a statement is about the first
        # other actor its complement names
        for x in v.children:
            if x.dep_ == "ccomp":
                # ... but not a "to" phrase inside its subject: "the U.S. ambassador to Thailand had
                # been recalled" is about the ambassador, not Thailand ("tariffs on Japanese goods
                # would be imposed" is about Japan)
                in_subj = {o.i for s in children(x, "nsubj", "nsubjpass") for t in s.subtree
                           if t.dep_ == "prep" and t.lower_ == "to" for o in t.subtree}
                # ... nor the parties to an agreement it is about: "the free trade agreements with
                # Canada and Israel should help liberalise trade" is aimed at neither
                if any(s.lemma_.lower() in DOCUMENTS for s in children(x, "nsubj", "nsubjpass")):
                    continue
                for t in x.subtree:
                    # ... its subject or object, not a state a phrase names: "said most were intercepted with
                    # help from the United States", "said it would lift its pause on aid to Kyiv", "saying its
                    # forces act against militias in Congo" are not about those states
                    # ... or the other side of relations it speaks of ("said there was no border tension with
                    # Uganda"), or whom a measure it is about is aimed at ("said tariffs on Japanese goods would be
                    # imposed")
                    if t.pos_ in ("PROPN", "NOUN") and _in_clause(t, x) and t.i not in in_subj and (
                            t.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                            t.dep_ == "pobj" and t.head.lower_ in ("with", "between")
                            and t.head.head.lemma_.lower() in RELATIONS) or (
                            t.dep_ == "pobj" and t.head.lower_ in ("on", "against")
                            and t.head.head.dep_ in ("nsubj", "nsubjpass", "dobj"))):
                        found = [a for a in actors.actors_of(t) if other(a)]
                        if found:
                            return found[:1]
        return []
    objs = children(v, "dobj")
    if has_slots:
        # "threatened to strike unless Israel withdrew": the condition names whom it is aimed at
        # ... also when it hangs on the threatened act ("threatened to stop talks if the U.S. ...")
        # ... or on the act the speaker says it will do: "warned that Pyongyang would respond with force if South
        # Korean drones flew over the capital again"
        for x in [*v.children, *(c for xc in v.children if xc.dep_ == "xcomp" or (
                xc.dep_ == "ccomp" and any(m.lower_ in ("would", "will", "'ll") for m in children(xc, "aux")))
                                  for c in xc.children)]:
            if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("unless", "if", "until") for c in x.children):
                found = [a for subj in children(x, "nsubj") for a in actors.actors_of(subj) if other(a)]
                if found:
                    return found
        # "China demanded that Japan withdraw", "warned that Seoul would pay", "expressed
        # hope that Iran would ...": the subject of the clausal complement is who the
        # demand, warning or hope is about
        for x in [*v.children, *(c for o in objs for c in o.children)]:
            if x.dep_ == "ccomp" or (x.dep_ == "acl" and x.head.i != v.i and not infinitive(x)):
                # ("demanded that Israel and Hamas agree to a ceasefire": each of them; but in "Israel bombed Syria and
                # Lebanon condemned the raid" the parser's clause is no complement at all)
                said = any(c.dep_ == "mark" for c in x.children) or v.lemma_.lower() in REPORTING | _DEMANDING
                for subj in children(x, "nsubj", "nsubjpass"):
                    found = list({a.code: a for s2 in [subj, *(subj.conjuncts if said else ())]
                                  for a in actors.actors_of(s2) if other(a)}.values())
                    if subj.lemma_.lower() in STRUCK and any(d.dep_ == "det" and d.lower_ in ("any", "a", "an")
                                                            for d in subj.children):
                        # "warned that any attack on Belarus would be an attack on Russia": aimed at
                        # whoever would attack, not at the victim
                        found = [a for c in subj.children if c.dep_ in ("poss", "amod", "compound")
                                 or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
                                 for t in (children(c, "pobj") if c.dep_ in ("prep", "agent") else [c])
                                 for a in actors.actors_of(t) if other(a)]
                    if not found and x.dep_ == "ccomp" and x.head.i == v.i:
                        # "the opposition demanded that the government resign": its own
                        # country's government (or police, army ...), but not a government's own
                        # forces ("the defence ministry warned that the military would crush ...";
                        # "complained that Congress had not approved" still is)
                        executive = all(a.sector in (None, "GOV", "MIL", "COP") for a in sources)
                        found = [a for a in [actors.sector_only(subj)] if a is not None and a.sector in STATE]
                        if executive and found and found[0].sector in ("GOV", "MIL", "COP"):
                            # ... whom they will act on ("warned that police will no longer tolerate
                            # rallies by the Kifaya group"), else no one
                            found = [a for t in _arguments(x) for a in actors.actors_of(t) if other(a)
                                     and a.country is not None or a.kind == "org"][:1]
                    if found:
                        return found
                # "alleges the attack was backed by Pakistan": a passive clause's agent
                found = [a for by in agents(x) for a in actors.actors_of(by) if other(a)] \
                    if x.dep_ == "ccomp" and children(x, "nsubjpass") else []
                if found:
                    return found
    # "agreed to provide aid for Romania", "signed an accord to supply Gondor", "opened fire
    # to disperse protesters", "mobilized reservists for a war against Iraq": the target of
    # the complement, the purpose clause, or the event the act is for
    # (not a participle after a comma: "agreed to a ceasefire, Trump said, crediting talks mediated by the
    # United States" tells who is credited, not with whom they agreed)
    clauses = [x for x in v.children if (x.dep_ == "xcomp" and not (x.tag_ == "VBG" and x.doc[x.i - 1].text == ","))
               or (x.dep_ == "advcl" and infinitive(x))]
    clauses += [x for o in objs for x in o.children if x.dep_ == "acl" and infinitive(x)]
    clauses += [p for p in v.children if p.dep_ == "prep" and p.lower_ == "for"]
    for x in clauses:
        for t in _arguments(x):
            if actors.at.get(t.i) is None and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in t.children):
                continue  # "agreed to raise their defence spending target": the subject's own, whatever the
                # pronoun's nearest antecedent ("NATO leaders meeting in Brussels")
            found = [a for a in actors.actors_of(t) if other(a)]
            if not found and x.dep_ == "advcl":  # a purpose clause may aim at the source's own people
                found = [a for a in [actors.sector_only(t)] if a is not None]
            if found:
                return found
    return []



def purpose_target(v: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
    """Whom the purpose clause of ``v`` aims at, possibly of the source's own country: "went
    on hunger strike to protest the government's failure" (the government)."""
    own = {a.code for a in sources}
    for x in v.children:
        if x.dep_ == "advcl" and infinitive(x):
            for t in _arguments(x):
                found = [a for a in actors.actors_of(t) if a.code not in own]
                if found:
                    return found
    return []

#: a state's own organs, the usual addressees of its people's demands
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

#: prepositions whose object can be the one an act is aimed at ("on North Korea" is a topic)
TARGET_PREPS = frozenset({"to", "with", "against", "for", "toward", "towards", "from", "into", "at", "between"})


def _arguments(x: Token, depth: int = 0) -> list[Token]:
    """The nouns an act in clause ``x`` is aimed at: its objects, the objects of its
    aiming prepositions, and those of a clause it governs ("agreed to try to help X");
    not nouns nested deeper ("an investigation of arms sales to Ecuador")."""
    if x.dep_ == "prep":
        return [a for t in x.children if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN") for a in _parties_of(t)]
    out = [c for c in x.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")
           and x.lemma_.lower() not in TOPIC_VERBS]  # "met to discuss Zimbabwe": a topic
    out += [t for pp in x.children if pp.dep_ in ("prep", "dative") and pp.lower_ in TARGET_PREPS
            for t in pp.children if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN")]
    if x.lemma_.lower() in CAUSATIVES:
        # "threatened to make Spain pay": the one made to act (the parser's subject of a bare clause)
        out += [t for c in x.children if c.dep_ == "ccomp" for t in children(c, "nsubj") if t.pos_ == "PROPN"]
    if depth < 2:
        out += [t for c in x.children if c.dep_ == "xcomp" for t in _arguments(c, depth + 1)]
    return out


#: amounts and portions whose "in"/"of" phrase names what is measured ("500 million euros in aid")
MEASURES = word_list("measures")
#: verbs that make their bare clause's subject act ("threatened to make Spain pay")
CAUSATIVES = word_list("causatives")
#: what one "has no ... but to" do ("would have no choice but to use a nuclear weapon")
NO_CHOICE = word_list("no_choice")
#: spans of time whose count before "after" tells an act as past ("years after the United States invaded Iraq")
LONG_SPANS = word_list("long_spans")
#: uses of force whose "on" phrase names the victim, not the one who struck
STRUCK = word_list("referring_attacks")
#: talk nouns and verbs whose "on"/"over" phrase or object is what is talked about
TOPIC_NOUNS = word_list("topic_nouns")
TOPIC_VERBS = word_list("topic_verbs")


def _parties_of(t: Token) -> list[Token]:
    """``t`` itself, or for talks ("for talks on Zimbabwe with Britain") the objects of their
    aiming prepositions only: what the talks are on is their topic, not a party."""
    if t.lemma_.lower() not in TOPIC_NOUNS:
        return [t]
    return [o for pp in t.children if pp.dep_ == "prep" and pp.lower_ in TARGET_PREPS
            for o in pp.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]


def _bare_infinitive(v: Token, x: Token) -> bool:
    """A bare infinitive right after the verb's object, with no auxiliary or conjunction of its own:
    "helped the United States strengthen", "made Japan pay" (not "said Iran will attack")."""
    subj = children(x, "nsubj")
    return x.tag_ in ("VB", "VBP") and x.i > v.i and not any(c.dep_ in ("aux", "auxpass", "mark") for c in x.children) \
        and len(subj) == 1 and subj[0].left_edge.i == v.i + 1  # (the tagger reads some as present tense)


def infinitive(x: Token) -> bool:
    """A "to"-infinitive clause: "to fight the Taliban"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)


#: nouns of "in defiance of X", "in protest at X", "in opposition to X": whom an act defies
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "response", "retaliation", "reprisal", "revenge"})


def stance_heads(v: Token) -> list[Token]:
    """The one an act defies or answers: "blocked streets in defiance of Chinese authorities"."""
    heads = [t for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in"
             for n in pp.children if n.dep_ == "pobj" and n.lemma_.lower() in STANCE_NOUNS
             for q in n.children if q.dep_ == "prep" and q.lower_ in ("of", "to", "at", "against")
             for t in q.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
    # "in protest against the government's policies": the one whose policies they are
    return [o for t in heads for o in (children(t, "poss") or [t])]


#: nouns and verbs of "in retaliation for X's failure", "to retaliate for X's dumping": whom a sanction answers
ANSWER_NOUNS = frozenset({"retaliation", "response", "reprisal", "punishment"})
ANSWER_VERBS = frozenset({"retaliate", "respond", "hit"})
#: another's acts a sanction is imposed over or for ("imposed penalties over Japan's failure to ...")
SANCTIONED_ACTS = word_list("sanctioned_acts")


def answered_heads(v: Token) -> list[Token]:
    """The one whose act a sanction answers, when the verb names no target: "imposed tariffs
    on April 17 in retaliation for Japan's failure to honour the pact" (Japan), "announced the
    tariffs to retaliate for Japan's dumping", "because Japan did not honour the pact"; the owner of
    the act, else the act's own noun."""
    phrases = [n for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in"
               for n in pp.children if n.dep_ == "pobj" and n.lemma_.lower() in ANSWER_NOUNS]
    phrases += [c for c in v.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ANSWER_VERBS]
    preps = [q for x in phrases for q in x.children if q.dep_ == "prep" and q.lower_ in ("for", "to", "against")]
    heads = [t for q in preps for t in q.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
    heads += [t for q in preps for x in children(q, "pcomp") for t in so_called(x)]  # "for what he called X's failure"
    # "imposed penalties over Japan's failure to honour the pact", "for its violation of the accord"
    heads += [t for h in [v, *children(v, "dobj")] for q in h.children if q.dep_ == "prep" and q.lower_ in ("over", "for")
              for t in children(q, "pobj") if t.lemma_.lower() in SANCTIONED_ACTS]
    # "imposed the tariffs because Japan did not honour the pact"
    heads += [t for c in v.children if c.dep_ == "advcl" and any(m.lower_ == "because" for m in children(c, "mark"))
              for t in children(c, "nsubj") if t.pos_ in ("NOUN", "PROPN")]
    return [o for t in heads for o in ([x for x in children(t, "poss") if x.pos_ != "PRON"] or [t])]

