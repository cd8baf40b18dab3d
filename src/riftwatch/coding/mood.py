"""Whether a coded event happened: asserted, negated, or not (yet) a fact —
prediction ("will"), hypothetical ("would", "if"), opinion ("should"), intent
("plans to"), question, or history recalled in passing ("in 1950").

:func:`verb_status` walks from the trigger up through the clauses that govern it
(infinitive complements, coordinated and adverbial clauses that share its
subject) and stops at the first clause with a subject of its own.
:func:`noun_status` does the same for an event noun ("the planned visit").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from .dates import MONTHS, resolve, upcoming
from .derived import derive
from .patterns import Pattern
from .rules import VENGEANCE
from ..lexicon import word_list
from .slots import (CAMPAIGN_NOUNS, DECISION_NOUNS, LONG_SPANS, NO_CHOICE, PLAN_NOUNS, PROMISE_NOUNS, REFUSAL_NOUNS,
                    RELATIVE_PRONOUNS, UNVEILING, committed_to, infinitive, out_of_question)

PRED_AUX = {"will": "prediction", "shall": "prediction", "'ll": "prediction", "wo": "prediction",
            "would": "hypothetical", "could": "hypothetical", "might": "hypothetical", "may": "hypothetical",
            "can": "hypothetical", "ca": "hypothetical", "'d": "hypothetical",
            "should": "opinion", "must": "opinion", "ought": "opinion"}
#: governors whose infinitive complement is not (yet) an event: "plans to visit"
INTENT_GOVERNORS = frozenset({
    "try", "plan", "want", "hope", "seek", "intend", "expect", "aim", "prepare", "agree", "promise", "work",
    "pledge", "vow", "offer", "threaten", "propose", "wish", "attempt", "consider", "mull", "push", "urge",
    "ask", "call", "need", "have", "be", "like", "love", "prefer", "demand", "order", "tell", "invite",
    "encourage", "allow", "expect", "schedule", "set", "due", "likely", "ready", "willing", "able",
    "reluctant", "eager", "poise", "scramble", "struggle", "appeal", "request", "beg", "implore", "advise",
    "persuade", "convince", "pressure", "press", "prod", "nudge", "exhort", "lobby", "petition", "instruct", "command", "direct", "authorize",
    "authorise", "permit", "warn", "challenge", "prepared", "determined", "committed", "keen", "resolved",
    "swear", "commit", "undertake", "resolve", "mean",
})
#: governors that negate their complement: "refused to meet", "failed to agree"
#: ("would not hesitate to strike": will strike)
NEGATING_GOVERNORS = frozenset({"refuse", "fail", "decline", "reject", "avoid", "stop", "cease", "deny", "unable",
                                "unlikely", "hesitate", "halt", "suspend", "discontinue", "pause", "delay", "postpone",
                                "defer"})
#: ... those of them that end what was going on: "stopped supplying weapons to Ukraine" did supply them
#: until now, and its stopping is itself an event (:data:`.derived.CESSATION`: a cut in aid, 1622)
CEASING = frozenset({"stop", "cease", "halt", "suspend", "discontinue", "pause"})
#: governors that entail their complement happened: "managed to", "began to", "seemed to"
#: ("decided to impose", "voted to expel": a decision taken is the act in news usage)
#: verbs that permit an act, which is not yet done: "allowing each country to deploy troops"
PERMITTING = frozenset({"allow", "permit", "enable", "authorize", "authorise", "let", "entitle", "empower"})
IMPLICATIVE_GOVERNORS = frozenset({"manage", "begin", "start", "continue", "proceed", "resume", "seem", "appear",
                                   "go", "keep", "dare", "get", "decide", "vote", "move"})
HEDGES = frozenset({"seem", "appear"})
#: governors of effort ("is trying to", "working to") ... and the codes whose effort is the act itself: one
#: who tries to mediate is mediating (045); one who tries to strike has not struck
EFFORTS = frozenset({"try", "attempt", "work", "strive", "endeavour", "endeavor", "seek"})
EFFORTFUL = frozenset({"045"})
#: verbs by which a state or commander orders its own forces ("ordered its troops to withdraw")
COMMANDING = frozenset({"order", "instruct", "command", "direct"})
#: what a state's own forces are called after "its", "his", "their"
_FORCES = frozenset({"troop", "soldier", "force", "army", "military", "navy", "police", "unit", "commander",
                     "marine", "jet", "warplane", "warship", "ship", "fighter"})


def _own_forces(v: Token) -> bool:
    """Whether the object of ``v`` is its subject's own forces: "its troops", "his army"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCES and any(
        m.dep_ == "poss" and m.lower_ in ("its", "his", "her", "their") for m in c.children) for c in v.children)
#: verbs of belief/forecast whose clausal complement is not a reported fact
COGNITION = {"expect": "prediction", "predict": "prediction", "forecast": "prediction", "anticipate": "prediction",
             "believe": "opinion", "think": "opinion", "suspect": "opinion", "fear": "opinion", "hope": "intent",
             "doubt": "opinion", "wonder": "question", "speculate": "opinion", "assume": "opinion",
             "imagine": "hypothetical", "suppose": "hypothetical", "question": "question",
             # an inference drawn, not a report: "did not mean the United States was sending a warning"
             "mean": "opinion", "imply": "opinion"}
#: verbs that judge an act named by a gerund ("sees strengthening ties as an opportunity")
VIEW_GOVERNORS = frozenset({"see", "view", "regard", "consider", "deem", "describe", "characterize",
                            "characterise", "call", "label", "brand", "term", "welcome", "oppose", "favor", "favour",
                            "support", "advocate", "recommend", "suggest", "propose", "discuss", "mull", "weigh"})
#: verbs whose "that" clause they deny
#: verbs whose "that" clause is what they allege, not a report of fact
COMPLAINING = frozenset({"complain", "protest", "allege", "accuse", "charge", "grumble"})
#: nouns whose "that" clause is alleged, not reported as fact ("the accusation that X spied")
ALLEGATIONS = frozenset({"accusation", "allegation", "charge", "claim", "rumor", "rumour", "suspicion",
                         "speculation", "assertion", "insinuation", "indication", "sign", "suggestion", "report",
                         "hint"})
DENIALS = frozenset({"deny", "refute", "dispute", "reject"})
#: verbs of accusation whose means phrase ("by killing ...") is part of what is alleged
ACCUSERS = frozenset({"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault"})
#: adverbs that make a future a guess: "will probably send"
UNSURE = frozenset({"probably", "possibly", "perhaps", "maybe", "likely", "conceivably", "presumably"})
#: nouns whose clause is someone's forecast or belief: "speculation the U.S. will offer wheat"
SPECULATION = ALLEGATIONS | frozenset({"expectation", "prediction", "forecast", "fear", "belief", "hope", "view",
                                       "impression", "report", "sign", "indication", "talk", "guess", "prospect",
                                       "likelihood", "possibility", "risk", "danger", "threat", "worry", "concern"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
#: verbs whose object, an event noun, is still to come and intended by their subject ("plans a trip to China")
PLANNING_VERBS = word_list("planning_verbs")
NOMINAL_MODIFIERS = {"planned": "intent", "proposed": "intent", "possible": "hypothetical", "potential":
                     "hypothetical", "expected": "prediction", "upcoming": "prediction", "future": "prediction",
                     "likely": "prediction", "anticipated": "prediction", "would-be": "hypothetical"}
#: verbs whose "from" + gerund is an act kept from happening ("kept China from building up its military")
PREVENTING = frozenset({"keep", "prevent", "stop", "bar", "ban", "block", "deter", "discourage", "restrain",
                        "prohibit", "preclude", "dissuade", "refrain"})
#: participles that undo an event noun: "the visit, canceled last week"
CALLED_OFF = frozenset({"cancel", "canceled", "cancelled", "postpone", "postponed", "scrap", "scrapped", "delay",
                        "delayed", "suspend", "suspended", "abandon", "abandoned", "shelve", "shelved"})
#: verbs that undo or hold up a decision taken: those that call an act off and more ("reversed its decision to
#: send tanks" sends none)
UNDOING = CALLED_OFF | word_list("undoing")
#: verbs of state and mind, whose present tense is no schedule ("says on Tuesday")
STATIVE = word_list("stative_verbs")
#: a bare weekday ("Tuesday", "on Tuesday" is the entity "Tuesday")
_WEEKDAY = re.compile(r"(?:this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)
#: a date expression that puts its act after the article: "next week", "tomorrow", "the coming days"
_FUTURE_DATE = re.compile(r"\b(next|tomorrow|coming)\b", re.I)
#: nouns whose "for" phrase names a goal, not a fact: "paved the way for talks", "prospects for a truce"
GOAL_NOUNS = frozenset({"way", "path", "road", "door", "prospect", "hope", "chance", "opportunity", "plan",
                        "preparation", "groundwork", "basis", "condition", "precondition", "framework", "stage",
                        "push", "bid", "effort", "need", "pressure", "proposal", "idea", "scenario", "possibility"})
_PAST_EVENTS = re.compile(r"\b(war|revolution|battle|uprising|genocide|holocaust|intifada)\b", re.I)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_YEARS_AGO = re.compile(r"\b(\d+)\s+years?\s+ago\b", re.I)
#: a decade, with the part of it meant ("the early 1980s", "the 1970s")
_DECADE = re.compile(r"\b(?:(early|mid|late)\s*-?\s*)?(1[6-9]\d0|20\d0)'?s\b", re.I)
_DECADE_PART_END = {"early": 3, "mid": 6, "late": 9, None: 9}


def _last_years(text: str) -> list[int]:
    """The years a date expression names, a decade by the last year of the part of it meant: "in 1982" 1982,
    "during the early 1980s" 1983, "in the 1970s" 1979."""
    return [int(y) for y in _YEAR.findall(text)] + [
        int(m.group(2)) + _DECADE_PART_END[m.group(1).lower() if m.group(1) else None] for m in _DECADE.finditer(text)]


#: the auxiliaries of the future tense
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: governors of a commitment by their own subject: "agreed to send", "plans to visit",
#: "is ready to help". What they govern is said, not done (see :mod:`.derived`)
COMMIT_GOVERNORS = frozenset({
    "plan", "intend", "agree", "decide", "promise", "pledge", "vow", "offer", "threaten", "propose", "prepare",
    "ready", "willing", "prepared", "set", "schedule", "due", "aim", "want", "seek", "hope", "wish", "commit",
    "resolve", "swear", "undertake", "determined", "eager", "be",
})
#: governors that refuse their complement: "refused to meet", "declined to release"
REFUSING_GOVERNORS = frozenset({"refuse", "decline", "reject", "rebuff"})


#: the pipeline lemmatizer's slips on verbs that decide a status ("hoped" → "hop")
_LEMMA_FIX = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "staged": "stage", "staging": "stage", "vowed": "vow",
              "eyed": "eye", "eyeing": "eye"}


def lemma(t: Token) -> str:
    return _LEMMA_FIX.get(t.lower_, t.lemma_.lower())


@dataclass(frozen=True, slots=True)
class Mood:
    """The status of an event and the code it is coded with, and why.

    ``via`` says what made an event not asserted: ``future`` (will, shall, going
    to), ``would``, a modal (``should``, ``must``, ``could``...), ``if``,
    ``purpose``, ``cognition``, ``question``, ``historical``, ``enough`` (an ability:
    "strong enough to"), or the lemma of the governing verb ("plan", "agree"). ``negated`` is the raw negation (before a
    pattern's negated code applies), ``refused`` a refusing governor ("refused to").
    ``clause`` is the index of the highest token of the chain walked (the clause
    whose own governor, if any, reports or believes it). ``ceased``: the code is that of
    stopping the pattern's act ("stopped supplying weapons": 1622, not 072 negated).
    """

    status: str
    code: str
    via: str | None = None
    negated: bool = False
    refused: bool = False
    clause: int = -1
    ceased: bool = False


def _since_clause(v: Token, own: set[int]) -> bool:
    """A past clause that "since" makes a starting point: "their first meeting since the two countries
    agreed on patrols", "has lost thousands of soldiers since it invaded Ukraine" (not a causal "since
    Iran refuses to talk")."""
    return (v.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children)) and any(
        c.dep_ == "mark" and c.lower_ == "since" for w in own for c in v.doc[w].children) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in v.subtree)  # ("since it has banned ...": a present perfect with
    # "since" is a cause as often as a time; "since they fled last weekend": the date tells, see historical)


def _background_relative(v: Token) -> bool:
    """A relative clause in the past perfect whose gap is its object: "returned the town it had
    captured", "lifted the sanctions it had imposed" (what had been done before the news, told to
    say which town or sanctions; see :func:`.slots.relative_object`); or a clause in the present
    perfect set off by commas that describes a named actor: "Qatar, which has mediated between
    Israel and Hamas, said ..." (who Qatar is, not what it did today)."""
    if v.dep_ == "relcl" and v.head.pos_ == "PROPN" and v.head.i + 1 < len(v.doc) \
            and v.doc[v.head.i + 1].text == "," and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                       for c in v.children) \
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in v.children):
        return True
    return v.dep_ == "relcl" and v.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children) and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in v.children) and all(
        c.lower_ in RELATIVE_PRONOUNS for c in v.children if c.dep_ == "dobj")


#: subjects that say no one did it
NOBODY = frozenset({"nobody", "none", "noone"})


def verb_status(v: Token, p: Pattern, day: date | None) -> Mood:
    """Status and code of the event at verb ``v`` (the pattern's negated code when
    negation is itself the event: "did not include" is an exclusion)."""
    if (gov := _first_to(v)) is not None:
        return verb_status(gov, p, day)  # "were among the first leaders to congratulate Trump": they did, when
        # the clause says they were
    negated = refused = False
    ceased = 0  # how many ceasing governors negated the act ("stopped supplying")
    t = v
    status, via = "asserted", None
    if v.dep_ == "xcomp" and v.head.pos_ == "ADJ":
        degree = {c.lower_ for c in v.head.children if c.dep_ == "advmod"}
        negated = "too" in degree  # "the rate is too low to provide any support": it does not
        if "enough" in degree:
            status, via = "hypothetical", "enough"  # "strong enough to attack Iran": able, not done
    own = {v.i}  # the trigger and the verbs it is a bare conjunct of
    w = v
    while w.dep_ == "conj" and w.head.i != w.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children) \
            and not _past_beside_modal(w):
        w = w.head
        own.add(w.i)
    for _ in range(6):
        for c in t.children:
            if t.i == v.i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "nearly"))):
                negated = True  # ("a coast guard ship nearly rammed a supply boat": it did not)
            if t.i == v.i and c.dep_ in ("nsubj", "nsubjpass") and any(
                    x.lower_ == "neither" or (x.dep_ == "det" and x.lower_ == "no") for x in c.children):
                negated = True  # "Neither Japan nor Korea protested", "No country recognized ..."
            if t.i == v.i and c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or (c.lower_ == "one" and any(
                    x.lower_ == "no" for x in c.children))):
                negated = True  # "Nobody denies the existence of G-5", "no one has claimed ..."
            if t.i == v.i and c.dep_ == "dobj" and any(x.dep_ == "det" and x.lower_ == "no" for x in c.children):
                negated = True  # "Japan made no concessions", "sent no troops"
            if c.dep_ in ("aux", "auxpass") and c.lower_ in PRED_AUX and status == "asserted":
                status = PRED_AUX[c.lower_]
                via = "future" if c.lower_ in FUTURE_AUX else "would" if c.lower_ in ("would", "'d") else c.lower_
            if c.dep_ == "aux" and c.lower_ == "to" and t.dep_ == "ROOT" and t.tag_ == "VB" and c.i < t.i \
                    and status == "asserted" and any(x.dep_ == "nsubj" and x.i < c.i for x in t.children):
                status, via = PRED_AUX["will"], "future"  # a headline's "Seoul to send envoy to Tokyo": to come
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS and status == "asserted":
                prev = c.doc[c.i - 1] if c.i > 0 else None
                if not (prev is not None and prev.lower_ in ("as", "even") and c.lower_ == "if"):
                    status, via = "hypothetical", "if"
            if c.dep_ == "mark" and c.lower_ == "as" and c.i >= 2 and c.doc[c.i - 1].lower_ in ("long", "soon") \
                    and c.doc[c.i - 2].lower_ == "as" and status == "asserted":
                status, via = "hypothetical", "if"  # "as long as senior officials visit ..."
        if t.i in own and infinitive(t) \
                and t.dep_ in ("advcl", "acl") and status == "asserted":
            # (also a conjunct's: "working to dismantle the groups and to foil attacks")
            if t.dep_ == "acl" and t.head.pos_ == "NOUN" and lemma(t.head) in REFUSAL_NOUNS:
                negated, refused, t = not negated, True, t.head  # "Iraq's refusal to admit the inspectors"
                break
            if t.dep_ == "acl" and t.head.pos_ == "NOUN" and lemma(t.head) in CAMPAIGN_NOUNS | DECISION_NOUNS:
                # "resumed its campaign to expel Afghans": a drive under way does what it is for, as
                # far as the verb that has it says ("plans a campaign", "could launch a campaign");
                # so does a decision taken ("Washington's decision to send cluster munitions drew criticism")
                t = t.head
                if t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX"):
                    if lemma(t) in DECISION_NOUNS and lemma(t.head) in UNDOING:
                        negated = not negated  # "reversed its decision to send tanks": none are sent
                    t = t.head
                    own.add(t.i)
                    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in t.children):
                        negated = not negated  # "did not launch a campaign to expel them"
                    if lemma(t) in INTENT_GOVERNORS:
                        status, via = "intent", lemma(t)
                        break
                continue
            if t.dep_ == "acl" and t.head.pos_ == "NOUN" and lemma(t.head) in PLAN_NOUNS and t.head.dep_ == "dobj" \
                    and lemma(t.head.head) in UNVEILING:
                # "announced plans to impose tariffs": intended, as "plans to impose" is (but "may announce
                # plans to ..." is as uncertain as the announcement)
                gov = t.head.head
                told = verb_status(gov, p, day) if gov.pos_ in ("VERB", "AUX") else None
                status, via = (told.status, told.via) if told is not None and told.status != "asserted" else (
                    "intent", "plan")
                t = t.head
                break
            if t.dep_ == "acl" and t.head.pos_ == "NOUN" and lemma(t.head) in PROMISE_NOUNS:
                # "Arafat's promise to end the attacks": promised as "promised to end" is
                status, via, t = "intent", PROMISE_NOUNS[lemma(t.head)], t.head
                break
            if t.dep_ == "advcl" and t.head.pos_ == "VERB" and lemma(t.head) in COMMIT_GOVERNORS:
                # "have sworn to fight": the parser's advcl for the governor's complement
                status, via, t = "intent", lemma(t.head), t.head
                break
            if not (t.dep_ == "advcl" and lemma(t.head) == "go" and any(
                    c.dep_ == "prt" and c.lower_ == "on" for c in t.head.children)) and not (
                    t.dep_ == "advcl" and lemma(t.head) in EFFORTS and p.code in EFFORTFUL):
                # ("working to mediate": the parser's advcl for an effort's xcomp, see EFFORTS)
                # (but "went on to blame X" did blame X: the parser's advcl for an xcomp)
                status, via = "intent", "purpose"  # purpose clause: "gave a speech to encourage ..."
        if status != "asserted":
            break
        dep, head = t.dep_, t.head
        if head.i == t.i:
            break
        if dep == "advcl" and head.pos_ in ("VERB", "AUX") and t.tag_ in ("VBP", "VBZ") and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once") for c in t.children):
            # (the act a copula's adjective governs: "is likely to meet Moi when he pays a visit")
            governed = [x for a in head.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp"]
            told = verb_status(governed[0] if governed and lemma(head) == "be" else head, p, day)
            if told.status in ("prediction", "intent", "hypothetical") and not told.negated:
                # "is likely to meet Moi when he pays a visit to Nairobi": a visit as much to come as the meeting
                status, via = ("prediction", told.via) if told.status == "intent" else (told.status, told.via)
                break
        if dep == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) and head.pos_ == "NOUN":
            # "proposed in a letter to X that the two sides meet": a "that" clause the parser hung
            # on a noun of the verb's phrase is the verb's complement
            g = head
            while g.dep_ in ("pobj", "prep") and g.head.i != g.i:
                g = g.head
            if g.pos_ == "VERB" and g.i != head.i:
                dep, head = "ccomp", g
        if dep in ("advcl", "xcomp", "pcomp", "dobj") and t.tag_ == "VBG" and lemma(head) == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
            if any(c.dep_ == "neg" for c in head.children) or (
                    head.dep_ == "xcomp" and lemma(head.head) in NEGATING_GOVERNORS):
                # "has not ruled out sending weapons", "refused to rule out sending troops": possible, not done
                status, via = "hypothetical", "possible"
                break
            negated, refused, t = not negated, True, head  # "ruled out sending weapons": refused
            continue
        if dep == "xcomp":
            lem = lemma(head)
            if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in head.children):
                negated = not negated  # "is not working to arrest them", "did not manage to stop it"
            if lem == "go" and head.tag_ == "VBG":  # "is going to impose": the future
                status, via, t = "prediction", "future", head
                break
            if lem in VIEW_GOVERNORS and t.tag_ == "VBG":
                status, via = "opinion", "view"  # "sees strengthening ties with China as ...": a view
                break
            if lem in NEGATING_GOVERNORS or (lem == "hold" and any(c.dep_ == "prt" and c.lower_ in ("up", "off")
                                                                     for c in head.children)):
                negated = not negated  # ("agreed to hold up imposing duties": put off, not done)
                refused = refused or lem in REFUSING_GOVERNORS
                # (not a subjunctive "on condition that Iran stop attacking": a stop asked for, not made)
                ceased += lem in CEASING and t.tag_ == "VBG" and not (head.tag_ == "VB" and not any(
                    c.dep_ in ("aux", "auxpass") for c in head.children))
            elif lem in IMPLICATIVE_GOVERNORS or (lem in COMMANDING and _own_forces(head)) or (
                    lem in EFFORTS and p.code in EFFORTFUL):
                pass  # ("ordered its troops to withdraw": a state's order to its own forces is its act; "is
                # trying to broker a truce": an effort at mediation is mediation)
            elif lem in INTENT_GOVERNORS:
                status, via, t = "intent", lem, head
                break
            t = head
            continue
        if dep == "pcomp" and head.lower_ == "to" and committed_to(head.head):
            status, via, t = "intent", "commit", head.head  # "is committed to opening its markets"
            break
        if dep == "pcomp" and head.lower_ == "but" and lemma(head.head) in NO_CHOICE \
                and head.head.dep_ == "dobj":
            t = head.head.head  # "would have no choice but to retaliate": as the having is told
            continue
        if dep == "csubj" and lemma(head) == "be" and out_of_question(head):
            negated, refused, t = True, True, head  # "lifting the sanctions is out of the question"
            break
        if dep == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
            status, via = "hypothetical", "if"  # "should review whether the violence means it has violated ..."
            break
        if dep in ("ccomp", "xcomp") and lemma(head) in PERMITTING and infinitive(t):
            status, via = "hypothetical", "permitted"  # "a pact allowing each country to deploy troops": may, not did
            break
        if dep == "ccomp" and head.dep_ == "pcomp" and head.head.lower_ == "without":
            negated, t = True, head  # "apologised for the incident, without saying Russia had shot the plane down"
            break
        if dep == "ccomp" and lemma(head) in DENIALS:
            negated = not negated  # "China denied that it had hacked ...": the denial is the event
            t = head
            break
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma(head) in ALLEGATIONS and any(
                c.dep_ == "mark" and c.lower_ == "that" or c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # (the "that" may be left out: "rejected claims it is harbouring militants")
            status, via = "opinion", "allegation"  # "accusations that it had arrested ...": alleged, not done
            break
        if dep in ("ccomp", "attr") and lemma(head) == "be" and any(
                lemma(x) in SPECULATION for c in head.children if c.dep_ == "nsubj"
                for x in [c, *(o for pp in c.children if pp.dep_ == "prep" and pp.lower_ == "of" for o in pp.children)]):
            status, via = "opinion", "allegation"  # "the rumours were that the U.S. had launched a strike"
            break
        if dep == "ccomp" and lemma(head) in COMPLAINING and head.pos_ == "VERB":
            status, via = "opinion", "allegation"  # "complained that Israel was blocking ...": alleged
            break
        if dep == "ccomp" and lemma(head) in COGNITION:
            status, via = COGNITION[lemma(head)], "cognition"
            break
        if dep in ("ccomp", "acl") and directed(t, head):
            status, via = "opinion", "directive"  # "demanded that Israel ease ...": asked for, not done
            break
        if dep == "pcomp" and head.lower_ == "from" and lemma(head.head) in PREVENTING:
            status, via = "hypothetical", "prevented"  # "would keep U.S. technology from helping China build
            break  # up its military", "prevented Russia from attacking Odesa": kept from happening
        if dep == "pcomp" and head.lower_ == "by" and lemma(head.head) in ACCUSERS:
            status, via = "opinion", "allegation"  # "accused Israel of escalating violence by killing ...": alleged
            break
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("by", "after", "while", "when") \
                and head.head.pos_ in ("VERB", "AUX"):
            t = head.head  # "would respond by hitting X": the means has its governor's mood
            continue
        if dep in ("advcl", "relcl") and t.tag_ in ("VBZ", "VBP") and any(
                c.lower_ in ("when", "once", "after", "before", "until", "till") and c.dep_ in ("advmod", "mark")
                for c in t.children) and _future_clause(_infinitive_governor(head)):
            if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in t.children):
                # "will continue operations until the Palestinian Authority arrests the militants": a
                # condition set, no one's commitment
                status, via = "hypothetical", "condition"
                break
            status, via = "prediction", "future"  # "when Shultz visits Moscow he will ...": not yet done
            break
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "unless") for c in t.children) \
                and (any(c.dep_ == "neg" for g in {head, _infinitive_governor(head)} for c in g.children)
                     or lemma(head) in REFUSING_GOVERNORS
                     or lemma(head.head) in REFUSING_GOVERNORS and head.dep_ == "xcomp"):
            status, via = "hypothetical", "condition"  # "refused to approve it until Stockholm cracked down": a
            break  # condition set, not met
        if dep == "advcl" and t.tag_ == "VBG" and lemma(t) == "draw" and t.i == v.i:
            break  # "..., drawing a rebuke from Brazil": the reaction drawn is told as done, whatever its governor
        if dep == "ccomp" and t.tag_ == "VB" and lemma(head) in ("help", "let", "make") and not any(
                c.dep_ == "aux" for c in t.children):
            t = head  # "helping China build up its military": a bare infinitive shares its causer's mood
            own.add(t.i)  # ... a purpose's too: "sent weapons to help Kyiv fight Russia"
            continue
        if dep in ("conj", "advcl"):
            # a clause with its own subject keeps its own tense and mood ("Xi said ...,
            # it will ..."); a participle or bare conjunct shares its governor's
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) or (dep == "conj" and
                                                                                     _past_beside_modal(t)):
                break
            t = head
            continue
        break
    if status == "asserted" and _future_dated(v):
        status, via = "prediction", "future"  # "the minister is visiting Moscow next week": not yet done
    if status == "asserted" and any(c.dep_ == "advmod" and c.lower_ in UNSURE - {"likely"} for c in v.children):
        status, via = "opinion", "unsure"  # "bin Laden had probably gone to Pakistan": a guess, not a fact
    if status == "asserted" and v.sent.text.rstrip().endswith("?") and in_main_clause(v):
        status = via = "question"
    if status == "asserted" and habitual(v):
        status, via = "hypothetical", "habitual"  # "the two sides regularly hold talks": a custom, no event
    if (status == "asserted" or (status == "intent" and _old_year(v, day))) and historical(
            v, day, about=p.code[:2] in _WORDS_ABOUT or p.code == "055"):
        status = via = "historical"  # ... an intent or threat too: "threatened to withdraw from NATO in 2018"
    if status == "asserted" and _background_relative(v):
        status = via = "historical"
    if status == "intent" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in v.doc[t.i].children):
        status, via = "hypothetical", "if"  # "if China were to blockade Taiwan": no one's intent
    if status == "asserted" and _since_clause(v, own):
        status = via = "historical"
    if negated and ceased == 1 and not refused and (stopping := derive("cessation", p.code)) and not (
            # (aid whose object is the doer's own is received, not given: "intended to stop rescheduling its debts")
            p.code[:2] == "07" and any(c.dep_ == "dobj" and any(x.dep_ == "poss" and x.lower_ in ("its", "their")
                                                               for x in c.children) for c in v.children)):
        return Mood(status, stopping, via, False, False, t.i, ceased=True)  # "stopped supplying weapons to X"
    if negated:
        if p.negated and status == "asserted":
            return Mood("asserted", p.negated, via, True, refused, t.i)
        if p.negated and "only_negated" in p.flags:
            # "will never start a war with X": the sense is the negated one (087) whatever the mood
            return Mood(status, p.negated, via, True, refused, t.i)
        return Mood("negated" if status == "asserted" else status, p.code, via, True, refused, t.i)
    return Mood(status, p.code, via, False, refused, t.i)


#: verbs and nouns whose "that" clause says what someone is asked or told to do
DIRECTIVES = frozenset({"demand", "urge", "ask", "request", "require", "order", "propose", "recommend", "call",
                        "appeal", "proposal", "recommendation", "ultimatum", "plea", "instruct", "command",
                        "petition", "press", "push"})
#: ... and those whose "that" clause is a directive only in the subjunctive ("insisted that
#: Japan withdraw", but "insisted that it had done nothing")
SUBJUNCTIVE_DIRECTIVES = frozenset({"insist", "suggest", "insistence", "advise", "stipulate"})
#: ... and those whose object's infinitive says what the subject wishes someone would do
WANTING = frozenset({"want", "wish", "prefer", "like"})


#: instruments of government whose participle is their signer's act: "signed an order halting aid"
DECREES = frozenset({"order", "decree", "proclamation", "law", "bill", "ordinance"})
#: what a government does to such an instrument that makes its content the government's act
ENACTING = frozenset({"sign", "issue", "pass", "approve", "adopt", "enact", "decree"})


def enacted(n: Token) -> bool:
    """Whether ``n`` is an order or decree its clause's subject signs or issues ("signed an
    executive order", "issued a decree"): what it says is done is then the signer's act."""
    return lemma(n) in DECREES and n.dep_ == "dobj" and lemma(n.head) in ENACTING


def directed(clause: Token, head: Token) -> bool:
    """Whether ``clause`` says what the subject of ``head`` asks or tells someone to do."""
    lem = lemma(head)
    if clause.dep_ == "acl" and enacted(head):
        return False  # "signed an order halting aid": what a signed order does is done
    if lem in DIRECTIVES:
        return True
    if lem in WANTING and infinitive(clause):
        return True  # "groups want the Governor-General to resign": wished for, not done
    return lem in SUBJUNCTIVE_DIRECTIVES and clause.tag_ == "VB" and not any(
        c.dep_ == "aux" and c.lower_ not in ("should", "must") for c in clause.children)


#: verbs of retaliation ("retaliate", "hit back"); with the nouns and verbs of vengeance (rules.VENGEANCE), those whose
#: object (or "for" phrase) is an act already done: "vowed to avenge the attack"
RETALIATING = word_list("s10_retaliating")
AVENGING = RETALIATING | VENGEANCE


def noun_status(n: Token, p: Pattern, day: date | None) -> Mood:
    """Status of an event noun: the clause it sits in, plus "planned visit", "no talks",
    "the visit was canceled"."""
    gov = n.head if n.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else n
    while gov.dep_ in ("pobj", "prep", "agent"):
        gov = gov.head
    mood = verb_status(gov, p, day) if gov.i != n.i and gov.pos_ in ("VERB", "AUX") else Mood("asserted", p.code)
    if mood.status == "intent" and mood.clause >= 0 and n.doc[mood.clause].tag_ == "VBD" and n.dep_ == "pobj" \
            and n.head.lower_ in ("after", "following") and not mood.negated:
        mood = Mood("asserted", p.code)  # "agreed to cut tariffs after talks in Geneva": the talks were held
        # (not "will resume enrichment after talks": those may be still to come)
    avenger = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "for" else n.head if n.dep_ == "dobj" else None
    if avenger is not None and lemma(avenger) in AVENGING and mood.status != "asserted" and not mood.negated:
        mood = Mood("asserted", p.code, "avenged")  # "vowed to avenge America's attack": the attack was made
    status, code, via = mood.status, mood.code, mood.via
    if status == "negated" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in n.children):
        # "failed to condemn Iran's missile attack", "did not accept Japan's offer": the owned act happened
        status, code, via = "asserted", p.code, "presupposed"
    if status == "asserted" and n.dep_ in ("nsubj", "nsubjpass", "dobj") and habitual(n.head):
        status, via = "hypothetical", "habitual"  # "talks of this kind are regularly held": a custom, no event
    if n.dep_ in ("nsubj", "nsubjpass", "dobj") and (lemma(n.head) in CALLED_OFF or (lemma(n.head) == "call" and any(
            c.lower_ == "off" and c.dep_ in ("prt", "advmod", "prep") for c in n.head.children))):
        status = "negated"  # "the visit was canceled", "Pompeo's visit to Seoul, canceled ...", "called off the talks"
        mood = replace(mood, negated=True)  # ("would postpone the release of the hostages" refuses it, promises nothing)
    if status == "asserted" and n.dep_ == "dobj" and lemma(n.head) in PLANNING_VERBS and n.head.tag_ in (
            "VBZ", "VBP", "VB") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children):
        # "Yeutter plans a July trip to China": as "a planned trip" (not "admitted planning the September 11
        # attacks", long done)
        status, via = "intent", "nominal:planned"
    if status == "asserted" and (any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in n.children) or (
            n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in ("event", "case"))):
        status, via = "hypothetical", "any"  # "warned against any U.S. attack", "in the event of a strike"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in n.head.head.children):
        status, via = "negated", "no_report"  # "there were no reports of clashes", "no sign of a withdrawal"
    if status == "asserted" and _unrealised_force(n, p):
        status, via = "hypothetical", "unrealised"  # "Germany opposes a US attack on Iraq", "support for a strike"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ == "for" and lemma(n.head.head) in DIRECTIVES:
        status, via = "opinion", "directive"  # "asked Reagan for U.S. support for Lebanon": asked for, not given
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ in ("for", "to", "towards", "toward") \
            and n.head.head.pos_ == "NOUN" and lemma(n.head.head) in GOAL_NOUNS:
        status, via = "hypothetical", "goal"  # "would pave the way for talks", "prospects for a truce"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ in ("of", "for") \
            and n.head.head.pos_ == "NOUN" and lemma(n.head.head) in RISKS:
        status, via = "hypothetical", "risk"  # "the risk of an Iranian attack", "the possibility of Soviet aid"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ == "for" and _judged_prospect(n.head.head):
        status, via = "hypothetical", "goal"  # "Prospects appear slim for a summer meeting"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ == "ahead":
        status, via = "prediction", "nominal:upcoming"  # "left Bonn ahead of her visit to Moscow"
    if status == "asserted" and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() == "date":
        status, via = "prediction", "nominal:upcoming"  # "set a date for Xi's visit": still to come
    if status == "asserted" and _future_dated(n, noun=True):
        status, via = "prediction", "nominal:upcoming"  # "her visit to Moscow next week"
    for c in n.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in NOMINAL_MODIFIERS and status == "asserted":
            status, via = NOMINAL_MODIFIERS[c.lower_], "nominal:" + c.lower_
        if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in CALLED_OFF and status == "asserted":
            status = "negated"  # "Pompeo's visit to Seoul, canceled earlier this month"
        if c.dep_ == "prep" and status in ("asserted", "prediction") and any(
                r.dep_ == "relcl" and r.lemma_.lower() in CALLED_OFF and any(
                    w.dep_ == "nsubjpass" and w.lower_ == "which" for w in r.children)
                for o in c.children if o.dep_ == "pobj" for r in o.children):
            status, via = "negated", ""  # "Xi's state visit to Japan, which was postponed": the parser hangs the
            # clause on the place
        if c.dep_ == "poss" and status == "asserted" and any(
                w.lower_ in ("next", "tomorrow", "coming") and w.ent_type_ == "DATE" for w in c.subtree):
            status, via = "prediction", "nominal:upcoming"  # "next week's visit to Tokyo"
        if c.dep_ == "det" and c.lower_ == "no" and status == "asserted":
            status, code = ("asserted", p.negated) if p.negated else ("negated", p.code)
    if status == "asserted" and day is not None and any(_dated_noun(n, ent) and upcoming(ent.text, day)
                                                        for ent in n.sent.ents if ent.label_ == "DATE"):
        status, via = "prediction", "nominal:upcoming"  # "his Washington visit from April 29" (story of April 9)
    if status == "asserted" and day is not None and any(_dated_noun(n, ent) and _background(ent.text, day)
                                                        for ent in n.sent.ents if ent.label_ == "DATE"):
        status = via = "historical"  # "during talks last year with U.S. officials", "an accord in December"
    tallied = [n] + ([n.head.head] if n.dep_ == "pobj" and n.head.head.pos_ == "NOUN" else [])  # ("the toll from")
    if status == "asserted" and day is not None and n.tag_ == "NNS" and not any(
            c.dep_ == "amod" and (c.lower_ in ("first", "only", "latest") or c.tag_ == "JJS") for c in n.children) \
            and any(
            pp.dep_ == "prep" and pp.lower_ == "since" and _background(
                " ".join(t.text for t in n.doc[pp.i + 1:pp.right_edge.i + 1]), day)
            for x in tallied for pp in x.children):
        status = via = "historical"  # "the death toll from Israeli strikes since October 2023": a tally, no one act
    if status == "asserted" and gov.i != n.i and any(
            ent.label_ == "EVENT" and _PAST_EVENTS.search(ent.text) and ent.root.head.i == gov.i
            and ent.root.dep_ in ("nsubj", "nsubjpass") for ent in n.sent.ents):
        status = via = "historical"  # "the Korean War began with North Korea's invasion of the South"
    if status == "asserted" and day is not None and any(_background(d, day) for d in _named_dates(n)):
        status = via = "historical"  # "the September 11 attacks" (the tagger may call it an EVENT)
    return Mood(status, code, via, mood.negated, mood.refused, mood.clause)


#: words whose object (or the object of their preposition) is an act of force still to come, when
#: it is indefinite: "opposes a US attack on Iraq", "support for a strike", "warned against a
#: military strike", "planning an invasion", "use its bases for an attack" ("condemned the attack"
#: and "killed in an attack" report one)
UNREALISED_GOVERNORS = frozenset({
    "oppose", "support", "back", "favour", "favor", "endorse", "plan", "prepare", "consider", "contemplate",
    "discuss", "debate", "propose", "seek", "want", "urge", "warn", "fear", "risk", "rule", "justify",
    "advocate", "push", "call", "argue", "lobby", "campaign", "approve", "authorise", "authorize", "need",
    "require", "predict", "expect", "envisage", "use", "prevent", "avert", "avoid", "deter",
    "opposition", "preparation", "case", "argument", "justification", "backing", "approval",
    "authorisation", "authorization", "pretext", "excuse", "prelude", "warning", "mandate", "timing"})
#: the acts of force whose indefinite mention under such a word is not yet a fact
_FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def _unrealised_force(n: Token, p: Pattern) -> bool:
    """An indefinite act of force governed by a word of support, opposition, planning or warning:
    "Germany opposes a US attack on Iraq", "support for a US strike", "warned against a strike"."""
    if p.code[:2] not in _FORCE_ROOTS or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children):
        return False
    if n.dep_ == "dobj":
        gov = n.head
    elif n.dep_ == "pobj" and n.head.lower_ in ("for", "against", "of", "to", "on", "over", "about"):
        gov = n.head.head
    else:
        return False
    # "used its jets for an attack" reports one; "to use its bases for an attack" plans one
    return lemma(gov) in UNREALISED_GOVERNORS and not (lemma(gov) == "use" and gov.tag_ in ("VBD", "VBN"))


#: nouns whose "of" phrase names what may happen, not what did: "the risk of an Iranian attack"
RISKS = frozenset({"risk", "danger", "threat", "possibility", "likelihood", "probability", "prospect", "chance",
                   "fear", "spectre", "specter", "option", "scenario", "odds"})
#: nouns that judge the chances of what their "for" phrase names, wherever the parser hangs it
PROSPECTS = frozenset({"prospect", "chance", "outlook", "hope", "odds", "likelihood"})


def _judged_prospect(t: Token) -> bool:
    """The 'for' phrase hangs on an adjective or verb whose subject is a prospect noun
    ("Prospects appear slim for a meeting", "chances are good for a settlement")."""
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in PROSPECTS for c in t.children)
        if t.dep_ not in ("acomp", "attr", "oprd", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _future_dated(t: Token, noun: bool = False) -> bool:
    """A date expression on the act's own word ("talks next week", "is visiting Moscow
    tomorrow") puts it after the article: not yet done. A verb counts only in the
    present tense ("will visit" is a future already; "said last week it would" dates the saying)."""
    if not noun and not (t.tag_ in ("VBZ", "VBP") or (t.tag_ == "VBG" and any(
            c.dep_ == "aux" and lemma(c) == "be" for c in t.children))):
        return False
    for ent in t.sent.ents:
        # ... as does a weekday on a present-tense act ("King Fahd begins a state visit on Tuesday", "meets
        # Gorbachev on Friday"): news tells what was done in the past tense
        if ent.label_ not in ("DATE", "TIME") or not (_FUTURE_DATE.search(ent.text) or (
                not noun and _WEEKDAY.fullmatch(ent.text.strip()) and t.tag_ in ("VBZ", "VBP") and t.lemma_.lower()
                not in STATIVE)):
            continue
        if noun and _dated_noun(t, ent):
            return True
        head = ent.root.head if ent.root.dep_ in ("npadvmod", "tmod") else (
            ent.root.head.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("on", "in", "during") else None)
        # ... or on the purpose of a present-tense trip: "is sending an envoy for talks next month"
        if not noun and head is not None and (head.i == t.i or (
                head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "for"
                and head.head.head.i == t.i)):
            return True
    return False


def _dated_noun(n: Token, ent) -> bool:
    """The date phrase hangs on the event noun itself: "talks last year", "an accord in December",
    "the September 11 attacks", "the attacks of September 11", "the 1975 invasion"."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "on", "during", "from", "starting",
                                                                           "of"):
        head = head.head
    elif ent.root.dep_ not in ("npadvmod", "nmod", "compound", "nummod"):
        return False  # ("nummod": "Iraq's 1990 invasion of Kuwait")
    return head.i == n.i


def _named_dates(n: Token) -> list[str]:
    """Month-and-day names on an event noun, whatever the tagger made of them: "the
    September 11 attacks", "the attacks of Sept. 11"."""
    heads = [c for c in n.children if c.dep_ in ("nmod", "compound", "npadvmod")]
    heads += [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [" ".join(t.text for t in h.subtree) for h in heads
            if h.lower_.rstrip(".") in MONTHS and any(c.like_num for c in h.children)]


def hedged(v: Token) -> bool:
    """"seemed to", "appeared to": the event is reported with less certainty."""
    return v.dep_ == "xcomp" and lemma(v.head) in HEDGES


def _past_beside_modal(w: Token) -> bool:
    """A finite past-tense conjunct of a verb in the base form: no modal of its sibling governs it
    ("told supporters that there would be no new election and accused NATO": "would accused" is
    no English, so the accusation is the speaker's, made)."""
    return w.dep_ == "conj" and w.tag_ == "VBD" and w.head.tag_ == "VB"


def _old_year(v: Token, day: date | None) -> bool:
    """The sentence names a year at least two before the article's ("in 2018" in a 2024 story)."""
    return day is not None and any(ent.label_ == "DATE" and any(int(y) <= day.year - 2 for y in _YEAR.findall(ent.text))
                                   for ent in v.sent.ents)


#: roots of acts done in words, whose past war is what they are about, not when they were done ("demanded
#: reparations for the occupation during World War Two", "apologised for atrocities during the war")
_WORDS_ABOUT = frozenset({"01", "02", "10", "11", "12", "13"})


def historical(v: Token, day: date | None, about: bool = False) -> bool:
    """History recalled in passing: the trigger's clause carries a date at least two
    years before the article ("in 1950", "in 2015", "70 years ago"), not "since 2019"; a
    standing position told with "has long" ("Kyiv has long accused Moscow of ..."); or it describes a past war
    ("the Korean War, which was prompted by ..."), or happened during one (not an act in words, ``about``
    one, whose subject the war is: "demanded reparations for the occupation during World War Two")."""
    if day is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in v.children) and any(
            c.dep_ == "advmod" and (c.lower_ == "long" or (c.lower_ in ("repeatedly", "often", "frequently") and not any(
                e.label_ == "DATE" for e in v.sent.ents))) for c in v.children):
        # "Kyiv has long accused Moscow of ...": a standing position recalled, no act of the day; "North Korea has
        # repeatedly threatened to attack the South": a record of acts over time (not "... this week")
        return True
    if any(c.dep_ == "mark" and c.lower_ == "after" for c in v.children) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS
            for c in v.children):
        return True  # "Years after the United States invaded Iraq, ...", "two decades after ...": told as past (a year or more)
    if v.dep_ in ("relcl", "acl") and v.head.lemma_.lower() == "time" and v.head.dep_ == "nsubj" and any(
            e.label_ == "DATE" and (ys := _last_years(e.text)) and max(ys) < day.year
            and any(a.i == v.head.head.i for a in e.root.ancestors) for e in v.sent.ents):
        return True  # "The last time an Indian prime minister travelled to Pakistan was in 2015": dated by its "was"
    for a in [v, *v.ancestors]:
        if a.dep_ in ("relcl", "acl") and a.head.ent_type_ == "EVENT" and _PAST_EVENTS.search(
                next((e.text for e in v.sent.ents if e.start <= a.head.i < e.end), "")):
            return True
    for a in [v, *v.ancestors]:
        # "the 1976 Berne Agreement under which both sides agreed ...": a clause describing an old
        # agreement or event named with its year
        if a.dep_ == "relcl" and any(c.like_num and len(c.text) == 4 and c.text.isdigit()
                                     and 1900 < int(c.text) <= day.year - 2 for c in a.head.children):
            return True
    for o in v.children:
        # "fought a 16-year war with Morocco that ended in a ceasefire in 1991": a war told by its old end
        if o.dep_ == "dobj" and o.lemma_.lower() in ("war", "conflict", "insurgency", "campaign") and any(
                r.dep_ == "relcl" and r.lemma_.lower() in ("end", "conclude", "finish") and any(
                    t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) <= day.year - 2
                    for t in r.subtree) for r in o.children):
            return True
    for ent in () if about else v.sent.ents:  # "murdered ... during World War Two"
        if ent.label_ == "EVENT" and _PAST_EVENTS.search(ent.text) and ent.root.dep_ == "pobj" \
                and ent.root.head.lower_ in ("during", "in", "throughout") and ent.root.head.head.i == v.i:
            return True
        # "fought on opposite sides of the Korean War": a war named by its proper name, one step further
        if ent.label_ == "EVENT" and ent.root.text[:1].isupper() and _PAST_EVENTS.search(ent.root.text) \
                and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.dep_ == "pobj" \
                and ent.root.head.head.head.lower_ in ("during", "in", "on", "throughout") \
                and ent.root.head.head.head.head.i == v.i:
            return True
    for ent in v.sent.ents:
        if ent.label_ != "DATE":
            continue
        years = _last_years(ent.text)
        # "since 2019, when Japan tightened controls", "since January 2, when Chadian troops overran
        # a garrison" (in a March story): the clause hangs on the date, and the date is past
        if v.dep_ in ("relcl", "acl") and v.head.i in range(ent.start, ent.end) and (
                years and max(years) < day.year or _background(ent.text, day)):
            return True
        # "In 2008, a soldier shot and killed ...": the first of coordinated verbs carries the date
        # ... and a participle its head's ("opened fire on October 2, killing two")
        w = v
        while w.head.i != w.i and w.head.pos_ in ("VERB", "AUX") and (
                (w.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children))
                or (w.dep_ == "advcl" and w.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in w.children))):
            w = w.head
        if w.dep_ == "advcl" and w.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in w.children):
            w = w.head  # "was attacked on October 2 when gunmen opened fire": the when-clause has its date
        if not (ent.root.i in (v.i, w.i) or w.i in {a.i for a in ent.root.ancestors}):
            continue
        if ent.root.dep_ in ("nummod", "compound", "amod", "poss", "nmod"):
            continue  # "the 2010 sinking", "a 1965 treaty": the date of a thing, not of this event
        # the date must hang on this clause, not on a deeper one
        head = ent.root.head
        while head.dep_ in ("prep", "pobj", "npadvmod", "advmod", "amod", "nummod") and head.i not in (v.i, w.i):
            head = head.head
        if ent.root.dep_ == "npadvmod" and head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") \
                and head.head.i in (v.i, w.i):
            head = head.head  # "met Abe in Chengdu last December": the parser hangs the time on the object
            # (or on the subject: "where South African troops last May launched an attack")
        if head.dep_ == "xcomp" and head.head.i in (v.i, w.i) and years and max(years) <= day.year - 2:
            head = head.head  # "threatened to withdraw from NATO in 2018": the threat was then
        if head.i not in (v.i, w.i):
            continue
        prev = v.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev == "since" and years and max(years) <= day.year - 5 and not _recurring(v) and \
                v.doc[ent.start - 1].head.pos_ not in ("NOUN", "ADJ"):
            return True  # "Since 1973 the U.S. has given Israel 25 billion dlrs": a record of years, no event
            # (but "has sent troops every year since 1990" goes on now, and "met Assad for the first
            # time since 2011" breaks the record now: "since" hangs on a noun)
        if prev in ("since", "until", "till", "by", "before", "for", "through", "to"):
            continue  # "since 2019", "a protocol for 1990": not the event's date
        m = _YEARS_AGO.search(ent.text)
        if m and int(m.group(1)) >= 2:
            return True
        if years and max(years) < day.year:
            return True
        if _background(ent.text, day):
            return True  # "since they established relations last November", "In January Canada and France concluded
            # an interim accord" (in a March story; a lead's own month weeks back too since session 31: the blind
            # annotators of every real-news set leave such acts out, as eval/README's conventions have it)
    # "has carried out numerous suicide bombings": a record of many acts over time, not this news
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children) and v.tag_ == "VBN" and any(
            c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and any(
                m.dep_ == "amod" and m.lower_ in RECORD_QUANTIFIERS for m in c.children) for c in v.children):
        return True
    # "has attacked Lebanon before", "has promised to round them up before": a perfect of experience
    # (the bare adverb on the act or on its governor)
    for w in [v, *([v.head] if v.dep_ == "xcomp" else [])]:
        near = [*w.children, *(c for x in w.children if x.dep_ == "xcomp" for c in x.children)]
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in w.children) and any(
                c.dep_ == "advmod" and c.lower_ == "before" and not list(c.children) for c in near):
            return True
    # "has previously criticized", "had in the past supplied": background, not this news
    return any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in v.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "past" and o.dep_ == "pobj" and any(
            d.lower_ == "the" for d in o.children) and not any(d.dep_ in ("amod", "nummod") for d in o.children)
                                                     for o in c.children) for c in v.children)


#: ranks that make an infinitive on their noun a deed done: "the first leader to visit Kyiv"
_RANKS = word_list("ranks")


def _first_to(v: Token) -> Token | None:
    """The verb that tells whether ``v`` was done when ``v`` is an infinitive ranking its doer: "Modi was the
    first foreign leader to visit Kyiv" (was), "were among the first leaders to congratulate Trump" (were); else
    None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    h = v.head
    ranked = (lambda n: n.pos_ in ("NOUN", "PRON", "ADJ") and (n.lower_ in _RANKS or any(
        a.dep_ == "amod" and a.lower_ in _RANKS for a in n.children)))
    if v.dep_ in ("relcl", "acl") and ranked(h):
        g = h
        while g.dep_ in ("attr", "pobj", "prep", "nsubj", "appos") and g.head.i != g.i:
            g = g.head
        return g if g.pos_ in ("VERB", "AUX") and g.i != v.i else None
    if v.dep_ in ("advcl", "xcomp") and lemma(h) == "be" and any(
            pp.dep_ == "prep" and pp.lower_ == "among" and any(ranked(o) for o in pp.children) for pp in h.children):
        return h
    return None


def _infinitive_governor(t: Token) -> Token:
    """The verb whose clause an infinitive ``t`` completes ("will not allow Sweden to join NATO
    until ...": "join" is "allow"'s), or ``t`` itself; a time clause on the infinitive is set by it."""
    for _ in range(2):
        if t.dep_ not in ("xcomp", "ccomp") or t.tag_ != "VB" or t.head.i == t.i or not (
                t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            break
        t = t.head
    return t


def _future_clause(t: Token) -> bool:
    """The clause of ``t`` is in the future ("will", "shall", "is due to", "next week"), or a
    noun it hangs on is governed by one ("Brazil's role when the ICO meets ... will be")."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


#: adverbs of a custom, which make a present tense tell what is usually done, not what was done
HABITUAL_ADVERBS = frozenset({"regularly", "usually", "routinely", "normally", "traditionally", "customarily",
                              "typically", "generally", "often", "frequently"})


def habitual(v: Token) -> bool:
    """A present-tense verb with an adverb of custom: "talks of this kind are regularly held each year", "the
    two navies routinely hold exercises" (what is usually done; not a past tense's "regularly met")."""
    present = v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in v.children))
    return present and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in v.children)


def _recurring(v: Token) -> bool:
    """The act recurs ("every year", "each month", "annually"): it goes on, no record of the past."""
    return any(t.lower_ in ("annually", "regularly", "repeatedly", "routinely") or (
        t.lower_ in ("every", "each") and t.head.lemma_.lower() in ("year", "month", "week", "day", "season"))
        for t in v.sent)


#: adverbs that put an act in the background of the story
BACKGROUND_ADVERBS = frozenset({"previously", "formerly"})
#: quantifiers of a perfect tense's object that make it a record of acts over time
RECORD_QUANTIFIERS = frozenset({"numerous", "countless", "many", "innumerable"})
#: how long before the article a dated act is background (a month dated only by its name:
#: its last day this long before; "last year": always)
_BACKGROUND_DAYS = 21


def _background(text: str, day: date) -> bool:
    """A date expression that puts its act weeks or months before the article: "last
    November", "in late February", "last year", "on Jan. 5" (three weeks or more)."""
    low = text.lower()
    if re.search(r"\b(this|next|coming)\b", low) or re.match(r"(since|until|till|by|for|through)\b", low):
        return False  # "earlier this month", "this year": the story's own time; "since last June": ongoing
    found = resolve(text, day)
    if found is None:
        return False
    when, precision = found
    if precision == "year":
        return when.year < day.year
    if precision == "month" and not re.search(r"\b(last|past|\d{4})\b", low) \
            and 0 < (when.month - day.month) % 12 <= 4:
        return False  # "in April" in a story of March: the coming April, not last year's (but "in December" is past)
    if precision == "month":
        nxt = date(when.year + (when.month == 12), when.month % 12 + 1, 1)
        return (day - nxt).days + 1 >= _BACKGROUND_DAYS
    if precision == "day":
        return (day - when).days >= _BACKGROUND_DAYS
    return False


def in_main_clause(v: Token) -> bool:
    t = v
    while t.dep_ in ("conj", "xcomp", "aux") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT"


#: people whose forecasts are not an actor's commitment: "China will retaliate, analysts said"
PUNDITS = frozenset({"analyst", "expert", "observer", "economist", "commentator", "pundit", "scholar", "critic",
                     "researcher", "academic", "strategist", "forecaster", "poll", "survey", "report", "study"})


#: nouns of saying whose "that" clause they report ("a statement that Ankara would act")
SAYING_NOUNS = frozenset({"statement", "declaration", "announcement", "communique", "pledge", "promise", "vow",
                          "assurance", "warning", "message", "letter", "remark", "comment"})


def reporter(t: Token) -> Token | None:
    """The verb that reports or believes the clause headed by ``t``: "said" in "Japan
    will send aid, officials said" and "Japan said it would send aid"; or the noun of saying whose
    "that" clause it is ("a statement that Japan would send aid")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("ccomp", "parataxis") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    if t.dep_ in ("acl", "ccomp", "appos") and t.head.pos_ == "NOUN" and lemma(t.head) in SAYING_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
        return t.head  # "a statement by Turkey that Ankara would take action": the statement reports it
    if t.dep_ == "ROOT":
        for c in t.children:
            if c.dep_ in ("parataxis", "ccomp") and c.i > t.i and c.pos_ == "VERB" \
                    and c.lemma_.lower() in ("say", "report", "announce", "add", "state", "tell", "confirm"):
                return c
    return None


def said_clause(gov: Token) -> Token:
    """The clause a governor of intent stands for when it is reported: "said it was ready to ...",
    the copula's that the adjective completes (session 10), else the governor's own."""
    return gov.head if gov.dep_ in ("acomp", "attr") and lemma(gov.head) == "be" else gov


def said_kind(v: Token, mood: Mood, restraint: bool = False) -> str | None:
    """How an event that is not (yet) a fact was said, when the saying is itself a
    CAMEO event (:mod:`.derived`): ``commit`` for a future or promised act of the
    clause's own subject ("will send", "agreed to send", "is ready to send", "said it
    would send"), ``refusal`` for a refused or ruled-out one ("refused to meet",
    "will not release"), else None."""
    gov = v.doc[mood.clause] if mood.clause >= 0 else v
    if mood.via == "purpose" and v.dep_ in ("advcl", "xcomp"):
        gov = v.head  # "will send troops to fight X": the act it is the purpose of is said or asked
    rep = reporter(said_clause(gov))
    if rep is not None and lemma(rep) in COGNITION and COGNITION[lemma(rep)] != "intent":
        return None  # "analysts expect that Iran will ...": a forecast, not a commitment (a hope is the hoper's
        # own commitment when it is its own side's act: "hopes the U.S. will soon lift sanctions"; another's act
        # hoped for is no one's commitment, see Coder._said)
    if (gov.dep_ in ("acl", "ccomp", "appos") and gov.head.pos_ == "NOUN" and lemma(gov.head) in SPECULATION) or any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and lemma(c) in SPECULATION and c.i < gov.i and c.i != v.i
            for c in gov.children):  # (but "talks will resume" are the event itself, no talk of it)
        return None  # "speculation (that) the U.S. will offer wheat": others' forecast, not a commitment
    if any(c.dep_ == "advmod" and c.lower_ in UNSURE for c in gov.children):
        return None  # "it will probably recur in talks with X": a guess, not a commitment
    if gov.sent.text.rstrip(' "\'').endswith("?") and in_main_clause(gov):
        return None  # "Will China impose sanctions on Japan?": a question, no one's commitment
    if rep is not None and (lemma(rep) in DENIALS or any(c.dep_ == "neg" for c in rep.children)):
        return None  # "Egypt denied it would send troops", "did not say it would": no commitment
    if rep is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PUNDITS
                               for c in rep.children):
        return None
    govs = [gov, gov.head] if gov.dep_ in ("acomp", "attr") and gov.head.pos_ == "AUX" else [gov]
    # ("would not hesitate to strike": the double negation is the commitment, its modal the sentence's)
    stopper = mood.ceased and v.head.i == gov.i  # "would stop supplying": the stopping is the act said
    left_no_choice = any(c.dep_ == "dobj" and lemma(c) in NO_CHOICE for c in gov.children)
    # ("would have no choice but to retaliate": the modal is the act's own, as "would retaliate")
    if gov.i != v.i and not stopper and lemma(gov) != "hesitate" and not left_no_choice and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in PRED_AUX
                                                 and c.lower_ not in FUTURE_AUX) for g in govs for c in g.children):
        return None  # "did not agree to send", "could agree to send", "must be ready to send"
    if mood.negated:
        if mood.refused and mood.status == "negated":
            return "refusal"
        if restraint and mood.status == "intent" and mood.via in COMMIT_GOVERNORS:
            return "refusal"  # "pledged not to start a war": the act refused is a promise of restraint
        if mood.via == "future" or (mood.via == "would" and rep is not None):
            return "refusal"
        return None
    if mood.via == "future" or (mood.via == "would" and rep is not None):
        return "commit"
    if mood.via in ("could", "might", "may") and rep is not None and lemma(rep) in ("warn", "threaten"):
        return "commit"  # "Iran warned it might retaliate against Israel": a warning of what it may do is a threat
    if mood.via in ("could", "might") and rep is not None and lemma(rep) == "hope":
        return "commit"  # "hoped the United States could lift the sanctions": a wish (its own side's only: Coder._said)
    if mood.via in COMMIT_GOVERNORS and mood.status == "intent":
        return "commit"
    if mood.via == "purpose" and v.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.head.children):
        return "commit"  # "will operate with US troops to fight the Taliban": the purpose of a promised act
    if mood.via in ("nominal:planned", "nominal:upcoming"):
        return "commit"
    return None
