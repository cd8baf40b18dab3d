"""The ``riftwatch`` command line: thin commands over :mod:`riftwatch.api`.

Each command parses its options, calls one API function, and prints. Domain
errors become a one-line message on stderr (exit status 2), never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from .. import api
from ..config import SETTINGS, Options, load_options
from ..errors import InputError, RiftwatchError
from .output import Format, emit

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="riftwatch: code news articles into political events and watch relations between states.")
console = Console()
err = Console(stderr=True)

COUNT_HELP = ("events (default): each happening once however many reports carry it; "
              "mentions: every report (a heavily covered story weighs more).")
EVENT_COLUMNS = ["event_date", "source", "target", "code", "root", "goldstein", "quad_class", "status", "rule",
                 "confidence", "sentence"]


class State:
    options: Options | None = None


def _opts() -> Options:
    return State.options or load_options()


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RiftwatchError as exc:
            err.print(f"[bold red]error:[/bold red] {exc}", highlight=False)
            raise typer.Exit(2) from None
    return wrapper


@app.callback()
def _global(
    db: Optional[str] = typer.Option(None, "--db", help="DuckDB store path [env RIFTWATCH_DB; default ./riftwatch.duckdb]."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use [env RIFTWATCH_MODEL]."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML config file [env RIFTWATCH_CONFIG; ./riftwatch.toml]."),
) -> None:
    try:
        State.options = load_options(config, db=db, model=model)
    except RiftwatchError as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
@handle_errors
def ingest(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or directories (recursive): .txt .html .htm .jsonl .csv .rss .atom .xml (RSS/Atom feeds) .warc .warc.gz, optionally .gz."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Column mapping for JSONL/CSV, e.g. text=body,title=headline,date=published,url=link."),
    fmt: Format = typer.Option(Format.table, "--format", help="Summary as a table or JSON."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Processes that parse and code [setting workers; default 0: one per core, but an input of fewer than 2 batches (2 x batch_size new articles) is coded in this process, as starting workers would cost more than it saves]. The store is the same whatever the number."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Read, parse and code on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a LocalCluster of --workers processes. This process writes the store."),
    dask_read: str = typer.Option("workers", "--dask-read", help="With --dask: 'workers' (the workers read the files: a shared filesystem or paths they can see) or 'driver' (this process reads and sends the texts)."),
    from_list: Optional[Path] = typer.Option(None, "--from-list", help="A file of input paths, one per line ('#' comments and blank lines skipped), read after PATHS; with --dask the workers open them."),
) -> None:
    """Read, code and store articles. Re-running on the same inputs changes nothing.

    Example: riftwatch ingest ./articles --columns text=body,date=published
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest import collect_summaries, iter_files
    from ..pipeline import list_entries

    if not paths and from_list is None:
        raise InputError("nothing to ingest: give files or directories, or --from-list FILE", code="RW431")
    paths = paths or []
    opts = _opts()
    n_files = sum(1 for _ in iter_files(paths))  # cheap: a directory walk, no reading
    n_files += sum(1 for _ in list_entries(from_list)) if from_list else 0
    done = {"files": 0, "last": None}
    with Progress(TextColumn("files"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=err, transient=True,
                  disable=fmt is not Format.table) as progress:
        task = progress.add_task("", total=n_files)

        def on_batch(c: Any, origin: str) -> None:
            path = origin.split("#", 1)[0]  # batches come in input order: a new path is one more file
            if path != done["last"]:
                done["files"], done["last"] = done["files"] + 1, path
            progress.update(task, completed=min(done["files"], n_files),
                            description=f"read {c.read}  new {c.new}  duplicate {c.duplicate}  "
                                        f"rejected {c.rejected}  events {c.events}")

        with collect_summaries() as warcs:  # archives read in this process (not by Dask workers)
            report = api.ingest([str(p) for p in paths], columns=columns, options=opts, progress=on_batch,
                                workers=workers, dask=dask, from_list=from_list, dask_read=dask_read)
    skipped = sum((w.skipped for w in warcs), Counter())
    d = report.to_dict() | {"warc_skipped": dict(sorted(skipped.items()))}
    if fmt is not Format.table:
        sys.stdout.write(json.dumps(d, indent=2) + "\n")
        return
    console.print(f"[bold]Ingested into {d['db']}[/bold] (run {d['run_id']})")
    console.print(f"  read {d['read']}   new {d['new']}   duplicate {d['duplicate']}   "
                  f"rejected {d['rejected']}   events coded {d['events']}   (coded by {d['coded_by']})")
    for reason, n in d["rejected_by_reason"].items():
        console.print(f"  rejected ({reason}): {n}")
    if skipped:  # not articles, so neither read nor rejected: redirects, error pages, images ...
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(skipped.items()))
        console.print(f"  skipped {sum(skipped.values())} WARC record(s) that are not articles: {kinds}",
                      highlight=False)
    for r in d["rejections"][:20]:
        console.print(f"    [yellow]{r['reason']}[/yellow] {r['origin']}: {r['message']}", highlight=False)
    if len(d["rejections"]) > 20:
        console.print(f"    … {len(d['rejections']) - 20} more (riftwatch rejections)")


@app.command("code")
@handle_errors
def code_cmd(
    text: Optional[list[str]] = typer.Argument(None, help="Text(s) to code. Omit to use --input."),
    input: Optional[Path] = typer.Option(None, "--input", help='JSONL file of {"id", "text", "date"?} records.'),
    date: Optional[str] = typer.Option(None, "--date", help="Date of the text(s), YYYY-MM-DD."),
    fmt: Format = typer.Option(Format.table, "--format", help="table or jsonl (one JSON object per event)."),
    all_: bool = typer.Option(False, "--all", help="Also print negated, predicted and hypothetical events."),
) -> None:
    """Code text into CAMEO events without storing anything.

    Example: riftwatch code "China imposed sanctions on Lockheed Martin." --date 2020-10-26 --format jsonl
    """
    opts = _opts()
    if input is not None:
        records = []
        try:
            lines = input.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {input}: {exc}", code="RW406") from None
        for n, line in enumerate(lines, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{input}:{n}: invalid JSON ({exc.msg})", code="RW407") from None
                if date and isinstance(rec, dict) and "date" not in rec:
                    rec["date"] = date
                records.append(rec)
        events = api.code_records(records, options=opts, include_flagged=all_)
    elif text:
        events = api.code_records([{"id": str(i), "text": t, "date": date} for i, t in enumerate(text, 1)],
                                  options=opts, include_flagged=all_)
    else:
        raise InputError("give TEXT arguments or --input FILE.jsonl", code="RW408")
    rows = [e.to_dict() for e in events]
    cols = ["record_id", "source", "source_country", "target", "target_country", "code", "root", "quad_class",
            "goldstein", "status", "sentence", "start", "end", "rule", "confidence", "event_date", "trigger",
            "source_name", "target_name", "id"]
    if fmt is Format.table:
        emit(rows, fmt, ["record_id", "source", "target", "code", "goldstein", "status", "rule", "confidence",
                         "sentence"], title="coded events")
    else:
        emit(rows, fmt, cols)


@app.command()
@handle_errors
def events(
    source: Optional[str] = typer.Option(None, "--source", help="Source country (KOR) or actor code (USAGOV)."),
    target: Optional[str] = typer.Option(None, "--target", help="Target country or actor code."),
    since: Optional[str] = typer.Option(None, "--since", help="From date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="To date, YYYY-MM-DD."),
    root: Optional[str] = typer.Option(None, "--root", help="CAMEO root code 01-20."),
    code: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix, e.g. 04 or 1121."),
    status: str = typer.Option("asserted", "--status", help="asserted (default), negated, prediction, hypothetical, opinion, intent, question, or all."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many rows."),
    count: str = typer.Option("events", "--count", help="events: one row per event (reports of one happening merged), with its mentions and independent sources; mentions: every report."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List stored events, with where they happened.

    Example: riftwatch events --source USA --target KOR --since 2020-10-01 --format csv
    Example: riftwatch events --count mentions --code 042
    """
    rows = api.events(source=source, target=target, since=since, until=until, root=root, code=code,
                      status=status, limit=limit, count=count, options=_opts())
    for r in rows:
        r["location"] = ", ".join(x for x in (r.get("location_name"), r.get("location_country")) if x) or None
    extra = ["mentions", "sources"] if count == "events" else ["event_key"]
    cols = ["id", *EVENT_COLUMNS[:-1], *extra, "location", "sentence"]
    if fmt is Format.table:
        cols = ["event_date", "source", "target", "code", "goldstein", "status", *extra, "location", "sentence"]
    else:
        cols += ["article_title", "location_lat", "location_lon", "location_kind", "location_source",
                 "corrected_by"]
    emit(rows, fmt, cols, title="events" if count == "events" else "event mentions")


@app.command()
@handle_errors
def relations(
    a: str = typer.Argument(..., help="Country code, e.g. KOR."),
    b: str = typer.Argument(..., help="Country code, e.g. USA."),
    by: str = typer.Option("month", "--by", help="day, week, month, quarter or year."),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    count: str = typer.Option("events", "--count", help=COUNT_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Relations between two countries per period, both directions.

    Example: riftwatch relations KOR USA --by month
    """
    rows = api.relations(a, b, by, since=since, until=until, count=count, options=_opts())
    emit(_compact_relations(rows, by) if fmt is Format.table else rows, fmt,
         title=f"{a.upper()} \u2194 {b.upper()} by {by} (asserted events; Goldstein scale)")


@app.command()
@handle_errors
def dyads(
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    limit: int = typer.Option(10, "--limit"),
    count: str = typer.Option("events", "--count", help=COUNT_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """The busiest country pairs and their Goldstein balance.

    Example: riftwatch dyads --since 2020-10-01 --limit 5
    """
    emit(api.dyads(since=since, until=until, limit=limit, count=count, options=_opts()), fmt,
         title="busiest dyads")


@app.command()
@handle_errors
def rejections(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Inputs that were not ingested, with their reason.

    Example: riftwatch rejections --format json
    """
    from ..store import Store

    with Store(_opts().db, read_only=True) as store:
        rows = store.query("SELECT origin, reason, message, last_seen FROM rejections ORDER BY origin")
    emit(rows, fmt, title="rejections")


actors_app = typer.Typer(no_args_is_help=False, rich_markup_mode=None,
                         help="Actors seen in coded events, unresolved names, and user aliases.")
app.add_typer(actors_app, name="actors")


@actors_app.callback(invoke_without_command=True)
@handle_errors
def actors(
    ctx: typer.Context,
    unresolved: bool = typer.Option(False, "--unresolved", help="Names in actor positions that resolved to nothing."),
    limit: int = typer.Option(50, "--limit"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Actors seen in coded events (code, name, event count), or unresolved names to add to the KB.

    Example: riftwatch actors --unresolved --limit 20
    Example: riftwatch actors alias "Chairman Kim" PRKGOV --reason "KCNA's title for Kim Jong Un"
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..store import Store

    with Store(_opts().db, read_only=True) as store:
        if unresolved:
            rows = store.query(
                "SELECT name, count(*) AS mentions, count(DISTINCT article_id) AS articles, "
                "string_agg(DISTINCT role, ',') AS roles, any_value(sentence) AS example "
                "FROM unresolved_actors GROUP BY name ORDER BY mentions DESC, name LIMIT ?", [limit])
        else:
            rows = store.query("SELECT code, name, country, sector, events, first_seen, last_seen FROM actors "
                               "ORDER BY events DESC, code, name LIMIT ?", [limit])
    emit(rows, fmt, title="unresolved actor names" if unresolved else "actors")


@app.command()
@handle_errors
def articles(
    limit: int = typer.Option(50, "--limit"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Stored articles with their dates and event counts.

    Example: riftwatch articles --limit 10
    """
    from ..store import Store

    with Store(_opts().db, read_only=True) as store:
        rows = store.query(
            "SELECT a.id, a.published, a.title, a.source, "
            "count(e.id) FILTER (WHERE e.status = 'asserted') AS events, a.origin "
            "FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY ALL "
            "ORDER BY a.published NULLS LAST, a.id LIMIT ?", [limit])
    emit(rows, fmt, title="articles")


@app.command()
@handle_errors
def info(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Settings in force, knowledge-base and pattern counts, and store contents.

    Example: riftwatch info
    """
    from ..actors import KnowledgeBase
    from ..coding import PatternSet
    from ..store import Store

    opts = _opts()
    rows: list[dict[str, Any]] = [{"item": f"setting {s.name}", "value": getattr(opts, s.name), "help": s.help}
                                  for s in SETTINGS]
    kb = KnowledgeBase.load(opts.kb_dir)
    rows += [{"item": f"kb {k}", "value": v, "help": ""} for k, v in kb.stats().items()]
    rows.append({"item": "patterns", "value": len(PatternSet.load(opts.patterns).patterns), "help": ""})
    if Path(opts.db).exists():
        with Store(opts.db, read_only=True) as store:
            rows += [{"item": f"store {k}", "value": v, "help": ""} for k, v in store.counts().items()]
    emit(rows, fmt, title="riftwatch")


def _compact_relations(rows: list[dict[str, Any]], by: str = "month") -> list[dict[str, Any]]:
    fmt = {"year": "%Y", "quarter": "%Y-%m", "month": "%Y-%m"}.get(by, "%Y-%m-%d")
    return [{"period": r["period"].strftime(fmt), "dir": f"{r['source']}\u2192{r['target']}", "events": r["events"],
             "articles": r["articles"], "G sum": r["goldstein_sum"], "G mean": r["goldstein_mean"],
             "coop v/m": f"{r['q1_verbal_coop']}/{r['q2_material_coop']}",
             "confl v/m": f"{r['q3_verbal_conflict']}/{r['q4_material_conflict']}"} for r in rows]


def _print_evidence(events: list[dict[str, Any]], title: str) -> None:
    console.print(f"[bold]{title}[/bold]")
    if not events:
        console.print("  [dim]none[/dim]")
    for e in events:
        reports = f", {e['mentions']} reports" if e.get("mentions", 1) > 1 else ""
        where = f", in {e['location_name']}" if e.get("location_name") else ""
        console.print(f"  {e['event_date']}  {e['source']}\u2192{e['target']}  {e['code']} ({e['goldstein']:+.1f}, "
                      f"rule {e['rule']}{reports}{where})\n      \u201c{e['sentence']}\u201d", highlight=False)


@app.command()
@handle_errors
def demo(
    out_db: Optional[str] = typer.Option(None, "--db", help="Store for the demo [default: ./riftwatch-demo.duckdb]."),
) -> None:
    """Ingest the bundled demo corpus and print a relations briefing.

    Example: riftwatch demo
    """
    from ..analysis import dyad_balance
    from ..demo import demo_files

    base = _opts()
    db = out_db or (base.db if base.db != "riftwatch.duckdb" else "riftwatch-demo.duckdb")
    opts = base.merged(db=db)
    files = demo_files()
    console.print(f"[bold]riftwatch demo[/bold]: {len(files)} bundled sample articles (Sep\u2013Dec 2020, "
                  f"written by the developers) \u2192 {opts.db}")
    d = api.ingest(files, options=opts).to_dict()
    console.print(f"  read {d['read']}   new {d['new']}   duplicate {d['duplicate']}   rejected {d['rejected']}"
                  f"   events coded this run {d['events']}\n")
    emit(api.dyads(limit=8, options=opts), Format.table, title="Busiest dyads (asserted events, both directions)")
    rows = api.relations("KOR", "USA", "month", options=opts)
    emit(_compact_relations(rows), Format.table,
         title="South Korea \u2194 United States by month (Goldstein: + cooperation, \u2212 conflict)")
    bal = [dict(b, mean=b["goldstein_sum"] / b["events"]) for b in dyad_balance(rows) if b["events"]]
    if len(bal) >= 2:
        low = min(bal, key=lambda b: b["mean"])
        others = [b["mean"] for b in bal if b is not low]
        console.print(f"[bold]Reading:[/bold] KOR\u2013USA relations were coolest in {low['period']:%B %Y}: mean "
                      f"Goldstein {low['mean']:+.2f} per event over {low['events']} events, against "
                      f"{sum(others) / len(others):+.2f} in the other months.")
    neg = [e for e in api.events(source="USA", target="KOR", count="events", options=opts)
           + api.events(source="KOR", target="USA", count="events", options=opts) if e["goldstein"] < 0]
    neg.sort(key=lambda e: e["event_date"])
    _print_evidence(neg[:8], "The conflict events behind it (evidence):")
    console.print(f"\nExplore further: riftwatch --db {opts.db} events --source PRK --target CHN")


def main() -> None:
    app()


from .eval_cmd import register as _register_eval  # noqa: E402 - registers `riftwatch eval`

_register_eval(app)

from .interop_cmd import register as _register_interop  # noqa: E402 - import-gdelt, export

_register_interop(app)

from .views_cmd import register as _register_views  # noqa: E402 - network, country, brief, plot

_register_views(app)

from .changes_cmd import register as _register_changes  # noqa: E402 - rifts, rapprochements

_register_changes(app)

from .watch_cmd import register as _register_watch  # noqa: E402 - watch a folder

_register_watch(app)

from .web_cmd import register as _register_web  # noqa: E402 - serve (dashboard and JSON API)

_register_web(app)

from .corrections_cmd import register as _register_corrections  # noqa: E402 - correct, recode, corrections, actors alias

_register_corrections(app, actors_app)
