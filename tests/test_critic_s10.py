"""Criticism said by evaluation (session 10, riftwatch.coding.critic and the s10_ rows of
stance_words.tsv): what a speaker CALLS another side's act is criticism (111) or, when the
name says the act was wrongful, an accusation (112...), on the owner of the judged thing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import triples

# (sentence, {(source country, target country, CAMEO code)} the asserted events must include)
CRITICISM = [
    # an evaluative noun or adjective said of another side's act
    ("The Syrian foreign minister said the Turkish troop build-up amounted to a declaration of war.",
     {("SYR", "TUR", "111")}),
    ("Moscow said the Estonian deployment was tantamount to a declaration of war.", {("RUS", "EST", "111")}),
    ("The Cuban government said the American embargo was nothing short of genocide.", {("CUB", "USA", "1124")}),
    ("Tehran said the Iraqi offer of talks was a cynical ploy.", {("IRN", "IRQ", "111")}),
    ("Baghdad said the Iranian battle reports were nothing but propaganda.", {("IRQ", "IRN", "111")}),
    ("Tehran said the American offer of talks was little more than a ploy.", {("IRN", "USA", "111")}),
    ("The Lebanese premier said the Israeli bombing of the power station was inhumane.", {("LBN", "ISR", "111")}),
    ("Islamabad said the Indian allegations were baseless.", {("PAK", "IND", "111")}),
    ("The Chinese spokesman said the American human rights report was hypocritical.", {("CHN", "USA", "111")}),
    ("Nicosia said the Turkish inquiry into the shooting was a cover-up.", {("CYP", "TUR", "111")}),
    ("Paris said the American decision to quit the treaty was short-sighted.", {("FRA", "USA", "111")}),
    ("The Egyptian minister said Israeli settlements were an obstacle to peace.", {("EGY", "ISR", "111")}),
    ("Beijing said the Japanese patrols were a threat to regional stability.", {("CHN", "JPN", "111")}),
    ("The Estonian charges against the Russian diplomats were politically motivated, Moscow said.",
     {("RUS", "EST", "111")}),
    # a wrongful act named by its name
    ("Nairobi said the Sudanese raid on the border town was a massacre.", {("KEN", "SDN", "1122")}),
    ("The Palestinian cabinet said the Israeli curfew on Hebron was collective punishment.", {("PSE", "ISR", "1122")}),
    # an attempt at a wrongful aim (112)
    ("The Venezuelan government said the American broadcasts were an attempt to topple the president.",
     {("VEN", "USA", "112")}),
    ("Kabul called the Pakistani troop movements a bid to destabilise the border region.", {("AFG", "PAK", "112")}),
    # a wrongful act said of the other side
    ("Jordan said Israel was escalating the violence in the occupied territories.", {("JOR", "ISR", "111")}),
    ("Cairo said Israel was pushing the whole region to the brink of war.", {("EGY", "ISR", "111")}),
    ("New Delhi said Pakistan had duped the international community with its arrests.", {("IND", "PAK", "112")}),
    ("Beijing said Taipei was stoking tension in the strait with its drills.", {("CHN", "TWN", "111")}),
    ("The Lebanese minister said Israel was using the shelling as a pretext for an invasion.", {("LBN", "ISR", "112")}),
    # an actor said to be critical of another's act
    ("The New Zealand government has been highly critical of Fiji's treatment of its Indian minority.",
     {("NZL", "FJI", "111")}),
    ("Tokyo was angry with Washington over the new tariffs.", {("JPN", "USA", "111")}),
    # a subject said not to do enough, or to fail at a duty
    ("The Indian government said Pakistan had not done enough to stop the militants.", {("IND", "PAK", "111")}),
    ("Washington said Pyongyang had failed to honour the nuclear agreement.", {("USA", "PRK", "111")}),
    ("Tehran said the American raid on the oil platform was an act of war.", {("IRN", "USA", "111")}),
    ("Harare said the British sanctions smacked of colonialism.", {("ZWE", "GBR", "111")}),
    # a passive naming: the agent judges
    ("The North Korean missile launch was described as a provocation by Seoul.", {("KOR", "PRK", "112")}),
    ("The Israeli raid was called a massacre by the Syrian foreign minister.", {("SYR", "ISR", "1122")}),
    # an expletive "it" standing for a clause whose subject acted
    ("The Syrian minister said it was unacceptable for Israel to keep its troops in Lebanon.", {("SYR", "ISR", "111")}),
    ('"It is regrettable that the United States has imposed these tariffs," the Japanese minister said.',
     {("JPN", "USA", "111")}),
    # a predicate of illegality, a victory won by fraud, a perfect the parser misread
    ("Moscow said the American strikes on Serbia were contrary to international law.", {("RUS", "USA", "112")}),
    ("Cairo said the Israeli settlements were against international law.", {("EGY", "ISR", "112")}),
    ("Washington said the Belarusian president had won the election through fraud.", {("USA", "BLR", "112")}),
    ("Iraq said Iran had exaggerated battle reports.", {("IRQ", "IRN", "112")}),
    ("Washington said Pyongyang had done nothing to halt its missile exports.", {("USA", "PRK", "111")}),
    ("The Indian government said Pakistan had done little to rein in the militants.", {("IND", "PAK", "111")}),
    # a denied approval
    ("Moscow said the American air strikes on Iraq were not legitimate.", {("RUS", "USA", "111")}),
    ("Washington said the North Korean government was not serious about the talks.", {("USA", "PRK", "111")}),
    ("Ankara said the Greek proposal for the island was not acceptable.", {("TUR", "GRC", "120")}),
    ("The Syrian minister said it was not acceptable for Israel to keep troops in Lebanon.", {("SYR", "ISR", "111")}),
    # neglect of an obligation
    ("Jerusalem said the Syrian government was ignoring the ceasefire.", {("ISR", "SYR", "111")}),
    ("Kabul said Islamabad was turning a blind eye to the militants on its border.", {("AFG", "PAK", "111")}),
    # idioms of blame
    ("The Lebanese minister said the Israeli army had blood on its hands.", {("LBN", "ISR", "112")}),
    ("Washington said the Zimbabwean government had lost all credibility.", {("USA", "ZWE", "111")}),
    # a naming verb: the judged thing's owner is its target
    ("Canberra called the Indonesian expulsion of its diplomats a disgrace.", {("AUS", "IDN", "111")}),
    ("Seoul described the North Korean missile launch as a declaration of war.", {("KOR", "PRK", "111")}),
]


@pytest.mark.parametrize("sentence,want", CRITICISM)
def test_criticism_said_by_evaluation(code, sentence, want):
    got = {(e.source_country, e.target_country, e.code) for e in code(sentence)}
    assert want <= got, got


def test_said_of_names_what_it_is_about(code):
    # '"It is ...," X said of Y': the subject stands for what the "of" phrase names
    got = {(e.source_country, e.target_country, e.code)
           for e in code('"It is a declaration of war," the Syrian foreign minister said of the Turkish incursion.')}
    assert ("SYR", "TUR", "111") in got, got


def test_naming_verb_parsed_as_a_reduced_relative(code):
    # "official" is the root noun and "called" its acl: the official is still the one who calls
    got = {(e.source_country, e.target_country, e.root)
           for e in code("A senior Canadian official called Belarus's election illegitimate.")}
    assert ("CAN", "BLR", "11") in got, got


def test_object_parsed_on_the_predicate(code):
    # "rule" parsed as a compound of "illegitimate"
    got = {(e.source_country, e.target_country, e.root)
           for e in code("A senior Canadian official called Belarus's rule illegitimate.")}
    assert ("CAN", "BLR", "11") in got, got


# restraint: sentences that must give no criticism or accusation (root 11), nor a rejection (12)
NO_CRITICISM = [
    # a negative word about no one's act
    "The Indonesian president said the situation in Aceh was unacceptable.",
    "The Japanese minister said the weather in Tokyo was appalling.",
    # the speaker's own side
    "The Israeli premier said Israel's policy had been a mistake.",
    # a denial of a judgement
    "The Pakistani spokesman denied that the Indian deployment was a provocation.",
    "Moscow said the NATO move was not a threat to its security.",
    # a hypothetical or conditional
    "Tehran said any American strike would be a declaration of war.",
    "Athens said a Turkish survey would be a provocation if it entered Greek waters.",
    # a question
    "Was the Israeli raid a massacre, the Syrian minister asked?",
    # a benign aim, a positive equation
    "Paris said the British plan was an attempt to reduce tension in the region.",
    "Washington said the Japanese measures were an attempt to eliminate the trade deficit.",
    "Bonn said the French budget was an effort to cover the costs of the farm policy.",
    "Cairo said the Israeli withdrawal was nothing short of a miracle.",
    # sport
    "The Australian coach said England's bowling in the test match was disgraceful.",
    # not critical, or critical in another sense
    "The New Zealand government has not been critical of Fiji's treatment of its Indian minority.",
    "Was New Zealand critical of Fiji's treatment of its Indian minority?",
    "The Fijian minister said the talks with New Zealand were critical to the peace process.",
    "Doctors said the Fijian envoy was in critical condition.",
    # not doing enough of the speaker's own, or hypothetically; a failure of no one's duty
    "Israel said it had not done enough to protect the settlers.",
    "Israel said the Palestinians would not do enough unless pressed.",
    "Pakistan said the talks with India had failed to produce an agreement.",
    "Washington said the talks with Tokyo had failed to provide any reason to prevent the new duties.",
    "Moscow said the Chechen rebels had failed to capture the town.",
    "Washington said the September attacks were an act of war.",
    "The decision by Britain was described as illegal.",
    # "it is ..." about no actor's act, or about what was done to someone
    "The Kenyan minister said it was unacceptable that the talks had failed.",
    "The Kenyan minister said it was regrettable that the Ugandan envoy had been killed.",
    "The Chinese minister said it was good that Japan had sent aid.",
    # being against a plan is opposition, not an accusation; a victory is no wrong
    "Bonn said the French were against the plan.",
    "Iraq said Iran had won the battle for the marshes.",
    "Iraq said Iran had published exaggerated battle reports.",
    "Iraq said the Iranian army had lost the battle for the marshes.",
    "Washington said Pyongyang had done nothing to provoke the clash.",
    "New Delhi said it had done nothing to stop the talks.",
    # a denied accusation or criticism, a denied rejection, an apology denied
    "Moscow said the NATO move was not a violation of the treaty.",
    "Tokyo said the American proposal was not a mistake.",
    "Tokyo said the American proposal was not unacceptable.",
    "Israel said it was not sorry for the raid on the Syrian post.",
    "Israel said it would ignore the threats from Damascus.",
    "Tokyo said the American offer of aid was more than generous.",
    # praise stays praise
    "Tokyo said the American proposal was constructive.",
]


@pytest.mark.parametrize("sentence", NO_CRITICISM)
def test_no_criticism(code, sentence):
    assert not {r for _, _, r in triples(code(sentence))} & {"11", "12"}, triples(code(sentence))


def test_praise_is_not_criticism(code):
    got = {e.code for e in code("Tokyo said the American proposal was constructive.")}
    assert "051" in got and not any(c.startswith("11") for c in got), got


def test_hyphenated_word_split_by_the_parser():
    from riftwatch.coding.critic import hyphenated
    from riftwatch.nlp import load_pipeline

    doc = load_pipeline()("The inquiry was a cover-up and a well known farce.")
    up = next(t for t in doc if t.text == "up")
    assert hyphenated(up) == "cover-up"
    assert hyphenated(next(t for t in doc if t.text == "known")) is None
