"""Stray capitals after an abbreviation: "the U.S. Is pressing Japan", "U.S. Officials said",
"called the U.S. Attacks an escalation".

Some wire archives (Reuters-21578 among them) were sentence-cased by a tool that took the period of
"U.S." or "U.K." for a sentence end and capitalised the next word. The parser then splits the
sentence there or reads the word as part of a name ("U.S. Attacks" as a proper noun), and the
event is lost. :func:`recase` lowers such a word again, one character for one, so offsets into the
original text stay valid; the events keep the original text.

A word is lowered only where the capital cannot be a real one:

* a function word that cannot start a name ("And", "Is", "Would", "To" …), or
* a common English word (the pipeline's lemmatizer dictionary) that is not followed by another
  capitalised word (that would be a name: "U.S. Trade Representative", "U.S. Navy Secretary")
  and is not a word that often opens a real sentence ("The", "In", "But" …).

Only "U.S.", "U.K.", "U.N." and "E.C." are taken: the tool that made the noise stopped at them. A
real sentence that ends in "U.S." and goes on with a lower-case-able noun and a verb ("... left the
U.S. Attacks followed.") is read as one sentence: rare in news, and the known cost of the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: words that never start a name and, after "U.S.", almost never start a sentence
FUNCTION_WORDS = frozenset("""and or nor is are was were has have had would will could should can may might must
did does do to than as""".split())
#: words that often open a real sentence after an abbreviation ends one ("... with the U.S. The talks")
SENTENCE_OPENERS = frozenset("""the a an in on at but it he she they we i this that these those there for after
before last earlier later meanwhile however when while if since although though""".split())
#: institutions and titles whose capital is their own ("U.S. Congress", "U.K. Treasury", "U.S. Ambassador")
INSTITUTIONS = frozenset("""congress senate house treasury navy army embassy government administration court
department marines forces secretary president ambassador envoy minister representative attorney general
commander undersecretary""".split())

_AFTER_ABBREVIATION = re.compile(r"(?<![\w.])(?:U\.[SKN]|E\.C)\. ([A-Z][a-z]+)\b(?!['.-]\w)( +\S)?")


def _common(word: str, words: Iterable[str] | frozenset[str]) -> bool:
    return word in words or (word.endswith("s") and (word[:-1] in words or
                                                      (word.endswith("es") and word[:-2] in words)
                                                      or (word.endswith("ies") and word[:-3] + "y" in words)))


def recase(text: str, words: frozenset[str], names: frozenset[str] = frozenset()) -> str:
    """``text`` with stray capitals after "U.S."-style abbreviations lowered (same length), and the
    capitals of a headline written in title case (see :func:`recase_headline`)."""
    if names:
        # a headline stands on a line of its own: a line wrapped inside a paragraph ("said Arthur Miller,
        # BankAmerica's Vice President for Financial") or a table row is none
        lines = text.split("\n")
        text = "\n".join(recase_headline(line, words, names) if (k == 0 or not lines[k - 1].strip()) and (
            k == len(lines) - 1 or not lines[k + 1].strip()) else line for k, line in enumerate(lines))
    if ". " not in text:
        return text
    out: list[str] | None = None
    for m in _AFTER_ABBREVIATION.finditer(text):
        word, nxt = m.group(1), m.group(2)
        low = word.lower()
        if low not in FUNCTION_WORDS:
            if low in SENTENCE_OPENERS or low in INSTITUTIONS or not _common(low, words):
                continue
            if nxt is None or nxt.strip()[:1].isupper() or text.startswith("of ", m.end(1) + 1):
                continue  # end of text, or a name goes on ("U.S. Trade Representative", "U.N. Office of")
        if out is None:
            out = list(text)
        out[m.start(1)] = low[0]
    return text if out is None else "".join(out)


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def recase_headline(line: str, words: frozenset[str] | Iterable[str], names: frozenset[str]) -> str:
    """A line written in title case ("Putin Apologises to Azerbaijan's Aliyev Over Deadly Plane Crash")
    with the capitals of its common words lowered, so the parser reads verbs and nouns, not one long name:
    "Putin apologises to Azerbaijan's Aliyev over deadly plane crash". A word keeps its capital when it
    opens the line, is a word of a name the knowledge base knows (``names``: "Russian", "Putin", "Air"),
    or is no English word. Only a line of at least four words of four or more letters, all capitalised,
    and no full stop at its end is a title; the result has the same length."""
    long_words = [m for m in _WORD.finditer(line) if len(m.group()) >= 4]
    if len(long_words) < 4 or not all(m.group()[0].isupper() for m in long_words) or line.rstrip().endswith("."):
        return line  # (a sentence full of names ends with a full stop: "Visiting U.S. Secretary of State ... met Xi.")
    out = list(line)
    first = _WORD.search(line)
    for m in _WORD.finditer(line):
        w = m.group()
        low = w.lower()
        if (first is not None and m.start() == first.start()) or not w[0].isupper() or not w[1:].islower():
            continue
        bare = low.split("'")[0].split("\u2019")[0]
        if bare in names or not _common(bare, words):
            continue
        out[m.start()] = low[0]
    return "".join(out)


__all__ = ["recase", "recase_headline"]
