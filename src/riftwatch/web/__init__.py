"""The dashboard and its read-only JSON API (``riftwatch serve``).

>>> from riftwatch.web import create_app
>>> app = create_app("news.duckdb")   # an ASGI app: uvicorn, or fastapi.testclient.TestClient
"""

from .app import create_app

__all__ = ["create_app"]
