"""Constructions the coder missed: apologies in reported speech, readiness as intent,
future "seek talks", fighting whose sides hang on the verb of its outbreak, "will not let
Y <act>" warnings and reported threats (patterns in data/patterns/verbs_*.tsv, cues in
stance_words.tsv, word lists ``offences``, ``regret_nouns``, ``onset_verbs`` and
``open_to`` in word_lists.tsv).

Every sentence is written for these tests. ``CODED``: the asserted events must include
the (source country, target country, code) triples. ``RESTRAINT``: no asserted event of
the listed code (or root, for two-digit entries) from the listed source to the listed
target (``None``: to anyone).
"""

from __future__ import annotations

from datetime import date

import pytest

CODED = [
    # 1. apologies: sorry for / regretted / expressed regret over an offence of one's own
    ("Tokyo said it was sorry for the deaths of Afghan civilians.", {("JPN", "AFG", "055")}),
    ("The Turkish foreign minister told Greece he was sorry for the incident.", {("TUR", "GRC", "055")}),
    ("Israel said it regretted the deaths of Egyptian soldiers.", {("ISR", "EGY", "055")}),
    ("The Pentagon said it regretted the incident in which Afghan civilians died.", {("USA", "AFG", "055")}),
    ("Russia expressed regret over the downing of the Turkish jet.", {("RUS", "TUR", "055")}),
    ("Beijing expressed regret to Tokyo over the incident at the embassy.", {("CHN", "JPN", "055")}),
    ("The Indian navy said it regretted the collision with the Sri Lankan trawler.", {("IND", "LKA", "055")}),
    # 2. readiness as intent: "open to / ready for" talks, mediation
    ("Venezuela is open to talks with Colombia.", {("VEN", "COL", "036")}),
    ("Moscow said it was open to dialogue with Washington on arms control.", {("RUS", "USA", "036")}),
    ("Egypt is ready for negotiations with Ethiopia on the dam.", {("EGY", "ETH", "036")}),
    ("Qatar is open to mediation between Sudan and Chad.", {("QAT", "SDN", "039"), ("QAT", "TCD", "039")}),
    ("Iran is ready to talk with the United States.", {("IRN", "USA", "036")}),
    ("Turkey said it was ready to mediate between Russia and Ukraine.", {("TUR", "RUS", "039")}),
    ("Venezuela is not open to talks with Colombia.", {("VEN", "COL", "125")}),
    # 3. future "seek talks" is an intent to meet
    ("Kenya said it would seek talks with Somalia.", {("KEN", "SOM", "036")}),
    ("Argentina will seek talks with Britain over the islands.", {("ARG", "GBR", "036")}),
    ("Argentina sought talks with Britain over the islands.", {("ARG", "GBR", "026")}),
    # 4. fighting erupted / broke out / flared between X and Y: both ways
    ("Fighting erupted between Armenian and Azerbaijani forces on Sunday.", {("ARM", "AZE", "190"),
                                                                              ("AZE", "ARM", "190")}),
    ("Fighting broke out between Thailand and Cambodia along the border.", {("THA", "KHM", "190"),
                                                                             ("KHM", "THA", "190")}),
    ("Clashes flared between Indian and Chinese troops in the Himalayas.", {("IND", "CHN", "190"),
                                                                             ("CHN", "IND", "190")}),
    # 5. "will not let / allow Y <act>": a warning to Y
    ("China said it would not let Taiwan declare independence.", {("CHN", "TWN", "130")}),
    ("Israel will never allow Iran to acquire nuclear weapons.", {("ISR", "IRN", "130")}),
    ("The Turkish coast guard did not let the Greek ferry dock at Izmir.", {("TUR", "GRC", "124")}),
    # 6. reported threats: responding to an attack or with tariffs, "necessary measures" against
    # someone, an act that "will not go unpunished"
    ("Israeli officials said they would respond to the Syrian missile attack at a time of their choosing.",
     {("ISR", "SYR", "138")}),
    ("Mexico said it would respond with tariffs of its own if Washington imposed duties on Mexican goods.",
     {("MEX", "USA", "1312")}),
    ("Beijing said it would take necessary measures if Washington went ahead with the arms sale to Taipei.",
     {("CHN", "USA", "130")}),
    ("Tehran said the Iraqi aggression would not go unpunished.", {("IRN", "IRQ", "138")}),
    ("The Lithuanian president said Russian sabotage would not go unanswered.", {("LTU", "RUS", "138")}),
    # a visit or offer said to be unwelcome is rejected
    ("Copenhagen said the planned visit by the Swedish minister was unwelcome.", {("DNK", "SWE", "120")}),
]

RESTRAINT = [
    # sorry to see something happen, sorry for someone, not sorry: no apology
    ("The Indian minister said he was sorry to see the talks with Pakistan end.", "IND", None, "055"),
    ("The Indian minister said he was sorry that the talks with Pakistan had ended.", "IND", None, "055"),
    ("The French president said he was sorry for the Greek people.", "FRA", None, "055"),
    ("The French president said he was not sorry for his remarks about Germany.", "FRA", None, "055"),
    # regret over someone else's act is disapproval, over one's own loss no apology to anyone
    ("China expressed regret over the U.S. decision to withdraw from the treaty.", "CHN", None, "055"),
    ("China said it regretted the U.S. decision to withdraw from the treaty.", "CHN", None, "055"),
    ("The French president said he regretted that Germany had left the talks.", "FRA", None, "055"),
    ("Japan regretted Germany's remarks.", "JPN", None, "055"),
    ("Egypt expressed regret over the loss of its own soldiers.", "EGY", None, "055"),
    ("Washington said it regretted the deaths of Afghan civilians in the attack by Taliban militants.", "USA",
     None, "055"),
    # readiness denied, doubtful, conditional, or for a fight
    ("Iran is not ready to talk with the United States.", "IRN", "USA", "036"),
    ("Venezuela could be open to talks with Colombia.", "VEN", "COL", "036"),
    ("Venezuela would be open to talks with Colombia if the border were reopened.", "VEN", "COL", "036"),
    ("Pakistan said it was ready to fight India.", "PAK", "IND", "03"),
    # "seek talks" denied, or forecast by others; an appeal for others' talks is no intent
    ("Argentina will not seek talks with Britain.", "ARG", "GBR", "036"),
    ("Analysts expect that Argentina will seek talks with Britain.", "ARG", "GBR", "036"),
    ("Washington will urge talks between Israel and Syria.", "USA", "ISR", "036"),
    # talks that broke down are no fighting and no meeting; no sides named, no event
    ("Talks broke down between Egypt and Ethiopia.", "EGY", "ETH", "19"),
    ("Talks broke down between Egypt and Ethiopia.", "EGY", "ETH", "04"),
    ("Fighting erupted between rebel factions in the north.", None, None, "19"),
    # permission granted, refused in the past, or to firms, is no threat; "let" alone is no yielding
    ("Israel did not allow Iran to inspect the site.", "ISR", "IRN", "13"),
    ("China said it would not allow U.S. firms to bid for the contracts.", "CHN", "USA", "13"),
    ("Iraq would never allow outside forces to interfere in the region, the Iraqi minister said.", "IRQ", None, "13"),
    ("Tehran said it would never allow foreign navies to interfere in the Gulf.", "IRN", None, "13"),
    ("The Turkish coast guard let the Greek ferry dock at Izmir.", "TUR", "GRC", "08"),
    ("The reform would finally let Japanese enjoy the fruits of their labour, the U.S. banker said.", "USA",
     "JPN", "08"),
    # a response to a proposal, measures to help someone, an act that will go unpunished, or one's own
    ("Japan said it would respond to the U.S. proposal next week.", "JPN", "USA", "13"),
    ("Tokyo said it would take necessary measures to help Thai flood victims.", "JPN", "THA", "13"),
    ("Tehran said the Iraqi aggression would go unpunished.", "IRN", "IRQ", "13"),
    ("Tehran said the Iraqi delegation would not go to Geneva.", "IRN", "IRQ", "13"),
    ("Copenhagen said the Swedish offer was not unwelcome.", "DNK", "SWE", "12"),
]


def _asserted(engine, sentence):
    return [e for e in engine.code_text(sentence, date(2020, 5, 1)) if e.asserted]


@pytest.mark.parametrize("sentence,expected", CODED, ids=[s for s, _ in CODED])
def test_gap_construction_is_coded(engine, sentence, expected):
    got = {(e.source_country, e.target_country, e.code) for e in _asserted(engine, sentence)}
    assert expected <= got, f"{sentence!r}: expected {expected}, got {got}"


@pytest.mark.parametrize("sentence,src,tgt,code", RESTRAINT, ids=[f"{r[0]} [{r[3]}]" for r in RESTRAINT])
def test_gap_construction_restraint(engine, sentence, src, tgt, code):
    bad = [(e.rule, e.source_country, e.target_country, e.code) for e in _asserted(engine, sentence)
           if e.code.startswith(code) and (src is None or e.source_country == src)
           and (tgt is None or e.target_country == tgt)]
    assert not bad, f"{sentence!r}: should not code {code} {src}->{tgt}, got {bad}"


def test_readiness_for_a_fight_is_a_threat(engine):
    evs = _asserted(engine, "Pakistan said it was ready to fight India.")
    assert {e.root for e in evs if e.source_country == "PAK" and e.target_country == "IND"} == {"13"}


def test_gap_word_lists_feed_the_rules():
    from riftwatch.coding import rules

    assert "incident" in rules.OFFENCES and "decision" not in rules.OFFENCES
    assert "break out" in rules.ONSET_VERBS and "break" not in rules.ONSET_VERBS
    assert {"open", "ready"} <= rules.OPEN_TO and "regret" in rules.REGRET_NOUNS
