"""The CAMEO coder: dependency patterns over a parsed, actor-annotated Doc.

For every trigger word (a verb or event noun listed in the pattern file) the
coder finds

* the **source** — the grammatical subject, the ``by`` agent of a passive, the
  subject a coordinated / participial / controlled verb shares with its
  governor, the noun a relative clause hangs on, or a pronoun's antecedent;
* the **target** — the slots the pattern names (object, indirect object, a
  PP), or the passive subject;
* the **status** — asserted, negated, or not (yet) a fact: prediction ("will"),
  hypothetical ("would", "if"), opinion ("should"), intent ("plans to"),
  question. Only asserted events count in analyses; others are kept, flagged;
* provenance — sentence, character offsets, the rule id and a confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..actors.resolver import DocActors
from ..models import Actor, Event
from .dates import resolve as resolve_date
from .ontology import cameo_codes
from .patterns import Pattern, PatternSet

SUBJ = ("nsubj", "csubj", "expl")
PRED_AUX = {"will": "prediction", "shall": "prediction", "'ll": "prediction", "wo": "prediction",
            "would": "hypothetical", "could": "hypothetical", "might": "hypothetical", "may": "hypothetical",
            "can": "hypothetical", "ca": "hypothetical", "'d": "hypothetical",
            "should": "opinion", "must": "opinion", "ought": "opinion"}
#: governors whose infinitive complement is not (yet) an event: "plans to visit"
INTENT_GOVERNORS = frozenset({
    "try", "plan", "want", "hope", "seek", "intend", "expect", "aim", "prepare", "agree", "decide", "promise",
    "pledge", "vow", "offer", "threaten", "propose", "wish", "attempt", "consider", "mull", "push", "urge",
    "ask", "call", "need", "have", "be", "like", "love", "prefer", "demand", "order", "tell", "invite",
    "encourage", "allow", "expect", "schedule", "set", "due", "likely", "ready", "willing", "able",
    "reluctant", "eager", "poise", "scramble", "struggle",
})
#: governors that negate their complement: "refused to meet", "failed to agree"
NEGATING_GOVERNORS = frozenset({"refuse", "fail", "decline", "reject", "avoid", "stop", "cease", "deny"})
#: governors that entail their complement happened: "managed to", "began to", "seemed to"
IMPLICATIVE_GOVERNORS = frozenset({"manage", "begin", "start", "continue", "proceed", "resume", "seem", "appear",
                                   "go", "keep", "dare", "get"})
HEDGES = frozenset({"seem", "appear"})
#: verbs of belief/forecast whose clausal complement is not a reported fact
COGNITION = {"expect": "prediction", "predict": "prediction", "forecast": "prediction", "anticipate": "prediction",
             "believe": "opinion", "think": "opinion", "suspect": "opinion", "fear": "opinion", "hope": "intent",
             "doubt": "opinion", "wonder": "question", "speculate": "opinion", "assume": "opinion",
             "imagine": "hypothetical", "suppose": "hypothetical", "question": "question"}
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
NOMINAL_MODIFIERS = {"planned": "intent", "proposed": "intent", "possible": "hypothetical", "potential":
                     "hypothetical", "expected": "prediction", "upcoming": "prediction", "future": "prediction",
                     "likely": "prediction", "anticipated": "prediction", "would-be": "hypothetical"}
#: participles that undo an event noun: "the visit, canceled last week"
CALLED_OFF = frozenset({"cancel", "canceled", "cancelled", "postpone", "postponed", "scrap", "scrapped", "delay",
                        "delayed", "suspend", "suspended", "abandon", "abandoned", "shelve", "shelved"})
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_YEARS_AGO = re.compile(r"\b(\d+)\s+years?\s+ago\b", re.I)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


#: (pattern, source, target, status, code, confidence) before it becomes an Event
Coded = tuple[Pattern, Actor, "Actor | None", str, str, float]


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


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _conjuncts(t: Token) -> list[Token]:
    """``t`` and the tokens coordinated with it ("Seoul and Tokyo")."""
    out = [t]
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


class Coder:
    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self._day: date | None = None
        self.codes = cameo_codes()

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
        for si, sent in enumerate(doc.sents):
            consumed: set[int] = set()  # object nouns already used by a verb pattern
            coded: list[tuple[Token, Coded]] = []
            for tok in sent:
                if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.patterns.verb_lemmas:
                    found = self._code_verb(tok, sent, si, actors, consumed, unresolved, article_id)
                elif (tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed
                      and tok.lemma_.lower() in self.patterns.noun_lemmas):
                    found = self._code_noun(tok, sent, si, actors, unresolved, article_id)
                else:
                    continue
                coded += [(tok, ev) for ev in found]
            for tok, ev in coded:
                key = (ev[0].id, ev[1].code, ev[2].code if ev[2] else None, tok.i)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(article_id, record_id, day, si, sent, tok, text, *ev))
        return events, unresolved

    # ------------------------------------------------------------------ verbs
    def _match_verb(self, v: Token) -> list[tuple[Pattern, Token | None]]:
        """Patterns whose trigger, particle and object match ``v``, most specific first."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        out = []
        for p in self.patterns.candidates("V", v.lemma_.lower()):
            # spaCy tags some particles as adverbs or prepositions ("pushed back at", "left X off")
            if p.particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == p.particle
                                      for c in v.children):
                continue
            obj = None
            if p.objects:
                deps = ("dobj", "nsubjpass", "attr", "oprd") if passive else ("dobj", "attr", "oprd")
                obj = next((c for c in v.children if c.dep_ in deps and c.lemma_.lower() in p.objects), None)
                if obj is None:
                    continue
            out.append((p, obj))
        return out

    def _code_verb(self, v: Token, sent: Span, si: int, actors: DocActors, consumed: set[int],
                   unresolved: list[Unresolved], article_id: str) -> list[Coded]:
        matches = self._match_verb(v)
        if not matches:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        conf = 0.9
        # source
        src_heads = [a for agent in _children(v, "agent") for a in _children(agent, "pobj")] if passive \
            else _children(v, *SUBJ)
        if v.dep_ == "relcl" and any(h.lower_ in RELATIVE_PRONOUNS for h in src_heads):
            src_heads = [v.head]  # "India, which criticized China": the subject is India
        if not src_heads and (passive or (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"))):
            return []  # "its security was threatened", "Asked about X, Wang said": no agent
        if not src_heads:
            src_heads, inherited = self._inherited_subject(v)
            if src_heads:
                conf -= 0.05 * inherited
        p, obj = matches[0]
        sources = self._resolve(src_heads, actors, unresolved, "source", si, sent, p, article_id)
        if not sources:
            return []
        if any(h.lower_ in actors_pronouns for h in src_heads):
            conf -= 0.15
        # target: the first (most specific) pattern whose slots yield an actor; when none
        # does, the most specific pattern codes a target-less event
        targets: list[Actor] = []
        top = matches[0][0].specificity
        for cand, cobj in matches:
            if cand.specificity < top and targets:
                break
            for slot in cand.target:
                heads = self._slot_heads(v, cobj, slot, passive)
                targets = self._resolve(heads, actors, None, "target", si, sent, cand, article_id)
                if targets:
                    p, obj = cand, cobj
                    break
            if targets:
                break
        if not targets:
            # "agreed to provide aid for Romania", "vowed to retaliate against Japan": the
            # target of an intent or promise is the one of the complement it governs
            targets = self._complement_target(v, sources, actors, p)
        if not targets:  # record what stood in the target slots but could not be resolved
            for slot in p.target:
                self._resolve(self._slot_heads(v, obj, slot, passive), actors, unresolved, "target", si, sent, p,
                              article_id)
        if obj is not None:
            consumed.add(obj.i)
        status, code = self._status(v, p)
        if code != p.code:
            conf -= 0.1
        if any(c.lemma_.lower() in HEDGES for c in [v.head] if v.dep_ == "xcomp"):
            conf -= 0.1
        return self._pairs(p, sources, targets, status, code, conf)

    def _complement_target(self, v: Token, sources: list[Actor], actors: DocActors, p: Pattern) -> list[Actor]:
        own = {a.country for a in sources}
        if "speech" in p.flags:
            # "Japan said an embargo against Iran would fail": a statement is about the first
            # other actor its complement names
            for x in v.children:
                if x.dep_ == "ccomp":
                    for t in x.subtree:
                        if t.pos_ in ("PROPN", "NOUN") and (t.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                                t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "with", "to", "toward"))):
                            found = [a for a in actors.actors_of(t) if a.country not in own]
                            if found:
                                return found[:1]
            return []
        if "speech" not in p.flags and p.target:
            # "China demanded that Japan withdraw", "warned that Seoul would pay": the
            # subject of the clausal complement is who the demand or warning is aimed at
            for x in v.children:
                if x.dep_ == "ccomp":
                    for subj in _children(x, "nsubj", "nsubjpass"):
                        found = [a for a in actors.actors_of(subj) if a.country not in own]
                        if found:
                            return found
        for x in v.children:
            if x.dep_ != "xcomp":
                continue
            for t in x.subtree:
                if t.dep_ in ("dobj", "pobj", "dative") and t.pos_ in ("PROPN", "NOUN"):
                    found = [a for a in actors.actors_of(t) if a.country not in own]
                    if found:
                        return found
        return []

    def _inherited_subject(self, v: Token) -> tuple[list[Token], int]:
        """Subject shared with a governing verb: "Kim visited X and paid tribute to Y",
        "targeting the U.S., Xi said", "urged Japan to lift" (object control),
        "countries that stand against" (relative clause)."""
        t, hops = v, 0
        while hops < 4:
            hops += 1
            dep, head = t.dep_, t.head
            if head.i == t.i:
                return [], hops
            if dep == "relcl":
                subj = _children(t, "nsubj", "nsubjpass")
                if not subj or subj[0].lower_ in RELATIVE_PRONOUNS:
                    return [head], hops
                return [], hops
            if dep == "xcomp":
                objs = _children(head, "dobj")
                if objs:
                    return objs, hops
            if dep in ("acomp", "attr") and head.pos_ == "AUX":
                # "Chile is about to restore ties", "Norway is willing to send": the copula's subject
                subj = _children(head, *SUBJ)
                if subj:
                    return subj, hops
            if dep in ("conj", "xcomp", "advcl", "acl", "pcomp"):
                passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
                subj = ([a for ag in _children(head, "agent") for a in _children(ag, "pobj")] if passive
                        else _children(head, *SUBJ))
                if subj:
                    return subj, hops
                t = head
                continue
            return [], hops
        return [], hops

    def _slot_heads(self, v: Token, obj: Token | None, slot: str, passive: bool) -> list[Token]:
        if slot == "dobj":
            if obj is not None:
                return [obj]  # "expelled two Russian diplomats": the object is the target
            return _children(v, "nsubjpass") if passive else _children(v, "dobj")
        if slot == "dative":
            return [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        word = slot[5:]
        heads: list[Token] = []
        # the PP may hang on the verb or on its object: "demanded an explanation from Japan"
        hosts = [v, obj] if obj is not None else [v, *_children(v, "nsubjpass" if passive else "dobj")]
        for host in hosts:
            for c in host.children:
                if c.dep_ in ("prep", "dative", "agent") and c.lower_ == word:
                    heads.extend(_children(c, "pobj"))
        return heads

    # ------------------------------------------------------------------ nouns
    def _code_noun(self, n: Token, sent: Span, si: int, actors: DocActors, unresolved: list[Unresolved],
                   article_id: str) -> list[Coded]:
        plist = self.patterns.candidates("N", n.lemma_.lower())
        if not plist:
            return []
        p = plist[0]
        conf = 0.8
        src_heads = _children(n, "poss")
        src_heads += [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                      and actors.at.get(c.i) is not None]
        for c in n.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                src_heads += _children(c, "pobj")
        if not src_heads and n.dep_ in ("dobj", "attr") and n.head.pos_ in ("VERB", "AUX"):
            src_heads = _children(n.head, *SUBJ) or self._inherited_subject(n.head)[0]
            conf -= 0.05
        sources = self._resolve(src_heads, actors, unresolved, "source", si, sent, p, article_id)
        targets: list[Actor] = []
        between: list[Actor] = []
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for h in _children(c, "pobj"):
                    between += self._resolve(_conjuncts(h), actors, unresolved, "source", si, sent, p, article_id)
        for slot in p.target:
            if slot.startswith("prep:"):
                heads = [h for c in n.children if c.dep_ == "prep" and c.lower_ == slot[5:]
                         for h in _children(c, "pobj")]
                targets = self._resolve(heads, actors, unresolved, "target", si, sent, p, article_id)
                if targets:
                    break
        # status of the clause the noun sits in, plus "planned visit", "no talks"
        gov = n.head if n.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else n
        while gov.dep_ == "pobj" or gov.dep_ == "prep":
            gov = gov.head
        status, code = self._status(gov, p) if gov.i != n.i and gov.pos_ in ("VERB", "AUX") else ("asserted", p.code)
        if n.dep_ in ("nsubj", "nsubjpass", "dobj") and n.head.lemma_.lower() in CALLED_OFF:
            status = "negated"  # "the visit was canceled", "Pompeo's visit to Seoul, canceled ..."
        for c in n.children:
            if c.dep_ in ("amod", "compound") and c.lower_ in NOMINAL_MODIFIERS and status == "asserted":
                status = NOMINAL_MODIFIERS[c.lower_]
            if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in CALLED_OFF and status == "asserted":
                status = "negated"  # "Pompeo's visit to Seoul, canceled earlier this month"
            if c.dep_ == "det" and c.lower_ == "no" and status == "asserted":
                status, code = ("asserted", p.negated) if p.negated else ("negated", p.code)
        if not targets and len(between) < 2:
            return []  # a nominal with no target ("China's support") is too weak to code
        if len(between) >= 2 and not sources:
            out = []
            for a in between:
                for b in between:
                    if a is not b and a.code != b.code:
                        out.append((p, a, b, status, code, conf))
            return self._finalize(out)
        return self._pairs(p, sources, targets, status, code, conf)

    # ------------------------------------------------------------------ shared
    def _resolve(self, heads: list[Token], actors: DocActors, unresolved: list[Unresolved] | None, role: str, si: int,
                 sent: Span, p: Pattern, article_id: str) -> list[Actor]:
        out: list[Actor] = []
        for h0 in heads:
            for h in _conjuncts(h0):
                group = actors.group_antecedents(h)
                if group:
                    out.extend(group)
                    continue
                if h.pos_ == "PRON" or h.lower_ in actors_pronouns:
                    found = [a for a in [actors.pronoun_antecedent(h, before=h.i)] if a is not None]
                else:
                    found = actors.actors_of(h) or [a for a in [actors.sector_only(h)] if a is not None]
                if found:
                    out.extend(found)
                elif h.pos_ == "PROPN" and unresolved is not None:
                    m = actors.at.get(h.i)
                    name = (actors.doc[m.start:m.end].text if m is not None
                            else " ".join(t.text for t in h.subtree if t.pos_ == "PROPN" and t.i <= h.i))
                    unresolved.append(Unresolved(article_id, name, role, si, sent.text.strip(), p.id, h.idx))
        return out

    def _status(self, v: Token, p: Pattern) -> tuple[str, str]:
        """(status, code): whether the event at ``v`` happened, and its code
        (the pattern's negated code when negation is itself the event)."""
        negated = False
        t = v
        status = "asserted"
        for _ in range(6):
            for c in t.children:
                if t.i == v.i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")):
                    negated = True
                if c.dep_ in ("aux", "auxpass") and c.lower_ in PRED_AUX and status == "asserted":
                    status = PRED_AUX[c.lower_]
                if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS and status == "asserted":
                    prev = c.doc[c.i - 1] if c.i > 0 else None
                    if not (prev is not None and prev.lower_ in ("as", "even") and c.lower_ == "if"):
                        status = "hypothetical"
            if t.i == v.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and t.dep_ in ("advcl", "acl") and status == "asserted":
                status = "intent"  # purpose clause: "gave a speech to encourage ..."
            if status != "asserted":
                break
            dep, head = t.dep_, t.head
            if head.i == t.i:
                break
            if dep == "xcomp":
                lem = head.lemma_.lower()
                if lem in NEGATING_GOVERNORS:
                    negated = not negated
                elif lem in IMPLICATIVE_GOVERNORS:
                    pass
                elif lem in INTENT_GOVERNORS:
                    status = "intent"
                    break
                t = head
                continue
            if dep == "ccomp" and head.lemma_.lower() in COGNITION:
                status = COGNITION[head.lemma_.lower()]
                break
            if dep in ("conj", "advcl"):
                # a clause with its own subject keeps its own tense and mood ("Xi said ...,
                # it will ..."); a participle or bare conjunct shares its governor's
                if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
                    break
                t = head
                continue
            break
        if status == "asserted" and v.sent.text.rstrip().endswith("?") and self._in_main_clause(v):
            status = "question"
        if status == "asserted" and self._historical(v):
            status = "historical"
        if negated:
            if p.negated and status == "asserted":
                return "asserted", p.negated
            return ("negated" if status == "asserted" else status), p.code
        return status, p.code

    def _historical(self, v: Token) -> bool:
        """History recalled in passing: the trigger's clause carries a date at least two
        years before the article ("in 1950", "in 2015", "70 years ago"), not "since 2019"."""
        day = self._day
        if day is None:
            return False
        for ent in v.sent.ents:
            if ent.label_ != "DATE":
                continue
            years = [int(y) for y in _YEAR.findall(ent.text)]
            # "since 2019, when Japan tightened controls": the clause hangs on the date
            if v.dep_ in ("relcl", "acl") and v.head.i in range(ent.start, ent.end) and years \
                    and max(years) < day.year:
                return True
            if not (ent.root == v or v in ent.root.ancestors):
                continue
            # the date must hang on this clause, not on a deeper one
            head = ent.root.head
            while head.dep_ in ("prep", "pobj", "npadvmod", "advmod", "amod", "nummod") and head != v:
                head = head.head
            if head != v:
                continue
            prev = v.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in ("since", "until", "till", "by", "before", "for", "through", "to"):
                continue  # "since 2019", "a protocol for 1990": not the event's date
            m = _YEARS_AGO.search(ent.text)
            if m and int(m.group(1)) >= 2:
                return True
            if years and max(years) < day.year:
                return True
        return False

    @staticmethod
    def _in_main_clause(v: Token) -> bool:
        t = v
        while t.dep_ in ("conj", "xcomp", "aux") and t.head.i != t.i:
            t = t.head
        return t.dep_ == "ROOT"

    def _pairs(self, p: Pattern, sources: list[Actor], targets: list[Actor], status: str, code: str,
               conf: float) -> list[Coded]:
        out = []
        # a target sector with no country ("Egyptian police arrested demonstrators") belongs to
        # the source's country: a domestic event. A source needs a country of its own.
        src_c = next((a.country for a in sources if a.country), None)
        if any(a.country is None and a.kind == "sector" for a in targets):
            conf -= 0.15
        targets = [_place(a, src_c) for a in targets]
        sources = [a for a in sources if not (a.kind == "sector" and a.country is None)]
        targets = [a for a in targets if not (a.kind == "sector" and a.country is None)]
        if not sources:
            return []
        if not targets and "sym" in p.flags and len(sources) >= 2:
            for a in sources:
                for b in sources:
                    if a is not b:
                        out.append((p, a, b, status, code, conf))
            return self._finalize(out)
        if "sym" not in p.flags and len(sources) > 1:
            # "Rohan, Arnor and Bree welcomed their resumption of ties with X": a target that
            # is one of the subjects is a reflexive reading, not a second event
            own = {s.code for s in sources}
            targets = [t for t in targets if t.code not in own]
        if not targets:
            return self._finalize([(p, s, None, status, code, conf - 0.2) for s in sources])
        for s in sources:
            for t in targets:
                if "inverse" in p.flags:
                    s, t = t, s
                out.append((p, s, t, status, code, conf))
        return self._finalize(out)

    @staticmethod
    def _finalize(rows: list[Coded]) -> list[Coded]:
        # drop self-directed events (same actor code on both sides)
        # drop events of an actor on itself, and on its own side of a group reference
        # ("Biegun praised the two allies" is not USA→USA); USAGOV→USACVL stays
        return [(p, s, t, status, code, round(max(0.05, min(conf, 1.0)), 2))
                for p, s, t, status, code, conf in rows
                if t is None or not (s.code == t.code or (t.kind == "group" and s.country == t.country))]

    def _event(self, article_id: str, record_id: str | None, day: date | None, si: int, sent: Span, trig: Token,
               text: str, p: Pattern, src: Actor, tgt: Actor | None, status: str, code: str, conf: float) -> Event:
        info = self.codes[code]
        event_day, precision = self._date_of(trig, day)
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

    @staticmethod
    def _date_of(trig: Token, day: date | None) -> tuple[date | None, str]:
        """The event's date: a date expression on the trigger's own clause ("on Friday",
        "last month", "Oct. 14"), resolved against the publication date; else that date."""
        if day is None:
            return None, "day"
        anchor = trig
        if trig.pos_ not in ("VERB", "AUX"):
            while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
                anchor = anchor.head
        for ent in trig.sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            gov = ent.root
            while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.i not in (trig.i, anchor.i):
                gov = gov.head
            if gov.i not in (trig.i, anchor.i):
                continue
            prev = trig.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in ("since", "until", "till", "by", "for", "through"):
                continue
            resolved = resolve_date(ent.text, day)
            if resolved is not None:
                return resolved
        return day, "day"


def _place(a: Actor, country: str | None) -> Actor:
    if a.kind != "sector" or a.country is not None or country is None:
        return a
    return Actor(country + (a.sector or ""), country, a.sector, a.name, "sector", a.start, a.end)


actors_pronouns = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
