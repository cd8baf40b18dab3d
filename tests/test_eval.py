"""Evaluation: gold readers, PETRARCH dictionaries, scoring, the quality gate and `riftwatch eval`.

Inline records here are written for these tests (never copied from ../shared). Tests that
score the real gold sets read ../shared and skip when it is absent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from riftwatch.coding.ontology import lookup
from riftwatch.errors import InputError
from riftwatch.evaluation import gate
from riftwatch.evaluation.gold import (GoldEvent, GoldRecord, GoldSet, detect_format, load_gold,
                                       read_cameo_examples, read_petrarch_records, read_plover_cameo_jsonl,
                                       read_plover_json)
from riftwatch.evaluation.petrarch import add_petrarch_dictionaries, read_agent_dictionary
from riftwatch.evaluation.score import evaluate
from riftwatch.models import Event

ROOT = Path(__file__).resolve().parent.parent

ALL = frozenset({"source_country", "target_country", "source_actor", "target_actor", "root", "code"})


# ---------------------------------------------------------------------------- helpers
def ev(source: str, target: str | None, code: str, status: str = "asserted", sentence: str = "S.",
       rule: str = "r", si: int = 0, trigger: str = "S") -> Event:
    c = lookup(code)
    at = max(0, sentence.find(trigger))
    return Event("a", si, sentence, 0, len(sentence), trigger, at, source, source[:3], source, target,
                 target[:3] if target else None, target, code, c.root, c.quad_class, c.goldstein, status, rule, 0.9)


@dataclass
class FakeEngine:
    """code_many from a table {record id: [events]} (or an exception)."""

    table: dict
    version: str = "fake"
    kb = None

    def code_many(self, items):
        for _text, _aid, _day, rid in items:
            yield self.table[rid] if isinstance(self.table.get(rid), Exception) else (self.table.get(rid, []), [])


def rec(rid: str, events: list[GoldEvent], no_event: bool = False, text: str = "S.") -> GoldRecord:
    return GoldRecord(rid, text, date(2020, 1, 1), events, no_event, ALL)


def g(src: str, tgt: str | None, code: str) -> GoldEvent:
    return GoldEvent(src[:3], tgt[:3] if tgt else None, src, tgt, code, code[:2])


# ---------------------------------------------------------------------------- gold readers
def test_gold_plover_json_reader(tmp_path):
    data = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "docs"},
        {"id": "P1", "date": "2000-01-01", "event": "AGREE", "text": "Ruritania and  Freedonia agreed to talk.",
         "source": [{"actorText": "Ruritania", "code": "JAP", "sector": "GOV"},
                    {"actorText": "Freedonia", "code": "ROU"}],
         "textInfo": {"markup": "(SRC/TAR: Ruritania) and (SRC/TAR: Freedonia) (EVT: agreed)"}},
        {"id": "P2", "date": "2000-01-01", "event": "DEMAND", "text": "The league demanded a vote from Tokyo.",
         "source": [{"actorText": "league", "code": "IGO", "sector": "***"}], "target": "",
         "textInfo": {"markup": "(SRC: league) (EVT: demanded)"}},
        {"id": "P3", "date": "2000-01-01", "event": "FIGHT", "text": "Rebels fought the army.",
         "source": [{"actorText": "Rebels", "code": "SDN", "sector": "REBkur"}],
         "target": [{"actorText": "army", "code": "SDN", "sector": "MIL"}]},
    ]
    f = tmp_path / "PLOVER_test.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    gs = read_plover_json(f)
    assert [r.id for r in gs] == ["P1", "P2", "P3"] and gs.skipped == {"documentation or empty record": 1}
    p1, p2, p3 = gs.records
    assert p1.text == "Ruritania and Freedonia agreed to talk."  # whitespace normalised
    # SRC/TAR actors act on each other; legacy JAP→JPN, ISO ROU→ROM (CAMEO)
    assert {(e.source_actor, e.target_actor, e.plover) for e in p1.events} == {("JPNGOV", "ROM", "AGREE"),
                                                                              ("ROM", "JPNGOV", "AGREE")}
    # 2016 DEMAND is 2021 REQUEST; unknown sector '***' dropped; a string target is no target
    assert [(e.source_actor, e.target_country, e.plover) for e in p2.events] == [("IGO", None, "REQUEST")]
    assert [(e.source_actor, e.target_actor, e.plover) for e in p3.events] == [("SDNREB", "SDNMIL", "ASSAULT")]
    assert "plover" in p1.labels and "root" not in p1.labels and gs.levels == ("dyad", "plover", "plover_actor")
    assert len(gs.fingerprint) == 64


def test_gold_plover_cameo_jsonl_single_roots_only(tmp_path):
    base = {"date": "2000-01-01", "event": "REJECT", "source": [{"actorText": "A", "code": "FRA"}],
            "target": [{"actorText": "B", "code": "DEU"}], "textInfo": {"markup": ""}}
    rows = [dict(base, id="a", text="France rejected the German plan.", cameo_root_from_manual_section="12"),
            dict(base, id="b", text="France turned down the plan.", cameo_root_from_manual_section=["12", "16"]),
            dict(base, id="c", text="France said no to the plan.")]
    f = tmp_path / "plover_gsr_with_cameo.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    gs = read_plover_cameo_jsonl(f)
    a, b, c = gs.records
    assert a.events[0].root == "12" and "root" in a.labels
    assert b.events[0].root is None and "root" not in b.labels and "root" not in c.labels
    assert gs.skipped["no single CAMEO root (dyad level only)"] == 2


def test_gold_cameo_examples_reader(tmp_path):
    f = tmp_path / "cameo_manual_examples.jsonl"
    f.write_text(json.dumps({"cameo_root": "13", "cameo_code_guess": "138", "text": "X warned Y."}) + "\n\n"
                 + json.dumps({"cameo_root": "04", "text": "X met Y."}) + "\n", encoding="utf-8")
    gs = read_cameo_examples(f)
    assert [(r.events[0].root, r.events[0].code, r.events[0].source_country) for r in gs] == [("13", None, None),
                                                                                             ("04", None, None)]
    assert gs.levels == ("root_only",) and all(r.labels == {"root"} for r in gs)


PETR_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- header: use <Sentence ... evaluate="false"> to bypass a case -->
<Sentences>
<Sentence category="DEMO" date="19950101" id="T-01" evaluate="true">
<!-- a plain case -->
<EventCoding eventcode="111" sourcecode="ZZAGOV" targetcode="ZZB" />
<EventCoding eventcode="111" sourcecode="ZZA" targetcode="ZZC" />
<PLEvent {"event": "111", "source": [{"code": "ZZA"}]}>
<Text>
Zedland's government criticized
Bumland &amp; Cumland.
</Text>
<Parse>
1	Zedland	Zedland	PROPN	NNP	_	2	nsubj	_	_
</Parse></Sentence>
<Sentence category="DEMO" date="19950101" id="T-02" evaluate="false">
<EventCoding eventcode="040" sourcecode="ZZA" targetcode="ZZB" />
<Text>Not evaluated.</Text>
</Sentence>
<Sentence category="PARSING" date="20080801" id="T-03" evaluate="true">
<EventCoding noevents="True" />
<Text>The weather was fine.</Text>
</Sentence>
<Sentence category="ERROR" date="19950101" id="T-04" evaluate="true">
<EventCoding error="storydiscard" />
<Text>Discarded story.</Text>
</Sentence>
<Sentence category="SYNSET" date="19950101" id="T-05" evaluate="true">
<EventCoding eventcode="345" sourcecode="ZZA" targetcode="ZZB" />
<Text>A private code.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_gold_petrarch_reader(tmp_path):
    f = tmp_path / "PETR_Validate_records_test.xml"
    f.write_text(PETR_XML, encoding="utf-8")
    gs = read_petrarch_records(f)
    assert [r.id for r in gs] == ["T-01", "T-03"]
    t1, t3 = gs.records
    assert t1.text == "Zedland's government criticized Bumland & Cumland." and t1.date == date(1995, 1, 1)
    assert [(e.source_country, e.source_actor, e.target_actor, e.code, e.root) for e in t1.events] == [
        ("ZZA", "ZZAGOV", "ZZB", "111", "11"), ("ZZA", "ZZA", "ZZC", "111", "11")]
    assert t3.no_event and t3.events == []
    assert gs.skipped == {'evaluate="false"': 1, "tests PETRARCH machinery (error=...)": 1,
                          "expected code is not CAMEO": 1}
    assert gs.levels == ("root", "code", "actor")


def test_gold_format_detection(tmp_path):
    assert detect_format("x/PETR_Validate_records_2_02.xml") == "petrarch"
    assert detect_format("PLOVER_GSR_CAMEO.json") == "plover"
    assert detect_format("plover_gsr_with_cameo.jsonl") == "plover_cameo"
    assert detect_format("cameo_manual_examples.jsonl") == "cameo_examples"
    f = tmp_path / "mine.jsonl"
    f.write_text(json.dumps({"cameo_root": "01", "text": "x"}) + "\n", encoding="utf-8")
    assert detect_format(f) == "cameo_examples"
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="RW420"):
        load_gold(bad)
    with pytest.raises(InputError, match="RW421"):
        load_gold(tmp_path / "missing.json")


# ---------------------------------------------------------------------------- PETRARCH dictionaries
ACTORS = """<!-- test dictionary -->
ZEDLAND_  [ZZA] # a comment
+ZEDLANDER
BUMLAND  [ZZB]
SOUTH_KOREA [KOR]
+SEOUL
JAPAN [JAP]
ZED_FOREIGN_OFFICE [ZZAGOV]
ZED UNION [IGOZED]
NOBODY [---]

SIR_ROBIN
+BRAVE_ROBIN
\t[ZZA < 950601]
\t[ZZAGOV 19950601 - 19990815]
\t[ZZAMIL 19970101 - 19970131]
\t[ZZAREB > 990816]
"""

AGENTS = """<!-- test agents -->
!PERSON! = MAN, MEN
!MINST! = MINISTER, MINISTRY
HIGH_SHERIFF [~COP] # a sheriff
GRAND VIZIER {GRAND_VIZIERS_EMERITUS} [~GOVVIZ]
PRESS {} [~MED]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
RIGHTS_BODY  [NGO~]
"""


def test_petrarch_actor_dictionary_layer(tmp_path):
    from riftwatch.actors import KnowledgeBase

    f = tmp_path / "actors.txt"
    f.write_text(ACTORS, encoding="utf-8")
    kb = KnowledgeBase.load()
    assert "Seoul" in kb.countries["KOR"].capitals
    add_petrarch_dictionaries(kb, actors=f)
    zza = kb.countries["ZZA"]
    assert zza.name == "Zedland" and "Zedlander" in zza.aliases and "Zedlands" not in zza.aliases  # exact name
    assert "Bumlands" in kb.countries["ZZB"].aliases  # TABARI prefix match, approximated by endings
    # the layer redefines "Seoul": an alias of the country now, no longer a capital (KORGOV)
    assert "Seoul" in kb.countries["KOR"].aliases and "Seoul" not in kb.countries["KOR"].capitals
    # claiming a packaged country's own name recodes it: its other names follow
    assert "JPN" not in kb.countries and "Tokyo" in kb.countries["JAP"].capitals
    assert "Japanese" in kb.countries["JAP"].aliases + kb.countries["JAP"].demonyms
    gov = kb.orgs["ZZAGOV"]
    assert (gov.country, gov.type, gov.name) == ("ZZA", "GOV", "Zed Foreign Office")
    assert (kb.orgs["IGOZED"].country, kb.orgs["IGOZED"].type) == (None, "IGO")
    assert not any("Nobody" == s for s, _, _ in kb.surface_forms())  # '---': recognised, never coded
    # dated codes: a person whose code follows the date; the earlier-listed range wins an overlap
    assert kb.person_aliases["Brave Robin"] == "Sir Robin"
    on = {d: kb.person_on("Sir Robin", date.fromisoformat(d)) for d in
          ("1990-01-01", "1996-01-01", "1997-01-15", "1999-08-16", "2005-01-01")}
    assert [(r.country, r.sector) for r in on.values()] == [("ZZA", ""), ("ZZA", "GOV"), ("ZZA", "GOV"),
                                                           ("ZZA", None), ("ZZA", "REB")]
    assert any(s.startswith("petrarch-actors:") for s in kb.sources)


def test_petrarch_agent_dictionary(tmp_path):
    f = tmp_path / "agents.txt"
    f.write_text(AGENTS, encoding="utf-8")
    terms = read_agent_dictionary(f)
    assert terms[("high", "sheriff")] == "COP" and terms[("high", "sheriffs")] == "COP"
    assert terms[("grand", "vizier")] == "GOVVIZ" and terms[("grand", "viziers", "emeritus")] == "GOVVIZ"
    assert ("grand", "viziers") not in terms  # explicit plurals replace the automatic one
    assert terms[("press",)] == "MED" and ("presses",) not in terms  # {} = no plural
    assert terms[("congressman",)] == terms[("congressmen",)] == "LEG"
    assert terms[("ministry", "of", "silly", "walks")] == "GOV"
    assert terms[("rights", "body")] == "NGO"  # a prefix agent becomes a sector


def test_petrarch_settings_load_dictionaries_in_engine(tmp_path, monkeypatch):
    from riftwatch.config import SETTINGS, load_options
    from riftwatch.pipeline import Engine

    a, b = tmp_path / "actors.txt", tmp_path / "agents.txt"
    a.write_text(ACTORS, encoding="utf-8")
    b.write_text(AGENTS, encoding="utf-8")
    assert {"petrarch_actors", "petrarch_agents"} <= {s.name for s in SETTINGS}
    monkeypatch.setenv("RIFTWATCH_PETRARCH_ACTORS", str(a))
    monkeypatch.setenv("RIFTWATCH_PETRARCH_AGENTS", str(b))
    opts = load_options()
    assert (opts.petrarch_actors, opts.petrarch_agents) == (str(a), str(b))
    eng = Engine(opts)
    evs = [e for e in eng.code_text("Zedland condemned Bumland.", date(2001, 1, 1)) if e.asserted]
    assert [(e.source, e.target, e.root) for e in evs] == [("ZZA", "ZZB", "11")]
    assert eng.kb.sectors[("high", "sheriff")] == "COP"


# ---------------------------------------------------------------------------- scoring
def test_score_matching_is_one_to_one():
    recs = [rec("r1", [g("USA", "CHN", "111")]),
            rec("r2", [g("USA", "CHN", "111"), g("USA", "CHN", "111")])]
    eng = FakeEngine({"r1": [ev("USA", "CHN", "111"), ev("USA", "CHN", "111")],  # one gold: one match, one FP
                      "r2": [ev("USA", "CHN", "111")]})  # two gold, one coded: one match, one miss
    rep = evaluate(recs, eng)
    root = rep.levels["root"]
    assert (root.tp, root.fp, root.fn) == (2, 1, 1)
    assert root.precision == pytest.approx(2 / 3) and root.recall == pytest.approx(2 / 3)
    assert set(rep.levels) == {"dyad", "root", "code", "actor"}


def test_score_no_event_record_counts_every_event_and_flagged_ones_not():
    recs = [rec("n", [], no_event=True, text="Nobody did anything."),
            rec("f", [g("FRA", "DEU", "042")])]
    eng = FakeEngine({"n": [ev("RUS", "GBR", "111", sentence="Russia did not criticize Britain.", trigger="criticize"),
                            ev("RUS", "GBR", "042", sentence="Russia might visit Britain.", trigger="visit")],
                      "f": [ev("FRA", "DEU", "042", status="prediction")]})
    rep = evaluate(recs, eng)
    s = rep.levels["root"]
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)
    assert rep.flagged_events == 1 and rep.coded_events == 2
    assert rep.causes["false_alarms"] == {"missed negation": 1, "opinion/prediction coded as fact": 1}
    assert rep.causes["misses"] == {"flagged as prediction": 1}


def test_score_levels_confusion_and_causes():
    recs = [rec("code", [g("USAGOV", "CHN", "1121")]),
            rec("role", [g("IRN", "IRQ", "190")]),
            rec("none", [g("EGY", "SDN", "040")])]
    eng = FakeEngine({"code": [ev("USAGOV", "CHN", "112")],  # right root, coarser code
                      "role": [ev("IRQ", "IRN", "190", rule="attack")],  # swapped roles
                      "none": RuntimeError("boom")})
    rep = evaluate(recs, eng, errors=10)
    assert rep.levels["root"].tp == 1 and rep.levels["code"].tp == 0 and rep.levels["actor"].tp == 0
    assert rep.causes["misses"] == {"wrong role (source/target swapped)": 1, "coding error": 1}
    assert rep.causes["false_alarms"] == {"wrong role (source/target swapped)": 1}
    assert rep.failures == ["none"]
    [fa] = rep.false_alarms
    assert fa.rule == "attack" and fa.expected == ["IRN→IRQ 190"] and fa.coded == ["IRQ→IRN 190 (attack)"]
    # confusion: a dyad matched with another root
    rep2 = evaluate([rec("c", [g("USA", "CHN", "111")])], FakeEngine({"c": [ev("USA", "CHN", "120")]}))
    assert rep2.confusion == {"11": {"12": 1}} and rep2.causes["misses"] == {"wrong code": 1}
    assert rep2.per_class["11"].fn == 1 and rep2.per_class["12"].fp == 1
    # the report is plain JSON, and metric() reads it
    d = json.loads(json.dumps(rep.to_dict()))
    assert d["levels"]["root"]["tp"] == 1 and rep.metric("root.recall") == pytest.approx(1 / 3)


def test_score_errors_keeps_first_n_but_counts_all():
    recs = [rec(f"r{i}", [g("FRA", "DEU", "042")]) for i in range(5)]
    rep = evaluate(recs, FakeEngine({}), errors=2)
    assert len(rep.misses) == 2 and sum(rep.causes["misses"].values()) == 5
    assert rep.causes["misses"] == {"no pattern fired": 5}


def test_score_plover_sets_ignore_statements():
    r = GoldRecord("p", "S.", None, [GoldEvent("FRA", "DEU", "FRA", "DEU", None, None, "ACCUSE")], False,
                   frozenset({"source_country", "target_country", "source_actor", "target_actor", "plover"}))
    gs = GoldSet("t", "plover", [r], ("dyad", "plover"), "plover", plover_only=True)
    rep = evaluate(gs, FakeEngine({"p": [ev("FRA", "DEU", "111"), ev("FRA", None, "010")]}))
    assert rep.excluded_events == 1 and rep.coded_events == 1
    assert (rep.levels["plover"].tp, rep.levels["plover"].fp) == (1, 0)


# ---------------------------------------------------------------------------- the gate
def _report(name: str, tp: int, fp: int, fn: int, fingerprint: str = "f" * 64):
    rep = evaluate([rec("x", [])], FakeEngine({}), name=name, levels=["root"])
    s = rep.levels["root"]
    s.tp, s.fp, s.fn = tp, fp, fn
    rep.fingerprint = fingerprint
    return rep


def test_gate_check_update_and_lowering_rules():
    good = _report("set", 8, 2, 2)  # f1 0.8
    base, changes = gate.update({}, {"set": good})
    assert base["sets"]["set"]["floors"] == {"root.f1": 0.8} and changes == ["set root.f1: pinned at 0.800"]
    assert gate.check(good, base).ok
    worse = _report("set", 6, 4, 4)  # f1 0.6
    res = gate.check(worse, base)
    assert not res.ok and [f.metric for f in res.regressions] == ["root.f1"]
    assert "FAIL" in res.summary()
    assert gate.check(_report("set", 8, 2, 2, fingerprint="0" * 64), base).regressions[0].kind == "stale"
    assert gate.check(_report("set", 9, 1, 1), base).findings[0].kind == "improvement"
    # floors only rise; lowering needs --allow-lower and a reason, which is kept
    with pytest.raises(gate.GateError, match="refusing to lower"):
        gate.update(base, {"set": worse})
    with pytest.raises(gate.GateError, match="--reason"):
        gate.update(base, {"set": worse}, allow_lower=True)
    low, _ = gate.update(base, {"set": worse}, allow_lower=True, reason="gold relabelled")
    assert low["sets"]["set"]["floors"]["root.f1"] == 0.6
    assert low["history"][-1]["reason"] == "gold relabelled" and low["history"][-1]["lowered"]
    # a dip within the tolerance keeps the floor
    kept, changes = gate.update(base, {"set": _report("set", 79, 21, 20)})
    assert kept["sets"]["set"]["floors"]["root.f1"] == 0.8 and "floor kept" in changes[0]


def test_gate_cause_tables_put_every_set_side_by_side_in_suite_order():
    a, b = _report("reuters-dev2", 1, 1, 1), _report("petrarch-validation", 1, 1, 1)
    a.causes = {"misses": {"no pattern fired": 3, "wrong code": 1}, "false_alarms": {"wrong code": 2}}
    b.causes = {"misses": {"wrong code": 5}, "false_alarms": {}}
    md = gate.cause_tables({"reuters-dev2": a, "petrarch-validation": b})
    misses, alarms = md.split("False alarms:")
    head = next(line for line in misses.splitlines() if line.startswith("| cause"))
    assert head == "| cause | petrarch-validation (`root`) | reuters-dev2 (`root`) |"  # SUITE order
    rows = [line for line in misses.splitlines() if line.startswith("| ") and not line.startswith("| cause")]
    assert rows == ["| wrong code | 5 | 1 |", "| no pattern fired |  | 3 |", "| **total** | 5 | 4 |"]
    assert "| wrong code |  | 2 |" in alarms and "| **total** | 0 | 2 |" in alarms
    assert md in gate.markdown({"reuters-dev2": a, "petrarch-validation": b})


def _passive(doc, e) -> bool:
    tok = next((t for t in doc if t.idx == e.trigger_start), None)
    return tok is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def passive_blind(engine, monkeypatch) -> None:
    """Weaken the coder honestly: it no longer sees passive voice — every event whose trigger
    has a passive subject or auxiliary is dropped."""
    orig = engine.coder.code_doc

    def code_doc(doc, *args, **kwargs):
        events, unresolved = orig(doc, *args, **kwargs)
        return [e for e in events if not _passive(doc, e)], unresolved

    monkeypatch.setattr(engine.coder, "code_doc", code_doc)


#: written for this test: half the events are told in the passive voice
PASSIVE_GOLD = [
    ("Japan was criticized by China on Monday.", "CHN", "JPN", "11"),
    ("Germany was accused by Russia of spying.", "RUS", "DEU", "11"),
    ("Israel was condemned by Turkey.", "TUR", "ISR", "11"),
    ("Iran was praised by Syria.", "SYR", "IRN", "05"),
    ("Pakistan was threatened by India.", "IND", "PAK", "13"),
    ("China criticized Japan on Monday.", "CHN", "JPN", "11"),
    ("Russia accused Germany of spying.", "RUS", "DEU", "11"),
    ("Turkey condemned Israel.", "TUR", "ISR", "11"),
    ("Syria praised Iran.", "SYR", "IRN", "05"),
    ("India threatened Pakistan.", "IND", "PAK", "13"),
]


def test_gate_fails_for_a_passive_blind_coder(engine, monkeypatch):
    recs = [GoldRecord(f"p{i}", t, date(2020, 10, 1), [GoldEvent(s, o, None, None, None, r)], False,
                       frozenset({"source_country", "target_country", "root"}))
            for i, (t, s, o, r) in enumerate(PASSIVE_GOLD)]
    full = evaluate(recs, engine, name="passive")
    assert full.metric("root.f1") >= 0.7, full.to_dict()["misses"]
    base, _ = gate.update({}, {"passive": full})
    assert gate.check(full, base).ok
    passive_blind(engine, monkeypatch)
    weak = evaluate(recs, engine, name="passive")
    res = gate.check(weak, base)
    assert not res.ok, res.summary()
    assert "root.f1" in {f.metric for f in res.regressions}
    assert weak.causes["misses"].get("no pattern fired", 0) >= 3


def test_context_scoring_reads_the_story_before_a_record_and_scores_only_the_record(engine):
    lead = "British Trade Minister Alan Pembury arrived in Tokyo on Monday for talks."
    gold = [GoldEvent("GBR", "JPN", None, None, "112", "11")]
    labels = frozenset({"source_country", "target_country", "root"})
    rec = GoldRecord("r", "Pembury accused Japan of shutting out British firms.", date(2020, 3, 2), gold, False,
                     labels, None, lead)
    alone = evaluate([rec], engine, name="alone")
    assert alone.levels["root"].tp == 0 and alone.levels["root"].fn == 1  # "Pembury" is nobody alone
    ctx = evaluate([rec], engine, name="ctx", context=True)
    assert ctx.context and ctx.to_dict()["context"] is True
    root = ctx.levels["root"]
    # the minister is known from the lead; the lead's own visit (042) is not the record's event
    assert (root.tp, root.fp, root.fn) == (1, 0, 0), ctx.to_dict()["false_alarms"]
    # a record without story text is coded alone either way
    bare = GoldRecord("b", "Russia accused Germany of spying.", date(2020, 3, 2),
                      [GoldEvent("RUS", "DEU", None, None, "112", "11")], False, labels)
    assert evaluate([bare], engine, context=True).levels["root"].tp == 1


def test_gate_context_is_a_report_only(capsys):
    with pytest.raises(SystemExit):
        gate.main(["--context", "--update"])
    assert "report only" in capsys.readouterr().err


# ---------------------------------------------------------------------------- the real gold sets
@pytest.fixture(scope="module")
def real_reports(shared, engine):
    from riftwatch.evaluation.lee import find_corpus

    reports = gate.run_suite(shared, engine=engine)
    # the held-out sets are measured only on request; the Lee sets need their corpus (gensim's test data)
    lee_found = find_corpus() is not None
    assert set(reports) == {s.name for s in gate.suite_sets()
                            if s.corpus != gate.LEE or (lee_found and (ROOT / s.path).is_file())}
    return reports


def test_gate_real_gold_meets_the_pinned_floors(real_reports):
    path = ROOT / "eval" / "baseline.json"
    assert path.is_file(), "eval/baseline.json is missing: python -m riftwatch.evaluation.gate --update"
    res = gate.check(real_reports, gate.load_baseline(path))
    assert res.ok, res.summary()
    assert all(f.kind != "unpinned" for f in res.findings), res.summary()


class DemonymBlind:
    """A weakened coder: it no longer resolves nationality words (Israeli, Palestinian):
    events whose source or target was named through a demonym are dropped."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.demonyms = {c.code: [re.compile(rf"\b{re.escape(d)}\b") for d in c.demonyms]
                         for c in engine.kb.countries.values()}

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def _named_by_demonym(self, name, country) -> bool:
        return bool(name and country and any(p.search(name) for p in self.demonyms.get(country, ())))

    def code_many(self, items):
        for res in self.engine.code_many(items):
            if isinstance(res, Exception):
                yield res
                continue
            events, unresolved = res
            yield [e for e in events if not (self._named_by_demonym(e.source_name, e.source_country)
                                             or self._named_by_demonym(e.target_name, e.target_country))], unresolved


def test_gate_real_gold_fails_for_a_weakened_coder(shared, engine, real_reports):
    """Pinned from today's coder, the gate must catch a coder that lost demonyms."""
    names = ["plover-gsr", "cameo-manual-examples"]
    base, _ = gate.update({}, {n: real_reports[n] for n in names})
    weak = gate.run_suite(shared, engine=DemonymBlind(engine), names=names)
    res = gate.check(weak, base)
    assert not res.ok, res.summary()
    assert {f.set for f in res.regressions} == set(names), res.summary()


# ---------------------------------------------------------------------------- the command
def test_eval_command(tmp_path):
    import typer
    from typer.testing import CliRunner

    from riftwatch.cli.eval_cmd import register

    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    f = tmp_path / "cameo_manual_examples.jsonl"
    f.write_text(json.dumps({"cameo_root": "11", "text": "France accused Germany of spying."}) + "\n"
                 + json.dumps({"cameo_root": "05", "text": "Japan praised India."}) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(f), "--format", "json", "--errors", "1"])
    assert res.exit_code == 0, res.output
    [d] = json.loads(res.stdout)
    assert d["name"] == "cameo-manual-examples" and d["levels"]["root_only"]["tp"] == 2
    res = runner.invoke(app, ["eval", str(f)])
    assert res.exit_code == 0 and "root_only" in res.stdout
    res = runner.invoke(app, ["eval", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2 and "RW421" in res.output
    doc = app.registered_commands[0].callback.__doc__
    assert any(line.strip().startswith("Example: riftwatch eval") for line in doc.splitlines())
