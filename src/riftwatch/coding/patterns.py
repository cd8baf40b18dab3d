"""Verb and noun patterns (``data/patterns/verbs_*.tsv``, one file per CAMEO root family): which trigger, with which
particle and object, codes which CAMEO event, and where its target is.

Columns (tab-separated)::

    id code pos lemma particle object target negated flags example ex_source ex_target

* ``pos`` — ``V`` (verb trigger) or ``N`` (nominal trigger: "X's visit to Y").
* ``particle`` — required phrasal particle ("call *off*"), ``-`` for none; on a noun
  pattern, the preposition the noun must be the object of ("went *on* strike", "troops
  stayed *on* alert", "held civilians *as* human shields"): the verb it hangs on is then
  the event's, and its subject the source.
* ``object`` — ``|``-alternatives for the direct object's lemma ("impose *sanctions*"),
  ``-`` for none; the target is then sought in a PP on the verb or on that object. ``@NAME``
  stands for every word of the list NAME in ``word_lists.tsv`` ("send ``@arms``": the weapons
  every verb of supplying weapons shares).
* ``target`` — ``;``-list of slots in priority order: ``dobj``, ``dative``,
  ``prep:WORD`` or ``-``.
* ``negated`` — code to emit when the trigger is negated ("did not include" is an
  exclusion), ``-``: a negated trigger codes nothing.
* ``flags`` — ``sym`` (reciprocal), ``inverse`` (subject is the target), ``speech``
  (verb of saying; its complement is coded on its own), ``strict`` (the sense needs its
  target slot: "fired *on* X" is an attack, "fired the minister" is not; "called *on* X"),
  ``place`` (a visit or retreat only when its target phrase is a named foreign place: "came
  to Israel", not "came to an agreement with Israel"; "pulled out of Chad", not "of the
  talks"), ``armed`` (the source must be a state or its forces: a retreat from a position), ``only_negated`` (coded only when negated, as its
  ``negated`` code: "would not let Iran use its missiles"), ``only_refused`` (with ``only_negated``: only a
  refusal, "declined to give details", "would not give details", not the reporter's "did not give details"), ``casualties`` (the verb says only
  that people or places were hit; a weapon in the sentence says how: "killed by a roadside
  bomb" is a bombing, 1833, and a participle after it is placed where its governor happened).
  Sense flags carry the code of another reading: ``trade=CODE`` (in a sentence about trade:
  "retaliate against U.S. tariffs" is a sanction, 163), ``people=CODE`` (when the people, not a
  state, act: "thousands protested" is a demonstration, 141), ``forces=TROOPS/POLICE`` (when a
  state's forces act: troops who storm a compound attack, 190; police who storm a camp repress, 175),
  ``state=CODE`` (when the target is a state or organisation itself: "charged the United States
  with breaking trade rules" is an accusation, 112, not an arrest), ``alone=CODE`` (when no
  target is named: "North Korea launched a ballistic missile" is a show of force, 150), ``words=CODE``
  (when the blow is struck in words, said with a participle or clause or by a spokesman and with no
  weapon: "China hit back at the United States, calling the controls bullying" is criticism, 111),
  ``measure=CODE`` (a participle of the effect of a trade measure its verb took: "imposed export
  controls on gallium, hitting U.S. chipmakers" is a sanction, 163, not an attack), ``courtesy=CODE`` (a call
  on a person with nothing asked: "the army chief called on the crown prince in Riyadh" is a visit, 042),
  ``act=CODE`` (the object welcomed is an act, not people: "welcomed the ending of the ban" approves, 051),
  ``court=CODE`` (a court does it: "a military court jailed the former minister" is a sentence, 116).
  Word flags: ``placed=in/into/on`` (the sense needs one of these prepositions on the verb:
  "included Seoul in the summit", not "a tour which includes Bolivia"), ``forms=rape/raped/...``
  (the surface forms that are the pattern's, when the lemmatizer merges two verbs: "raped" and
  "rapped" are both "rap"), ``governed=take/begin/...`` (a noun's sense holds only as the subject of
  one of these verbs: "a ceasefire between Israel and Hezbollah took effect" is a truce, "violated
  the ceasefire" is not). ``clause`` (the sense of a verb with a clause complement: "charged
  that ..." is an accusation; the verb's other patterns then do not apply), ``no_own_firms`` (a
  concession aimed only at the source's own firms or trade is a regulation: "allowed local banks to
  use futures", "allowing sales of U.S. nuclear fuel to continue"), ``people_intransitive`` (the ``people=`` reading holds only for the active verb without
  an object: workers who strike are on strike, "rebels struck a tanker" is an attack). ``bid`` (the
  sense of a verb whose object is bidden to act, with a "to"-infinitive: "told Iran to halt
  enrichment" is a demand, "challenged Arafat to dismantle the networks" an appeal; the verb's other
  patterns then do not apply; a ``bid`` pattern applies only to a verb so built). ``deadline`` (the
  object is a span of time granted to act, with a "to"-infinitive: "gave Syria 72 hours to close the
  camps" is an ultimatum, "gave Japan two more days of talks" is not). ``crowd`` (the sense holds only for a crowd as the subject: protesters, demonstrators,
  "thousands", "hundreds of students" who gather outside an embassy rally; leaders who gather do not). ``unrealised`` (the sense
  holds only for an act not (yet) done, whose promise is what is coded: "is ready to respond to any
  attack" threatens (138), "responded to the attack" says nothing of how).
  ``troops`` (the reading for armed forces as the subject: when they act it stands in place of the
  trigger's no more specific patterns, otherwise it is dropped: "forces pulled out" retreat, "the
  party pulled out" does not; see ``coding/operations.py``). ``late`` (tried after the trigger's
  other equally specific patterns: a reading that needs a partner or a rarer sense, such as joint
  war games with X (062) behind war games (150), gives way to the plain one). ``unbidden`` (the
  sense does not hold when the object is bidden to act with a "to"-infinitive: "ordered troops to
  the border" deploys them, "ordered his forces to blast ..." is told by what they are to do).
  ``by_state`` (only a state does it, so an agentless passive was done by the state of the place
  named: "two Russian diplomats were expelled from Bulgaria", "the Russian ambassador was summoned to
  the foreign ministry in Warsaw"). ``at_war`` (a noun's sense holds only in a sentence about war, or of
  armed owners: "victories against Iraq on the southern front", not "Brazil's victory over Argentina").
  ``trip`` (the subject is a trip and the object the traveller, the source: "the tour has taken Herrington to
  Iraq"; the pattern applies only to a verb so built). ``sojourn`` (the verb has a "for" phrase naming talks or a
  visit, word list ``sojourns``: "was in Washington for trade talks" is a visit, "was in Paris" is not).
  Of two equally specific patterns of one trigger that are not ``late``, the one in the earlier file
  (``verbs_01-02_...`` before ``verbs_03-05_...``), then the earlier row, is tried first.
* ``example``/``ex_source``/``ex_target`` — a sentence the rule must code, and the
  expected countries; the test suite codes every example.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError
from ..tables import data_path, read_tsv
from .ontology import cameo_codes
from ..lexicon import load_word_lists

COLUMNS = ("id", "code", "pos", "lemma", "particle", "object", "target", "negated", "flags", "example",
           "ex_source", "ex_target")
FLAGS = frozenset({"sym", "inverse", "speech", "strict", "place", "armed", "only_negated", "only_refused", "casualties", "clause",
                   "no_own_firms", "people_intransitive", "bid", "deadline", "unrealised", "troops", "late", "unbidden",
                   "by_state", "crowd", "at_war", "trip", "sojourn"})
#: flags that name the code of another reading (``trade=163``); ``forces`` takes two (troops/police)
SENSES = {"trade": 1, "people": 1, "forces": 2, "state": 1, "alone": 1, "words": 1, "measure": 1,
          "courtesy": 1, "act": 1, "court": 1}
#: flags that name words: the prepositions a sense needs (``placed=in/into``), the surface forms
#: that are the pattern's (``forms=rape/raped``)
WORD_FLAGS = frozenset({"placed", "forms", "governed"})


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    code: str
    pos: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    target: tuple[str, ...]
    negated: str | None
    flags: frozenset[str]
    example: str
    ex_source: str | None
    ex_target: str | None
    senses: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def sense(self, name: str) -> tuple[str, ...] | None:
        """The code(s) of the reading ``name`` (``trade``, ``people``, ``forces``, ``state``), or the words of a
        word flag (``placed``, ``forms``), if the pattern has one."""
        return next((codes for k, codes in self.senses if k == name), None)

    @property
    def specificity(self) -> int:
        return (2 if self.particle else 0) + (1 if self.objects else 0)


def _none(v: str) -> str | None:
    return None if v in ("", "-") else v


def _parse_row(path: Path, n: int, r: dict[str, str]) -> Pattern:
    codes = cameo_codes()
    if not r["id"]:
        raise DataFileError(str(path), n, "pattern without an id")
    if r["code"] not in codes:
        raise DataFileError(str(path), n, f"unknown CAMEO code {r['code']!r} in pattern {r['id']}")
    if r["pos"] not in ("V", "N"):
        raise DataFileError(str(path), n, f"pos must be V or N, got {r['pos']!r}")
    neg = _none(r["negated"])
    if neg is not None and neg not in codes:
        raise DataFileError(str(path), n, f"unknown negated code {neg!r}")
    flags = frozenset(f.strip() for f in r["flags"].split(",") if f.strip() not in ("", "-"))
    senses = []
    for f in sorted(f for f in flags if "=" in f):
        name, _, value = f.partition("=")
        alt = tuple(value.split("/"))
        if name in WORD_FLAGS and all(w and w == w.lower() and " " not in w for w in alt):
            senses.append((name, alt))
            continue
        if name not in SENSES or len(alt) != SENSES[name] or not all(c in codes for c in alt):
            raise DataFileError(str(path), n, f"bad sense flag {f!r}: use trade=CODE, people=CODE, state=CODE "
                                              "or forces=TROOPS/POLICE with CAMEO codes, or placed=/forms=/governed= "
                                              "with lower-case words")
        senses.append((name, alt))
    flags = frozenset(f for f in flags if "=" not in f)
    if flags - FLAGS:
        raise DataFileError(str(path), n, f"unknown flag(s) {sorted(flags - FLAGS)}; valid: {sorted(FLAGS)}")
    slots = tuple(s.strip() for s in r["target"].split(";") if s.strip() not in ("", "-"))
    for s in slots:
        if s not in ("dobj", "dative") and not (s.startswith("prep:") and len(s) > 5):
            raise DataFileError(str(path), n, f"bad target slot {s!r}: use dobj, dative or prep:WORD")
    objects = frozenset(w for o in (_none(r["object"]) or "").split("|") if o.strip()
                        for w in _expand(Path(path), n, o.strip().lower()))
    return Pattern(r["id"], r["code"], r["pos"], r["lemma"].lower(), _none(r["particle"]), objects, slots, neg,
                   flags, r["example"], _none(r["ex_source"]), _none(r["ex_target"]), tuple(senses))


def _expand(path: Path, n: int, alt: str) -> frozenset[str] | tuple[str]:
    """An object alternative: the word itself, or the words of the list ``@NAME`` names."""
    if not alt.startswith("@"):
        return (alt,)
    lists = load_word_lists()
    if alt[1:] not in lists:
        raise DataFileError(str(path), n, f"object {alt!r} names no list of data/patterns/word_lists.tsv")
    return lists[alt[1:]]


#: the endings of British and American spellings of one word ("nationalise"/"nationalize",
#: "normalisation"/"normalization")
_SPELLINGS = (("isation", "ization"), ("ization", "isation"), ("ise", "ize"), ("ize", "ise"))


def _other_spelling(lemma: str) -> str | None:
    """The other side of the Atlantic's spelling of ``lemma`` by its ending, or None."""
    for a, b in _SPELLINGS:
        if lemma.endswith(a) and len(lemma) > len(a) + 2:
            return lemma[: -len(a)] + b
    return None


class PatternSet:
    """Patterns indexed by (pos, trigger lemma), most specific first."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.by_id = {p.id: p for p in patterns}  # (the rule an event names: "Germany followed suit" repeats it)
        self.index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for p in patterns:
            self.index[(p.pos, p.lemma)].append(p)
        for plist in self.index.values():
            plist.sort(key=lambda p: (-p.specificity, "late" in p.flags))
        # British and American spellings name one trigger: "nationalised" finds the row of "nationalize"
        # (a spelling that has rows of its own keeps them)
        for (pos, lem), plist in list(self.index.items()):
            other = _other_spelling(lem)
            if other is not None and (pos, other) not in self.index:
                self.index[(pos, other)] = plist
        # a hyphenated trigger ("test-fire") is split by the tokenizer: its last word is what the text shows
        self.verb_lemmas = frozenset(lem for pos, lem in self.index if pos == "V") | {
            lem.rsplit("-", 1)[1] for pos, lem in self.index if pos == "V" and "-" in lem}
        self.noun_lemmas = frozenset(lem for pos, lem in self.index if pos == "N")
        #: verbs that are triggers only beside a word of their own (flag ``sojourn``: "was in Washington for
        #: talks"): the prefilter looks for that word instead of the verb ("was" is in every other sentence)
        self.beside_only = frozenset(lem for (pos, lem), plist in self.index.items()
                                     if pos == "V" and all("sojourn" in p.flags for p in plist))
        #: verbs with a sense of their own when they take a clause ("charged that ..."): flag ``clause``
        self.clause_verbs = frozenset(p.lemma for p in patterns if p.pos == "V" and "clause" in p.flags)
        #: verbs with a sense of their own when their object is bidden to act ("told X to ..."): flag ``bid``
        self.bid_verbs = frozenset(p.lemma for p in patterns if p.pos == "V" and "bid" in p.flags)

    def layered(self, extra: list["Pattern"]) -> "PatternSet":
        """These patterns with ``extra`` behind them: of two equally specific patterns of one
        trigger, this set's is tried first."""
        return PatternSet([*self.patterns, *extra])

    @classmethod
    def load(cls, user_file: str | Path | None = None) -> "PatternSet":
        by_id: dict[str, Pattern] = {}
        packaged = data_path("patterns")
        files = sorted(packaged.glob("verbs_*.tsv"))  # one file per CAMEO root family
        packaged_ids: set[str] = set()
        for path in [*files, *([Path(user_file)] if user_file else [])]:
            seen: set[str] = set()
            if path in files and packaged_ids:
                seen = packaged_ids  # ids are unique across the packaged files
            for n, r in read_tsv(path, COLUMNS):
                p = _parse_row(Path(path), n, r)
                if p.id in seen:
                    raise DataFileError(str(path), n, f"duplicate pattern id {p.id!r}")
                seen.add(p.id)
                by_id[p.id] = p  # a user row with a packaged id replaces it
            if path in files:
                packaged_ids |= seen
        return cls(list(by_id.values()))

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.index.get((pos, lemma), [])
