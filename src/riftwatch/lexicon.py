"""The word lists of the coder and the actor resolver, kept as data in ``data/patterns/word_lists.tsv``.

A module of its own, importing nothing of the pipeline's stages, so that both the actors
stage and the coding stage read the same lists (the actors stage cannot import the coding
package, which imports it).

Each row names a list and gives its lemmas (lower case, comma-separated) and what it
is for. :func:`word_list` returns one list as a frozenset; a keyed family (``weapon.194``,
``other_sense.meet``) is read whole with :func:`word_family`. The file is checked when
read: a missing or repeated name, an empty list, a repeated or upper-case word is an
error that names the file and line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import DataFileError
from .tables import data_path, read_tsv

COLUMNS = ("list", "words", "meaning")


@lru_cache(maxsize=4)
def load_word_lists(path: str | None = None) -> dict[str, frozenset[str]]:
    """Every list of the file (the packaged one by default), by name."""
    p = Path(path) if path else data_path("patterns", "word_lists.tsv")
    lists: dict[str, frozenset[str]] = {}
    for n, r in read_tsv(p, COLUMNS):
        name = r["list"].strip()
        if not name or name in lists:
            raise DataFileError(str(p), n, f"missing or duplicate list name {name!r}")
        words = [w.strip() for w in r["words"].split(",") if w.strip()]
        if not words:
            raise DataFileError(str(p), n, f"list {name} has no words")
        bad = sorted({w for w in words if w != w.lower()} | {w for w in words if words.count(w) > 1})
        if bad:
            raise DataFileError(str(p), n, f"list {name}: repeated or upper-case words {bad}")
        lists[name] = frozenset(words)
    return lists


def word_list(name: str) -> frozenset[str]:
    """The packaged list ``name``; a name the file lacks is a ``KeyError`` naming the file."""
    lists = load_word_lists()
    if name not in lists:
        raise KeyError(f"no word list {name!r} in data/patterns/word_lists.tsv")
    return lists[name]


def word_family(prefix: str) -> dict[str, frozenset[str]]:
    """The lists named ``prefix.KEY``, by KEY: ``word_family("other_sense")["meet"]``."""
    return {k.split(".", 1)[1]: v for k, v in load_word_lists().items() if k.startswith(prefix + ".")}
