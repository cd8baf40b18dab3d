"""Analysis stage: relation series between states."""

from .relations import PERIODS, dyad_balance, relations, top_dyads

__all__ = ["PERIODS", "dyad_balance", "relations", "top_dyads"]
