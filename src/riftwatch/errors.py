"""riftwatch's exceptions and rejection reasons.

Exception tree::

    RiftwatchError                 base of everything riftwatch raises (has .code)
    ├── ConfigError                RW1xx  bad option, unknown model, bad config file
    ├── DataFileError              RW2xx  a packaged or user data file is malformed
    ├── StoreError                 RW3xx  the DuckDB store cannot be opened or migrated
    └── InputError                 RW4xx  a query argument is invalid (bad date, code)

Inputs that cannot be read are *not* exceptions that stop a run: each becomes a
:class:`~riftwatch.models.Rejection` carrying one :class:`RejectReason`, which
the run reports and the store keeps.
"""

from __future__ import annotations

from enum import Enum


class RiftwatchError(Exception):
    """Base class. ``code`` is a stable identifier tests and users can match."""

    code = "RW000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(RiftwatchError):
    code = "RW100"


class DataFileError(RiftwatchError):
    code = "RW200"

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class StoreError(RiftwatchError):
    code = "RW300"


class InputError(RiftwatchError):
    code = "RW400"


class RejectReason(str, Enum):
    """Why an input file or row was not ingested. Values are stored in the DB."""

    EMPTY = "empty"  # zero bytes, or only whitespace / page furniture
    BINARY = "binary"  # looks like a binary file (NUL bytes, non-text magic)
    ENCODING = "encoding"  # not valid UTF-8 (nor declared another encoding)
    TRUNCATED = "truncated"  # compressed stream ends early or is corrupt
    MALFORMED = "malformed"  # a JSON line / CSV row / HTML page that does not parse
    MISSING_TEXT = "missing_text"  # a record without the mapped text column
    NO_CONTENT = "no_content"  # HTML whose main text could not be extracted
    BAD_DATE = "bad_date"  # a date field present but unreadable
    UNSUPPORTED = "unsupported"  # a file type riftwatch does not read
    UNREADABLE = "unreadable"  # the OS refused (permissions, vanished file)
    TOO_LARGE = "too_large"  # over the configured size limit
    CODING_ERROR = "coding_error"  # the NLP/coding stage failed on this article (a bug: please report)

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value
