"""Comments and intents aimed at no one (session 9): a declined comment (011), an optimistic
(013) or pessimistic (012) remark of a state about the political situation, and a state's wish
or promise to de-escalate (0356) that names no other side; with the restraints that keep plain
"X said" sentences plain. Sentences written for these tests."""

from __future__ import annotations

import pytest

# (sentence, {(source country, target country, CAMEO code)} of the asserted events it must code)
AIMED_AT_NO_ONE = [
    # declined comment
    ("The Chilean foreign ministry had no comment on the dispute.", {("CHL", None, "011")}),
    ("The Kenyan defence ministry said it could not confirm the reports.", {("KEN", None, "011")}),
    ("The Peruvian interior minister said he could not confirm that the prisoners had escaped.",
     {("PER", None, "011")}),
    ("The Thai prime minister would not say what the government had decided.", {("THA", None, "011")}),
    ("The Egyptian government declined to say how many troops had been sent.", {("EGY", None, "011")}),
    ("The Danish foreign minister would not comment on the report.", {("DNK", None, "011")}),
    ("Peru declined to elaborate on the border incident.", {("PER", None, "011")}),
    ("The Egyptian government neither confirmed nor denied the report.", {("EGY", None, "011")}),
    ("Kenya refused to speculate about the cause of the crash.", {("KEN", None, "011")}),
    # remarks on the political situation
    ("The Malaysian foreign minister said the situation on the border was dangerous.", {("MYS", None, "012")}),
    ("The Omani foreign minister warned that the standoff was growing dangerously tense.", {("OMN", None, "012")}),
    ("The Cypriot government said the security situation was deteriorating.", {("CYP", None, "012")}),
    ("The Estonian defence minister said he feared the conflict would spread.", {("EST", None, "012")}),
    ("The Mongolian premier said he was hopeful the reform process would succeed.", {("MNG", None, "013")}),
    ("The Senegalese president said he was confident that security in the capital was adequate.",
     {("SEN", None, "013")}),
    # an attitude with no one else named
    ("Japanese officials have been optimistic about the talks.", {("JPN", None, "013")}),
    ("Japan is optimistic that the treaty will be ratified.", {("JPN", None, "013")}),
    # intents to de-escalate
    ("The Laotian president said Laos wants peace.", {("LAO", None, "035")}),
    ("The Pakistani president said Pakistan wants to reduce tension.", {("PAK", None, "035")}),
    ("The Pakistani president said Pakistan will never initiate a conflict.", {("PAK", None, "035")}),
    # a state's refusal of talks with no other side named
    ("The Indian government ruled out any face-to-face talks.", {("IND", None, "125")}),
    # an investigation a state opens into what names no other side
    ("Australian police launched an investigation into the shooting.", {("AUS", None, "090")}),
    # a state's remark of satisfaction with the political situation
    ("The Zambian home affairs minister said he was pleased with the security arrangements for the election.",
     {("ZMB", None, "013")}),
]

# sentences that must code none of these roots: the weather, markets, analysts, questions,
# conditionals, history, phrases inside the clause, a reporter's note, a company, people's wishes
RESTRAINT = [
    "The Japanese minister said the weather was good.",
    "The Zambian finance minister said he was pleased with the economic figures.",
    "Japanese analysts were optimistic about the market.",
    "The Japanese minister said the market situation was dangerous.",
    "The Japanese minister said he was confident that economic growth would pick up.",
    "Was the Japanese minister confident that the talks would succeed?",
    "The Japanese minister said that if the situation became dangerous, troops would be sent.",
    "The Pakistani president said he welcomed efforts to defuse the potentially explosive crisis.",
    "The Israeli foreign minister did not say whether the talks would resume.",
    "The Israeli foreign minister would not say that Syria was wrong.",
    "Would Israel comment on the report?",
    "General Motors would not say how much it paid for the plant.",
    "The people of both countries want peace.",
    "If India wants peace, it must stop the attacks.",
    "Pakistan does not want peace.",
    "The Pakistani president said Pakistan would not reduce tension.",
    "Rebels said they would never start a war.",
    "India declined the invitation.",
    "Kenyan students launched an investigation into the shooting.",
    "France and Senegal agreed to set up a joint economic commission.",
]


@pytest.mark.parametrize("text,want", AIMED_AT_NO_ONE, ids=[t[:50] for t, _ in AIMED_AT_NO_ONE])
def test_comment_or_intent_aimed_at_no_one(code, text, want):
    got = {(e.source_country, e.target_country, e.code[:3]) for e in code(text)}
    assert {(s, t, c[:3]) for s, t, c in want} <= got, got


@pytest.mark.parametrize("text", RESTRAINT, ids=[t[:50] for t in RESTRAINT])
def test_restraint(code, text):
    got = [(e.source, e.target, e.code, e.rule) for e in code(text) if e.code[:3] in ("011", "012", "013", "035", "125", "090")]
    assert not got, got


def test_rebels_ruling_out_talks_with_no_one_named_rule_them_out_with_their_government(code):
    # (session 23: a rejection by a state's rebels or other people with no one named is aimed at its
    # government, by CAMEO's convention for their demands and protests; it was restraint before)
    got = {(e.source_country, e.target, e.code) for e in code("Indian rebels ruled out talks.")}
    assert got == {("IND", "INDGOV", "125")}


def test_named_side_keeps_its_target(code):
    # "wants peace with India" is aimed at India, not at no one
    got = {(e.source_country, e.target_country, e.code) for e in code("Pakistan wants peace with India.")}
    assert ("PAK", "IND", "0356") in got and not any(t is None for _, t, _ in got)


def test_remark_is_aimed_at_the_other_side_its_clause_names(code):
    got = {(e.source_country, e.target_country, e.code) for e in code(
        "The presidents of Peru and Bolivia say they fear the unrest could spread unless Chile resolves the crisis.")}
    assert got >= {("PER", "CHL", "012"), ("BOL", "CHL", "012")} and not any(t is None for _, t, _ in got), got


def test_declined_comment_is_one_event(code):
    # the pattern's own refusal ("declined to comment") is not coded twice by the no-comment reading
    evs = code("Iran declined to comment on the French report.")
    assert [(e.source_country, e.code, e.rule) for e in evs] == [("IRN", "011", "lxv_no_comment")]


def test_a_refusal_to_confirm_is_a_declined_comment_not_a_rejection(engine):
    got = {(e.source_country, e.target_country, e.code) for e in engine.code_text(
        "Israel refused to confirm the Lebanese report.", "2001-12-15") if e.asserted}
    assert ("ISR", None, "011") in got and not any(c.startswith("12") for _, _, c in got)
