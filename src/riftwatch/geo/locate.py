"""Where an event happened, from its sentence or, failing that, the article's dateline.

The method, in order (the first that yields a gazetteer place wins):

1. **A locative phrase on the event's clause**: a preposition "in / at / near / outside /
   inside / off" whose head is the trigger, a word the trigger governs ("talks in
   Seoul", "met ... at the White House"), or the clause above it. For visits and
   travel (CAMEO 042, 043, 044: make, host, meet at a "third" location) also
   "to" ("flew to Tokyo") and the direct object of the trigger ("visited Pyongyang").
2. **The dateline** of the article ("SEOUL, Oct. 24 (Yonhap) --", "WASHINGTON (Reuters) -"):
   where the report was filed, which is where most reported events happen. Marked
   ``location_source = "dateline"`` so a user can tell it from a location read in the
   sentence.

An actor is never a location by itself: "Washington condemned Beijing" names two
governments, not a place. A place's country is the place's own ("talks in Singapore
between the U.S. and North Korea" → SGP, actors USA and PRK).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..models import Event
from .gazetteer import PLACE_ENTS as _PLACE_ENTS
from .gazetteer import Gazetteer, Place

LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "off", "within", "across"})
TRAVEL_PREPS = frozenset({"to", "into"})
TRAVEL_CODES = ("042", "043", "044")
#: verbs that report an event: a place on them is where it was reported, not where it happened
REPORTING = frozenset({"say", "tell", "announce", "state", "report", "add", "note", "claim", "confirm", "write",
                       "declare", "insist", "warn", "explain", "comment", "tweet", "quote"})
_NOT_PLACE_ENTS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"})
# dependency links a locative phrase may climb to reach the trigger
_CLIMB = frozenset({"dobj", "pobj", "prep", "attr", "npadvmod", "nsubjpass", "appos", "conj", "xcomp", "advcl",
                    "ccomp", "acl", "relcl", "agent", "dative", "oprd"})

# "SEOUL, Oct. 24 (Yonhap) --", "WASHINGTON (Reuters) -", "GAZA CITY/JERUSALEM, May 10 -"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,30}?)(?:/[A-Z][A-Z.'\- ]+)?(?:,\s*[A-Z][a-z]{2,9}\.?\s*\d{1,2})?"
                       r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|-|\u2014|\u2013|:)\s")


def dateline_place(text: str, gaz: Gazetteer) -> Place | None:
    """The place in an article's dateline, if it opens with one (within its first line)."""
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    name = m.group(1).strip().title()
    return gaz.lookup(name)


def _phrase(tok: Any) -> str:
    """The proper-noun phrase headed by ``tok``: its named entity, else compounds + head."""
    if tok.ent_iob_ != "O" and tok.ent_type_ in _PLACE_ENTS:
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text
    left = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i]
    first = left[0].i if left else tok.i
    return tok.doc[first:tok.i + 1].text


def _is_placeish(tok: Any) -> bool:
    if tok.ent_type_ in _NOT_PLACE_ENTS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in _PLACE_ENTS or (tok.text[:1].isupper() and tok.pos_ == "NOUN")


def _governed(prep: Any, trigger: Any) -> int | None:
    """How close a preposition sits to the trigger (0 best) or None when unrelated: it
    hangs on the trigger, on a phrase the trigger governs ("strikes on targets in Gaza"),
    or on a clause above the trigger."""
    node = prep.head
    for k in range(4):
        if node.i == trigger.i:
            return k
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        node = node.head
    for k, anc in enumerate(trigger.ancestors, 2):
        if anc.lemma_ in REPORTING:  # "…, the ministry said in Washington": where it was said
            break
        if anc.i == prep.head.i:
            return k
        if k > 3:
            break
    return None


class Locator:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def _in_sentence(self, doc: Any, e: Event) -> Place | None:
        span = doc.char_span(e.trigger_start, e.trigger_start + max(len(e.trigger), 1), alignment_mode="expand")
        if span is None or not len(span) or span[0].idx != e.trigger_start:
            return None
        trig = span[0]
        sent = trig.sent
        prefer = {c for c in (e.source_country, e.target_country) if c}
        travel = e.code.startswith(TRAVEL_CODES)
        best: tuple[int, int, Place] | None = None
        for tok in sent:
            if tok.dep_ != "prep":
                continue
            word = tok.lower_
            if word not in LOC_PREPS and not (travel and word in TRAVEL_PREPS):
                continue
            dist = _governed(tok, trig)
            if dist is None:
                continue
            for obj in tok.children:
                if obj.dep_ != "pobj" or not _is_placeish(obj):
                    continue
                place = self.gaz.lookup(_phrase(obj), prefer, alternates=obj.ent_type_ in _PLACE_ENTS)
                if place and (best is None or (dist, abs(obj.i - trig.i)) < best[:2]):
                    best = (dist, abs(obj.i - trig.i), place)
        if best:
            return best[2]
        if travel:  # "visited Pyongyang": the destination is where the visit happened
            for obj in trig.children:
                if obj.dep_ == "dobj" and _is_placeish(obj):
                    place = self.gaz.lookup(_phrase(obj), prefer, alternates=obj.ent_type_ in _PLACE_ENTS)
                    if place:
                        return place
        return None

    def locate(self, doc: Any, events: list[Event], article_text: str | None) -> list[Event]:
        """The events with their ``location_*`` fields filled where a place is named."""
        if not events:
            return events
        dateline: Place | None | bool = False  # False: not looked up yet
        out = []
        for e in events:
            place, how = self._in_sentence(doc, e), "sentence"
            if place is None and article_text:
                if dateline is False:
                    dateline = dateline_place(article_text, self.gaz)
                place, how = dateline, "dateline"
            if place is None:
                out.append(e)
                continue
            out.append(replace(e, location_name=place.name, location_country=place.country,
                               location_lat=place.lat, location_lon=place.lon, location_kind=place.kind,
                               location_source=how))
        return out
