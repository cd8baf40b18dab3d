"""What a statement says: accusations, criticism, threats, rejections and praise made
by reporting a clause.

"The Syrian envoy said the Israeli action was a violation of the Geneva Conventions"
is an accusation (112) of Israel by Syria, not a bare statement (010). For a verb of
saying whose pattern carries the ``speech`` flag, each reported clause (``ccomp`` and
the clauses coordinated with it) is read against the lexicon
``data/patterns/stance_words.tsv``:

* ``wrong`` — the clause's subject did something wrongful: a noun predicate ("X's
  action was a violation", "an act of aggression"), an object ("X engaged in
  espionage") or a verb ("X had interfered") → an accusation of the subject's actor;
* ``judge`` / ``reject`` / ``praise`` — the predicate judges the subject, an act or
  proposal of someone else ("the U.S. move was a mistake", "... was unacceptable",
  "the Soviet proposal was constructive") → 111/112, 120, 051 on whoever the subject
  names (or, for "the proposal", "this", on whoever the article last had act on the
  speaker);
* ``threat`` — the speaker's own hostile future act ("we will retaliate", "it would
  hit back", "would respond firmly to any attack") → 138 (1312 when the clause is
  about trade or sanctions), on the actor the clause names;
* ``suffer`` — what the subject will suffer ("Israel would pay a heavy price", "any
  U.S. interference would meet a strong response") → 138 on the subject's actor.

What a speaker CALLS another side's act (session 10, :mod:`.critic`): the readings of an equating
phrase ("tantamount to a declaration of war"), an attempt at a wrongful aim ("an attempt to topple
Arafat"), a clause an expletive "it" or a "said of" phrase stands for, "has not done enough" / "had done
nothing to stop", a failure at a duty, and the naming verbs' passive agent and misparsed subjects.

Restraint: a negated clause ("was not a violation", "no violation"), a question, a
conditional or modal clause other than a threat's future ("it would be a violation
if ..."), a clause about the speaker itself, and a clause whose verb the patterns
already code as an event (that event is coded instead) give nothing. The event keeps
its provenance in the rule id: ``say+accuse``, ``tell+threaten`` ...

Comments and intents aimed at no one (the coder's hooks): a declined comment (:func:`no_comment`,
011: "would not say what it decided", "could not confirm the reports"), a state's remark on the
political situation (:func:`comment`, role ``remark``: "said the situation was dangerous", 012),
an attitude of a state about talks that name no one else (:func:`attitude`), an intent to
de-escalate with no other side named (:func:`calming`, 0356: "wants to reduce tension"), and a
state's refusal of talks or an inquiry it opens that name no other side (:func:`unaimed_act`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..errors import DataFileError
from ..models import Actor
from ..tables import data_path, read_tsv
from . import critic
from .derived import derive
from .mood import Mood, verb_status
from .ontology import cameo_codes
from .patterns import Pattern
from .rules import ASSAULT_NOUNS, ATTACKS, REFERRING_NOUNS, _state_side
from .slots import OWN_POSSESSIVES, children, speaker_antecedent
from ..lexicon import word_family, word_list

if TYPE_CHECKING:
    from ..actors.resolver import DocActors
    from .coder import Coder
    from .rules import Coded

COLUMNS = ("id", "role", "cue", "needs", "code", "example")
ROLES = frozenset({"wrong", "judge", "reject", "praise", "threat", "suffer", "sanction", "comment", "apology",
                   "remark"})
#: the rule-id suffix of each role's event
KINDS = {"wrong": "accuse", "judge": "criticize", "reject": "reject", "praise": "praise", "threat": "threaten",
         "suffer": "threaten", "apology": "apologize"}
#: auxiliaries of a future the speaker commits to
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
#: auxiliaries that make a clause not (yet) a fact
MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "'d", "could", "might", "may", "can", "ca", "should",
                    "must", "ought"})
#: auxiliaries of a hypothetical ("would eliminate any progress")
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "'d"})
#: copulas and verbs that equate their subject with their predicate
COPULAS = frozenset({"be", "constitute", "amount", "represent", "remain", "become", "seem", "appear"})
#: nouns that only frame the one their "of" phrase names: "an act of aggression"
FRAMES = frozenset({"act", "form", "case", "instance", "kind", "sort", "example", "piece", "campaign", "policy",
                    "pattern", "attempt", "effort"})
#: verbs that carry a wrongful act named by their object: "engaged in espionage"
CARRIERS = frozenset({"commit", "engage", "carry", "conduct", "practise", "practice", "perpetrate", "resort",
                      "indulge", "wage", "pursue", "stage", "bear"})  # ("bore responsibility for the bombing")
#: pronouns of the speaker (first person), and subjects that stand for what was just said
FIRST_PERSON = frozenset({"we", "i"})
ANAPHORA = frozenset({"this", "that", "such"})
PROPOSALS = frozenset({"proposal", "plan", "offer", "idea", "initiative", "suggestion", "demand", "request",
                       "condition", "precondition", "decision", "move", "step", "measure", "action", "statement",
                       "accusation", "charge", "claim", "allegation", "resolution", "bill", "remark", "policy"})
NEGATORS = frozenset({"not", "n't", "never", "no", "hardly", "neither", "nor"})


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    role: str
    words: tuple[str, ...]
    needs: frozenset[str]
    code: str
    example: str


class Lexicon:
    """The stance cues, indexed by (role, first word)."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.index: dict[tuple[str, str], list[Cue]] = {}
        for c in cues:
            self.index.setdefault((c.role, c.words[0]), []).append(c)
        self.sanction_words = frozenset(c.words[0] for c in cues if c.role == "sanction")

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Lexicon":
        path = Path(path) if path else data_path("patterns", "stance_words.tsv")
        codes = cameo_codes()
        cues: list[Cue] = []
        seen: set[str] = set()
        for n, r in read_tsv(path, COLUMNS):
            if not r["id"] or r["id"] in seen:
                raise DataFileError(str(path), n, f"missing or duplicate cue id {r['id']!r}")
            seen.add(r["id"])
            if r["role"] not in ROLES:
                raise DataFileError(str(path), n, f"unknown role {r['role']!r}; valid: {sorted(ROLES)}")
            if r["code"] not in codes:
                raise DataFileError(str(path), n, f"unknown CAMEO code {r['code']!r} in cue {r['id']}")
            words = tuple(r["cue"].lower().split())
            if not words:
                raise DataFileError(str(path), n, f"cue {r['id']} has no words")
            needs = frozenset(w.strip().lower() for w in r["needs"].split("|") if w.strip() not in ("", "-"))
            cues.append(Cue(r["id"], r["role"], words, needs, r["code"], r["example"]))
        return cls(cues)

    def find(self, role: str, words: list[str], clause: set[str]) -> Cue | None:
        """The cue of ``role`` whose words start ``words`` (lemmas, in order) and whose
        needs, if any, are met by a lemma of the clause."""
        if not words:
            return None
        for c in self.index.get((role, words[0]), []):
            if tuple(words[:len(c.words)]) == c.words and (not c.needs or c.needs & clause):
                return c
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _negated(t: Token) -> bool:
    return any(c.dep_ in ("neg", "det", "advmod", "preconj") and c.lower_ in NEGATORS for c in t.children)


def _lemmas(t: Token) -> set[str]:
    return {_lemma(x) for x in t.subtree} | {x.lower_ for x in t.subtree}


def _modal(x: Token) -> str | None:
    return next((c.lower_ for c in x.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS), None)


def _predicate(x: Token) -> Token | None:
    """The noun or adjective a copula equates its subject with: "was a violation",
    "constituted an act of aggression", "was out of the question", "was behind the attacks"."""
    for c in x.children:
        if c.dep_ in ("attr", "acomp", "oprd") or (c.dep_ == "dobj" and _lemma(x) != "be"):
            return c
        if c.dep_ == "prep" and _lemma(x) in ("amount", "be") and c.lower_ in ("to", "out", "behind", "against"):
            return c
        if c.dep_ == "xcomp" and _lemma(x) == "be" and _lemma(c) == "blame":
            return c  # "Georgia was to blame for the clashes"
    return None


def _phrase(pred: Token) -> list[str]:
    """The predicate's words from its head on, its frame stripped: "an act of aggression"
    → [aggression], "a war crime" → [war, crime], "out of the question" → [out, of, the, question]."""
    if _lemma(pred) in FRAMES:
        for pp in pred.children:
            if pp.dep_ == "prep" and pp.lower_ == "of":
                for o in children(pp, "pobj"):
                    return _phrase(o)
    mods = [c for c in pred.lefts if c.dep_ == "compound"]
    toks = [*mods, pred, *[t for t in pred.subtree if t.i > pred.i]]
    doc, end = pred.doc, pred.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_:
        end += 2  # "counter-productive" parsed as three words
    if end > pred.i:
        toks = [*mods, *doc[pred.i:end + 1]]
    words: list[str] = []
    for k, t in enumerate(toks):  # "counter-productive", "non-starter": one word
        if words and k and (t.text == "-" or toks[k - 1].text == "-") and not toks[k - 1].whitespace_:
            words[-1] += t.lemma_.lower()
        else:
            words.append(_lemma(t))
    return words


def _readings(pred: Token) -> list[list[str]]:
    """The ways a predicate may name a cue: the whole phrase ("war crime"), its head
    alone ("state terrorism"), and an adjective on it ("an unfriendly act")."""
    words = _phrase(pred)
    out = [words]
    n = len([c for c in pred.lefts if c.dep_ == "compound"])
    if n and _lemma(pred) not in FRAMES:
        out.append(words[n:])
    out += [[_lemma(c)] for c in pred.children if c.dep_ == "amod" and c.i < pred.i]
    return out + critic.readings(pred, _readings)  # "tantamount to a declaration of war", "an attempt to topple X"


#: verbs of force whose object is the victim of an attack claimed beside them ("a bomb killed General
#: Kirillov ..., and the SBU said it was behind the attack")
_STRIKING = frozenset({"kill", "attack", "strike", "hit", "bomb", "assassinate", "wound", "injure", "target"})


def claimed_victims(coder: "Coder", pred: Token, v: Token, actors: "DocActors", exclude: set[str | None],
                     p: "Pattern") -> list[Actor]:
    """Whom a claimed attack struck: the attack's own "on" phrase ("responsible for the attack on the
    convoy"), else, for "the attack" named bare, the victim of the one act of force the sentence reports
    outside the claim."""
    nouns = [t for t in pred.subtree if t.pos_ == "NOUN" and _lemma(t) in ASSAULT_NOUNS]
    aimed = [x for n in nouns for pp in n.children if pp.dep_ == "prep" and pp.lower_ in ("on", "against")
             for o in children(pp, "pobj") for x in o.subtree]
    found = _actors_in(coder, aimed, actors, exclude, v, p)
    if found or not any(any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in n.children)
                        for n in nouns):
        return found
    inside = {t.i for t in v.subtree}
    # an attack the sentence codes ("gunmen killed 130 people at a concert hall near Moscow"), else the
    # object of a verb of force whose doer it does not name ("a bomb killed General X")
    struck = {ev[2].country: ev[2] for tok, ev in coder._coded_now if tok.i not in inside and ev[4][:2] in (
        "18", "19", "20") and ev[3] == "asserted" and ev[2] is not None and ev[2].country not in exclude | {None}}
    if struck:
        return list(struck.values()) if len(struck) == 1 else []
    hits = [x for t in v.sent if t.pos_ == "VERB" and t.i not in inside and _lemma(t) in _STRIKING
            for o in children(t, "dobj") for x in o.subtree]
    victims = _actors_in(coder, hits, actors, exclude, v, p)
    return victims if len({a.country for a in victims}) == 1 else []


def _actors_in(coder: "Coder", tokens: list[Token], actors: "DocActors", exclude: set[str | None],
               v: Token, p: "Pattern") -> list[Actor]:
    """The actors the phrase names, other than the speaker's country."""
    out: list[Actor] = []
    for t in tokens:
        if t.dep_ == "poss" and t.lower_ in ("its", "their"):
            # "calling its presence an infringement": whose the act is, the pronoun's antecedent (none
            # when that is the speaker itself)
            a = actors.pronoun_antecedent(t, t.i)
            if a is not None and a.country is not None and a.country not in exclude:
                out.append(a)
                break
            continue
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or actors.at.get(t.i) is None:
            continue
        for a in coder._resolve([t], actors, None, "target", 0, v.sent, p, ""):
            # (a body or group of no country is named too: "al-Qaeda was responsible for the bombing")
            if (a.country not in exclude if a.country is not None else a.kind in ("org", "person")) \
                    and a.code not in {b.code for b in out}:
                out.append(a)
        if out:
            break
    return out


def _is_speaker(coder: "Coder", subj: Token, sources: list[Actor], actors: "DocActors", v: Token,
                p: "Pattern") -> bool:
    """The clause's subject is the speaker: "it", "we", the speaker's own country."""
    if subj.lower_ in FIRST_PERSON:
        return True
    own = {a.country for a in sources}
    for poss in children(subj, "poss"):  # "its army", "our forces"
        if poss.lower_ in ("our", "my") or (poss.lower_ in ("its", "their") and any(
                a is not None and a.country in own for a in [actors.pronoun_antecedent(poss, before=poss.i)])):
            return True
    if subj.pos_ == "PRON":
        found = speaker_antecedent(subj, actors)
        return not found or any(a.country in own for a in found) or subj.lower_ in ("it", "they")
    if subj.pos_ == "NOUN" and sources and all(a.country for a in sources) and [
            c.lower_ for c in subj.children] == ["the"] and actors.r.sector_of([subj]) in ("GOV", "MIL"):
        return True  # "South Korea's security adviser said the government would take countermeasures": its own
    found = coder._resolve([subj], actors, None, "source", 0, v.sent, p, "")
    # (a group of no country is the speaker only when it is the speaker itself)
    return bool(found) and all(a.country in own if a.country else a.code in {s.code for s in sources} for a in found)


def _subject(x: Token) -> Token | None:
    return next(iter(children(x, "nsubj", "nsubjpass")), None)


def _answered(coder: "Coder", sources: list[Actor], v: Token) -> list[Actor]:
    """Whose proposal or act "the proposal", "this" is: the last actor the article had
    act on the speaker (see ``Coder._answered``)."""
    own = {a.country for a in sources}
    for e in reversed(coder._history):
        if e.sentence_index < coder._si - 2:
            break
        if e.asserted and e.target_country in own and e.source_country not in own and e.source_country:
            return [Actor(e.source, e.source_country, None, e.source_name, "antecedent", v.i, v.i + 1)]
    return []


def stance(coder: "Coder", v: Token, p: "Pattern", sources: list[Actor], actors: "DocActors",
           conf: float) -> list["Coded"]:
    """The accusations, criticism, threats, rejections and praise that the clauses a verb
    of saying ``v`` reports express (see the module's doc), or [] for a plain statement."""
    if p.code != "010" or v.sent.text.rstrip().rstrip('"”\'').endswith("?") or critic.sporting(v.sent):
        return []
    from .rules import conjuncts_v

    lex = lexicon()
    own = {a.country for a in sources}
    out: list[Coded] = []
    clauses = children(v, "ccomp")
    # "says the video shows bin Laden was behind the attacks": what the evidence shows is said too
    clauses += [c for x in clauses if _lemma(x) in EVIDENCE and not _negated(x) for c in children(x, "ccomp")]
    for x0 in clauses:
        for x in conjuncts_v(x0):
            found = _clause(coder, lex, x, v, p, sources, own, actors)
            if found is None:
                continue
            cue, targets, code = found
            kind = "criticize" if code[:3] == "111" else "claim" if code == "015" else "deny" if code == "016" else \
                KINDS[cue.role]
            dp = replace(p, id=f"{p.id}+{kind}", code=code, flags=p.flags - {"speech"})
            out += coder._pairs(dp, sources, targets, "asserted", code, conf - 0.15)
    return out


#: verbs of attempt whose complement is the act a speaker accuses another of ("was trying to undermine")
TRYING = word_list("trying")
#: verbs of evidence whose own clause a speaker asserts: "says the tape proves X was behind it"
EVIDENCE = word_list("evidence")
#: verbs of admitting, and the cues of a fault that, admitted of one's own act, acknowledges responsibility (015)
ADMITTING = word_list("admitting")
FAULTS = word_list("faults")
#: cues that, said by the speaker of itself, claim an attack ("said it was responsible for the bombing")
OWNED_ATTACKS = frozenset({"responsible_for_attack", "behind_attack"})


def _disowned(coder: "Coder", lex: Lexicon, x: Token, v: Token, p: "Pattern", sources: list[Actor],
              actors: "DocActors") -> tuple[Cue, list[Actor], str] | None:
    """A speaker's clause that it was not behind or responsible for an attack ("Iran insisted it was not
    behind the attack on the tanker"): a denial (016) of the claim that "it was behind" makes, with no
    target; None for any other clause."""
    if not _negated(x) or _lemma(x) not in COPULAS or _modal(x) is not None:
        return None
    pred, subj = _predicate(x), _subject(x)
    if pred is None or subj is None or subj.lower_ in ANAPHORA or not _is_speaker(coder, subj, sources, actors, v, p):
        return None
    lemmas = _lemmas(x)
    cue = next((c for w in _readings(pred) for c in [lex.find("wrong", w, lemmas)] if c and c.id in OWNED_ATTACKS),
               None)
    return (cue, [], "016") if cue is not None else None


def _clause(coder: "Coder", lex: Lexicon, x: Token, v: Token, p: "Pattern", sources: list[Actor],
            own: set[str | None], actors: "DocActors") -> tuple[Cue, list[Actor], str] | None:
    """(cue, targets, code) of one reported clause, or None."""
    if _negated(x) and x.pos_ == "VERB":
        return _unanswered(coder, lex, x, v, p, sources, own, actors) or _not_enough(coder, x, v, p, sources, own, actors)
    disowned = _disowned(coder, lex, x, v, p, sources, actors)
    if disowned is not None:
        return disowned
    if x.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") or (_negated(x) and not critic.denies_approval(x)) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in x.children):
        return None  # (but "X's raid was not acceptable" denies an approval: a criticism)
    subj = _subject(x)
    if subj is None:
        return None
    modal = _modal(x)
    lemmas = _lemmas(x)
    subj_toks = sorted(subj.subtree, key=lambda t: t.i)
    about_subject = _owners(subj) if not _negated(subj) else []

    # an apology: "he was sorry for the incident", "it was sorry that its troops had hurt ..."
    if modal is None:
        sorry = _sorry(lex, x, lemmas)
        if sorry is not None:
            cue, host = sorry
            if not _is_speaker(coder, subj, sources, actors, v, p):
                return None
            targets = offended(coder, host, sources, actors, v, p)
            if targets == []:  # "told Greece he was sorry for the incident": to whom it was said
                targets = [a for h in children(v, "dobj", "dative") for a in coder._resolve(
                    [h], actors, None, "target", 0, v.sent, p, "") if a.country not in own]
            return (cue, targets, cue.code) if targets else None

    # a threat: the speaker's own hostile future act
    if modal in FUTURE and _is_speaker(coder, subj, sources, actors, v, p):
        act = _readiness(x)
        words = [_lemma(act)] + [_lemma(c) for c in act.children if c.dep_ in ("prt", "dobj") or (
            c.dep_ == "advmod" and c.lower_ == "back")]
        cue = lex.find("threat", words, lemmas) or lex.find("threat", [_lemma(act)], lemmas) or next(
            (c for c in [lex.find("threat", [_lemma(act), w], lemmas) for w in words[1:]] if c), None)
        if cue is None:
            return None
        rest = [t for t in x.subtree if t.i not in {s.i for s in subj_toks}]
        targets = _actors_in(coder, rest, actors, own, v, p)
        if not targets:
            return None
        return cue, targets, _threat_code(coder, lex, act, cue, lemmas)
    # what the subject (another actor) will suffer
    if modal in FUTURE:
        words = [_lemma(x)] + [_lemma(c) for c in x.children if c.dep_ in ("dobj", "attr")]  # ("be targets")
        words += [c.lower_ for c in x.children if c.dep_ == "prep" and c.lower_ == "for"]  # ("pay for its mistake")
        cue = next((c for c in [lex.find("suffer", [words[0], w], lemmas) for w in words[1:]] if c), None)
        if cue is None or _is_speaker(coder, subj, sources, actors, v, p):
            return None
        targets = _actors_in(coder, about_subject, actors, own, v, p)
        return (cue, targets, _threat_code(coder, lex, x, cue, lemmas)) if targets else None
    measure = _possible_measure(x, subj, modal)
    if measure is not None and all(_state_side(a) or a.sector == "IGO" for a in sources):
        # "sanctions against Belarus could follow if ...", "military action against Iran remains an
        # option": a state that names its own hostile measure as possible threatens it
        targets = _actors_in(coder, list(x.subtree), actors, own, v, p)
        if not targets:
            return None
        return Cue(f"possible_{measure}", "threat", (_lemma(subj),), frozenset(), measure, ""), targets, measure
    if modal is not None:
        return None  # "it would be a violation if ...", "Japan could have lied": not said as a fact
    if x.lemma_.lower() in coder.patterns.verb_lemmas and coder._match_verb(x):
        return None  # "Japan said China violated its airspace": the act itself is the event
    # a judgement of the subject: "X's action was a violation / a mistake / unacceptable"
    copula = x.pos_ in ("NOUN", "ADJ") and any(c.dep_ in ("aux", "auxpass") and _lemma(c) == "be"
                                               for c in x.children)  # "the demand was blackmail"
    if _lemma(x) in COPULAS or copula:
        pred = x if copula else _predicate(x)
        negated = pred is not None and (_negated(pred) or _negated(x))
        if pred is None or (negated and not critic.denied(pred)):
            return None
        ways = critic.denied(pred) if negated else _readings(pred)  # "was not acceptable": not_acceptable
        for role in ("wrong", "judge", "reject", "praise"):
            cue = next((c for w in ways for c in [lex.find(role, w, lemmas)] if c), None)
            if cue is None:
                continue
            if of := critic.said_of(v, subj):  # '"It is a declaration of war," he said of the raid'
                targets = _actors_in(coder, [t for o in of for t in _owners(o)], actors, own, v, p)
                return (cue, targets, cue.code) if targets else None
            if doers := critic.extraposed(x, subj):  # "it was unacceptable that Japan had sent troops"
                targets = _actors_in(coder, [t for d in doers for t in _owners(d)], actors, own, v, p)
                return (cue, targets, "111" if cue.role == "reject" else cue.code) if targets else None
            speaker = _is_speaker(coder, subj, sources, actors, v, p)
            if cue.id in FAULTS and ((_lemma(v) in ADMITTING and (speaker or not _actors_in(
                    coder, about_subject, actors, own, v, p))) or (speaker and subj.lower_ not in ANAPHORA and not (
                    subj.lower_ == "it" and any(a.kind in ("person", "titled") for a in sources)))):
                # "Reagan admitted the operation was a mistake", "Abrams said he was wrong": responsibility
                # acknowledged
                return cue, [], "015"
            if _is_speaker(coder, subj, sources, actors, v, p) and subj.lower_ not in ANAPHORA:
                if cue.id in OWNED_ATTACKS:  # "the group said it was responsible for the bombing": a claim
                    return cue, claimed_victims(coder, pred, v, actors, own, p), "015"
                return None  # "it was a mistake" of the speaker's own, "we were wrong"
            targets = _actors_in(coder, about_subject, actors, own, v, p)
            if not targets and role != "wrong" and (subj.lower_ in ANAPHORA or _lemma(subj) in PROPOSALS):
                targets = _answered(coder, sources, v)  # "the proposal was unacceptable": whose proposal
            if not targets and role in ("wrong", "judge", "reject") and _lemma(subj) in ATTACKS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "this", "such") for c in subj.children):
                targets = coder._attacker(v, sources)  # "said the strikes were a violation of its sovereignty"
            return (cue, targets, cue.code) if targets else None
        return None
    # a wrongful act of the subject: "X had interfered", "X engaged in espionage"
    if _is_speaker(coder, subj, sources, actors, v, p):
        return None
    cue = lex.find("wrong", [_lemma(x)], lemmas) or next(  # "Iran had exaggerated battle reports", misparsed
        (c for m in critic.misparsed_perfect(x) for f in critic.verb_forms(m) for c in [lex.find("wrong", [f], lemmas)]
         if c), None)
    if cue is not None and not critic.failed_duty(x, subj, actors):
        cue = None  # "the talks had failed to provide any reason": no one's duty
    if cue is None and critic.did_nothing(x):
        cue = NOT_ENOUGH  # "Arafat had done nothing to stop the attacks"
    if cue is None and _lemma(x) in TRYING:
        # "Sharon was trying to torpedo the crackdown": the wrong is the act attempted
        cue = next((c for t in children(x, "xcomp") if not _negated(t) for c in [lex.find("wrong", [_lemma(t)], lemmas)]
                    if c), None)
    if cue is None and _lemma(x) in CARRIERS:
        objs = children(x, "dobj") + [o for pp in children(x, "prep") for o in children(pp, "pobj")]
        cue = next((c for o in objs if not _negated(o) for c in [lex.find("wrong", _phrase(o), lemmas)] if c), None)
    if cue is None:
        return None
    targets = _actors_in(coder, about_subject, actors, own, v, p)  # "Japan had lied", not "prices in Japan rose"
    return (cue, targets, cue.code) if targets else None


def comment(coder: "Coder", v: Token, p: "Pattern", sources: list[Actor], conf: float,
            actors: "DocActors | None" = None) -> list["Coded"]:
    """An optimistic (013) or pessimistic (012) comment: a statement whose reported clause
    judges talks, relations or a dispute ("good progress was being made in the talks",
    "the negotiations were in deadlock"), or []. A negated cue ("no progress"), a state
    rather than a judgement ("the talks are in progress"), a condition or a question give
    nothing; so does a clause whose cue names no relations. A state's remark (role ``remark``)
    is aimed at the other actor its clause names, if any ("feared the unrest would spread unless
    Argentina resolved the crisis"), else at no one."""
    warning = _lemma(v) == "warn" and p.code == "130"  # "warned that the dispute was growing dangerous"
    if (p.code != "010" and not warning) or v.sent.text.rstrip().rstrip('"”\'').endswith("?"):
        return []
    statesman = bool(sources) and all(_state_side(a) or a.sector == "IGO" for a in sources)
    clauses = [c for c in v.children if c.dep_ in ("ccomp", "parataxis")]
    if v.dep_ in ("parataxis", "ccomp") and v.head.i != v.i:  # '"Progress was made," he said'
        clauses.append(v.head)
    lex = lexicon()
    for x in clauses:
        toks = [t for t in x.subtree if t.i < v.i or t.i > max(c.i for c in v.subtree)] if x.i == v.head.i \
            else list(x.subtree)
        lemmas = {_lemma(t) for t in toks} | {t.lower_ for t in toks}
        for t in toks:
            cue = lex.find("comment", [_lemma(t)], lemmas)
            if cue is None and statesman and not lemmas & MARKET_WORDS and _predicated(t, x):
                cue = lex.find("remark", [_lemma(t)], lemmas)  # "said the situation was dangerous"
            if cue is None or (warning and cue.code != "012") or _negated(t) or (
                    t.head.i != t.i and _negated(t.head)) or any(c.dep_ == "amod" and c.lower_ in SCANT
                                                                 for c in t.children) or (
                    _lemma(t) == "progress" and t.dep_ == "pobj" and t.head.lower_ == "in") or _unreal(t, v) or (
                    cue.needs and not (cue.needs - OWNED_CONCERNS) & lemmas):
                continue  # (... or concern about someone's move, whose this comment does not code)
            dp = replace(p, id=f"{p.id}+comment", code=cue.code, flags=p.flags - {"speech"})
            targets = _actors_in(coder, toks, actors, {a.country for a in sources}, v, dp) \
                if cue.role == "remark" and actors is not None else []
            return coder._pairs(dp, sources, targets, "asserted", cue.code, conf - 0.15)
    return []


def _predicated(t: Token, x: Token) -> bool:
    """Whether ``t`` is what the reported clause ``x`` says: its verb ("the talks were
    deteriorating", "he feared ..."), its predicate ("the situation was dangerous", "was growing
    tense") or an adverb on that ("dangerously tense"); not a word of a phrase inside it ("the
    potentially explosive crisis", "as fears grow of a war")."""
    if t.i == x.i:
        return True
    pred = ("acomp", "attr", "oprd", "xcomp")
    if t.head.i == x.i and t.dep_ == "advmod" and t.pos_ in ("ADJ", "ADV"):
        return True  # "was growing tense", parsed as an adverb of the verb
    return (t.head.i == x.i and t.dep_ in pred) or (
        t.dep_ == "advmod" and t.head.head.i == x.i and t.head.dep_ in pred)


#: words of markets, trade figures and the weather: a state's remark about them ("said the market
#: situation was dangerous", "was confident growth would pick up") is no comment on politics
MARKET_WORDS = word_list("market_words")


#: modifiers that turn a cue into its opposite: "concern at the slow progress", "little progress"
SCANT = frozenset({"slow", "little", "limited", "insufficient", "scant", "poor", "inadequate", "meagre", "meager"})
#: what a state is concerned about only when someone owns it (word list ``owned_concerns``)
OWNED_CONCERNS = word_list("owned_concerns")
ATTITUDE_PREPS = frozenset({"about", "over", "on", "regarding", "concerning", "for", "by", "at"})  # ("alarmed by")
def attitude_words() -> frozenset[str]:
    """The one-word comment cues ("optimistic", "sceptical" …): the words an attitude
    predicate may be (:func:`attitude`); read from ``stance_words.tsv``, not listed here."""
    return frozenset(c.words[0] for c in lexicon().cues if c.role == "comment" and len(c.words) == 1)


def attitude(coder: "Coder", adj: Token, actors: "DocActors", unresolved: list, si: int, sent, article_id: str,
             conf: float = 0.75) -> list["Coded"]:
    """An attitude predicated of an actor about relations with another: "Japan was optimistic
    about its talks with China" (013), "U.S. officials are sceptical about the negotiations with
    Moscow" (012), speaker to whom the "about" phrase names. A negated, hypothetical or
    questioned predicate, or one whose phrase names no one else, gives nothing. A passive
    participle is read as its adjective: "Japan was alarmed by China's missile tests"."""
    passive = adj.dep_ != "acomp" and adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children)
    be = adj if passive else adj.head
    if (adj.dep_ != "acomp" and not passive) or be.pos_ not in ("AUX", "VERB") or _negated(be) or _negated(adj):
        return []
    phrase = [t for c in adj.children if (c.dep_ in ("prep", "agent") and c.lower_ in ATTITUDE_PREPS)
              or c.dep_ == "ccomp" for t in c.subtree]  # "optimistic about the talks", "confident that ..."
    if not phrase:
        return []
    word = adj.lower_ if passive else _lemma(adj)
    said = {_lemma(t) for t in phrase} | {t.lower_ for t in phrase}
    cue = lexicon().find("comment", [word], said)
    if cue is None or _unreal(adj, be) or adj.sent.text.rstrip().rstrip('"\'').endswith("?"):
        return []
    p = Pattern(f"attitude:{cue.id}", cue.code, "V", word, None, frozenset(), (), None, frozenset(),
                cue.example, None, None)
    sources = coder._resolve(children(be, "nsubjpass" if passive else "nsubj"), actors, unresolved, "source", si,
                             sent, p, article_id)
    own = {a.country for a in sources}
    # (whose the act is counts, "China's build-up"; not "its talks with China")
    targets = _actors_in(coder, [t for t in phrase if not (t.dep_ == "poss" and t.pos_ == "PRON")], actors, own,
                         adj, p)
    if not sources or not (targets or all(_state_side(a) or a.sector == "IGO" for a in sources)):
        return []  # (a state's attitude about talks that name no one else is its comment, aimed at no one)
    if not targets and cue.needs and not (cue.needs - OWNED_CONCERNS) & said:
        return []  # "concerned that such a move might have adverse results": whose move, it does not say
    return coder._pairs(p, sources, targets, verb_status(be, p, coder._day).status, cue.code, conf)


#: what one may reject: called unacceptable, an offer is rejected (120), anything else criticized (111)
OFFERS = frozenset({"proposal", "plan", "offer", "idea", "initiative", "suggestion", "demand", "request", "condition",
                    "precondition", "resolution", "bill", "terms", "deal", "compromise", "draft"})
#: verbs that name their object as something ("called the sanctions illegal", "described the
#: strike as a provocation", "branded the launch a provocation")
NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub", "characterize", "characterise",
                          "hold", "declare"})  # "held Arafat responsible for", "declared Arafat irrelevant"


#: verbs that answer a charge; a naming of the charge after them is the same answer
_DENYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebuff"})


def judgement(coder: "Coder", v: Token, actors: "DocActors", unresolved: list, si: int, sent, article_id: str,
              conf: float = 0.75) -> list["Coded"]:
    """A naming verb's judgement of another actor's act or words, coded as the judgement the
    stance lexicon gives its predicate: "China called the U.S. sanctions illegal" (111),
    "Iran described the Israeli strike as a provocation" (112), "called the proposal
    unacceptable" (120). Its subject judges the owner of the object; a negated or questioned
    naming, a predicate the lexicon does not know, or an object that names no other actor
    gives nothing."""
    if _lemma(v) not in NAMING_VERBS or _negated(v) or v.sent.text.rstrip().rstrip('"\'').endswith("?") \
            or critic.sporting(v.sent):
        return []
    objs = children(v, "dobj")
    preds = children(v, "oprd") + [o for pp in children(v, "prep") if pp.lower_ == "as" for o in children(pp, "pobj")]
    named = objs if not preds else preds if not objs else []
    gapped = v.dep_ == "relcl" and v.head.pos_ == "NOUN" and len(named) == 1 and any(
        d.lower_ in ("a", "an") for d in named[0].children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who") for c in v.children)
    if gapped:  # "..., a vote Guyana called a threat to regional peace": the gap is what is named
        objs, preds = [v.head], named
    # "called Israel's bombardment of Gaza a massacre": the predicate parsed as the object's (or the
    # object's as the predicate's) indefinite apposition
    for x in objs or preds:
        named_as = [c for c in x.children if c.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in c.children)]
        if named_as and len(objs + preds) == 1:
            objs, preds = [x], named_as
            break
    objs = objs or critic.named_object(v, preds)  # "called Zimbabwe's rule illegitimate", "rule" parsed on the adjective
    if objs and not preds:  # "called Vance's remarks unacceptable": the adjective parsed on the noun
        preds = [c for c in objs[0].children if c.dep_ == "amod" and c.i > objs[0].i]
    if not objs:  # "branded the launch a provocation": the object parsed as a clause
        objs = [x for x in children(v, "ccomp") if x.pos_ == "NOUN"]
        preds = [o for x in objs for o in children(x, "dobj")]
    if not objs:  # "held Syria responsible for the attack": a small clause
        preds = [x for x in children(v, "ccomp") if x.pos_ == "ADJ" and children(x, "nsubj")]
        objs = [o for x in preds for o in children(x, "nsubj")]
    if not objs or not preds:
        return []
    if v.dep_ == "advcl" and _lemma(v.head) in _DENYING and all(
            o.lower_ in ("it", "them") or _lemma(o) in REFERRING_NOUNS for o in objs):
        return []  # "rejected accusations by France ..., calling them baseless": the rejection says it
    lex = lexicon()
    lemmas = {_lemma(t) for t in v.subtree} | {t.lower_ for t in v.subtree}
    for role in ("wrong", "judge", "reject", "praise"):
        cue = next((c for pred in preds for w in _readings(pred) for c in [lex.find(role, w, lemmas)] if c), None)
        if cue is None:
            continue
        p = Pattern(f"judgement:{cue.id}", cue.code, "V", _lemma(v), None, frozenset(), (), None, frozenset(),
                    cue.example, None, None)
        sources = coder._resolve(critic.namer(v, preds), actors, unresolved, "source", si, sent, p, article_id)
        own = {a.country for a in sources}
        targets = _actors_in(coder, [t for o in objs for t in _owners(o) if t not in preds], actors, own, v, p)
        if not targets and v.dep_ == "advcl" and v.tag_ == "VBG" and not any(
                (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                for o in objs for c in o.children) \
                and not any(_lemma(o) in REFERRING_NOUNS for o in objs):
            # (an owner "their" that is the speaker's own people, as in "urged Iran to release two French
            # citizens, calling their detention arbitrary", leaves the act to whom the verb was aimed at)
            # (not words: "denied it was behind the sabotage, calling the accusation absurd" is the denial)
            # "threatened to reimpose sanctions on Myanmar's generals, calling the coup an assault on
            # democracy": an act named with no owner is that of whom the participle's verb was aimed at
            verb = v.head
            targets = [ev[2] for tok, ev in coder._coded_now if ev[2] is not None and (
                tok.i == verb.i or (tok.head.i == verb.i and tok.dep_ in ("xcomp", "ccomp"))) and ev[2].country not in own]
            targets = list({a.code: a for a in targets}.values())
        if gapped and not targets:
            from .coder import _clause_beside
            # "Venezuela held a referendum, a vote Guyana called a threat": the doer of the act beside
            targets = _actors_in(coder, _clause_beside(v.head, v), actors, own, v, p)
        if not sources or not targets:
            return []
        code = cue.code
        if role == "reject" and not any(_lemma(o) in OFFERS for o in objs):
            code = "111"  # "called Vance's remarks unacceptable" criticizes; only a proposal is rejected
            p = replace(p, code=code)
        return coder._pairs(p, sources, targets, verb_status(v, p, coder._day).status, code, conf)
    return []


def _unreal(t: Token, v: Token) -> bool:
    """The cue at ``t`` is not said as a fact: "any chance of progress", "would eliminate
    any progress", "if progress is made" (a hypothetical or conditional on the way up to
    the verb of saying ``v``)."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in t.children):
        return True
    for a in [t, *t.ancestors]:
        if a.i == v.i:
            break
        if any((c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) or (c.dep_ == "mark" and c.lower_ in (
                "if", "whether", "unless")) for c in a.children):
            return True
    return False


def _owners(subj: Token) -> list[Token]:
    """The words of a subject that may name whose act or proposal it is: the head, its
    modifiers ("the Israeli action", "the U.S. move", "Japan's proposal") and its
    "by"/"of"/"from"/"with" phrases ("the raid by Israel", "the talks with Japan"); not a
    place ("the prices in Japan") or a relative clause."""
    out = [subj]
    for c in subj.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod", "appos", "nsubj"):  # nsubj: of a gerund
            out += [t for t in c.subtree if not _negated(t)]
        elif c.dep_ == "prep" and c.lower_ in ("by", "of", "from", "with"):
            out += [t for o in children(c, "pobj") for t in _owners(o)]
    return sorted(out, key=lambda t: t.i)


#: hostile measures a speaker may name as possible, and the threat each is (CAMEO 1312, 138, 130)
MEASURE_THREATS = {w: code for code, words in word_family("measure_threat").items() for w in words}
#: what makes a measure possible rather than done: "are possible", "could follow", "remain an option"
POSSIBLE = word_list("possible")


def _possible_measure(x: Token, subj: Token, modal: str | None) -> str | None:
    """The threat code of a clause that names a hostile measure as possible: "sanctions are
    possible", "sanctions could follow", "military action remains an option" (not "sanctions
    were lifted", nor a measure called impossible or ruled out)."""
    code = MEASURE_THREATS.get(_lemma(subj))
    if code is None or _negated(x) or subj.tag_ not in ("NNS", "NN"):
        return None
    if _lemma(subj) in ("action", "measure", "step") and not any(
            c.dep_ == "amod" and _lemma(c) in ("military", "punitive", "tough", "tougher", "strong", "stronger", "firm")
            for c in subj.children):
        return None  # "action could follow" names no hostile act; "military action" or "tougher measures" do
    if any(c.dep_ == "amod" and _lemma(c) == "military" for c in subj.children):
        code = "138"
    pred = _predicate(x)
    if _lemma(x) in ("be", "remain") and pred is not None and _lemma(pred) in POSSIBLE and not _negated(pred):
        return code
    if modal in ("could", "may", "might") and _lemma(x) in ("follow", "come", "be"):
        return code
    return None


def _readiness(x: Token) -> Token:
    """The act a speaker is ready for: "would be ready to hit back" → hit."""
    if _lemma(x) == "be":
        for a in x.children:
            if a.dep_ == "acomp" and _lemma(a) in ("ready", "prepared", "determined", "willing"):
                for c in a.children:
                    if c.dep_ == "xcomp" and c.pos_ == "VERB":
                        return c
    return x


def _threat_code(coder: "Coder", lex: Lexicon, act: Token, cue: Cue, lemmas: set[str]) -> str:
    """A threat's code: what its "by"/"with" phrase threatens ("retaliate by imposing
    sanctions" → 1312), a threat about trade or sanctions (1312), else the cue's."""
    for pp in act.children:
        if pp.dep_ == "prep" and pp.lower_ in ("by", "with"):
            for c in pp.children:
                if c.dep_ == "pcomp" and c.lemma_.lower() in coder.patterns.verb_lemmas:
                    matched = coder._match_verb(c)
                    code = derive("threat", matched[0][0].code) if matched else None
                    if code is not None:
                        return code
    if lemmas & lex.sanction_words:
        return "1312"
    return cue.code


#: prepositions that name what one is sorry for or regrets: "sorry for the incident"
REGRETTED = ("for", "about", "over", "at")


def _sorry(lex: Lexicon, x: Token, lemmas: set[str]) -> tuple[Cue, Token] | None:
    """(cue, host of what is regretted) for a clause that says its subject is sorry:
    "was sorry for ...", "is regretful that ..."; "sorry to see the talks end" is no apology."""
    preds = [x] if x.pos_ == "ADJ" else [a for a in x.children if a.dep_ == "acomp"] if _lemma(x) == "be" else []
    for a in preds:
        cue = lex.find("apology", [_lemma(a)], lemmas)
        if cue is not None and not _negated(a):
            return cue, a
    return None


def offended(coder: "Coder", host: Token, sources: list[Actor], actors: "DocActors", v: Token,
             p: "Pattern") -> list[Actor] | None:
    """The party an apology or regret at ``host`` is owed to ("sorry for the deaths of
    Afghan civilians", "regretted that its troops had entered Iranian waters", "expressed
    regret over the incident"): the actors the regretted offence names other than the
    speaker's. None when what is regretted is no offence of the speaker's: someone else's
    act ("regretted Germany's decision", "regretted that Germany had left the talks"), a
    word outside the ``offences`` list, a negated or conditional clause; [] when it is an
    offence that names no one, or nothing regretted is named."""
    from .rules import ATTACKERS, OFFENCES

    own = {a.country for a in sources}
    things = _regretted(host)
    if not things:
        return []
    for t in things:
        if t.dep_ == "ccomp":  # a clause: the speaker's own act, or a harm suffered ("civilians were hurt")
            if _negated(t) or _modal(t) or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children):
                return None
            subj = next(iter(children(t, "nsubj")), None)
            if subj is not None and not _is_speaker(coder, subj, sources, actors, v, p):
                return None
            words = {_lemma(w) for w in t.subtree}
            if not words & OFFENCES:
                return None
            skip = {w.i for w in subj.subtree} if subj is not None else set()
            return _actors_in(coder, [w for w in t.subtree if w.i not in skip], actors, own, v, p)
        if _lemma(t) not in OFFENCES or _negated(t):
            return None
        if any(c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES for c in t.children) \
                or any(_lemma(w) in ATTACKERS or (w.dep_ in ("prep", "agent") and w.lower_ == "by" and not any(
                    _is_speaker(coder, o, sources, actors, v, p) for o in children(w, "pobj"))) for w in host.subtree):
            return None  # "Germany's remarks", "the deaths ... in an attack by gunmen": someone else's act
        named = [a for a in coder._resolve([t], actors, None, "target", 0, v.sent, p, "") if a.country not in own]
        return named or _actors_in(coder, list(t.subtree), actors, own, v, p)
    return []


def apology_targets(coder: "Coder", v: Token, obj: Token | None, p: "Pattern", sources: list[Actor],
                    actors: "DocActors", named: bool) -> list[Actor] | None:
    """Whom an apology pattern (055) at verb ``v`` is owed to beyond its own slots: the
    party the apologized-for offence names ("apologized for the deaths of Korean workers").
    A regret ("regretted ...", "expressed regret over ...") is an apology only for an
    offence of the speaker's own that names someone, or one said to someone (``named``: its
    "to" slot gave a target): None then drops the event ("regretted Germany's decision")."""
    from .rules import REGRET_NOUNS

    if not (obj is not None and _lemma(obj) in REGRET_NOUNS) and _lemma(v) != "regret":
        return offended(coder, v, sources, actors, v, p) or []
    hosts = [h for h in ([obj] if obj is not None else []) + [v] if _regretted(h)]
    if not hosts:
        return None  # "expressed regret to China" for nothing named: in diplomatic usage, often a complaint
    found = offended(coder, hosts[0], sources, actors, v, p)
    return None if found is None or not (found or named) else found


def regretted_owners(coder: "Coder", v: Token, obj: Token | None, p: "Pattern", sources: list[Actor],
                     actors: "DocActors") -> list[Actor]:
    """Whose act a regret at ``v`` regrets when that act is another's (see :func:`offended`): the named owner
    of the regretted noun ("expressed deep regret over China's decision", "regretted the detention of its
    citizen by China"); [] for anything else."""
    own = {a.country for a in sources}
    hosts = ([obj] if obj is not None else []) + [v]
    heads = [c for h in hosts for t in _regretted(h) if t.pos_ == "NOUN" and not _negated(t) for c in t.children
             if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES]
    heads += [o for h in hosts for t in _regretted(h) if t.pos_ == "NOUN" for w in t.subtree
              if w.dep_ in ("prep", "agent") and w.lower_ == "by" for o in children(w, "pobj")]
    return [a for a in coder._resolve(heads, actors, None, "target", 0, v.sent, p, "") if a.country not in own]


def _regretted(host: Token) -> list[Token]:
    """What ``host`` (sorry, regret) says is regretted: its "for"/"about"/"over" object,
    its object or its clause."""
    from .rules import REGRET_NOUNS

    things = [o for pp in host.children if pp.dep_ == "prep" and pp.lower_ in REGRETTED for o in children(pp, "pobj")]
    return things + [t for t in children(host, "dobj", "ccomp") if _lemma(t) not in REGRET_NOUNS]


def _unanswered(coder: "Coder", lex: Lexicon, x: Token, v: Token, p: "Pattern", sources: list[Actor],
                own: set[str | None], actors: "DocActors") -> tuple[Cue, list[Actor], str] | None:
    """A negated ``suffer`` cue: "X's aggression will not go unpunished / unanswered" says
    X will suffer for it (a threat on X's actor); any other negated clause gives nothing."""
    subj = _subject(x)
    if subj is None or _modal(x) not in FUTURE or _negated(subj) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in x.children):
        return None
    cue = next((c for a in x.children if a.dep_ in ("acomp", "oprd")
                for c in [lex.find("suffer", [_lemma(x), "not", _lemma(a)], _lemmas(x))] if c), None)
    if cue is None or _is_speaker(coder, subj, sources, actors, v, p):
        return None
    targets = _actors_in(coder, _owners(subj), actors, own, v, p)
    return (cue, targets, cue.code) if targets else None


#: the criticism of a subject said not to do enough (see :func:`_not_enough`)
NOT_ENOUGH = Cue("s10_not_enough", "judge", ("do", "not", "enough"), frozenset(), "111",
                 "Jerusalem said Arafat had not done enough to stop the attacks.")


def _not_enough(coder: "Coder", x: Token, v: Token, p: "Pattern", sources: list[Actor], own: set[str | None],
                actors: "DocActors") -> tuple[Cue, list[Actor], str] | None:
    """"X has not done enough (to stop the attacks)", or has not kept its word ("had not fulfilled its
    promise"), said of another actor: a criticism (111) of the subject's actor; not of the speaker itself,
    nor in a question, condition or hypothetical ("would not do enough", "if X does not do enough")."""
    subj = _subject(x)
    if subj is None or not (critic.not_enough(x) or critic.unkept(x)) or _modal(x) in MODALS or _negated(subj) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in x.children) \
            or _is_speaker(coder, subj, sources, actors, v, p):
        return None
    targets = _actors_in(coder, _owners(subj), actors, own, v, p)
    return (NOT_ENOUGH, targets, NOT_ENOUGH.code) if targets else None


#: verbs that, refused or said with "would not"/"could not", decline comment (011)
NO_COMMENT_VERBS = word_list("no_comment_verbs")
#: what one declines to confirm or say: "could not confirm the reports", "would not say more"
UNCONFIRMED = word_list("unconfirmed")
#: the auxiliaries of a refusal or an inability: "would not say", "could not confirm", "cannot confirm"
REFUSING_AUX = frozenset({"would", "could", "can", "ca", "will", "wo"})
#: the words that open an indirect question: "would not say how he died"
WH_WORDS = frozenset({"what", "how", "whether", "who", "whom", "when", "where", "why", "which", "if"})


def no_comment(v: Token, mood: Mood, sources: list[Actor]) -> bool:
    """Whether ``v`` declines comment (011): "would not say what the decision was", "could
    not confirm the reports", "cannot confirm that ...", "declined to elaborate". The verb
    must be refused ("declined to say") or negated with a modal of refusal ("would not",
    "could not"), not merely not done ("did not say whether": the reporter's note), and
    what is declined must be nothing, a report, or an indirect question ("would not say
    that Israel was wrong" refuses a view, not comment). A conditional or question, and
    a company's silence ("would not disclose the price"), give nothing."""
    if mood.status == "asserted" and mood.code == "011":
        return False  # its pattern codes it already ("declined to comment")
    if v.sent.text.rstrip().rstrip('"”\'').endswith("?") or not sources or any(a.sector == "BUS" for a in sources):
        return False
    if _neither_nor(v):
        return True  # "neither confirmed nor denied the report"
    if _lemma(v) not in NO_COMMENT_VERBS or not mood.negated:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children):
        return False
    own_neg = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)
    if own_neg:
        if not any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in v.children):
            return False
    elif not mood.refused:
        return False
    objs = children(v, "dobj")
    clauses = children(v, "ccomp")
    if any(_lemma(o) not in UNCONFIRMED for o in objs):
        return False  # "would not confirm the price": what is withheld is no comment on events
    if _lemma(v) != "say":
        return True
    # "would not say": only an indirect question or nothing; "would not say that X was wrong" is a view
    return all(next(iter(c.subtree)).lower_ in WH_WORDS for c in clauses) and not children(v, "xcomp")


def _neither_nor(v: Token) -> bool:
    """"neither confirmed nor denied": either verb of the pair."""
    head = v.head if v.dep_ == "conj" and _lemma(v) == "deny" else v
    return _lemma(head) == "confirm" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children) \
        and any(c.dep_ == "conj" and _lemma(c) == "deny" for c in head.children)


def calming(p: "Pattern", mood: Mood, sources: list[Actor]) -> bool:
    """Whether an unrealised de-escalation (087) that names no other side is still a state's
    intent to de-escalate (0356, aimed at no one): "Pakistan wants to reduce tension", "will
    never initiate a conflict" (a refused war is a promise of restraint). A people's or a
    group's wish, and a refusal to de-escalate ("would not reduce tension"), are not."""
    return mood.code == "087" and (not mood.negated or "only_negated" in p.flags) and bool(sources) and all(
        _state_side(a) for a in sources)


#: the objects of an investigation a state opens: "launched an inquiry into the shooting"
INQUIRIES = frozenset({"investigation", "probe", "inquiry"})


def unaimed_act(p: "Pattern", obj: Token | None, sources: list[Actor]) -> bool:
    """Whether a state's act that names no other side is still coded, aimed at no one: a
    refusal of talks (125: "India ruled out any talks", the pattern's objects are talks;
    "declined the offer": of what, the article says) or an investigation it opens (09: "the
    police launched an inquiry into the shooting", not "set up a joint commission") or an act it approves (051:
    "Japan welcomed the decision", whose, the article may say) or a waterway it closes to all shipping (191).
    An opposition's or a group's act, and any other rejection ("rejected the proposal": whose, the article
    says), is not."""
    if not sources or not all(_state_side(a) for a in sources):
        return False
    if obj is None:
        return False
    # ... or a waterway it closes, or threatens to, closed to all ("Iran threatened to close the Strait of Hormuz")
    return (p.code == "125" and "talk" in p.objects) or (p.code[:2] == "09" and _lemma(obj) in INQUIRIES) \
        or p.code == "051" or (p.code == "191" and "strait" in p.objects)
