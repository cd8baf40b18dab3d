"""The bundled demo corpus (written by the riftwatch developers; see data/demo/README.md)."""

from __future__ import annotations

from .ingest import SUPPORTED
from .tables import data_path


def demo_files() -> list[str]:
    """Paths of the demo articles (the corpus README is not an article)."""
    d = data_path("demo")
    return sorted(str(p) for p in d.iterdir() if p.suffix.lower() in SUPPORTED)
