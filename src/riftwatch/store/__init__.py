"""Store stage: the DuckDB file, its migrations and the single write path."""

from .db import MIGRATIONS, STATUSES, RunCounts, Store

__all__ = ["MIGRATIONS", "STATUSES", "RunCounts", "Store"]
