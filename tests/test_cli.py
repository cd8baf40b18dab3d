"""The command line: the `riftwatch code` contract, query commands, and error messages."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from riftwatch.cli import app

runner = CliRunner()
CONTRACT = {"record_id", "source", "source_country", "target", "target_country", "code", "root", "quad_class",
            "goldstein", "sentence", "start", "end", "rule", "confidence"}


def test_cli_code_jsonl_contract(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": "France accused Germany of spying.", "date": "2020-10-01"}) + "\n"
                 + json.dumps({"id": "r2", "text": "Japan said nothing new."}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["code", "--input", str(f), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all(CONTRACT <= set(r) for r in rows)
    [r1] = [r for r in rows if r["record_id"] == "r1"]
    assert (r1["source"], r1["target"], r1["root"]) == ("FRA", "DEU", "11")
    assert isinstance(r1["code"], str) and r1["code"].startswith("11") and r1["quad_class"] == 3
    text = "France accused Germany of spying."
    assert r1["sentence"] == text and text[r1["start"]:r1["end"]] == r1["sentence"]
    notarget = [r for r in rows if r["record_id"] == "r2"]
    assert all(r["target"] is None for r in notarget)


def test_cli_code_text_arguments_table():
    res = runner.invoke(app, ["code", "Russia criticized Britain.", "--date", "2020-11-02"])
    assert res.exit_code == 0, res.output
    assert "RUS" in res.stdout and "GBR" in res.stdout


def test_cli_bad_date_is_a_one_line_error(tmp_path):
    db = tmp_path / "x.duckdb"
    runner.invoke(app, ["--db", str(db), "code", "x"])  # creates nothing
    f = tmp_path / "a.txt"
    f.write_text("Title: T\nDate: 2020-10-01\n\nFrance accused Germany of spying.\n", encoding="utf-8")
    assert runner.invoke(app, ["--db", str(db), "ingest", str(f)]).exit_code == 0
    res = runner.invoke(app, ["--db", str(db), "events", "--since", "last tuesday"])
    assert res.exit_code == 2
    assert "RW404" in res.stderr and "Traceback" not in res.output


def test_cli_read_commands_on_missing_store(tmp_path):
    res = runner.invoke(app, ["--db", str(tmp_path / "none.duckdb"), "events"])
    assert res.exit_code == 2 and "RW301" in res.stderr


def test_cli_events_filters_and_formats(tmp_path):
    db = tmp_path / "x.duckdb"
    f = tmp_path / "a.txt"
    f.write_text("Title: T\nDate: 2020-10-01\n\nFrance accused Germany of spying. Japan praised India.\n",
                 encoding="utf-8")
    assert runner.invoke(app, ["--db", str(db), "ingest", str(f)]).exit_code == 0
    res = runner.invoke(app, ["--db", str(db), "events", "--source", "FRA", "--format", "json"])
    rows = json.loads(res.stdout)
    assert [(r["source"], r["target"]) for r in rows] == [("FRA", "DEU")]
    res = runner.invoke(app, ["--db", str(db), "events", "--root", "5", "--format", "csv"])
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("id,event_date,source,target") and "mentions,sources,location" in lines[0] and len(lines) == 2 and "JPN" in lines[1]
    res = runner.invoke(app, ["--db", str(db), "events", "--root", "99"])
    assert res.exit_code == 2 and "RW401" in res.stderr


def test_cli_every_command_has_help_with_an_example():
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for name, cmd in [(c.name or c.callback.__name__, c) for c in app.registered_commands]:
        doc = cmd.callback.__doc__ or ""
        assert "Example: riftwatch" in doc, name
