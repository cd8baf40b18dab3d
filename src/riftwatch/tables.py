"""Reading the packaged (and user) TSV data files, with a schema check.

Every data file is UTF-8, tab-separated, has a header row, and may contain
blank lines and ``#`` comment lines. A malformed file raises
:class:`~riftwatch.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import DataFileError


def data_path(*parts: str) -> Path:
    """Path of a packaged data file under ``riftwatch/data``."""
    return Path(str(resources.files("riftwatch").joinpath("data", *parts)))


def read_tsv(path: str | Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row; check the header is ``columns``.

    Missing trailing cells are read as empty strings; extra cells are an error.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(str(path), None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), None, f"not UTF-8: {exc}") from None
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            if tuple(header) != columns:
                raise DataFileError(str(path), n, f"header is {header}, expected {list(columns)}")
            continue
        if len(cells) > len(columns):
            raise DataFileError(str(path), n, f"{len(cells)} cells, expected at most {len(columns)}")
        cells += [""] * (len(columns) - len(cells))
        yield n, {c: v.strip() for c, v in zip(columns, cells)}
    if header is None:
        raise DataFileError(str(path), None, "file has no header row")


def split_list(value: str) -> list[str]:
    """``"a|b| c"`` → ``["a", "b", "c"]``; empty → ``[]``."""
    return [v.strip() for v in value.split("|") if v.strip()] if value else []
