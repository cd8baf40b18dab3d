"""The CAMEO coder: dependency patterns over a parsed, actor-annotated Doc.

For every trigger word (a verb or event noun listed in the pattern file) the
coder finds

* the **source** — the grammatical subject, the ``by`` agent of a passive, the
  subject a coordinated / participial / controlled verb shares with its
  governor, the noun a relative clause hangs on, or a pronoun's antecedent
  (:mod:`.slots`);
* the **target** — the slots the pattern names (object, indirect object, a
  PP), or the passive subject (:mod:`.slots`);
* the **status** — asserted, negated, or not (yet) a fact: prediction ("will"),
  hypothetical ("would", "if"), opinion ("should"), intent ("plans to"),
  question, history (:mod:`.mood`). Only asserted events count in analyses;
  others are kept, flagged;
* the **date** — from the trigger's own clause (:mod:`.dates`);
* provenance — sentence, character offsets, the rule id and a confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..actors.resolver import ARMED_GROUPS, RELATION_NOUNS, UNKNOWN_FORCES, DocActors, participle_agents, stance_prefixed
from ..geo.locate import LOC_PREPS, REPORTING
from ..models import Actor, Event
from .dates import FUTURE_STATUSES, event_date
from .hosting import hosted_gathering, visiting_guest
from .derived import derive, said
from .noise import noise_tokens
from .mood import (AVENGING, COGNITION, CONDITIONAL_MARKS, PUNDITS, SPECULATION, UNREALISED_GOVERNORS, Mood, directed, enacted, hedged, lemma, noun_status, reporter, said_clause,
                   said_kind, verb_status)
from .ontology import cameo_codes
from .operations import dwellers, hit_in, troop_readings
from .patterns import Pattern, PatternSet
from .rules import (  # word lists and predicates; statements.py takes Coded and conjuncts_v from here
    Coded,
    TOPIC_VERBS, TOPIC_NOUNS, _VISITED, _prune, _next_to, conjuncts_v, LIGHT_VERBS,
    OTHER_SENSE, INTRANSITIVE_SENSE, STRUGGLE,
    AUDIENCES, MEASURES, SPANS, WORLD_ADDRESSEES, ASKING, RESPONSES, AIRCRAFT,
    REFERRING_NOUNS, ATTACKS, STATE_ONLY, INSTRUMENTS, INTERSTATE, RECIPROCAL, STATE_SECTORS,
    DOMESTIC_ROOTS, SELF_DIRECTED, ARMED_ROOTS, TRADE_WORDS, INTRANSITIVE_ACTS, EMOTIVE_VERBS,
    PRESS, MARKET_FORCES, GATHERINGS, LENDERS, TRIP_TALKS, SIDES, ALL_OF_THEM, CONVEYANCES, ASKED_HELP, FROM_ALL,
    MULTITUDES, CROWD_SECTORS,
    _people, _state_side, MONADIC_CODES, FAILED_TALKS, _monadic, _domestic, _at_home, VIOLENT_ROOTS, STATIVE,
    ACCUSING, FRAME_NOUNS, _frame, _occasion, OCCASIONS, _weapon_code, ATTACKERS, AIMED_AT, COASTS, FIGURATIVE,
    VENGEANCE, REPELLING, PROVOCATIONS, POLICY_NOUNS, ASSAULT_NOUNS, SETTLEMENTS, ARMED, VESSELS, HELD,
    _holder, _trade_figure, _suicide_bomber, _mishap, _weapon, _governed, _as_place,
    _attribution, _place, _quantity, BOMB_WORDS, HARDWARE, PROTESTERS, CROWDS, UNKNOWN_PERSONS, ANSWERING, ANSWERED_ROOTS,
    CONVENED, AREAS, MEDIATING, ATTACK_VERBS, ONSET_VERBS, OPEN_TO,
    STRUCK, NAME_ENTS, TROOPS, DEPLOYING,  # session 9: force on no one named, deployments
    NAMELESS_FORCE, FIRE_NOUNS, FIRE_EXCHANGES, FIRED_ON, PROTECTING, WAR_CONTEXT, ATTACKING_FORCES, FORCE_HALTED,
    RETAKING, PROMPTING, CROSSINGS, REACTION_ROOTS,
)
from ..lexicon import word_family, word_list
from . import critic
from .intents import (aggressors, braced, code_of, doubted, met_intent, nearing, offered_gerund, planned_meeting,
                      recalled, retaliation, vowed_force)
from .statements import (NAMING_VERBS, REFUSING_AUX, claimed_victims, apology_targets, attitude, attitude_words, calming, comment, judgement,
                         no_comment, regretted_owners, stance, unaimed_act)
from .slots import AGREEMENT_NOUNS  # agreements, whose compound "strike" in a headline is striking one
from .slots import (AIMING_PREPS, BORDERS, aimed_objects, COUNTED_PEOPLE, DOCUMENTS, infinitive, PRONOUNS, TIME_WORDS, RELATIVE_PRONOUNS, SUBJ, agents, children, clause_in_subject, last_speaker,
                    relative_object, so_called,
                    series_verb,
                    complement_target, conjuncts,
                    answered_heads, inherited_subject, is_passive, purpose_target, slot_heads, speaker_antecedent,
                    stance_heads)





@dataclass(slots=True)
class Unresolved:
    """A name in an actor position that the knowledge base could not resolve."""

    article_id: str
    name: str
    role: str  # source | target
    sentence_index: int
    sentence: str
    rule: str
    start: int = 0  # character offset of the name in the article


#: verbs whose subject takes part in the talks their "at"/"in"/"for" phrase names ("would
#: offer a draft at talks with X", "will take part in talks with X"), not "will recur in talks"
TAKING_PART = frozenset({"participate", "take", "attend", "join", "offer", "present", "propose", "table", "submit",
                         "raise", "put", "send", "go", "travel", "fly", "come", "head", "lead", "seek", "press",
                         "push", "bring", "arrive", "represent", "engage", "enter", "return"})


#: participles and subjects that make a verb of force one of words (``words=`` readings)
WORDING_VERBS = word_list("wording_verbs") | REPORTING
SPEAKING_PEOPLE = word_list("speaking_people")


#: places whose capture takes ground (192), not people (173): "captured the Libyan airbase" (what an attack is
#: aimed at, and more)
MILITARY_SITES = AIMED_AT | word_list("military_sites")
#: conduct a blow "over" which is struck in words ("attacked the Government over its handling of ...")
FAULTED_CONDUCT = word_list("faulted_conduct")


#: what is said, which a blow "at" it answers in words ("hit back at the criticism", "lashed out at the remarks")
WORDS_STRUCK = word_list("words_struck")


def _in_words(v: Token, src_heads: list[Token], sources: list[Actor]) -> bool:
    """Whether the blow at verb ``v`` is struck in words: it is said ("hit back at Japan, saying ...",
    "..., calling the controls bullying", "hit back that ...") or its striker is a voice ("the ministry's
    spokesman hit back"), and neither a weapon ("with missiles") nor an armed striker says it is force."""
    weapons = INSTRUMENTS | ASSAULT_NOUNS
    if any(a.sector in ARMED for a in sources) or any(
            pp.dep_ == "prep" and pp.lower_ == "with" and any(o.lemma_.lower() in weapons for o in pp.subtree)
            for pp in v.children):
        return False
    if any(pp.dep_ == "prep" and pp.lower_ in ("at", "against") and any(
            o.lemma_.lower() in WORDS_STRUCK for o in children(pp, "pobj")) for pp in v.children):
        return True  # "hit back at U.S. criticism of its record": a blow at words is one of words
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in WORDING_VERBS
               for c in v.children) or any(c.dep_ == "ccomp" and not any(  # (not "attacked what Kyiv called targets")
                   w.lower_ == "what" and w.i < c.i for w in c.children) for c in v.children) or any(
        h.lemma_.lower() in SPEAKING_PEOPLE for h in src_heads) or (
        # "Zelenskiy and Trump clashed in the Oval Office": leaders who clash, clash in words
        v.lemma_.lower() == "clash" and bool(sources) and all(a.kind in ("person", "titled") for a in sources)) or (
        # "the Opposition leader attacked the Government": oppositions, parties and legislators have no arms (but
        # a named body may: "Inkatha attacked ANC supporters", "the Mojahedin attacked")
        bool(sources) and all(a.sector in ("OPP", "LEG", "PTY") and a.kind != "org" for a in sources)) or any(
        # "... over its handling of the asylum issue": a blow over conduct is struck in words
        pp.dep_ == "prep" and pp.lower_ == "over"
        and any(o.lemma_.lower() in FAULTED_CONDUCT for o in children(pp, "pobj")) for pp in v.children)


def _reading(p: Pattern, sense: str, which: int = 0) -> Pattern:
    """``p`` recoded with its ``sense`` reading (a pattern's ``trade=``/``people=``/``forces=``
    flag), or ``p`` itself when it has none."""
    codes = p.sense(sense)
    return replace(p, code=codes[which]) if codes else p


#: hostile acts that, named with no target of their own, take the one of the hostile verb they are
#: coordinated with (demands, disapproval, rejection, threats, reduced relations)
SHARED_TARGET_ROOTS = frozenset({"10", "11", "12", "13", "16"})
#: the roots of a measure coordinated after a reaction that say whom the reaction was aimed at
HOSTILE_AFTER = frozenset({"11", "12", "13", "16", "17"})
#: an offer of a meeting, and the verbs by which a side makes or repeats it ("renewed its offer of talks")
OFFER_NOUNS = word_list("offer_nouns")
RENEWING_VERBS = word_list("renewing_verbs")
#: the sectors of a country's own opposition: a state organ they name with no country is their own
OPPOSING = frozenset({"OPP", "PTY"})
#: acts whose object may be a demand or plan of people named by their sector only ("conceded to the
#: protesters' demand"): answers to them, and yielding (08)
OWNED_DEMANDS = ANSWERED_ROOTS | {"08"}
#: nouns that drive someone to act without bidding them ("threats pushed MITI to try harder")
CIRCUMSTANCES = word_list("circumstances")
#: verbs whose passive subject is whom a demand is aimed at ("Saddam must be removed")
DONE_TO = word_list("done_to")


#: endings of nouns that name things done or had, not people ("reductions", "payments", "measures")
_ABSTRACT_ENDINGS = tuple(sorted(word_list("abstract_endings")))


def _abstract(h: Token) -> bool:
    """``h`` by its form names an act, a state or a measure, never someone who could be bidden to act."""
    return h.lemma_.lower().endswith(_ABSTRACT_ENDINGS)


#: positions whose holder, killed, is assassinated; and the verbs of killing someone
EMINENT_OFFICES = word_list("eminent_offices")
KILLING_VERBS = word_list("killing_verbs")


def _assassination(v: Token, passive: bool, actors: DocActors) -> bool:
    """``v`` kills one person the text names by a political position: a title ("a provincial governor", "the
    deputy chief of Israel's militia ally") or a holder of office the knowledge base knows ("killed Hamas leader
    Ismail Haniyeh"). "Shoot" kills only "dead" ("shot the governor" may have wounded him), "gun" only "down"."""
    lem = v.lemma_.lower()
    if lem not in KILLING_VERBS or (lem == "shoot" and not any(c.lower_ == "dead" for c in v.children)) or (
            lem == "gun" and not any(c.lower_ == "down" for c in v.children)):
        return False
    victims = children(v, "nsubjpass") if passive else children(v, "dobj")
    if len(victims) != 1 or victims[0].conjuncts:
        return False
    h = victims[0]
    if h.tag_ == "NN" and h.lemma_.lower() in EMINENT_OFFICES:
        return True
    a = actors.actor_of(h)
    return h.pos_ == "PROPN" and a is not None and a.kind == "person" and a.sector is not None


def _bidden(v: Token) -> bool:
    """``v`` has an object and a "to"-infinitive that object is to carry out: "told Iran to halt
    enrichment", "challenged Arafat to dismantle the networks" (not "told reporters that ...", nor
    "U.S. threats pushed MITI to try harder": circumstances bid no one)."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in CIRCUMSTANCES for c in v.children):
        return False
    return any(c.dep_ == "dobj" for c in v.children) and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB" and c.i > v.i
        and infinitive(c) for c in v.children) or any(
        # "wants Pakistan to hand over the suspects": the parser makes the object the infinitive's subject
        c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > v.i and infinitive(c) and any(
            s.dep_ == "nsubj" for s in c.children) for c in v.children)


def _or_face(v: Token) -> bool:
    """The act ``v`` bids someone do has its penalty beside it: "told Japan to open its market or
    face sanctions", "urged Iran to comply or else face ..."."""
    return any(x.dep_ == "xcomp" and any(c.dep_ == "conj" and c.lemma_.lower() == "face" and any(
        o.dep_ == "dobj" for o in c.children) for c in x.children) and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in x.children) for x in v.children)


def _given_time(v: Token, obj: Token | None) -> bool:
    """A span of time granted to do something, a deadline: "gave Syria 72 hours to close the camps"
    (the "to"-infinitive on the verb or on the time noun), not "gave Japan two more days of talks"."""
    heads = [v] + ([obj] if obj is not None else [])
    return any(c.dep_ in ("xcomp", "acl", "advcl", "relcl") and c.tag_ == "VB" and c.i > v.i and infinitive(c)
               for h in heads for c in h.children)


def _deadline_told(v: Token) -> bool:
    """A verb of saying whose clause grants a span of time to act: "told Palestinian and Israeli officials they
    had 48 hours to make progress" (an ultimatum, 139; as "gave Syria 72 hours to close the camps")."""
    return any(c.dep_ == "ccomp" and c.lemma_.lower() == "have" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in ("hour", "day", "week", "month") and any(
            n.dep_ == "nummod" for n in o.children) and _given_time(c, o) for o in c.children)
        for c in v.children)


def _gerund_subject(t: Token) -> bool:
    """A gerund the parser tagged as a verb but that stands as a noun, the subject of its
    clause: "Fighting between Iraqi and Iranian forces continued"."""
    return t.tag_ == "VBG" and t.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("dobj", "nsubj", "aux") for c in t.children)


class Coder:
    def __init__(self, patterns: PatternSet, plain_statements: bool = False) -> None:
        self.patterns = patterns
        #: code a plain statement (010) that names no target (setting ``plain_statements``)
        self.plain_statements = plain_statements
        self._day: date | None = None
        self._noise: set[int] = set()
        self._where: str | None = None  # the country where the verb being coded happened
        self._history: list[Event] = []  # the article's events so far
        self._coded_now: list[tuple[Token, Coded]] = []  # and the current sentence's
        self._actors: DocActors | None = None  # the article's actor mentions, while one is coded
        self._unknown_place = False  # the act happened at a place no gazetteer entry resolves
        self._si = 0  # the sentence being coded
        self.codes = cameo_codes()
        self.attitudes = attitude_words()  # adjectives an attitude predicate may be ("optimistic about")

    # ------------------------------------------------------------------ API
    def code_doc(self, doc: Doc, actors: DocActors, article_id: str, day: date | None,
                 record_id: str | None = None, text: str | None = None) -> tuple[list[Event], list[Unresolved]]:
        """Events and unresolved actor names of one parsed article. ``text`` is the
        original text when the Doc was parsed from a same-length normalised copy."""
        text = doc.text if text is None else text
        self._day = day
        events: list[Event] = []
        unresolved: list[Unresolved] = []
        seen: set[tuple] = set()
        self._history = events  # what the article has said so far ("rejected the protest": whose)
        self._actors = actors
        for si, sent in enumerate(doc.sents):
            self._noise = noise_tokens(sent)  # a dateline or byline names no actor
            self._si = si
            consumed: set[int] = set()  # object nouns already used by a verb pattern
            coded: list[tuple[Token, Coded]] = []
            self._coded_now = coded  # what this sentence has coded so far ("..., but Pakistan denies the allegation")
            for tok in sent:
                if _gerund_subject(tok) and tok.lower_ in self.patterns.noun_lemmas:
                    found = self._code_noun(tok, sent, si, actors, unresolved, article_id)  # "Fighting between X and Y continued"
                elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() in self.attitudes:
                    found = attitude(self, tok, actors, unresolved, si, sent, article_id)  # "was optimistic about talks with X"
                elif tok.tag_ == "VBN" and tok.lower_ in self.attitudes and any(c.dep_ == "auxpass" for c in tok.children) \
                        and (found := attitude(self, tok, actors, unresolved, si, sent, article_id)):
                    pass  # "was alarmed by China's missile tests"
                elif (tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() in critic.DISAPPROVING) or (
                        tok.tag_ == "VBN" and tok.lower_ in critic.DISAPPROVING and tok.dep_ != "acomp"
                        and any(c.dep_ == "auxpass" for c in tok.children)):
                    found = critic.disapproval(self, tok, actors, unresolved, si, sent, article_id)  # "critical of X"
                elif tok.pos_ == "VERB" and tok.lemma_.lower() in NAMING_VERBS and (found := judgement(
                        self, tok, actors, unresolved, si, sent, article_id)):
                    pass  # "called the U.S. sanctions illegal", "described the strike as a provocation"
                elif tok.pos_ == "VERB" and tok.lemma_.lower() == "call" and critic.names_as(tok):
                    # "called Spain's prime minister stupid": a name given, no phone call ("called home its
                    # ambassador" still recalls)
                    found = [ev for ev in self._code_verb(tok, sent, si, actors, consumed, unresolved, article_id)
                             if ev[0].code != "041"]
                elif tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and tok.lemma_.lower() in ("host", "attend") and (
                        found := hosted_gathering(self, tok, actors, unresolved, si, sent, article_id)):
                    pass  # "signed the accords in a ceremony hosted by Trump"
                elif tok.lower_ == "visiting" and tok.dep_ != "ROOT" and not children(tok, "aux", *SUBJ) and (
                        found := visiting_guest(self, tok, actors, unresolved, si, sent, article_id)):
                    pass  # "Deng told visiting U.S. Secretary of State George Shultz ..."
                elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ("do", "follow") and _ellipsis(tok):
                    found = self._did_so(tok, sent, si, actors, unresolved, article_id)  # "Britain did so"
                elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.patterns.verb_lemmas:
                    found = self._code_verb(tok, sent, si, actors, consumed, unresolved, article_id)
                elif (tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed and _frame(tok).i not in consumed
                      and tok.lemma_.lower() in self.patterns.noun_lemmas and not self._undone_by_verb(tok)
                      # "riot police", "attack helicopters" name no event ("a mediation mission" does)
                      and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"
                               and tok.head.lemma_.lower() not in FRAME_NOUNS)
                      # (nor a headline's "EU, UK strike post-Brexit deal": the verb of striking a deal)
                      and not (tok.dep_ == "compound" and tok.lemma_.lower() == "strike"
                               and tok.head.lemma_.lower() in AGREEMENT_NOUNS)):
                    found = self._code_noun(tok, sent, si, actors, unresolved, article_id)
                else:
                    continue
                coded += [(tok, ev) for ev in found]
            for tok, ev in _prune(coded):
                if ev[2] is None and ev[4] == "010" and "speech" in ev[0].flags and not self.plain_statements:
                    continue  # "X said the economy was strong": a statement aimed at no one (plain_statements)
                if ev[2] is not None and ev[2].kind == "place" and ev[2].country == ev[1].country \
                        and tok.lemma_.lower() in RETAKING:
                    # "Chadian troops recaptured the oasis of Faya Largeau": taken back from whoever held it
                    ev = (ev[0], ev[1], None, *ev[3:])
                if ev[2] is None and ev[4][:2] in VIOLENT_ROOTS and ev[1].country is not None and \
                        _state_side(ev[1]) and not (tok.dep_ == "acl" and tok.tag_ == "VBN") and (
                        other := _sole_other_state(sent, actors, ev[1].country, tok)) is not None:
                    ev = (ev[0], ev[1], other, *ev[3:])  # "residents who left Kandahar saw no let-up in the US bombing"
                    # (but not the state of another verb's phrase when a participle describes what was struck:
                    # "supertankers attacked by Iranian gunboats have anchored off Bahrain")
                if ev[4][:2] in ("18", "19") and _cyber(tok):
                    ev = (*ev[:4], "176", *ev[5:])  # "its hackers carried out a cyber attack on the ministries"
                elif ev[4][:2] in ("18", "19") and _mass_killing(tok):
                    ev = (*ev[:4], "202", *ev[5:])  # "fighters had carried out mass killings of civilians"
                key = (ev[0].id, ev[1].code, ev[2].code if ev[2] else None, tok.i)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(article_id, record_id, day, si, sent, tok, text, *ev))
        return events, unresolved

    # ------------------------------------------------------------------ verbs
    def _match_verb(self, v: Token) -> list[tuple[Pattern, Token | None]]:
        """Patterns whose trigger, particle and object match ``v``, most specific first."""
        passive = is_passive(v)
        # "calls Taiwan a province", "called the remarks reckless": naming, no phone call
        naming = any((c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp", "acomp") and c.pos_ in ("ADJ", "NOUN")))
                     and c.lower_ not in ("dead", "unconscious") for c in v.children)  # "shot dead" names no one
        # "called the U.S. attacks an act of aggression", parsed as an object with an object of its own
        lem = v.lemma_.lower()
        if v.i >= 2 and v.doc[v.i - 1].text == "-" and v.doc[v.i - 2].head.i == v.i and \
                self.patterns.candidates("V", f"{v.doc[v.i - 2].lower_}-{lem}"):
            lem = f"{v.doc[v.i - 2].lower_}-{lem}"  # a hyphenated verb the tokenizer split: "test-fired"
        naming = naming or (lem == "call" and any(c.dep_ == "dobj" and any(
            g.dep_ in ("dobj", "oprd") and g.pos_ == "NOUN" for g in c.children) for c in v.children))
        # "called Vance's remarks unacceptable" (an adjective parsed after its noun); "called an
        # urgent meeting", "called early elections": convened, no phone call either
        naming = naming or (lem == "call" and any(c.dep_ == "dobj" and (c.lemma_.lower() in CONVENED or any(
            g.dep_ == "amod" and g.pos_ == "ADJ" and g.i > c.i for g in c.children)) for c in v.children))
        if lem in OTHER_SENSE and not any(c.dep_ == "prt" for c in v.children) and any(  # "called off" keeps its sense
                c.dep_ == "dobj" and c.lemma_.lower() in OTHER_SENSE[lem] for c in v.children):
            return []  # "met 40 pct of the needs", "met its commitments": no meeting
        if lem == "ask" and v.tag_ in ("VBN", "VBD") and (v.i == v.sent.start or v.doc[v.i - 1].is_punct) and \
                v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in QUESTION_WORDS:
            return []  # "Asked whether the letter was a rejection, Howard said ...": the reporter asked
        if lem in INTRANSITIVE_SENSE and any(c.dep_ in ("dobj", "ccomp") for c in v.children):
            return []  # "demonstrates the intention to ...": shows, no demonstration
        if passive and lem in EMOTIVE_VERBS and any(a.pos_ == "NOUN" for a in agents(v)):
            return []  # "she was encouraged by Gorbachev's reforms": a feeling, no appeal by Gorbachev
        if lem in STRUGGLE and any(c.dep_ == "xcomp" and infinitive(c) for c in v.children):
            return []  # "fighting to recover politically": a struggle, no fighting
        # "charged that the governments had disrupted ...": an accusation, not a criminal charge
        clause = any(c.dep_ == "ccomp" and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                     for c in v.children)
        if lem in ("speak", "talk") and any(c.dep_ == "prep" and (c.lower_ in ("to", "at", "before", "on") and any(
                x.lemma_.lower() in AUDIENCES for x in c.children if x.dep_ == "pobj") or c.lower_ == "with" and any(
                x.lemma_.lower() in PRESS for x in c.children if x.dep_ == "pobj")) for c in v.children):
            return []  # "speaking to reporters", "spoke at a news conference": a statement, no consultation
        if lem == "talk" and any(c.lower_ in ("down", "up") and (c.dep_ in ("prt", "advmod") or (
                c.dep_ == "prep" and c.i == v.i + 1)) for c in v.children):
            return []  # "officials talked down the dollar": talking a price down or up, no talks
        if passive and any(a.tag_ == "VBG" or a.lemma_.lower() in MARKET_FORCES for a in [*agents(v), *(
                x for c in v.children if c.dep_ == "prep" and c.lower_ == "by" for x in children(c, "pobj", "pcomp"))]):
            return []  # "blue chips were hit by selling": the market, not an attacker
        # "launched a diplomatic offensive toward Egypt": a campaign, no attack
        figurative = any(c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lemma_.lower() in FIGURATIVE
                                                  for m in c.children) for c in v.children)
        # "told Iran to halt enrichment", "challenged Arafat to dismantle ...": an object bidden to act
        bidden = lem in self.patterns.bid_verbs and _bidden(v)
        out = []
        for p in self.patterns.candidates("V", lem):
            if ("bid" in p.flags) != bidden:
                continue  # "told Britain that the matter was closed" is a statement, "told Iran to halt" a demand
            if "sojourn" in p.flags and not _sojourn(v, self._actors):
                continue  # "was in Washington for trade talks": a stay for talks is a visit; "was in Paris" alone is not
            if ("trip" in p.flags) != (lem in TRIP_VERBS and _trip_subject(v)):
                continue  # "the tour took Herrington to Iraq": the trip carried the one who travels
            if "unbidden" in p.flags and _bidden(v):
                continue  # "ordered his forces to blast ...": not sent anywhere
            if figurative and p.objects and p.code[:2] in ("18", "19", "20"):
                continue
            if naming and not p.objects and ("dobj" in p.target or lem == "call"):
                continue  # "called the attacks on its platforms an escalation" calls on no one
            if ("clause" in p.flags) != (clause and lem in self.patterns.clause_verbs):
                continue  # "charged that X ..." accuses; "charged two men" arrests
            if p.sense("placed") and not any(c.dep_ == "prep" and c.lower_ in p.sense("placed") for c in v.children):
                continue  # "included Seoul in the summit", not "a tour which includes Bolivia"
            if "place" in p.flags and not any(h.pos_ == "PROPN" for slot in p.target if slot.startswith("prep:")
                                              for h in slot_heads(v, None, slot, passive)):
                continue  # "went to Moscow", not "came to an agreement"; "pulled out of Chad", not "of the talks"
            if p.sense("forms") and v.lower_ not in p.sense("forms"):
                continue  # the lemmatizer merges "raped" and "rapped" into "rap"
            # spaCy tags some particles as adverbs or prepositions ("pushed back at", "left X off")
            # ... but a preposition with its own object far from the verb is no particle ("gave
            # a speech on policy in Seoul" is not "gave in"; "pressed Russia for", "put troops on")
            if p.particle == "in" and not p.objects and any(
                    c.dep_ == "dobj" and any(x.dep_ == "prep" and x.lower_ == "in" and x.i > c.i for x in v.children)
                    for c in v.children):
                continue  # "gave their support in principle" is no "gave in"
            # "placed 28 U.S. entities on its export control list": the parser may hang the
            # particle's phrase on the object; then only that phrase's object is the pattern's
            on_object = [t for o in children(v, "dobj") for c in o.children if c.dep_ == "prep"
                         and c.lower_ == p.particle for t in children(c, "pobj")] if p.particle and p.objects else []
            if p.particle and not on_object and not any(c.lower_ == p.particle and (c.dep_ in ("prt", "advmod") or (
                    c.dep_ == "prep" and (p.objects or _next_to(v, c) or not any(x.dep_ == "pobj"
                                                                               for x in c.children))))
                                      for c in v.children):
                continue
            obj, phrase = None, 0
            if p.objects:
                deps = ("dobj", "nsubjpass", "attr", "oprd") if passive else ("dobj", "attr", "oprd")
                kids = [c for c in v.children if c.dep_ in deps] or [  # "welcomed what it called a proposal"
                    t for c in v.children if c.dep_ == "ccomp" for t in so_called(c)]
                kids += relative_object(v, kids)  # "the tariffs Reagan imposed on Japanese goods"
                if not kids and v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and lem in LAUNCHING:
                    kids = [v.head]  # "six Russian missiles fired at Kyiv": what was fired
                # "designated the Houthis a terrorist organization": the parser may make the one named a
                # dative and what it is named its apposition
                kids += [a for c in v.children if c.dep_ == "dative" for a in children(c, "appos")]
                if "deadline" in p.flags:  # "gave Serbia ten days to ...": the parser may take the time as adverbial
                    kids += [c for c in v.children if c.dep_ == "npadvmod"]
                if p.particle:
                    # "agreed to the demands", "took to the streets": the particle's object is the pattern's
                    kids += [t for c in v.children if c.dep_ == "prep" and c.lower_ == p.particle
                             for t in children(c, "pobj")]
                    # "walked out of the talks": the object of the preposition the particle governs
                    kids += [t for c in v.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == p.particle
                             for pp in children(c, "prep") for t in children(pp, "pobj")]
                # "$500 million in military aid", "a million tons of wheat", "eight mln sterling for food
                # aid": the measured thing
                measured = [c for c in kids if c.pos_ == "NUM" or c.lemma_.lower() in MEASURES]
                kids += [t for c in measured for pp in c.children if pp.dep_ == "prep" and pp.lower_ in ("in", "of", "for")
                         for t in pp.children if t.dep_ == "pobj"]
                # ... or with its "in"/"for" phrase on the verb: "transferred 115 million dollars in aid to
                # Egypt", "granted Mozambique eight mln sterling for food aid"
                kids += [t for pp in (v.children if measured else ()) if pp.dep_ == "prep" and pp.lower_ in ("in", "for")
                         for t in pp.children if t.dep_ == "pobj"]
                if on_object and not any(c.lower_ == p.particle and c.dep_ in ("prt", "advmod", "prep")
                                         for c in v.children):
                    kids = on_object
                for c in kids:
                    rank = _object_rank(p, c)
                    if rank is None and (c.dep_ == "dobj" or (c.dep_ == "pobj" and c.head.head in measured)) \
                            and c.pos_ == "PROPN" and p.objects & PLACE_KINDS \
                            and self._actors is not None and (self._actors.place_of(c) is not None or (
                                p.code == "192" and getattr(self._actors.actor_of(c), "kind", None) == "capital")):
                        # "seized Kherson", "captured Goma": a city named is a city; a capital too when taken
                        # ("seized Damascus"), not when targeted in words ("targeted Washington in a speech")
                        rank = 0
                    if rank is not None:
                        obj, phrase = c, rank
                        break
                if obj is None:
                    continue
            if p.code == "062" and obj is not None and obj.lemma_.lower() in _DRILLS and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for x in (v, obj) for c in x.children) \
                    and not any(m.lower_ in ("joint", "combined") for x in obj.lefts for m in (x, *x.lefts)) \
                    and not _partnered_subject(v):
                continue  # "Russia held naval drills": no partner named, a show of force (150), not joint drills
            out.append((p, obj, phrase))
        out.sort(key=lambda x: -x[2])  # stable: the file's specificity order otherwise
        return [(p, obj) for p, obj, _ in out]

    def _code_verb(self, v: Token, sent: Span, si: int, actors: DocActors, consumed: set[int],
                   unresolved: list[Unresolved], article_id: str) -> list[Coded]:
        self._where = None
        self._fell_at = False
        matches = self._match_verb(v)
        if not matches:
            return []
        passive = is_passive(v)
        conf = 0.9
        # source
        src_heads = agents(v) if passive else children(v, *SUBJ)
        if len(src_heads) > 1:  # "airstrikes killed 12, officials said": the officials said it
            src_heads = [h for h in src_heads if clause_in_subject(h) is None] or src_heads
        if not src_heads and v.dep_ == "acl" and clause_in_subject(v.head) == v:
            src_heads, passive = [v.head], False  # an active verb with its object, not "people killed"
        if not src_heads and v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.lemma_.lower() in LAUNCHING \
                and v.head.lemma_.lower() in HARDWARE and not agents(v):
            # "downed six Russian missiles fired at Kyiv": the missiles' owner fired them
            owners = [c for c in v.head.children if c.dep_ in ("amod", "compound", "poss") and c.i < v.head.i
                      and actors.actor_of(c) is not None]
            if owners:
                src_heads, passive = owners, False
        if not src_heads and v.dep_ == "acl" and v.tag_ == "VBN" and (v.lemma_.lower() in MEDIATING or (
                agents(v) and matches[0][0].code[:2] in ("04", "05", "06", "07", "19", "20"))):
            # "a ceasefire brokered by Qatar": Qatar brokered it; "under a treaty signed by Australia and Tuvalu",
            # "a tanker attacked by Houthi rebels" (but "a letter sent by X" is no statement of its own, "hostages
            # held by Hamas", 18, a state of affairs and "a ceasefire announced by Trump" another's truce)
            src_heads, passive = agents(v), True
        if "trip" in matches[0][0].flags:
            src_heads = children(v, "dobj")  # "a tour that has taken Herrington to Iraq": the traveller
        if passive and not src_heads:
            # "was killed in an attack by Taliban fighters": the attackers of the attack
            src_heads = [a for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("in", "during")
                         for n in children(pp, "pobj") if n.lemma_.lower() in ASSAULT_NOUNS
                         for by in n.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
                         for a in children(by, "pobj")]
        if passive and not src_heads:
            # "were killed in an Israeli air strike", "died in Russian shelling": the attack's named owner
            src_heads = [c for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("in", "during")
                         for n in children(pp, "pobj") if n.lemma_.lower() in ASSAULT_NOUNS | FIRED
                         for c in n.children if c.dep_ in ("amod", "compound", "poss") and c.i < n.i
                         for a in [actors.actor_of(c)] if a is not None and (a.kind not in ("country", "capital", "place")
                                                                               or c.text.replace(".", "").isupper())]
            # (a place is where it struck, not who: "killed in the Gaza strikes"; "a US air strike" is the US's)
        if passive and not src_heads and v.lemma_.lower() in STATIVE and any(
                c.dep_ == "prep" and c.lower_ == STATIVE[v.lemma_.lower()] for c in v.children):
            # "Israel is opposed to French mediation": a state, not a passive act
            passive = False
            src_heads = children(v, "nsubjpass", "nsubj") or [
                x for a in children(v, "auxpass") for x in children(a, "nsubj")]
        if src_heads and not passive:
            # headline coordination: "Japan, Philippines sign defence pact"
            src_heads += [c for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < src_heads[0].i
                          and c.doc[c.i + 1].text == "," and c.i + 2 == src_heads[0].i]
        if not src_heads and not passive and v.tag_ in ("VBZ", "VBP", "VBD"):
            # a headline subject the parser took for a modifier: "US raps China over ..."
            src_heads = [c for c in v.children if c.dep_ in ("compound", "npadvmod", "nmod") and c.pos_ == "PROPN"
                         and c.i < v.i]
        reported_in_relative = v.dep_ == "ccomp" and v.head.dep_ == "relcl" and lemma(v.head) in REPORTING
        if (v.dep_ == "relcl" or reported_in_relative) and any(h.lower_ in RELATIVE_PRONOUNS for h in src_heads):
            # "India, which criticized China": the subject is India; "sanctions on Iran, which it said was
            # supplying Russia": Iran, the name the relative pronoun follows, wherever the parser hung the clause
            rel = next(h for h in src_heads if h.lower_ in RELATIVE_PRONOUNS)
            clause = v.head if reported_in_relative else v
            src_heads = [_relative_antecedent(clause, rel, actors)]
            user = _fired_by(v.head)
            if user is not None and any(actors.actors_of(h) for h in children(user, "nsubj")):
                # "an Israeli tank fired a shell which killed two gunmen", "the post called in tank fire
                # which killed three": whoever fired the weapon did what it did
                src_heads = children(user, "nsubj")
        if not src_heads and v.dep_ == "acl" and v.head.dep_ == "ROOT" and (
                v.tag_ in ("VBD", "VBZ") or any(c.dep_ == "dobj" for c in v.children)
                or (v.tag_ == "VBN" and v.lemma_.lower() in INTRANSITIVE_ACTS and not agents(v))):
            src_heads = [v.head]  # a main verb the parser hung on its subject: "The minister headed to ..."
        if not src_heads and v.dep_ == "acl" and v.tag_ == "VBG" and enacted(v.head):
            # "Trump signed an order halting aid to South Africa": the order does what its signer does
            src_heads = children(v.head.head, *SUBJ)
        if not src_heads and v.dep_ == "acl" and (series := series_verb(v)) is not None:
            src_heads, passive = children(series, *SUBJ) or inherited_subject(series)[0], False
        if not src_heads and (passive or (v.tag_ == "VBN" and v.dep_ == "acl")) and "sym" in matches[0][0].flags:
            # "an agreement was signed between X and Y", "a pact signed between the Egyptian and
            # Canadian governments": no agent, but both sides named
            p = matches[0][0]
            # ... or "the agreement between Iran and Saudi Arabia was signed in Beijing"
            sides = [a for x in [v, *children(v, "nsubjpass")] for pp in x.children
                     if pp.dep_ == "prep" and pp.lower_ == "between" for h in children(pp, "pobj")
                     for a in self._resolve(conjuncts(h, actors), actors, unresolved, "source", si, sent, p, article_id)
                     if a.sector != "BUS"]  # "talks had been held between the South Africans and the banks"
            if len({a.country for a in sides}) >= 2:
                mood = verb_status(v, p, self._day)
                return self._finalize([(p, a, b, mood.status, mood.code, conf - 0.1) for a in sides for b in sides
                                       if a is not b and a.code != b.code])
        if not src_heads and (passive or (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"))):
            sources = self._state_agent(v, matches[0], actors) if passive else []
            if not sources:
                return []  # "its security was threatened", "Asked about X, Wang said": no agent
            src_heads = []
            conf -= 0.2
        else:
            if not src_heads:
                src_heads, inherited = inherited_subject(v)
                if src_heads:
                    conf -= 0.05 * inherited
            # ("killed by a group of gunmen": the people the group counts)
            if passive and src_heads and all(h.lemma_.lower() in INSTRUMENTS and h.pos_ == "NOUN" and not (
                    # "gunmen of Hamas", and since drones and missiles are fired by someone, "hit by
                    # Russian missiles", "killed by Israeli tank fire": the weapon's named owner is the attacker
                    (h.lemma_.lower() in ATTACKERS or h.lemma_.lower() in HARDWARE or h.lemma_.lower() in FIRED) and any(
                        actors.actor_of(c) is not None for c in h.subtree if c.dep_ in ("amod", "compound")
                        and c.i < h.i)) for h in map(_counted, src_heads)):
                # "hit by a ballistic missile fired from Yemen": the state it was fired from
                launched = [o for h in src_heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                            and c.lemma_.lower() in LAUNCHING for pp in c.children
                            if pp.dep_ == "prep" and pp.lower_ == "from" for o in children(pp, "pobj")]
                sources = [_as_place(a) for a in self._resolve(launched, actors, unresolved, "source", si, sent,
                                                               matches[0][0], article_id) if a.country is not None] \
                    or self._unidentified(v, matches[0], actors)  # "killed by a roadside bomb in Iraq"
                conf -= 0.2
            else:
                # "two U.S. experts said ...": analysts and experts speak for no state
                src_heads = [h for h in src_heads if h.lemma_.lower() not in ANALYSTS or h.pos_ != "NOUN"]
                sources = self._resolve(src_heads, actors, unresolved, "source", si, sent, matches[0][0], article_id)
                if not passive and src_heads and all(_weapon(h) for h in src_heads) and (not sources or all(
                        a.country is None for a in sources) and all(_suicide_bomber(h) for h in src_heads)):
                    # "a car bomb killed five people in Damascus", "gunmen shot dead a judge in Kabul"
                    sources = self._unidentified(v, matches[0], actors, src_heads)
                    conf -= 0.2
        p, obj = matches[0]
        if not sources and src_heads and not passive and all(h.lemma_.lower() in CROWDS for h in src_heads) and (
                p.code[:2] == "14" or p.sense("people")):
            # "thousands rallied in Taipei": a crowd is people, placed where it gathers (below)
            sources = [Actor("CVL", None, "CVL", h.text, "sector", h.i, h.i + 1) for h in src_heads]
            if p.sense("people"):
                matches = [(_reading(c, "people"), o) for c, o in matches]
                p = matches[0][0]
        if not sources or (p.code[:2] in ("18", "19", "20") and src_heads and any(
                _mishap(h) or h.lemma_.lower() in ("war", "conflict") for h in src_heads)):
            # "a car crash in Kenya killed five people" is no one's attack, and "the war between Sudan's army and
            # the RSF has killed tens of thousands" the war's toll, no attack of one side
            return []
        if p.lemma == "agree" and p.code == "030" and not p.particle and any(c.dep_ == "ccomp" for c in v.children) \
                and not any(c.dep_ == "xcomp" for c in v.children) \
                and not any(_commits(c, sources, actors) for c in children(v, "ccomp")):
            # "X and Y agreed (that) there was an urgent need for progress": a view they share, CAMEO's express
            # accord (019), between those who agree, not with whom the clause names and with no commitment
            # (but "agreed that their countries should cooperate" commits them: intent, 030)
            partners = [a for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "with" for h in children(pp, "pobj")
                        for a in self._resolve(conjuncts(h, actors), actors, unresolved, "target", si, sent, p,
                                               article_id)]
            if not partners and len({a.country or a.code for a in sources}) < 2:
                return []  # "France agreed that the euro was too strong": a view, shared with no one named
            accord = replace(p, code="019", flags=p.flags | {"sym"})
            return self._pairs(accord, sources, partners, verb_status(v, accord, self._day).status, "019", conf)
        if all(a.country is None and a.sector == "MIL" for a in sources) and any(
                c.dep_ == "amod" and c.lower_ in UNKNOWN_FORCES for h in src_heads for c in h.children) \
                and p.code[:2] in ARMED_ROOTS:
            return []  # "unidentified jets attacked Iranian rigs": whose forces, the text does not know
        if sources and all(a.country is None and a.kind == "sector" and a.sector in ("MIL", "COP") for a in sources):
            # "The Israeli military said troops had killed dozens of Hamas fighters in Khan Younis": bare troops
            # in what a state's forces or government report are its own, not the place's
            sources = [_place(a, c) for c in [_reporting_state(v, actors)] if c for a in sources] or sources
        if all(a.country is None for a in sources) and not (p.code[:2] in ARMED_ROOTS and all(
                a.name.lower().split()[-1].rstrip("s") in HARDWARE for a in sources if a.name)):
            # "thousands of people blocked streets in Hong Kong": people with no country named
            # belong to the place where they act (but "warplanes bombed a village in Lebanon" are
            # nobody's the text names)
            here = self._place_of(v, obj, [], actors)
            if here is not None and not (p.code[:2] in ARMED_ROOTS and _aimed_at_place(here, v, p, ("into", "toward",
                                                                                                    "towards"))):
                # (but "militants fired rockets into southern Israel" came from outside it)
                sources = [_place(a, here.country) for a in sources]
        if any(h.lower_ in PRONOUNS for h in src_heads):
            conf -= 0.15
        if p.code[:2] == "14" and all(a.kind == "demonym" or (a.kind == "title" and a.sector is None) for a in sources):
            # "ethnic Albanians demonstrated in Serbia": a people protesting in another state are its residents
            here = self._place_of(v, obj, sources, actors)
            if here is not None:
                sources = [Actor(here.country + "CVL", here.country, "CVL", a.name, "title", a.start, a.end)
                           for a in sources]
        if p.sense("forces") and sources and (all(a.sector in ("MIL", "COP") or (
                a.sector in ARMED and p.sense("forces")[0] in ASSAULT_CODES) for a in sources) or (
                p.sense("forces")[0] in ASSAULT_CODES and src_heads and all(
                    h.lemma_.lower() in ASSAULT_NOUNS for h in src_heads))):
            # (an attack acts by force too: "Israeli strikes targeted Hamas commanders")
            # troops who storm a compound attack it, police who storm a camp repress; forces
            # who block roads restrict movement; armed groups who storm a place assault it too ("gunmen
            # stormed the palace" is no riot), but rebels who block roads still protest
            police = all(a.sector == "COP" for a in sources)
            matches = [(_reading(c, "forces", police), o) for c, o in matches]
            p = matches[0][0]
        if p.sense("trade") and any(t.lemma_.lower() in TRADE_WORDS for t in sent):
            # "Japan would retaliate against U.S. tariffs": trade retaliation is a sanction
            matches = [(_reading(c, "trade"), o) for c, o in matches]
            p = matches[0][0]
        if p.sense("measure") and v.dep_ == "advcl" and v.tag_ == "VBG" and any(
                o.lemma_.lower() in TRADE_WORDS or any(m.lemma_.lower() in TRADE_WORDS for m in o.children
                                                       if m.dep_ in ("compound", "amod"))
                for o in children(v.head, "dobj")):
            # "China imposed export controls on gallium, hitting U.S. chipmakers": the measure's blow
            matches = [(_reading(c, "measure"), o) for c, o in matches]
            p = matches[0][0]
        if p.sense("words") and _in_words(v, src_heads, sources):
            # "China hit back at the United States, calling the controls bullying": blows of words
            matches = [(_reading(c, "words"), o) for c, o in matches]
            p = matches[0][0]
        transitive = passive or any(c.dep_ == "dobj" for c in v.children)
        if p.sense("people") and all(_people(a) for a in sources) and not all(
                a.sector in ARMED for a in sources) and not (  # "Hamas suspended its strikes": armed, not on strike
                "people_intransitive" in p.flags and transitive):  # "Houthi rebels struck a tanker" is an attack
            # "Japan protested to China" is a complaint (114); "thousands protested in Paris" a
            # demonstration (141); workers who strike are on strike (143), not attacking
            matches = [(_reading(c, "people"), o) for c, o in matches]
            p = matches[0][0]
        if p.code == "190" and not passive and src_heads and all(h.lemma_.lower() in PROTESTERS for h in src_heads):
            # "protesters attacked the embassies of Rwanda, France and Belgium": a crowd's violence is a violent
            # protest (145), not an armed attack
            matches = [(replace(c, code="145") if c.code == "190" else c, o) for c, o in matches]
            p = matches[0][0]
        if p.code[:2] in ("18", "19") and _assassination(v, passive, actors):
            # "gunmen shot dead a provincial governor", "killed the mayor of a town": a killing of someone the text
            # names by a political position is an assassination (CAMEO 186)
            matches = [(replace(c, code="186"), o) for c, o in matches]
            p = matches[0][0]
        if any("armed" in c.flags for c, _ in matches) and not all(
                a.sector in ARMED or (a.sector is None and a.kind in ("country", "capital")) for a in sources):
            # "residents evacuated the town": only a state or its forces retreat from a position
            matches = [(c, o) for c, o in matches if "armed" not in c.flags]
            if not matches:
                return []
            p = matches[0][0]
        if any("crowd" in c.flags for c, _ in matches) and not (src_heads and all(_crowd(h) for h in src_heads)):
            # "hundreds of protesters gathered outside the U.S. embassy" rallied; "leaders gathered in Brussels" did not
            matches = [(c, o) for c, o in matches if "crowd" not in c.flags]
            if not matches:
                return []
            p = matches[0][0]
        if any("troops" in c.flags or c.code == "0874" for c, _ in matches):  # "forces pulled out", not "the party"
            matches = troop_readings(v, matches, sources, src_heads)
            if not matches:
                return []
            p = matches[0][0]
        # target: the first (most specific) pattern whose slots yield an actor; when none
        # does, the most specific pattern codes a target-less event
        targets: list[Actor] = []
        own = {a.code for a in sources}
        own_c = {a.country for a in sources}
        top = matches[0][0].specificity
        # "both sides accused each other", "expelled each other's diplomats": the subjects act on one another
        mutual = len(sources) >= 2 and any(_reciprocal(h) or any(_reciprocal(c) for c in children(h, "poss"))
                                           # "tariffs on $34 billion of each other's goods"
                                           or any(_reciprocal(c) for pp in children(h, "prep") if pp.lower_ == "of"
                                                  for o in children(pp, "pobj") for c in children(o, "poss"))
                                           or _the_other(v, h)
                                           for cand, cobj in matches[:1]
                                           for h in [*(x for slot in cand.target
                                                       for x in slot_heads(v, cobj, slot, passive)),
                                                     *([cobj] if cobj is not None else [])])
        for cand, cobj in (() if mutual else matches):
            if cand.specificity < top and targets:
                break
            if cand.specificity < top and cand.code[:2] != p.code[:2]:
                continue  # the object decides the sense: "met the demands" is no meeting with their owner
            slots = cand.target
            if cobj is not None and cobj.lemma_.lower() == "side" and "dobj" in slots and any(
                    c.dep_ in ("amod", "compound", "poss") and actors.at.get(c.i) is not None for c in cobj.children):
                # "seized the Palestinian side of the Rafah crossing with Egypt": the side named is whose it is
                slots = ("dobj", *(x for x in slots if x != "dobj"))
            for slot in slots:
                # the first phrase in the slot that names someone other than the source
                # ("left for Minas Tirith for meetings with Arnor": Minas Tirith; "warned
                # their people about X": X)
                for h in slot_heads(v, cobj, slot, passive):
                    if h.lower_ in REFLEXIVE:
                        continue  # "Iran equipped itself with missiles": no one else's
                    if "speech" in cand.flags and h.lemma_.lower() in PRESS:
                        continue  # "told a news conference in Stockholm": the press, not Sweden, heard it
                    if "speech" in cand.flags and h.lemma_.lower() in GATHERINGS and not any(
                            c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
                        continue  # "told ministers meeting in Luxembourg": where they met, not who they are
                    if "place" in cand.flags:
                        # a visit is by someone to another state: not "80 pct of its exports went to
                        # Japan", "came to Washington" from Wall Street, "went to the IMF for help"
                        targets = [] if h.pos_ != "PROPN" or _quantity(src_heads) else [
                            a for a in self._resolve([h], actors, None, "target", si, sent, cand, article_id)
                            if a.country not in own_c | {None}]
                    else:
                        targets = [a for a in self._resolve([h], actors, None, "target", si, sent, cand, article_id)
                                   if a.code not in own] or self._owner(h, actors, own, own_c, cand.code[:2] in (
                                       "17", "18", "19", "20")) or [
                            # "defying warnings from Beijing": whoever sent the words
                            a for a in self._resolve(_senders(h), actors, None, "target", si, sent, cand, article_id)
                            if a.country not in own_c] or (
                            _holder(h, actors) if cand.code[:2] in ("15", "17", "18", "19", "20") else []) or (
                            dwellers([h], actors, own) if cand.code[:2] in VIOLENT_ROOTS else []) or \
                            self._beside(h, v, actors, own, si, sent, cand, article_id)
                    if cand.code[:2] in ("11", "12", "13") and h.pos_ == "NOUN":
                        # "warned of a new response from the North": what one's own side will do names
                        # no target (a thing named with the source's own country only)
                        targets = [a for a in targets if not (a.kind == "title" and a.sector is None
                                                              and a.country in own_c)]
                    if targets and all(a.country in own_c and a.sector in (None, "GOV") for a in targets) and all(
                            a.sector in (None, "GOV") for a in sources) and any(
                            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in h.children):
                        # "lifted its ban on its diplomats speaking with North Korean diplomats": a state's own
                        # envoys or organs are no other side of its act
                        targets = []
                    if cand.code[:2] in ("11", "12") and h.lemma_.lower() in ATTACKS and targets and all(
                            a.country in own_c for a in targets):
                        # "India condemned the attack on its consulate": its own side is the victim,
                        # not whom it condemns (the attacker, if the text names one)
                        targets = []
                    if cand.code[:2] in ("11", "12") and h.lemma_.lower() in ATTACKS and targets:
                        # "Arafat condemned the suicide bombing in Jerusalem": where it struck is not who struck
                        targets = [a for a in targets if a.start not in _struck_at(h)]
                    if slot == "prep:for" and cand.objects & VENGEANCE:
                        # "vowed revenge for the killing of Qassem Soleimani": the victim avenged is
                        # one's own, not whom revenge is aimed at
                        targets = [a for a in targets if a.country not in own_c]
                    if targets:
                        break
                if targets and cand.code[:2] == "16" and all(a.kind == "sector" and a.country is None for a in targets):
                    # "expelled diplomats from Somalia": envoys a state cuts ties with are another's,
                    # the one a later slot names (else no one's: never its own)
                    later = slots[slots.index(slot) + 1:]
                    there = next((a.country for s2 in later for h in slot_heads(v, cobj, s2, passive)
                                  for a in self._resolve([h], actors, None, "target", si, sent, cand, article_id)
                                  if a.country not in own_c | {None}), None)
                    targets = [_place(a, there) for a in targets] if there else []
                if targets:
                    p, obj = cand, cobj
                    break
            if targets:
                break
            if cand is matches[0][0] and "sym" in cand.flags and len(own_c - {None}) >= 2:
                break  # "Chinese and Belarusian troops began joint exercises near Brest": with each other, not a
                # lesser reading that names a place ("began drills near Brest" as a show of force there)
        if p.code[:2] in VIOLENT_ROOTS and v.tag_ == "VBG" and v.dep_ == "advcl" and lemma(v.head) in ACCUSING and any(
                pp.dep_ == "prep" and pp.lower_ in ("of", "for") and children(pp, "pcomp") for pp in v.head.children):
            return []  # "accused Afghan jets of bombing border villages, killing 20 people": the deaths are part of
            # what is alleged, not the accuser's act
        if p.code[:2] in VIOLENT_ROOTS and v.tag_ == "VBG" and v.dep_ in ("advcl", "conj") \
                and v.lemma_.lower() in _CASUALTY_VERBS and len({a.country for a in sources} - {None}) >= 2:
            return []  # "Iranian and Afghan border guards exchanged gunfire, killing two Iranian guards": the
            # clash is the event; which side's fire killed whom the participle does not say
        if targets and p.code[:2] in VIOLENT_ROOTS and v.dep_ in ("advcl", "conj") and all(
                a.kind in ("sector", "title") and (a.country is None or a.country in own_c)
                and not any(t.ent_type_ in ("NORP", "GPE") for t in v.doc[a.start:a.end]) for a in targets):
            # unnamed victims, or a post only placed (in the attackers' own land), are whom the blow the
            # governing clause tells fell on
            hit = {c for h in _struck_beside(v)
                   for c in [next((a.country for a in [actors.actor_of(h) or actors.place_of(h)] if a is not None),
                                  None) or actors.compound_place(h)]
                   if c and c not in own_c}
            if len(hit) == 1:
                c = next(iter(hit))
                targets = [Actor(c + (a.sector or ""), c, a.sector, a.name, "sector", a.start, a.end) for a in targets]
        if v.dep_ == "relcl" and all(o.lower_ in RELATIVE_PRONOUNS for o in children(v, "dobj")) and any(
                c.target[:1] == ("dobj",) or (not targets and "dobj" in c.target) for c, _ in matches[:1]):
            # "Russia annexed four regions, a move (that) the United Nations condemned": the gap is the
            # act, and its object slot comes first ("condemned as a seizure of Syrian land": Syria is no
            # target)
            targets = self._beside(v.head, v, actors, own, si, sent, p, article_id) or targets
        if targets and (p.code in _VISITED or "place" in p.flags):
            met = _met_there(v)
            if met is not None:
                # "headed for Washington for talks with creditor banks", "went to Washington for
                # meetings of the IMF": the city is where the talks are, the talks' party is whom
                # the trip is to (no one, when that party is no state or international body)
                there = {a.country for a in targets}
                met_with = [a for a in self._resolve(met, actors, None, "target", si, sent, p, article_id)
                            if a.country not in own_c]
                bodies = [a for a in met_with if a.country is None and a.sector == "IGO"]
                if any(a.country in there for a in met_with):
                    pass  # "left for Beijing for talks with Chinese leaders": a visit to China
                elif bodies:
                    targets = bodies
                elif all(h.lemma_.lower() in LENDERS for h in met) or (met_with and all(
                        a.sector == "BUS" for a in met_with)):
                    return []
        if not targets and p.sense("alone") and all(_state_side(a) for a in sources) and not (any(
                slot_heads(v, obj, slot, passive) for slot in p.target) and self._place_of(v, obj, sources, actors)):
            # "North Korea launched a ballistic missile": a state's launch at no one is a show of force
            # (rockets an armed group fires are its attacks, whoever they hit; missiles fired "at a
            # residential building in Kharkiv" are aimed at the place it stands in, below)
            p = _reading(p, "alone")
        if not targets and len(sources) > 1 and "sym" in p.flags and not all(a.sector in ARMED for a in sources):
            # "France and Germany clashed over farm subsidies": with no one else named, the sense
            # whose phrase is there ("over") says what two states did to each other
            p = next((c for c, o in matches if c.specificity == top and "sym" in c.flags and any(
                x.dep_ == "prep" and f"prep:{x.lower_}" in c.target for x in v.children)), p)
        if not targets and p.code == "045" and v.dep_ == "acl":
            targets = [a for a in self._parties(v, p, actors, own) if a.country not in own_c]
        if not targets and p.code == "018":
            targets = _afflicted(v, actors, own)
        if not targets and p.code.startswith("08") and obj is not None and obj.lemma_.lower() in CROSSINGS \
                and len(own_c - {None}) == 1:  # (not "Colombia and Venezuela reopened their border": each to the other)
            # "Pakistan reopened the Torkham border crossing": opened to the state on its other side, if the
            # sentence names one, never to the opener's own people
            other = _sole_other_state(sent, actors, next(iter(own_c - {None})), v)
            if other is None:
                return []
            targets = [other]
        if not targets and p.code[:2] in REACTION_ROOTS and (cause := _prompted_by(v)) is not None:
            # "Chinese warships entered Japanese waters, prompting Tokyo to lodge a protest": a reaction the
            # act prompted is aimed at whoever did the act
            targets = [a for a in self._resolve(children(cause, *SUBJ), actors, None, "target", si, sent, p,
                                                article_id) if a.country not in own_c]
        if not targets and "strict" in p.flags and not ("sym" in p.flags and len(sources) > 1) \
                and not any(slot_heads(v, obj, slot, passive) for slot in p.target):
            return []  # the sense needs its slot: "fired the minister" is no attack, "calls X" no appeal
        if not targets and "place" in p.flags and _monadic(p.code):
            return []  # "pulled out of the Olympics": a retreat from a place needs the place named
        if p.code == "055":
            found = apology_targets(self, v, obj, p, sources, actors, bool(targets))
            if found is None:
                # "regretted Germany's decision", "expressed regret over China's decision to detain ...": disapproval
                # of the act's owner, no apology
                owners = regretted_owners(self, v, obj, p, sources, actors)
                if not owners:
                    return []
                p, code, targets = replace(p, id=f"{p.id}+disapprove", code="110"), "110", owners
            else:
                targets = targets or [a for a in found if a.code not in own]
        if p.code[:2] in ("05", "11", "12"):
            # "criticised the detention of Japanese citizens by China", "welcomed the release of the journalist by
            # China": a reaction to an act is aimed at the one its "by" phrase names as doing it, not at those it
            # was done to
            acts = [obj] if obj is not None else children(v, "dobj") or [  # "protested over the detention of ..."
                o for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("over", "about", "at", "against")
                for o in children(pp, "pobj")]
            # (an active verb has no agent: its "by" after the act noun is the noun's, however the parser hangs it)
            loose = [c for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"] if not passive else []
            doers = [a for o in acts if o.lemma_.lower() in self.patterns.noun_lemmas
                     for c in [*o.children, *(b for b in loose if b.i > o.i)]
                     if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for a in self._resolve(children(c, "pobj"), actors, None, "target", si, sent, p, article_id)
                     if a.country not in own_c]
            targets = doers or targets
        if "speech" in p.flags:
            # "told reporters": the press is the audience of a statement, not its target; so is one's own
            # legislature ("Trudeau told parliament that ...")
            # ... or a body told that is only an audience ("told the National Press Club of Japan")
            heard = {t.i for o in children(v, "dobj") if o.lemma_.lower() in AUDIENCES for t in o.subtree}
            # (a legislature told is one only at home: "told the German parliament" addresses Germany)
            targets = [a for a in targets if not _audience(a, sources) and (a.start not in heard or a.sector == "LEG")]
        # "called on creditor banks to ease pressure on Argentina's debt terms": the appeal's addressee, named but of no
        # state, is its target, not the state its complement names: an appeal to no state
        addressed = not targets and p.code[:2] in ("02", "10") and any(infinitive(x) for x in v.children) and any(
            h.tag_ == "NNS" and h.lemma_.lower() not in self.patterns.noun_lemmas and not _abstract(h)
            and not actors.actors_of(h) for slot in p.target for h in slot_heads(v, obj, slot, passive))
        if addressed and all(map(_state_side, sources)):
            p = replace(p, flags=p.flags | {"unknown_target"})
        if not targets and "bid" not in p.flags and not addressed:
            # "agreed to provide aid for Romania", "vowed to retaliate against Japan": the
            # target of an intent or promise is the one of the complement it governs (but the one
            # bidden to act is the object: "instructed his party to prepare a package in time for
            # his visit to Washington" bids no one in Washington)
            targets = complement_target(v, sources, actors, "speech" in p.flags, bool(p.target))
            if targets and p.code[:2] == "04" and "sym" in p.flags and all(a.start in {
                    t.i for x in children(v, "advcl", "xcomp") if infinitive(x) for t in x.subtree} for a in targets):
                targets = []  # whom a body meets "to choose a prime minister" for is no party to its meeting
            if p.code[:2] in ("18", "19", "20"):
                # "captured after fighting for the Taliban", "fought alongside the rebels": the side
                # fought for is an ally, not the target
                allies = {a.code for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("for", "alongside")
                          for t in children(pp, "pobj") for a in actors.actors_of(t)}
                targets = [a for a in targets if a.code not in allies]
                if allies and not targets:
                    return []  # whom they fought is not named (not the place either: "fought for X in Kunduz")
        if not targets and p.code[:2] == "02" and not any(actors.actors_of(o) for o in children(v, "dobj", "dative")):
            # "met Netanyahu in Jerusalem, urging restraint": an appeal made at a meeting, call or visit is made to
            # whom the subject met, called or visited
            targets = [a for a in self._met_partners(v, actors, si, sent, p, article_id) if a.country not in own_c]
        if not targets and "sym" in p.flags and p.code[:2] in ("03", "05", "06"):
            # "Cho met his Japanese counterpart in Tokyo and agreed to keep close coordination": what the meeting
            # agreed is agreed with whom the subject met
            targets = [a for a in self._met_partners(v, actors, si, sent, p, article_id) if a.country not in own_c]
        targets, conf = self._implied_targets(v, obj, p, targets, sources, passive, actors, si, sent, article_id,
                                              conf)
        if "speech" in p.flags:
            targets = [a for a in targets if not _audience(a, sources)]  # (nor an organ of one's own it implies)
        if not targets and p.code[:2] == "02" and any(_all_sides(h) for slot in p.target
                                                     for h in slot_heads(v, obj, slot, passive)):
            # "urged both sides to exercise restraint": an appeal to parties the sentence does not name
            p = replace(p, flags=p.flags | {"unknown_target"})
        if p.code[:3] == "172" and obj is not None and any(c.dep_ == "poss" and c.lower_ in PRONOUNS
                                                          for c in obj.children):
            return []  # "closed down its liaison office in Pretoria": its own office, no sanction on anyone
        if p.code[:2] == "13" and targets and all(a.country in own_c and a.sector == "CVL" for a in targets):
            # "warned its citizens against travelling to Japan": a travel warning is aimed at the
            # state travel to which it warns against, not at the state's own people
            bound = [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "against"
                     for g in children(pp, "pcomp") if g.lemma_.lower() in TRAVELLING
                     for to in g.children if to.dep_ == "prep" and to.lower_ == "to" for o in children(to, "pobj")]
            targets = [a for a in self._resolve(bound, actors, unresolved, "target", si, sent, p, article_id)
                       if a.country not in own_c] if bound else targets
        if "deadline" in p.flags and not _given_time(v, obj):
            return []  # "gave Japan two more days of talks": time granted, no deadline to act
        if "no_own_firms" in p.flags and all((a.sector == "BUS" or (a.sector is None and a.kind == "title"))
                                             and a.country in own_c | {None} for a in targets):
            return []  # "allowed local banks to use futures": a regulation of its own firms, no concession
            # (nor of its own trade: "allowing sales of U.S. nuclear fuel to continue")
        if targets and "sym" not in p.flags and len(own_c - {None}) == 2 and all(
                a.country in own_c or (a.country is None and a.kind == "sector") for a in targets) \
                and any(c.dep_ == "poss" and c.lower_ == "their" for slot in p.target
                        for h in slot_heads(v, obj, slot, passive) for c in h.children):
            # "Saudi Arabia and Iran agreed to reopen their embassies": each one's with the other, not one
            # side's own
            p, targets = replace(p, flags=p.flags | {"sym"}), []
        elif "sym" not in p.flags and len(own_c - {None}) == 2 and all(map(_state_side, sources)) \
                and p.code[:2] in ("05", "08", "16") and obj is not None \
                and (any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children) or (
                    p.code == "161" and not targets and not any(c.dep_ == "poss" for c in obj.children))) \
                and (not targets or all(a.country in own_c for a in targets)):
            # "Peru and Chile recalled their ambassadors", "Colombia and Venezuela reopened their shared
            # border", "India and Canada expelled diplomats": each from or to the other (not "sent their
            # troops")
            p, targets = replace(p, flags=p.flags | {"sym"}), []
        place = self._place_of(v, obj, sources, actors)
        if place is None and v.dep_ == "advcl" and v.tag_ == "VBG" and ("casualties" in p.flags or p.code[:2] == "17"):
            place = self._place_of(v.head, None, sources, actors)  # "went off in Kabul, killing four"
            if place is None:  # "attacked Israeli towns, killing hundreds": the victims are of the attacked
                place = self._aimed_at(v.head, v, sources, actors)
        if not targets and place is None and p.code[:2] in VIOLENT_ROOTS and sources and all(
                a.sector in INSURGENTS and a.country for a in sources):
            # "Al Shabaab fighters attacked a base in Mogadishu": insurgents fight at home, where the place
            # of their own state is the one attacked
            place = self._place_of(v, obj, [], actors)
        if not targets and place is not None and p.code[:2] in ("18", "19", "20") and not (
                "sym" in p.flags and len(sources) > 1):
            targets = [place]  # "shelled positions in Lebanon": an attack in a country is on it (but two
            # sides who "clashed in Geneva" clashed with each other)
        if not targets and p.code == "087" and obj is not None and obj.lemma_.lower() in ASSAULT_NOUNS:
            # "halted its offensive in Rafah", "paused its air raids on Aleppo": attacks halted in or on a city are
            # halted on its state
            targets = [place] if place is not None else [
                _as_place(a) for h in (obj, v) for pp in h.children
                if pp.dep_ == "prep" and pp.lower_ in ("on", "against")
                for o in children(pp, "pobj") for a in [actors.place_of(o)]
                if a is not None and a.kind in ("capital", "place") and a.country not in own_c][:1]
        if not targets:  # record what stood in the target slots but could not be resolved
            named = [h for slot in p.target if slot == "dobj" for h in slot_heads(v, obj, slot, passive)]
            for slot in p.target:
                self._resolve(slot_heads(v, obj, slot, passive), actors, unresolved, "target", si, sent, p,
                              article_id)
            if named and all(h.ent_type_ in ("GPE", "LOC", "FAC") for h in named) and p.code[:2] in (
                    "17", "18", "19", "20"):
                return []  # "Russian troops captured Bakhmut": a place we do not know is not at home
            struck = [h for slot in p.target for h in slot_heads(v, obj, slot, passive)]
            if v.dep_ in ("relcl", "acl") and (v.tag_ == "VBN" and not struck or any(
                    h.lower_ in RELATIVE_PRONOUNS for h in struck)):
                # "the tanker, which Iran attacked", "a ship attacked by Houthi rebels": the noun the clause
                # describes is what was struck
                # (not "a missile fired by the Houthis": what is fired struck nothing yet)
                struck = [v.head if h.lower_ in RELATIVE_PRONOUNS else h for h in struck] or (
                    [] if v.lemma_.lower() in LAUNCHING else [v.head])
            if p.code[:2] in VIOLENT_ROOTS and ("sym" not in p.flags and _unnamed_victims(struck, clause=v)
                                                or self._fired_at_no_one(p, obj, struck, sources, src_heads)):
                # "US planes bombarded vehicles near Sharana", "sank an unidentified boat": the act
                # was done, on someone the text does not name ... in the country of the place it
                # names, if we know it ("the offensive on three fronts near Basra")
                at = _places_at([v, *struck], actors)
                if any(a.country in own_c for a in at):
                    return []  # "shelled positions near Aleppo" by Syrian troops: whose, the text does not say
                targets = at[:1]
                if not targets:
                    p = replace(p, flags=p.flags | {"unknown_target"})
            if unaimed_act(p, obj, sources):  # "India ruled out any talks": with whom, the sentence does not say
                p = replace(p, flags=p.flags | {"unknown_target"})
            elif p.code[:2] == "02" and any(_the_world(h) or _worlds_help(h) for h in struck):
                # "appealed to the international community for food aid", "appealed for international aid":
                # an appeal to no one state
                p = replace(p, flags=p.flags | {"unknown_target"})
        if p.code == "173" and not passive and any(o.lemma_.lower() in MILITARY_SITES for o in children(v, "dobj")):
            p = replace(p, code="192")  # "captured the Libyan airbase at Ouadi Doum": ground taken, no arrest
        if obj is not None:
            if not _owned_act(v, obj, self.patterns.noun_lemmas):
                consumed.add(obj.i)  # ("rejected a demand by the IMF": the demand is coded as well)
            if obj.pos_ == "NUM" or obj.lemma_.lower() in MEASURES:
                # "pledging half a billion dollars in aid": the measured thing is the pledge's
                consumed.update(t.i for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in"
                                for t in children(pp, "pobj") if t.pos_ == "NOUN")
            finer = self._match_noun(obj) if obj.lemma_.lower() in self.patterns.noun_lemmas else None
            # "staged a hunger strike": the object says which strike; "gave Chad a loan": a residual
            # code (070) takes the kind its object noun names (071)
            if finer is not None and (finer.objects or p.code.endswith("0")) and finer.code[:2] == p.code[:2] \
                    and finer.code != p.code:
                p = replace(p, code=finer.code)

        if p.code == "010":
            # "sent a letter of protest to China", "wrote a letter of complaint": the message is the act it names (a
            # written protest a complaint, 114)
            said = next((f for m in children(v, "dobj") if m.lemma_.lower() in MESSAGES
                         for pp in m.children if pp.dep_ == "prep" and pp.lower_ == "of"
                         for o in children(pp, "pobj") if o.lemma_.lower() in self.patterns.noun_lemmas
                         for f in [self._match_noun(o)] if f is not None and f.code[:2] in SAID_ROOTS), None)
            if said is not None:
                p = replace(p, code="114" if said.code[:2] == "14" else said.code)
            elif "speech" in p.flags and _deadline_told(v):
                p = replace(p, code="139")  # "told them they had 48 hours to make progress": an ultimatum
        if "casualties" in p.flags:
            weapon = _weapon_code(v, src_heads)
            if weapon is not None:
                p = replace(p, code=weapon)  # "killed by a roadside bomb" is a bombing (1833)
        elif p.code == "1712" and src_heads and all(_blow(h) for h in src_heads):
            # "Israeli air strikes destroyed Iran's consulate": the blow that destroyed it, on its owner
            p = replace(p, code=_weapon_code(v, src_heads) or "190")
        elif obj is not None and p.code[:2] in ("18", "19"):
            weapon = "1831" if any(c.lower_ == "suicide" for c in obj.children) else _weapon_code(v, [obj])
            if weapon in ("1831", "1832", "1833"):
                p = replace(p, code=weapon)  # "carried out a suicide bombing" is no air strike (195)
            elif weapon in ("194", "195") and p.code == "190":
                p = replace(p, code=weapon)  # "exchanged artillery and rocket fire": plain force made specific
        mood = verb_status(v, p, self._day)
        if mood.ceased:  # "stopped supplying weapons to Ukraine": the stopping is the event (1622)
            p = replace(p, id=f"{p.id}+ceased", code=mood.code)
        if no_comment(v, mood, sources):  # "would not say what it decided", "could not confirm the report"
            return self._pairs(replace(p, id=f"{p.id}+no_comment", code="011", flags=p.flags - {"speech"}), sources,
                               [], "asserted", "011", conf - 0.1)
        status, code = mood.status, mood.code
        if "only_negated" in p.flags and not mood.negated:
            return []
        if "only_refused" in p.flags and not (mood.refused or any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX
                                                                  for c in v.children)):
            return []  # "He did not give details" is the reporter's note; "declined to give details" declines comment
        if p.code == "010" and obj is not None and any(c.dep_ == "acl" and c.tag_ == "VBG" and self._match_verb(c)
                                                       for c in obj.children):
            return []  # "released a statement accusing Ukraine of ...": the statement is the accusation, coded there
        if code == "011" and any(c.lower_ == "never" for c in v.children):
            return []  # "Iraq has never given any casualty figures": a practice, no comment declined that day
        if code == "074" and targets and all(a.country in {s.country for s in sources} for a in targets):
            return []  # "vowed to protect its citizens": no protection given to another
        if code[:3] == "174" and any(_masses(o) for o in children(v, "dobj", "nsubjpass")):
            code = "201"  # "expelled hundreds of thousands of Afghans": a mass expulsion, not of individuals
        if p.sense("courtesy") and code == p.code and not any(
                c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
                for x in (v, *children(v, "prep")) for c in x.children) and targets and all(
                a.kind in ("person", "titled", "title") for a in targets):
            code = p.sense("courtesy")[0]  # "Pakistan's army chief called on Saudi Arabia's crown prince in Riyadh":
            # a call paid, no appeal
        if p.sense("court") and code == p.code and sources and all(a.sector == "JUD" for a in sources):
            code = p.sense("court")[0]  # "a military court jailed the former deputy prime minister for 11 years": a sentence
        if p.sense("act") and code == p.code and any(
                o.pos_ == "NOUN" and actors.at.get(o.i) is None and actors.sector_only(o) is None
                and o.lemma_.lower() not in GUESTS
                and not any(c.dep_ in ("amod", "compound", "poss") and actors.at.get(c.i) is not None for c in o.children)
                for o in children(v, "dobj")):
            code = p.sense("act")[0]  # "welcomed the ending of a trade ban imposed by Australian unions": welcomes an
            # act, hosts no one
        if code == "042" and "strict" in p.flags and _conveyed(v, src_heads, actors):
            cargo = _cargo(src_heads) if targets else None
            if cargo is None:
                return []  # "landed in a military plane", "the hijacked plane landed in Lahore": no visit
            code = cargo  # "Egyptian military planes carrying weapons landed in Mogadishu": arms delivered
        if code == "042" and src_heads and sources and all(
                h.lemma_.lower() in TROOPS for h in src_heads) and all(a.sector == "MIL" for a in sources):
            code = "154"  # "Australian troops arrived in Afghanistan": a deployment, no visit
        if code[:3] in ("150", "154") and _peacekeeping(v):
            code = "074"  # "sent troops to Lebanon as part of a U.N. peacekeeping force": peacekeeping, no posture
        if code[:2] in ("02", "10") and _or_face(v):
            code = "130"  # "told Japan to open its market or face sanctions": the demand is a threat
        if "unrealised" in p.flags and (status == "asserted" or mood.negated):
            return []  # "responded to the attack": what was done is told by its own verbs; only "will respond to
            # any attack" is the threat this sense names
        if "only_negated" in p.flags and code[:2] == "08" and status == "asserted":
            return []  # "did not start the war": a denial of the past, not a promise of restraint
        if code == "061" and status == "asserted" and _trade_figure(v):
            return []  # "Britain exported 1.5 billion stg worth of goods to X last year": a statistic
        if code != p.code:
            conf -= 0.1
        elif code in ASKING:
            code = self._asked(v, code)
        if hedged(v):
            conf -= 0.1
        if "speech" in p.flags and status == "asserted":
            asked = self._demands(v, p, sources, actors, conf) or stance(self, v, p, sources, actors, conf)
            if asked:
                return asked  # "Russia said Sudan must return ...": a demand, not a mere statement
        if "speech" in p.flags and code[:2] == "01" and _attribution(v):
            return []  # "..., a UN spokesman said": the source of the report, not a statement of its own
        if ("speech" in p.flags and code == "010" or code == "130") and not targets and status == "asserted":
            said_comment = comment(self, v, p, sources, conf, actors)
            if said_comment:
                return said_comment  # "progress was being made in the talks, X said": an optimistic comment
        self._where = place.country if place is not None else None
        # "militants fired rockets into southern Israel": the place is where the fire fell, not where
        # the armed people with no country named are
        self._fell_at = place is not None and _aimed_at_place(place, v, p, ("into", "toward", "towards"))
        # a place named where it happened that no gazetteer entry resolves ("blasted vehicles at
        # Sharana"): the people hit there are of no country the text lets us know
        self._unknown_place = place is None and code[:2] in ("18", "19", "20") and any(
            (o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN") and actors.actor_of(o) is None
            and actors.place_of(o) is None
            for x in [v, *children(v, "advcl", "conj"), *([v.head] if v.dep_ in ("advcl", "conj") else [])]
            for pp in x.children
            if pp.dep_ == "prep" and pp.lower_ in ("in", "at", "near", "around", "outside") for o in children(pp, "pobj"))
        held = _unnamed_people(v, obj, passive) if code[:2] == "17" else []
        if held and targets:
            # "captured three men in northern Iraq": the people taken are of the place; no town was taken
            targets = [Actor(a.code, a.country, None, a.name, "sector", a.start, a.end)
                       if a.kind in ("country", "capital", "place") and a.sector is None else a for a in targets]
        if not targets and code[:2] == "17":
            forces = all(a.sector == "MIL" for a in sources)
            if any(h.lemma_.lower() in UNKNOWN_PERSONS and h.tag_ == "NN" for h in held) or (held and forces):
                # "Malaysian police arrested a man believed to have smuggled ...": whose the man is, the
                # text does not say; he is no more the police's country than another's (but "detained
                # 160 suspects" is a state's crackdown on its own people) ... and the people troops
                # capture are as often abroad as at home ("US forces have captured 15 prisoners")
                p = replace(p, flags=p.flags | {"unknown_target"})
                if forces and place is not None and place.country and place.country not in own_c:
                    # "captured 15 fighters near Kandahar": people of the place (taken, not the town)
                    targets = [Actor(place.country, place.country, None, held[0].text, "sector", held[0].i,
                                     held[0].i + 1)] if held else []
        if not targets and code == "116" and sources and all(a.sector == "JUD" and a.country for a in sources):
            # "a Turkish court sentenced five men to death": the people a state's court sentences are in its hands
            held = [h for h in children(v, "dobj", "nsubjpass") if h.pos_ == "NOUN" and h.tag_ == "NNS"]
            if held:
                c = sources[0].country
                targets = [Actor(c, c, None, held[0].text, "sector", held[0].i, held[0].i + 1)]
        if not mutual and not targets and obj is not None and len({a.country for a in sources} - {None}) >= 2 \
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children) and (
                    obj.lemma_.lower() in BORDERS or any(c.lower_ in ("shared", "common", "joint", "mutual")
                                                          for c in obj.children)):
            # "Colombia and Venezuela reopened their shared border": what two states share is between them
            mutual = True
        if not mutual and not targets and p.code[:3] in ("087", "150", "154") and len(own_c - {None}) >= 2 \
                and all(map(_state_side, sources)) and any(
                    h.lemma_.lower() in BORDERS and not any(c.dep_ in ("poss", "amod", "compound") for c in h.children)
                    for slot in p.target for h in slot_heads(v, obj, slot, passive)):
            # "India and Pakistan agreed to pull back troops from the border": the border between them
            mutual = True
        if mutual:
            p, targets = replace(p, flags=p.flags | {"sym"}), []
        elif "sym" in p.flags and len(sources) > 1 and all(_countryless_business(a) for a in targets) and any(
                h.pos_ in ("NOUN", "PROPN") for slot in p.target if slot.startswith("prep:")
                and slot not in ("prep:over", "prep:about", "prep:on") and slot[5:] not in LOC_PREPS
                for h in slot_heads(v, obj, slot, passive)):
            # (what they clashed "over" is their quarrel, not a third party, nor where they met "in")
            # "Venezuela, Chile and the Philippines struck agreements with commercial banks": a
            # party named but no actor (or banks of no named country) is the other side, not the
            # subjects one another
            p = replace(p, flags=p.flags - {"sym"})
        targets = _troops_abroad(code, sources, targets, [v, *([obj] if obj is not None else [])], actors)
        return self._pairs(p, sources, targets, status, code, conf) + self._said(v, mood, p, sources, targets,
                                                                                actors, conf) + \
            self._repelled(v, obj, p, sources, status, conf, actors)

    def _implied_targets(self, v: Token, obj: Token | None, p: Pattern, targets: list[Actor], sources: list[Actor],
                         passive: bool, actors: DocActors, si: int, sent: Span, article_id: str,
                         conf: float) -> tuple[list[Actor], float]:
        """Whom an act is aimed at when its own slots name no one, or name only where it went: whom a
        protest defies, a complaint is about, a sanction or a reaction answers, a note's words go to,
        a claimed attack struck, a vow of revenge avenges, the source's own organs, or the target of
        a hostile act it is coordinated with. Returns the targets and the confidence, lowered for an
        inference."""
        own = {a.code for a in sources}
        own_c = {a.country for a in sources}
        if p.code[:2] == "14":
            # "blocked streets in defiance of Chinese authorities", "marched in protest at X": whom
            # a protest defies outranks the place its object is in
            targets = [a for h in stance_heads(v) for a in self._resolve([h], actors, None, "target", si, sent, p,
                                                                         article_id) if a.code not in own] or [
                # "marched in Tehran, chanting 'Death to America'": whom the crowd's slogans curse
                a for h in _cursed(v) for a in [actors.actor_of(h)] if a is not None and a.country not in own_c
            ] or targets
        if targets and p.code == "114" and all(a.sector == "IGO" for a in targets):
            # "Cyprus protested to the United Nations over violations by Turkey": the U.N. is
            # where the complaint went; whom it is about is its target
            targets = self._complained_of(v, sources, actors) or targets
        if not targets and p.code == "114" and obj is not None:
            # "lodged a protest over the Chinese coast guard's actions": whom the complaint is about
            targets = self._complained_of(obj, sources, actors)
        if not targets and p.code[:2] == "16":
            # "imposed the tariffs in retaliation for Japan's failure to ...": whom the sanction answers
            targets = [a for h in answered_heads(v) + (answered_heads(obj) if obj is not None else [])
                       for a in self._resolve([h], actors, None, "target", si, sent, p, article_id) if a.country not in own_c]
        if not targets and v.dep_ == "advcl" and v.tag_ == "VBG" and p.code[:2] in ("02", "10", "11", "13") \
                and lemma(v.head) in DELIVERING:
            # "sent Germany a diplomatic note demanding reparations": the words go where the note went
            targets = [a for h in [*children(v.head, "dative"), *(o for pp in v.head.children if pp.dep_ in ("prep", "dative")
                                                                 and pp.lower_ == "to" for o in children(pp, "pobj"))]
                       for a in self._resolve([h], actors, None, "target", si, sent, p, article_id)
                       if a.country not in own_c]
        if not targets and p.code == "015":
            # "Gunmen killed 130 people at a concert hall near Moscow, and Islamic State claimed the attack"
            targets = claimed_victims(self, v, v, actors, own_c, p)
        # a show of force answering another's act: jets scrambled, warning shots fired, forces put on alert
        force_shown = p.code[:2] == "15"
        if not targets and (p.code[:2] in ("11", "12") or force_shown):
            # "Japan protested after Chinese ships entered its waters", "Beijing lodged a complaint
            # after Seoul's president met the Dalai Lama": a reaction is aimed at the doer of what
            # it follows ... as are jets scrambled "after Chinese and Russian bombers flew near its airspace"
            # ... "scrambled fighter jets and put missile units on alert after 18 Chinese aircraft crossed ...": the
            # clause after the conjuncts is on the first, or on the verb that reports them ("said it had scrambled
            # jets after ...")
            shared = [v.head] if v.dep_ == "conj" and not children(v, *SUBJ) else []
            said = (shared or [v])[0]
            if said.dep_ == "ccomp" and said.head.lemma_.lower() in REPORTING:
                shared.append(said.head)
            targets = [a for x in [*v.children, *(c for h in shared for c in h.children if c.i > v.i)]
                       if x.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when", "as") for c in x.children)
                and (not force_shown or self._threatening(x))
                for h in children(x, "nsubj") for a in self._resolve([h], actors, None, "target", si, sent, p,
                                                                      article_id) if a.country not in own_c][
                :None if force_shown else 1]  # (... or "as Chinese warplanes crossed the median line")
        if not targets and p.code[:2] == "11" and v.dep_ == "conj":
            # "a U.S. jet shot down a Chinese balloon, and Beijing expressed strong dissatisfaction": a reaction
            # in the clause after an act on the reacting state is aimed at the one who acted
            before = {t.i for t in v.head.subtree if t.i < v.i}
            targets = [ev[1] for tok, ev in self._coded_now if tok.i in before
                       and ev[3] == "asserted" and ev[2] is not None and ev[2].country in own_c
                       and ev[1].country is not None and ev[1].country not in own_c and _state_side(ev[1])][:1]
        if not targets and p.code[:2] in RESPONSES:
            targets = self._answered(v, sources, p.code)
            conf -= 0.1 if targets else 0
        if not targets and p.code[:2] in ("02", "10") and any(
                o.lemma_.lower() == "release" for o in [*children(v, "dobj"), *children(v, "xcomp")]):
            # "Chinese coast guard personnel seized a Taiwanese boat, and Taipei demanded the crew's release": a call
            # to free people held is aimed at the one told holding them
            targets = [s for s, target, code_ in self._told_before(v) if code_[:2] == "17" and target in own_c
                       and s.country is not None and s.country not in own_c][:1]
            conf -= 0.1 if targets else 0
        if not targets and p.code[:2] in ("11", "12"):
            # "South Korea resumed loudspeaker broadcasts ... North Korea condemned the broadcasts"
            # ... "China protested against the visit" (the noun of an "against"/"over" phrase)
            targets = [a for o in ([obj] if obj is not None else children(v, "dobj") or [
                x for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("against", "over", "at")
                for x in children(pp, "pobj")])[:1] for a in _earlier_owner(v, o, own_c, actors)]
            conf -= 0.1 if targets else 0
        if p.code[:2] == "13" and obj is not None and obj.lemma_.lower() in VENGEANCE and all(map(_state_side, sources)):
            # "vowed retaliation for the killing of its diplomats": the offence's victims are no target
            targets = [a for a in targets if not (a.country in own_c and _state_side(a))]
        if p.lemma in AVENGING:
            # "Iran would avenge it", "vowed to avenge (or retaliate for) the killing of its commander": one's own
            # are the victims
            targets = [a for a in targets if a.country not in own_c]
        if not targets and p.code[:2] == "13" and obj is not None and (obj.lemma_.lower() in VENGEANCE or (
                p.code == "138" and obj.lemma_.lower() in p.objects)):  # ("vowed a harsh response")
            targets = self._avenged(sources, v) or [  # "Tehran vowed retaliation" after "U.S. warships shelled ..."
                # ... or "promised retaliation for the U.S. raids on its platforms": the raiders
                # ... or "called the U.S. attacks an escalation and promised retaliation": the attackers named
                # in the clause the vow is coordinated with
                a for x in [v, *([v.head] if v.dep_ == "conj" else [])] for n in x.subtree
                if n.pos_ == "NOUN" and n.lemma_.lower() in ASSAULT_NOUNS | PROVOCATIONS and n.i != obj.i
                for a in self._resolve([n], actors, None, "target", si, sent, p, article_id)
                if a.country is not None and a.country not in own_c][:1]
            conf -= 0.1 if targets else 0
        if not targets:
            # "Opposition leader X accused the Government of misleading the public"
            targets = _own_organs([h for slot in p.target for h in slot_heads(v, obj, slot, passive)], sources, actors)
        if not targets and p.code[:2] in SHARED_TARGET_ROOTS:
            targets = self._shared_target(v, own, actors, si, sent, article_id)
            conf -= 0.1 if targets else 0
        return targets, conf

    def _repelled(self, v: Token, obj: Token | None, p: Pattern, sources: list[Actor], status: str,
                  conf: float, actors: DocActors) -> list[Coded]:
        """The attack a defence answers: "Iraq repelled an attack by Iranian troops", "crushed an
        Iranian offensive" also say that Iran attacked Iraq (190, attacker to defender's state)."""
        obj = obj if obj is not None else next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or p.code[:2] not in ("18", "19") or v.lemma_.lower() not in REPELLING \
                or obj.lemma_.lower() not in ASSAULT_NOUNS or status != "asserted":
            return []
        own = {a.country for a in sources} - {None}
        by = [t for c in obj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for t in c.subtree]
        mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < obj.i]
        for heads in (by, mods):
            attackers = [a for h in heads for a in ([actors.actor_of(h)] if h.pos_ in ("NOUN", "PROPN", "ADJ") else [])
                         if a is not None and a.country is not None and a.country not in own]
            if attackers:
                defenders = [Actor(c, c, None, c, "place", 0, 0) for c in sorted(own)]
                return self._pairs(replace(p, id=p.id + "+attack", code="190", flags=p.flags - {"sym", "inverse"}),
                                   attackers, defenders, status, "190", conf - 0.1)
        return []

    @staticmethod
    def _complained_of(v: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
        """The state a complaint (to an organisation, or with no one named) is about: the object of
        the "over", "about" or "against" phrase of its verb ``v`` (or noun), or the subject of its
        "that" clause."""
        own = {a.country for a in sources}
        heads = [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ in ("over", "about", "against")
                 for o in children(pp, "pobj")]
        heads += [h for c in v.children if c.dep_ == "ccomp" for h in children(c, "nsubj", "nsubjpass")]
        for h in heads:
            found = [a for a in actors.actors_of(h) if a.country is not None and a.country not in own
                     and a.sector != "IGO"]
            if found:
                return found
        return []

    @staticmethod
    def _aimed_at(head: Token, v: Token, sources: list[Actor], actors: DocActors) -> Actor | None:
        """The state an attack verb is aimed at, named in its object or its "on"/"against"
        phrase ("attacked Israeli towns", "carried out strikes on Iran's nuclear sites"), as
        the place of the casualties a participle after it reports."""
        if head.lemma_.lower() not in ATTACK_VERBS and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in ASSAULT_NOUNS for c in head.children):
            return None  # "stunned Japanese investors, killing their appetite" attacked no one
        own = {a.country for a in sources}
        skip = {t.i for t in v.subtree}
        for c in head.children:
            if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "against", "at")):
                for t in c.subtree:
                    a = actors.actor_of(t) if t.i not in skip else None
                    if a is not None and a.country and a.country not in own and a.kind in (
                            "country", "demonym", "capital", "place"):
                        return _as_place(a)
        return None

    def _met_partners(self, v: Token, actors: DocActors, si: int, sent: Span, p: Pattern,
                      article_id: str) -> list[Actor]:
        """Whom the subject of a meeting met, when ``v`` is a bare conjunct (no subject of its own)
        of that meeting's verb or a participle after it: "met Lula in Beijing and agreed to ...", "held
        talks with Lula, agreeing to ..." (the object met, or the "with" phrase of the talks)."""
        g = v.head
        if v.dep_ not in ("conj", "advcl") or g.i == v.i or children(v, *SUBJ) or g.pos_ != "VERB" or (
                v.dep_ == "advcl" and v.tag_ != "VBG"):
            return []
        lem = g.lemma_.lower()
        talks = [o for o in children(g, "dobj") if o.lemma_.lower() in TRIP_TALKS]
        if lem == "meet":
            heads = [*children(g, "dobj"), *(o for pp in g.children if pp.dep_ == "prep" and pp.lower_ == "with"
                                             for o in children(pp, "pobj"))]
        elif lem in ("talk", "speak", "confer") or talks:
            heads = [o for x in [g, *talks] for pp in x.children if pp.dep_ == "prep" and pp.lower_ == "with"
                     for o in children(pp, "pobj")]
        elif lem in ("call", "phone", "telephone", "visit") and p.code[:2] == "02":
            # ... whom the subject called or visited, for an appeal made there: "called Netanyahu, urging restraint"
            heads = children(g, "dobj")
        elif p.code[:2] == "02" and any(o.lemma_.lower() in ("visit", "trip") for o in children(g, "dobj")):
            # "made an emergency visit to Sharon and Arafat, urging negotiation"
            heads = [x for o in children(g, "dobj") if o.lemma_.lower() in ("visit", "trip") for pp in o.children
                     if pp.dep_ == "prep" and pp.lower_ == "to" for t in children(pp, "pobj")
                     for x in [t, *t.conjuncts]]
        else:
            return []
        return self._resolve(heads, actors, None, "target", si, sent, p, article_id)

    def _parties(self, v: Token, p: Pattern, actors: DocActors, own: set[str]) -> list[Actor]:
        """The parties of a deal a mediation participle qualifies: "a ceasefire brokered by
        Qatar *between X and Y*", or the subjects of the clause that reports it: "*X and Y*
        agreed to a ceasefire brokered by Qatar", "*X and Y* signed a deal ..., in an
        agreement brokered by Turkey" (only when that clause is reported as fact)."""
        n = v.head
        heads = [t for pp in n.children if pp.dep_ == "prep" and pp.lower_ == "between" for t in children(pp, "pobj")]
        g = n
        while not heads and (g.dep_ in ("dobj", "pobj", "prep", "pcomp", "nsubjpass", "appos", "conj") or (
                g.tag_ == "VBG" and g.dep_ in ("xcomp", "advcl") and not children(g, "nsubj"))) and g.head.i != g.i:
            # (... "X and Y agreed to a ceasefire, Trump said, crediting talks mediated by the United States")
            g = g.head
            subj = children(g, "nsubj") if g.pos_ in ("VERB", "AUX") else []
            if subj and g.lemma_.lower() in REPORTING:
                # "X and Y agreed to a ceasefire, Trump said, crediting talks mediated by ...": the reported deal's
                subj = [s for c in g.children if c.dep_ == "ccomp" for s in children(c, "nsubj")] or subj
            if subj:
                if verb_status(g, p, self._day).status != "asserted":
                    return []
                heads = subj
        out = [a for h0 in heads for h in conjuncts(h0, actors) for a in actors.actors_of(h) if a.code not in own]
        return out

    def _answered(self, v: Token, sources: list[Actor], code: str = "") -> list[Actor]:
        """Whose act a response answers when its object only refers back to it: "China
        rejected the protest" after "Japan lodged a protest with China" rejects Japan's;
        "Iran welcomed the move" after "the U.S. lifted sanctions on Iran". A denial (016) answers
        the accusation or criticism of the denier before it, whatever it denies ("Israel accused
        Iran of the attack, but Tehran denied any role")."""
        denial = code == "016"
        definite = [o for o in children(v, "dobj") if any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "that", "those", "such") for c in o.children)]
        objs = [o for o in definite if o.lemma_.lower() in REFERRING_NOUNS or o.lemma_.lower() in ATTACKS]
        if not objs and not denial and (code[:2] in ("01", "11", "12") or code == "051"):
            # "the United States criticised the deal" (not "would sign the accord": a party's own act)
            return self._third_party_answer(v, [o for o in definite if o.lemma_.lower() in DEALS
                                                or o.lemma_.lower() in VISITS], {a.country for a in sources})
        if not objs and not denial:
            return []
        if objs and all(o.lemma_.lower() in ATTACKS for o in objs):
            # "Qatar condemned the attack": the doer of the last use of force told, whoever it struck
            return self._attacker(v, sources) if code[:2] in ("11", "12") else []
        own = {a.country for a in sources}
        if denial:
            accuser = self._rebutted(v, own)
            if accuser:
                return accuser
        # "India accuses Pakistan of the assault, but Pakistan denies the allegation": an act earlier in the
        # same sentence, or in the two before
        for s, target, code_ in self._told_before(v):
            if target is not None and target in own and s.country not in own and (
                    not denial or code_[:2] in ("11", "12")):
                return [s]
        if not denial and (code[:2] in ("11", "12") or code == "051") and any(
                o.lemma_.lower() in _THIRD_PARTY_MOVES for o in objs):
            return self._movers(v, own)
        return self._victim_accuser(v, own) if denial else []

    def _movers(self, v: Token, own: set[str | None]) -> list[Actor]:
        """Who made the move a third party reacts to: "Spain, Ireland and Norway recognised a Palestinian state,
        and Israel denounced the move" (all three): the sources of the last act told before by another state
        (not a mere statement)."""
        out: list[Actor] = []
        key = None
        for s, target, code_ in self._told_before(v):
            if key is None:
                if s.country is None or s.country in own or code_[:2] in ("01", "02"):
                    continue
                key = (target, code_)
            elif (target, code_) != key:
                break
            if s.country not in {a.country for a in out}:
                out.append(s)
        return out

    def _third_party_answer(self, v: Token, objs: list[Token], own: set[str | None]) -> list[Actor]:
        """Whom a reaction to an agreement or a visit the text told before is aimed at, when it did not
        fall on the reacting state: "Russia and North Korea signed a defence pact ... The United States
        criticised the deal" (both who made it); "Orban visited Moscow ... The EU condemned the visit"
        (the visitor)."""
        lemmas = {o.lemma_.lower() for o in objs}
        deal, visit = bool(lemmas & DEALS), bool(lemmas & VISITS)
        if deal == visit:
            return []
        for s, target, code_ in self._told_before(v, whole=True):  # (the deal the story is about, told before)
            if deal and code_[:2] in ("03", "05", "06") or visit and code_[:3] in ("042", "043"):
                if s.country is None or s.country in own:
                    return []
                if visit and code_[:3] == "043":  # "hosted Orban ... condemned the visit": the guest's
                    return [] if target is None or target in own else [
                        Actor(target, target, None, target, "antecedent", v.i, v.i + 1)]
                out = [s]
                if deal and target is not None and target not in own and target != s.country:
                    out.append(Actor(target, target, None, target, "antecedent", v.i, v.i + 1))
                return out
        return []

    def _victim_accuser(self, v: Token, own: set[str | None]) -> list[Actor]:
        """The state a denied charge of force names as struck, which makes the charge when no one else
        is said to: "Afghanistan denied charges of bombing Pakistani territory" answers Pakistan (not a
        charge of other acts: "denied accusations that it supplied drones to Russia" names no accuser)."""
        if self._actors is None:
            return []
        for o in children(v, "dobj"):
            if o.lemma_.lower() not in REFERRING_NOUNS:
                continue
            acts = [c for c in o.children if c.dep_ == "acl"] + [
                x for pp in o.children if pp.dep_ == "prep" and pp.lower_ == "of" for x in children(pp, "pcomp")]
            for x in acts:
                if not any(p.code[:2] in ("18", "19", "20") for p, _ in self._match_verb(x)):
                    continue
                found = [a for t in children(x, "dobj") for a in self._actors.actors_of(t)
                         if a.country is not None and a.country not in own]
                if found:
                    return _state_of(found[0], v)
        # "denied that it was behind the sabotage of a railway line in Poland": the state struck
        for c in children(v, "ccomp"):
            deeds = [n for pp in c.children if pp.dep_ == "prep" and pp.lower_ == "behind" for n in children(pp, "pobj")
                     if n.lemma_.lower() in ASSAULT_NOUNS | COVERT_DEEDS] if c.lemma_.lower() == "be" else []
            for n in deeds:
                found = [a for t in n.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "on", "against", "of")
                         for a in self._actors.actors_of(t) if a.country is not None and a.country not in own
                         and a.kind not in ("person", "titled")]
                if found:
                    return _state_of(found[0], v)
        return []

    def _rebutted(self, v: Token, own: set[str | None]) -> list[Actor]:
        """Who made the charge a denial names after the report of it: "Thailand's army said Cambodian
        troops had fired first, a charge Phnom Penh denied" answers the army (the speaker of the
        clause the charge noun stands beside), whether or not what it said was coded."""
        noun = v.head if v.dep_ == "relcl" else None
        if noun is None or noun.lemma_.lower() not in REFERRING_NOUNS or noun.dep_ not in ("npadvmod", "appos") \
                or self._actors is None:
            return []
        if noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
            return []
        # "said Cambodian troops had violated the truce, a charge ...", "said the attackers had tried to flee
        # to Ukraine, an assertion ..." (the parser may hang the noun on the last noun before the comma):
        # the saying the report is the clause of
        x = next((a for a in noun.ancestors if a.lemma_.lower() in REPORTING or a.lemma_.lower() in ACCUSING), None)
        if x is None:
            return []
        return [a for s in children(x, "nsubj") for a in self._actors.actors_of(s)
                if a.country is not None and a.country not in own][:1]

    def _participle_object(self, h: Token, role: str) -> list[Actor]:
        """Whom a pronoun object of a participle after its verb stands for: the target the verb's
        act was coded with in this sentence ("arrested 120 foreigners, including Colombians and
        Americans, accusing them of plotting terrorism": the Colombians and Americans)."""
        x = h.head
        if role != "target" or h.lower_ not in ("them", "it") or h.dep_ != "dobj" or x.tag_ != "VBG" \
                or x.dep_ != "advcl":
            return []
        gov = x.head
        found = [ev[2] for tok, ev in self._coded_now if ev[2] is not None and ev[3] == "asserted"
                 and (tok.i == gov.i or (tok.head.i == gov.i and tok.dep_ in ("xcomp", "ccomp", "conj")))]
        if h.lower_ == "it" and len({a.country for a in found}) > 1:
            return []  # "it" is one of them, the text does not say which
        return list({a.code: a for a in found}.values())

    def _attacker(self, v: Token, sources: list[Actor]) -> list[Actor]:
        """Who made the use of force (root 18-20) last told in this sentence, before ``v``, or in the two
        sentences before, when it is not the source's own; [] when that was nobody known."""
        own = {a.country for a in sources}
        for s, _, code_ in self._told_before(v):
            if code_[:2] in ("18", "19", "20"):
                # (one's own rebels may be condemned, not one's own state)
                state = s.code == s.country or s.code[3:] in STATE_SECTORS
                return [] if (s.country in own and state) or s.code.endswith("UAF") else [s]
        return []

    def _told_before(self, v: Token, whole: bool = False):
        """The asserted events told before ``v``, latest first: this sentence's, then the two sentences
        before's (``whole``: every sentence before's), as (source as an antecedent actor, target country,
        code)."""
        for tok, (_, s, t, status, code_, _) in reversed(self._coded_now):
            if tok.i < v.i and status == "asserted":
                yield (Actor(s.code, s.country, s.sector, s.name, "antecedent", v.i, v.i + 1),
                       t.country if t is not None else None, code_)
        for e in reversed(self._history):
            if e.sentence_index < self._si - 2 and not whole:
                break
            if e.asserted:
                yield (Actor(e.source, e.source_country, None, e.source_name, "antecedent", v.i, v.i + 1),
                       e.target_country, e.code)

    def _did_so(self, v: Token, sent: Span, si: int, actors: DocActors, unresolved: list[Unresolved],
                article_id: str) -> list[Coded]:
        """What "did so", "did the same" or "followed suit" repeats, with its own subject as the source:
        the act of the clause it hangs on ("France recognised a Palestinian state, a day after Britain and
        Canada did so"), else the last act the sentence or the sentence before told ("... Germany followed
        suit")."""
        heads = children(v, "nsubj") or [  # "a day after Britain, Canada and Australia did so" ("after" a preposition)
            o for pp in v.doc[v.left_edge.i:v.i] if pp.dep_ == "prep" and pp.lower_ in ("after", "before")
            for o in children(pp, "pobj") if o.right_edge.i == v.i - 1]
        if not heads:
            return []
        above = {a.i for a in v.ancestors}
        told = [ev for tok, ev in self._coded_now if tok.i in above and ev[3] == "asserted"] or [
            ev for tok, ev in self._coded_now[-1:] if ev[3] == "asserted"]
        if not told:
            last = [e for e in self._history if e.sentence_index == si - 1 and e.asserted][-1:]
            told = [(p, None, Actor(e.target, e.target_country, None, e.target_name or "", "antecedent", v.i, v.i + 1)
                     if e.target else None, e.status, e.code, e.confidence)
                    for e in last for p in [self.patterns.by_id.get(e.rule.split("+")[0])] if p is not None]
        if not told:
            return []
        p = told[0][0]
        sources = self._resolve(heads, actors, unresolved, "source", si, sent, p, article_id)
        own = {a.country for a in sources}
        mood = verb_status(v, p, self._day)
        if mood.status != "asserted" or not sources:
            return []
        targets = list({t.code: t for _, _, t, _, _, _ in told if t is not None and t.country not in own}.values())
        code = told[0][4]
        return [(replace(p, id=f"{p.id}+did_so"), s, t, "asserted", code, 0.6) for s in sources
                for t in (targets or [None])]

    def _avenged(self, sources: list[Actor], v: Token) -> list[Actor]:
        """Whom a vow of retaliation with no one named is aimed at: the attacker of the
        source's country told before it in this sentence ("Pakistani air strikes killed 46 people in
        Afghanistan, the Taliban said, vowing to retaliate") or in the article's last two sentences."""
        own = {a.country for a in sources}
        for s, target, code_ in self._told_before(v):
            if code_[:2] in ("18", "19", "20") and target in own and s.country not in own and s.country is not None:
                return [s]
        return []

    def _undone_by_verb(self, n: Token) -> bool:
        """An act noun that is the subject of an agentless passive whose pattern takes it as its object:
        "U.S. sanctions on Venezuela were eased" tells of the easing (coded on the verb, by the
        sanctions' owner), not of a sanction."""
        v = n.head  # (an answer is another's: "Yemen's request to Oman was ignored" was not ignored by Yemen)
        if n.dep_ != "nsubjpass" or v.pos_ != "VERB" or v.lemma_.lower() in ANSWERING or agents(v):
            return False
        lemma = n.lemma_.lower()
        own = {p.code[:2] for p in self.patterns.candidates("N", lemma)}
        if not own:
            return False  # no act noun: "two Russian diplomats were expelled" (see _state_agent)
        # ... only a verb that changes what the noun tells ("eased" sanctions, 085): "talks will be held",
        # "tariffs would be imposed" still tell of the talks and the tariffs
        return any(lemma in p.objects and p.code[:2] not in own for p in self.patterns.candidates("V", v.lemma_.lower()))

    def _state_agent(self, v: Token, match: tuple[Pattern, Token | None], actors: DocActors) -> list[Actor]:
        """Only a state arrests, jails, sentences or deports: "a missionary was arrested in
        Lebanon" was arrested by Lebanon's authorities; and a state deploys its own troops.
        An act undone in the passive is undone by its owner: "U.S. sanctions on Venezuela were
        eased", "the sanctions imposed by Washington were lifted" (the United States)."""
        p, obj = match
        if obj is not None and obj.head.i == v.i and self._undone_by_verb(obj):
            owners = [a for c in obj.children if (c.dep_ in ("poss", "compound", "amod") and c.i < obj.i)
                      for a in [actors.actor_of(c)] if a is not None and (a.country is not None or a.kind == "org")]
            owners = owners or [a for by in participle_agents(obj) for a in [actors.actor_of(by)] if a is not None]
            return owners[:1]
        if (p.code[:2] == "15" or p.code == "074") and obj is not None and v.lemma_.lower() in DEPLOYING:
            # "1,000 US Marines are deployed near Kandahar": troops are deployed by their own state
            # (but "28,500 U.S. troops are stationed in South Korea" describes a standing presence)
            return [a for a in actors.actors_of(obj) if a.country is not None and a.sector in (None, "MIL")][:1]
        if p.code[:3] not in STATE_ONLY and "by_state" not in p.flags:
            return self._unidentified(v, match, actors)
        here = self._place_of(v, obj, [], actors)
        if "by_state" in p.flags:
            # "two Russian diplomats were expelled from Bulgaria": the state they leave, or where they were
            # summoned ("to the foreign ministry in Warsaw"), never their own
            theirs = {a.country for h in children(v, "nsubjpass") for a in actors.actors_of(h)}
            subject = {t.i for h in children(v, "nsubjpass") for t in h.subtree}
            # (also the "in" phrase of a "with" phrase: "welcomed with an honour guard in Mongolia's capital")
            phrases = [*v.children, *(q for w in v.children if w.dep_ == "prep" and w.lower_ == "with"
                                      for o in children(w, "pobj") for q in o.children)]
            named = [x for pp in phrases
                     if pp.dep_ == "prep" and pp.lower_ in ("from", "to", "in") and pp.i not in subject
                     for h in children(pp, "pobj")
                     for x in [h, *(t for q in h.children if q.dep_ == "prep" and q.lower_ == "in"
                                    for t in children(q, "pobj"))]]
            # "were ordered to leave Britain", "were ordered out of Britain": the state they must leave
            named += [o for x in v.children if x.dep_ == "xcomp" and x.lemma_.lower() == "leave"
                      for o in children(x, "dobj")] + [
                o for pp in v.children if pp.lower_ == "out" for q in pp.children
                if q.dep_ == "prep" and q.lower_ == "of" for o in children(q, "pobj")]
            # ... or the ministry they were summoned to: "was summoned to the German foreign ministry"
            offices = [h for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "to" and pp.i not in subject
                       for h in children(pp, "pobj") if h.pos_ == "NOUN"]
            here = next((a for h in named for a in [actors.actor_of(h) or actors.place_of(h)] if a is not None
                         and a.country and a.kind in ("country", "capital", "place")), None) or next(
                (a for h in offices for a in [actors.actor_of(h)] if a is not None and a.country
                 and a.kind == "title" and a.sector == "GOV"), None) or here
            if here is not None and here.country in theirs:
                return []
        if here is None and p.code[:3] in ("173", "116"):
            here = self._arresting_state(v, actors)
        return [Actor(here.country + "GOV", here.country, "GOV", here.name, "place", here.start, here.end)] \
            if here is not None else []

    @staticmethod
    def _arresting_state(v: Token, actors: DocActors) -> Actor | None:
        """Who made an arrest told in the passive with no agent and no place: the state whose organs report
        it ("has been detained on suspicion of ..., police sources said"), else the arrested one's own state
        when the sentence names no other ("A Philippine army captain has been arrested"): CAMEO's domestic
        convention."""
        # (whom: known by more than a surname, which may be anyone's: "Reid is charged with ...")
        held = [a for h in children(v, "nsubjpass") for a in actors.actors_of(h) or [actors.sector_only(h)]
                if a is not None and (a.kind != "person" or a.end - a.start > 1)]
        if not held:
            return None  # "the man was arrested": whom, the text does not say
        rep = reporter(v)
        if rep is not None:
            told = [a for h in children(rep, "nsubj") for a in actors.actors_of(h)
                    if a.country is not None and a.sector in STATE_SECTORS]
            if told:
                return told[0]
        named = {m.actor.country for t in v.sent for m in [actors.at.get(t.i)]
                 if m is not None and m.actor is not None and m.actor.country}
        # (of its own politics and forces only: a journalist or a businessman held is as often abroad)
        if len({a.country for a in held}) == 1 and held[0].country and named <= {held[0].country} \
                and held[0].kind != "country" \
                and held[0].sector in _HELD_AT_HOME:
            return held[0]
        return None

    def _unidentified(self, v: Token, match: tuple[Pattern, Token | None], actors: DocActors,
                      subjects: list[Token] | None = None) -> list[Actor]:
        """CAMEO's unidentified armed forces of the place: "an aid worker was shot dead in
        Kabul", "three soldiers were killed by a roadside bomb in Iraq" (AFGUAF, IRQUAF)."""
        p, obj = match
        if p.code[:2] not in ("18", "19", "20") or any(_mishap(t) for t in v.subtree):
            return []  # "killed in a road accident" is no one's attack
        if any(t.lemma_.lower() in _NAMING_THE_ATTACKER for t in v.sent):
            return []  # "Haniyeh was killed in Tehran, and Hamas blamed Israel": the attacker is named, if only as
            # alleged ("claimed responsibility for bombings that killed ..."), not unknown forces of the place
        here = self._place_of(v, obj, [], actors) or next(
            (h for a in [*agents(v), *(subjects or []), *([v.head] if v.dep_ in ("advcl", "conj") else [])]
             for h in [self._place_of(a, None, [], actors)] if h is not None), None)  # "exploded in X, killing"
        if here is not None and _aimed_at_place(here, v, p):
            # "rockets were fired at the Golan Heights": a place in the act's own target phrase is
            # what was hit, not where unknown forces of that country fired from
            here = None
        return [Actor(here.country + "UAF", here.country, "UAF", here.name, "place", here.start, here.end)] \
            if here is not None else []

    @staticmethod
    def _place_of(v: Token, obj: Token | None, sources: list[Actor], actors: DocActors,
                  shared: bool = True) -> Actor | None:
        """The country where the act happened, when a PP on the verb or its object names one
        other than the source's: "killed 23 people in Tel Aviv", "shelled targets in Lebanon".
        With ``shared``, a verb that names none takes the place of a verb it is coordinated with
        when neither has a subject of its own: "blew up a railway track and hijacked a train in
        Pakistan's Baluchistan province" (an act done to something named, not to a victim the parser
        lost)."""
        own = {a.country for a in sources}
        if shared:
            here = Coder._place_of(v, obj, sources, actors, shared=False)
            if here is not None or not children(v, "dobj"):
                return here  # (an act on no object the parser found keeps to its own phrases)
            beside = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not children(c, *SUBJ)]
            if v.dep_ == "conj" and v.head.pos_ == "VERB" and not children(v, *SUBJ):
                beside.append(v.head)
            return next((h for c in beside for h in [Coder._place_of(c, None, sources, actors, shared=False)]
                         if h is not None), None)
        hosts = [v] + ([obj] if obj is not None else children(v, "dobj", "nsubjpass"))
        # "fired shells at targets in northern Iraq", "set fire to the Danish embassy in Beirut": the place of
        # what the act was aimed at
        # ... also when the object is the attack: "launched an attack on a U.S. base in Syria"
        hosts += [t for h in [v, *([obj] if obj is not None and obj.lemma_.lower() in ASSAULT_NOUNS else [])]
                  for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "toward", "into", "to")
                  for t in children(c, "pobj") if t.lemma_.lower() in AIMED_AT]
        # "attacked the embassy of Rwanda in Kinshasa": a mission stands where its "of" phrase's place says
        hosts += [x for h in hosts[1:] if h.lemma_.lower() in MISSIONS for pp in h.children
                  if pp.dep_ == "prep" and pp.lower_ == "of" for o in children(pp, "pobj") for x in [o, *o.conjuncts]]
        # "hijacked a train carrying 400 people in Baluchistan province": the parser hangs the place on
        # what the object carries
        hosts += [o for h in hosts[1:2] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"
                  for o in children(c, "dobj")]
        # "abducted 287 pupils from a school in Kaduna": the place of the spot they were taken from
        hosts += [t for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for t in children(c, "pobj")
                  if t.pos_ == "NOUN"]
        # "... killed 23 people when they blew themselves up in Tel Aviv"
        hosts += [c for c in v.children if c.dep_ == "advcl" and not any(x.dep_ == "nsubj" and x.pos_ != "PRON"
                                                                          for x in c.children)]
        # "Russia's attack on Kyiv killed 23 people", "strikes on a hospital in Gaza killed 20":
        # an attack that is the subject happened where it was aimed
        # ("a Russian missile and drone attack on Kyiv": the parser makes the attack the weapon's conjunct)
        assaults = [x for s in children(v, "nsubj") for x in [s, *s.conjuncts] if x.lemma_.lower() in ASSAULT_NOUNS]
        for host in hosts + assaults:
            for pp in _phrases_on(host):
                if pp.dep_ != "prep" or pp.lower_ not in ("in", "inside", "into", "across", "near", "over", "at",
                                                          "outside", "off") and not (host in assaults and pp.lower_ == "on") \
                        and pp.head.i == host.i \
                        and not (host is not v and pp.lower_ == "of" and host.lemma_.lower() in AREAS):
                    continue  # ... "hit the centre of Sumy": the area named is the place
                # "outside of the Iraqi city of Basra"
                # ... "off the Iranian coast" only names a coast's state ("fought off the Iranians" names none)
                for pobj in _offshore(pp) if pp.lower_ == "off" else children(pp, "pobj") + [
                        t for q in pp.children if q.dep_ == "prep" and q.lower_ == "of" for t in children(q, "pobj")]:
                    if pobj.lemma_.lower() in BORDERS:
                        continue  # "in a raid near the Afghan border": on either side of it
                    a = actors.actor_of(pobj) or actors.place_of(pobj)
                    # "outside the American embassy" is no place in America; "the Iraqi city of" is
                    kinds = ("country", "capital", "demonym", "title", "place") if pobj.lemma_.lower() in SETTLEMENTS \
                        else ("country", "capital", "place") if pp.lower_ in ("at", "outside") else (
                            "country", "capital", "demonym", "place")
                    if a is not None and a.kind in kinds and a.country not in own and not (
                            a.kind == "title" and a.sector is not None):
                        return _as_place(a)
                    # "at a market in Kabul", "outside the city of Basra": the place the spot is in
                    # ... "in Somalia's Puntland region": the area's owner
                    for a in [*(actors.actor_of(t) or actors.place_of(t) for q in pobj.children
                                if q.dep_ == "prep" and q.lower_ in ("in", "of") for t in children(q, "pobj")),
                              *(actors.actor_of(t) for t in children(pobj, "poss") if pobj.lemma_.lower() in AREAS)]:
                        if a is not None and a.kind in ("country", "capital", "place") and a.country not in own:
                            return _as_place(a)
        if v.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children) \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            # "forced the plane to land in Minsk, where authorities arrested ...": the place "where" stands for
            a = actors.actor_of(v.head) or actors.place_of(v.head)
            if a is not None and a.kind in ("country", "capital", "place") and a.country not in own:
                return _as_place(a)
        return None

    @staticmethod
    def _owner(h: Token, actors: DocActors, own: set[str], countries: set[str | None],
               force: bool = False) -> list[Actor]:
        """The owner of "its airspace" when the nearest reading is the source itself:
        "China violated its airspace" is someone else's airspace (the speaker's, in
        "Japan said China violated its airspace"). ``force``: an act of force, whose part of a
        whole ("attacked two of its oil platforms") is the whole's owner's; one may well
        evacuate or aid "15 of its (own) observers"."""
        if h.pos_ == "NUM" and force:  # "attacked two of its oil platforms": the platforms' owner
            h = next((p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), h)
        theirs = [c for c in h.children if c.dep_ == "poss" and c.lower_ == "their"]
        if theirs and h.pos_ == "NOUN" and force:
            # "boarded Philippine navy boats and seized their weapons": the people the first act struck
            c = actors._their_owner(theirs[0])
            return [Actor(c, c, None, theirs[0].text, "antecedent", theirs[0].i, theirs[0].i + 1)] \
                if c is not None and c not in countries else []
        poss = [c for c in h.children if c.dep_ == "poss" and c.lower_ == "its"]
        if not poss or h.pos_ != "NOUN" or h.lemma_.lower() in RELATION_NOUNS:
            return []  # ("drew criticism from its allies": not the owner, nor whoever else "its" may be)
        found = [a for a in speaker_antecedent(poss[0], actors) if a.code not in own and a.country not in countries]
        if found:
            return found
        a = actors.pronoun_antecedent(poss[0], poss[0].i, exclude=frozenset(own))
        if a is None:
            # "militants who attacked one of its armoured vehicles": the singular subject above
            c = actors.its_subject(poss[0])
            a = Actor(c, c, None, poss[0].text, "antecedent", poss[0].i, poss[0].i + 1) if c is not None else None
        return [a] if a is not None and a.country not in countries else []

    def _threatening(self, x: Token) -> bool:
        """Whether the clause ``x`` tells a move a show of force may answer: an intrusion ("entered its
        zone", "crossed the median line", "flew near its airspace") or an act coded as a threat or
        force; not "as Palestinians marked the anniversary of the intifada"."""
        if x.lemma_.lower() in INTRUDING_VERBS or any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in ASSAULT_NOUNS or c.lemma_.lower() in ("war", "fighting"))
                for c in x.children):
            return True  # (... or "as the war in Afghanistan began", "after the attacks")
        matched = self._match_verb(x)
        # (not a verb that may be a retreat: "after Israeli forces withdrew")
        return bool(matched) and "13" <= matched[0][0].code[:2] <= "20" and not any(
            c.code[:2] == "08" for c, _ in matched)

    def _shared_target(self, v: Token, own: set[str], actors: DocActors, si: int, sent: Span,
                       article_id: str) -> list[Actor]:
        """The target of a hostile act named by the verb it is coordinated with, or the participle of,
        when it names none and shares that verb's subject: "India accused Pakistan of sponsoring the
        attack and threatened retaliation" (against Pakistan); "... and demanded an apology"; "China
        criticised the United States, warning that it would respond"."""
        head = v.head
        if v.dep_ not in ("conj", "advcl") or (v.dep_ == "advcl" and v.tag_ != "VBG") \
                or head.pos_ not in ("VERB", "AUX") or children(v, "nsubj", "nsubjpass") \
                or head.lemma_.lower() not in self.patterns.verb_lemmas:
            # ... or by the verb coordinated after it: "Britain condemned the execution and summoned
            # Iran's charge d'affaires" (a measure against a state, not an appeal to it)
            after = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not children(
                c, "nsubj", "nsubjpass") and c.lemma_.lower() in self.patterns.verb_lemmas]
            matched = self._match_verb(after[0]) if after else []
            if not matched or matched[0][0].code[:2] not in HOSTILE_AFTER:
                return []
            cp, cobj = matched[0]
            passive = is_passive(after[0])
            return [a for slot in cp.target for h in slot_heads(after[0], cobj, slot, passive)
                    for a in self._resolve([h], actors, None, "target", si, sent, cp, article_id)
                    if a.code not in own and a.country not in {x[:3] for x in own}][:2]
        matched = self._match_verb(head)
        if not matched or matched[0][0].code[:2] not in SHARED_TARGET_ROOTS | ARMED_ROOTS:
            return []
        hp, hobj = matched[0]
        passive = is_passive(head)
        return [a for slot in hp.target for h in slot_heads(head, hobj, slot, passive)
                for a in self._resolve([h], actors, None, "target", si, sent, hp, article_id)
                if a.code not in own and not (h.lemma_.lower() in ATTACKS and a.start in _struck_at(h))][:2] or [
            t for tok, (_, _, t, status, code, _) in self._coded_now  # "demanded that X cancel the sale"
            if tok.i == head.i and t is not None and status == "asserted" and code[:2] in SHARED_TARGET_ROOTS
            and t.code not in own][:2]

    def _beside(self, h: Token, v: Token, actors: DocActors, own: set[str], si: int, sent: Span, p: Pattern,
                article_id: str) -> list[Actor]:
        """Whose act a bare "move" after a comma names (see :func:`_clause_beside`), not the source's."""
        return [a for x in _clause_beside(h, v) for a in self._resolve([x], actors, None, "target", si, sent, p,
                                                                     article_id) if a.code not in own]

    def _asked(self, t: Token, code: str) -> str:
        """A generic appeal or demand made specific by what is asked: "urged Japan to lift
        sanctions" (0254), "demanded that Israel release the prisoners" (1053)."""
        if code == "100" and t.lemma_.lower() in ORDERING and any(
                x.dep_ == "xcomp" and x.lemma_.lower() in LEAVING and all(
                    o.lemma_.lower() in ("country", "territory") or o.pos_ == "PROPN" for o in children(x, "dobj"))
                for x in t.children):
            # "ordered 12 French embassy officials to leave the country": an expulsion, of envoys
            # a cut in relations (161), of anyone else a deportation (174)
            envoys = any(o.lemma_.lower() in ENVOY_WORDS or any(m.lemma_.lower() in ("embassy", "consulate")
                                                               for m in o.children)
                         for o in children(t, "dobj"))
            return "161" if envoys else "174"
        for x in t.children:
            # (also the parser's advcl for the bidden act: "called on Tehran to release them")
            if (x.dep_ in ("xcomp", "ccomp", "acl") or (x.dep_ == "advcl" and infinitive(x))) and x.pos_ == "VERB" \
                    and x.lemma_.lower() in self.patterns.verb_lemmas:
                # (a reading kept for troops that move is not what a person is asked to do: "urged Ottawa
                # to withdraw a proposal")
                matched = [(p, o) for p, o in self._match_verb(x) if "troops" not in p.flags]
                if matched and not any(c.dep_ == "neg" for c in x.children):
                    return derive(ASKING[code], matched[0][0].code) or code
        return code

    def _said(self, v: Token, mood: Mood, p: Pattern, sources: list[Actor], targets: list[Actor],
              actors: DocActors, conf: float) -> list[Coded]:
        """The intent, threat or refusal that an unrealised event expresses (:mod:`.derived`),
        when it is aimed at someone ("will visit four countries" commits to no one)."""
        bracing = [] if targets else braced(v, p, mood, sources)
        if bracing:  # "is ready to respond to any Indian attack": its aggressor, else whoever attacks
            targets = aggressors(bracing, actors, {a.country for a in sources})
        retaliating = not targets and retaliation(v, p)
        if retaliating:  # "Israel vowed to retaliate": against whoever struck it in the sentences before
            targets = self._avenged(sources, v)
        aimless = not targets and (bool(bracing) or vowed_force(p, mood, sources, retaliating))
        home = [] if targets else _threatened_at_home(v, mood, p, sources, actors)
        targets, at_home = targets or home, bool(home)
        if mood.status == "asserted" or not (targets or ("sym" in p.flags and len(sources) > 1)
                                             or p.code in MONADIC_CODES or calming(p, mood, sources) or aimless
                                             or at_home):
            return []  # "agreed to resign", "refused to withdraw" commit to no one, but stand alone
        if "inverse" in p.flags and mood.status == "intent":
            return []  # "Ukraine hopes to receive more F-16 jets from Denmark": the hope is the receiver's, and
            # commits the giver (the event's source) to nothing
        if recalled(v, mood, self._day) or doubted(v, mood):
            return []  # "In 1950 China offered to hold talks with India": the offer is history; "India doubted
            # Pakistan's willingness to crack down": a doubt, no one's intent
        tried = mood.via in ("try", "attempt") or (v.dep_ == "acl" and v.head.lemma_.lower() in ("attempt", "bid"))
        gov = v.doc[mood.clause]
        if tried and (mood.negated or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "will",
                                                                                 "wo", "would", "could", "might",
                                                                                 "may", "should", "must", "shall")
                                          for c in gov.children)):
            tried = False  # "won't try to clash", "could try to": no attempt was made
        if tried and (rep := reporter(said_clause(gov))) is not None and lemma(rep) in COGNITION:
            tried = False  # "Ackerman thinks the U.S. is attempting to ...": a belief about an attempt
        if tried and (p.code[:2] in ("18", "19", "20") or p.code == "176"):
            # an attempted attack is an attack (CAMEO 185 for an attempted assassination)
            code = "185" if p.code == "186" else p.code
            return self._pairs(replace(p, id=f"{p.id}+attempt", code=code), sources, targets, "asserted", code,
                               conf - 0.1)
        if mood.status == "negated" and lemma(gov) == "fail" and p.code[:3] in FAILED_TALKS:
            # "failed to reach agreement", "failed to agree on a deal": negotiations that broke
            # down (CAMEO 164, whose own example this is), not an agreement
            return self._pairs(replace(p, id=f"{p.id}+failed", code="164"), sources, targets, "asserted", "164",
                               conf - 0.1)
        weigher = v.head if v.dep_ == "xcomp" and any(a.country or a.kind == "org" for a in targets) else None
        if weigher is not None and lemma(weigher) in CONSIDERING and not mood.negated and v.tag_ == "VBG" \
                and not (weigher.dep_ in ("xcomp", "advcl", "acl") or (
                    weigher.dep_ == "ccomp" and lemma(weigher.head) not in REPORTING)) \
                and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in weigher.children):  # (not "would consider")
            # "South Korea is considering sending weapons to Ukraine": a policy option weighed (014), by the
            # weigher's own word (not "Iran is considering attacking Israel, U.S. officials said"), and weighed
            # now (not "asked the White House to consider blocking the sale")
            if _told_by_another(weigher, {a.country for a in sources}, actors) or any(
                    c.dep_ == "nsubj" and lemma(c) in SPECULATION for a in weigher.ancestors for c in a.children):
                return []  # ("speculation has been in the market that the U.S. is considering ...": others' guess)
            return self._pairs(replace(p, id=f"{p.id}+consider", code="014"), sources, targets, "asserted", "014",
                               conf - 0.1)
        restraint = "only_negated" in p.flags and mood.code[:2] == "08"  # "will never start a war"
        kind = said_kind(v, mood, restraint)
        if kind is None:
            return []
        if kind == "commit":
            hit = said(p.code)
            if hit is None and p.code == "026" and "prep:between" not in p.target:
                hit = ("intent", "036")  # "will seek talks with Y": its own talks, an intent to meet (036)
            if hit is None and p.code[:2] == "13" and "unrealised" in p.flags:
                hit = ("threat", code_of(p, mood))  # "would take action against X": the step still to come threatens
            if hit is None:
                return []
            kind, code = hit
            gov = v.doc[mood.clause]
            if kind == "intent" and (gov.lemma_.lower() in ("threaten", "warn", "threat") or (
                    mood.via in ("could", "might", "may") and not self._hoped_by_own(v, mood, sources, actors, p))):
                return []  # (a warning that one could help is no promise; but "Reagan said he hoped the United
                # States could lift the sanctions" is his side's wish)
            if kind == "threat" and nearing(gov):
                return []  # "Israel is close to attacking Iran": an assessment of the act, no one's threat
            if kind == "threat" and code[:3] == "138" and p.code[:2] == "15" and gov.lemma_.lower() in OFFERING:
                kind, code = "intent", "0334"  # "offered to send troops to Gaza": protection offered, no threat
        elif restraint:
            # "will never start a war with X": a refused attack is a promise of restraint, an intent
            # to de-escalate (0356), not a refusal
            kind, code = "intent", derive("intent", mood.code) or "035"
        else:
            code = derive("refusal", p.code)
            if p.code == "080" and mood.via in ("future", "would") and any(
                    c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in v.children) and all(
                    a.sector in (None, "GOV", "MIL") and a.country not in {s.country for s in sources} | {None}
                    for a in targets):
                kind, code = "threat", "130"  # "will not let Iran acquire nuclear arms": a warning to Iran
            if code is None:
                return []
        # a third party's forecast is not the actor's commitment ("Iran will strike
        # Israel, the U.S. said"); the parties themselves, or unnamed officials, count
        # ... and what the target says the source will do against it is its charge, not a
        # threat ("Kenya said Uganda would invade it"): a threat needs the source's own side
        if _told_by_another(v.doc[mood.clause], {a.country for a in sources + (targets if kind == "intent" else [])},
                            actors):
            return []
        if self._hoped_by_own(v, mood, sources, actors, p) is False:
            return []  # "Seoul said it hoped Pompeo would visit South Korea soon": a hope commits only the hoper's side
        dp = replace(p, id=f"{p.id}+{kind}", code=code)
        if aimless:
            if kind != "threat":
                return []
            # "is ready to respond to any attack", "vowed to continue attacks": a threat aimed at no one named
            dp = replace(dp, flags=dp.flags | {"unknown_target"})
        return self._pairs(dp, sources, targets, "asserted", code, conf - 0.1)

    def _hoped_by_own(self, v: Token, mood: Mood, sources: list[Actor], actors: DocActors,
                      p: Pattern) -> bool | None:
        """Whether the clause of ``v``, reported as hoped or believed (``mood.COGNITION``), is hoped by someone of the
        sources' own side ("Reagan said he hoped the United States could lift the sanctions"); None when it is
        not so reported."""
        hope = reporter(said_clause(v.doc[mood.clause]))
        if hope is None or lemma(hope) not in COGNITION:
            return None
        return any(a.country in {s.country for s in sources} for h in children(hope, "nsubj")
                   for a in self._resolve([h], actors, None, "source", 0, v.sent, p, ""))

    def _demands(self, v: Token, p: Pattern, sources: list[Actor], actors: DocActors, conf: float) -> list[Coded]:
        """"Russia said Sudan must return the helicopter" → a demand (10x) of the speaker on
        the complement's subject; "... should return" → an appeal (02x)."""
        own = {a.country for a in sources}
        out: list[Coded] = []
        for x0 in children(v, "ccomp"):
            for x in conjuncts_v(x0):
                modal = next((c.lower_ for c in x.children if c.dep_ == "aux" and c.lower_ in
                              ("must", "should", "ought")), None)
                if modal is None and directed(x, v):
                    modal = "must"  # "insisted that China withdraw"
                e = x
                if modal is None and x.lemma_.lower() in ("need", "have") and x.tag_ in ("VBZ", "VBP", "VBD") and not any(
                        c.dep_ == "dobj" for c in x.children):  # ("has too much at stake to entertain ...": no duty)
                    e = next((c for c in x.children if c.dep_ == "xcomp"), None)
                    modal = "must" if e is not None else None
                if modal is None and x.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in x.children):
                    # "it is time for Arafat to exert control": an appeal to Arafat
                    e = next((r for a in children(x, "attr") if a.lemma_.lower() == "time" for r in a.children
                              if r.dep_ in ("relcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                     for m in r.children)), None)
                    modal, x = ("should", e) if e is not None else (None, x)
                if modal is None or e is None:
                    continue
                # an agreement does nothing it could be asked to: "the pacts should serve as precedents"
                # ... or a passive one the act is to be done to: "Bush says Saddam must be removed"
                subjects = children(x, "nsubj") + (children(x, "nsubjpass") if lemma(e) in DONE_TO else [])
                if len(children(x, "nsubj")) > 1:
                    continue  # two subjects: a misparse ("the situation since the attacks in the U.S. had to be")
                targets = [a for h in subjects if h.lemma_.lower() not in DOCUMENTS
                           for a in self._resolve([h], actors, None, "target", 0, v.sent, p, "")]
                targets = [a for a in targets if a.country not in own]
                if not targets:
                    # "Senator Hagel says the administration must make the tapes public"
                    targets = _own_organs(subjects, sources, actors)
                if not targets:
                    continue
                kind = "appeal" if modal in ("should", "ought") else "demand"
                matched = self._match_verb(e) if e.lemma_.lower() in self.patterns.verb_lemmas else []
                negated = any(c.dep_ == "neg" for c in x.children)
                code = (derive(kind, matched[0][0].code) if matched and not negated else None) or \
                    ("020" if kind == "appeal" else "100")
                dp = replace(p, id=f"{p.id}+{kind}", code=code, flags=p.flags - {"speech"})
                out += self._pairs(dp, sources, targets, "asserted", code, conf - 0.1)
        return out

    # ------------------------------------------------------------------ nouns
    def _code_noun(self, n: Token, sent: Span, si: int, actors: DocActors, unresolved: list[Unresolved],
                   article_id: str) -> list[Coded]:
        self._where, self._unknown_place, self._fell_at = None, False, False
        p = self._match_noun(n)
        if p is None:
            return []
        conf = 0.8
        trig, n = n, (n if p.particle else _occasion(_frame(n, SPANS)))  # "a mediation mission between X and Y": the mission's
        if (n.dep_ == "dobj" and n.head.lemma_.lower() in TOPIC_VERBS) or (
                n.dep_ == "pobj" and n.head.lower_ == "about" and n.head.head.pos_ in ("VERB", "NOUN")) or (
                n.dep_ == "pobj" and n.head.lower_ in ("on", "over") and TOPIC_NOUNS & {n.head.head.lemma_.lower(), *(
                    c.lemma_.lower() for c in n.head.head.children if c.dep_ == "dobj")}):
            return []  # "discussed cooperation between X and Y", "talked about sanctions", "negotiations on a
            # troop pullback": a topic, not an act
        if p.code[:2] == "04" and n.dep_ in ("nsubj", "nsubjpass") and (
                n.head.lemma_.lower() in _STALLED or any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _STALLED
                                                         for c in n.head.children)):
            return []  # "the EU's accession talks with Georgia are effectively frozen": a state of affairs, no meeting
        if p.code[:2] in VIOLENT_ROOTS and n.dep_ == "pobj" and n.head.lower_ in ("in", "during") \
                and not is_passive(n.head.head) and any(
                tok.i == n.head.head.i and ev[3] == "asserted" and ev[4][:2] in VIOLENT_ROOTS
                for tok, ev in self._coded_now):
            return []  # "gunships attacked positions near Sidon in the ninth air raid over Lebanon this year": the
            # verb told the blow, which the noun names again (but "were wounded in a gun battle with Pakistani
            # troops": the passive's casualties, whose attacker the noun names)
        if _complained_of(n):
            return []  # "lodged a protest with China over what it said was an attack by Chinese forces": the
            # complaint is the event, not what it alleges; "recalled its ambassadors in protest at their
            # recognition of Palestinian statehood": the grievance is told as the protest's cause
        if p.code[:2] == "14" and _background_protest(n):
            return []  # "relaxed the curfew as calm returned after protests over job quotas": the news is what
            # followed them
        if _since(n):
            return []  # "their first summit since Russia's full-scale invasion of Ukraine": a point the news is
            # measured from, not news of its own
        if p.code[:2] in VIOLENT_ROOTS and n.dep_ == "nsubj" and n.head.lemma_.lower() == "destroy" \
                and children(n.head, "dobj"):
            return []  # "Israeli air strikes destroyed Iran's consulate": the verb tells the blow, on whom
        # (a time is no owner: "last week's riots", "Sunday's attack")
        # ... nor the frame's, which the event's own owner overrides: "a wave of Israeli air strikes"
        src_heads = next((heads for x in ([trig, n] if trig is not n else [n]) if (heads := [
            c for c in x.children if (c.dep_ == "poss" and c.lemma_.lower() not in TIME_WORDS) or (
                c.dep_ in ("compound", "amod", "nmod") and actors.at.get(c.i) is not None
                and not stance_prefixed(c))])), [])  # ("a pro-Palestinian rally")
        # "his U.S. visit", "during a Moscow visit": the place a visit names before it is where it goes,
        # unless a "to" phrase names that
        places = [h for h in src_heads if h.dep_ != "poss" and h.i < n.i] if p.code == "042" and not p.particle \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "of") for c in n.children) else []
        src_heads = [h for h in src_heads if h not in places]
        # "U.S.-Japanese talks", "the Iran-Iraq talks": the two sides of a meeting named as one hyphenated modifier
        pair = next(([h, m] for m in src_heads if m.dep_ != "poss" for h in children(m, "compound", "amod")
                     if h.i + 2 == m.i and h.nbor(1).text == "-"), []) if "sym" in p.flags and p.code[:2] == "04" else []
        for c in n.children:
            # "aid from Japan"; but "attacks from Jordan" come from a territory, not its state,
            # and a "withdrawal from Lebanon" leaves it
            if c.dep_ in ("prep", "agent") and (c.lower_ == "by" or (c.lower_ == "from" and p.code[:2] not in
                                                                     ("18", "19", "20") and p.code[:3] != "087")):
                src_heads += children(c, "pobj")
            elif c.dep_ == "prep" and c.lower_ == "from" and p.code[:2] in VIOLENT_ROOTS:
                # ... but "aerial attacks from US warplanes" come from the forces that make them
                src_heads += [o for o in children(c, "pobj") if o.lemma_.lower() in ATTACKING_FORCES]
        if not src_heads and not p.particle:
            src_heads = participle_agents(n)  # "the sanctions imposed by Washington on Moscow", "talks held by X"
        if not src_heads and p.code in ("042", "043") and not p.particle and "prep:of" not in p.target:
            # (but "a tour of Argentina" is where it goes)
            # "the visit of West Germany's president to Bolivia": a visit's "of" phrase names the visitor
            src_heads = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in children(c, "pobj")
                         if o.i != trig.i and actors.actors_of(o)]
        if not src_heads:
            # "the arrest of a journalist by Iranian police": the parser hangs the agent on the object
            src_heads = [a for of in n.children if of.dep_ == "prep" and of.lower_ == "of" for o in children(of, "pobj")
                         for by in o.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
                         for a in children(by, "pobj")]
        gov = n.head
        ready = None
        side_of_fight = False
        if p.particle:
            # "workers went on strike", "troops were put on alert": the one on strike or on
            # alert is the subject of the verb the phrase hangs on, in either voice
            gov = gov.head
            src_heads = children(gov, "nsubj", "nsubjpass") or inherited_subject(gov)[0]
        elif n.dep_ == "pobj" and gov.lower_ == "for" and any(actors.actors_of(d) for d in children(gov.head, "dobj")):
            # "thanked Japan for its aid": the object's act; "blamed Israel for the bombing":
            # the object's alleged act, which the blame codes (112), not the bombing
            if gov.head.lemma_.lower() in ACCUSING:
                return []
            src_heads = src_heads or children(gov.head, "dobj")
            gov = None
        elif n.dep_ == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() in AVENGING:
            # "vowed to retaliate for an air strike near Damascus": the avenger's own act it is not (its own doer,
            # if the phrase names one: "for America's attack")
            gov = None
        elif n.dep_ == "pobj" and _fight_noun(p) and gov.lower_ in FIGHT_SETTINGS and gov.head.pos_ in ("VERB", "AUX"):
            # "took the airport after fierce fighting with X", "three soldiers were wounded in a gun battle
            # with X": the subject is the other side (an armed one, see below), not "civilians died in clashes"
            gov, side_of_fight = gov.head, True
        elif n.dep_ == "pobj" and gov.head.pos_ in ("VERB", "AUX") and (gov.lower_ in (
                "in", "on", "for", "during", "after", "following", "into", "at") or (gov.lower_ == "from" and (
                places or p.code[:2] == "04"))) and (
                gov.lower_ in ("in", "on", "for", "during") or (trig is not n and n.lemma_.lower() in OCCASIONS) or (
                    p.code[:2] == "04" and not any(c.dep_ == "prep" and c.lower_ in ("between", "among")
                                                   for c in n.children))):
            # "arrived on a visit to Beijing", "went on hunger strike in protest against ...";
            # "after talks with X, the minister said", "went into a meeting with X", "arrived from a
            # meeting with X": the subject's talks
            gov = gov.head
        elif n.dep_ == "pobj" and gov.lower_ in ("of", "for") and p.code[:2] == "04" and gov.head.dep_ == "dobj" \
                and gov.head.lemma_.lower() in OFFER_NOUNS and gov.head.head.lemma_.lower() in RENEWING_VERBS:
            ready, gov = gov.head, gov.head.head  # "Musharraf repeated his offer of talks with X": an intent
        elif p.code[:2] == "04" and (offer := offered_gerund(n, OFFER_NOUNS, RENEWING_VERBS, LIGHT_VERBS)) is not None:
            ready, gov = offer, offer.head  # "Musharraf repeated his offer of holding talks with X"
        elif n.dep_ == "pobj" and gov.lower_ in ("to", "for") and gov.head.dep_ == "acomp" \
                and gov.head.lemma_.lower() in OPEN_TO:
            ready, gov = gov.head, gov.head.head  # "Iran is open to talks with X": the subject's readiness
        elif not (n.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in LIGHT_VERBS) \
                or any(c.dep_ == "expl" for c in gov.children):
            gov = None  # "condemned the attack on Syria": whose attack, the object does not say; "there were clashes"
        if gov is not None and src_heads and all(h.dep_ == "poss" and h.lower_ in PRONOUNS for h in src_heads) \
                and not (gov.lemma_.lower() == "be" and any(c.lower_ in ("it", "this", "that")
                                                            for c in children(gov, "nsubj"))):
            src_heads = []  # "the rebels continued their hunger strike": its owner is the subject (but in "It
            # is his first visit to Seoul" the empty "it" owns nothing)
        in_force = p.code[:2] == "16" and n.dep_ == "nsubj" and _comes_into_force(n.head)
        if not src_heads and in_force and n.head.dep_ == "ccomp" and lemma(n.head.head) in REPORTING:
            # "Sweden's trade minister said a trade boycott of South Africa would take effect from July 1":
            # a measure announced by the state that takes it
            src_heads = children(n.head.head, "nsubj")
        if not src_heads and side_of_fight:
            # only the clause's own subject, or the passive's ("were wounded in clashes with X"): one
            # inherited from afar is no side
            src_heads = (agents(gov) or children(gov, "nsubjpass")) if is_passive(gov) else (
                children(gov, "nsubj") or (inherited_subject(gov)[0] if gov.dep_ == "xcomp" else []))
            conf -= 0.05  # ("claimed to have taken the town after fighting with X": the claimant's)
        elif not src_heads and gov is not None and p.code[:2] == "14" and n.dep_ == "pobj" and is_passive(gov):
            src_heads = agents(gov)  # "20 people were killed in riots": the dead are not the rioters
        elif not src_heads and gov is not None:
            src_heads = (agents(gov) if is_passive(gov) else children(gov, *SUBJ)) or inherited_subject(gov)[0]
            if gov.dep_ == "relcl" and any(h.lower_ in RELATIVE_PRONOUNS for h in src_heads):
                src_heads = [gov.head]  # "the ambassador, who arrived from a meeting with X"
            if not src_heads and is_passive(gov) and gov.lemma_.lower() in ("engage", "involve"):
                src_heads = children(gov, "nsubjpass")  # "forces were engaged in ethnic cleansing"
            if p.code[:2] == "14" and n.dep_ == "pobj":
                # "police fired tear gas during protests": the state's organs act on a protest, they do
                # not make it (but "opposition lawmakers joined the protests")
                src_heads = [h for h in src_heads if not ({a.sector for a in actors.actors_of(h)}
                                                          or {actors.r.sector_of([h])}) & (STATE_SECTORS - {"LEG"})]
            conf -= 0.05
        if not src_heads and _fight_noun(p) and n.lemma_.lower() in FIRE_EXCHANGES:
            src_heads = hit_in(n)  # "an exchange of gunfire in which two Japanese sailors were injured"
            conf -= 0.1
        sources = self._resolve(src_heads, actors, unresolved, "source", si, sent, p, article_id)
        if side_of_fight:  # a state or its (or a group's) armed force, not people caught in the fight
            sources = [a for a in sources if a.sector in ARMED or (a.sector is None and a.kind in ("country", "capital"))]
            # "retook a village in Cambodia after fighting with guerrillas": the other side, with no
            # country named, is of the place where they fought (see _pairs)
            where = self._place_of(gov, None, sources, actors) if sources else None
            self._where = where.country if where is not None else None
            self._fell_at = False
        if "at_war" in p.flags and not _at_war(n.sent, "190", sources):
            return []  # "Brazil scored a victory over Argentina in the qualifier": a game, no war
        if p.particle and p.code[:2] == "15":
            # a state's forces go on alert, not "residents ... on alert for the typhoon" or "the
            # central bank stayed on alert"; the police's is a police alert (151)
            sources = [a for a in sources if a.sector in ("MIL", "COP", "SPY")]
            if sources and all(a.sector == "COP" for a in sources):
                p = replace(p, code="151")
        # the phrase's own complements first, then those of the light verb it is the object
        # of ("launched a mediation effort on Saturday between X and Y")
        hosts = [n] + ([gov] if gov is not None and (n.dep_ in ("dobj", "attr") or p.particle) else [])
        # "the withdrawal of some forces from Panama", "the sale of arms to Iran": the parser
        # hangs the phrase on the "of" object (of material acts: "a meeting of the committee with
        # X" names the body that meets)
        of_objects = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in children(c, "pobj")
                      ] if p.code[:2] > "05" else []
        for onset in ([n.head] if n.dep_ in ("nsubj", "nsubjpass") else []) + [
                c for c in n.children if c.dep_ == "acl" and c.i == n.i + 1]:
            if ONSET_VERBS & _onset_phrases(onset):
                # "fighting erupted between X and Y", "talks took place between X and Y", "talks are
                # underway between X and Y": the sides hang on the verb or its adjective
                hosts += [onset, *children(onset, "acomp")]
        if planned_meeting(n, p) == "nominal:planned" and n.dep_ == "nsubjpass":
            hosts.append(n.head)  # "a meeting has been arranged between X and Y": the sides hang on the verb
        targets: list[Actor] = []
        between: list[Actor] = []
        if trig is not n and trig not in hosts:
            hosts.append(trig)  # "two days of talks with X": the talks' own complements
        # "the sanctions imposed by Washington on Moscow": the target hangs on the participle that names the doer
        hosts += [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and any(
            x.dep_ == "agent" for x in c.children) and c not in hosts]
        if pair:
            between = self._resolve(pair, actors, unresolved, "source", si, sent, p, article_id)
            if len({a.country for a in between}) < 2:
                between, pair = [], []
        for host in hosts:
            for c in host.children:
                if c.dep_ == "prep" and c.lower_ in ("between", "among") and not between:
                    for h in children(c, "pobj"):
                        between += self._resolve(conjuncts(h, actors), actors, unresolved, "source", si, sent, p,
                                                 article_id)
        for slot in p.target:
            if slot.startswith("prep:"):
                heads = [h for host in hosts for c in host.children if c.dep_ == "prep" and c.lower_ == slot[5:]
                         for h in children(c, "pobj")]
                if not heads and slot != "prep:of":
                    heads = [h for host in of_objects for c in host.children if c.dep_ == "prep"
                             and c.lower_ == slot[5:] for h in children(c, "pobj")]
                if not heads and slot not in ("prep:of", "prep:by"):
                    # "raids by US warplanes on Taliban positions": the parser hangs the target on the agent
                    heads = [h for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                             for a in children(c, "pobj") for d in a.children if d.dep_ == "prep"
                             and d.lower_ == slot[5:] for h in children(d, "pobj")]
                if p.code[:2] in ("11", "12", "13", "14"):
                    # "a protest against the government's EC policies": aimed at the government
                    heads = [o for h in heads for o in ([x for x in children(h, "poss") if x.pos_ != "PRON"]
                                                        if h.lemma_.lower() in POLICY_NOUNS else []) or [h]]
            elif slot == "dobj" and p.particle and gov is not None:
                heads = children(gov, "dobj")  # "held civilians as human shields"
            else:
                continue
            if not heads and slot[5:] in AIMING_PREPS:
                heads = [t for host in hosts for t in aimed_objects(host)]  # "sanctions targeting Iranian officials"
            targets = self._resolve(heads, actors, unresolved, "target", si, sent, p, article_id)
            if not targets and p.code[:2] in VIOLENT_ROOTS:  # "attacks on caves where al Qaeda fighters hid"
                targets = dwellers(heads, actors, {a.code for a in sources})
            if targets:
                break
        if not targets and places and sources:
            own = {a.country for a in sources}
            targets = [a for a in self._resolve(places, actors, unresolved, "target", si, sent, p, article_id)
                       if a.country not in own]
        if not targets and sources and p.code in _VISITED and n.dep_ == "pobj" and n.head.lower_ == "during" \
                and n.head.head.pos_ in ("VERB", "AUX"):
            # "Ramaphosa said on Tuesday during a visit by Finland's president": a visit named by no place is
            # to the state of the one it happened beside (the clause's subject), when that is another
            own = {a.country for a in sources}
            clause = n.head.head
            # ... or beside whom the clause's act was done, when its subject is the visitor's own side:
            # "Germany handed back the bronzes to Nigeria during a visit by its foreign minister"
            # (a thing's name is no one: "handed back the Benin Bronzes")
            beside = children(clause, "nsubj") + [
                t for pp in clause.children if pp.dep_ in ("prep", "dative") and pp.lower_ in ("to", "with")
                for t in children(pp, "pobj")] + [h for h in children(clause, "dobj", "dative") if any(
                    a.kind in ("country", "capital", "person") for a in actors.actors_of(h))]
            targets = [_as_place(a) for h in beside for a in actors.actors_of(h)
                       if a.country is not None and a.country not in own][:1]
        if not targets and p.particle and "inverse" in p.flags:
            # "came under Iranian attack": the attacker (swapped to the source) is the phrase's own
            targets = [a for c in n.children if c.dep_ in ("compound", "amod") for a in [actors.actor_of(c)]
                       if a is not None and a.country is not None]
        if p.particle and "inverse" in p.flags and p.code[:2] in ("18", "19", "20") and not (
                any(a.sector in ARMED for a in sources + targets)
                or any(h.lemma_.lower() in HELD | VESSELS for h in src_heads)):
            if not (sources and targets and n.lemma_.lower() in ("fire", "attack")):
                return []  # (an unarmed "siege" or "bombardment" is none)
            # "the minister came under fire from the opposition", "Israel came under fire from the EU over its
            # settlements": criticism, no attack
            p = replace(p, id=f"{p.id}+words", code="111", flags=p.flags - {"sym"})
        if not targets and sources and p.code[:2] in ("18", "19", "20") and not side_of_fight:
            # "an attack by Iranian forces near Basra": an attack in a country is on it (but "died in
            # fighting in Syria" names no other side)
            place = self._place_of(n, None, sources, actors)
            targets = [place] if place is not None else []
        if not targets and p.code[:2] in ("02", "10", "11", "13"):
            # "its demand that Israel ease ...", "the accusation that Russia meddled": the
            # addressee is the subject of the clause the noun governs
            own = {a.country for a in sources}
            for c in [*n.children, *_stray_clause(n)]:
                if c.dep_ in ("acl", "ccomp"):
                    # "Iraq's threat to invade Kuwait": a threat is aimed at the object of its act
                    heads = children(c, "nsubj", "nsubjpass") or (
                        children(c, "dobj") if p.code[:2] == "13" and infinitive(c) else [])
                    targets = [a for h in heads for a in actors.actors_of(h) if a.country not in own]
                    if not targets and p.code[:2] == "13" and sources and all(
                            h.lower_ in PRONOUNS or {a.country for a in actors.actors_of(h)} <= own for h in heads):
                        # "a warning from Turkey that it will stop Athens ...": the threatener's own act
                        # is aimed at its object
                        targets = [a for h in children(c, "dobj") for a in actors.actors_of(h) if a.country not in own]
                    if targets:
                        break
        if not targets and gov is not None and sources and n.dep_ == "dobj" and p.code[:2] == "16":
            # "announced the tariffs in retaliation for Japan's failure to ...": whom the sanction answers
            own = {a.country for a in sources}
            targets = [a for h in answered_heads(n) + answered_heads(gov)
                       for a in self._resolve([h], actors, None, "target", si, sent, p, article_id) if a.country not in own]
        if not targets and sources and n.dep_ == "pobj" and n.head.lower_ == "for" \
                and n.head.head.lemma_.lower() in REQUITALS:
            # "raised its tariffs on U.S. goods in retaliation for Trump's latest tariff increase": the act
            # answered fell on whoever answers it
            g = n.head.head
            while g.dep_ in ("pobj", "prep") and g.head.i != g.i:
                g = g.head
            if g.pos_ in ("VERB", "AUX"):
                own = {a.country for a in sources}
                targets = [a for a in self._resolve(children(g, "nsubj") or inherited_subject(g)[0], actors, None,
                                                    "target", si, sent, p, article_id)
                           if a.country is not None and a.country not in own and _state_side(a)]
        if not targets and gov is not None and sources and n.dep_ == "dobj" and p.code[:2] == "14":
            # "started a hunger strike to protest the government's failure": a protest is aimed
            # at whom its purpose clause names
            targets = purpose_target(gov, sources, actors)
        if not targets and sources and n.dep_ == "dobj" and p.code[:2] in ANSWERED_ROOTS \
                and _owned_act(n.head, n, self.patterns.noun_lemmas):
            # "Sudan rejected a demand by the IMF": the demand was made of the one who answers it
            own = {a.country or a.code for a in sources}
            targets = [a for a in self._resolve(children(n.head, "nsubj") or inherited_subject(n.head)[0], actors,
                                                None, "target", si, sent, p, article_id) if (a.country or a.code) not in own]
        if ready is not None:
            return self._ready_for(ready, p, sources, targets, conf)
        if not targets and not between and "sym" in p.flags and p.code[:2] == "04" and trig.dep_ == "pobj" \
                and trig.head.lower_ in ("during", "in", "at", "after", "following") \
                and len({a.country for a in sources}) == 2 \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in n.subtree if c.i > n.i):
            # "X and Y set targets during talks": the talks are between them (two sides; seven states
            # agreeing "at the summit" are no forty-two bilateral meetings; "at a meeting of EC
            # finance ministers" names who meets)
            between, pair = sources, sources
        mood = noun_status(n, p, self._day)
        if in_force and mood.status in ("prediction", "hypothetical") and mood.via in ("future", "would") \
                and not mood.negated and not any(c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in n.head.children):
            mood = replace(mood, status="asserted")  # "the boycott will take effect from July 1": decided, to start
        if mood.status == "asserted" and (planned := planned_meeting(n, p)) is not None:
            mood = replace(mood, status="prediction", via=planned)  # "talks have been arranged", "are due to resume"
        status, code = mood.status, mood.code
        if code in ASKING and code == p.code:
            code = self._asked(n, code)
        if not targets and not between and side_of_fight and len({a.country for a in sources}) >= 2:
            between = sources  # "Russian and Ukrainian forces engaged in heavy fighting": with each other
        if not targets and not between and "sym" in p.flags and p.code[:2] in ("05", "06", "08") \
                and n.dep_ == "dobj" and gov is not None and gov.pos_ == "VERB" and len({a.country for a in sources}) == 2:
            between = sources  # "India and China completed disengagement": with each other
        if not targets and not between and sources and p.code[:2] in VIOLENT_ROOTS:
            # "the US bombing continued", "Indian troops were caught in an exchange of fire": force
            # whose owner is named and whose victim is not (see _force_on_no_one)
            done, place = self._force_on_no_one(n, trig, gov, p, src_heads, sources, hosts, actors)
            if place is not None:
                targets = [place]
            elif done:
                p = replace(p, flags=p.flags | {"unknown_target"})
        if not targets and not sources and not src_heads and not between and p.code in ("141", "145") \
                and _a_crowds(n) and not (_in_protest(n) and _said_of_a_state(n, actors)):
            # (but "Israel recalled its ambassador in protest" tells why a state acted)
            # "riots broke out in Buenos Aires", "killed in nationwide riots" (in a sentence of
            # Argentina's): a country's people protest or riot against its government (a protest a verb
            # takes is as often a diplomatic one: "China rejected the protest")
            where = _places_at([n, *hosts], actors) or [
                a for a in [_sole_other_state(sent, actors, "")] if a is not None and n.dep_ not in ("dobj", "conj")]
            if len({a.country for a in where}) == 1:
                c = where[0].country
                sources = [Actor(c + "CVL", c, "CVL", n.text, "sector", n.i, n.i + 1)]
                targets = [Actor(c + "GOV", c, "GOV", c, "domestic", n.i, n.i + 1)]
                conf -= 0.1
        if p.code[:2] == "14" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAMPAIGNING
                                      for c in n.children):
            return []  # "a campaign rally", "an election rally": a candidate's meeting, no protest
        if sources and p.code[:2] == "14" and _in_protest(n) \
                and all(a.sector in STATE_SECTORS or (a.sector is None and a.kind in ("country", "capital"))
                        for a in sources):
            return []  # "Iraq recalled its ambassador in protest (at the violence)": a state's "in protest"
            # tells why it did what its verb codes; it stages no protest of its own ("shopkeepers closed in
            # protest" do, and so do "lawmakers who took part in protests")
        if sources and p.code == "141" and p.lemma == "protest" and all(
                a.sector == "GOV" or (a.sector is None and a.kind in ("country", "capital")) or a.kind == "org"
                and a.sector in (None, "IGO") for a in sources):
            # "Japan's protest over the detention", "objections and protests from the European Union": a
            # state's or a body's protest is lodged in words (114), not staged in the street
            p = replace(p, code="114", id=p.id + "+official")
            code = "114" if code == "141" else code
            # ("over the detention of its citizen": whom it protests for, not to)
            targets = [a for a in targets if a.country not in {b.country for b in sources}]
        if not targets and not between and sources and p.particle and p.code[:2] == "04" and "sym" in p.flags \
                and gov is not None and gov.pos_ == "VERB":
            # "Erdogan told Putin in a phone call that ...": the call is with whom the verb addresses
            callers = {a.country for a in sources}
            targets = [a for h in children(gov, "dobj", "dative") for a in actors.actors_of(h)
                       if a.country not in callers][:1]
        if not targets and sources and len(between) >= 1 and between is not sources:
            targets = between  # "X launched a mediation effort between Y and Z"
        elif not targets and len(between) < 2 and "unknown_target" not in p.flags and not (sources and (
                p.code[:2] == "14" or (p.particle and _monadic(p.code)) or (
                    p.code[:2] == "15" and any(h.dep_ == "poss" for h in src_heads)) or (
                    p.code[:3] in STATE_ONLY and all(_state_side(a) and a.country for a in sources)
                    and not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in trig.children)))):
            return []  # a nominal with no target ("China's support") is too weak to code; a
            # protest has its people's government as its conventional target; troops "on
            # alert" need none, nor a state's own show of force ("Iran's deployment of missiles"); an arrest
            # by a state of someone the text does not place is at home, as a verb's is ("placed Bobi Wine
            # under house arrest"; but "a warrant for his arrest" names whom, not who)
        if len(between) >= 2 and (pair or (not sources and not src_heads) or "sym" in p.flags):
            # "talks between X and Y" (no one named leads them), "U.S.-Soviet talks"; "people died in
            # clashes between police and protesters": the sides clash, not the dead
            out = []
            meet = code[:2] == "04" and met_intent(n, mood)  # "talks between X and Y will be held": 036 both ways
            for a in between:
                for b in between:
                    if a is not b and a.code != b.code:
                        out.append((p, a, b, status, _clash_code(code, p, a, b), conf))
                        if meet:
                            out.append((replace(p, id=f"{p.id}+intent"), a, b, "asserted", "036", conf - 0.1))
            return self._finalize(out)
        targets = _troops_abroad(code, sources, targets, [n], actors)
        return self._pairs(p, sources, targets, status, code, conf) + self._said_noun(n, mood, p, sources, targets,
                                                                                     actors, conf)

    def _ready_for(self, ready: Token, p: Pattern, sources: list[Actor], targets: list[Actor],
                   conf: float) -> list[Coded]:
        """"Iran is open to talks with X", "said it was ready for negotiations with X": an
        intent (036) or, for a fight, a threat (:func:`.derived.said`); "is not open to talks
        with X" refuses them (125). A doubtful ("could be open to") or conditional ("would be
        ready for talks if ...") readiness, or one that names no one, is no commitment."""
        be = ready.head
        if not targets or any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "should", "must", "can")
                              for c in be.children) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for x in (be, ready) for c in x.children):
            return []
        if any(c.dep_ == "neg" for x in (be, ready) for c in x.children):
            if ready.lemma_.lower() in OFFER_NOUNS:
                return []  # "has not renewed its offer of talks": no refusal either
            kind, code = "refusal", derive("refusal", p.code)
        else:
            kind, code = said(p.code) or (None, None)
        if code is None:
            return []
        return self._pairs(replace(p, id=f"{p.id}+{kind}", code=code), sources, targets, "asserted", code, conf - 0.1)

    def _force_on_no_one(self, n: Token, trig: Token, gov: Token | None, p: Pattern, src_heads: list[Token],
                         sources: list[Actor], hosts: list[Token], actors: DocActors) -> tuple[bool, Actor | None]:
        """Whether an attack noun whose owner is named and whose victim is not reports force used
        ("the US bombing continued", "aerial attacks by US planes", "bombings carried out by
        American planes", "Indian troops were caught in an exchange of fire"), as the verbs of
        :func:`_unnamed_victims` do; and the country of the place it struck when one is named and
        known ("the US bombing continued near Kandahar"): else its target is unknown. Not a place
        or a building that names where it struck ("the Kabul bombing", "the embassy bombing"), an
        owner of no armed side ("the union's strike", a politician's "attack"), a victim phrase
        that names someone we cannot resolve or nothing force strikes ("an attack on the budget"),
        a blockade or occupation (a state of things), or force halted, denied or still to come."""
        no = (False, None)
        fight = "sym" in p.flags
        if p.code[:3] not in NAMELESS_FORCE or p.particle or (fight and (
                trig.lemma_.lower() not in FIRE_EXCHANGES or len({a.country for a in sources}) > 1)):
            return no
        if any(h.pos_ == "PRON" or h.lower_ in PRONOUNS for h in src_heads) or _named_elsewhere(n.sent, actors, {a.country for a in sources}):
            return no  # "they ran into a post and opened fire": whose, a pronoun does not say for sure
        if n.dep_ == "pobj" and ((n.head.lower_ in FIGHT_SETTINGS and n.head.head.pos_ in ("VERB", "AUX") and not fight)
                                 or (n.head.lower_ == "for" and n.head.head.pos_ == "NOUN")):
            return no  # "wounded two soldiers in a bomb attack": the verb tells the act and whom it struck;
            # "targets for Iraqi air strikes", "a pretext for US raids": no report of one
        if any(h.dep_ in ("compound", "nmod") and (h.lemma_.lower() in STRUCK - HARDWARE - COUNTED_PEOPLE or (
                h.ent_type_ in ("GPE", "LOC", "FAC") and not _initials(h))) for h in src_heads):
            return no  # "the Kabul bombing", "the Lockerbie bombing", "the US embassy bombing": where, not whose
        specific = p.code[:3] not in ("180", "190")  # "Sharon's air strikes", not "the president's attack"
        craft = any(h.lemma_.lower() in ATTACKING_FORCES for h in src_heads)  # "by US planes"
        if not all(a.sector in ARMED - {"COP"} or (a.sector is None and a.kind in ("country", "capital", "demonym"))
                   or (a.sector is None and a.kind == "title" and craft) or (specific and a.sector == "GOV")
                   for a in sources):
            return no
        if not _at_war(n.sent, p.code, sources):
            return no  # "the Brazilian attack looked toothless in the second half"
        up = n.head.head if n.dep_ == "pobj" else n.head
        if n.dep_ in ("dobj", "pobj", "nsubjpass") and lemma(up) in UNREALISED_GOVERNORS | FORCE_HALTED:
            return no  # "opposed US bombing", "halted its bombing", "denied the raid"
        if n.dep_ == "pobj" and n.head.lower_ in ("against", "from") and (lemma(n.head.head) in PROTECTING or (
                n.head.head.dep_ == "dobj" and lemma(n.head.head.head) in PROTECTING)):
            # "naval protection against Iranian attacks": feared, not reported (also with the phrase parsed
            # on what is protected: "to protect its tankers from Iranian attacks")
            return no
        named = [h for host in hosts for c in host.children if c.dep_ == "prep" and f"prep:{c.lower_}" in p.target
                 for h in children(c, "pobj") if h.ent_type_ not in ("DATE", "TIME") and h.lemma_.lower() not in TIME_WORDS]
        if named and not _unnamed_victims(named):
            return no  # "Ruritanian raids on Zembla": a name we do not know may be the side
        own = {a.country for a in sources}
        if n.dep_ == "pobj" and n.head.lower_ == "of" and lemma(n.head.head) in ("target", "victim") \
                and n.head.head.dep_ == "attr":
            # "its ships have been the target of Iranian attacks": the subject is what they struck
            hit = [a for h in children(n.head.head.head, "nsubj") for x in [h, *children(h, "poss")]
                   for a in [actors.actor_of(x)] if a is not None and a.country is not None and a.country not in own]
            if hit:
                return True, hit[0]
        where = [n, *named] + ([n.head] if n.dep_ in ("nsubj", "nsubjpass") else []) + ([gov] if gov is not None else [])
        at = _places_at(where, actors)
        if any(a.country in own for a in at):
            return no  # "Syrian shelling near Aleppo": whose, the text does not say
        if at:
            return True, _as_place(at[0])
        return True, None

    def _fired_at_no_one(self, p: Pattern, obj: Token | None, struck: list[Token], sources: list[Actor],
                         src_heads: list[Token]) -> bool:
        """ "Israeli soldiers returned fire", "troops opened fire", "India exchanged fire", "US
        planes carried out bombings": shots fired or an attack made by an armed side at no one
        named (the act happened; its target is unknown). Not a weapon fired ("fired two shells"
        says nothing of whom they hit), a politician's "opening fire" (figurative), nor fire
        traded between two sides named."""
        if obj is None or not sources or ("sym" in p.flags and len({a.country for a in sources}) > 1) or any(
                h.pos_ == "PRON" or h.lower_ in PRONOUNS for h in src_heads):
            return False  # ("they ran into an army post and opened fire": whose, the pronoun does not say for sure)
        if struck and not (obj.lemma_.lower() in FIRE_NOUNS and _unnamed_victims(struck, STRUCK | FIRED_ON)):
            return False  # (but soldiers who "opened fire on a crowd" fired at people of no named side)
        act = self._match_noun(obj) if obj.lemma_.lower() in self.patterns.noun_lemmas else None
        return (obj.lemma_.lower() in FIRE_NOUNS or (act is not None and act.code[:3] in NAMELESS_FORCE
                                                     and _at_war(obj.sent, act.code, sources))) and all(
            a.sector in ARMED or (a.sector is None and a.kind != "person") for a in sources)

    def _match_noun(self, n: Token) -> Pattern | None:
        """The most specific noun pattern whose required modifier ("hunger strike", "air
        strike") is present, else the plain one."""
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
        if n.lemma_.lower() in KIND_OF_NOUNS:  # "an exchange of fire", "an exchange of prisoners"
            mods |= {o.lemma_.lower() for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in children(c, "pobj")}
        found = [p for p in self.patterns.candidates("N", n.lower_ if _gerund_subject(n) else n.lemma_.lower())
                 if (not p.objects or p.objects & mods) and (not p.particle or _governed(n, p.particle))
                 and (not p.sense("governed") or (n.dep_ in ("nsubj", "nsubjpass")
                                                  and lemma(n.head) in p.sense("governed")))
                 and not (p.code[:2] in ("18", "19", "20") and mods & FIGURATIVE)]  # "a peace offensive"
        # the modifier says more than the preposition: "went on hunger strike" is a hunger strike
        return max(found, key=lambda p: (bool(p.objects), bool(p.particle)), default=None)

    def _said_noun(self, n: Token, mood: Mood, p: Pattern, sources: list[Actor], targets: list[Actor],
                   actors: DocActors, conf: float) -> list[Coded]:
        """"will hold talks with Y", "the planned visit to Y": a nominal event that is said,
        not done, by the subject of the clause it is the object of (see :meth:`_said`)."""
        if n.dep_ in ("dobj", "attr") and n.head.pos_ in ("VERB", "AUX") or mood.via in ("nominal:planned",
                                                                                        "nominal:upcoming"):
            return self._said(n if mood.via and mood.via.startswith("nominal:") else n.head, mood, p, sources,
                              targets, actors, conf)
        if n.dep_ == "pobj" and n.head.lower_ in ("at", "in", "for", "into") and n.head.head.pos_ == "VERB" \
                and lemma(n.head.head) in TAKING_PART and mood.via in ("future", "would") and p.code[:2] == "04":
            # "said it would offer a draft treaty at talks with X", "will take part in talks with X":
            # the subject's own future talks
            return self._said(n.head.head, mood, p, sources, targets, actors, conf)
        return []

    # ------------------------------------------------------------------ shared
    def _resolve(self, heads: list[Token], actors: DocActors, unresolved: list[Unresolved] | None, role: str, si: int,
                 sent: Span, p: Pattern, article_id: str) -> list[Actor]:
        out: list[Actor] = []
        # "more than 120 foreigners, including Colombians and Americans": the named members
        heads = [m for h in heads for m in _members(_declared(h), actors)]
        for h0 in heads:
            first: Actor | None = None  # "Danish media and government": the country is shared
            for h in conjuncts(h0, actors):
                if h.i in self._noise:
                    continue
                if h.pos_ == "NOUN" and actors.at.get(h.i) is None and any(
                        c.dep_ == "det" and c.lower_ in ("any", "every") for c in h.children) and not any(
                        actors.at.get(t.i) is not None for t in h.subtree):
                    continue  # "would never allow any force to invade": no one in particular (but "any Israeli attack",
                    # "any official exchanges between the United States and Taiwan")
                group = actors.group_antecedents(h)
                if group:
                    out.extend(group)
                    continue
                if h.lower_ in RELATIVE_PRONOUNS and h.dep_ in ("dobj", "nsubjpass") and h.head.dep_ == "relcl":
                    # "the IAEA, which Tehran accuses of siding with Israel": whom the clause is about
                    out.extend(actors.actors_of(h.head.head))
                    continue
                if h.pos_ == "PRON" or h.lower_ in PRONOUNS:
                    # "They (the Kuwaitis) have also asked Britain": the writer's gloss says who
                    found = [a for c in h.children if c.dep_ == "appos" for a in actors.actors_of(c)] or \
                        self._participle_object(h, role) or speaker_antecedent(h, actors)
                    if not found:
                        # "..., traders said. They said ...": the one who spoke last, else the
                        # nearest antecedent
                        spoke = last_speaker(h, actors)
                        found = spoke if spoke is not None else [
                            a for a in [actors.pronoun_antecedent(h, before=h.i)] if a is not None]
                else:
                    found = actors.actors_of(h) or [a for a in [actors.sector_only(h)] if a is not None]
                    if not found and role == "target" and h.pos_ == "NOUN" and p.code[:2] in OWNED_DEMANDS:
                        # "conceded to the protesters' main demand", "rejected the opposition's plan": the
                        # demand or plan of people named by their sector only is theirs (placed below)
                        found = [a for c in h.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                                 for a in [actors.sector_only(c)] if a is not None][:1]
                    if role == "source" and found and "inverse" not in p.flags and p.code[:2] in VIOLENT_ROOTS \
                            and h.pos_ == "NOUN" and h.lemma_.lower() in ASSAULT_NOUNS and not any(
                            actors.at.get(t.i) is not None for t in h.doc[h.left_edge.i:h.i]) and not any(
                            c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in h.children) \
                            and not participle_agents(h):  # ("a strike attributed to Israel killed ...")
                        found = []  # "Sunday's attack on Israeli troops killed two": its victims killed no one
                    if role == "target" and (p.code[:2] in VIOLENT_ROOTS or p.code[:3] in ("150", "152", "154")) and not (
                            h.dep_ == "pobj" and h.head.lower_ in ("with", "against", "between", "among")):
                        # "a suicide bombing in Jerusalem", "struck Kyiv", "hit Beirut's southern suburbs": the
                        # place, not the state's government (but "fought with Kabul" is the government); troops sent
                        # "into west Beirut" are sent into Lebanon (police put on alert in Paris stay at home)
                        found = [_as_place(a)
                                 if a.kind == "capital" and a.sector == "GOV" and a.country else a for a in found]
                    if not found and role == "target" and (p.code in _VISITED or p.code == "0874" or p.code[:2] in (
                            "07", "15", "18", "19", "20")):
                        # a visit to a city or region is a visit to its country ("arrived in
                        # Osaka"), an attack on one an attack on it ("shelled Kharkiv"), aid sent
                        # there aid to its people ("relief supplies to Jaffna"), troops sent there
                        # a deployment in it ... also named as "the city of Kandahar"
                        found = [a for t in [h, *(o for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of"
                                                  and h.lemma_.lower() in AREAS for o in children(pp, "pobj"))]
                                 for a in [actors.place_of(t)] if a is not None][:1]
                    if not found and role == "target" and p.code[:2] in ("18", "19", "20") and h.lemma_.lower() in AREAS:
                        # "captured the village of Robotyne in the Zaporizhzhia region": a village we cannot
                        # place is of the region or city it is said to be in
                        found = [a for pp in h.children if pp.dep_ == "prep" and pp.lower_ in ("in", "near")
                                 for o in children(pp, "pobj") for t in [o, *children(o, "compound")]
                                 for a in [actors.place_of(t)] if a is not None][:1]
                    if not found and role == "target" and p.code[:2] == "14" and h.dep_ == "pobj" \
                            and h.head.lower_ in ("in", "across", "throughout") and h.head.head.pos_ == "VERB":
                        # "students blocked bridges in Novi Sad" as "protesters blocked roads in Nairobi": a protest
                        # in a city is aimed at its country's government
                        found = [Actor(a.country + "GOV", a.country, "GOV", a.name, "place", a.start, a.end)
                                 for a in [actors.place_of(h)] if a is not None and a.country]
                    if not found and role == "target" and (p.code[:2] == "16" or p.code in ("085", "086")):
                        # tariffs on what a state sells: "on $30 billion of American imports",
                        # "on most goods from Mexico", "for exports from Nicaragua"
                        found = [a for g in _traded_from(h) for a in actors.actors_of(g)
                                 if a.country is not None][:3]
                    if not found and role == "target" and h.pos_ == "NOUN":
                        # "hijacked a cargo ship linked to an Israeli businessman", "a tanker owned by a Greek
                        # firm": a thing struck or seized is its owner's
                        found = [a for x in _owners_by_participle(h) for a in actors.actors_of(x)
                                 if a.country is not None][:1]
                    if not found and role == "target" and p.code[:2] == "16" and h.lemma_.lower() in SANCTIONED:
                        # "sanctions on more than 500 targets in Russia", "on entities in Iran and China"
                        # (the parser may hang the "in" phrase on the verb)
                        verb = h.head.head if h.dep_ == "pobj" and h.head.head.pos_ == "VERB" else None
                        found = [a for pp in [*h.children, *(c for c in (verb.children if verb is not None else ())
                                                              if c.i > h.i)]
                                 if pp.dep_ == "prep" and pp.lower_ in ("in", "inside")
                                 for g in children(pp, "pobj") for x in [g, *children(g, "conj")]
                                 for a in [actors.place_of(x) or actors.actor_of(x)]
                                 if a is not None and a.country is not None][:3]
                if role == "target" and (not found or found[0].kind == "sector" and found[0].country is None) and \
                        "prep:from" not in p.target:
                    # "threatened to attack officials from the Palestinian Authority": the parser hangs
                    # the people's "from" phrase on the verb (not where the verb takes one: "expelled
                    # diplomats from Kenya")
                    sector = found[0].sector if found else actors.r.sector_of([h])
                    whose = [a.country for x in _stranded_from(h) for a in [actors.actor_of(x)]
                             if a is not None and a.country is not None]
                    if sector and whose:
                        found = [Actor(whose[0] + sector, whose[0], sector, h.text, "sector", h.i, h.i + 1)]
                if found and found[0].kind == "sector" and found[0].country is None and found[0].sector == "REF":
                    # "refugees fleeing the civil war in Liberia": refugees belong where they fled from
                    fled = next((a.country for t in h.subtree if t.i != h.i and t.pos_ == "PROPN"
                                 for a in [actors.actor_of(t)] if a is not None and a.country
                                 and a.kind in ("country", "capital", "demonym")), None)
                    found = [_place(found[0], fled)] if fled else found
                if found and found[0].country is None and first is not None and first.country is not None \
                        and found[0].kind == "sector":
                    found = [_place(found[0], first.country)]
                if found:
                    first = first or found[0]
                    out.extend(found)
                elif h.pos_ == "PROPN" and unresolved is not None:
                    m = actors.at.get(h.i)
                    name = (actors.doc[m.start:m.end].text if m is not None
                            else " ".join(t.text for t in h.subtree if t.pos_ == "PROPN" and t.i <= h.i))
                    unresolved.append(Unresolved(article_id, name, role, si, sent.text.strip(), p.id, h.idx))
        return out

    def _pairs(self, p: Pattern, sources: list[Actor], targets: list[Actor], status: str, code: str,
               conf: float) -> list[Coded]:
        out = []
        # a target sector with no country ("Egyptian police arrested demonstrators") belongs to
        # the source's country: a domestic event. A source needs a country of its own.
        src_c = next((a.country for a in sources if a.country), None)
        if any(a.country is None and a.kind == "sector" for a in targets):
            conf -= 0.15
        # ... or to the country where it happened ("killed 23 people in Tel Aviv")
        # ... but refugees whom a state aids are seldom its own: whose they are, the text must say
        # (not the source's when it happened at a place we cannot resolve: "blasted vehicles at Sharana, killing 14 people")
        home = self._where or (None if self._unknown_place and code[:2] in VIOLENT_ROOTS else src_c)
        # ... nor the civilians a state's forces kill with no place named ("Israeli air strikes
        # killed six people"): they fight as often abroad as at home (police act at home)
        abroad = code[:2] in VIOLENT_ROOTS and self._where is None and bool(sources) and all(
            _state_side(a) and a.sector != "COP" for a in sources)
        named = len(targets)
        targets = [a for a in targets if not (abroad and (_bare_own_people(a, src_c) or (
            a.sector == "CVL" and a.country is None and a.name[:1].islower()) or (
            a.sector == "MIL" and a.country is None and a.kind == "sector")))  # (not "ethnic Albanians")
            # ... nor prisoners taken or held: a state frees its own ("the junta released 5,000 prisoners"),
            # but captures and holds as often another's ("US forces captured 15 prisoners")
            and not (a.country is None and a.kind == "sector" and a.name.lower().rstrip("s") in CAPTIVES
                     and code[:2] not in ("03", "08"))]
        # (nor soldiers with no country named: "an Israeli strike that killed a senior commander" did not kill
        # Israel's own)
        if named and not targets:
            p = replace(p, flags=p.flags | {"unknown_target"})
        if code[:2] in ("03", "05", "06", "07") and sources and all(_state_side(a) for a in sources):
            # "Rwanda's support for the rebels": rebels a state backs, with no country named, are
            # seldom its own
            targets = [a for a in targets if not (a.country is None and a.kind == "sector" and a.sector in ("REB", "INS"))]
            if named and not targets:
                p = replace(p, flags=p.flags | {"unknown_target"})
        if code[:2] in VIOLENT_ROOTS and self._where is not None:
            # "an air strike against Islamic State militants in Somalia's Puntland region": a group that fights
            # in many states is of the one where it was struck
            targets = [replace(a, country=self._where) if a.country is None and a.kind == "org"
                       and a.sector in ARMED_GROUPS else a for a in targets]
        targets = [_place(a, home) for a in targets if not (
            a.sector == "REF" and a.country is None and self._where is None and "03" <= code[:2] <= "08") and not (
            # ... nor banks it negotiates with or pays ("negotiating with the banks", "payments due
            # foreign banks"): creditors are as often foreign; only force falls on its own firms
            _countryless_business(a) and code[:2] not in ARMED_ROOTS)]
        if code[:2] in ("17", "18", "19", "20") and self._where is not None and self._where != src_c:
            # bare "people" or "civilians" the resolver gave the article's one state are the
            # place's when the attack happened elsewhere ("Russian missiles hit the centre of Sumy,
            # killing 34 people"; "launched incursions in Gaza, arresting several people")
            targets = [Actor(self._where + (a.sector or ""), self._where, a.sector, a.name, "sector", a.start, a.end)
                       if _bare_own_people(a, src_c) else a for a in targets]
        if code[:2] in VIOLENT_ROOTS and self._where is None and self._unknown_place:
            targets = [a for a in targets if not _bare_own_people(a, src_c)]  # ... or of no country we know
            if named and not targets:
                p = replace(p, flags=p.flags | {"unknown_target"})
        if code[:2] < "15":
            # weapons are no side of a word or deal: "backed a pact to ban medium-range missiles" is no
            # praise of anyone's missiles
            targets = [a for a in targets if not (a.kind in ("title", "sector") and _hardware(a))]
        if code[:2] in ("18", "19", "20"):
            # forces do not fight their own hardware: "Ukrainian air defences shot down 37 of
            # the missiles" names no one whose missiles they were
            targets = [a for a in targets if not (a.country == src_c and a.kind != "country" and _hardware(a))]
        if src_c is None and code[:2] in DOMESTIC_ROOTS:
            # "Islamists demanded the resignation of the Algerian president": people with no
            # country named who protest, demand or criticize a state's government are its own
            gov = next((a.country for a in targets if a.country and a.sector in STATE_SECTORS), None)
            if gov is None and code[:2] == "14":  # people protest where they live: "against Sweden's decision"
                gov = self._where or next((a.country for a in targets if a.country), None)
            sources = [_place(a, gov) for a in sources]
        elif src_c is None and code[:2] in ARMED_ROOTS:
            # "rebels attacked army posts in Mali", "ethnic Serbs swore to fight the Croatian
            # army": armed people with no country named are of the place where they fight,
            # else of the state whose forces they fight
            # ... but a government or army with no country named is not the one it fights ("help
            # the government fight Libyan forces")
            gov = next((a.country for a in targets if a.country and a.sector in STATE_SECTORS), None)
            sources = [a if a.sector in STATE_SECTORS else _place(a, (None if self._fell_at else self._where) or gov)
                       for a in sources]
        sources = [a for a in sources if not (a.kind == "sector" and a.country is None) and not _business_act(a, targets,
                                                                                                           code)]
        targets = [a for a in targets if not (a.kind == "sector" and a.country is None)]
        if not sources:
            return []
        if not targets and "sym" in p.flags and len(sources) >= 2:
            if len({a.country or a.code for a in sources}) > 3:
                # "ministers of eight Commonwealth states will meet": a multilateral meeting is no
                # set of 56 bilateral ones (two or three parties still meet one another)
                return []
            # two states that "held their annual exercises" together held joint ones (062)
            joint = "062" if code[:2] == "15" else code
            for a in sources:
                for b in sources:
                    if a is not b:
                        out.append((p, a, b, status, joint, conf))
            return self._finalize(out)
        if "sym" not in p.flags and len(sources) > 1:
            # "Rohan, Arnor and Bree welcomed their resumption of ties with X": a target that
            # is one of the subjects is a reflexive reading, not a second event
            own = {s.code for s in sources}
            targets = [t for t in targets if t.code not in own]
        if code == "0874" and targets and all(t.kind == "place" and t.country in {a.country for a in sources}
                                               for t in targets):
            targets = []  # a retreat from a town of one's own is aimed at no one ("abandoned Kandahar")
        if not targets and "inverse" in p.flags:
            return []  # the subject of an inverse sense is the one acted on ("Taiwan detected 30 aircraft": whose?)
        if not targets:
            # CAMEO's event forms are source → target: an act aimed at no one the text lets us
            # identify is not coded (the unresolved name, if any, is reported), except the
            # forms that stand alone (statements, protests, force posture, a ceasefire ...)
            if "unknown_target" in p.flags:
                # ... but rebels' and police's force with no victim named falls at home ("Afghan
                # guerrillas blew up three power lines"), as their other acts do
                return self._finalize([(p, s, _at_home(s) if code[:2] in VIOLENT_ROOTS else None, status, code,
                                        conf - 0.2) for s in sources])
            rows = [(p, s, _domestic(s, code), status, code, conf - 0.2) for s in sources]
            return self._finalize([r for r in rows if r[2] is not None or _monadic(code)])
        for s0 in sources:
            for t0 in targets:
                # (the swap rebinds fresh names: "extracted promises from Germany and Japan" is each one's, to the
                # subject, not Japan's to Germany)
                s, t = (t0, s0) if "inverse" in p.flags else (s0, t0)
                if "inverse" in p.flags:
                    if code[:2] in ("11", "12") and s.country == t.country and _state_side(s) \
                            and t.sector in STATE_SECTORS:
                        continue  # "the killing of Turkish soldiers angered Ankara": its own soldiers are the victims
                # leaving an organisation ("withdrawal from ECOWAS") cuts ties; it is no retreat
                c = "160" if code == "0874" and t.sector == "IGO" else code
                if code == "173" and t.kind in ("country", "capital", "place") and t.sector is None:
                    c = "192"  # "opposition forces captured Kandahar": a town is taken, not arrested
                if code == p.code and p.sense("state") and (t.kind in ("country", "capital") or t.sector in ("GOV", "IGO") or (
                        # ... or its craft: "charged Turkish aircraft with ten infringements of its airspace"
                        t.sector in ("MIL", None) and _craft(t))):
                    c = p.sense("state")[0]  # "charged the United States with breaking trade rules": an accusation
                if code == p.code and code[:3] == "175" and s.sector == "COP" and t.country \
                        and s.country and t.country != s.country and t.sector in ("GOV", "MIL", None) \
                        and t.kind != "sector" and p.sense("forces"):
                    c = p.sense("forces")[0]  # "police stormed the Mexican embassy in Quito": force on a state
                    # is no repression of one's own people
                if code == p.code and code[:2] in ("05", "06") and p.sense("forces") and t.sector == "MIL":
                    c = p.sense("forces")[0]  # "liaison officers are working with the US Marines": military cooperation
                out.append((p, s, t, status, _clash_code(c, p, s, t), conf))
                if "sym" in p.flags and "+" not in p.id and (
                        (code in RECIPROCAL and t.kind != "sector")
                        or (code[:2] == "19" and p.lemma in CLASHING and s.sector in ARMED and t.sector in ARMED
                            and t.country is not None)):
                    # "X met Y": Y met X as well; "died in a clash with Chinese troops": they clashed too
                    # (but "Iraqi troops fought Iranian forces" names who fought whom)
                    out.append((p, t, s, status, code, conf - 0.1))
        return self._finalize(out)

    @staticmethod
    def _finalize(rows: list[Coded]) -> list[Coded]:
        # drop self-directed events (same actor code on both sides)
        # drop events of an actor on itself, and on its own side of a group reference
        # ("Biegun praised the two allies" is not USA→USA); USAGOV→USACVL stays
        # ... and of a state's organ on the state itself named ("the two leaders agreed to
        # strengthen the alliance between Japan and the United States": not Japan → Japan)
        # ... and a bombing by rebels or an armed group is no air strike ("the Hamas bombing of a
        # pizzeria", "militants carried out a bombing"): CAMEO's non-military bombing (183), but
        # their drones and rockets are aerial weapons still ("attacked a ship with drones")
        return [(p, s, t, status, "183" if code == "195" and not _state_side(s) and (
                    p.lemma in BOMB_WORDS or p.objects & BOMB_WORDS) else code,
                 round(max(0.05, min(conf, 1.0)), 2))
                for p, s, t, status, code, conf in rows
                if not (code[:2] == "10" and t is not None and t.country == s.country and t.sector in ("MIL", "COP")
                        and (s.sector == "GOV" or s.sector is None and s.kind in ("country", "capital")))
                # (a state orders its own forces: the order is no demand between actors; what they do
                # is coded: "ordered its troops to withdraw")
                if t is None or not (s.code == t.code or (t.kind == "group" and s.country == t.country) or (
                    t.kind in ("country", "demonym") and s.country == t.country and (
                        code[:2] in INTERSTATE or (code[:2] in SELF_DIRECTED and _state_side(s)))))]

    def _event(self, article_id: str, record_id: str | None, day: date | None, si: int, sent: Span, trig: Token,
               text: str, p: Pattern, src: Actor, tgt: Actor | None, status: str, code: str, conf: float) -> Event:
        info = self.codes[code]
        event_day, precision = event_date(trig, day, future=code.startswith("03") or status in FUTURE_STATUSES)
        raw = text[sent.start_char:sent.end_char]
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        sentence = raw.strip()
        return Event(
            article_id=article_id, sentence_index=si, sentence=sentence, start=start,
            end=start + len(sentence), trigger=trig.text, trigger_start=trig.idx, source=src.code,
            source_country=src.country, source_name=src.name, target=tgt.code if tgt else None,
            target_country=tgt.country if tgt else None, target_name=tgt.name if tgt else None, code=code,
            root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, status=status, rule=p.id,
            confidence=conf, event_date=event_day, date_precision=precision, record_id=record_id)


#: exercises of forces, joint only with a partner named
_DRILLS = word_list("drills")
#: nouns that refer back to another state's act a third party reacts to ("denounced the move")
_THIRD_PARTY_MOVES = word_list("third_party_moves")
#: what talks that are not taking place are said to be: "the talks are frozen", "talks have stalled"
_STALLED = word_list("stalled")
#: words by which a sentence names (or alleges) who attacked: then no unidentified forces did
_NAMING_THE_ATTACKER = word_list("naming_the_attacker")
#: participles that name a thing's owner in their "to"/"by" phrase: "a ship linked to an Israeli businessman"
_OWNING = word_list("owning")


def _hardware(a: Actor) -> bool:
    """A weapon or craft the resolver gave a side ("missiles", "drones"): never a side of its own."""
    return a.sector == "MIL" and a.name.lower().rstrip("s") in HARDWARE


def _owners_by_participle(h: Token) -> list[Token]:
    """Whom a participle after ``h`` says owns it: "a cargo ship linked to an Israeli businessman", "a
    tanker owned by a Greek firm", "a vessel belonging to Iran"."""
    return [o for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in _OWNING and c.tag_ in ("VBN", "VBG")
            for pp in c.children if pp.dep_ in ("prep", "agent") and pp.lower_ in ("to", "by")
            for o in children(pp, "pobj")]


#: verbs and nouns of complaint whose "over"/"about" phrase is what they allege
_COMPLAINTS = word_list("complaints")


def _complained_of(n: Token) -> bool:
    """``n`` is what a complaint is over: "protested to China over an attack by Chinese forces", "lodged a
    protest over what it said was an attack" (the noun in the "over"/"about" phrase of a verb or noun of
    complaint, or in the "what it said was" clause there)."""
    t = n
    for _ in range(3):  # "over what it said was an attack", "about what it called an attack"
        if t.dep_ not in ("attr", "oprd", "ccomp") or t.head.i == t.i:
            break
        t = t.head
    prep = t.head
    return t.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.lower_ in ("over", "about", "at") \
        and prep.head.lemma_.lower() in _COMPLAINTS


def _act_nouns(trig: Token) -> list[Token]:
    """The trigger and the nouns its act is named by: its object or subject ("carried out mass killings")."""
    return [trig, *(c for c in trig.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]


def _cyber(trig: Token) -> bool:
    """An attack made through computers: "a cyber attack", "cyberattacks", "launched a cyber-attack on X"."""
    return any(n.lower_.startswith("cyber") or any(m.lower_.startswith("cyber") for m in n.children
                                                   if m.dep_ in ("amod", "compound", "nmod"))
               for n in _act_nouns(trig))


def _mass_killing(trig: Token) -> bool:
    """Killing on a mass scale: "mass killings of civilians", "carried out a mass execution"."""
    return any(n.lemma_.lower() in ("killing", "murder", "execution", "slaughter") and any(
        m.lower_ == "mass" for m in n.children if m.dep_ in ("amod", "compound")) for n in _act_nouns(trig))


def _the_world(h: Token) -> bool:
    """``h`` names everyone and no one state: "the international community", "the world", "donors"."""
    lem = h.lemma_.lower()
    return lem in WORLD_ADDRESSEES or (lem == "community" and any(m.lower_ in ("international", "global", "donor")
                                                                  for m in h.children))


def _conveyed(v: Token, src_heads: list[Token], actors: DocActors) -> bool:
    """An arrival that tells of a craft, not a visit: the subject is a plane or a boat ("the hijacked
    Indian plane landed in Lahore"), or its "in" phrase names what they came in and no place ("soldiers who
    landed in a military plane in the far south of the country")."""
    if src_heads and all(h.lemma_.lower() in CONVEYANCES for h in src_heads):
        return True
    ins = [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in" for o in children(pp, "pobj")]
    return any(o.lemma_.lower() in CONVEYANCES for o in ins) and not any(
        actors.actor_of(o) or actors.place_of(o) for o in ins if o.lemma_.lower() not in CONVEYANCES)


#: people one may welcome as guests, whom no sector names ("welcomed the visitors from China")
GUESTS = word_list("guests")
#: sectors of people whose arrest, with no place or state told, is their own state's
_HELD_AT_HOME = frozenset({"GOV", "MIL", "ELI", "OPP", "REB", "COP", "LEG", "JUD", "SPY", "INS"})
#: weapons one state supplies another (the ``@arms`` of the supply patterns)
ARMS = word_list("arms")


#: verbs of a craft's load ("planes carrying weapons")
CARRYING = word_list("carrying")
#: what a craft carries that makes its arrival relief (073)
RELIEF = word_list("relief")


def _cargo(src_heads: list[Token]) -> str | None:
    """The code of what the craft that arrived carry: weapons (072, "two military planes carrying weapons and
    ammunition"), relief (073, "a plane carrying humanitarian aid"); else None."""
    loads = [o.lemma_.lower() for h in src_heads for c in h.children if c.dep_ == "acl"
             and c.lemma_.lower() in CARRYING
             for d in children(c, "dobj") for o in [d, *d.conjuncts]]
    if any(x in ARMS for x in loads):
        return "072"
    return "073" if any(x in RELIEF for x in loads) else None


def _worlds_help(h: Token) -> bool:
    """Help asked of everyone and no one state: "international aid", "foreign assistance"."""
    return h.lemma_.lower() in ASKED_HELP and any(m.dep_ == "amod" and m.lower_ in FROM_ALL for m in h.children)


def _masses(h: Token) -> bool:
    """People counted in thousands: "hundreds of thousands of Afghans", "50,000 refugees", "thousands"."""
    # (the words of the phrase up to the people counted: not a year further on, "since 2021")
    words = [t for t in h.subtree if t.i <= h.i + 3 and t.ent_type_ not in ("DATE", "TIME")]
    for t in words:
        if t.lower_ in MULTITUDES:
            return True
        if t.like_num and t.dep_ in ("nummod", "pobj", "dobj") and t.text.replace(",", "").isdigit() \
                and int(t.text.replace(",", "")) >= 1000:
            return True
    return False


def _all_sides(h: Token) -> bool:
    """ "both sides", "all parties", "the warring factions": everyone in a conflict, unnamed."""
    return h.lemma_.lower() in SIDES and any(c.lower_ in ALL_OF_THEM for c in h.children if c.dep_ in (
        "det", "amod", "nummod", "predet", "compound"))


def _said_of_a_state(n: Token, actors: DocActors) -> bool:
    """The clause ``n`` stands in has a state, or an organ or officer of one, for its subject ("Israel
    recalled its ambassador in protest"), not people of it ("shopkeepers in Kabul closed their stores")."""
    v = next((t for t in n.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return v is not None and any(
        a is not None and ((a.kind in ("country", "capital") and h.pos_ == "PROPN")
                           or (a.kind in ("title", "titled", "person") and a.sector in STATE_SECTORS))
        for h in children(v, "nsubj") for a in [actors.actor_of(h)])


def _in_protest(n: Token) -> bool:
    """The bare idiom "in protest" ("recalled its ambassador in protest", "walked out in protest at
    X"): it tells why someone did what its verb says, and stages no protest of its own."""
    return n.dep_ == "pobj" and n.head.lower_ == "in" and n.tag_ == "NN" \
        and not any(c.dep_ in ("det", "amod", "poss", "compound") for c in n.children)


def _a_crowds(n: Token) -> bool:
    """Whether a protest or riot noun with no one named is a crowd's: not "anti-American protests"
    (aimed abroad, at whom the pattern cannot say), "a demonstration of interest" (a show), "a form
    of protest" or "a storm of protest from abroad" (a state's or foreigners' protest)."""
    for c in n.children:
        if c.lower_.startswith("anti") and "government" not in c.lower_:
            return False
        if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and any(
                o.lemma_.lower() in SHOWN_QUALITIES for o in children(c, "pobj"))):
            return False
    return not (n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in PROTEST_KINDS)


#: what "a demonstration of ..." shows when it is no protest ("of interest", "of support"; not
#: "a demonstration of 10,000 students")
SHOWN_QUALITIES = word_list("shown_qualities")
#: verbs of weighing a course of action, whose gerund is a policy option (CAMEO 014)
CONSIDERING = frozenset({"consider", "weigh", "mull", "contemplate", "study", "explore", "discuss", "debate"})
#: people held captive, whose state a sentence must name unless a state frees them
CAPTIVES = frozenset({"prisoner", "detainee", "inmate"})
#: object words of a pattern that a city's own name stands for ("seized Kherson" is "seized the city")
PLACE_KINDS = frozenset({"city", "town", "village", "capital"})
#: what "a ... of protest" is when it names no crowd: "a form of protest", "a storm of protest"
PROTEST_KINDS = word_list("protest_kinds")

#: people who comment on states and speak for none of them ("two U.S. experts said")
ANALYSTS = PUNDITS - {"critic", "poll", "survey", "report", "study"}


def _state_of(a: Actor, v: Token) -> list[Actor]:
    """The state of ``a``, as the target a charge answered at ``v`` is aimed at."""
    return [Actor(a.country, a.country, None, a.name, "antecedent", v.i, v.i + 1)]


def _threatened_at_home(v: Token, mood: Mood, p: Pattern, sources: list[Actor], actors: DocActors) -> list[Actor]:
    """The government a protest or strike that a society's people threaten is aimed at, as the protest is
    ("Argentine unions threatened to call a general strike"); only when they are the ones who say it (not
    "police will no longer tolerate rallies by X") and the sentence names no other state ("a strike unless
    Israel rescinded the annexation"). Empty otherwise."""
    if p.code[:2] != "14" or not sources or not all(a.country and _people(a) for a in sources):
        return []
    gov = v.doc[mood.clause] if mood.clause >= 0 else v
    own = {a.country for a in sources}
    subjects = children(gov, "nsubj")
    said_by = {a.country for h in subjects for a in actors.actors_of(h)}
    named = {a.country for t in v.sent for a in [actors.actor_of(t)] if a is not None and a.country}
    if not (said_by == own or (subjects and all(h.tag_ == "PRP" for h in subjects))) or not named <= own:
        return []
    return [t for a in sources[:1] for t in [_domestic(a, p.code)] if t is not None]


def _told_by_another(clause: Token, parties: set[str | None], actors: DocActors) -> bool:
    """Whether the clause is reported by a named speaker of none of the ``parties``' states ("Iran will
    strike Israel, the U.S. said"); unnamed speakers ("officials said") or none at all count as the parties'."""
    rep = reporter(said_clause(clause))
    if rep is None:
        return False
    speakers = [a for h in children(rep, "nsubj") for a in actors.actors_of(h)] if rep.pos_ != "NOUN" else [
        # a noun of saying's speaker: "a U.S. statement", "Turkey's statement", "a statement by Turkey"
        a for c in rep.children if c.dep_ in ("poss", "amod", "compound", "prep")
        and (c.dep_ != "prep" or c.lower_ == "by") for h in (children(c, "pobj") if c.dep_ == "prep" else [c])
        for a in actors.actors_of(h)]
    return bool(speakers) and not any(a.country in parties for a in speakers)


def _afflicted(v: Token, actors: DocActors, own: set[str | None]) -> list[Actor]:
    """The state a word of sympathy names only as the place of the loss: "expressed deep anguish over the
    loss of lives in the earthquake in Morocco" (Morocco); the first state or place of one in the
    "over"/"for"/"at" phrase, other than the speaker's."""
    for pp in [*v.children, *(c for o in children(v, "dobj") for c in o.children)]:
        if pp.dep_ != "prep" or pp.lower_ not in ("over", "for", "at", "about"):
            continue  # (the parser may hang the phrase on the feeling: "expressed sorrow over ...")
        for t in pp.subtree:
            if t.pos_ != "PROPN":
                continue
            a = actors.actor_of(t) or actors.place_of(t)
            if a is not None and a.country is not None and a.country not in own and a.kind in (
                    "country", "capital", "place", "demonym"):
                return [_as_place(a)]
    return []


def _own_organs(heads: list[Token], sources: list[Actor], actors: DocActors) -> list[Actor]:
    """The state organs (government, army, police ...) that an opposition or a legislator names
    with no country: its own state's ("Opposition leader X accused the Government", "Senator Hagel
    says the administration must ..."); the caller's ``_pairs`` gives them the source's country."""
    if not sources or not all(a.country and a.sector in OPPOSING | {"LEG"} for a in sources):
        return []
    own = {a.sector for a in sources}
    return [a for h in heads for a in [actors.sector_only(h)] if a is not None and a.sector in STATE_SECTORS
            and a.sector not in own]


def _bare_own_people(a: Actor, country: str | None) -> bool:
    """Bare "people" or "civilians" the resolver gave the article's one state, ``country``: whose
    they are, the place of the act says (not "Russian civilians")."""
    return a.kind == "title" and a.country == country and a.sector == "CVL" and " " not in a.name


#: verbs of ordering someone out, and the verbs of leaving they order ("ordered the envoy to leave")
ORDERING = frozenset({"order", "tell", "instruct", "give"})
LEAVING = frozenset({"leave", "depart", "quit", "exit"})
#: the people whose expulsion cuts relations with their state
ENVOY_WORDS = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "official", "staff", "charge"})
#: armed movements that fight their own state at home
INSURGENTS = frozenset({"INS", "REB", "SEP"})
#: triggers of a fight between two armed sides that neither began: each fights the other
CLASHING = frozenset({"clash", "skirmish", "firefight", "gunfight", "shootout"})


def _stranded_from(h: Token) -> list[Token]:
    """The object of a "from" phrase the parser hung on the verb right after its object ``h``
    ("attack officials from the Palestinian Authority"): whose the people are."""
    if h.dep_ != "dobj" or h.head.pos_ != "VERB":
        return []
    return [o for pp in h.head.children if pp.dep_ == "prep" and pp.lower_ == "from" and pp.i == h.right_edge.i + 1
            for o in children(pp, "pobj")]


#: a state's missions abroad, which stand in another state than theirs
MISSIONS = frozenset({"embassy", "consulate", "mission", "chancery", "legation"})
#: nouns of an answer to another's act, whose "for" phrase names the act ("in retaliation for X's tariffs")
REQUITALS = VENGEANCE | {"response", "answer", "reply"}


def _ellipsis(v: Token) -> bool:
    """``v`` repeats an act told before: "did so", "did the same", "did likewise", "followed suit" (not "the
    first minister to do so": a description)."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if v.lemma_.lower() == "follow":
        return any(c.dep_ == "dobj" and c.lower_ == "suit" for c in v.children)
    return any((c.dep_ == "advmod" and c.lower_ in ("so", "likewise")) or (c.dep_ == "dobj" and c.lower_ == "same")
               for c in v.children)


#: what makes a rally a candidate's or party's meeting ("a campaign rally"), no protest
CAMPAIGNING = word_list("campaigning")
#: agreements and visits "the" refers back to ("criticised the deal", "condemned the visit")
DEALS = word_list("referring_deals")
VISITS = word_list("referring_visits")
#: verbs of crying out slogans ("chanting 'Death to America'")
CHANTING = word_list("chanting")
#: the two-word openings of slogans that curse whom they name ("death to", "down with")
SLOGANS = frozenset(tuple(w.split()) for w in word_list("slogans"))


#: messages whose "of" phrase names the act they are ("a letter of protest")
MESSAGES = word_list("messages")
#: the roots of acts a message can be ("of protest", "of support", "of condolence", "of thanks", "of apology")
SAID_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13", "14"})
#: ships a state's forces sail, which no court charges ("charged Turkish warships with violations")
SHIPS = word_list("warships")
def _craft(a: Actor) -> bool:
    """Whether an actor named by its forces is their aircraft or ships ("Turkish aircraft", "Greek warships")."""
    words = a.name.lower().split()
    return bool(words) and (words[-1] in AIRCRAFT | SHIPS or words[-1].removesuffix("s") in AIRCRAFT | SHIPS)


#: verbs that offer what they govern ("offered to send troops")
OFFERING = frozenset({"offer", "volunteer"})
#: words that make armed units sent or deployed peacekeepers ("as part of a peacekeeping force")
PEACEKEEPING = word_list("peacekeeping")


def _peacekeeping(v: Token) -> bool:
    """Whether a deployment is said to be peacekeeping: "as part of a U.N. peacekeeping force", "to join the
    peacekeeping mission", "as peacekeepers" (in a phrase or clause on the verb)."""
    return any(t.lemma_.lower() in PEACEKEEPING for c in v.children
               if c.dep_ in ("prep", "advcl", "xcomp") or (c.dep_ == "dobj")
               for t in c.subtree)


def _audience(a: Actor, sources: list[Actor]) -> bool:
    """Whether a statement's addressee is only its audience: the press ("told reporters", "told the Iraqi news
    agency INA") or one's own legislature ("Trudeau told parliament that ...")."""
    return (a.kind in ("sector", "title", "org") and a.sector == "MED") or (a.kind in ("sector", "title") and a.sector == "LEG"
                                                          and a.country in {None} | {s.country for s in sources})


def _cursed(v: Token) -> list[Token]:
    """Whom the slogans a crowd cries out while doing ``v`` curse: "chanting 'Death to America' and 'Death to
    Israel'", "shouting 'Down with the United States'" (the named heads after a ``slogans`` opening)."""
    out: list[Token] = []
    for c in v.children:
        if c.dep_ not in ("advcl", "conj", "xcomp") or c.lemma_.lower() not in CHANTING:
            continue
        for t in c.subtree:
            if t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in SLOGANS:
                nxt = next((x for x in t.doc[t.i + 1:min(t.i + 5, len(t.doc))] if x.pos_ == "PROPN"), None)
                if nxt is not None:
                    out.append(nxt)
    return out
#: what one stays in a foreign capital for that makes the stay a visit ("was in Washington for trade talks")
SOJOURNS = word_list("sojourns")
#: what one is in a foreign capital "to" do that makes the stay a visit
SOJOURN_ERRANDS = word_list("sojourn_errands")
def _sojourn(v: Token, actors: DocActors | None) -> bool:
    """A stay told with "be" that is a visit: its "for" phrase names talks or a visit, with no other party or
    with the host ("will be in Washington for a summit with Reagan"), and one side stays ("De Croo was in
    Washington for trade talks"); not a venue where sides meet ("Russian and Ukrainian delegations were in
    Istanbul for talks", "was in Oman for talks with U.S. envoy Witkoff")."""
    purposes = [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "for"
                for o in children(pp, "pobj") if o.lemma_.lower() in SOJOURNS]
    # ... or its purpose infinitive is talks: "is in the United Arab Emirates to discuss oil prices"
    purposes += [x for x in children(v, "advcl", "xcomp") if infinitive(x) and x.lemma_.lower() in SOJOURN_ERRANDS]
    if not purposes:
        return False
    parties = [t for o in purposes for c in o.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
               for t in children(c, "pobj")] + [t for o in purposes if o.lemma_.lower() == "meet"
                                                for t in children(o, "dobj")]  # ("to meet U.S. envoy Witkoff")
    if parties:
        if actors is None:
            return False
        there = {a.country for pp in v.children if pp.dep_ == "prep" and pp.lower_ == "in"
                 for o in children(pp, "pobj") for a in [actors.actor_of(o) or actors.place_of(o)] if a is not None}
        met = {a.country for t in parties for a in actors.actors_of(t)}
        if not (met and met <= there):
            return False
    subj = children(v, "nsubj")
    return bool(subj) and not any(c.dep_ == "conj" for c in subj[0].children) and not any(
        c.dep_ == "amod" and any(x.dep_ == "conj" for x in c.children) for c in subj[0].children)


#: verbs whose subject may be a trip that carries its object somewhere ("the tour took him to Cairo")
TRIP_VERBS = word_list("trip_verbs")


def _trip_subject(v: Token) -> bool:
    """The subject of ``v`` is a trip ("tour", "visit": or a relative pronoun standing for one, "a tour
    that has taken Herrington to Iraq") and its object is the traveller."""
    subj = children(v, "nsubj")
    if subj and subj[0].lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
        subj = [v.head]
    return bool(subj) and subj[0].lemma_.lower() in VISITS and bool(children(v, "dobj"))
#: what sanctions fall on that names no one until its "in" phrase: "500 targets in Russia"
SANCTIONED = word_list("sanctioned_kinds")


#: verbs of sending a weapon off, whose participle on the weapon names who sent it and from or at where
LAUNCHING = frozenset({"fire", "launch"})
#: verbs of handing over a text, whose words (a participle: "sent Germany a note demanding ...") go to its recipient
DELIVERING = frozenset({"send", "deliver", "hand", "submit", "address", "write"})
#: journeys a state may warn its people against ("against travelling to Japan")
TRAVELLING = frozenset({"travel", "go", "visit", "fly", "journey"})
#: words someone sends another, whose "from" phrase names the sender ("defied warnings from Beijing")
SENT_WORDS = frozenset({"warning", "demand", "call", "appeal", "request", "order", "objection", "protest", "threat",
                        "pressure", "criticism", "ultimatum", "plea", "advice", "opposition", "condemnation"})


def _senders(h: Token) -> list[Token]:
    """Who sent the words ``h`` names: "warnings from Beijing", "calls by the United Nations"."""
    if h.pos_ != "NOUN" or h.lemma_.lower() not in SENT_WORDS:
        return []
    # (the parser may hang the phrase on the verb: "defying warnings from Beijing")
    hosts = [h] + ([h.head] if h.dep_ == "dobj" else [])
    return [o for x in hosts for pp in x.children if pp.dep_ == "prep" and pp.lower_ in ("from", "by") and pp.i > h.i
            for o in children(pp, "pobj")]


#: covert hostile deeds a state may deny being behind ("denied it was behind the sabotage in Poland")
COVERT_DEEDS = frozenset({"sabotage", "hack", "hacking", "cyberattack", "cyber-attack", "poisoning",
                          "assassination", "plot", "explosion", "blast", "arson", "killing", "murder"})


#: nouns that name the act of a clause they stand beside: "Russia annexed four regions, a move the
#: United Nations condemned"
CLAUSE_NOUNS = frozenset({"move", "step", "decision", "act", "action", "measure", "vote", "gesture"})
#: journeys whose relative clause is about their traveller: "on a trip Beijing condemned"
TRIPS = frozenset({"trip", "visit", "tour", "journey"})


def _clause_beside(h: Token, v: Token) -> list[Token]:
    """The subject of the clause that a bare act noun ``h`` (object of ``v``) stands beside after a
    comma, whose act it names: "Israeli troops moved into the buffer zone, a move Egypt and Qatar
    condemned" (the troops: the parser may make "condemned" a conjunct with "move" fronted, or a
    relative clause on it), or that a relative clause on the object of another's act names ("began
    annual drills, which Pyongyang condemned"). Nothing when the noun has an owner or stands in its own
    clause."""
    if h.pos_ != "NOUN" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                               for c in h.children):
        return []
    if v.dep_ == "relcl" and v.head.i == h.i and h.dep_ == "dobj" and h.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in v.children):
        # "South Korea and the United States began annual drills, which Pyongyang condemned": what the
        # clause's subject did
        return [c for c in h.head.children if c.dep_ == "nsubj"]
    if h.lemma_.lower() not in CLAUSE_NOUNS | TRIPS:
        return []
    if h.lemma_.lower() in TRIPS and h.dep_ == "pobj" and h.head.lower_ in ("on", "during") \
            and v.dep_ == "relcl" and v.head.i == h.i:
        w = h.head.head  # "Pelosi arrived in Taiwan on a trip Beijing condemned": the one who made the trip
    elif h.left_edge.i == 0 or h.doc[h.left_edge.i - 1].text != ",":
        return []
    elif v.dep_ == "relcl" and v.head.i == h.i:
        w = h.head  # "..., a move the UN condemned": the noun hangs on the clause it describes
    elif h.i < v.i and v.dep_ == "conj":
        w = v.head  # "..., a move Egypt condemned" parsed as a second clause with its object fronted
    else:
        return []
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i:
        w = w.head
    return [c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")] if w.pos_ in ("VERB", "AUX") else []


def _commits(clause: Token, sources: list[Actor], actors: DocActors) -> bool:
    """The clause an agreement reports says what the agreeing sides themselves will or should do:
    "agreed that their countries should cooperate", "agreed that they would meet again" (not "agreed
    that the disputes should be settled in court", "agreed that Iran would halt enrichment")."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "should", "shall", "must", "'ll", "wo")
               for c in clause.children):
        return False
    own = {a.country for a in sources}
    for h in children(clause, "nsubj", "nsubjpass"):
        if h.lower_ in ("they", "we") or any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in h.children):
            return True
        if h.lemma_.lower() in ("side", "country", "nation", "government", "leader") and any(
                c.lower_ in ("both", "two") for c in h.children):
            return True  # "the two sides would meet again"
        found = actors.actors_of(h)
        if found and {a.country for a in found} <= own:
            return True
    return False


def _object_rank(p: Pattern, c: Token) -> int | None:
    """How closely ``c`` matches the objects of ``p``: 2 for a three-word phrase ("joint war
    games"), 1 for a two-word one ("tear gas" is more specific than "gas"), 0 for its head word or
    the kind of a frame noun ("suspended a military aid program"), None for no match."""
    mods = [m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod")]
    lemma = c.lemma_.lower()
    if c.pos_ == "PROPN" and lemma.endswith("s") and lemma not in p.objects:
        lemma = lemma[:-1]  # a plural name keeps its "s" as lemma: "the Abraham Accords"
    if len(mods) > 1 and " ".join([*mods, lemma]) in p.objects:
        return 2
    if any(f"{m} {lemma}" in p.objects for m in mods):
        return 1
    # "the sale of 66 F-16 fighter jets" is an arms sale, "a package of aid" an aid package
    kinds = {"arms" if o.lemma_.lower() in HARDWARE else o.lemma_.lower()
             for pp in c.children if pp.dep_ == "prep" and pp.lower_ == "of" for o in children(pp, "pobj")}
    if any(f"{k} {lemma}" in p.objects or f"{lemma} of {k}" in p.objects for k in kinds):
        return 1  # ... and "the use of force" names its "of" phrase after the head
    if lemma in p.objects or (lemma in FRAME_NOUNS and any(m in p.objects for m in mods if m not in FRAME_NOUNS)):
        return 0
    if c.pos_ == "PROPN" and any(m.dep_ == "compound" and m.pos_ == "NOUN" and m.lemma_.lower() in p.objects
                                 for m in c.children):
        return 0  # a thing named with its kind: "the supertanker Pivot", "the destroyer USS Carney"
    return None


#: prepositions that set a protest named by a noun in the past of the news it frames
_AFTERMATH_PREPS = frozenset({"after", "following", "since"})
#: what protests that are ending do ("as protests in Colombo subsided")
_ABATING = frozenset({"subside", "abate", "ease", "fade", "wane", "end", "die", "calm"})


#: spans of time whose "of" phrase names a course of events ("months of protests", "four days of fighting")
_SPANS = frozenset({"hour", "day", "night", "month", "week", "year"})


def _spanned_background(n: Token) -> bool | None:
    """Whether an event noun ``n`` framed by a span of time is a course of events the news follows ("despite
    months of protests", "agreed to a ceasefire after four days of fighting"); None when no span frames it.
    (The span may be the noun framed: see _frame.)"""
    h = n
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in _SPANS:
        h = h.head.head
    if h.lemma_.lower() not in _SPANS:
        return None
    return h.dep_ == "pobj" and h.head.lower_ in _AFTERMATH_PREPS | {"despite"}


def _background_protest(n: Token) -> bool:
    """Whether a protest noun ``n`` is the background of the news rather than news of its own: "after
    protests over job quotas", "despite months of student-led protests", "as protests in Colombo subsided"
    (but "despite a major protest this morning" and "killed in nationwide riots" are news)."""
    spanned = _spanned_background(n)
    if spanned is not None:
        return spanned  # (but "despite a major protest this morning" is news)
    h = n
    if h.dep_ == "pobj" and h.head.lower_ in _AFTERMATH_PREPS:
        return True
    return n.dep_ == "nsubj" and n.head.lemma_.lower() in _ABATING


def _partnered_subject(v: Token) -> bool:
    """Whether the subject of ``v`` names partners: "Seoul and Washington kicked off large-scale military drills",
    "Chinese and Belarusian troops began ..." (coordinated subjects, or coordinated modifiers of one)."""
    return any(c.dep_ == "conj" for s in children(v, "nsubj")
               for c in [*s.children, *(x for m in s.children if m.dep_ in ("amod", "compound") for x in m.children)])


def _struck_at(h: Token) -> set[int]:
    """The tokens of the phrases that say where an attack noun ``h`` struck ("the bombing in Jerusalem")."""
    return {t.i for pp in h.children if pp.dep_ == "prep" and pp.lower_ in LOC_PREPS for t in pp.subtree}


def _blow(h: Token) -> bool:
    """Whether ``h`` names a blow or what strikes one: "air strikes", "shelling", "missiles"."""
    return h.pos_ == "NOUN" and h.lemma_.lower() in ASSAULT_NOUNS | FIRED | HARDWARE


def _since(n: Token) -> bool:
    """Whether an event noun ``n`` names the past point a "since" phrase counts from, directly or through
    the frames of its "of" phrases ("since the invasion", "since the start of the war")."""
    h = n
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        h = h.head.head
    return h.dep_ == "pobj" and h.head.lower_ == "since"


#: verbs whose act a noun names ("the decision" after "Japan decided to release ...")
ACT_VERBS = word_family("act_verb")


def _earlier_owner(v: Token, obj: Token, own: set[str | None], actors: DocActors) -> list[Actor]:
    """Whose act a definite noun that a reaction ``v`` takes as its object refers back to: the doer of the
    same act told earlier in the sentence or in the three before ("South Korea resumed loudspeaker
    broadcasts. North Korea condemned the broadcasts": South Korea's), not the reacting side's own."""
    lem = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or [c.lower_ for c in obj.children if c.dep_ == "det"] not in (
            ["the"], ["these"], ["this"]) or any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep")
                                                 and actors.at.get(c.i) is not None for c in obj.children):
        return []
    verbs = ACT_VERBS.get(lem, frozenset()) | {lem}
    doc = obj.doc
    sents = [s for s in doc.sents if s.start <= v.i]
    for t in reversed([t for s in sents[-4:] for t in s if t.i < v.i and t.i != obj.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lem:
            owners = [c for c in t.children if c.dep_ == "poss"] or (
                children(t.head, *SUBJ) or inherited_subject(t.head)[0] if t.dep_ == "dobj" else [])
        elif t.pos_ == "VERB" and t.lemma_.lower() in verbs:
            owners = children(t, *SUBJ) or inherited_subject(t)[0]
        else:
            continue
        found = [a for h in owners for x in [h, *h.conjuncts] for a in actors.actors_of(x)
                 if a.country is not None and a.country not in own]
        if found or owners:
            return found
    return []


def _reporting_state(v: Token, actors: DocActors) -> str | None:
    """The country of the state organ (its forces or police) that reports the clause of ``v``."""
    rep = reporter(v)
    found = [a for s in (children(rep, "nsubj") if rep is not None else []) for a in actors.actors_of(s)]
    return found[0].country if len(found) == 1 and found[0].sector in ("MIL", "COP") else None


#: people who gather as a crowd (with :data:`PROTESTERS` and :data:`CROWDS`)
_CROWD_PEOPLE = frozenset({"people", "student", "resident", "worker", "supporter", "activist", "opponent", "villager",
                           "farmer", "youth"})


#: verbs that tell only that people were hit ("an Israeli soldier was killed")
_CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt"})


def _struck_beside(v: Token) -> list[Token]:
    """Whom the clause ``v`` hangs on says an attack struck, when ``v`` (an attack on someone unnamed)
    tells the same blow: "opened fire on an Israeli bus, killing two passengers" (the participle's
    passengers were on the bus); "an Israeli soldier was killed when militants attacked a military post"
    (the post was the soldier's)."""
    g = v.head
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "conj"):
        return [*children(g, "dobj"), *(o for pp in children(g, "prep") if pp.lower_ in ("on", "at")
                                        for o in children(pp, "pobj"))]
    if v.dep_ == "advcl" and any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in v.children):
        while g.dep_ == "conj" and not children(g, "nsubjpass") and g.head.i != g.i:
            g = g.head
        if g.lemma_.lower() in _CASUALTY_VERBS:
            return children(g, "nsubjpass")
    return []


def _crowd(h: Token) -> bool:
    """``h`` names a crowd: "protesters", "thousands", "hundreds of students", "crowds of supporters",
    "thousands of Pakistanis" (a people, plural)."""
    lem = h.lemma_.lower()
    if lem in CROWDS or lem in ("crowd", "group"):
        of = [o for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of" for o in children(pp, "pobj")]
        return not of or all(_crowd(o) for o in of)
    return lem in PROTESTERS or lem in _CROWD_PEOPLE or (h.ent_type_ == "NORP" and h.tag_ in ("NNPS", "NNS", "NNP")
                                                          and h.lower_.endswith("s") and not h.lower_.endswith("ss"))


def _declared(h: Token) -> Token:
    """The one a "persona non grata" phrase names when the parser put them inside it: "declared him persona
    non grata" (the pronoun, a compound of "persona"), else ``h``."""
    if h.lower_ != "grata":
        return h
    persona = next((c for c in h.children if c.lower_ == "persona"), None)
    return next((c for c in (persona.children if persona is not None else ()) if c.dep_ in ("compound", "nmod")
                 and c.pos_ in ("PRON", "NOUN", "PROPN")), h)


def _comes_into_force(v: Token) -> bool:
    """Whether ``v`` says a measure starts to apply: "took effect", "comes into force", "will go into effect"."""
    lem = lemma(v)
    if lem == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in v.children)
    return lem in ("come", "go", "enter") and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ in ("force", "effect") for o in children(c, "pobj"))
        for c in v.children)


def _relative_antecedent(clause: Token, rel: Token, actors: DocActors) -> Token:
    """The noun a relative pronoun ``rel`` of ``clause`` stands for: the name right before ", which" when
    it names an actor and the noun the parser hung the clause on names none, else that noun ("an
    Iranian trade mission to Tokyo, which refused ..." is the mission's)."""
    i = rel.i
    if i >= 2 and rel.doc[i - 1].text == "," and rel.doc[i - 2].pos_ == "PROPN" \
            and actors.actor_of(clause.head) is None \
            and actors.actor_of(rel.doc[i - 2]) is not None:
        return rel.doc[i - 2]
    return clause.head


def _owned_act(v: Token, obj: Token, noun_lemmas) -> bool:
    """The object of an answering verb is another's act named with its owner: "rejected a
    demand by the IMF", "dismissed Washington's criticism" (not "rejected the demand")."""
    return v.lemma_.lower() in ANSWERING and obj.lemma_.lower() in noun_lemmas and any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                                                    and children(c, "pobj")) for c in obj.children)


def _aimed_at_place(here: Actor, v: Token, p: Pattern, preps: tuple[str, ...] = ()) -> bool:
    """Whether the place found for ``v`` is in the act's own target phrase ("fired at the Golan
    Heights") or in a phrase of ``preps`` on it ("fired rockets into southern Israel"): what was
    hit, not where the actors were."""
    if here.start < 0 or here.start >= len(v.doc):
        return False
    t = v.doc[here.start]
    while t.dep_ in ("compound", "amod", "det") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj":
        return False
    verb = t.head.head
    if verb.dep_ == "dobj" and verb.head.i == v.i:
        verb = verb.head  # "fired rockets into Israel": the PP may hang on the object
    return verb.i == v.i and (f"prep:{t.head.lower_}" in p.target or t.head.lower_ in preps)


def _troops_abroad(code: str, sources: list[Actor], targets: list[Actor], hosts: list[Token],
                   actors: DocActors) -> list[Actor]:
    """A visit to the visitor's own troops in another state is a visit to that state: "Rumsfeld visited US
    troops in Afghanistan", "on a visit to US troops at Baghram air base outside Kabul" (the place may hang on
    the verb, the troops or anything in the troops' phrase). Any other targets are returned as they are."""
    own = {a.country for a in sources}
    if code[:3] not in ("042", "043") or not targets or not all(
            a.country in own and a.sector == "MIL" and a.start >= 0 for a in targets):
        return targets
    def located(hs: list[Token]) -> list[Token]:
        return [o for h in hs for pp in h.children if pp.dep_ == "prep" and pp.lower_ in LOC_PREPS
                for o in children(pp, "pobj")]
    phrase = [t for a in targets for t in actors.doc[a.start:a.end].root.subtree]
    at = located([*hosts, *phrase])
    at += located(at)  # "at Baghram air base outside Kabul"
    at += [c for o in at for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN"]  # "in Helmand province"
    abroad = [a for t in at for a in [actors.actor_of(t) or actors.place_of(t)] if a is not None
              and a.country is not None and a.country not in own and a.kind in ("country", "capital", "place")]
    return [replace(a, code=a.country, sector=None) for a in abroad[:1]] or targets  # the state, not its government


def _places_at(hosts: list[Token], actors: DocActors) -> list[Actor]:
    """The countries of the places named in a locative phrase on any of ``hosts`` ("bombarded
    vehicles near Kandahar", "shelling near Aleppo"): where force with no victim named struck."""
    preps = [pp for h in hosts for pp in _phrases_on(h) if pp.dep_ == "prep" and (
        pp.lower_ in LOC_PREPS or pp.head.i != h.i)]
    return [a for pp in preps for o in children(pp, "pobj") for a in [actors.actor_of(o) or actors.place_of(o)]
            if a is not None and a.country is not None and a.kind in ("country", "capital", "place")]


#: words of direction whose "of" phrase names a place ("north of Baghdad")
COMPASS_POINTS = word_list("compass_points")


def _phrases_on(h: Token) -> list[Token]:
    """``h``'s children, and the "of" phrase of a direction on it: "launched a fresh offensive north of Baghdad"."""
    return [*h.children, *(pp for d in h.children if d.dep_ == "advmod" and d.lower_ in COMPASS_POINTS
                           for pp in d.children if pp.dep_ == "prep" and pp.lower_ == "of")]


def _prompted_by(v: Token) -> Token | None:
    """The verb whose act prompted ``v``, the reaction of its participle's object: "entered Japanese waters,
    prompting Tokyo to lodge a protest" → entered; None for any other verb."""
    cause = v.head
    if v.dep_ != "xcomp" or cause.tag_ != "VBG" or cause.lemma_.lower() not in PROMPTING \
            or cause.dep_ not in ("advcl", "conj", "xcomp") or not children(cause, "dobj"):
        return None
    g = cause.head
    # ("..., injuring several crew members and prompting Manila to lodge a protest": past the participles it is
    # coordinated with, to the verb of the act)
    while g.tag_ == "VBG" and g.dep_ in ("advcl", "conj") and not children(g, *SUBJ) and g.head.i != g.i:
        g = g.head
    return g if g.pos_ in ("VERB", "AUX") else None


#: nouns that count the people of their "of" phrase ("a group of unidentified gunmen")
_COUNTING = word_list("counting_nouns")


def _counted(h: Token) -> Token:
    """The people a counting noun counts ("a group of unidentified gunmen" → gunmen), else ``h``."""
    if h.lemma_.lower() not in _COUNTING:
        return h
    return next((o for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "of" for o in children(pp, "pobj")), h)


def _sole_other_state(sent: Span, actors: DocActors, own: str, trig: Token | None = None) -> Actor | None:
    """The one state other than ``own`` that a sentence names, by name, people, leader, group or
    place, not counting those who report it ("..., Pakistani officials said") nor those on the
    act's own side ("Ethiopian forces and their Eritrean allies killed ..."): where a state's
    force with no victim named most likely struck ("residents who left Kandahar confirmed there
    had been no let-up in the US bombing"). None when it names none or several."""
    found: dict[str, Actor] = {}
    doers = {x.i for c in (trig.children if trig is not None else ()) if c.dep_ in ("nsubj", "agent") for x in c.subtree}
    for t in sent:
        if t.i in doers:
            continue
        if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in BORDERS:
            continue  # "a raid near the Afghan border": a border has two sides
        a = actors.actor_of(t) or actors.place_of(t)
        if a is None or a.country is None or a.country == own or a.sector == "IGO" or len(a.country) != 3:
            continue
        h = t
        while (h.pos_ not in ("VERB", "AUX") or h.dep_ == "amod") and h.dep_ not in ("nsubj", "nsubjpass") \
                and h.head.i != h.i:
            h = h.head
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in REPORTING:
            continue  # the report's source ("the Pakistan-based news agency said")
        found.setdefault(a.country, a)
    if len(found) != 1:
        return None
    a = next(iter(found.values()))
    return _as_place(a)


def _unnamed_victims(heads: list[Token], things: frozenset[str] = STRUCK, clause: Token | None = None) -> bool:
    """Whether what an act of force struck is named only by common nouns that give no side
    ("vehicles", "an unidentified boat", "the caves where they hid"): no name, group, demonym
    or pronoun in the phrase (an unresolved name may be an actor the KB lacks), and each a
    thing force strikes (not "hit a record", "attack the trade deficit", "fired two shells").
    ``clause``, the relative clause of the act itself, is no part of the phrase ("the tanker that
    Iran attacked")."""
    def names(t: Token) -> bool:
        # where it was ("vehicles near Sharana") gives no side, nor "who" ("a man who tried to flee")
        return (t.pos_ in ("PROPN", "PRON") or t.lower_ in PRONOUNS or t.ent_type_ in NAME_ENTS) and \
            t.lower_ not in RELATIVE_PRONOUNS or any(
                names(c) for c in t.children
                if not (c.dep_ == "prep" and c.lower_ in LOC_PREPS) and (clause is None or c.i != clause.i))
    # a time is no victim ("launched an offensive towards the end of the year")
    heads = [h for h in heads if h.ent_type_ not in ("DATE", "TIME") and h.lemma_.lower() not in TIME_WORDS]
    return bool(heads) and all(h.pos_ == "NOUN" and h.lemma_.lower() in things for h in heads) and not any(
        names(h) for h in heads)


def _named_elsewhere(sent: Span, actors: DocActors, own: set[str | None]) -> bool:
    """Whether the sentence names, in a victim's place, someone other than the owner of an act
    of force: anyone an act is "against" ("launched a bombing and shelling offensive against
    Osgiliath", wherever the parser hangs it), or someone we cannot resolve, a name or demonym
    that is what an act was aimed at or what a participle struck ("launched ambushes, wounding
    three Jewish settlers"). The act is then not on an unknown victim: the victim may be that."""
    if any(t.dep_ == "pobj" and t.head.lower_ == "against" and a is not None and a.country not in own
           for t in sent for a in [actors.actor_of(t)]):
        return True
    for t in sent:
        if not (t.pos_ == "PROPN" or t.ent_type_ == "NORP") or t.ent_type_ in ("DATE", "TIME"):
            continue
        h = t
        while h.dep_ in ("compound", "amod", "nmod", "poss", "flat") and h.head.i != h.i:
            h = h.head
        a = actors.actor_of(t)  # ... or resolves only to people of no country ("Jewish settlers")
        if (a is None or a.country is None) and (
                (h.dep_ == "pobj" and h.head.lower_ in ("against", "on", "at", "into")) or (
                h.dep_ == "dobj" and h.head.tag_ == "VBG")):
            return True
    return False


def _at_war(sent: Span, code: str, sources: list[Actor]) -> bool:
    """Whether a plain attack ("attack", "offensive", "raid": 180, 190) of owners not all armed
    is an act of war: the sentence says so ("Iraq's war spokesman said Iran kept up its
    attacks"), or it is no game ("Brazil launched an attack down the left"). Forces' attacks and
    the specific kinds (bombing, shelling, air strikes) need no such word."""
    return code[:3] not in ("180", "190") or all(a.sector in ARMED for a in sources) or any(
        t.lemma_.lower() in WAR_CONTEXT for t in sent)


def _initials(t: Token) -> bool:
    """A name written as initials, which stands before a noun as its owner: "US", "U.S.", "UK"."""
    return t.text.replace(".", "").isupper() and len(t.text.replace(".", "")) <= 4


def _unnamed_people(v: Token, obj: Token | None, passive: bool) -> list[Token]:
    """The people a verb of arrest or capture takes whom nothing in the sentence gives a country
    or group: "a man", "a 28-year-old man", "15 prisoners" (not "a British journalist")."""
    return [h for h in slot_heads(v, obj, "dobj", passive)
            if h.head.i == v.i and h.pos_ == "NOUN" and h.lemma_.lower() in UNKNOWN_PERSONS | COUNTED_PEOPLE
            and not any(c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("PROPN", "ADJ")
                        and c.lower_[:1] != c.text[:1] for c in h.children)]


#: what a reporter's question starts with: "Asked whether ...", "Asked about ..."
QUESTION_WORDS = frozenset({"whether", "if", "about", "what", "why", "how", "when", "who", "to", "for"})


def _met_there(v: Token) -> list[Token] | None:
    """The parties of the talks a trip is for ("for talks with creditor banks", "for
    meetings of the IMF Interim Committee"), or None when its "for" phrase names no talks
    or no one they are with."""
    for t in v.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.lemma_.lower() in TRIP_TALKS:
            heads = [o for pp in t.children if pp.dep_ == "prep" and pp.lower_ in ("with", "of")
                     for o in pp.children if o.dep_ == "pobj"]
            return heads or None
    return None


def _stray_clause(n: Token) -> list[Token]:
    """A "that" clause the parser hung on the verb a noun's preposition depends on, though it
    follows the noun phrase at once: "responding to a threat by Honduras that it would expel
    Cuban diplomats" (the clause is the threat's)."""
    if n.dep_ != "pobj" or any(c.dep_ in ("acl", "ccomp", "relcl") for c in n.children):
        return []
    end = n.right_edge.i
    return [c for c in n.head.head.children if c.dep_ == "ccomp" and c.left_edge.i == end + 1
            and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"]


def _offshore(pp: Token) -> list[Token]:
    """The state whose coast an act at sea happened off: "hit a tanker off the Iranian coast", "off
    Iran's coast", "off the coast of Iran" (the coast's modifier or "of" phrase)."""
    coasts = [o for o in children(pp, "pobj") if o.lemma_.lower() in COASTS]
    return [m for o in coasts for m in o.children if m.dep_ in ("amod", "compound", "poss")] + [
        t for o in coasts for q in o.children if q.dep_ == "prep" and q.lower_ == "of" for t in children(q, "pobj")]


def _onset_phrases(v: Token) -> set[str]:
    """How a verb a noun is the subject of may be named in the word list ``onset_verbs``: its
    lemma when it has no object ("erupt"), with its particle ("break out"), its object ("take
    place") or its adjective ("be underway", "be under way")."""
    lemma = v.lemma_.lower()
    out = {f"{lemma} {c.lower_}" for c in v.children if c.dep_ in ("prt", "dobj", "acomp")}
    out |= {f"{lemma} under way" for c in v.children if c.dep_ == "prep" and c.lower_ == "under"
            and any(o.lower_ == "way" for o in children(c, "pobj"))}
    return out | ({lemma} if not children(v, "dobj") else set())


def _countryless_business(a: Actor) -> bool:
    """Banks, companies, investors of no named country ("the banks", "commercial banks")."""
    return a.sector == "BUS" and a.country is None and a.kind == "sector"


def _protesters(a: Actor) -> bool:
    """A crowd of protesters: "protesters", "stone-throwing demonstrators"."""
    return bool(a.name) and a.name.lower().split()[-1].rstrip("s") in PROTESTERS


#: readings that are an assault, which an armed group's act is as much as troops' ("stormed the palace")
ASSAULT_CODES = frozenset({"180", "190"})
#: what is fired, whose named owner fired it ("killed by Israeli tank fire")
FIRED = frozenset({"fire", "gunfire", "firing"})
FIRING_VERBS = word_list("firing_verbs")
#: event nouns whose "of" phrase names their kind ("an exchange of fire")
KIND_OF_NOUNS = word_list("kind_of_nouns")
#: verbs of a move into or near another's space, which a show of force may answer
INTRUDING_VERBS = word_list("intruding_verbs")
#: the prepositions that set an act in a fight ("after fierce fighting with X", "amid clashes with X")
FIGHT_SETTINGS = frozenset({"in", "during", "after", "following", "amid", "amidst"})


def _fired_by(h: Token) -> Token | None:
    """The verb that used a weapon or its fire, its object ("fired a missile", "called in artillery
    fire", "attacked the post with a rocket"), else None."""
    lem = h.lemma_.lower()
    if h.pos_ != "NOUN" or not (lem in FIRED or lem in HARDWARE or (lem in INSTRUMENTS and lem not in ATTACKERS)):
        return None
    user = h.head if h.dep_ == "dobj" else h.head.head if h.dep_ == "pobj" and h.head.lower_ in ("in", "with") else None
    if user is not None and h.dep_ == "dobj" and (user.lemma_.lower() in _STRIKING_VERBS or any(
            c.dep_ == "prt" and c.lower_ == "down" for c in user.children)):
        return None  # "shot down Russian drones that crossed into Polish airspace": the drones were hit, not used
    return user if user is not None and user.pos_ == "VERB" and user.lemma_.lower() in FIRING_VERBS else None


#: firing verbs whose object is what they hit ("struck a drone"), not the weapon used
_STRIKING_VERBS = word_list("striking_verbs")


def _fight_noun(p: Pattern) -> bool:
    """A fight between two sides ("fighting", "clashes", "a gun battle", "an exchange of fire")."""
    return "sym" in p.flags and p.code[:2] in ("18", "19") and not p.particle


def _clash_code(code: str, p: Pattern, s: Actor, t: Actor) -> str:
    """"Clashes between police and protesters": the crowd riots (145), the police repress
    (175); two armed sides fight (the code as it is). (Police who open fire on protesters fight, 193, as the
    CAMEO manual's own example has it.)"""
    if code[:2] != "19" or "sym" not in p.flags:
        return code
    if s.sector in ("COP", "MIL") and _unarmed_crowd(t):
        return "175"
    if _unarmed_crowd(s) and t.sector in ("COP", "MIL"):
        return "145"
    return code


def _unarmed_crowd(a: Actor) -> bool:
    """Protesters, or unarmed people by the crowd ("farmers", "striking workers", "students"); not a named one."""
    return _protesters(a) or (a.sector in CROWD_SECTORS and a.kind != "person")


def _business_act(s: Actor, targets: list[Actor], code: str) -> bool:
    """A company or business group acting ("Siemens AG agreed to supply Iran", "Spanish
    exporters agreed to sell corn to Algeria") is no state's act and no event between
    states; coded are only its hostile acts on a state ("a Saudi businessman is suing the
    United States") and its appeals, demands and protests to its own government
    ("Japanese business leaders urged the government to cut taxes"); a business of no named
    country ("a senior banker warned that Brasilia ...") not even those."""
    if s.sector != "BUS":
        return False
    states = bool(targets) and all(t.country is not None and _state_side(t) for t in targets)
    own = all(t.country == s.country for t in targets)
    return s.kind == "sector" or not (states and (code[:2] >= "11" or (code[:2] in DOMESTIC_ROOTS and own)))


#: reflexive pronouns: an object that is the subject itself
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "oneself"})


def _members(h: Token, actors: DocActors) -> list[Token]:
    """The members an "including" phrase names for a group that is no actor itself ("more
    than 120 foreigners, including Colombians and Americans"), else ``h``."""
    named = [t for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "including" for t in children(pp, "pobj")]
    return named if named and not actors.actors_of(h) else [h]


def _traded_from(h: Token, depth: int = 0) -> list[Token]:
    """The goods a trade measure names under an amount or a "from" phrase: "$30 billion of
    American imports" → imports; "goods from Mexico" → Mexico (two levels at most)."""
    out = []
    if depth == 0 and h.dep_ == "pobj" and h.head.lower_ == "on" and h.head.head.pos_ == "NOUN":
        # "tariffs on most goods from Mexico": the parser may hang the "from" phrase on the measure
        out += [x for pp in h.head.head.children if pp.dep_ == "prep" and pp.lower_ == "from" and pp.i > h.i
                for o in children(pp, "pobj") for x in [o, *o.conjuncts]]
    for pp in h.children:
        if pp.dep_ != "prep":
            continue
        if pp.lower_ == "from" or (pp.lower_ == "of" and (h.lemma_.lower() in MEASURES or any(
                c.dep_ in ("nummod", "compound", "quantmod") and c.pos_ in ("NUM", "SYM") for c in h.children))):
            for o in children(pp, "pobj"):
                out += [o, *o.conjuncts]  # ("goods from Mexico and Canada")
                if depth == 0:
                    out += _traded_from(o, 1)
    return out


def _the_other(v: Token, h: Token) -> bool:
    """"each side accused the other": "the other" of a subject with "each" is the subjects' reciprocal."""
    return h.lower_ == "other" and any(c.lower_ == "the" for c in h.children) and any(
        d.dep_ == "det" and d.lower_ in ("each", "either") for x in children(v, "nsubj") for d in x.children)


def _reciprocal(h: Token) -> bool:
    """"each other", "one another": the subjects are each other's targets."""
    return h.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in h.children) or (
        h.lower_ == "another" and h.i > 0 and h.doc[h.i - 1].lower_ == "one") or (
        h.lower_ == "one" and h.i + 1 < len(h.doc) and h.doc[h.i + 1].lower_ == "another")
