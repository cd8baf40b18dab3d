"""Constructions found by mining real news for verb frames between two states that the
coder did not code (scripts/mine_uncovered.py; patterns in data/patterns/verbs_*.tsv).

Every sentence is written for these tests. ``CODED``: the asserted events must include
the (source country, target country, root) triples. ``RESTRAINT``: the same verbs in
another sense, negated, predicted or hypothetical, or with a target that is no state:
no asserted event of the listed root between the listed countries.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import triples

CODED = [
    # motion verbs to a named foreign place are visits
    ("The Greek foreign minister went to Ankara on Tuesday.", {("GRC", "TUR", "04")}),
    ("A Chinese trade delegation came to Canberra last week.", {("CHN", "AUS", "04")}),
    ("The Syrian foreign minister arrived for talks with Jordanian leaders.", {("SYR", "JOR", "04")}),
    # talks and agreements with light verbs
    ("Peru opened talks with Chile on fishing rights.", {("PER", "CHL", "04"), ("CHL", "PER", "04")}),
    ("Egypt continued negotiations with Israel over the enclave.", {("EGY", "ISR", "04")}),
    ("Argentina entered into negotiations with Britain on air links.", {("ARG", "GBR", "04")}),
    ("Pakistan concluded a barter agreement with Sri Lanka.", {("PAK", "LKA", "05")}),
    ("Thailand finalized a rice deal with Iran.", {("THA", "IRN", "05")}),
    # pressure, and the passive-like "came under pressure from" (the one pressing is the source)
    ("Washington put heavy pressure on Seoul to open its insurance market.", {("USA", "KOR", "10")}),
    ("Moscow exerted pressure on Warsaw to curb the strikes.", {("RUS", "POL", "10")}),
    ("Bonn brought strong pressure on Paris to lower its farm subsidies.", {("DEU", "FRA", "10")}),
    ("The United States stepped up pressure on Panama.", {("USA", "PAN", "10")}),
    ("The Dutch government came under pressure from Belgium to cut its gas price.", {("BEL", "NLD", "10")}),
    # disapproval
    ("Spain has lost patience with Morocco over the fishing dispute.", {("ESP", "MAR", "11")}),
    # aid, loans, sanctions approved
    ("The World Bank approved a 90 million dollar loan to Ghana.", {(None, "GHA", "07")}),
    ("The Danish parliament approved a trade embargo against South Africa.", {("DNK", "ZAF", "16")}),
    ("The U.S. Senate approved an arms sale to Saudi Arabia.", {("USA", "SAU", "06")}),
    ("The United States transferred emergency aid to Honduras.", {("USA", "HND", "07")}),
    ("Venezuela loaned oil to Ecuador after the earthquake.", {("VEN", "ECU", "07")}),
    # wire-service amounts measure what their "in"/"of" phrase names
    ("Washington has given Israel 25 billion dlrs in aid.", {("USA", "ISR", "07")}),
    ("The United States imposed 300 mln dlrs of tariffs on Japanese goods.", {("USA", "JPN", "16")}),
    # seeking someone's support or aid: its owner is asked
    ("Brazil sought Mexico's support for its debt plan.", {("BRA", "MEX", "02")}),
    ("Zambia sought Japanese aid for its copper mines.", {("ZMB", "JPN", "02")}),
]

RESTRAINT = [
    # "come to" / "go to" something that is no place
    ("Egypt came to an agreement with Israel on the border.", "EGY", "ISR", "04"),
    ("The Soviet Union came to the aid of Syria.", "RUS", "SYR", "04"),
    ("Libya has come to the brink of war with Egypt.", "LBY", "EGY", "04"),
    # a venue one returns to is not visited (no "return to" pattern: talks in Geneva are not with Switzerland)
    ("Soviet negotiators returned to Geneva for arms talks.", "RUS", "CHE", "04"),
    # goods and amounts do not visit
    ("Eighty pct of Spain's exports went to France.", "ESP", "FRA", "04"),
    ("Most of the Japanese aid went to Thailand.", "JPN", "THA", "04"),
    # an organisation one turns to for help is not visited
    ("Brazil has resisted going to the IMF for help.", "BRA", None, "04"),
    # one's own capital is no visit
    ("The American banker came to Washington from New York.", "USA", "USA", "04"),
    # negated, predicted, hypothetical
    ("Shultz did not go to Moscow.", "USA", "RUS", "04"),
    ("Shultz will go to Moscow next month.", "USA", "RUS", "04"),
    ("Venezuela would loan oil to Ecuador if asked.", "VEN", "ECU", "07"),
    ("Canada failed to conclude an agreement with Egypt.", "CAN", "EGY", "05"),
    # criticism from one's own side is not pressure from a state, and no attack either
    ("The Dutch government came under fire from the opposition.", "NLD", "NLD", "19"),
]


@pytest.mark.parametrize("sentence,expected", CODED, ids=[s for s, _ in CODED])
def test_mined_construction_is_coded(engine, sentence, expected):
    evs = [e for e in engine.code_text(sentence, date(1987, 3, 1)) if e.asserted]
    got = triples(evs)
    assert expected <= got, f"{sentence!r}: expected {expected}, got {got}"


@pytest.mark.parametrize("sentence,src,tgt,root", RESTRAINT, ids=[r[0] for r in RESTRAINT])
def test_mined_construction_restraint(engine, sentence, src, tgt, root):
    evs = [e for e in engine.code_text(sentence, date(1987, 3, 1)) if e.asserted]
    bad = [(e.rule, e.source, e.target, e.code) for e in evs
           if e.root == root and e.source_country == src and (tgt is None or e.target_country == tgt)]
    assert not bad, f"{sentence!r}: should not code {root} {src}->{tgt}, got {bad}"


def test_mined_patterns_are_loaded():
    from riftwatch.coding import PatternSet

    ids = {p.id for p in PatternSet.load().patterns}
    assert {"go_to_visit", "under_pressure", "approve_sanctions", "seek_support_of"} <= ids


def test_motion_verb_without_place_does_not_specialise_an_appeal(engine):
    # "come up with a plan" is no visit: the appeal stays a plain appeal (020), not one to meet (026)
    evs = engine.code_text("The U.S. Treasury said that Brazil should come up with a new economic plan.",
                           date(1987, 3, 1))
    codes = {(e.source_country, e.target_country, e.code) for e in evs if e.asserted}
    assert ("USA", "BRA", "020") in codes, codes
