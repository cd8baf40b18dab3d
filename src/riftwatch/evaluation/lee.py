"""The Lee-corpus gold sets: news of December 2001 and August–September 2002, annotated by us.

The Lee corpus (Lee, Pincombe and Welsh 2005) is 300 + 50 short news articles of the
Australian Broadcasting Corporation and the wire services, one article a line. It ships
as test data inside the ``gensim`` wheel on PyPI (``gensim/test/test_data/lee_background.cor``
and ``lee.cor``); it is never copied into this repository. Our labels
(``eval/lee_dev.jsonl``, set ``lee-dev``; ``eval/lee_heldout.jsonl``, set ``lee-heldout``,
measured only) hold offsets, as the Reuters sets do. A row::

    {"id": "lee_background-34-0", "file": "lee_background.cor", "doc": 34, "date": "2001-12-28",
     "start": 0, "end": 139, "sha1": "...",
     "events": [{"source": "PAK", "target": "IND", "root": "16", "code": "163"}],
     "note": "optional"}

``doc`` is the 0-based line of the file (read as Latin-1, the line without its newline);
``start``/``end`` are character offsets into it and ``sha1`` is the SHA-1 of that slice in
UTF-8, checked on every load. Everything else is as in :mod:`.reuters`.

The two files are found through ``RIFTWATCH_LEE`` (a folder holding them), then
``.cache/corpora/lee`` in the repository (``python -m riftwatch.evaluation.lee fetch``
puts them there, from the gensim wheel, checking their SHA-256), then an installed
``gensim`` package. When none has them the sets are skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from .gold import GoldSet, sha256_file
from .reuters import LEVELS, check_fields, check_span_row, read_rows, span_record

#: the corpus files and their SHA-256 (as in gensim 4.4.0's wheel)
FILES = {
    "lee_background.cor": "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb",
    "lee.cor": "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e",
}
WHEEL = "gensim==4.4.0"
MEMBER = "gensim/test/test_data/"
FIELDS = {"id", "file", "doc", "date", "start", "end", "sha1", "events", "note"}
_ID = re.compile(r"(lee_background|lee)-(\d+)-[a-z]?\d+")


class LeeCorpusMissing(DataFileError):
    """The Lee corpus files are not where the labels need them."""


def set_name(path: str | Path) -> str:
    """``lee_<x>.jsonl`` is set ``lee-<x>`` (``lee_heldout.jsonl`` → ``lee-heldout``)."""
    return Path(path).stem.replace("_", "-")


def cache_dir() -> Path:
    from .gate import repo_root

    return repo_root() / ".cache" / "corpora" / "lee"


def find_corpus(explicit: str | Path | None = None) -> Path | None:
    """The folder holding both Lee files, or None: ``explicit``, ``RIFTWATCH_LEE``, the
    repository's ``.cache/corpora/lee``, then an installed gensim's test data."""
    cands: list[Path] = [Path(p) for p in (explicit, os.environ.get("RIFTWATCH_LEE")) if p]
    cands.append(cache_dir())
    try:
        spec = importlib.util.find_spec("gensim")  # located, not imported
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        cands += [Path(p) / "test" / "test_data" for p in spec.submodule_search_locations]
    return next((c for c in cands if all((c / f).is_file() for f in FILES)), None)


def documents(path: str | Path) -> list[str]:
    """The articles of one Lee file: line i (Latin-1, without its newline) is document i."""
    try:
        return Path(path).read_bytes().decode("latin-1").split("\n")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from None


def _check_row(rec: Any, codes: Any) -> str | None:
    problem = check_fields(rec, FIELDS)
    if problem:
        return problem
    if rec["file"] not in FILES:
        return f"file {rec['file']!r} is not one of {', '.join(FILES)}"
    if not isinstance(rec["doc"], int) or isinstance(rec["doc"], bool) or rec["doc"] < 0:
        return f"doc {rec['doc']!r} is not a line number"
    m = _ID.fullmatch(rec["id"]) if isinstance(rec["id"], str) else None
    if m is None or m.group(1) + ".cor" != rec["file"] or int(m.group(2)) != rec["doc"]:
        return f"id {rec['id']!r} is not '<file stem>-<doc>-<n>' for {rec['file']} doc {rec['doc']}"
    return check_span_row(rec, codes)


def read_lee_gold(path: str | Path, corpus: str | Path | None = None) -> GoldSet:
    """The Lee labels at ``path`` with their sentences cut from the corpus; a clear
    :class:`LeeCorpusMissing` when the files are not found, and
    :class:`~riftwatch.errors.DataFileError` (file and line) for a bad row or a changed text."""
    path = Path(path)
    rows = read_rows(path, _check_row)
    where = find_corpus(corpus)
    if where is None:
        raise LeeCorpusMissing(str(path), None, (
            "the Lee corpus (lee_background.cor, lee.cor) is not found: these labels hold offsets, not text. "
            "Fetch it with `python -m riftwatch.evaluation.lee fetch` (from the gensim wheel on PyPI), or "
            "set RIFTWATCH_LEE to a folder holding both files"))
    docs = {f: documents(where / f) for f in {rec["file"] for _, rec in rows}}
    recs = []
    for n, rec in rows:
        lines = docs[rec["file"]]
        if rec["doc"] >= len(lines):
            raise DataFileError(str(path), n, f"{rec['file']} has {len(lines)} lines, no doc {rec['doc']}")
        recs.append(span_record(path, n, rec, lines[rec["doc"]], f"{rec['file']} doc {rec['doc']}"))
    return GoldSet(set_name(path), "lee", recs, LEVELS, "root", {path.name: sha256_file(path)})


def fetch(dest: str | Path | None = None) -> Path:
    """Download the gensim wheel (no dependencies, nothing installed), take the two Lee
    files out of it into ``dest`` (default :func:`cache_dir`) and check their SHA-256."""
    dest = Path(dest) if dest else cache_dir()
    if all((dest / f).is_file() and sha256_file(dest / f) == h for f, h in FILES.items()):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
               "--dest", tmp, WHEEL]
        done = subprocess.run(cmd, capture_output=True, text=True)
        wheels = list(Path(tmp).glob("gensim-*.whl"))
        if done.returncode != 0 or not wheels:
            raise RuntimeError(f"pip download {WHEEL} failed: {(done.stderr or done.stdout).strip()[-400:]}")
        dest.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheels[0]) as whl:
            for name, digest in FILES.items():
                data = whl.read(MEMBER + name)
                if hashlib.sha256(data).hexdigest() != digest:
                    raise RuntimeError(f"{name} in {wheels[0].name} is not the expected copy (SHA-256 differs)")
                (dest / name).write_bytes(data)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m riftwatch.evaluation.lee",
                                 description="Fetch the Lee news corpus (gensim's test data) for the Lee gold sets.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch", help="download the gensim wheel and keep only the two Lee files")
    f.add_argument("--dest", help="folder to write them to (default: .cache/corpora/lee in the repository)")
    args = ap.parse_args(argv)
    try:
        print(fetch(args.dest))
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
