"""Coding stage: CAMEO ontology, verb/noun patterns and the coder."""

from .coder import Coder, Unresolved
from .ontology import CameoCode, cameo_codes, lookup
from .patterns import Pattern, PatternSet

__all__ = ["CameoCode", "Coder", "Pattern", "PatternSet", "Unresolved", "cameo_codes", "lookup"]
