"""The dashboard server: a read-only JSON API under ``/api`` (OpenAPI at
``/openapi.json``) and server-rendered pages over the same store.

Every request opens the store read-only and closes it when done, so an
``riftwatch ingest`` can write between requests. Errors never carry a
traceback: a bad parameter is a 400 ``{"error", "detail"}``, an unknown
country/article/event a 404, an unreadable store a 503, and anything
unexpected a bare 500 (the traceback goes to the server log only). Pages
answer browsers with the same status and message as an HTML page.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..analysis.relations import PERIODS
from ..api import _day
from ..errors import InputError, RiftwatchError, StoreError
from ..store import STATUSES, Store
from ..store.db import check_status
from . import queries, views

log = logging.getLogger("riftwatch.web")

#: the page-size ceiling of every listing
MAX_PAGE = queries.MAX_PAGE_SIZE
ALPHAS = (0.05, 0.1, 0.2)
#: what the pages may load: only this server (Plotly adds <style> elements, hence inline styles)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# ------------------------------------------------------------------ JSON
def plain(o: Any) -> Any:
    """``o`` with dates as ISO strings, non-finite floats as None and NumPy scalars as Python ones."""
    if isinstance(o, dict):
        return {str(k): plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple, set)):
        return [plain(v) for v in o]
    if isinstance(o, bool) or o is None or isinstance(o, (int, str)):
        return o
    if isinstance(o, float):
        return o if math.isfinite(o) else None
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return plain(float(o))
    if hasattr(o, "item"):  # numpy scalar
        return plain(o.item())
    return str(o)


class Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(plain(content), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _error(status: int, error: str, detail: str) -> Json:
    return Json({"error": error, "detail": detail}, status_code=status)


# ------------------------------------------------------------------ parameters
Since = Annotated[str | None, Query(description="First day of the window, YYYY-MM-DD.", max_length=40)]
Until = Annotated[str | None, Query(description="Last day of the window, YYYY-MM-DD.", max_length=40)]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page, at most {MAX_PAGE}.")]
Text = Annotated[str | None, Query(max_length=200, description="Case-insensitive text search.")]
Top = Annotated[int, Query(ge=1, le=100, description="At most this many rows.")]
Alpha = Annotated[float, Query(gt=0, lt=1, description="False-alarm rate per dyad (permutation test level).")]
MinEvents = Annotated[int, Query(ge=1, le=10_000)]
Days = Annotated[int, Query(ge=1, le=36600, description="Window length in days when `since` is not given.")]
PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000, description="Page number, from 1.")]


def get_store(request: Request) -> Iterator[Store]:
    """The store this app serves, opened read-only for one request."""
    with Store(request.app.state.db_path, read_only=True) as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


def window(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    s, u = _day(since or None, "since"), _day(until or None, "until")
    if s and u and s > u:
        raise InputError(f"since {s} is after until {u}", code="RW469")
    return s, u


def _by(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"by must be one of {', '.join(PERIODS)}, got {by!r}", code="RW470")
    return by


def _status_param(status: str) -> str:
    return check_status(status)


def _alpha(alpha: float) -> float:
    if not 0 < alpha < 1:
        raise InputError(f"alpha must be between 0 and 1, got {alpha}", code="RW471")
    return alpha


# ------------------------------------------------------------------ the app
def plotly_js() -> Path | None:
    """The ``plotly.min.js`` that ships inside the installed ``plotly`` Python package, if any."""
    try:
        p = Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))
    except ModuleNotFoundError:
        return None
    return p if p.is_file() else None


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("riftwatch.web", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)

    def signed(v: Any, digits: int = 2) -> str:
        if v is None:
            return "\u2013"
        return f"{float(v):+.{digits}f}".replace("-", "\u2212")

    def tone(v: Any) -> str:
        """A word and a shape for the sign of a Goldstein value (readable without colour)."""
        if v is None:
            return ""
        return "\u25b2 cooperation" if v > 0 else "\u25bc conflict" if v < 0 else "\u25cf neutral"

    env.filters["signed"] = signed
    env.filters["tone"] = tone
    env.filters["q"] = lambda v: quote(str(v), safe="")
    env.filters["plain"] = plain
    return env


def create_app(db_path: str | os.PathLike[str]) -> FastAPI:
    """The dashboard and API over the store at ``db_path`` (opened read-only per request)."""
    path = str(db_path)
    env = _templates()
    app = FastAPI(title="riftwatch", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Read-only API over a riftwatch store: articles, coded events, actors, relation "
                              "series, rifts and rapprochements, the alignment network and the ingest status. "
                              "Errors: `{\"error\": kind, \"detail\": message}` with status 400 (bad parameter), "
                              "404 (unknown country, article, event or route), 503 (store unreadable), 500.")
    app.state.db_path = path

    # ---------------------------------------------------------- errors
    def wants_html(request: Request) -> bool:
        p = request.url.path
        return not (p.startswith("/api") or p.startswith("/openapi") or p.startswith("/static")) and \
            "text/html" in request.headers.get("accept", "")

    def failure(request: Request, status: int, error: str, detail: str) -> Response:
        if wants_html(request):
            html = env.get_template("error.html").render(**_page_context(request, "Error"), status=status,
                                                         error=error, detail=detail)
            return HTMLResponse(html, status_code=status)
        return _error(status, error, detail)

    @app.exception_handler(RiftwatchError)
    async def _riftwatch_error(request: Request, exc: RiftwatchError) -> Response:
        msg = getattr(exc, "message", str(exc))
        if isinstance(exc, queries.NotFound) or exc.code == "RW451":
            return failure(request, 404, "not_found", msg)
        if isinstance(exc, InputError):
            return failure(request, 400, "bad_parameter", msg)
        if isinstance(exc, StoreError):
            return failure(request, 503, "store_unavailable", msg)
        log.error("riftwatch error: %s", exc)
        return failure(request, 500, "internal", msg)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{loc}: {e.get('msg', 'invalid')}" if loc else str(e.get("msg", "invalid")))
        return failure(request, 400, "bad_parameter", "; ".join(parts) or "invalid parameter")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such page or endpoint: {request.url.path}"
        return failure(request, exc.status_code, kind, detail)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return failure(request, 500, "internal", "internal server error; the details are in the server log")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # ---------------------------------------------------------- page helpers
    def _page_context(request: Request, title: str, **kw: Any) -> dict[str, Any]:
        qp = request.query_params
        win = {"since": qp.get("since") or "", "until": qp.get("until") or ""}
        win_qs = urlencode({k: v for k, v in win.items() if v})

        def url(p: str, **params: Any) -> str:
            merged = {**{k: v for k, v in win.items() if v}, **params}
            qs = urlencode({k: v for k, v in merged.items() if v is not None and v != ""})
            return p + ("?" + qs if qs else "")

        keep = [(k, v) for k, v in qp.multi_items() if k not in ("since", "until", "page")]
        return {"title": title, "url": url, "win": win, "win_qs": win_qs, "path": request.url.path,
                "keep": keep, "nav": kw.pop("nav", ""), "version": __version__, **kw}

    def page(request: Request, template: str, title: str, **kw: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**_page_context(request, title, **kw)))

    # ---------------------------------------------------------- static
    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def _plotly() -> Response:
        p = plotly_js()
        if p is None:
            return _error(404, "not_found", "plotly is not installed in this environment (pip install plotly); "
                                            "charts are unavailable")
        return FileResponse(p, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def _favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(packages=[("riftwatch.web", "static")]), name="static")

    # ---------------------------------------------------------- API
    @app.get("/api/articles", tags=["articles"], response_class=Json)
    def api_articles(store: StoreDep, q: Text = None, since: Since = None, until: Until = None, page: Page = 1,
                     page_size: PageSize = 50) -> Any:
        """Stored articles, newest first (window on publication date; `q` searches titles)."""
        s, u = window(since, until)
        return queries.articles_page(store, q=q, since=s, until=u, page=page, page_size=page_size)

    @app.get("/api/articles/{article_id}", tags=["articles"], response_class=Json)
    def api_article(store: StoreDep, article_id: str) -> Any:
        """One article: its text, metadata and every event coded from it (all statuses)."""
        return queries.article(store, article_id)

    @app.get("/api/events", tags=["events"], response_class=Json)
    def api_events(store: StoreDep, actor: str | None = None, partner: str | None = None, source: str | None = None,
                   target: str | None = None, code: str | None = None, status: str = "asserted", q: Text = None,
                   since: Since = None, until: Until = None, page: Page = 1, page_size: PageSize = 50) -> Any:
        """Coded events, newest first. `actor` matches either side (with `partner`: the events between the
        two, either direction), `source`/`target` one side (a country such as KOR or an actor-code prefix
        such as USAGOV); `code` a CAMEO prefix (2-4 digits);
        `status` asserted (default), another status, or all; `q` searches sentences and article titles."""
        s, u = window(since, until)
        return queries.events_page(store, actor=actor, partner=partner, source=source, target=target, code=code,
                                   status=_status_param(status), q=q, since=s, until=u, page=page,
                                   page_size=page_size)

    @app.get("/api/events/{event_id}", tags=["events"], response_class=Json)
    def api_event(store: StoreDep, event_id: str) -> Any:
        """One event with its evidence: sentence, offsets, rule, article title."""
        return queries.event(store, event_id)

    @app.get("/api/actors", tags=["actors"], response_class=Json)
    def api_actors(store: StoreDep, q: Text = None, page: Page = 1, page_size: PageSize = 50) -> Any:
        """Actors seen in events (code, name, country, sector, event count), busiest first."""
        return queries.actors_page(store, q=q, page=page, page_size=page_size)

    @app.get("/api/countries", tags=["countries"], response_class=Json)
    def api_countries(store: StoreDep, since: Since = None, until: Until = None) -> Any:
        """Countries in the window's asserted events, with event counts."""
        return queries.countries(store, *window(since, until))

    @app.get("/api/countries/{code}", tags=["countries"], response_class=Json)
    def api_country(store: StoreDep, code: str, since: Since = None, until: Until = None,
                    days: Days = 30) -> Any:
        """A country's partners and adversaries in the window and how each moved against the window
        before (default window: the `days` up to the country's latest event)."""
        from ..analysis.network import country_profile

        s, u = window(since, until)
        return country_profile(store, queries.known_country(store, code), s, u, days=days)

    @app.get("/api/relations/{a}/{b}", tags=["relations"], response_class=Json)
    def api_relations(store: StoreDep, a: str, b: str, by: str = "month", since: Since = None,
                      until: Until = None) -> Any:
        """The relations series between two countries per period, both directions (Goldstein sum and
        mean, QuadClass counts, the volume-normalised `index` and its `trend`)."""
        from ..analysis.relations import relations

        s, u = window(since, until)
        return relations(store, queries.known_country(store, a, "a"), queries.known_country(store, b, "b"),
                         _by(by), s, u)

    @app.get("/api/dyads", tags=["relations"], response_class=Json)
    def api_dyads(store: StoreDep, since: Since = None, until: Until = None,
                  limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 10) -> Any:
        """The busiest country pairs with their Goldstein balance."""
        from ..analysis import top_dyads

        return top_dyads(store, *window(since, until), limit)

    @app.get("/api/dyad/{a}/{b}", tags=["relations"], response_class=Json)
    def api_dyad(store: StoreDep, a: str, b: str, by: str = "week", since: Since = None, until: Until = None,
                 key: Annotated[int, Query(ge=0, le=100)] = 10) -> Any:
        """Everything the dyad view shows: the series, every asserted event between the two with its
        evidence, and the `key` events with the largest |Goldstein|."""
        s, u = window(since, until)
        return views.dyad(store, a, b, _by(by), s, u, key)

    def _changes(kind: str, store: Store, since: str | None, until: str | None, top: int, alpha: float,
                 min_events: int, min_articles: int, by: str) -> Any:
        s, u = window(since, until)
        if by not in ("day", "week", "month"):
            raise InputError(f"by must be day, week or month, got {by!r}", code="RW470")
        return views.changes(path, kind, s, u, top, _alpha(alpha), min_events, min_articles, by)

    @app.get("/api/rifts", tags=["changes"], response_class=Json)
    def api_rifts(store: StoreDep, since: Since = None, until: Until = None, top: Top = 10, alpha: Alpha = 0.05,
                  min_events: MinEvents = 5, min_articles: MinEvents = 2, by: str = "day") -> Any:
        """Dyads whose relations dropped inside the window (permutation-tested change points), strongest
        first, with the events that drove each change."""
        return _changes("rift", store, since, until, top, alpha, min_events, min_articles, by)

    @app.get("/api/rapprochements", tags=["changes"], response_class=Json)
    def api_rapprochements(store: StoreDep, since: Since = None, until: Until = None, top: Top = 10,
                           alpha: Alpha = 0.05, min_events: MinEvents = 5, min_articles: MinEvents = 2,
                           by: str = "day") -> Any:
        """Dyads whose relations warmed inside the window, as `/api/rifts`."""
        return _changes("rapprochement", store, since, until, top, alpha, min_events, min_articles, by)

    @app.get("/api/network", tags=["network"], response_class=Json)
    def api_network(store: StoreDep, since: Since = None, until: Until = None, min_events: MinEvents = 2,
                    top: Top = 5) -> Any:
        """The signed alignment network: nodes (with drawing positions and bloc), edges (mean Goldstein
        per event, sign, events), blocs with their balance, and the extreme dyads."""
        return views.network(store, *window(since, until), min_events, top)

    @app.get("/api/status", tags=["ingest"], response_class=Json)
    def api_status(store: StoreDep) -> Any:
        """Store counts, the latest ingest runs, and rejections (by reason and the latest ones)."""
        return queries.status(store)

    # ---------------------------------------------------------- pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, store: StoreDep, since: Since = None, until: Until = None,
                 alpha: Alpha = 0.05) -> HTMLResponse:
        from ..analysis import top_dyads
        from ..analysis.network import country_name

        s, u = window(since, until)
        dy = top_dyads(store, s, u, 10)
        for d in dy:
            d["a_name"], d["b_name"] = country_name(d["a"]), country_name(d["b"])
        st = queries.status(store, runs=1, rejections=0)
        countries = queries.countries(store, s, u)
        a = _alpha(alpha)
        rifts = views.changes(path, "rift", s, u, 6, a)
        raps = views.changes(path, "rapprochement", s, u, 6, a)
        return page(request, "overview.html", "Overview", nav="overview", dyads=dy, rifts=rifts,
                    raps=raps, alpha=a, alphas=ALPHAS, status=st, countries=countries)

    @app.get("/dyad", include_in_schema=False)
    def dyad_pick(request: Request, a: str = "", b: str = "") -> Response:
        a, b = queries.country_code(a, "a"), queries.country_code(b, "b")
        qp = {k: v for k, v in request.query_params.items() if k not in ("a", "b") and v}
        return RedirectResponse(f"/dyad/{a}/{b}" + ("?" + urlencode(qp) if qp else ""), status_code=303)

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, store: StoreDep, a: str, b: str, by: str = "week", since: Since = None,
                  until: Until = None) -> HTMLResponse:
        s, u = window(since, until)
        d = views.dyad(store, a, b, _by(by), s, u, 12)
        countries = queries.countries(store, s, u)
        return page(request, "dyad.html", f"{d['a_name']} \u2194 {d['b_name']}", nav="dyad", d=d,
                    data=plain(d), periods=PERIODS, countries=countries)

    @app.get("/country", include_in_schema=False)
    def country_pick(request: Request, code: str = "") -> Response:
        c = queries.country_code(code)
        qp = {k: v for k, v in request.query_params.items() if k != "code" and v}
        return RedirectResponse(f"/country/{c}" + ("?" + urlencode(qp) if qp else ""), status_code=303)

    @app.get("/country/{code}", response_class=HTMLResponse, include_in_schema=False)
    def country_page(request: Request, store: StoreDep, code: str, since: Since = None, until: Until = None,
                     days: Days = 30) -> HTMLResponse:
        from ..analysis.network import country_profile

        s, u = window(since, until)
        prof = country_profile(store, queries.known_country(store, code), s, u, days=days)
        countries = queries.countries(store, s, u)
        return page(request, "country.html", prof["name"], nav="country", p=prof, data=plain(prof), days=days,
                    countries=countries)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, store: StoreDep, since: Since = None, until: Until = None,
                     min_events: MinEvents = 2) -> HTMLResponse:
        n = views.network(store, *window(since, until), min_events, 5)
        return page(request, "network.html", "Network", nav="network", n=n, data=plain(n))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, store: StoreDep, actor: str | None = None, partner: str | None = None,
                    code: str | None = None,
                    status: str = "asserted", q: Text = None, since: Since = None, until: Until = None,
                    page_no: PageNo = 1,
                    page_size: PageSize = 50) -> HTMLResponse:
        s, u = window(since, until)
        res = queries.events_page(store, actor=actor or None, partner=partner or None, code=code or None, status=_status_param(status),
                                  q=q or None, since=s, until=u, page=page_no, page_size=page_size)
        filters = {"actor": actor or "", "partner": partner or "", "code": code or "", "status": status, "q": q or "",
                   "page_size": page_size if page_size != 50 else None}
        return page(request, "events.html", "Events", nav="events", res=res, f=filters, statuses=STATUSES)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_list(request: Request, store: StoreDep, q: Text = None, since: Since = None,
                      until: Until = None, page_no: PageNo = 1,
                      page_size: PageSize = 50) -> HTMLResponse:
        s, u = window(since, until)
        res = queries.articles_page(store, q=q or None, since=s, until=u, page=page_no, page_size=page_size)
        return page(request, "articles.html", "Articles", nav="articles", res=res,
                    f={"q": q or "", "page_size": page_size if page_size != 50 else None})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
        art = queries.article(store, article_id)
        segs = queries.text_segments(art.get("text") or "", art["events"])
        return page(request, "article.html", art.get("title") or "Article", nav="articles", art=art, segments=segs)

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page(request: Request, store: StoreDep) -> HTMLResponse:
        return page(request, "ingest.html", "Ingest status", nav="ingest", st=queries.status(store))

    return app
