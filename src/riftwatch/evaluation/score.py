"""Scoring riftwatch against a gold set: precision, recall and F1 per level, a
per-class table, a confusion matrix, and the first errors with their causes.

What is compared
    Each record's text is coded with ``engine.code_many`` (batched; the record's
    date, or 2000-01-01). Only *asserted* events count as riftwatch's answer;
    negated, predicted, hypothetical... events are kept aside to explain misses.
    For the PLOVER-derived gold sets only riftwatch events whose CAMEO code has a
    PLOVER type count (PLOVER drops CAMEO 01 statements and 02 appeals, and the
    gold never labels them).

Levels (a record is scored at a level only if its file labels every field)
    ``dyad``          (source country, target country)
    ``root``          (source country, target country, CAMEO root)
    ``code``          (source country, target country, full CAMEO code)
    ``actor``         (source actor code, target actor code, full CAMEO code)
    ``plover``        (source country, target country, PLOVER type)
    ``plover_actor``  (source actor code, target actor code, PLOVER type)
    ``root_only``     (CAMEO root) — no actors

Matching is one-to-one within a record: a gold event and a coded event match
when their keys at that level are equal, each used at most once (with exact
keys, pairing equal keys greedily is a maximum matching). Unmatched coded
events are false alarms, unmatched gold events misses; in a "no event" record
every coded event is a false alarm.

"Country" of a coded actor: its country; for an organisation without one, the
country the text placed it in for this event ("Islamic State militants in Somalia"), else its
CAMEO type (IGO, NGO, ...). "Actor code": the code riftwatch gives; for the
PLOVER sets, whose gold names organisations only by type, an organisation is
compared as country+type (PSEREB) or its type alone (IGO). Root-level codes
("05") are compared as their "other" code ("050"), as PETRARCH writes them.

Causes of errors (at the set's headline level, every error classified, first
rule that applies wins) — see :func:`_miss_cause` and :func:`_false_alarm_cause`.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Event
from .gold import GoldEvent, GoldRecord, GoldSet

DEFAULT_DAY = date(2000, 1, 1)


@dataclass(frozen=True)
class Level:
    name: str
    fields: tuple[str, ...]  # GoldEvent / _Coded attributes that make the key
    help: str

    @property
    def needs(self) -> frozenset[str]:
        return frozenset(self.fields)


LEVELS: dict[str, Level] = {lv.name: lv for lv in (
    Level("dyad", ("source_country", "target_country"), "(source country, target country)"),
    Level("root", ("source_country", "target_country", "root"), "(source country, target country, CAMEO root)"),
    Level("code", ("source_country", "target_country", "code"), "(source country, target country, CAMEO code)"),
    Level("actor", ("source_actor", "target_actor", "code"), "(source actor, target actor, CAMEO code)"),
    Level("plover", ("source_country", "target_country", "plover"), "(source country, target country, PLOVER type)"),
    Level("plover_actor", ("source_actor", "target_actor", "plover"), "(source actor, target actor, PLOVER type)"),
    Level("root_only", ("root",), "CAMEO root somewhere in the text (no actors)"),
)}
#: the class a level's per-class table and confusion matrix are about
CLASS_FIELD = {"root": "root", "code": "root", "actor": "root", "root_only": "root", "plover": "plover",
               "plover_actor": "plover", "dyad": "root"}

_NEGATION = re.compile(r"\b(not|never|no|neither|nor|without)\b|n't\b", re.I)
_IRREALIS = re.compile(r"\b(would|will|could|may|might|should|must|can|shall|if|unless|plans?|planned|planning|"
                       r"intends?|intended|expects?|expected|hopes?|hoped|wants?|seeks?|likely|about to|"
                       r"believes?|thinks?|fears?|ready to|willing to|prepared to)\b", re.I)
_SENT_BREAK = re.compile(r"[.!?][\"')\]]?\s+[\"'(]?[A-Z]")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    records: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "records": self.records,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class _Coded:
    """A coded event, normalised to the gold's terms."""

    source_country: str | None
    target_country: str | None
    source_actor: str | None
    target_actor: str | None
    code: str
    root: str
    plover: str | None
    event: Event

    def describe(self) -> str:
        e = self.event
        flag = "" if e.asserted else f" [{e.status}]"
        return f"{e.source}→{e.target or '-'} {e.code}{flag} ({e.rule})"


@dataclass
class ErrorCase:
    kind: str  # miss | false_alarm
    record_id: str
    sentence: str
    expected: list[str]
    coded: list[str]
    rule: str | None
    cause: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "record_id": self.record_id, "sentence": self.sentence,
                "expected": self.expected, "coded": self.coded, "rule": self.rule, "cause": self.cause}


@dataclass
class EvalReport:
    name: str
    kind: str
    headline: str
    levels: dict[str, Score]
    per_class: dict[str, Score]
    confusion: dict[str, dict[str, int]]  # gold class -> coded class -> n (dyad-matched pairs that differ)
    causes: dict[str, dict[str, int]]  # misses / false_alarms -> cause -> n
    misses: list[ErrorCase]
    false_alarms: list[ErrorCase]
    records: int = 0
    gold_events: int = 0
    coded_events: int = 0  # asserted events that count
    excluded_events: int = 0  # asserted events outside what the gold labels (PLOVER: CAMEO 01/02)
    flagged_events: int = 0  # negated / predicted / hypothetical ... (not counted)
    failures: list[str] = field(default_factory=list)  # record ids whose coding raised
    skipped: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    fingerprint: str | None = None
    engine: str = ""
    seconds: float = 0.0
    context: bool = False  # records were coded after the article text that precedes them

    def metric(self, key: str) -> float:
        """``"root.f1"`` → the F1 at level root (also precision / recall / tp / fp / fn)."""
        level, _, what = key.partition(".")
        return float(getattr(self.levels[level], what or "f1"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "headline": self.headline, "engine": self.engine,
            "records": self.records, "gold_events": self.gold_events, "coded_events": self.coded_events,
            "excluded_events": self.excluded_events, "flagged_events": self.flagged_events,
            "failures": self.failures, "skipped": self.skipped, "files": self.files,
            "fingerprint": self.fingerprint, "seconds": round(self.seconds, 2), "context": self.context,
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "level_help": {k: LEVELS[k].help for k in self.levels},
            "per_class": {k: v.to_dict() for k, v in sorted(self.per_class.items())},
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())},
            "causes": {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in self.causes.items()},
            "misses": [m.to_dict() for m in self.misses],
            "false_alarms": [m.to_dict() for m in self.false_alarms],
        }


# ---------------------------------------------------------------------------- normalising coded events
class _Normaliser:
    def __init__(self, kb: Any, generic_orgs: bool) -> None:
        self.kb = kb
        self.generic = generic_orgs
        from ..coding.ontology import cameo_codes

        self.codes = cameo_codes()

    def actor(self, code: str | None, country: str | None) -> tuple[str | None, str | None]:
        """(country-level code, actor-level code) of a coded actor."""
        if not code:
            return None, None
        org = self.kb.orgs.get(code) if self.kb is not None else None
        if org is not None and code != country:
            cl = org.country or country or org.type or code[:3]  # (a group of many states placed by the text)
            if not self.generic:
                return cl, code
            return cl, (org.country + org.type) if org.country and org.type else cl
        return country or code[:3], code

    def plover(self, code: str) -> str | None:
        for c in (code, code[:3], code[:2] + "0"):
            cc = self.codes.get(c)
            if cc is not None and cc.plover_type:
                return None if cc.plover_type == "dropped" else cc.plover_type
        return None

    def __call__(self, e: Event) -> _Coded:
        sc, sa = self.actor(e.source, e.source_country)
        tc, ta = self.actor(e.target, e.target_country)
        code = e.code + "0" if len(e.code) == 2 else e.code
        return _Coded(sc, tc, sa, ta, code, e.root, self.plover(e.code), e)


class _Mentions:
    """Country-level codes of every knowledge-base name in a text (tokenizer only, no parse),
    family names standing alone included: the evidence for 'actor not found'."""

    def __init__(self, engine: Any, norm: _Normaliser) -> None:
        from spacy.matcher import PhraseMatcher

        self.nlp = engine.nlp
        self.kb = engine.kb
        self.norm = norm
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        by_label: dict[str, list[str]] = defaultdict(list)
        for surface, kind, key in self.kb.surface_forms():
            s = surface[4:] if surface.lower().startswith("the ") else surface
            for v in ({s, s.upper()} if len(s) > 3 else {s}):
                by_label[f"{kind}\x1f{key}"].append(v)
        for label, variants in by_label.items():
            self.matcher.add(label, list(self.nlp.tokenizer.pipe(sorted(set(variants)))))
            self.labels[self.nlp.vocab.strings[label]] = tuple(label.split("\x1f", 1))  # type: ignore[assignment]

    def countries(self, text: str, day: date) -> set[str]:
        from ..pipeline import _SAME_LENGTH_NORMALISATION

        doc = self.nlp.make_doc(text.translate(_SAME_LENGTH_NORMALISATION))
        out: set[str] = set()
        for mid, _, _ in self.matcher(doc):
            kind, key = self.labels[mid]
            if kind in ("country", "demonym", "capital"):
                out.add(key)
            elif kind == "org":
                cl, _ = self.norm.actor(key, None)
                if cl:
                    out.add(cl)
            elif kind == "person":
                role = self.kb.person_on(key, day)
                if role is not None:
                    out.add(role.country)
        # a family name standing alone ("Thatcher left Bonn"), read as the resolver reads it:
        # the one holder in office that day, or the known bearers' one country
        family = self.kb.family_names()
        for tok in doc:
            if tok.text in family and (name := self.kb.office_surname(tok.text, day, out)) is not None:
                role = self.kb.person_on(name, day)
                if role is not None:
                    out.add(role.country)
                else:
                    out.update(t.country for t in self.kb.terms.get(name, ())[-1:])
        return out


# ---------------------------------------------------------------------------- matching
def _key(ev: GoldEvent | _Coded, level: Level) -> tuple:
    return tuple(getattr(ev, f) for f in level.fields)


def _match(gold: list[GoldEvent], coded: list[_Coded], level: Level) -> tuple[list[tuple[int, int]], list[int],
                                                                             list[int]]:
    """One-to-one pairs (gold index, coded index) with equal keys; unmatched gold; unmatched coded."""
    free: dict[tuple, list[int]] = defaultdict(list)
    for j, c in enumerate(coded):
        free[_key(c, level)].append(j)
    pairs, missed = [], []
    for i, g in enumerate(gold):
        slot = free.get(_key(g, level))
        if slot:
            pairs.append((i, slot.pop(0)))
        else:
            missed.append(i)
    used = {j for _, j in pairs}
    return pairs, missed, [j for j in range(len(coded)) if j not in used]


def _cls(ev: GoldEvent | _Coded, level: Level) -> str:
    return getattr(ev, CLASS_FIELD[level.name]) or "-"


def _dyad(ev: GoldEvent | _Coded) -> tuple:
    return ev.source_country, ev.target_country


def _one_sentence(text: str) -> bool:
    return not _SENT_BREAK.search(text.strip())


def _window(e: Event, chars: int = 60) -> str:
    """Up to ``chars`` characters of the sentence before the trigger, and the trigger."""
    at = max(0, e.trigger_start - e.start)
    return e.sentence[max(0, at - chars):at + len(e.trigger)]


# ---------------------------------------------------------------------------- causes
def _miss_cause(g: GoldEvent, rec: GoldRecord, level: Level, flagged: list[_Coded], coded: list[_Coded],
                unresolved: list[Any], mentioned: set[str] | None, failed: bool) -> str:
    """Why a gold event was missed. In order: coding error; an expected actor's country has no
    knowledge-base name in the text (*actor not found*); an event with the right key was coded
    but flagged (negated, prediction, ...); an event with source and target swapped
    (*wrong role*); the right dyad with another class (*wrong code*); the right class with
    another dyad (*target missing* / *wrong actor*); the right source with another class and
    target (*wrong code and target*); a one-sentence record that spaCy split (*sentence
    split*); nothing coded but a name in an actor slot unresolved (*unresolved actor name*);
    nothing coded at all (*no pattern fired*); only flagged events with other keys
    (*flagged event with another key*); otherwise *unrelated events coded*."""
    if failed:
        return "coding error"
    if mentioned is not None:
        for role, c in (("source", g.source_country), ("target", g.target_country)):
            if c and c not in mentioned:
                return f"actor not found ({role})"
    k = _key(g, level)
    for c in flagged:
        if _key(c, level) == k:
            return f"flagged as {c.event.status}"
    has_dyad = "source_country" in level.fields or "source_actor" in level.fields
    gc = _cls(g, level)
    if has_dyad:
        for c in coded:
            if _dyad(c) == (g.target_country, g.source_country) and g.target_country and _cls(c, level) == gc:
                return "wrong role (source/target swapped)"
        for c in coded:
            if _dyad(c) == _dyad(g):
                return "wrong code" if _cls(c, level) != gc else "wrong actor code (sector)"
        for c in coded:
            if _cls(c, level) == gc:
                if c.source_country == g.source_country and g.target_country and c.target_country is None:
                    return "target missing"
                return "wrong actor"
        for c in coded:
            if c.source_country == g.source_country:
                return "wrong code and target"
    elif coded:
        return "wrong code"
    if _one_sentence(rec.text) and any(c.event.sentence_index > 0 for c in coded + flagged):
        return "sentence split"
    if not coded and not flagged:
        return "unresolved actor name" if unresolved else "no pattern fired"
    if not coded:
        return "flagged event with another key"
    return "unrelated events coded"


def _false_alarm_cause(c: _Coded, rec: GoldRecord, level: Level, missed: list[GoldEvent]) -> str:
    """Why a coded event had no gold partner. In a *no event* record: a negation cue before the
    trigger (*missed negation*), an irrealis cue — modal, if, plan, expect, believe... —
    (*opinion/prediction coded as fact*), else *event in a no-event sentence*. Otherwise:
    source/target of a missed gold event swapped (*wrong role*), a missed gold event's dyad
    with another class (*wrong code*), its class and source but no target (*target missing*),
    its class with another dyad (*wrong actor*), the same
    cues as above, a one-sentence record that spaCy split (*sentence split*), else
    *unlabelled or spurious event*."""
    window = _window(c.event)
    if rec.no_event:
        if _NEGATION.search(window):
            return "missed negation"
        if _IRREALIS.search(window):
            return "opinion/prediction coded as fact"
        return "event in a no-event sentence"
    has_dyad = "source_country" in level.fields or "source_actor" in level.fields
    cc = _cls(c, level)
    if has_dyad:
        for g in missed:
            if g.target_country and _dyad(c) == (g.target_country, g.source_country) and _cls(g, level) == cc:
                return "wrong role (source/target swapped)"
        for g in missed:
            if _dyad(c) == _dyad(g):
                return "wrong code" if _cls(g, level) != cc else "wrong actor code (sector)"
        for g in missed:
            if _cls(g, level) == cc:
                if c.source_country == g.source_country and g.target_country and c.target_country is None:
                    return "target missing"
                return "wrong actor"
    elif missed:
        return "wrong code"
    if _NEGATION.search(window):
        return "missed negation"
    if _IRREALIS.search(window):
        return "opinion/prediction coded as fact"
    if _one_sentence(rec.text) and c.event.sentence_index > 0:
        return "sentence split"
    return "unlabelled or spurious event"


# ---------------------------------------------------------------------------- evaluate
def evaluate(records: GoldSet | Iterable[GoldRecord], engine: Any, errors: int = 10,
             levels: Iterable[str] | None = None, name: str | None = None,
             diagnose: bool = True, context: bool = False) -> EvalReport:
    """Code every record with ``engine`` and score it (see the module docstring).

    ``records`` is a :class:`GoldSet` (its levels, headline and comparison rules are
    used) or plain records (levels: every level their labels support, ``root_only``
    only when they label no actors; headline: root, plover or root_only if scored, else
    the first). ``errors`` is how many misses and false alarms to keep in full.
    ``diagnose=False`` skips the knowledge-base scan behind *actor not found*.
    ``context=True`` codes each record of a set cut from whole stories (Reuters, Lee) after
    the story text that precedes it, as riftwatch codes an article, and scores only the events
    whose trigger lies in the record's own text: names and pronouns then resolve from earlier
    sentences ("Howard said ..." after "British minister Michael Howard"). Records without
    that text are coded alone.
    """
    t0 = time.perf_counter()
    if isinstance(records, GoldSet):
        gs = records
        recs = gs.records
        lvl_names = list(levels or gs.levels)
        headline = gs.headline if gs.headline in lvl_names else lvl_names[0]
        generic, plover_only = gs.generic_orgs, gs.plover_only
        meta = dict(name=name or gs.name, kind=gs.kind, skipped=dict(gs.skipped), files=dict(gs.files),
                    fingerprint=gs.fingerprint)
    else:
        recs = list(records)
        labels = frozenset().union(*(r.labels for r in recs)) if recs else frozenset()
        lvl_names = list(levels or [n for n, lv in LEVELS.items() if lv.needs <= labels
                                    and not (n == "root_only" and "source_country" in labels)])
        if not lvl_names:
            raise ValueError("the records label nothing any level can score")
        headline = next((n for n in ("root", "plover", "root_only") if n in lvl_names), lvl_names[0])
        generic, plover_only = False, any("plover" in r.labels for r in recs)
        meta = dict(name=name or "records", kind="records", skipped={}, files={}, fingerprint=None)
    unknown = [n for n in lvl_names if n not in LEVELS]
    if unknown:
        raise ValueError(f"unknown level(s) {unknown}; known: {list(LEVELS)}")
    lvls = [LEVELS[n] for n in lvl_names]
    hl = LEVELS[headline]
    norm = _Normaliser(getattr(engine, "kb", None), generic)
    mentions = _Mentions(engine, norm) if diagnose and hasattr(engine, "nlp") and hasattr(engine, "kb") else None

    scores = {lv.name: Score() for lv in lvls}
    per_class: dict[str, Score] = defaultdict(Score)
    confusion: dict[str, Counter] = defaultdict(Counter)
    causes: dict[str, Counter] = {"misses": Counter(), "false_alarms": Counter()}
    misses: list[ErrorCase] = []
    alarms: list[ErrorCase] = []
    rep = EvalReport(headline=headline, levels=scores, per_class={}, confusion={}, causes={}, misses=misses,
                     false_alarms=alarms, engine=str(getattr(engine, "version", "")), context=context,
                     **meta)

    def before(r: GoldRecord) -> str:
        return r.context + " " if context and r.context else ""

    items = ((before(r) + r.text, r.id, r.date or DEFAULT_DAY, r.id) for r in recs)
    for rec, res in zip(recs, engine.code_many(items)):
        rep.records += 1
        rep.gold_events += len(rec.events)
        failed = isinstance(res, Exception)
        events, unresolved = ([], []) if failed else res
        if before(rec):  # only what the record's own text says counts
            at = len(before(rec))
            events = [e for e in events if e.trigger_start >= at]
            unresolved = [u for u in unresolved if u.start >= at]
        if failed:
            rep.failures.append(rec.id)
        allc = [norm(e) for e in events]
        flagged = [c for c in allc if not c.event.asserted]
        asserted = [c for c in allc if c.event.asserted]
        coded = [c for c in asserted if c.plover is not None] if plover_only else asserted
        rep.flagged_events += len(flagged)
        rep.excluded_events += len(asserted) - len(coded)
        rep.coded_events += len(coded)
        for lv in lvls:
            if not lv.needs <= rec.labels:
                continue
            s = scores[lv.name]
            s.records += 1
            pairs, missed, extra = _match(rec.events, coded, lv)
            s.tp += len(pairs)
            s.fn += len(missed)
            s.fp += len(extra)
            if lv is not hl:
                continue
            for i, _ in pairs:
                per_class[_cls(rec.events[i], lv)].tp += 1
            for i in missed:
                per_class[_cls(rec.events[i], lv)].fn += 1
            for j in extra:
                per_class[_cls(coded[j], lv)].fp += 1
            # confusion: leftover gold and coded events of the same dyad (any coded one, without actors)
            left = [coded[j] for j in extra]
            for i in missed:
                g = rec.events[i]
                if "source_country" in lv.fields or "source_actor" in lv.fields:
                    hit = next((c for c in left if _dyad(c) == _dyad(g)), None)
                    if hit is not None:
                        left.remove(hit)
                        confusion[_cls(g, lv)][_cls(hit, lv)] += 1
                else:
                    for k in sorted({_cls(c, lv) for c in left}):
                        confusion[_cls(g, lv)][k] += 1
            mentioned = mentions.countries(rec.text, rec.date or DEFAULT_DAY) if (mentions and missed) else None
            missed_gold = [rec.events[i] for i in missed]
            coded_desc = [c.describe() for c in allc]
            for g in missed_gold:
                cause = _miss_cause(g, rec, lv, flagged, coded, unresolved, mentioned, failed)
                causes["misses"][cause] += 1
                if len(misses) < errors:
                    misses.append(ErrorCase("miss", rec.id, rec.text, [g.describe()], coded_desc, None, cause))
            for j in extra:
                c = coded[j]
                cause = _false_alarm_cause(c, rec, lv, missed_gold)
                causes["false_alarms"][cause] += 1
                if len(alarms) < errors:
                    alarms.append(ErrorCase("false_alarm", rec.id, c.event.sentence,
                                            [g.describe() for g in rec.events] or ["(no event)"],
                                            [c.describe()], c.event.rule, cause))
    rep.per_class = dict(per_class)
    rep.confusion = {g: dict(row) for g, row in confusion.items()}
    rep.causes = {k: dict(v) for k, v in causes.items()}
    rep.seconds = time.perf_counter() - t0
    return rep
