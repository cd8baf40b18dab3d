"""The actor knowledge base: countries, organisations, office-holders with dated
terms, and sector words. Packaged TSV files, optionally extended or overridden
by a user directory holding files of the same names.

Office-holders may be split over ``people.tsv`` and ``people_<part>.tsv`` files.
A term's ``country`` is a country code or, for the head of an organisation (the
UN Secretary-General, NATO's Secretary General), an organisation code. Dates
are ``YYYY-MM-DD``, or ``YYYY-MM`` where only the month is known (a start then
counts from the month's first day, an end to its last).

Override rules for a user directory: a country or organisation row replaces the
packaged row with the same ``code``; people rows replace the packaged terms of
the same ``name``, ``country`` and ``role`` (so a user can correct a term) and
add any other role; sector rows replace the packaged row with the same ``term``, and so do
the rows of the optional ``titles.tsv`` (titles only one state uses: "home secretary" → GBR).
The file formats are described in docs/knowledge-base.md.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..errors import DataFileError
from ..tables import data_path, read_tsv, split_list

COUNTRY_COLS = ("code", "name", "aliases", "demonyms", "capitals")
ORG_COLS = ("code", "type", "name", "aliases", "country")
PEOPLE_COLS = ("name", "aliases", "country", "role", "sector", "title", "start", "end")
SECTOR_COLS = ("term", "sector")
TITLE_COLS = ("term", "country")
EPITHET_COLS = ("noun", "states", "modified")
SEAT_COLS = ("capital", "body", "cues")
SUCCESSION_COLS = ("code", "part_of", "until", "note")

#: the Arabic article on a family name: "al-Assad", "el-Sisi", "Al-Thani"
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")

#: Countries whose names are written family name first in English news
#: (Xi Jinping → "Xi", Kim Jong Un → "Kim"); elsewhere the last word is the surname.
#: Ethiopians and Eritreans have no family name and are called by their own first name
#: (Abiy Ahmed → "Abiy", Tedros Adhanom Ghebreyesus → "Tedros"), which counts the same way.
#: Hong Kong's and Macau's leaders are not: the news writes them with an English given name first
#: ("John Lee", "Carrie Lam", "Fernando Chui"), and "John" is nobody's surname.
FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM", "ETH", "ERI"})


#: Spanish- and Portuguese-speaking states, whose people carry two family names and are called
#: by both ("Rodriguez Saa", "Lopez Obrador", "Cavaco Silva") as often as by the last
TWO_FAMILY_NAMES = frozenset({"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GTM", "HND", "MEX",
                              "NIC", "PAN", "PER", "PRY", "SLV", "URY", "VEN", "PRT", "BRA", "GNQ", "AGO", "MOZ"})


#: offices whose holders the news calls by the family name alone most often (rank 0, then 1);
#: every other office ranks 2 (see :meth:`KnowledgeBase.office_surname`)
_TOP_OFFICES = {"head_of_state": 0, "head_of_government": 0, "foreign_minister": 1, "defence_minister": 1}


#: offices whose holders the news calls by the family name alone only after naming them in full, or with a
#: title before it ("Senator Graham", "Dr Hollingworth"): back-bench legislators and vice-regal heads. Someone
#: who held no other office is no bare surname's bearer ("Warner", "Reed", "Levin" stay unread), though the
#: full name resolves and, in the same article, the surname after it.
QUIET_ROLES = frozenset({"senator", "representative", "committee_chair", "committee_ranking_member",
                         "governor_general"})


#: generational suffixes that end a name without being its family name
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


#: a regnal number ends a sovereign's or a pope's name: "Elizabeth II", "Benedict XVI"
_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")
#: words that begin a family name written with them: "De Croo", "von der Leyen", "da Silva"
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "le", "la", "da", "di", "du", "del", "della", "dos",
                        "das", "ter", "ten"})


def _regnal(name: str) -> bool:
    """A regnal name has no family name: "Juan Carlos I" is not "I", "John Paul II" not "Paul",
    "Pope Francis" not "Francis"."""
    words = name.split()
    return bool(words) and (bool(_REGNAL_NUMBER.match(words[-1])) or words[0] == "Pope")


def _particle_surname(name: str) -> str | None:
    """The family name with its particles, as the news writes it alone: "Herman De Croo" →
    "De Croo", "Ursula von der Leyen" → "von der Leyen"; None without a particle."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in NAME_PARTICLES:
        i -= 1
    return " ".join(words[i:]) if i < len(words) - 1 else None


def _prominence(term: "Term", orgs: dict) -> int:
    if term.role in _TOP_OFFICES:
        return _TOP_OFFICES[term.role]
    if term.country in orgs or term.role.endswith("spokesperson") or term.role == "press_secretary":
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Epithet:
    """A noun by which news refers back to a state it named: "the country", "the island"."""

    noun: str
    states: frozenset[str]  # the states it can stand for; empty = any
    modified: bool  # only with a word before it: "the communist state"


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office of one person."""

    name: str
    country: str
    role: str
    sector: str
    title: str
    start: date
    end: date | None  # None: still in office
    approx_start: bool = False  # only the month is known ("2011-07")
    approx_end: bool = False

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class PersonRole:
    """What a person was on a given day."""

    name: str
    country: str
    sector: str | None  # None when the day falls outside all known terms
    role: str | None
    title: str | None


def _date(path: Path, line: int, value: str, field: str) -> tuple[date | None, bool]:
    """A term boundary and whether only its month is known: ``2011-07`` starts on
    2011-07-01 and ends on 2011-07-31."""
    if not value:
        return None, False
    try:
        if len(value) == 7 and value[4] == "-":
            y, m = int(value[:4]), int(value[5:])
            day = 1 if field == "start" else calendar.monthrange(y, m)[1]
            return date(y, m, day), True
        return date.fromisoformat(value), False
    except ValueError:
        raise DataFileError(str(path), line, f"{field} {value!r} is not a YYYY-MM-DD (or YYYY-MM) date") from None


def _code(path: Path, line: int, value: str, field: str) -> str:
    if not (value.isalpha() and value.isupper() and 2 <= len(value) <= 3):
        raise DataFileError(str(path), line, f"{field} {value!r} is not a 2-3 letter upper-case code")
    return value


def _article_forms(name: str) -> list[str]:
    """A name and, when it begins with the Arabic article, its other spellings in English news:
    "al-Shabaab", "Al-Shabaab", "al Shabaab", "Al Shabaab"."""
    m = re.match(r"^([Aa]l)[- ](?=[A-Z])", name)
    if m is None:
        return [name]
    rest = name[m.end():]
    return [name, *(f"{a}{sep}{rest}" for a in ("al", "Al") for sep in ("-", " "))]


class KnowledgeBase:
    """Lookup tables for actor resolution. Build with :meth:`load`."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.orgs: dict[str, Organization] = {}
        self.terms: dict[str, list[Term]] = {}  # canonical name -> terms
        self.person_aliases: dict[str, str] = {}  # spelling -> canonical name
        self.sectors: dict[tuple[str, ...], str] = {}
        self.state_titles: dict[tuple[str, ...], str] = {}  # a title only one state has -> its code
        self.epithets: dict[str, Epithet] = {}  # "country", "island", "north" -> how it refers back
        self.seats: dict[str, tuple[str, frozenset[str]]] = {}  # "brussels" -> ("EEC", cue words)
        self.successions: dict[str, tuple[str, date]] = {}  # "HRV" -> ("SRB", 1991-06-25): part of it until then
        self.sources: list[str] = []
        self._surnames: dict[str, set[str]] | None = None
        self._family: frozenset[str] | None = None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, user_dir: str | Path | None = None) -> "KnowledgeBase":
        kb = cls()
        kb._load_dir(data_path("kb"), required=True)
        if user_dir:
            p = Path(user_dir)
            if not p.is_dir():
                raise DataFileError(str(p), None, "knowledge-base directory not found")
            kb._load_dir(p, required=False)
        return kb

    def _load_dir(self, d: Path, required: bool) -> None:
        files = {
            "countries.tsv": self._load_countries,
            "organizations.tsv": self._load_orgs,
            "people.tsv": self._load_people,
            "sectors.tsv": self._load_sectors,
        }
        for name, loader in files.items():
            path = d / name
            if path.is_file():
                loader(path)
                self.sources.append(str(path))
            elif required:
                raise DataFileError(str(path), None, "packaged knowledge-base file is missing")
        for name, loader in (("titles.tsv", self._load_titles), ("epithets.tsv", self._load_epithets),
                             ("seats.tsv", self._load_seats), ("successions.tsv", self._load_successions)):
            path = d / name  # optional, in the package too
            if path.is_file():
                loader(path)
                self.sources.append(str(path))
        # more office-holders may be split over people_<part>.tsv files; their terms add
        # to (rather than replace) those of the same person in other packaged parts
        for path in sorted(d.glob("people_*.tsv")):
            self._load_people(path, merge=required)
            self.sources.append(str(path))

    def _load_countries(self, path: Path) -> None:
        for n, r in read_tsv(path, COUNTRY_COLS):
            code = _code(path, n, r["code"], "code")
            if not r["name"]:
                raise DataFileError(str(path), n, "country without a name")
            self.countries[code] = Country(code, r["name"], tuple(split_list(r["aliases"])),
                                           tuple(split_list(r["demonyms"])), tuple(split_list(r["capitals"])))

    def _load_orgs(self, path: Path) -> None:
        for n, r in read_tsv(path, ORG_COLS):
            code = _code(path, n, r["code"], "code")
            country = _code(path, n, r["country"], "country") if r["country"] else None
            self.orgs[code] = Organization(code, r["type"] or "IGO", r["name"], tuple(split_list(r["aliases"])),
                                           country)

    def _load_people(self, path: Path, merge: bool = False) -> None:
        loaded: dict[str, list[Term]] = defaultdict(list)
        aliases: dict[str, str] = {}
        for n, r in read_tsv(path, PEOPLE_COLS):
            if not r["name"]:
                raise DataFileError(str(path), n, "person without a name")
            start, approx_start = _date(path, n, r["start"], "start")
            if start is None:
                raise DataFileError(str(path), n, "a term needs a start date")
            end, approx_end = _date(path, n, r["end"], "end")
            if end is not None and end < start:
                raise DataFileError(str(path), n, f"term ends ({end}) before it starts ({start})")
            country = _code(path, n, r["country"], "country")
            if country not in self.countries and country not in self.orgs:
                raise DataFileError(str(path), n, f"country {country!r} is neither a country nor an organisation code")
            if not r["role"]:
                raise DataFileError(str(path), n, "a term needs a role")
            sector = _code(path, n, r["sector"], "sector") if r["sector"] else "GOV"
            loaded[r["name"]].append(Term(r["name"], country, r["role"], sector, r["title"], start, end,
                                          approx_start, approx_end))
            for a in [r["name"], *split_list(r["aliases"])]:
                aliases[a] = r["name"]
        for name, terms in loaded.items():
            if merge:  # packaged parts add up
                terms = list(dict.fromkeys([*self.terms.get(name, []), *terms]))
            else:  # a user's rows replace that person's terms in the same office, and add the rest
                offices = {(t.country, t.role) for t in terms}
                terms = [t for t in self.terms.get(name, []) if (t.country, t.role) not in offices] + terms
            self.terms[name] = sorted(terms, key=lambda t: t.start)
        self.person_aliases.update(aliases)

    def _load_sectors(self, path: Path) -> None:
        for n, r in read_tsv(path, SECTOR_COLS):
            if not r["term"]:
                raise DataFileError(str(path), n, "empty sector term")
            self.sectors[tuple(r["term"].lower().split())] = _code(path, n, r["sector"], "sector")

    def _load_titles(self, path: Path) -> None:
        for n, r in read_tsv(path, TITLE_COLS):
            if not r["term"]:
                raise DataFileError(str(path), n, "empty title")
            code = _code(path, n, r["country"], "country")
            if code not in self.countries:
                raise DataFileError(str(path), n, f"country {code!r} is not a country code")
            # "the" is no part of the match: "Chancellor of the Exchequer" = "chancellor of exchequer"
            self.state_titles[tuple(w for w in r["term"].lower().split() if w != "the")] = code

    def _load_epithets(self, path: Path) -> None:
        for n, r in read_tsv(path, EPITHET_COLS):
            noun = r["noun"].strip()
            if not noun or noun != noun.lower() or " " in noun:
                raise DataFileError(str(path), n, f"noun {noun!r} is not one lower-case word")
            states = []
            for c in split_list(r["states"]):
                if c.startswith("type:"):  # every organisation of a type: "the group" -> type:INS|type:REB ...
                    kind = c[5:]
                    found = [o.code for o in self.orgs.values() if o.type == kind]
                    if not found:
                        raise DataFileError(str(path), n, f"no organisation of type {kind!r}")
                    states += found
                else:
                    states.append(_code(path, n, c, "state"))
            for c in states:
                if c not in self.countries and c not in self.orgs:
                    raise DataFileError(str(path), n, f"{c!r} is not a country or organisation code")
            if r["modified"] not in ("", "yes", "no"):
                raise DataFileError(str(path), n, f"modified {r['modified']!r} is not yes, no or empty")
            self.epithets[noun] = Epithet(noun, frozenset(states), r["modified"] == "yes")

    def _load_seats(self, path: Path) -> None:
        for n, r in read_tsv(path, SEAT_COLS):
            capital, body = r["capital"].strip(), r["body"].strip()
            if not capital or capital != capital.lower():
                raise DataFileError(str(path), n, f"capital {capital!r} is not a lower-case name")
            if body not in self.orgs:
                raise DataFileError(str(path), n, f"{body!r} is not an organisation code")
            cues = frozenset(split_list(r["cues"]))
            if not cues:
                raise DataFileError(str(path), n, "no cue words")
            self.seats[capital] = (body, cues)

    def _load_successions(self, path: Path) -> None:
        for n, r in read_tsv(path, SUCCESSION_COLS):
            code, part_of = _code(path, n, r["code"], "code"), _code(path, n, r["part_of"], "part_of")
            until, _ = _date(path, n, r["until"], "until")
            if until is None:
                raise DataFileError(str(path), n, "no 'until' date")
            if code == part_of:
                raise DataFileError(str(path), n, f"{code} cannot be part of itself")
            unknown = [c for c in (code, part_of) if c not in self.countries]
            if unknown:
                raise DataFileError(str(path), n, f"{unknown[0]} is not a country code of the knowledge base")
            self.successions[code] = (part_of, until)

    # ------------------------------------------------------------------ lookups
    def state_on(self, code: str, day: date | None) -> str:
        """The state ``code``'s land belonged to on ``day``: "HRV" is "SRB" (Yugoslavia) before 25 June 1991;
        itself on any later day, or when the day is unknown."""
        seen = {code}
        while day is not None and code in self.successions and day < self.successions[code][1]:
            code = self.successions[code][0]
            if code in seen:
                break
            seen.add(code)
        return code

    def person_on(self, name: str, day: date | None) -> PersonRole | None:
        """The role ``name`` (any known spelling) held on ``day``.

        Outside every known term the person keeps their country but no
        office (sector ``None``): Mark Esper on 2021-06-01 is nobody's defence
        secretary. With several roles on one day the earliest-listed
        government role wins (a president who is also party leader is GOV).
        """
        canonical = self.person_aliases.get(name)
        if canonical is None:
            return None
        terms = self.terms[canonical]
        if day is not None:
            current = [t for t in terms if t.covers(day)]
            if current:
                order = {"GOV": 0, "MIL": 1, "LEG": 2, "SPY": 3, "JUD": 4, "OPP": 5}
                t = min(current, key=lambda t: order.get(t.sector, 9))
                return PersonRole(canonical, t.country, t.sector, t.role, t.title)
        # out of office (or no date): the latest term in a country tells the country, no
        # office claimed; someone known only as an organisation's head keeps its code
        return PersonRole(canonical, self._nationality(terms), None, None, None)

    def _nationality(self, terms: list[Term]) -> str:
        return next((t.country for t in reversed(terms) if t.country in self.countries), terms[-1].country)

    def holders(self, country: str, role: str, day: date) -> list[str]:
        """Who held ``role`` for ``country`` (or organisation) on ``day`` (e.g. USA defence_minister,
        NAT secretary_general)."""
        return sorted({t.name for ts in self.terms.values() for t in ts
                       if t.country == country and t.role == role and t.covers(day)})

    def office_terms(self, country: str, role: str) -> list[Term]:
        """Every known term of one office, in order of start."""
        return sorted((t for ts in self.terms.values() for t in ts if t.country == country and t.role == role),
                      key=lambda t: (t.start, t.end or date.max))

    def office_timeline(self, country: str, role: str, since: date,
                        until: date) -> tuple[list[tuple[date, date]], list[tuple[Term, Term]]]:
        """Gaps (first and last day nobody holds the office) and overlaps (pairs of terms of
        different people sharing a day) of one office between ``since`` and ``until``."""
        terms = [t for t in self.office_terms(country, role) if t.start <= until and (t.end or until) >= since]
        gaps: list[tuple[date, date]] = []
        overlaps: list[tuple[Term, Term]] = []
        covered = since - timedelta(days=1)  # the last day known to be held
        for i, t in enumerate(terms):
            if t.start > covered + timedelta(days=1):
                gaps.append((covered + timedelta(days=1), t.start - timedelta(days=1)))
            covered = max(covered, t.end or until)
            overlaps += [(u, t) for u in terms[:i] if u.name != t.name and (u.end or until) >= t.start]
        if covered < until:
            gaps.append((covered + timedelta(days=1), until))
        return gaps, overlaps

    def family_names(self) -> frozenset[str]:
        """Every office-holder's family name ("Pompeo", "Xi"): words that may stand for a
        known person on their own."""
        self._surname_index()
        if self._family is None:  # asked for on the coder's hot path: built once
            self._family = frozenset(self._surnames or ())
        return self._family

    def _surname_index(self) -> None:
        if self._surnames is None:
            idx: dict[str, set[str]] = defaultdict(set)

            def words_of(n: str) -> list[str]:
                # "Bashar al-Assad": news writes "Assad" alone (and the tokenizer splits "al-Assad")
                # a generational suffix is no family name ("Ferdinand Marcos Jr." is "Marcos")
                return [w for w in (_ARTICLE.sub("", x) for x in n.replace(".", " ").split())
                        if w[:1].isupper() and w not in _NAME_SUFFIXES]

            for name, terms in self.terms.items():
                words = words_of(name)
                if len(words) < 2 or _regnal(name):
                    continue  # "John Paul II", "Pope Francis", "Juan Carlos I": no family name
                first = self._nationality(terms) in FAMILY_NAME_FIRST
                idx[words[0] if first else words[-1]].add(name)
                plain = name.split()
                if len(plain) >= 3 and self._nationality(terms) in TWO_FAMILY_NAMES and all(
                        w[:1].isupper() for w in plain[-2:]):
                    idx[" ".join(plain[-2:])].add(name)  # "Adolfo Rodriguez Saa" is "Rodriguez Saa"
                if not first and (particled := _particle_surname(name)):
                    # "De Croo", "von der Leyen" written with the particle ("Von der Leyen" heading a sentence)
                    idx[particled].add(name)
                    idx[particled[0].swapcase() + particled[1:]].add(name)
            for alias, name in self.person_aliases.items():
                # another spelling of the same name ("Volodymyr Zelenskyy" for "Volodymyr
                # Zelensky"): its family name too; longer forms ("... bin Salman Al Saud") add none
                words, canon = words_of(alias), words_of(name)
                if len(words) >= 2 and len(words) == len(canon) and alias.split()[0][:1].isupper() \
                        and not _regnal(name) and not _regnal(alias):
                    first = self._nationality(self.terms[name]) in FAMILY_NAME_FIRST
                    idx[words[0] if first else words[-1]].add(name)
            self._surnames = dict(idx)

    def office_surname(self, word: str, day: date | None, named: frozenset[str] | set[str] = frozenset(),
                       titled: bool = False) -> str | None:
        """The one person in office on ``day`` whose family name is ``word`` ("Pompeo",
        "Suga"), so a bare surname resolves even before the full name appears; failing
        that, a known bearer when all of them share one country, or when those of the
        states ``named`` in the article do ("Howard" in a 1987 story that names Australia);
        else ``None``. Someone who only ever held one of the :data:`QUIET_ROLES` counts
        only when the word follows a title (``titled``: "Senator Graham")."""
        if day is None:
            return None
        self._surname_index()
        assert self._surnames is not None
        candidates = sorted(n for n in self._surnames.get(word, ())
                            if titled or not all(t.role in QUIET_ROLES for t in self.terms[n]))
        if not titled:
            # ... nor a legislator who on the day holds only such a role and never held a government office
            # ("Reid" in 2002 is not the senator who led the Senate later; "Hagel" in 2005 is still the later
            # defence secretary)
            candidates = [n for n in candidates if not (
                (on := [t for t in self.terms[n] if t.covers(day)]) and all(t.role in QUIET_ROLES for t in on)
                and not any(t.sector == "GOV" for t in self.terms[n]))]
        names = [n for n in candidates if any(t.covers(day) for t in self.terms[n])]
        if len(names) > 1:
            # several in office: the news names heads of state and government, then foreign and
            # defence ministers, spokespeople and heads of organisations, by the family name alone
            # far more than other ministers or envoys ("Baker" in 1991 is the Secretary of State,
            # not the Home Secretary); one who outranks all the others is meant, a tie stays unread
            rank = {n: self.prominence(n, day) for n in names}
            best = min(rank.values())
            names = [n for n in names if rank[n] == best]
        if len(names) == 1:
            return names[0]
        if not names and candidates:
            # nobody of that name in office, but every known bearer is of one country
            # ("Bush" in a 1991 story), or every bearer of the states the article names:
            # the country is certain, the office is not
            if len({self._nationality(self.terms[n]) for n in candidates}) > 1:
                candidates = [n for n in candidates if self._nationality(self.terms[n]) in named]
            if candidates and len({self._nationality(self.terms[n]) for n in candidates}) == 1:
                return max(candidates, key=lambda n: self.terms[n][-1].start)
        return None

    def prominence(self, name: str, day: date | None) -> int:
        """How readily the news calls ``name`` by the family name alone on ``day``: 0 for a
        head of state or government, 1 for a foreign or defence minister, spokesperson or head
        of an organisation, 2 for any other office, 3 out of office (or unknown)."""
        terms = self.terms.get(self.person_aliases.get(name, name), [])
        return min((_prominence(t, self.orgs) for t in terms if day is not None and t.covers(day)), default=3)

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """All strings to match in text: ``(surface, kind, key)``.

        kind is country | demonym | capital | org | person; key is a country
        code, an org code or a person's canonical name.
        """
        out: list[tuple[str, str, str]] = []
        for c in self.countries.values():
            out += [(s, "country", c.code) for s in (c.name, *c.aliases)]
            out += [(s, "demonym", c.code) for s in c.demonyms]
            out += [(s, "capital", c.code) for s in c.capitals]
        for o in self.orgs.values():
            out += [(s, "org", o.code) for s in dict.fromkeys(v for n in (o.name, *o.aliases) for v in _article_forms(n))]
        out += [(s, "person", canonical) for s, canonical in self.person_aliases.items()]
        return out

    def stats(self) -> dict[str, int]:
        roles = {(t.country, t.role) for ts in self.terms.values() for t in ts}
        return {
            "countries": len(self.countries),
            "organizations": len(self.orgs),
            "people": len(self.terms),
            "terms": sum(len(ts) for ts in self.terms.values()),
            "countries_with_officials": len({c for c, _ in roles if c in self.countries}),
            "country_roles": len({(c, r) for c, r in roles if c in self.countries}),
            "organizations_with_heads": len({c for c, _ in roles if c in self.orgs}),
            "sector_terms": len(self.sectors),
            "state_titles": len(self.state_titles),
        }
