"""PETRARCH-format actor and agent dictionaries as an extra knowledge-base layer.

The PETRARCH validation suite codes fictional states (Arnor = ARN, Gondor =
GON, ...) with its own dictionaries. :func:`add_petrarch_dictionaries` reads
them into a :class:`~riftwatch.actors.KnowledgeBase` in place, so riftwatch can
be scored on the suite. The verb dictionary is *not* read: riftwatch's own
patterns do the event coding.

Actor dictionary (``PETR_Validate_actors_*.txt``)::

    NORTH_KOREA  [PRK] #comment      a name, its code
    +PYONGYANG                       a synonym of the entry above
    GOLLUM                           a name whose codes follow on indented lines,
    +SMEAGOL                         dated: [CODE <YYMMDD], [CODE >YYMMDD],
        [HOB < 950601]               [CODE YYYYMMDD-YYYYMMDD]; an undated code is
        [HOBGOV 19950601 - 19990815] the default outside the dated ranges, and an
        [HOBREB > 990816]            earlier-listed range wins where ranges overlap

Words are joined by ``_`` or spaces. A name not ending in ``_`` matches any word
that *begins* with it in TABARI/PETRARCH ("ARGENTIN" → Argentina, Argentine);
riftwatch matches exact tokens, so such one-word names get a fixed list of
English endings (:data:`STEM_ENDINGS`). Names are matched case-sensitively by riftwatch,
so each gets a title-cased form ("Prince of Dol Amroth", "U.S.") and the
resolver adds the upper-case one.

How an entry becomes a knowledge-base row:

* dated codes → a *person* with one term per date range (so the code follows
  the record's date). A dated code without a sector (``[HOB < 950601]``) shows
  as HOBELI: riftwatch gives a person outside an office the ELI sector;
* an undated three-letter code that is a known country or organisation code →
  the names become aliases of that row; any other three-letter code (ARN,
  GON, IMF) → a new country;
* any other code (USAGOV, PSEREBHMS, IGOEEU, FRO/BIL/SAM, ---, +++) → an
  organisation whose code is the whole PETRARCH code, whose country is the
  first three letters when they are a state (USA) and whose type is the
  sector (GOV) — or, for IGO/NGO/... prefixes and opaque codes, the prefix.

Names the dictionaries define *replace* the same names in the packaged
knowledge base (the layer wins, like a user knowledge-base directory), so
"Seoul" is KOR (not KORGOV) while the suite is loaded. An entry that claims a
packaged country's or organisation's own name (its ``name`` column) recodes
that entity: its other names follow, so with ``EGYPT [UAR]`` "Cairo" and
"Egyptians" are UAR too (unless the dictionary names them itself, as it does
``EGYPTIAN [EGY]``).

Agent dictionary (``PETR_Validate_agents_*.txt``)::

    !MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES     a substitution set
    FOREIGN_MINISTER [~GOVFRM]     a sector term (the code after ~ is the sector)
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]             explicit plurals
    MEDIA {} [~MED]                {} = no plural
    !MINST!_OF_SILLY_WALKS [~GOV]  one term per substitution
    HUMAN_RIGHTS_BODY [NGO~]       a prefix agent: riftwatch can only append
                                   sectors, so it becomes the sector NGO

Multi-letter agent codes (GOVFRM, MUSUAF) are kept whole as the sector, so
"the Arnor foreign minister" is ARNGOVFRM as the suite expects.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from ..actors.kb import Country, KnowledgeBase, Organization, Term
from ..errors import DataFileError

#: code prefixes that are organisation types, not states
NON_STATE = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "---", "+++"})
#: endings added to a name that does not end in "_" (TABARI prefix matching, approximated)
STEM_ENDINGS = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "a", "ia", "i", "is", "ese", "ish", "e")
#: words kept lower case inside a title-cased name
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "la", "le", "al", "el", "bin"})
_CODE = re.compile(r"\[([^\]]*)\]")
_ROLE = "petrarch"


@dataclass(slots=True)
class _Entry:
    names: list[tuple[str, bool]]  # (words joined by spaces, exact: ended in "_")
    codes: list[tuple[str, date | None, date | None]]  # code, start, end (None: open)
    line: int


# ---------------------------------------------------------------------------- parsing
def _strip(line: str) -> str:
    line = re.sub(r"<!.*?-->", "", line)  # one-line XML comments, including "<! -- ... -->"
    return line.split("#", 1)[0].rstrip()


def _date(s: str, path: Path, n: int) -> date:
    s = s.strip()
    try:
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if len(s) == 6:
            yy = int(s[:2])
            return date((1900 if yy >= 30 else 2000) + yy, int(s[2:4]), int(s[4:]))
    except ValueError:
        pass
    raise DataFileError(str(path), n, f"bad date {s!r} in a PETRARCH code (YYMMDD or YYYYMMDD)")


def _code_spec(spec: str, path: Path, n: int) -> tuple[str, date | None, date | None] | None:
    """'HOBGOV 19950601 - 19990815' → ('HOBGOV', 1995-06-01, 1999-08-15); '<D' ends the day
    before D, '>D' starts the day after D."""
    s = spec.strip()
    if not s:
        return None
    m = re.fullmatch(r"([^\s<>]+)\s*(?:(<|>)\s*(\d+)|(\d+)\s*-\s*(\d+))?", s)
    if not m:
        raise DataFileError(str(path), n, f"cannot read PETRARCH code block [{spec}]")
    code = m.group(1).upper()
    if m.group(2) == "<":
        return code, None, _date(m.group(3), path, n) - timedelta(days=1)
    if m.group(2) == ">":
        return code, _date(m.group(3), path, n) + timedelta(days=1), None
    if m.group(4):
        return code, _date(m.group(4), path, n), _date(m.group(5), path, n)
    return code, None, None


def _name(text: str) -> tuple[str, bool] | None:
    raw = text.strip()
    if not raw:
        return None
    exact = raw.endswith("_")
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    return (" ".join(words), exact) if words else None


def read_actor_dictionary(path: str | Path) -> list[_Entry]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read PETRARCH actor dictionary: {exc}") from None
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    entries: list[_Entry] = []
    cur: _Entry | None = None
    for n, line in enumerate(text.splitlines(), 1):
        s = _strip(line)
        if not s.strip():
            continue
        body = _CODE.sub(" ", s)
        codes = [c for c in (_code_spec(x, path, n) for x in _CODE.findall(s)) if c]
        if s[:1].isspace() and not body.strip():  # an indented code line
            if cur is None:
                raise DataFileError(str(path), n, "code block before any actor name")
            cur.codes += codes
        elif s.startswith("+"):  # a synonym
            if cur is None:
                raise DataFileError(str(path), n, "synonym before any actor name")
            nm = _name(body[1:])
            if nm:
                cur.names.append(nm)
            cur.codes += codes
        else:
            nm = _name(body)
            if nm is None:
                continue
            cur = _Entry([nm], codes, n)
            entries.append(cur)
    return [e for e in entries if e.codes]


def _plural(word: str) -> list[str]:
    w = word.lower()
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return [w[:-1] + "ies"]
    if w.endswith("man"):
        return [w[:-3] + "men"]
    return [w + "s"]


def read_agent_dictionary(path: str | Path) -> dict[tuple[str, ...], str]:
    """Sector terms (lower-case word tuples → sector code) of a PETRARCH agent dictionary."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read PETRARCH agent dictionary: {exc}") from None
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    subs: dict[str, list[str]] = {}
    out: dict[tuple[str, ...], str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        s = _strip(line).strip()
        if not s:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", s, re.I)
        if m:
            subs[m.group(1).upper()] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(s)
        if not codes:
            continue
        code = codes[0].strip().upper()
        if "~" not in code:
            raise DataFileError(str(path), n, f"agent code [{codes[0]}] has no '~'")
        pre, post = code.split("~", 1)
        sector = (post or pre).strip()
        if not sector:
            continue
        head = s.split("[", 1)[0]
        plurals: list[str] | None = None
        pm = re.search(r"\{([^}]*)\}", head)
        if pm:
            plurals = [p for p in re.split(r"[\s,]+", pm.group(1)) if p]
            head = head[:pm.start()] + head[pm.end():]
        forms = [head.strip().lower()]
        substituted = any(marker.lower() in forms[0] for marker in subs)
        for marker, repl in subs.items():  # !PERSON! → man, men, ...
            forms = [f2 for f in forms for f2 in ([f.replace(marker.lower(), r) for r in repl]
                                                   if marker.lower() in f else [f])]
        terms: list[list[str]] = []
        for f in forms:
            words = [w for w in re.split(r"[_\s]+", f) if w]
            if not words or any("!" in w for w in words):
                continue
            terms.append(words)
            if not pm and not substituted:  # automatic plural of the head: the last word, or the word before "of"
                h = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
                terms += [words[:h] + [p] + words[h + 1:] for p in _plural(words[h])]
        for p in plurals or []:
            terms.append([w.lower() for w in re.split(r"[_\s]+", p) if w])
        for t in terms:
            out[tuple(t)] = sector
    return out


# ---------------------------------------------------------------------------- surfaces
def _title(words: str) -> str:
    out = []
    for i, w in enumerate(words.split()):
        if "." in w or any(ch.isdigit() for ch in w):
            out.append(w.upper())
        elif i > 0 and w.lower() in _SMALL:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _surfaces(name: str, exact: bool) -> list[str]:
    base = _title(name)
    forms = [base]
    if not exact and " " not in base and base[-1:].isalpha():
        forms += [base + e for e in STEM_ENDINGS]
    if "-" in base:  # "Al-Qaeda" is written "al-Qaeda"
        forms += [f[:1].lower() + f[1:] for f in forms if f[:1].isupper()]
    return forms


def _key(surface: str) -> str:
    s = surface.lower()
    return s[4:] if s.startswith("the ") else s


def _split(code: str) -> tuple[str | None, str | None]:
    """PETRARCH code → (country, sector) as riftwatch sees it."""
    prefix, rest = code[:3], code[3:]
    if prefix in NON_STATE or not prefix.isalpha() or "/" in code:
        return None, None
    return prefix, rest or None


def _segments(codes: list[tuple[str, date | None, date | None]]) -> list[tuple[str, date, date | None]]:
    """Dated codes → disjoint (code, start, end) terms; the first-listed range wins an overlap,
    the undated code fills the gaps; the null code '---' leaves a gap."""
    default = next((c for c, s, e in codes if s is None and e is None), None)
    dated = [(c, s or date.min, e or date.max) for c, s, e in codes if s is not None or e is not None]
    cuts = sorted({date.min} | {s for _, s, _ in dated} | {e + timedelta(days=1) for _, _, e in dated
                                                                 if e < date.max})
    out: list[tuple[str, date, date | None]] = []
    for i, start in enumerate(cuts):
        end = cuts[i + 1] - timedelta(days=1) if i + 1 < len(cuts) else date.max
        code = next((c for c, s, e in dated if s <= start and end <= e), default)
        if code is None or code == "---":
            continue
        if out and out[-1][0] == code and out[-1][2] is not None and out[-1][2] + timedelta(days=1) == start:
            out[-1] = (code, out[-1][1], None if end == date.max else end)
        else:
            out.append((code, start, None if end == date.max else end))
    return out


def _remove_surfaces(kb: KnowledgeBase, taken: set[str]) -> None:
    """Drop packaged surfaces the PETRARCH layer redefines (compared without case and a leading 'the')."""
    def keep(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x for x in xs if _key(x) not in taken)

    for code, c in list(kb.countries.items()):
        left = [s for s in (c.name, *c.aliases) if _key(s) not in taken]
        if _key(c.name) in taken and not (left or keep(c.demonyms) or keep(c.capitals)):
            del kb.countries[code]
            continue
        name = c.name if _key(c.name) not in taken else (left[0] if left else c.code)
        kb.countries[code] = replace(c, name=name, aliases=tuple(a for a in left if a != name),
                                     demonyms=keep(c.demonyms), capitals=keep(c.capitals))
    for code, o in list(kb.orgs.items()):
        left = [s for s in (o.name, *o.aliases) if _key(s) not in taken]
        if not left:
            del kb.orgs[code]
            continue
        kb.orgs[code] = replace(o, name=left[0] if _key(o.name) in taken else o.name,
                                aliases=tuple(a for a in left if a != (left[0] if _key(o.name) in taken
                                                                      else o.name)))
    gone = {canonical for canonical in kb.terms if _key(canonical) in taken}
    for spelling, canonical in list(kb.person_aliases.items()):
        if _key(spelling) in taken or canonical in gone:
            del kb.person_aliases[spelling]


def add_actor_entries(kb: KnowledgeBase, entries: list[_Entry]) -> None:
    """Add parsed actor-dictionary entries to ``kb`` (see the module docstring for the rules)."""
    # who owns each surface: a name as written beats a generated ending; a later entry beats an earlier one
    owner: dict[str, tuple[int, int]] = {}  # surface key -> (priority, entry index)
    plans: list[list[str]] = []
    for i, e in enumerate(entries):
        forms: list[str] = []
        for nm, exact in e.names:
            for j, s in enumerate(_surfaces(nm, exact)):
                forms.append(s)
                prio = 1 if j == 0 else 0
                k = _key(s)
                if k not in owner or prio >= owner[k][0]:
                    owner[k] = (prio, i)
        plans.append(list(dict.fromkeys(forms)))
    # an entry that claims a packaged country's or organisation's own name recodes that entity: its
    # other names follow ("EGYPT [UAR]": Cairo and Egyptian become UAR too, unless named themselves)
    inherit: dict[int, tuple[list[str], list[str], list[str]]] = {}
    for i, e in enumerate(entries):
        code = e.codes[0][0]
        if code == "---" or any(s is not None or t is not None for _, s, t in e.codes):
            continue
        mine = {k for nm, _ in e.names if owner.get(k := _key(_title(nm)), (0, -1))[1] == i}
        for cc, c in list(kb.countries.items()):
            if cc != code and _key(c.name) in mine:
                inherit[i] = ([c.name, *c.aliases], list(c.demonyms), list(c.capitals))
                del kb.countries[cc]
        for oc, o in list(kb.orgs.items()):
            if oc != code and _key(o.name) in mine:
                inherit[i] = ([o.name, *o.aliases], [], [])
                del kb.orgs[oc]
    _remove_surfaces(kb, set(owner))
    for i, (e, forms) in enumerate(zip(entries, plans)):
        surfaces = [s for s in forms if owner[_key(s)][1] == i]
        old_aliases, old_demonyms, old_capitals = ([x for x in xs if _key(x) not in owner]
                                                   for xs in inherit.get(i, ([], [], [])))
        code = e.codes[0][0]
        if not surfaces or (code == "---" and len(e.codes) == 1):
            continue  # '---': a name PETRARCH recognises but does not code
        canonical = _title(e.names[0][0])
        if any(s is not None or t is not None for _, s, t in e.codes):
            terms = []
            for c, start, end in _segments(e.codes):
                country, sector = _split(c)
                terms.append(Term(canonical, country or c[:3], _ROLE, sector or "", "", start, end))
            if terms:
                kb.terms[canonical] = terms
                for s in surfaces:
                    kb.person_aliases[s] = canonical
                kb.person_aliases[canonical] = canonical  # the resolver looks people up by this name
            continue
        country, sector = _split(code)
        if len(code) == 3 and code in kb.countries:
            c = kb.countries[code]
            kb.countries[code] = replace(c, aliases=tuple(dict.fromkeys((*c.aliases, *surfaces, *old_aliases))),
                                         demonyms=tuple(dict.fromkeys((*c.demonyms, *old_demonyms))),
                                         capitals=tuple(dict.fromkeys((*c.capitals, *old_capitals))))
        elif code in kb.orgs:
            o = kb.orgs[code]
            kb.orgs[code] = replace(o, aliases=tuple(dict.fromkeys((*o.aliases, *surfaces, *old_aliases,
                                                                    *old_demonyms, *old_capitals))))
        elif len(code) == 3 and country is not None:
            kb.countries[code] = Country(code, surfaces[0], tuple(dict.fromkeys((*surfaces[1:], *old_aliases))),
                                         tuple(old_demonyms), tuple(old_capitals))
        else:
            kb.orgs[code] = Organization(code, (sector or "")[:3] or code[:3], surfaces[0],
                                         tuple(dict.fromkeys((*surfaces[1:], *old_aliases, *old_demonyms,
                                                              *old_capitals))), country)


def _source(kind: str, path: Path) -> str:
    return f"petrarch-{kind}:{path}:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


def add_petrarch_dictionaries(kb: KnowledgeBase, actors: str | Path | None = None,
                              agents: str | Path | None = None) -> KnowledgeBase:
    """Add a PETRARCH actor and/or agent dictionary to ``kb`` in place (and return it).

    Call before an :class:`~riftwatch.actors.ActorResolver` is built from ``kb``:
    the resolver reads the surfaces once. ``Engine`` does this when the
    ``petrarch_actors`` / ``petrarch_agents`` settings are given.
    """
    if actors:
        p = Path(actors)
        if not p.is_file():
            raise DataFileError(str(p), None, "PETRARCH actor dictionary not found")
        add_actor_entries(kb, read_actor_dictionary(p))
        kb.sources.append(_source("actors", p))
    if agents:
        p = Path(agents)
        if not p.is_file():
            raise DataFileError(str(p), None, "PETRARCH agent dictionary not found")
        kb.sectors.update(read_agent_dictionary(p))
        kb.sources.append(_source("agents", p))
    return kb
