"""Where stage: an offline gazetteer and the event locator."""

from .gazetteer import Gazetteer, Place, gazetteer_for
from .locate import Locator, dateline_place

__all__ = ["Gazetteer", "Locator", "Place", "dateline_place", "gazetteer_for"]
