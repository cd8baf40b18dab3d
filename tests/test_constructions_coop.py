"""Constructions of the cooperative and verbal half of CAMEO (roots 03-12), one case
each, with small sentences written for these tests (never taken from a gold set).

Each case is (sentence, expected (source country, target country, full code)
triples of the *asserted* events); ``CODED`` cases must code at least those,
``EXACTLY`` cases exactly those, and ``RESTRAINT`` cases must not code the listed
(source, target, code) triples as asserted.
"""

from __future__ import annotations

import pytest


def coded(events):
    return {(e.source_country, e.target_country, e.code) for e in events}


CODED = [
    # yielding to what someone asked for: the particle's object is the pattern's object
    ("Greece agreed to Turkey's demands.", {("GRC", "TUR", "080")}),
    ("Uganda agreed to mediation by Tanzania.", {("UGA", "TZA", "038")}),
    # the object decides the sense: meeting demands is no meeting with their owner
    ("Sweden met Turkey's conditions.", {("SWE", "TUR", "080")}),
    # a refusal said of an act, with the target its object's owner
    ("Germany said it would not meet Iran's demands.", {("DEU", "IRN", "124")}),
    # a commitment stated with a participle and a gerund
    ("Japan is committed to providing aid to Indonesia.", {("JPN", "IDN", "033")}),
    # an act ruled out: "... is out of the question"
    ("Washington said lifting sanctions on Cuba was out of the question.", {("USA", "CUB", "1244")}),
    # negotiations that fail (CAMEO 164's own usage note)
    ("Egypt failed to reach agreement with Ethiopia on the dam.", {("EGY", "ETH", "164")}),
    # pledges and refusals of a resignation, aimed at one's own country (session 31: as the blind annotators label it)
    ("The Peruvian interior minister agreed to resign.", {("PER", "PER", "0341")}),
    ("The Peruvian interior minister declined to resign.", {("PER", "PER", "1231")}),
    # a withdrawal named by a noun leaves the place its "from" names
    ("Vietnam's withdrawal from Cambodia was completed on Tuesday.", {("VNM", "KHM", "0874")}),
    # joint war games, coded both ways
    ("Chinese and Russian warships launched joint war games in the Sea of Japan.",
     {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}),
    ("Israel and Jordan shared intelligence on militant groups.", {("ISR", "JOR", "064"), ("JOR", "ISR", "064")}),
    # humanitarian goods are humanitarian aid (073), refugees belong where they fled from
    ("Italy provided 5,000 tons of wheat to Albania.", {("ITA", "ALB", "073")}),
    ("Norway will send tents to refugees fleeing the war in Yemen.", {("NOR", "YEM", "0333")}),
    ("Macedonia opened its borders to Kosovar refugees.", {("MKD", "KOS", "073")}),
    ("Malaysia refused admittance to Rohingya refugees from Myanmar.", {("MYS", "MMR", "1223")}),
    # a request rejected, its author in a "from" or "by" phrase
    ("Iraq rejected a request from Kuwait.", {("IRQ", "KWT", "120")}),
    # people who end their own strike ease their dissent towards their government
    ("The Philippine teachers union called off its strike.", {("PHL", "PHL", "082")}),
    # an active verb coordinated with a passive one shares its patient, not its agent
    ("Kenya's interior minister was criticized by Uganda and will resign.", {("KEN", "KEN", "0341")}),
]


@pytest.mark.parametrize("text, want", CODED, ids=lambda x: x[:45] if isinstance(x, str) else None)
def test_cooperative_construction_codes_its_event(code, text, want):
    got = coded(code(text))
    assert want <= got, f"{text!r}: missing {want - got}, coded {got}"


RESTRAINT = [
    # negated commitment
    ("Japan is not committed to providing aid to Indonesia.", {("JPN", "IDN", "033"), ("JPN", "IDN", "070")}),
    # a judgement on an act is not its refusal, nor the act
    ("Washington said lifting sanctions on Cuba was a mistake.", {("USA", "CUB", "1244"), ("USA", "CUB", "085")}),
    # a failed agreement is no agreement
    ("Egypt failed to reach agreement with Ethiopia on the dam.", {("EGY", "ETH", "057")}),
    # analysts' forecast is no one's pledge
    ("The Peruvian interior minister will resign, analysts said.", {("PER", "PER", "0341"), ("PER", None, "0341")}),
    # a demanded withdrawal has not happened
    ("Iran demanded the withdrawal of American forces from Iraq.", {("USA", "IRQ", "0874"), ("IRN", "IRQ", "0874")}),
    # exercises called off did not take place
    ("Poland called off its joint exercises with Belarus.", {("POL", "BLR", "062"), ("BLR", "POL", "062")}),
    # the agent of a passive does not resign
    ("Kenya's interior minister was criticized by Uganda and will resign.",
     {("UGA", None, "0341"), ("UGA", "UGA", "0341"), ("UGA", "KEN", "0341")}),
    # the object decides the sense: "met the demands" is no meeting
    ("Sweden met Turkey's conditions.", {("SWE", "TUR", "040"), ("TUR", "SWE", "040")}),
]


@pytest.mark.parametrize("text, banned", RESTRAINT, ids=lambda x: x[:45] if isinstance(x, str) else None)
def test_cooperative_restraint(code, text, banned):
    got = coded(code(text))
    assert not (banned & got), f"{text!r}: coded {banned & got}"


EXACTLY = [
    # war games with no partner named are no cooperation with anyone: a show of force (150)
    ("Chinese warships launched war games.", {("CHN", None, "150")}),
    # refugees with no country named are not the donor's own
    ("Germany gave money to refugees.", set()),
]


@pytest.mark.parametrize("text, want", EXACTLY, ids=lambda x: x[:45] if isinstance(x, str) else None)
def test_cooperative_construction_codes_nothing_more(code, text, want):
    assert coded(code(text)) == want
