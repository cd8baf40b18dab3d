"""Constructions of wire news the coder did not reach (session 6, second recall audit on
1987 Reuters), one group per fix, each with restraint cases. Sentences written for these tests.

* a meeting noun whose "between" phrase hangs on the verb it is the subject of, when that verb
  says it happens ("talks took place / began / are under way between X and Y");
* a visit's "of" phrase names the visitor ("the visit of the Chinese premier to Pakistan");
* talks that a subject ends, concludes or winds up took place (the ``w3_*`` patterns);
* a "that" clause the parser hung on the verb before a threat or demand noun, though it follows
  the noun phrase at once, is the noun's ("responding to a threat by X that it will expel Y");
* where an attack with no named victim happened: the place of what it was aimed at ("fired shells
  at targets in northern Iraq") and the state whose coast it happened off ("hit a tanker off the Iranian
  coast");
* an offensive toward a place is aimed at its state ("mounted an offensive towards Iraq's city of
  Basra"); an attack word a diplomatic or peace campaign is no attack ("a diplomatic offensive");
* a conjoined verb's bare count stands for the people the first verb counted ("killed 384
  Libyans and captured 48");
* a sanction imposed over or for another's act is aimed at the act's owner ("imposed penalties
  over Japan's failure to honour the pact").
"""

from __future__ import annotations

import pytest

from conftest import triples

POSITIVE = [
    # a meeting said to happen, its sides in a "between" phrase on the verb
    ("Talks took place between Britain and China on Hong Kong.", {("GBR", "CHN", "04"), ("CHN", "GBR", "04")}),
    ("Talks are under way between Kenya and Uganda on the border.", {("KEN", "UGA", "04"), ("UGA", "KEN", "04")}),
    ("Talks are underway between Zambia and Malawi on a new railway.", {("ZMB", "MWI", "04")}),
    ("Negotiations began between Peru and Ecuador in Brasilia.", {("PER", "ECU", "04"), ("ECU", "PER", "04")}),
    ("A meeting took place between the Soviet and American foreign ministers.", {("RUS", "USA", "04")}),
    ("Fighting occurred between Iraqi and Iranian troops near Basra.", {("IRQ", "IRN", "19")}),
    # a visit's "of" phrase names the visitor
    ("The three-day visit of the Chinese premier to Pakistan ended on Monday.", {("CHN", "PAK", "04")}),
    ("Miners went on strike during the visit of the West German president to Bolivia.", {("DEU", "BOL", "04")}),
    # ended, concluded or wound-up talks took place
    ("Britain and China ended their talks on Hong Kong.", {("GBR", "CHN", "04"), ("CHN", "GBR", "04")}),
    ("Syria and Jordan concluded talks on water sharing.", {("SYR", "JOR", "04")}),
    ("The Thai premier wound up talks with Malaysian leaders in Kuala Lumpur.", {("THA", "MYS", "04")}),
    ("Finland concluded negotiations with Estonia on the ferry link.", {("FIN", "EST", "04")}),
    # a threat's clause the parser hung on the verb before it
    ("Cuba, responding to a threat by Honduras that it would expel Cuban diplomats, stayed silent.",
     {("HND", "CUB", "13")}),
    # the place of what an attack was aimed at; the coast it happened off
    ("Turkish howitzers fired shells at targets in northern Iraq.", {("TUR", "IRQ", "19")}),
    ("Syrian gunners fired rockets at positions in northern Lebanon.", {("SYR", "LBN", "19")}),
    ("Iraqi jets attacked a tanker off the Iranian coast.", {("IRQ", "IRN", "19")}),
    ("Iranian gunboats shelled a freighter off Kuwait's coast.", {("IRN", "KWT", "19")}),
    ("Iraqi jets struck a supertanker off the coast of Iran.", {("IRQ", "IRN", "19")}),
    # an offensive toward a place
    ("Iran mounted a major offensive towards the Iraqi port of Basra.", {("IRN", "IRQ", "19")}),
    ("Ethiopian troops launched an attack toward the Somali town of Beledweyne.", {("ETH", "SOM", "19")}),
    # a gapped object: the bare count of a conjoined verb
    ("Ugandan troops killed 30 Sudanese rebels and captured 12.", {("UGA", "SDN", "17")}),
    ("Turkish police arrested 30 Syrians and released 12 on Monday.", {("TUR", "SYR", "08")}),
    # a sanction imposed over another's act
    ("Canada imposed sanctions over South Africa's refusal to free prisoners.", {("CAN", "ZAF", "16")}),
    ("Sweden imposed penalties over Chile's violation of the fishing accord.", {("SWE", "CHL", "16")}),
]


@pytest.mark.parametrize("text,want", POSITIVE)
def test_wire2_construction_codes_its_events(code, text, want):
    got = triples(code(text))
    assert want <= got, f"{text!r}: missing {want - got}, coded {got}"


RESTRAINT = [
    # talks expected or planned are not said to happen (no asserted meeting)
    ("Talks are expected between Britain and China next week.", ("GBR", "CHN", "04")),
    # a verb that says nothing of the talks happening leaves their "between" phrase alone
    ("Talks stalled over a dispute between Britain and China.", ("GBR", "CHN", "04")),
    # a visit's "of" phrase that names no actor is no visitor ("a visit of three days")
    ("A visit of three days to China was planned by officials.", ("CHN", "CHN", "04")),
    # the visitor's own "of" phrase is not taken when a possessive names it
    ("Japan's visit of the Chinese fleet to Tokyo was praised.", ("CHN", "JPN", "04")),
    # a meeting ended by no state
    ("The minister ended the meeting with a call for calm.", (None, None, "04")),
    # firms ending talks are no states' meeting
    ("Chrysler ended talks with Renault on the merger.", ("USA", "FRA", "04")),
    # talks not ended are not coded as ended ones
    ("Brazil did not end talks with Peru.", ("BRA", "PER", "04")),
    # a clause that does not follow the noun phrase at once is the verb's own
    ("Greece objected to the warning by Turkey, saying that it would not stop drilling.", ("TUR", "GRC", "13")),
    # a ship that sinks off a coast is attacked by no one
    ("The Panamanian ship sank off the Turkish coast.", (None, "TUR", "19")),
    # a named ship's flag is its target, not the coast it was hit off
    ("Iraqi jets attacked a Greek tanker off the Iranian coast.", ("IRQ", "IRN", "19")),
    # fishing off a coast is no attack
    ("Turkish fishermen caught fish off the Greek coast.", ("TUR", "GRC", "19")),
    # a particle's object is no coast: the beaten-off side attacks no one
    ("The Kenyan army, whose troops beat off the Somalis, was praised.", ("SOM", None, "19")),
    # a campaign of words is no attack, whichever preposition names its aim
    ("Iraq launched a diplomatic offensive toward Egypt.", ("IRQ", "EGY", "19")),
    ("Libya launched a diplomatic offensive against Chad.", ("LBY", "TCD", "19")),
    ("Moscow's peace offensive toward Japan continued.", ("RUS", "JPN", "19")),
    # "towards" the end of a span is no aim
    ("Iran launched an offensive towards the end of the year.", ("IRN", None, "19")),
    # a count of things is no count of people: the 30 arrested are not the homes
    ("Turkish police raided two Syrian homes and arrested 30.", ("TUR", "SYR", "17")),
    # one's own failure answers no one; a failed meeting is no state's act
    ("Canada imposed sanctions over its own failure to meet the target.", ("CAN", "CAN", "16")),
    ("Britain imposed a curfew over the failure of the talks.", ("GBR", None, "16")),
]


@pytest.mark.parametrize("text,unwanted", RESTRAINT)
def test_wire2_restraint(code, text, unwanted):
    got = triples(code(text))
    if unwanted[0] is None and unwanted[1] is None:
        assert not any(r == unwanted[2] for _, _, r in got), f"{text!r}: coded {got}"
    elif unwanted[0] is None:
        assert not any(t == unwanted[1] and r == unwanted[2] for _, t, r in got), f"{text!r}: coded {got}"
    elif unwanted[1] is None:
        assert not any(src == unwanted[0] and r == unwanted[2] for src, _, r in got), f"{text!r}: coded {got}"
    else:
        assert unwanted not in got, f"{text!r}: coded {got}"
