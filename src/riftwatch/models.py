"""Typed records that flow through the pipeline: Article → Event, or Rejection."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from .errors import RejectReason

_WS = re.compile(r"\s+")


def content_id(text: str) -> str:
    """Stable article id: a hash of the whitespace-normalised text.

    The same story saved twice (different file name, extra blank lines) gets
    the same id, so re-ingesting it changes nothing.
    """
    norm = _WS.sub(" ", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str = ""  # file path, with "#row" for JSONL/CSV rows
    format: str = ""  # txt, html, jsonl, csv, rss, atom, warc

    @property
    def date(self) -> date | None:
        return self.published.date() if self.published else None


@dataclass(frozen=True, slots=True)
class Rejection:
    origin: str
    reason: RejectReason
    message: str

    @property
    def id(self) -> str:
        return hashlib.sha256(f"{self.origin}\x00{self.reason.value}".encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: CAMEO code = country (3 letters) + optional sector."""

    code: str  # e.g. "USAGOV", "CHN", "NAT"
    country: str | None  # e.g. "USA"; None for IGOs / transnational groups
    sector: str | None  # CAMEO type code (GOV, MIL, ...)
    name: str  # the text it was resolved from, or the KB person's name
    kind: str  # country | capital | person | org | title | demonym
    start: int = -1  # token span in the Doc
    end: int = -1

    def with_sector(self, sector: str | None) -> "Actor":
        if not sector or self.sector or self.country is None:
            return self
        return Actor(self.country + sector, self.country, sector, self.name, self.kind, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention with full provenance."""

    article_id: str
    sentence_index: int
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    trigger: str
    trigger_start: int  # character offset of the trigger word
    source: str
    source_country: str | None
    source_name: str
    target: str | None
    target_country: str | None
    target_name: str | None
    code: str
    root: str
    quad_class: int
    goldstein: float
    status: str  # asserted | negated | hypothetical | prediction | opinion | question | intent
    rule: str
    confidence: float
    event_date: date | None = None
    date_precision: str = "day"  # day | week | month | year: how exactly the text dates it
    record_id: str | None = None  # caller-supplied id (riftwatch code --input)
    # where it happened (riftwatch.geo): gazetteer name, country code, coordinates, kind
    # (city | region | country) and how it was found (sentence | dateline)
    location_name: str | None = None
    location_country: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    location_kind: str | None = None
    location_source: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        key = "\x00".join(
            [self.article_id, str(self.sentence_index), str(self.trigger_start),
             self.source, self.target or "", self.code, self.rule]
        )
        return hashlib.sha256(key.encode()).hexdigest()[:24]

    @property
    def asserted(self) -> bool:
        return self.status == "asserted"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extras")
        d["id"] = self.id
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        return d
