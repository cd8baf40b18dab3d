"""Actors stage: the knowledge base and resolution of noun phrases to CAMEO actor codes."""

from .kb import KnowledgeBase, PersonRole, Term
from .resolver import ActorResolver, DocActors

__all__ = ["ActorResolver", "DocActors", "KnowledgeBase", "PersonRole", "Term"]
