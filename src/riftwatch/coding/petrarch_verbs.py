"""PETRARCH-format verb dictionaries as a pattern layer (setting ``petrarch_verbs``).

A user with a CAMEO verb dictionary written for PETRARCH or TABARI (such as the one the
PETRARCH validation suite ships) can code with it on top of riftwatch's own patterns, as the
actor and agent dictionaries of the same format are read into the knowledge base. The file is
read at run time; nothing of it is packaged.

What is read: the synonym sets (``&NAME`` then ``+WORD`` lines) and the verb blocks
(``--- NAME [code] ---``, then the block's verbs, each with an optional code of its own, then
its ``- ...`` patterns). A pattern's phrase after the verb ``*`` becomes riftwatch's pattern
columns (:mod:`riftwatch.coding.patterns`):

* nothing → the verb alone (``%`` before the verb: reciprocal);
* ``WORD``, ``&SYNSET`` or ``{TWO WORDS}`` → the object (a later ``(...)`` is not required);
* ``(PREP)`` → the particle; ``(PREP WORD)`` → the particle and its object;
* ``+`` → the target is the direct object; ``(PREP +)`` → the target is that phrase's object.

Patterns with words before the verb, source markers (``$``), skipped words (``^``) or codes
that are not CAMEO codes (the suite's dictionary still holds WEIS codes) are left out and
counted in :attr:`VerbDictionary.skipped`. A block's verbs that riftwatch already has a bare
pattern for keep riftwatch's (its speech and mood handling); their object patterns are added.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError
from .ontology import cameo_codes
from .patterns import Pattern

#: where a dictionary verb's target may stand when the pattern does not say
DEFAULT_TARGETS = ("dobj", "dative", "prep:with", "prep:to", "prep:against", "prep:on", "prep:in", "prep:at",
                   "prep:for", "prep:from", "prep:over", "prep:of")
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
PARTICLES = frozenset({"off", "down", "up", "out", "in", "on", "back", "away", "over", "through", "aside"})
_FUNCTION_WORDS = frozenset({"not", "on", "to", "with", "in", "at", "for", "of", "by", "from", "that", "the", "a",
                             "an", "would", "will", "not", "no", "out", "up", "back", "off", "down"})


@dataclass
class VerbDictionary:
    patterns: list[Pattern]
    skipped: Counter = field(default_factory=Counter)


def _code(text: str, codes: frozenset[str]) -> str | None:
    first = text.split(":")[0].strip()
    return first if first in codes else None


def _words(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """The lower-case object alternatives an item stands for: a word, a synonym set, or a
    braced phrase (its last two words, each synonym set expanded)."""
    if item.startswith("{"):
        parts = item.strip("{}").split()
        alts = [[]]
        for p in parts[-2:]:
            opts = synsets.get(p, []) if p.startswith("&") else [p]
            alts = [a + [o] for a in alts for o in opts]
        return [_lemma(" ".join(a)) for a in alts if a]
    if item.startswith("&"):
        return [_lemma(w) for w in synsets.get(item, [])]
    return [_lemma(item)]


def _lemma(phrase: str) -> str:
    """Lower case, underscores as spaces, the last word made singular ("TALKS" → "talk")."""
    words = phrase.replace("_", " ").lower().split()
    if not words:
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        head = head[:-1]
    return " ".join([*words[:-1], head])


def read_verb_dictionary(path: str | Path, known_bare: frozenset[str] = frozenset()) -> VerbDictionary:
    """The patterns of a PETRARCH verb dictionary (see the module docstring); ``known_bare``
    holds the verb lemmas riftwatch already codes alone."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), 0, f"cannot read the verb dictionary: {exc}") from None
    codes = cameo_codes()
    synsets: dict[str, list[str]] = {}
    out = VerbDictionary([])
    current: str | None = None
    verbs: list[tuple[str, str | None, str | None]] = []  # (lemma, particle, code)
    block_code: str | None = None
    in_verbs = False
    seen: set[tuple] = set()

    def add(lemma, particle, objects, target, code, flags, n):
        key = (lemma, particle, objects, target, code, flags)
        if key in seen:
            return
        seen.add(key)
        out.patterns.append(Pattern(f"petrarch:{lemma}{'_' + particle if particle else ''}:{n}", code, "V", lemma,
                                    particle, objects, target, None, flags, "", None, None))

    for n, raw in enumerate(lines, 1):
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if not in_verbs:
                current = None  # a blank line ends a synonym set
            continue
        if not in_verbs:
            if line.startswith("&"):
                current = line.strip()
                synsets[current] = []
            elif line.startswith("+") and current is not None:
                synsets[current].append(line[1:].strip().rstrip("_"))
            continue
        m = _HEADER.match(line)
        if m:
            verbs, block_code = [], _code(m.group(2), codes)
            continue
        stripped = line.strip()
        if stripped.startswith("-") or stripped.startswith("*"):
            body = stripped.lstrip("-").strip()
            cm = _CODE.search(body)
            code = _code(cm.group(1), codes) if cm else None
            if code is None:
                out.skipped["not a CAMEO code"] += 1
                continue
            toks = _TOKEN.findall(body[:cm.start()])
            if "*" not in toks:
                out.skipped["no verb"] += 1
                continue
            before, after = toks[:toks.index("*")], toks[toks.index("*") + 1:]
            flags = frozenset({"sym"}) if before == ["%"] else frozenset()
            if (before and before != ["%"]) or any(t in ("$", "^", "%") or "$" in t or "^" in t for t in after):
                out.skipped["context the layer does not read"] += 1
                continue
            spec = _spec(after, synsets)
            if spec is None:
                out.skipped["phrase the layer does not read"] += 1
                continue
            particle, objects, target = spec
            for lemma, vpart, _ in verbs:
                if vpart and particle:
                    continue
                if not objects and not particle and target == DEFAULT_TARGETS and lemma in known_bare:
                    continue
                add(lemma, vpart or particle, objects, target, code, flags, n)
            continue
        # a verb line of the block: WORD {forms} [code]
        word = stripped.split()[0]
        cm = _CODE.search(stripped)
        vcode = _code(cm.group(1), codes) if cm else block_code
        if cm and vcode is None:
            out.skipped["not a CAMEO code"] += 1
        parts = [p for p in word.lstrip("+").lower().replace("+", "").split("_") if p]
        if not parts:
            continue
        lemma, particle = parts[0], (parts[1] if len(parts) == 2 and parts[1] in PARTICLES else None)
        if len(parts) > 1 and particle is None:
            out.skipped["multiword verb"] += 1
            continue
        verbs.append((lemma, particle, vcode))
        if vcode is not None and (particle or lemma not in known_bare):
            add(lemma, particle, frozenset(), DEFAULT_TARGETS, vcode, frozenset(), n)
    return out


def _spec(after: list[str], synsets: dict[str, list[str]]
          ) -> tuple[str | None, frozenset[str], tuple[str, ...]] | None:
    """(particle, objects, target slots) of the phrase after the verb, or None."""
    if not after:
        return None, frozenset(), DEFAULT_TARGETS
    first = after[0]
    if first == "+":
        return (None, frozenset(), ("dobj",)) if len(after) == 1 else None
    if first.startswith("("):
        inner = first.strip("()").split()
        if not inner or not inner[0].isalpha():
            return None
        prep = inner[0].lower()
        if len(inner) == 1:
            return prep, frozenset(), DEFAULT_TARGETS
        if inner[1:] == ["+"]:
            return None, frozenset(), (f"prep:{prep}",)
        if "+" in inner or "$" in inner:
            return None
        obj = " ".join(inner[1:])
        words = _words("{" + obj + "}" if len(inner) > 2 else inner[1], synsets)
        return prep, frozenset(w for w in words if w), DEFAULT_TARGETS
    if first.startswith("{") or first.startswith("&") or first.isalpha() or "-" in first:
        if first.lower() in _FUNCTION_WORDS or any(not t.startswith("(") or "+" in t for t in after[1:]):
            return None  # "* NOT EXTEND DEADLINE", "* ON &SOLUTION": word order the layer does not read
        words = _words(first, synsets)
        return None, frozenset(w for w in words if w), DEFAULT_TARGETS
    return None


__all__ = ["read_verb_dictionary", "VerbDictionary", "DEFAULT_TARGETS"]
