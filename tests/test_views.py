"""Views of relations: charts, the alignment network, country profiles, briefings, and their CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

from riftwatch.analysis.brief import brief
from riftwatch.analysis.charts import plot_network, plot_relations
from riftwatch.analysis.network import blocs, country_profile, extremes, partition_frustration, relation_graph
from riftwatch.analysis.relations import relations
from riftwatch.config import Options
from riftwatch.errors import InputError
from riftwatch.store import Store

runner = CliRunner()


@pytest.fixture
def store(demo_db):
    with Store(demo_db, read_only=True) as s:
        yield s


@pytest.fixture
def cli(demo_db, monkeypatch):
    """A scratch app with the view commands, reading the demo store."""
    from riftwatch.cli import State
    from riftwatch.cli.views_cmd import register

    app = typer.Typer(add_completion=False, rich_markup_mode=None)
    register(app)
    monkeypatch.setattr(State, "options", Options(db=demo_db))
    return lambda *args: runner.invoke(app, list(args))


def _dyad_events(store, a, b, count="mentions"):
    evs = store.events(source=a, target=b, count=count) + store.events(source=b, target=a, count=count)
    return [e for e in evs if {e["source_country"], e["target_country"]} == {a, b}]


# ------------------------------------------------------------------ charts
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_relations_chart_written(store, tmp_path, suffix):
    rows = relations(store, "KOR", "USA", "week")
    evs = sorted(_dyad_events(store, "KOR", "USA"), key=lambda e: -abs(e["goldstein"]))[:6]
    p = plot_relations(rows, tmp_path / f"kor-usa{suffix}", title="KOR and USA test chart", events=evs)
    assert p.exists() and p.stat().st_size > 15_000
    if suffix == ".png":
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        svg = p.read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg
        assert "KOR and USA test chart" in svg  # title kept as text
        assert "KOR \u2192 USA" in svg and "USA \u2192 KOR" in svg  # legend entries for both directions
        assert "key event, conflict" in svg and "neutral" in svg
        assert any(e["code"] in svg for e in evs)  # event labels


def test_relations_chart_rejects_other_formats(store, tmp_path):
    with pytest.raises(InputError):
        plot_relations(relations(store, "KOR", "USA"), tmp_path / "x.gif")


def test_relations_chart_falls_back_to_goldstein_mean(tmp_path):
    rows = [{"period": date(2020, 10, 1), "source": "AAA", "target": "BBB", "events": 2, "goldstein_mean": -3.0},
            {"period": date(2020, 11, 1), "source": "AAA", "target": "BBB", "events": 1, "goldstein_mean": 2.0}]
    svg = plot_relations(rows, tmp_path / "x.svg").read_text(encoding="utf-8")
    assert "mean Goldstein" in svg and "AAA \u2194 BBB relations" in svg


def test_network_chart(store, tmp_path):
    g = relation_graph(store)
    svg = plot_network(g, tmp_path / "net.svg", "Demo alignment").read_text(encoding="utf-8")
    assert "Demo alignment" in svg and "hostile tie" in svg and "bloc 1" in svg
    assert (plot_network(g, tmp_path / "net.png", "x").stat().st_size) > 20_000


# ------------------------------------------------------------------ network
def test_relation_graph_signed_edges(store):
    g = relation_graph(store, min_events=2)
    assert {"USA", "CHN", "KOR", "JPN", "PRK"} <= set(g.nodes)
    assert g["CHN"]["USA"]["weight"] < 0 and g["CHN"]["USA"]["sign"] == -1
    assert g["KOR"]["USA"]["weight"] > 0 and g["KOR"]["USA"]["sign"] == 1
    assert g["KOR"]["USA"]["events"] >= 10
    assert all(d["events"] >= 2 for _, _, d in g.edges(data=True))
    # both directions pooled: the edge mean is the mean over all asserted events of the pair (one
    # row per event, however many reports merged into it)
    evs = _dyad_events(store, "CHN", "USA", count="events")
    assert g["CHN"]["USA"]["events"] == len(evs)
    assert g["CHN"]["USA"]["weight"] == pytest.approx(sum(e["goldstein"] for e in evs) / len(evs), abs=0.01)
    assert g.nodes["KOR"]["name"] == "South Korea"
    assert relation_graph(store, min_events=1000).number_of_edges() == 0


def test_blocs_and_extremes(store):
    g = relation_graph(store)
    bl = blocs(g)
    members = [m for b in bl for m in b["members"]]
    assert sorted(members) == sorted(g.nodes)  # a partition
    where = {m: b["bloc"] for b in bl for m in b["members"]}
    assert where["USA"] != where["CHN"]  # adversaries are not one bloc
    assert where["KOR"] == where["USA"]  # allies share a bloc (JPN, with fewer KOR events, sits with IDN, VNM)
    assert 0 <= partition_frustration(g, bl) < 0.5
    ex = extremes(g, 3)
    assert len(ex["cooperative"]) == 3 and all(r["mean_goldstein"] > 0 for r in ex["cooperative"])
    assert all(r["mean_goldstein"] < 0 for r in ex["hostile"])
    assert ex["hostile"] == sorted(ex["hostile"], key=lambda r: r["mean_goldstein"])
    assert any({r["a"], r["b"]} == {"CHN", "USA"} for r in extremes(g, 10)["hostile"])


def test_country_profile_compares_windows(store):
    prof = country_profile(store, "KOR", since=date(2020, 10, 1), until=date(2020, 10, 31))
    assert prof["previous_until"] == date(2020, 9, 30) and prof["previous_since"] == date(2020, 8, 31)
    usa = next(r for r in prof["rows"] if r["partner"] == "USA")
    assert usa["events"] > 0 and usa["prev_events"] > 0
    assert usa["change"] == pytest.approx(usa["mean_goldstein"] - usa["prev_mean"], abs=0.011)
    # October against September: the U.S. side cooled (see tests/test_changes.py), the dyad by
    # most of a Goldstein point per event (+2.73 -> +1.57 with the coder of session 4, which
    # leaves out target-less statements; -0.85 since session 11 reads "a new alliance dialogue
    # proposed by South Korea" as Korea's, a September statement aimed at it): under the
    # default threshold of a point the profile calls that steady, under half a point cooler --
    # a description of the two windows, not the significance claim rifts would make
    assert -1.0 < usa["change"] < -0.5 and usa["movement"] == "steady"
    half = country_profile(store, "KOR", since=date(2020, 10, 1), until=date(2020, 10, 31), min_change=0.5)
    assert next(r for r in half["rows"] if r["partner"] == "USA")["movement"] == "cooler"
    assert all(r["mean_goldstein"] > 0 for r in prof["partners"])
    assert all(r["mean_goldstein"] < 0 for r in prof["adversaries"])
    default = country_profile(store, "KOR")  # last 30 days up to KOR's latest event
    assert (default["until"] - default["since"]).days == 29 and default["partners"]
    with pytest.raises(InputError):
        country_profile(store, "KOREA")


# ------------------------------------------------------------------ brief
def test_brief_html(store, tmp_path):
    d = brief(store, "KOR", "USA", out=tmp_path / "b.html")
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    head = d["headline"]["text"]
    assert "South Korea" in head and "United States" in head
    import html as _html

    assert _html.escape(head) in page
    assert '<img alt="' in page and 'src="data:image/png;base64,iVBOR' in page
    assert d["events"] and all(_html.escape(e["sentence"]) in page for e in d["events"])
    assert any(_html.escape(e["article_title"]) in page for e in d["events"] if e["article_title"])
    assert "Other relations" in page


def test_brief_markdown_links_its_chart(store, tmp_path):
    d = brief(store, "KOR", "USA", out=tmp_path / "b.md")
    md = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert d["chart"] == tmp_path / "b.png" and d["chart"].stat().st_size > 15_000
    assert "](b.png)" in md and d["headline"]["text"].split(":")[0] in md


def test_brief_escapes_store_text(tmp_path):
    from riftwatch.models import Article, Event

    db = str(tmp_path / "evil.duckdb")
    bad = "<script>alert('x')</script>"
    with Store(db) as s:
        arts, evs = [], []
        for k, (day, g, code) in enumerate([("2020-09-03", 3.0, "042"), ("2020-09-10", 4.0, "036"),
                                            ("2020-09-17", 3.0, "042"), ("2020-10-05", -4.0, "112"),
                                            ("2020-10-12", -5.0, "100"), ("2020-10-19", -4.0, "112")]):
            aid = f"a{k}"
            arts.append(Article(id=aid, title=f"Title {bad} {k}", text="x", published=None, updated=None,
                                source=None, url=None, language="en", origin="test", format="txt"))
            evs.append(Event(article_id=aid, event_date=date.fromisoformat(day), source="FRA",
                             source_country="FRA", source_name="France", target="DEU", target_country="DEU",
                             target_name="Germany", code=code, root=code[:2], quad_class=1 if g > 0 else 3,
                             goldstein=g, status="asserted", sentence_index=0,
                             sentence=f"France {bad} acted on Germany {k}.", start=0, end=5, trigger="acted",
                             trigger_start=0, rule="test", confidence=1.0))
        s.write_batch([(a, [e], []) for a, e in zip(arts, evs)], [], None, "test")
    with Store(db, read_only=True) as s:
        d = brief(s, "FRA", "DEU", out=tmp_path / "evil.html")
        brief(s, "FRA", "DEU", out=tmp_path / "evil.md")
    page = (tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<script" not in (tmp_path / "evil.md").read_text(encoding="utf-8")
    assert "cooled" in d["headline"]["text"] and "October 2020" in d["headline"]["text"]


def test_brief_rejects_bad_suffix(store, tmp_path):
    with pytest.raises(InputError):
        brief(store, "KOR", "USA", out=tmp_path / "b.pdf")


# ------------------------------------------------------------------ CLI
def test_cli_country_lists_partners(cli):
    res = cli("country", "KOR", "--since", "2020-10-01", "--until", "2020-10-31")
    assert res.exit_code == 0, res.output
    # October 2020: despite the exclusions and the demand the U.S. stays a partner of South Korea
    # on balance in the demo; North Korea is an adversary
    assert "Partners" in res.stdout and "Adversaries" in res.stdout
    partners, adversaries = res.stdout.split("Adversaries", 1)
    assert "USA" in partners.split("Partners", 1)[1] and "USA" not in adversaries and "PRK" in adversaries
    data = json.loads(cli("country", "KOR", "--format", "json").stdout)
    assert data["country"] == "KOR" and {r["partner"] for r in data["partners"]} >= {"USA"}


def test_cli_network(cli, tmp_path):
    res = cli("network", "--plot", str(tmp_path / "n.svg"))
    assert res.exit_code == 0, res.output
    assert "Blocs" in res.stdout and "Most hostile" in res.stdout and (tmp_path / "n.svg").exists()
    data = json.loads(cli("network", "--format", "json").stdout)
    edge = next(e for e in data["edges"] if (e["a"], e["b"]) == ("CHN", "USA"))
    assert edge["mean_goldstein"] < 0 and data["blocs"]


def test_cli_brief_and_plot(cli, tmp_path):
    res = cli("brief", "KOR", "USA", "--out", str(tmp_path / "b.html"))
    assert res.exit_code == 0, res.output
    assert "Relations between South Korea" in res.stdout and (tmp_path / "b.html").exists()
    res = cli("plot", "KOR", "USA", "--out", str(tmp_path / "p.png"), "--by", "month")
    assert res.exit_code == 0, res.output
    assert (tmp_path / "p.png").stat().st_size > 15_000
    res = cli("plot", "KOR", "USA", "--out", str(tmp_path / "p.gif"))
    assert res.exit_code == 2 and "png or .svg" in res.output


def test_cli_docstrings_have_examples():
    from riftwatch.cli.views_cmd import register

    app = typer.Typer()
    register(app)
    for c in app.registered_commands:
        assert any(line.strip().startswith(f"Example: riftwatch {c.name}")
                   for line in (c.callback.__doc__ or "").splitlines()), c.name
