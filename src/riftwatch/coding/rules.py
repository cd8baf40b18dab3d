"""Word lists and small predicates the coder consults (:mod:`.coder`): the senses a
trigger must not have ("met its targets" is no meeting), the roots and codes that
follow a convention (domestic targets, acts that stand alone), weapons and
attackers, and the checks that prune one sentence's events. Kept apart from the
coder's control flow so that either can be read alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import DocActors
from ..models import Actor
from .patterns import Pattern
from .slots import STATE as STATE_SECTORS  # sectors of a state's own apparatus
from .slots import COUNTED_PEOPLE, MEASURES, STRUCK, TIME_WORDS, TOPIC_NOUNS, TOPIC_VERBS, agents, children, clause_in_subject
from .slots import TRIP_TALKS  # the talks a trip is for: "went to Washington for talks with the IMF"
from ..lexicon import word_family, word_list

#: (pattern, source, target, status, code, confidence) before it becomes an Event
Coded = tuple[Pattern, Actor, "Actor | None", str, str, float]


# TOPIC_VERBS ("discussed cooperation"), TOPIC_NOUNS ("negotiations on a troop pullback"): slots.py

#: codes whose target is where the source went (a place stands for its country)
_VISITED = frozenset({"042", "044"})


def _specificity(code: str) -> tuple[int, int]:
    return len(code), 0 if code.endswith("0") else 1


#: verbs of state and mind: a clause built on one reports no act ("said the talks were useful")
_STATIVE_VERBS = word_list("stative_verbs")


def _reports_an_act(clause: Token) -> bool:
    """A reported clause whose verb is an act done by its own subject, in the past or
    present ("its troops repelled an attack", "the rebels are shelling the town"), not a
    state, a view, a passive ("the matter was closed") or a future."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() in _STATIVE_VERBS or clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "may", "might", "should", "must",
                                                           "can", "shall", "wo", "'ll", "to") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" for c in clause.children) and not any(
        c.dep_ == "neg" for c in clause.children)


def _prune(coded: list[tuple[Token, Coded]]) -> list[tuple[Token, Coded]]:
    """One sentence's events, less the ones a more specific event says already:

    * a statement (010) whose reported clause holds an asserted event — attribution
      is provenance, not a second event: "Japan said it would send aid to Turkey" is a
      pledge of aid, "Arnor restored ties with Gondor, an official said" a restoration;
    * of several asserted events with the same source and target (countries) and root,
      all but the most specific code — "agreed to provide aid" is 033, not 030 *and* 033.
    """
    drop: set[int] = set()
    for k, (tok, ev) in enumerate(coded):
        if ev[3] == "asserted" and "speech" in ev[0].flags and ev[4] == "010" and any(
                (c.dep_ == "ccomp" and _reports_an_act(c)) or (c.dep_ == "dobj" and any(
                    g.dep_ == "amod" and g.tag_ == "VBD" and _reports_an_act(g) for g in c.children))
                for c in tok.children):
            # "Iraq said its warplanes hit two ships": the report is of an act the patterns
            # did not reach; a bare statement in its place would be a wrong event, not a near miss
            # (also when the parser makes the reported verb a modifier of its object: "said the
            # two discussed coordination")
            drop.add(k)
    # ... and a statement whose report holds an event kept ("Japan said it would send aid to Turkey"), but
    # not one whose report is a statement dropped in its turn ("the White House said Biden told Netanyahu that
    # the war must end": Biden's word to Netanyahu is still the White House's report of it)
    asserted = [(tok, ev) for k, (tok, ev) in enumerate(coded) if ev[3] == "asserted" and k not in drop]
    for k, (tok, ev) in enumerate(coded):
        if ev[3] != "asserted" or "speech" not in ev[0].flags or k in drop:
            continue
        inside = {t.i for c in tok.children if c.dep_ in ("ccomp", "parataxis", "dobj") for t in c.subtree}
        if tok.dep_ in ("parataxis", "advcl", "ccomp") and tok.head.i != tok.i:
            # "Arnor restored ties with Gondor, an official said", parsed the other way round
            inside |= {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        if any(t2.i in inside for t2, _ in asserted):
            drop.add(k)
    asserted = [(tok, ev) for tok, ev in coded if ev[3] == "asserted"]
    # "agreed to impose sanctions on Iran": a threat (or act) against Iran, no agreement with it
    hostile = {(ev[1].country, ev[2].country) for _, ev in asserted if ev[2] is not None and "10" <= ev[4][:2] <= "20"}
    for k, (tok, ev) in enumerate(coded):
        if ev[3] == "asserted" and ev[4] == "030" and ev[2] is not None and (ev[1].country, ev[2].country) in hostile:
            drop.add(k)
    # "India refused to condemn Russia": declining to act against someone rejects nothing of theirs
    spared = {(ev[1].country, ev[2].country) for _, ev in coded
              if ev[3] == "negated" and ev[2] is not None and "10" <= ev[4][:2] <= "20"}
    for k, (tok, ev) in enumerate(coded):
        if ev[3] == "asserted" and ev[4] == "120" and ev[2] is not None and (ev[1].country, ev[2].country) in spared:
            drop.add(k)
    # "warplanes killed 22 people in a bombing of a Pakistani village": the force with no victim
    # named is the same act as the one whose target the sentence names
    # (and so is rebels' force placed at home for want of a victim: "gunmen launched ambushes,
    # wounding three Israeli settlers")
    def unaimed(ev: Coded) -> bool:
        return ev[2] is None or (ev[2].kind == "domestic" and ev[2].country == ev[1].country)
    struck = {ev[1].country for _, ev in coded if not unaimed(ev) and ev[4][:2] in VIOLENT_ROOTS}
    for k, (tok, ev) in enumerate(coded):
        if unaimed(ev) and ev[4][:2] in VIOLENT_ROOTS and ev[1].country in struck:
            drop.add(k)
    # "detonated a car bomb at a military base, killing at least 10 soldiers": the dead are the bombing's, no
    # second attack
    violent_at = {(tok.i, ev[1].country) for tok, ev in asserted if ev[4][:2] in VIOLENT_ROOTS or ev[4] == "175"}
    for k, (tok, ev) in enumerate(coded):
        if ev[4][:2] in VIOLENT_ROOTS and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") \
                and tok.lemma_.lower() in ("kill", "injure", "wound", "maim") \
                and (tok.head.i, ev[1].country) in violent_at:
            drop.add(k)
    # "Wang said he was confident that relations with the EU would keep improving": the comment aimed at the EU
    # says what the same comment aimed at no one does
    aimed = {(ev[1].code, ev[4]) for _, ev in asserted if ev[2] is not None and ev[4][:2] == "01"}
    for k, (tok, ev) in enumerate(coded):
        if ev[3] == "asserted" and ev[2] is None and (ev[1].code, ev[4]) in aimed:
            drop.add(k)
    # "Israel refused to confirm the Lebanese report": a declined comment (011), no rejection of Lebanon
    silent = {(tok.head.i, ev[1].country) for tok, ev in coded if ev[4] == "011" and tok.dep_ == "xcomp"}
    for k, (tok, ev) in enumerate(coded):
        if ev[4][:2] == "12" and (tok.i, ev[1].country) in silent:
            drop.add(k)
    best: dict[tuple, int] = {}
    mutual = {(ev[1].code, ev[2].code, ev[4][:2]) for _, ev in asserted if ev[2] is not None and ev[4][:2] in VIOLENT_ROOTS}
    for k, (tok, ev) in enumerate(coded):
        if k in drop or ev[3] != "asserted":
            continue
        key = (ev[1].country or ev[1].code, (ev[2].country or ev[2].code) if ev[2] else None, ev[4][:2])
        if ev[2] is not None and ev[1].country == ev[2].country and (ev[2].code, ev[1].code, ev[4][:2]) in mutual:
            # two armed sides of one country fight each other: "troops clashed with rebels" both ways (but
            # "security forces and allied fighters killed civilians" is one event, and so is an attack on
            # "soldiers and border police")
            key = (*key, ev[1].code)
        if key not in best:
            best[key] = k
        elif _specificity(ev[4]) > _specificity(coded[best[key]][1][4]) or (
                _specificity(ev[4]) == _specificity(coded[best[key]][1][4]) and ev[4] != coded[best[key]][1][4]
                and ev[5] > coded[best[key]][1][5]):
            # (of two as specific, the surer: "condemned the execution and summoned Iran's envoy" is the
            # summons, whose target is named, not the condemnation, whose target is implied)
            drop.add(best[key])
            best[key] = k
        else:
            drop.add(k)
    return [x for k, x in enumerate(coded) if k not in drop]


def _next_to(v: Token, prep: Token) -> bool:
    """``prep`` follows the verb or its direct object immediately."""
    # ... or a time word after it: "called Thursday on Arabs to unite"
    ends = [v.i] + [max(t.i for t in o.subtree) for o in v.children if o.dep_ == "dobj" or (
        o.dep_ == "npadvmod" and o.i > v.i and o.lower_ in TIME_WORDS)]
    return any(prep.i == e + 1 for e in ends)


def conjuncts_v(t: Token) -> list[Token]:
    """A clause and the clauses coordinated with it that have a subject of their own."""
    return [t] + [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                  and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]


#: verbs whose object noun is their subject's own act: "launched an attack", "held talks",
#: "called off the visit" (not "condemned the attack", "welcomed the talks")
LIGHT_VERBS = word_list("light_verbs")
#: objects that take a verb out of its pattern's sense ("met the needs", "met its commitments");
#: "meet the demands of X" is a concession (pattern meet_demands)
OTHER_SENSE = word_family("other_sense")
#: verbs whose pattern sense has no object or clause: "demonstrated the intention" shows
INTRANSITIVE_SENSE = word_list("intransitive_sense")
#: verbs that with a "to" complement are a struggle, not force
STRUGGLE = word_list("struggle")
#: who hears a speech: "speaking to reporters", "spoke at a news conference" (no consultation)
AUDIENCES = word_list("audiences")
#: addressees that are everyone and no one state ("the world", "donors"; "the international community")
WORLD_ADDRESSEES = word_list("world_addressees")
# MEASURES (amounts whose "in"/"of" phrase names what is measured): slots.py
#: "two days of talks with X": spans of time or turns that frame the event noun of their "of" phrase
SPANS = word_list("spans")
#: "at the end of a visit to X", "on the sidelines of talks with X": parts of an occasion, said when
#: something else happened, that frame the event noun of their "of" phrase
OCCASIONS = word_list("occasions")
_OCCASION_PREPS = frozenset({"at", "on", "during", "in", "after", "before", "toward", "towards", "near"})
#: generic appeals and demands, made specific by what they ask for (:meth:`Coder._asked`)
ASKING = {"020": "appeal", "100": "demand"}
#: responses whose object may only refer back to the act they answer (see Coder._answered)
RESPONSES = frozenset({"01", "03", "05", "11", "12"})
REFERRING_NOUNS = word_list("referring_nouns")
#: acts only a state's authorities perform (arrest, detention, trial, deportation, curfews)
STATE_ONLY = frozenset({"172", "173", "174", "116"})
#: deaths that are no one's attack
MISHAPS = word_list("mishaps")
#: agents of a passive attack that name a weapon or unknown attackers, not an actor
INSTRUMENTS = word_list("instruments")
#: what one calls when convening it ("called an emergency meeting"), not a phone call
CONVENED = word_list("convened")
#: verbs of mediation whose participle names the mediator ("a truce brokered by Egypt")
MEDIATING = word_list("mediating")
#: verbs of attack whose object names the attacked ("attacked Israeli towns, killing ...")
ATTACK_VERBS = word_list("attack_verbs")
#: weapons and craft that are shot down or destroyed, never a side of their own
HARDWARE = word_list("hardware")
#: people whose clash with police is a violent protest (145), the police's part repression (175)
PROTESTERS = word_list("protesters")
#: bare numbers that stand for a crowd as a protest's subject ("thousands rallied in Taipei")
CROWDS = word_list("crowds")
#: verbs that answer another's act named as their object with its owner ("rejected a demand by the IMF")
ANSWERING = word_list("answering")
#: the roots of the acts an answer implies were done: appeals, offers, demands, criticism, threats
ANSWERED_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
#: people an arrest may fall on whose country the text does not tell ("arrested a 28-year-old man")
UNKNOWN_PERSONS = word_list("unknown_persons")
#: words that make an attack a bombing (CAMEO 183)
BOMB_WORDS = word_list("bomb_words")
#: entity labels that name someone or somewhere: a phrase holding one names its side
NAME_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"})
#: roots that are relations between states: no state has them with itself
INTERSTATE = frozenset({"03", "04", "05", "06", "07", "16"})
#: ... and the roots its organs do not direct at their own country named as a whole
SELF_DIRECTED = frozenset({"10", "11", "12", "13"})
#: consultations, signed agreements and joint cooperation are mutual: "X met Y" is coded both ways, as CAMEO codes talks
RECIPROCAL = frozenset({"019", "040", "041", "044", "046", "057", "060", "062"})
#: what a country's own people do to its government: appeal, demand, criticize, reject, protest
DOMESTIC_ROOTS = frozenset({"02", "10", "11", "12", "14"})
#: threats and force whose countryless source belongs where it acts (see ``Coder._pairs``)
ARMED_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
#: the roots of force used: unconventional violence, assault, fighting, mass violence
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: roots of a reaction another's act may prompt: disapprove, reject, threaten, protest (see coder._prompted_by)
REACTION_ROOTS = frozenset({"11", "12", "13", "14"})
#: sectors of unarmed people, a crowd of whom fighting the police riots ("Spanish farmers battled police")
CROWD_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU"})
NONSTATE_SECTORS = frozenset({"CVL", "OPP", "REB", "LAB", "EDU", "BUS", "MED", "REL", "AGR", "REF", "HRI", "SEP",
                              "INS", "NGO", "JRN", "MOD", "RAD", "UAF"})


#: words that make a pattern's ``trade=`` reading apply (a sanction, not force: patterns.py)
TRADE_WORDS = word_list("trade_words")
#: verbs of crowds and forces used without an object: an -ed form is no passive
INTRANSITIVE_ACTS = word_list("intransitive_acts")
#: verbs whose passive with a thing as agent is a feeling ("was encouraged by the reforms")
EMOTIVE_VERBS = word_list("emotive_verbs")
#: the press a statement is made to: "told a news conference", "speaking with reporters"
PRESS = word_list("press")
#: what moves markets, as the agent of a passive verb of hitting: "shares were hit by selling"
MARKET_FORCES = word_list("market_forces")
#: gatherings a speech is made to: they name their members only in an "of" phrase ("told a
#: meeting of OPEC ministers"), never by where they meet
GATHERINGS = word_list("gatherings")
#: the business a trip's talks may be with: "for talks with creditor banks"
LENDERS = word_list("lenders")
#: an appeal's addressees that are everyone in a conflict, unnamed: "urged both sides", "all parties"
SIDES = word_list("sides")
#: what people travel in: "landed in a military plane" names no place
CONVEYANCES = word_list("conveyances")
#: help asked of everyone and no one state: "appealed for international aid"
ASKED_HELP = word_list("asked_help")
FROM_ALL = word_list("from_all")
#: counts of people that make an expulsion a mass one: "expelled hundreds of thousands of Afghans"
MULTITUDES = word_list("multitudes")
ALL_OF_THEM = word_list("all_of_them")


def _as_place(a: Actor) -> Actor:
    """The country of ``a`` standing as a place: "in Jerusalem" struck Israel, not its government; a host's state
    is the place a visit goes to."""
    return Actor(a.country, a.country, None, a.name, "place", a.start, a.end)


def _state_side(a: Actor) -> bool:
    """The state itself or its apparatus (government, forces, police ...), not its people."""
    return a.sector is None or a.sector in STATE_SECTORS


def _people(a: Actor) -> bool:
    """A society's people or groups rather than a state or its apparatus."""
    return a.sector in NONSTATE_SECTORS or (a.sector is None and a.kind in ("title", "demonym") and a.name[-1:] == "s")


#: event forms that may stand without a target: statements, protests, force posture,
#: a resignation, a ceasefire, demobilisation, a retreat
MONADIC_ROOTS = frozenset({"01", "14", "15"})
MONADIC_CODES = frozenset({"080", "0831", "0871", "0873", "0874", "128"})
#: ... and the pledges and refusals said of them: to resign (0341, 1231), to cease fire,
#: demobilize or withdraw (0356, 1246)
MONADIC_SAID = frozenset({"0341", "0356", "1231", "1246"})
#: agreements whose failure is a breakdown of negotiations (164)
FAILED_TALKS = frozenset({"030", "057", "046"})
#: concessions a state makes to its own people (curfews, emergencies, bans, crackdowns) ... and a leader's or
#: government's resignation, done, pledged or refused (0831, 0341, 1231): "Sorsa and his government resigned" is
#: Finland's to Finland, as every blind annotator of our sets has labelled it
DOMESTIC_YIELDS = frozenset({"081", "0811", "0812", "0813", "0814", "082", "083", "0831", "0832", "0833", "0834",
                             "0341", "1231"})


def _monadic(code: str) -> bool:
    return code[:2] in MONADIC_ROOTS or code in MONADIC_CODES or code in MONADIC_SAID


def _at_home(s: Actor) -> Actor | None:
    """Where force by rebels, other non-state people or police falls when the text names no
    victim: their own country ("Afghan guerrillas blew up three power lines"). A state's
    troops act as often abroad, so theirs stays unknown, and so does a named armed group's
    ("Hamas bombings continued" strike Israel as often as anyone at home)."""
    if s.country and s.code.startswith(s.country) and (s.sector in NONSTATE_SECTORS or s.sector == "COP"):
        return Actor(s.country, s.country, None, s.country, "domestic", s.start, s.end)
    return None


def _domestic(s: Actor, code: str) -> Actor | None:
    """The target an event with none named has by CAMEO's convention for domestic
    events: a protest or demand of a country's people or opposition is aimed at its
    government ("Egyptian demonstrators rioted"); a state's coercion or concession with
    no one named falls on its own country ("Sudan lifted the state of emergency")."""
    if s.country is None:
        return None
    root = code[:2]
    people = s.sector in NONSTATE_SECTORS or (s.sector is None and s.kind in ("title", "demonym"))
    state = s.sector in STATE_SECTORS or (s.sector is None and s.kind in ("country", "capital"))
    # ... and so is its end ("called off the strike"); a country's riots are its people's ("Argentina's riots")
    # ... and so is their criticism, when a sector names them as a society's (opposition, rebels, unions, clergy:
    # not "Americans", not a firm: "the Italian clothing group has targeted financial services")
    critics = root == "11" and s.sector in NONSTATE_SECTORS and s.sector not in ("BUS", "MED", "JRN", "MOD", "UAF")
    if (root in ("10", "12", "14") or code == "082") and people or critics or (root == "14" and s.sector is None):
        return Actor(s.country + "GOV", s.country, "GOV", s.country, "domestic", s.start, s.end)
    if code.startswith("171") and s.sector != "COP":
        # a state or its troops that seize or destroy property with no owner named act as often
        # abroad as at home ("boarded the platform, destroying equipment", "seized an oil tanker
        # in the Gulf of Oman"): whose it was, the text must say (police confiscate at home)
        return None
    # ... and police sent nowhere named stay at home ("France deployed 45,000 police officers across the country")
    if (root in ("17",) or code in DOMESTIC_YIELDS or code == "153") and state:
        # the country's people; "Kenya declared a state of emergency": Kenya's civilians
        if s.code == s.country:
            return Actor(s.country + "CVL", s.country, "CVL", s.country, "domestic", s.start, s.end)
        return Actor(s.country, s.country, None, s.country, "domestic", s.start, s.end)
    return None


#: participles that state a stance with their preposition ("is opposed to")
STATIVE = {"oppose": "to"}
#: verbs whose "for" phrase is an act they allege ("blamed Israel for the bombing")
ACCUSING = word_list("accusing")
#: heads that an event noun names the kind of ("a mediation mission", "an aid programme")
FRAME_NOUNS = word_list("frame_nouns")


def _frame(n: Token, measures: frozenset[str] = frozenset()) -> Token:
    """The phrase an event noun heads: itself, or the frame noun it modifies as a
    compound ("mediation effort", "military aid program") whose complements are its own,
    or the measure whose "of" phrase it is ("two days of talks with X", "a series of meetings")."""
    if n.dep_ == "compound" and n.head.lemma_.lower() in FRAME_NOUNS and n.head.i > n.i:
        return n.head
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and n.head.head.i < n.i \
            and n.head.head.lemma_.lower() in measures:
        return n.head.head
    return n


def _occasion(n: Token) -> Token:
    """The part of an occasion an event noun is the "of" phrase of, when that part is the time
    of something else: "at the end of an official visit to Mexico" (else the noun itself)."""
    f = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
    if f is not None and f.lemma_.lower() in OCCASIONS and f.i < n.i and f.dep_ == "pobj" \
            and f.head.lower_ in _OCCASION_PREPS:
        return f
    return n


#: weapon words → CAMEO code, most specific first: bombings (183x) are unconventional
#: violence, shelling (194) and air strikes (195) military force
WEAPON_CODES = (
    ("1831", word_list("weapon.1831")),
    ("1832", word_list("weapon.1832")),
    ("1833", word_list("weapon.1833")),
    ("183", BOMB_WORDS),
    ("194", word_list("weapon.194")),
)
#: aircraft: what they kill with is an air strike (195)
AIRCRAFT = word_list("aircraft")


def _weapon_code(v: Token, subjects: list[Token]) -> str | None:
    """The code a casualty verb has by its weapon, named in its subject or ``by``
    phrase ("a car bomb killed", "were killed by mortar fire") or in an ``in``/``with``
    phrase ("wounded two soldiers in a bomb attack", "killed in a suicide bombing")."""
    phrases = [*subjects, *agents(v)] + [t for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("in", "with")
                                        for t in children(pp, "pobj")]
    toks = [t for h in phrases if h.pos_ == "NOUN" for t in _weapon_phrase(h)]
    words = {t.lemma_.lower() for t in toks}
    pairs = {f"{t.lemma_.lower()} {t.head.lemma_.lower()}" for t in toks if t.dep_ in ("compound", "amod")}
    if words & AIRCRAFT or pairs & {"air strike", "air raid", "drone strike", "bombing raid"} or (
            "bomber" in words and "suicide" not in words):
        return "195"  # "warplanes killed 22 people in a bombing": an air strike, no car bomb
    if not words & BOMB_WORDS and "explosive device" not in pairs:
        words -= {"car", "vehicle", "truck", "lorry", "motorcycle", "motorbike", "suicide", "roadside", "wayside",
                  "improvised"}
    for code, cue in WEAPON_CODES:
        if words & cue:
            return code
    return None


def _weapon_phrase(h: Token) -> list[Token]:
    """The words that name a weapon phrase: its head, what precedes it, its conjuncts and
    its "of" phrase ("an explosion of a car bomb"), not what else trails it ("a raid on a
    bomb factory" is no bombing)."""
    out = [t for t in h.subtree if t.i <= h.i]
    for c in h.children:
        if c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ == "of"):
            out += list(c.subtree) if c.dep_ == "prep" else _weapon_phrase(c)
    return out


#: people among the instruments: "Albanian gunmen" are Albanian, "gunmen" unknown
ATTACKERS = word_list("attackers")
#: what a vow of retaliation promises
VENGEANCE = word_list("vengeance")
#: uses of force "the" refers back to ("condemned the attack", "said the strikes were a violation")
ATTACKS = STRUCK
#: verbs of defence whose object attack has an attacker of its own ("repelled an attack by X")
REPELLING = word_list("repelling")
#: acts of a state another vows to answer ("vowed retaliation for the U.S. action")
PROVOCATIONS = word_list("provocations")
#: acts and policies whose owner a protest or criticism of them is aimed at
POLICY_NOUNS = word_list("policy_nouns")
#: attacks whose "by" phrase names the attacker ("killed in an attack by Taliban fighters")
ASSAULT_NOUNS = word_list("assault_nouns")
#: places a demonym locates ("the Iraqi city of Basra")
SETTLEMENTS = word_list("settlements")
#: parts of a place whose "of" phrase names it ("the centre of Sumy", "the outskirts of Kharkiv")
AREAS = SETTLEMENTS | word_list("areas")
#: what an attack is aimed at whose "in" phrase names the place ("fired shells at targets in northern Iraq")
AIMED_AT = SETTLEMENTS | word_list("aimed_at")
#: verbs of taking a place back ("recaptured the oasis of Faya Largeau"): a place of the taker's own state is no
#: one it was taken from
RETAKING = word_list("retaking")
#: verbs whose object is moved to act by another's act ("..., prompting Tokyo to lodge a protest")
PROMPTING = word_list("prompting")
#: ways across a border, which a state opens or closes to the state on the other side
CROSSINGS = word_list("crossings")
#: shores whose modifier or "of" phrase names the state an act at sea happened off ("off the Iranian coast")
COASTS = word_list("coasts")
#: modifiers that make an attack word a campaign of words ("a diplomatic offensive", "a charm offensive")
FIGURATIVE = word_list("figurative_attack")
#: armed sectors, and things armed forces attack: "came under attack" is literal for them
ARMED = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SEP", "SPY"})
VESSELS = word_list("vessels")
#: armed units whose arrival somewhere is a deployment (154), not a visit
TROOPS = word_list("troops")
#: the acts of force whose owner alone, with no victim named, still reports them: attacks,
#: bombings, shootings, shelling, air strikes (not an abduction, a blockade, an occupation, a
#: massacre: "the Armenian genocide" names its victims); see ``Coder._force_on_no_one``
NAMELESS_FORCE = frozenset({"180", "183", "190", "193", "194", "195"})
FIRE_NOUNS = word_list("fire_nouns")
FIRE_EXCHANGES = word_list("fire_exchanges")
FIRED_ON = word_list("fired_on")
PROTECTING = word_list("protecting")
WAR_CONTEXT = word_list("war_context")
ATTACKING_FORCES = word_list("attacking_forces")
FORCE_HALTED = word_list("force_halted")
#: verbs that move forces somewhere: troops so moved with no agent named were moved by their own state
DEPLOYING = word_list("deploying")
#: what force strikes whose side a text may leave unnamed: people, craft, places and buildings
#: ("bombarded vehicles", "sank an unidentified boat", "shot a man"); an object outside it is
#: read as figurative ("hit a record", "attack the trade deficit") when no side is named
STRUCK = AIMED_AT | VESSELS | HARDWARE | COUNTED_PEOPLE | UNKNOWN_PERSONS | word_list("struck")
#: places that belong to whoever holds them: "rebel positions", "a guerrilla stronghold"
HELD = word_list("held")
#: what one apologizes for ("regretted the incident"), and the nouns of an expressed regret
OFFENCES = word_list("offences")
REGRET_NOUNS = word_list("regret_nouns")
#: verbs of a fight's outbreak whose "between" phrase names its sides ("fighting erupted between X and Y")
ONSET_VERBS = word_list("onset_verbs")
#: adjectives of readiness whose "to"/"for" noun is an intended act ("open to talks with X")
OPEN_TO = word_list("open_to")


def _holder(h: Token, actors: DocActors) -> list[Actor]:
    """The sector that holds a place: "shelled rebel positions" are the rebels' (of the
    country where the shelling is, see :meth:`Coder._pairs`); "rebel-held areas",
    "Russian-occupied towns": whoever the participle names."""
    if h.pos_ != "NOUN" or h.lemma_.lower() not in HELD:
        return []

    # "the Jenin refugee camp": a place named with the holders is where they are
    where = actors.compound_place(h)

    def armed_sector(t: Token) -> list[Actor]:
        sector = actors.r.sector_of([t])
        if sector in (None, "GOV"):
            return []
        return [Actor((where or "") + sector, where, sector, t.text, "sector", t.i, t.i + 1)]

    for c in h.children:
        if c.dep_ in ("compound", "amod") and c.i < h.i:
            found = armed_sector(c)
            if found:
                return found
            if c.tag_ == "VBN" and c.lemma_.lower() in _HOLDING:
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "amod", "nmod") and x.i < c.i:
                        a = actors.actor_of(x)
                        found = [a] if a is not None and a.country is not None else armed_sector(x)
                        if found:
                            return found
    return []


#: participles of holding ground: "rebel-held", "Russian-occupied", "Taliban-controlled"
_HOLDING = frozenset({"hold", "control", "occupy", "run"})


#: adverbs of a standing trade flow, not a transaction: "normally bought from Japan"
HABITUAL = word_list("habitual")


def _quantity(heads: list[Token]) -> bool:
    """A subject that is goods or an amount, not someone: "80 pct of its exports went to Japan"."""
    return any(h.like_num or h.lemma_.lower() in MEASURES | TRADE_WORDS | {"pct", "percent"} for h in heads)


def _trade_figure(v: Token) -> bool:
    """A trade verb reporting a flow rather than a deal: an amount or value as its object
    ("exported goods worth 1.5 billion stg", "sold 300,000 tonnes"), a habit ("normally
    bought from Japan") or a comparison ("exports to Canada more than it exports to Japan")."""
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL:
            return True
        if c.dep_ in ("dobj", "nsubjpass") and any(
                t.like_num or (t.lemma_.lower() in MEASURES and t.pos_ == "NOUN") for t in c.subtree):
            return True
        if c.dep_ not in ("nsubj", "punct", "cc", "conj") and any(
                t.lower_ in ("worth", "than") or t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in c.subtree):
            return True
    return False


def _suicide_bomber(h: Token) -> bool:
    """"A suicide bomber" is no bomber aircraft of an air force."""
    return h.lemma_.lower() == "bomber" and any(c.lemma_.lower() == "suicide" for c in h.children)


def _mishap(t: Token) -> bool:
    """A word for a death no one caused: "crash", "earthquake", a "fire" (not "mortar fire")."""
    return t.lemma_.lower() in MISHAPS and not (t.lemma_.lower() == "fire" and _weapon(t))


def _weapon(h: Token) -> bool:
    """A subject that names a weapon or unknown attackers, not an actor: "a car bomb",
    "gunmen", "a suicide bomber"; an explosion only when a bomb caused it ("a bomb blast")."""
    lem = h.lemma_.lower()
    if lem == "fire":  # "mortar fire killed four soldiers", "Israeli fire", "the army's fire"
        return any(c.lemma_.lower() in ("mortar", "artillery", "rocket", "tank", "sniper", "enemy", "hostile")
                   or c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG") for c in h.children)
    if h.pos_ != "NOUN" or lem in ("car", "vehicle", "gunfire", "bullet"):
        return False
    if lem in ("explosion", "blast"):
        return any(t.lemma_.lower() in BOMB_WORDS for t in h.subtree)
    return lem in INSTRUMENTS or lem in ("attack", "bombing", "ambush", "gunman", "gunmen")


def _governed(n: Token, prep: str) -> bool:
    """``n`` is the object of ``prep`` on a verb: "went *on* strike", "held them *as* shields"."""
    return n.dep_ == "pobj" and n.head.lower_ == prep and n.head.head.pos_ in ("VERB", "AUX") \
        and n.head.dep_ == "prep"


def _attribution(v: Token) -> bool:
    """A verb of saying after the clause it reports ("Serb forces freed six peacekeepers, a UN
    spokesman said"): it names where the news came from."""
    comps = [c for c in v.children if c.dep_ in ("ccomp", "parataxis")]
    comps += [x for c in v.children for x in [clause_in_subject(c)] if x is not None]  # a misparsed report
    quoted = any(t.text in ('"', "“", "”", "''", "``") for t in v.sent)  # a quotation is their own
    return bool(comps) and all(c.i < v.i for c in comps) and not quoted and not any(
        c.dep_ == "dobj" for c in v.children)


def _place(a: Actor, country: str | None) -> Actor:
    if a.kind != "sector" or a.country is not None or country is None:
        return a
    return Actor(country + (a.sector or ""), country, a.sector, a.name, "sector", a.start, a.end)
