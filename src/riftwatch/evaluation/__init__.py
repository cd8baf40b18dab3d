"""Measuring the coder against gold-standard event data.

* :mod:`.gold` — readers for the development gold sets (PETRARCH validation
  suite, PLOVER/CAMEO-manual examples) into :class:`GoldRecord` lists;
* :mod:`.petrarch` — PETRARCH actor/agent dictionaries as an extra
  knowledge-base layer (settings ``petrarch_actors`` / ``petrarch_agents``);
* :mod:`.score` — :func:`evaluate`: precision/recall/F1 per level, per-class
  table, confusion matrix, errors with causes;
* :mod:`.gate` — floors in ``eval/baseline.json`` and :func:`check`.

``riftwatch eval GOLD...`` is the command-line face; ``eval/README.md`` the manual.
"""

from .gold import GoldEvent, GoldRecord, GoldSet, detect_format, load_gold
from .petrarch import add_petrarch_dictionaries
from .score import LEVELS, EvalReport, Score, evaluate

__all__ = ["LEVELS", "EvalReport", "GoldEvent", "GoldRecord", "GoldSet", "Score", "add_petrarch_dictionaries",
           "detect_format", "evaluate", "load_gold"]
