"""The pattern file: schema, every row's own example codes as the row says, and no
gold-set sentence appears in any data file."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from riftwatch.coding import PatternSet
from riftwatch.coding.patterns import COLUMNS
from riftwatch.errors import DataFileError
from riftwatch.tables import data_path

PATTERNS = PatternSet.load().patterns


def test_patterns_cover_all_twenty_roots():
    roots = {p.code[:2] for p in PATTERNS}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(PATTERNS) >= 300


@pytest.mark.parametrize("p", PATTERNS, ids=lambda p: p.id)
def test_patterns_example_codes_its_rule(engine, p, monkeypatch):
    if "speech" in p.flags and p.code == "010" and p.ex_target is None:
        # a statement aimed at no one is coded only with the setting plain_statements on
        monkeypatch.setattr(engine.coder, "plain_statements", True)
    evs = engine.code_text(p.example, date(2020, 10, 24))
    # a refused attack ("will never start a war with X") stands only as the promise it derives (0356)
    derived_only = "only_negated" in p.flags and (p.negated or "")[:2] == "08" or "unrealised" in p.flags
    fired = [e for e in evs if (e.rule == p.id or derived_only and e.rule.startswith(p.id + "+")) and e.asserted]
    assert fired, f"{p.id}: {p.example!r} coded {[(e.rule, e.source, e.target, e.status) for e in evs]}"
    want = (p.ex_source, p.ex_target)
    got = {(e.source_country, e.target_country) for e in fired}
    assert want in got, f"{p.id}: expected {want}, got {got}"


def test_patterns_bad_file_is_reported_with_line(tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text("\t".join(COLUMNS) + "\n" + "x\t999\tV\tfoo\t-\t-\tdobj\t-\t-\tA b.\t-\t-\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"p.tsv:2: unknown CAMEO code '999'"):
        PatternSet.load(f)


@pytest.mark.parametrize("flag", ["trade=999", "forces=190", "colour=141", "placed=In", "forms=Rape"])
def test_patterns_bad_sense_flag_is_reported(tmp_path, flag):
    f = tmp_path / "p.tsv"
    f.write_text("\t".join(COLUMNS) + "\n" + f"x\t190\tV\tfoo\t-\t-\tdobj\t-\t{flag}\tA b.\t-\t-\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"p.tsv:2: bad sense flag"):
        PatternSet.load(f)


def test_patterns_object_names_a_word_list(tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text("\t".join(COLUMNS) + "\n" + "x\t072\tV\thand\tover\t@arms|kit\tprep:to\t-\t-\tA b.\t-\t-\n",
                 encoding="utf-8")
    got = next(p for p in PatternSet.load(f).patterns if p.id == "x")
    assert {"missile", "air defence", "howitzer", "kit"} <= got.objects and "@arms" not in got.objects
    f.write_text("\t".join(COLUMNS) + "\n" + "x\t072\tV\thand\tover\t@no_such_list\tprep:to\t-\t-\tA b.\t-\t-\n",
                 encoding="utf-8")
    with pytest.raises(DataFileError, match=r"p.tsv:2: object '@no_such_list' names no list"):
        PatternSet.load(f)


def test_patterns_sense_flags_give_the_other_readings():
    by_id = {p.id: p for p in PATTERNS}
    assert by_id["retaliate"].sense("trade") == ("163",)
    assert by_id["storm"].sense("forces") == ("190", "175")
    assert by_id["protest"].sense("people") == ("141",)
    assert by_id["protest"].sense("trade") is None
    # word flags and the flags that replaced id-keyed maps in rules.py
    assert by_id["include"].sense("placed") == ("in", "into", "on")
    assert "raped" in by_id["rape"].sense("forms") and "rapped" in by_id["rap_criticize"].sense("forms")
    assert "clause" in by_id["charge_that"].flags and "no_own_firms" in by_id["allow"].flags


@pytest.mark.parametrize("text, code", [
    ("Sudanese militiamen raped Chadian refugees.", "1821"),
    ("Washington rapped Beijing over the crackdown.", "111"),
    ("Kenya charged that Ugandan troops had crossed the border.", "112"),
    ("Washington included Seoul in the summit.", "050"),
])
def test_word_and_clause_flags_in_sentences(engine, text, code):
    assert code in {e.code for e in engine.code_text(text, "2020-01-01") if e.status == "asserted"}


@pytest.mark.parametrize("text, code", [
    ("Japan retaliated against U.S. tariffs on its semiconductors.", "163"),
    ("Israel retaliated against Syria.", "190"),
    ("Thousands of students protested in Seoul against the government.", "141"),
    ("Iraqi troops stormed the Kuwaiti embassy.", "190"),
    ("Iraq charged Iran with violating the ceasefire.", "112"),
    ("Pakistani police charged three Afghan refugees with smuggling.", "173"),
])
def test_sense_readings_in_sentences(engine, text, code):
    assert code in {e.code for e in engine.code_text(text, "2020-01-01")}


def test_patterns_user_file_overrides_by_id(tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text("\t".join(COLUMNS) + "\n" + "target\t112\tV\ttarget\t-\t-\tdobj\t-\t-\tA b.\t-\t-\n",
                 encoding="utf-8")
    ps = PatternSet.load(f)
    assert [p.code for p in ps.patterns if p.id == "target"] == ["112"]
    assert len(ps.patterns) == len(PATTERNS)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.lower())).strip()


def _gold_sentences(shared) -> list[str]:
    gold = shared / "gold"
    out = []
    for f in (gold / "cameo-manual").glob("*.jsonl"):
        out += [json.loads(line).get("text", "") for line in f.read_text(encoding="utf-8").splitlines() if line]
    for rec in json.loads((gold / "cameo-manual" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8")):
        out.append(rec.get("text", ""))
    xml = (gold / "petrarch-validation" / "PETR_Validate_records_2_02.xml").read_text(encoding="utf-8",
                                                                                        errors="replace")
    out += re.findall(r"<Text>\s*(.*?)\s*</Text>", xml, re.S)
    return [s for s in (_norm(x) for x in out) if len(s.split()) >= 5]


def _kb_names() -> set[str]:
    """Normalised knowledge-base names, each also joined to its first alias (the row's
    adjacent cells): ``name`` and ``aliases`` columns of ``data/kb/*.tsv``."""
    out: set[str] = set()
    for f in sorted((data_path() / "kb").glob("*.tsv")):
        lines = [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        if not lines:
            continue
        head = lines[0].split("\t")
        if "name" not in head:
            continue
        ni, ai = head.index("name"), head.index("aliases") if "aliases" in head else None
        for ln in lines[1:]:
            cells = ln.split("\t")
            if len(cells) <= ni:
                continue
            name = _norm(cells[ni])
            alias = _norm(cells[ai].split("|")[0]) if ai is not None and len(cells) > ai else ""
            out.add(f"{name} {alias}".strip())
    return out


def test_patterns_and_data_files_contain_no_gold_sentence(shared):
    gold = _gold_sentences(shared)
    assert len(gold) > 500
    grams = set()
    for g in gold:
        w = g.split()
        grams |= {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}
    names = _kb_names()
    offenders = []
    for f in sorted(data_path().rglob("*")):
        if f.suffix not in (".tsv", ".txt", ".html", ".md"):
            continue
        words = _norm(f.read_text(encoding="utf-8")).split()
        hits = {" ".join(words[i:i + 8]) for i in range(len(words) - 7)} & grams
        # an organisation's or person's own name is a fact, not copied text: "National Union for
        # the Total Independence of Angola" (a run inside one knowledge-base name, or that name
        # followed by the first word of its alias list)
        hits = {h for h in hits if not any(h in n for n in names)}
        if hits:
            offenders.append((f.name, sorted(hits)[:3]))
    assert not offenders, offenders
