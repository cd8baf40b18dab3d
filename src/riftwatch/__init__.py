"""riftwatch: news articles in, coded political events out, relations over time.

The public API (see :mod:`riftwatch.api`)::

    code(text, date=...)            -> list[Event]
    code_records(records)           -> list[Event]
    ingest(paths, db=...)           -> IngestReport
    events(db=..., source=..., ...) -> list[dict]
    relations(a, b, by=..., db=...) -> list[dict]
    dyads(db=...)                   -> list[dict]
    relations_frame / dyads_frame / events_frame -> pandas.DataFrame
    changes(kind="rift"|"rapprochement", db=..., since=...) -> list[dict]
"""

__version__ = "0.1.0"

from .api import (changes, code, code_records, dyads, dyads_frame, events, events_frame, ingest,  # noqa: E402
                  relations, relations_frame)
from .config import Options, load_options  # noqa: E402
from .errors import (ConfigError, DataFileError, InputError, RejectReason, RiftwatchError,  # noqa: E402
                     StoreError)
from .models import Actor, Article, Event, Rejection  # noqa: E402
from .pipeline import Engine, IngestReport  # noqa: E402

__all__ = [
    "Actor", "Article", "ConfigError", "DataFileError", "Engine", "Event", "IngestReport", "InputError",
    "Options", "RejectReason", "Rejection", "RiftwatchError", "StoreError", "__version__", "code",
    "changes", "code_records", "dyads", "dyads_frame", "events", "events_frame", "ingest", "load_options",
    "relations", "relations_frame",
]
