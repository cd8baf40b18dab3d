"""Constructions of wire news the coder did not reach (session 6 recall audit on 1987
Reuters), one group per fix, each with restraint cases. Sentences written for these tests.

* an object gapped by a relative clause: "the tariffs X slapped on Y";
* a span framing an event noun: "after two days of talks with X", "held hours of talks";
* the two sides of a meeting as one hyphenated modifier: "Indian-Pakistani talks";
* the one a sanction answers: "imposed tariffs in retaliation for X's ban";
* a first object the parser hangs on the second as a compound: "offered Argentina compensation";
* a reciprocal act with no agent but both sides named: "an agreement was signed between X and Y";
* a particle read as a preposition: "fought off the Iranians";
* the place a visit names before it: "returned from his U.S. visit";
* the object of a threat's own clause: "Turkey's warning that it would stop Greece ...".
"""

from __future__ import annotations

import pytest

from conftest import triples

POSITIVE = [
    # relative clause: the antecedent is the verb's object
    ("The tariffs the United States slapped on Chinese steel took effect on Monday.", {("USA", "CHN", "16")}),
    ("The sanctions that Canada imposed on Iran on Monday hurt its exports.", {("CAN", "IRN", "16")}),
    ("The tariffs the United States ordered on Japanese cars took effect on Friday.", {("USA", "JPN", "16")}),
    # a span of time or turns frames the talks
    ("Japan's foreign minister left Beijing after two days of talks with Chinese officials.", {("JPN", "CHN", "04")}),
    ("Israel held several hours of talks with Egypt on Sunday.", {("ISR", "EGY", "04"), ("EGY", "ISR", "04")}),
    ("After three rounds of talks with Syria, Turkey said it was ready to sign.", {("TUR", "SYR", "04")}),
    # the two sides named as one hyphenated modifier
    ("Indian-Pakistani talks resumed in Islamabad on Monday.", {("IND", "PAK", "04"), ("PAK", "IND", "04")}),
    ("The Iran-Iraq talks opened in Geneva.", {("IRN", "IRQ", "04"), ("IRQ", "IRN", "04")}),
    # whom a sanction answers
    ("Canada imposed tariffs on Monday in retaliation for China's ban on its canola.", {("CAN", "CHN", "16")}),
    ("Germany cut aid in response to Sudan's crackdown on protesters.", {("DEU", "SDN", "16")}),
    ("The United States imposed tariffs on steel because Japan refused to open its market.", {("USA", "JPN", "16")}),
    ("Canada announced the tariffs on Monday in retaliation for what it called China's dumping of steel.",
     {("CAN", "CHN", "16")}),
    # no agent, but both sides named
    ("An agreement was signed between Egypt and Canada on Monday.", {("EGY", "CAN", "05"), ("CAN", "EGY", "05")}),
    ("Talks were held between India and Pakistan in Delhi.", {("IND", "PAK", "04"), ("PAK", "IND", "04")}),
    ("Flights will begin under a pact signed between the Egyptian and Canadian governments.",
     {("EGY", "CAN", "05"), ("CAN", "EGY", "05")}),
    # a particle the parser read as a preposition: its object is the verb's
    ("Iraqi troops fought off the Iranians near Basra.", {("IRQ", "IRN", "19")}),
    ("Sweden announced a programme of economic sanctions against South Africa.", {("SWE", "ZAF", "16")}),
    # a meeting one comes from, and its relative-clause subject
    ("Seoul's envoy, who arrived on Monday from a meeting with the Japanese foreign minister, said nothing.",
     {("KOR", "JPN", "04")}),
    # talks with no "with": the coordinated subject holds them
    ("Japan and China agreed during talks in Tokyo to expand trade.", {("JPN", "CHN", "04"), ("CHN", "JPN", "04")}),
    # a threat whose clause has the threatener as subject is aimed at the clause's object
    ("Turkey's warning that it would stop Greece from drilling worried analysts.", {("TUR", "GRC", "13")}),
    ("Iraq's threat that it would bomb Iranian cities alarmed the Gulf states.", {("IRQ", "IRN", "13")}),
    # the place a visit names before it is where it goes
    ("The Japanese prime minister returned on Sunday from his U.S. visit.", {("JPN", "USA", "04")}),
    ("During his Moscow visit, the French president met Soviet leaders.", {("FRA", "RUS", "04")}),
    ("The Indian prime minister's China visit ended on Friday.", {("IND", "CHN", "04")}),
    # the first of two objects, parsed as a compound of the second
    ("Spain offered Morocco compensation for its lost exports.", {("ESP", "MAR", "03")}),
    ("Britain has granted Mozambique eight million dollars in food aid.", {("GBR", "MOZ", "07")}),
    ("Britain has granted Mozambique about eight mln sterling for food aid.", {("GBR", "MOZ", "07")}),
]


@pytest.mark.parametrize("text,want", POSITIVE)
def test_wire_construction_codes_its_events(code, text, want):
    got = triples(code(text))
    assert want <= got, f"{text!r}: missing {want - got}, coded {got}"


RESTRAINT = [
    # the sanctions it had imposed are background to their lifting
    ("The United States lifted the sanctions it had imposed on Poland.", ("USA", "POL", "16")),
    # the antecedent is the preposition's object, not the verb's
    ("Turkey accused Greece of breaking the Berne accord under which both sides agreed to keep the peace.",
     ("GRC", "CHE", "05")),
    # talks only one side of which is named are no talks between the subject's members
    ("French officials said they hoped for progress during talks in Geneva.", ("FRA", "FRA", "04")),
    # two firms' negotiations are no talks between their countries
    ("Sweden's Sandvik AB and Diamant Boart SA of Belgium have finalised negotiations on a merger.", ("SWE", "BEL", "04")),
    # a threat to do something to oneself names no target
    ("Turkey's warning that it would expand its navy worried Greece.", ("TUR", "GRC", "13")),
    # a multilateral summit is no set of bilateral meetings
    ("The United States, Japan, France and Italy agreed at the summit to cut tariffs.", ("USA", "JPN", "04")),
    # tears are no one's forces
    ("Iraqi protesters fought back tears in Basra.", ("IRQ", "IRQ", "19")),
    # a "to" phrase names where a visit goes; the place before it is the visitor
    ("The Chinese visit to Japan began on Monday.", ("JPN", "CHN", "04")),
    # a line drawn between two states is no deal between them
    ("A border was drawn between Iraq and Kuwait in 1922.", ("IRQ", "KWT", "05")),
    # no one named imposes them
    ("The sanctions imposed on Cuba were debated in Congress.", (None, "CUB", "16")),
    # an amount of demand is no demand made of anyone
    ("Brazil reported a huge amount of demand from Chinese buyers.", ("BRA", "CHN", "10")),
    # a war named by its sides is no meeting
    ("The Iran-Iraq war has lasted six years.", ("IRN", "IRQ", "04")),
    # two modifiers that are no hyphenated pair: the place and the parties of a meeting
    ("Traders waited for news from the Washington IMF/World Bank meeting.", ("USA", None, "04")),
    # a border named by its sides is no meeting either
    ("The India-Pakistan border was quiet on Monday.", ("IND", "PAK", "04")),
    # a name inside the object is no first object
    ("The United States gave Japan Airlines landing rights.", ("USA", "JPN", "07")),
    # one's own losses are no one's act
    ("Britain imposed sanctions in retaliation for its own losses.", ("GBR", "GBR", "16")),
]


@pytest.mark.parametrize("text,unwanted", RESTRAINT)
def test_wire_restraint(code, text, unwanted):
    got = {(e.source_country, e.target_country, e.root) for e in code(text)}
    assert unwanted not in got, f"{text!r}: coded {got}"
    if unwanted[0] is None:
        assert not any(t == unwanted[1] and r == unwanted[2] for _, t, r in got), f"{text!r}: coded {got}"
    if unwanted[1] is None:
        assert not any(src == unwanted[0] and r == unwanted[2] for src, _, r in got), f"{text!r}: coded {got}"


def test_wire_restraint_curfew_has_no_target(code):
    # a curfew imposed in response to riots answers no other state
    got = code("Britain imposed a curfew in response to the riots.")
    assert not [e for e in got if e.target_country not in (None, "GBR")], triples(got)
