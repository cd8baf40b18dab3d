"""``riftwatch serve``: the dashboard and its read-only JSON API.

Wire it into the app with ``register(app)`` (done in :mod:`riftwatch.cli`).
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Optional

import typer
from rich.console import Console

err = Console(stderr=True)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""
    from . import handle_errors  # the package defines it before registering commands

    @app.command("serve")
    @handle_errors
    def serve_cmd(
        db: Optional[str] = typer.Option(None, "--db", help="Store to serve [default: the global --db / setting db]."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but a loopback address "
                                 "exposes the store to the network."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    ) -> None:
        """Serve the dashboard and a read-only JSON API (OpenAPI at /openapi.json) over a store.

        Example: riftwatch serve --db riftwatch-demo.duckdb --port 8000
        """
        from ..store import Store
        from . import _opts

        path = db or _opts().db
        with Store(path, read_only=True) as store:  # fail now, with the store's own message
            counts = store.counts()
        try:
            import uvicorn

            from ..web import create_app
        except ImportError as exc:
            err.print(f"[bold red]error:[/bold red] the dashboard needs fastapi and uvicorn ({exc.name} is "
                      f"missing): pip install 'riftwatch'", highlight=False)
            raise typer.Exit(2) from None
        try:  # a taken port or an unknown address: say so before starting
            with socket.create_server((host, port)):
                pass
        except OSError as exc:
            err.print(f"[bold red]error:[/bold red] cannot serve on {host}:{port}: {exc.strerror or exc}",
                      highlight=False)
            raise typer.Exit(2) from None
        if not _loopback(host):
            err.print(f"[bold yellow]warning:[/bold yellow] serving on {host}: anyone who can reach this "
                      f"address can read the store", highlight=False)
        shown = f"[{host}]" if ":" in host else host
        err.print(f"riftwatch dashboard on http://{shown}:{port}/ over {path} ({counts['articles']} articles, "
                  f"{counts['asserted_events']} asserted events); API spec at /openapi.json. Ctrl-C stops.",
                  highlight=False)
        uvicorn.run(create_app(path), host=host, port=port, log_level="warning")
