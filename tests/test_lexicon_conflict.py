"""The conflict lexicon (the ``lxc_*`` rows of data/patterns/verbs_*.tsv, CAMEO roots 13-20): how wire
copy says threats, protests, force posture, broken relations, coercion, assaults and fighting.

Sentences written for these tests (none from a gold set). Each case is (sentence, (source
country, target country, CAMEO code)) of an *asserted* event; restraint cases are other senses
of the same words ("flexed its trading muscles", "torpedoed the talks", "advanced on hopes"),
said acts that did not happen, and people who are no armed force.
"""

from __future__ import annotations

import pytest

CASES = [
    # 13 threaten
    ("Somalia threatened war with Kenya over the border dispute.", ("SOM", "KEN", "138")),
    ("Burma threatened a crackdown on Thai traders along the frontier.", ("MMR", "THA", "137")),
    ("Libya threatened a chemical attack on Chadian troops.", ("LBY", "TCD", "1385")),
    ("Algeria warned of military action against Morocco.", ("DZA", "MAR", "138")),
    ("Iraq threatened to use chemical weapons against Iranian cities.", ("IRQ", "IRN", "1385")),
    ("Canada warned of retaliation against American tariffs on its lumber.", ("CAN", "USA", "1312")),
    ("Washington warned of trade sanctions against Seoul.", ("USA", "KOR", "1312")),
    # 14 protest
    ("Turkish students staged a sit-in outside the Bulgarian embassy.", ("TUR", "BGR", "141")),
    ("Iranian students hurled stones at the Saudi embassy in Tehran.", ("IRN", "SAU", "145")),
    # 15 force posture
    ("Greek jets intruded into Turkish airspace over the Aegean.", ("GRC", "TUR", "150")),
    ("Soviet bombers shadowed a Japanese destroyer.", ("RUS", "JPN", "150")),
    ("Britain sent a destroyer into Argentine waters.", ("GBR", "ARG", "150")),
    ("Iraq concentrated tanks along the border with Kuwait.", ("IRQ", "KWT", "154")),
    ("Nigeria rushed reinforcements to its border with Cameroon.", ("NGA", "CMR", "154")),
    ("India deployed troops along the border with Pakistan.", ("IND", "PAK", "154")),
    # 16 reduce relations
    ("Britain kicked out two Iraqi diplomats.", ("GBR", "IRQ", "161")),
    ("Egypt called home its ambassador to Sudan.", ("EGY", "SDN", "161")),
    ("Tunisia ended diplomatic relations with Libya.", ("TUN", "LBY", "161")),
    ("Norway slashed its aid to Kenya.", ("NOR", "KEN", "162")),
    ("The United States hit Canada with duties on softwood lumber.", ("USA", "CAN", "163")),
    ("Canada levied duties on American potatoes.", ("CAN", "USA", "163")),
    ("The United States imposed quotas on Japanese machine tools.", ("USA", "JPN", "163")),
    ("South Korea walked out of the talks with North Korea.", ("KOR", "PRK", "164")),
    ("Syria pulled out of the negotiations with Israel.", ("SYR", "ISR", "164")),
    # 17 coerce
    ("Israeli soldiers bulldozed Palestinian olive groves.", ("ISR", "PSE", "1712")),
    ("Jordan shut down a Palestinian newspaper in Amman.", ("JOR", "PSE", "1721")),
    ("Indian police took two Pakistani fishermen into custody.", ("IND", "PAK", "173")),
    ("Libya put two British engineers on trial.", ("LBY", "GBR", "173")),
    ("Algeria ordered 40 Moroccan families out of the country.", ("DZA", "MAR", "174")),
    ("Pakistan extended the state of emergency in Sind province.", ("PAK", "PAK", "1724")),
    ("Indian authorities clamped a curfew on the Sikh holy city of Amritsar.", ("IND", "IND", "1723")),
    ("Chilean police broke up a student demonstration in Santiago.", ("CHL", "CHL", "175")),
    # 18 assault
    ("Lebanese gunmen took three Frenchmen hostage in Beirut.", ("LBN", "FRA", "181")),
    ("The kidnapping of a West German businessman by Lebanese gunmen angered Bonn.", ("LBN", "DEU", "181")),
    ("Syrian guards roughed up a Jordanian journalist.", ("SYR", "JOR", "182")),
    ("Two Frenchmen were taken hostage by Lebanese gunmen.", ("LBN", "FRA", "181")),
    # 19 fight
    ("Honduran troops foiled a Nicaraguan incursion near the border.", ("HND", "NIC", "190")),
    ("Thai troops drove back Cambodian guerrillas near the border.", ("THA", "KHM", "190")),
    ("Ugandan troops crossed the border into Sudan.", ("UGA", "SDN", "190")),
    ("Iraqi troops advanced on the Iranian town of Dehloran.", ("IRQ", "IRN", "190")),
    ("Iraqi troops took the Iranian town of Dehloran.", ("IRQ", "IRN", "192")),
    ("Israeli troops moved into southern Lebanon.", ("ISR", "LBN", "192")),
    ("An Iraqi missile boat sank an Iranian gunboat.", ("IRQ", "IRN", "190")),
    ("Iraqi warplanes rained rockets on Iranian border towns.", ("IRQ", "IRN", "190")),
    ("Turkish border guards shot at Iranian smugglers.", ("TUR", "IRN", "193")),
    ("Pakistani troops exchanged artillery fire with Indian forces.", ("PAK", "IND", "194")),
    ("Israeli helicopter gunships raided Palestinian bases in southern Lebanon.", ("ISR", "PSE", "195")),
    ("Iraqi artillery pounded Iranian positions near Basra.", ("IRQ", "IRN", "194")),
    ("Iraq laid siege to the Iranian port of Khorramshahr.", ("IRQ", "IRN", "191")),
    ("Iranian speedboats laid mines off the Kuwaiti coast near Kuwaiti ports.", ("IRN", "KWT", "191")),
    ("Yemeni rebels targeted a Saudi airport with missiles.", ("YEM", "SAU", "190")),
    ("Chadian troops drove Libyan forces out of the Aouzou strip.", ("TCD", "LBY", "190")),
    ("Greek jets intercepted two Turkish warplanes.", ("GRC", "TUR", "150")),
    ("Israel carried out air raids on Syrian positions in Lebanon.", ("ISR", "SYR", "195")),
    ("Iraqi air raids on Iranian cities killed 30 people.", ("IRQ", "IRN", "195")),
    ("Iraq broke the truce with Iran on Sunday.", ("IRQ", "IRN", "196")),
    # 20 mass violence
    ("Iraqi jets dropped poison gas on Iranian positions.", ("IRQ", "IRN", "2041")),
]


@pytest.mark.parametrize("text, want", CASES, ids=lambda x: x[:45] if isinstance(x, str) else None)
def test_conflict_phrase_codes(code, text, want):
    got = {(e.source_country, e.target_country, e.code) for e in code(text)}
    assert want in got, f"{text!r}: coded {got}"


# other senses, unreal acts, and people who are no armed force: no asserted event of the root
RESTRAINT = [
    ("Brazil flexed its trading muscles in 1987.", "15"),
    ("Iran torpedoed the peace talks with Iraq.", "19"),
    ("Japan wiped out its trade deficit with the United States.", "19"),
    ("Japanese stocks advanced on hopes of a trade deal with the United States.", "19"),
    ("Afghan refugees crossed the border into Pakistan.", "19"),
    ("Texaco took control of the Canadian refinery.", "19"),
    ("South Korean riot police arrested 20 students in Seoul.", "14"),
    ("Iraq denied using chemical weapons against Iran.", "20"),
    ("Iraq threatened a chemical attack on Iranian troops.", "20"),
    ("Egypt did not sever trade ties with Israel.", "16"),
    ("Iran may walk out of the talks with Iraq.", "16"),
    ("A gas tank exploded at a factory in Cairo.", "18"),
    ("The United States targeted Russian banks with sanctions.", "19"),
    ("Israel pushed back the deadline for its talks with Syria.", "19"),
    ("Iran drove back the price of its crude oil for Japan.", "19"),
]


@pytest.mark.parametrize("text, root", RESTRAINT, ids=lambda x: x[:45] if isinstance(x, str) and len(x) > 2 else None)
def test_conflict_phrase_restraint(code, text, root):
    bad = [(e.source, e.target, e.code, e.rule) for e in code(text) if e.root == root]
    assert not bad, f"{text!r}: coded {bad}"


def test_a_threatened_attack_is_a_threat_not_an_attack(code):
    """A threatened act is coded as the threat (13x); the act itself stays flagged."""
    evs = code("Libya threatened to use chemical weapons against Chad.", all=True)
    asserted = {(e.code, e.status) for e in evs if e.asserted}
    assert ("1385", "asserted") in asserted
    assert not [e for e in evs if e.asserted and e.root == "20"]
