"""Faster stand-ins for two of spaCy's pure-Python pipeline components, with the same output.

The parser, tagger and entity recogniser run in compiled code. The attribute ruler (which maps
tags to parts of speech and morphology) and the lemmatizer are Python loops over every token,
and on news text they cost as much as the parser: the attribute ruler runs spaCy's general
token Matcher over every token, and the lemmatizer calls a Python method per token.

Both components' results depend only on a few attributes of each token (and, for a few
attribute-ruler rules, of its neighbour), so they can be computed once per distinct token and
looked up:

* :class:`FastAttributeRuler` evaluates the ruler's own patterns once per distinct combination
  of the attributes they read and applies the rules' attributes in the ruler's order (a later
  rule wins), as the ruler does.
* :class:`CachedLemmatizer` asks the pipeline's lemmatizer once per (word, part of speech,
  morphology) and reuses the answer, which is what the rule lemmatizer computes from.

:func:`speed_up` swaps them in only where they can stand in exactly: an attribute ruler whose
patterns use only the forms handled here (exact values, ``IN``, ``NOT_IN`` and ``REGEX`` on
token-string attributes and flags, no operators), a lemmatizer in ``rule`` or ``lookup`` mode of
spaCy's own classes. Anything else keeps spaCy's component. ``tests/test_fast_components.py``
checks that both give the same annotation as spaCy's on real text.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc

#: token attributes the stand-in can read for a pattern: string-valued ones (compared by hash)
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "ENT_TYPE", "SHAPE"})
#: ... and boolean flags
_FLAG_ATTRS = frozenset({"IS_SPACE", "IS_ALPHA", "IS_PUNCT", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
                         "LIKE_NUM", "IS_STOP", "IS_ASCII"})
_CACHE_LIMIT = 50_000  # distinct tokens remembered before a cache starts again (memory stays flat)


class Unsupported(Exception):
    """A component or pattern the stand-ins cannot reproduce exactly (spaCy's is kept)."""


def _hash(vocab, s: str) -> int:
    return 0 if s == "" else vocab.strings.add(s)


class _Predicate:
    """One token of one pattern: a test on the values the ruler's patterns read."""

    __slots__ = ("tests",)

    def __init__(self, spec: dict, columns: dict[str, int], vocab) -> None:
        self.tests: list[tuple[int, str, object]] = []
        for name, value in spec.items():
            name = name.upper()
            if name not in _STRING_ATTRS and name not in _FLAG_ATTRS:
                raise Unsupported(f"pattern attribute {name}")
            col = columns[name]
            flag = name in _FLAG_ATTRS
            if isinstance(value, dict):
                for op, arg in value.items():
                    if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) and not flag:
                        self.tests.append((col, op, frozenset(_hash(vocab, str(a)) for a in arg)))
                    elif op == "REGEX" and isinstance(arg, str) and not flag:
                        self.tests.append((col, "REGEX", re.compile(arg)))
                    else:
                        raise Unsupported(f"pattern operator {op} on {name}")
            elif flag and isinstance(value, bool):
                self.tests.append((col, "EQ", int(value)))
            elif not flag and isinstance(value, str):
                self.tests.append((col, "EQ", _hash(vocab, value)))
            else:
                raise Unsupported(f"pattern value {value!r} for {name}")

    def __call__(self, row: tuple, vocab) -> bool:
        for col, op, arg in self.tests:
            v = row[col]
            if op == "EQ":
                if v != arg:
                    return False
            elif op == "IN":
                if v not in arg:
                    return False
            elif op == "NOT_IN":
                if v in arg:
                    return False
            elif not arg.search(vocab.strings[v] if v else ""):  # REGEX
                return False
        return True


class _StandIn:
    """A component standing in for the spaCy component ``inner``."""

    inner: object

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - both stand-ins define it
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name: str):
        """Everything else (its tables, patterns, settings) is the wrapped component's."""
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)


class FastAttributeRuler(_StandIn):
    """Same annotation as a spaCy ``AttributeRuler``, computed once per distinct token.

    The ruler finds every match of every rule's patterns, sorts the matches by rule and sets
    each matched rule's attributes on the token at the rule's index, so that a later rule
    overrides an earlier one. Here each distinct tuple of the attributes the patterns read
    is tested against every one-token pattern once; the rare longer patterns are checked at
    the positions whose token starts them."""

    def __init__(self, ruler) -> None:
        self.inner = ruler
        self.vocab = ruler.vocab
        names = sorted({k.upper() for p in ruler.patterns for pat in p["patterns"] for tok in pat for k in tok})
        if not names:
            raise Unsupported("no patterns")
        self.read = [IDS[n] for n in names if n in IDS]
        if len(self.read) != len(names):
            raise Unsupported("unknown attribute")
        columns = {n: i for i, n in enumerate(names)}
        # the ruler's own compiled attributes, by rule (the order the ruler applies them in)
        rule_attrs: list[dict[int, int]] = [dict(a) for a in ruler.attrs]
        indices: list[int] = list(ruler.indices)
        if len(rule_attrs) != len(ruler.patterns) or len(indices) != len(rule_attrs):
            raise Unsupported("rules and patterns out of step")
        self.write = sorted({a for attrs in rule_attrs for a in attrs})
        self._col = {a: i for i, a in enumerate(self.write)}
        self.rules = [tuple((self._col[a], v) for a, v in attrs.items()) for attrs in rule_attrs]
        self.specs: list[tuple[int, int, int, int, _Predicate]] = []  # (rule, pattern, position, length, test)
        self.index: list[int] = indices
        for k, p in enumerate(ruler.patterns):
            for j, pat in enumerate(p["patterns"]):
                if not pat or any("OP" in tok or "op" in tok for tok in pat):
                    raise Unsupported("quantified pattern")
                for pos, tok in enumerate(pat):
                    self.specs.append((k, j, pos, len(pat), _Predicate(tok, columns, self.vocab)))
        # each test filed under a value it needs (TAG "NN"; one of the words IN a list), so that a
        # token is tested only against the patterns that can hold for it
        self._by_value: dict[tuple[int, int], list[int]] = {}
        self._always: list[int] = []
        for n, spec in enumerate(self.specs):
            needed = next(((col, arg) for col, op, arg in spec[4].tests if op in ("EQ", "IN")), None)
            if needed is None:
                self._always.append(n)
                continue
            col, arg = needed
            for value in (arg if isinstance(arg, frozenset) else (arg,)):
                self._by_value.setdefault((col, value), []).append(n)
        self._cache: dict[tuple, tuple] = {}

    def _evaluate(self, row: tuple) -> tuple:
        """(the one-token rules matching a token like ``row``, in rule order;
        the longer patterns it starts; every (rule, pattern, position) it satisfies)."""
        singles, starts, holds = [], [], set()
        candidates = set(self._always)
        for col, value in enumerate(row):
            candidates.update(self._by_value.get((col, value), ()))
        for n in sorted(candidates):
            k, j, pos, length, test = self.specs[n]
            if test(row, self.vocab):
                if length == 1:
                    singles.append(k)
                else:
                    holds.add((k, j, pos))
                    if pos == 0:
                        starts.append((k, j, length))
        return tuple(singles), tuple(starts), frozenset(holds)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        rows = doc.to_array(self.read).tolist()
        found = []
        longer = False
        for row in rows:
            key = tuple(row)
            hit = cache.get(key)
            if hit is None:
                hit = cache[key] = self._evaluate(key)
            found.append(hit)
            longer = longer or bool(hit[1])
        matches: list[tuple[int, int]] = []  # (rule, token)
        for i, (singles, _, _) in enumerate(found):
            for k in singles:
                t = i + self.index[k] if self.index[k] >= 0 else i + 1 + self.index[k]
                matches.append((k, t))
        if longer:
            for i, (_, starts, _) in enumerate(found):
                for k, j, length in starts:
                    if i + length <= n and all((k, j, p) in found[i + p][2] for p in range(1, length)):
                        idx = self.index[k]
                        t = i + idx if idx >= 0 else i + length + idx
                        if not i <= t < i + length:
                            raise ValueError(f"attribute ruler index {idx} outside a match of {length} tokens")
                        matches.append((k, t))
        matches.sort(key=lambda m: m[0])  # by rule; the ruler's own order (later rules win)
        out = doc.to_array(self.write)
        rules = self.rules
        for k, t in matches:
            for col, value in rules[k]:
                out[t, col] = value
        doc.from_array(self.write, out)
        return doc

class CachedLemmatizer(_StandIn):
    """A spaCy rule or lookup lemmatizer, asked once per (word, part of speech, morphology):
    everything its answer depends on."""

    def __init__(self, lemmatizer) -> None:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__} in mode {lemmatizer.mode!r}")
        self.inner = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}
        self._cols = [IDS["ORTH"], IDS["POS"], IDS["MORPH"], IDS["LEMMA"]]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        inner = self.inner
        if not inner._validated:
            inner._validate_tables()
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        arr = doc.to_array(self._cols)
        lemmas = arr[:, 3].tolist()
        strings = self.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            h = cache.get(key)
            if h is None:
                h = cache[key] = strings.add(inner.lemmatize(doc[i])[0])
            lemmas[i] = h
        doc.from_array([self._cols[3]], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

def speed_up(nlp: Language) -> list[str]:
    """Replace the pipeline's attribute ruler and lemmatizer with the stand-ins above, where
    they reproduce them exactly; returns the names of the components replaced."""
    replaced = []
    for name, make in (("attribute_ruler", FastAttributeRuler), ("lemmatizer", CachedLemmatizer)):
        if name not in nlp.pipe_names:
            continue
        try:
            fast = make(nlp.get_pipe(name))
        except Unsupported:
            continue
        # spaCy adds components only from registered factories, which take no objects; the stand-in
        # takes the component's place (same name, same position) in the pipeline's own list
        components = nlp._components
        at = next(i for i, (n, _) in enumerate(components) if n == name)
        components[at] = (name, fast)
        replaced.append(name)
    return replaced


__all__ = ["CachedLemmatizer", "FastAttributeRuler", "Unsupported", "speed_up"]
