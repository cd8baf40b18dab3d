"""A watched folder: ingest files as they arrive, by polling (portable, no OS hooks).

Each pass lists the folder (recursively), and ingests the files that are
*complete* and not yet read in their present state:

* complete: unchanged (size and modification time) since the previous pass, or
  last modified at least ``settle`` seconds ago — a file still being written
  waits for a later pass;
* not yet read: its ``(size, mtime)`` differs from when it was last ingested.
  What was read is remembered in a small JSON file next to the store
  (``STORE.watch.json``), so a restarted watcher — or ``riftwatch watch --once``
  run from cron — does not re-read unchanged files. (Were a file re-read, the
  store's content-hash dedup would still keep it from being stored twice.)

Hidden files and the usual partial-download names (``*.part``, ``*.tmp``,
``*.crdownload``, ``*.partial``, ``*~``) are left alone, as are the store's
own files when the store lives inside the watched folder.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Options
from ..errors import InputError

PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")

Signature = tuple[int, int]  # (size in bytes, mtime in ns)


@dataclass
class WatchPass:
    """What one pass did: the files ingested (with the run's report), the files still being written."""

    files: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    report: Any = None  # riftwatch.pipeline.IngestReport, when files were ingested
    warc_skipped: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict:
        d = {"files": self.files, "waiting": self.waiting, "warc_skipped": dict(sorted(self.warc_skipped.items()))}
        if self.report is not None:
            d.update(self.report.to_dict())
        return d


def state_path(options: Options) -> Path | None:
    """Where a watcher remembers what it read: beside the store (none for an in-memory store)."""
    if options.db == ":memory:":
        return None
    return Path(str(options.db) + ".watch.json")


class Watcher:
    """Polls one folder and ingests new, complete files into the store of ``options``.

    ``clock`` (seconds, like :func:`time.time`) and ``engine`` (a loaded
    :class:`~riftwatch.pipeline.Engine`, else one is loaded on the first pass
    with files and kept) can be given, for tests and for reuse."""

    def __init__(self, directory: str | os.PathLike[str], options: Options, *, columns: str | None = None,
                 settle: float = 2.0, engine: Any = None, clock: Callable[[], float] = time.time) -> None:
        self.dir = Path(directory)
        if not self.dir.is_dir():
            raise InputError(f"cannot watch {self.dir}: no such directory", code="RW490")
        self.options, self.columns, self.settle = options, columns, settle
        self.engine, self.clock = engine, clock
        self.state_file = state_path(options)
        self.done: dict[str, Signature] = self._load_state()
        self.last_seen: dict[str, Signature] = {}
        db = Path(str(options.db)).resolve() if options.db != ":memory:" else None
        self._own = str(db) if db is not None else None

    # ------------------------------------------------------------------ state
    def _load_state(self) -> dict[str, Signature]:
        if self.state_file is None or not self.state_file.is_file():
            return {}
        try:
            raw = json.loads(self.state_file.read_text(encoding="utf-8"))
            return {k: (int(v[0]), int(v[1])) for k, v in raw.get("files", {}).items()}
        except (OSError, ValueError, TypeError, IndexError, AttributeError):
            return {}  # a damaged state file only costs a re-read (dedup keeps the store right)

    def _save_state(self) -> None:
        if self.state_file is None:
            return
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        tmp.write_text(json.dumps({"files": {k: list(v) for k, v in sorted(self.done.items())}}), encoding="utf-8")
        os.replace(tmp, self.state_file)

    # ------------------------------------------------------------------ scan
    def _ignored(self, path: Path) -> bool:
        name = path.name
        if name.startswith(".") or name.lower().endswith(PARTIAL_SUFFIXES):
            return True
        return self._own is not None and str(path.resolve()).startswith(self._own)

    def scan(self) -> dict[str, Signature]:
        """Every file under the folder with its (size, mtime_ns), in a stable order."""
        out: dict[str, Signature] = {}
        for root, dirs, files in os.walk(self.dir):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                p = Path(root) / name
                if self._ignored(p):
                    continue
                try:
                    st = p.stat()
                except OSError:  # vanished between the listing and the stat
                    continue
                out[str(p.resolve())] = (st.st_size, st.st_mtime_ns)
        return out

    def ready(self) -> tuple[list[str], list[str]]:
        """(files to ingest now, files seen but still being written), from one scan."""
        now = self.clock()
        snapshot = self.scan()
        ready, waiting = [], []
        for path, sig in snapshot.items():
            if self.done.get(path) == sig:
                continue
            stable = self.last_seen.get(path) == sig
            settled = now - sig[1] / 1e9 >= self.settle
            (ready if stable or settled else waiting).append(path)
        self.last_seen = snapshot
        under = str(self.dir.resolve()) + os.sep
        gone = [p for p in set(self.done) - set(snapshot) if p.startswith(under)]
        for path in gone:  # deleted: forgotten, so a file put back is read again
            del self.done[path]
        if gone:
            self._save_state()
        return ready, waiting

    # ------------------------------------------------------------------ ingest
    def poll(self) -> WatchPass:
        """One pass: scan, ingest what is ready, remember it."""
        from ..pipeline import Engine, run_ingest
        from .warc import collect_summaries

        files, waiting = self.ready()
        result = WatchPass(files=files, waiting=waiting)
        if not files:
            return result
        sigs = {f: self.last_seen[f] for f in files}
        if self.engine is None:
            self.engine = Engine(self.options)
        with collect_summaries() as warcs:
            result.report = run_ingest(files, self.options, columns=self.columns, engine=self.engine)
        for w in warcs:
            result.warc_skipped.update(w.skipped)
        self.done.update(sigs)
        self._save_state()
        return result
