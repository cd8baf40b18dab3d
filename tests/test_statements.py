"""Statements coded by what they say (riftwatch.coding.statements): accusations,
criticism, threats, rejections and praise made by reporting a clause, and the
statements that must stay plain. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import triples
from riftwatch.coding.statements import Lexicon, lexicon
from riftwatch.errors import DataFileError

# (sentence, {(source country, target country, CAMEO code)} of the asserted events it must code)
SAID = [
    # accusations: a wrongful act of the one the clause is about
    ("The Lebanese foreign minister said the Israeli raid was a violation of international law.",
     {("LBN", "ISR", "112")}),
    ("Baghdad said on Tuesday that the Iranian offensive was an act of aggression.", {("IRQ", "IRN", "1123")}),
    ("Nicaragua's president said Washington was interfering in the affairs of Central America.",
     {("NIC", "USA", "112")}),
    ("A Chinese spokesman said the Vietnamese shelling of the border was a provocation.", {("CHN", "VNM", "112")}),
    ("Peking said the Soviet diplomat had engaged in espionage.", {("CHN", "RUS", "1125")}),
    ("The Canadian fisheries minister said Spanish trawlers had exceeded their quota.", {("CAN", "ESP", "112")}),
    ("Iraq said Iran had exaggerated its gains in the southern marshes.", {("IRQ", "IRN", "112")}),
    ("The Afghan government said Pakistan was meddling in its internal affairs.", {("AFG", "PAK", "112")}),
    ("Tripoli radio said the American report was a lie.", {("LBY", "USA", "112")}),
    ("Cairo said the Israeli annexation of the heights was illegal.", {("EGY", "ISR", "112")}),
    # criticism: a negative judgement of someone else's act
    ("Moscow said the American naval build-up in the Gulf was adventurism.", {("RUS", "USA", "111")}),
    ("The Japanese trade minister said the U.S. tariffs were unjustified.", {("JPN", "USA", "111")}),
    ("Brazil told reporters that the U.S. trade sanctions were unfair.", {("BRA", "USA", "111")}),
    ("West German officials said the French decision was a mistake.", {("DEU", "FRA", "111")}),
    ("Greece said the Turkish survey in the Aegean was irresponsible.", {("GRC", "TUR", "111")}),
    # rejections
    ("Ankara said the Greek proposal was unacceptable.", {("TUR", "GRC", "120")}),
    ("A Pakistani official said the Indian offer was out of the question.", {("PAK", "IND", "120")}),
    # threats: the speaker's own hostile future act
    ("Athens said it would hinder the Turkish vessel if it began drilling.", {("GRC", "TUR", "138")}),
    ("Tehran radio said Iran would hit back at Iraq.", {("IRN", "IRQ", "138")}),
    ("The Chinese army said it would teach Vietnam a lesson.", {("CHN", "VNM", "138")}),
    ("Iran said it would respond firmly to any American attack.", {("IRN", "USA", "138")}),
    ("Japan said it would retaliate with tariffs on American goods.", {("JPN", "USA", "1312")}),
    ("Italy said it would retaliate against Japanese car exports.", {("ITA", "JPN", "1312")}),
    ("Syria said Israel would pay a heavy price for the raid.", {("SYR", "ISR", "138")}),
    ("Iran said any U.S. interference in the Gulf would meet a strong response.", {("IRN", "USA", "138")}),
    # praise
    ("Tokyo said the Soviet proposal was constructive.", {("JPN", "RUS", "051")}),
    ("An Egyptian spokesman said the talks with Israel were fruitful.", {("EGY", "ISR", "051")}),
]

# (sentence, codes that must NOT be coded as asserted: restraint)
NOT_SAID = [
    # negated content
    ("Poland said the border closure was not a violation of the treaty.", {"112", "111"}),
    ("Egypt said there had been no violation by Israel.", {"112"}),
    ("Bonn said the French decision was no mistake.", {"111"}),
    # a question
    ("Was the Soviet test a violation of the treaty, the senator asked?", {"112"}),
    # hypotheticals and modals
    ("Japan said it would be a mistake if the United States imposed tariffs.", {"111"}),
    ("Italy said the French plan could be illegal.", {"112"}),
    # the speaker on itself
    ("Japan said it had made a mistake.", {"111"}),
    ("France said its decision was a mistake.", {"111"}),
    # the speaker's future that is no threat
    ("Iran said it would respond to the American letter next week.", {"138"}),
    ("Brazil said it would retaliate.", {"138", "1312"}),  # no one named
    # a speaker's own act the patterns code is not turned into an accusation of itself
    ("Israel said Syria violated the ceasefire.", {"112"}),
    # no actor in the clause
    ("The minister said the figures were positive.", {"051"}),
    ("The bank said the decline in exports was a mistake.", {"111"}),
    # a place in the subject is not whose act it is
    ("The report said money supplies in Japan and Britain exceeded the limits.", {"112"}),
]


@pytest.mark.parametrize("text,want", SAID, ids=[s[:40] for s, _ in SAID])
def test_statement_is_coded_as_what_it_says(code, text, want):
    got = {(e.source_country, e.target_country, e.code) for e in code(text)}
    assert want <= got, f"{text!r}: missing {want - got}, coded {got}"


@pytest.mark.parametrize("text,banned", NOT_SAID, ids=[s[:40] for s, _ in NOT_SAID])
def test_statement_restraint(code, text, banned):
    got = {e.code for e in code(text)}
    assert not got & banned, f"{text!r}: coded {got}"


def test_statement_replaces_the_bare_statement_and_keeps_provenance(code):
    evs = code("The Syrian ambassador said the Turkish dam was a violation of the 1920 accord.")
    assert [(e.source_country, e.target_country, e.code, e.rule) for e in evs] == [("SYR", "TUR", "112",
                                                                                     "say+accuse")]
    [e] = code("Tokyo said the U.S. tariffs were unjustified.")
    assert e.rule == "say+criticize"
    [e] = code("Tehran said it would hit back at Iraq if attacked.")
    assert e.code[:2] == "13" and "threat" in e.rule


def test_plain_statement_stays_a_statement(code):
    assert triples(code("Mexico said the U.S. decision was final.")) == {("MEX", "USA", "01")}


def test_every_lexicon_example_is_coded(code):
    lex = lexicon()
    missed = []
    for cue in lex.cues:
        if cue.role == "sanction":
            want = "1312"
        else:
            want = cue.code
        codes = {e.code for e in code(cue.example)}
        if want not in codes:
            missed.append((cue.id, cue.example, codes))
    assert not missed, missed


def test_lexicon_rejects_bad_rows(tmp_path: Path):
    head = "id\trole\tcue\tneeds\tcode\texample\n"
    bad = tmp_path / "bad.tsv"
    bad.write_text(head + "x\tcurse\tlie\t-\t112\tA.\n")
    with pytest.raises(DataFileError, match="unknown role"):
        Lexicon.load(bad)
    bad.write_text(head + "x\twrong\tlie\t-\t999\tA.\n")
    with pytest.raises(DataFileError, match="unknown CAMEO code"):
        Lexicon.load(bad)
    bad.write_text(head + "x\twrong\tlie\t-\t112\tA.\nx\twrong\tcrime\t-\t112\tB.\n")
    with pytest.raises(DataFileError, match="duplicate"):
        Lexicon.load(bad)


@pytest.mark.parametrize("text, event", [
    ("China called the U.S. sanctions illegal.", ("CHN", "USA", "112")),
    ("Iran described the Israeli strike as a provocation.", ("IRN", "ISR", "112")),
    ("Seoul branded the North Korean launch a provocation.", ("KOR", "PRK", "112")),
    ("Moscow called the British decision an unfriendly act.", ("RUS", "GBR", "111")),
    ("Pistorius called Vance's remarks unacceptable.", ("DEU", "USA", "111")),
    ("Japan called the Chinese proposal unacceptable.", ("JPN", "CHN", "120")),
])
def test_a_naming_verb_judges_the_owner_of_its_object(engine, text, event):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, "2025-02-16")
             if e.status == "asserted"}
    assert event in found


@pytest.mark.parametrize("text", [
    "China did not call the U.S. sanctions illegal.",     # negated
    "Did China call the U.S. sanctions illegal?",         # a question
    "China called its own measures necessary.",           # no judgement word, no other actor
])
def test_a_naming_verb_without_a_judgement_codes_none(engine, text):
    assert not [e for e in engine.code_text(text, "2025-02-16") if e.status == "asserted" and e.root in ("11", "12")]
