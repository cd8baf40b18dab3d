"""Reported speech: what a statement says decides its code (coding/statements.py,
coding/mood.py, coding/derived.py).

* a future act of the speaker's own side is an intent (03x) or a threat (13x), aimed at
  the target of the act; an act dated after the article is a plan;
* predictions by others, what the target says the source will do, denials, guesses,
  speculation and hypotheticals give nothing;
* a plain statement aimed at no one is coded only with the setting ``plain_statements``;
  a comment on talks or relations is an optimistic (013) or pessimistic (012) remark.
"""

from __future__ import annotations

import pytest

from riftwatch.config import Options, load_options
from riftwatch.errors import ConfigError


def triples(events):
    return {(e.source_country, e.target_country, e.code) for e in events}


def roots(events):
    return {(e.source_country, e.target_country, e.root) for e in events}


# ------------------------------------------------------------------ own-side future acts
def test_own_future_talks_named_by_a_noun_are_an_intent_to_meet(code):
    got = triples(code("The Dutch foreign minister said the Netherlands would take part in talks with Indonesia."))
    assert ("NLD", "IDN", "036") in got
    assert not [t for t in got if t[2][:2] in ("01", "04")], got  # no statement, no meeting yet


def test_own_future_offer_of_aid_is_a_pledge(code):
    got = triples(code("Spain said it would offer Morocco a loan."))
    assert got == {("ESP", "MAR", "033")}
    assert ("CAN", "ETH", "0333") in triples(code("Canada said it will send food aid to Ethiopia."))  # humanitarian


def test_own_future_hostile_act_is_a_threat(code):
    assert ("BRA", "USA", "13") in roots(code("Brazil vowed to retaliate against the United States."))


def test_an_act_dated_after_the_article_is_a_plan(code):
    got = triples(code("The Greek prime minister is visiting Cairo next week."))
    assert got == {("GRC", "EGY", "036")}
    # ... done last week, it is the visit itself
    assert triples(code("The Greek prime minister visited Cairo last week.")) == {("GRC", "EGY", "042")}
    got = triples(code("The French president is sending his foreign minister to Cairo for talks with "
                       "Egyptian leaders next month."))
    assert ("FRA", "EGY", "036") in got and not [t for t in got if t[2][:2] == "04"], got


# ------------------------------------------------------------------ restraint
def test_a_prediction_by_others_is_no_ones_commitment(code):
    assert not [e for e in code("Analysts said Iran would attack Kuwait.") if e.root in ("13", "19")]
    assert not [e for e in code("Speculation that Canada will offer wheat to Egypt grew on Monday.")
                if e.root == "03"]
    # a guess by the speaker itself is no commitment either
    assert not [e for e in code("Japan said it would probably send aid to Turkey.") if e.root == "03"]


def test_hypothetical_considered_or_ruled_out_acts_are_no_commitment(code):
    assert not [e for e in code("Japan said it might send aid to Turkey.") if e.root == "03"]
    assert not [e for e in code("Japan said it would consider sending aid to Turkey.") if e.root == "03"]
    assert not [e for e in code("Iran said it had no plans to attack Kuwait.") if e.root in ("13", "19")]
    assert not [e for e in code("Iraq said it would not attack Saudi Arabia.") if e.root in ("13", "19")]


def test_what_the_target_says_the_source_will_do_is_no_threat(code):
    got = roots(code("Kenya said Uganda would invade Kenya."))
    assert ("UGA", "KEN", "13") not in got and ("UGA", "KEN", "19") not in got, got


def test_a_denied_intent_is_no_intent(code):
    got = roots(code("Egypt denied it would send troops to Libya."))
    assert not [t for t in got if t[2] in ("03", "13", "15")], got


def test_talks_named_as_a_goal_did_not_happen(code):
    evs = code("The minister said the accord would pave the way for talks between Iran and Iraq.")
    assert not [e for e in evs if e.root == "04"]


def test_a_generic_offer_is_no_pledge(code):
    assert not [e for e in code("Poland said it would offer shares to its citizens.") if e.root == "03"]


# ------------------------------------------------------------------ plain statements and comments
def test_a_plain_statement_aimed_at_no_one_is_left_out_by_default(code, engine, monkeypatch):
    text = "The German finance minister said the economy was strong."
    assert not code(text)
    monkeypatch.setattr(engine.coder, "plain_statements", True)
    assert roots(code(text)) == {("DEU", None, "01")}


def test_a_statement_about_someone_is_still_coded(code):
    assert roots(code("Mexico said the U.S. decision was final.")) == {("MEX", "USA", "01")}


def test_a_comment_on_talks_is_an_optimistic_or_pessimistic_remark(code):
    assert triples(code("The Swiss envoy said good progress was being made in the talks.")) == {
        ("CHE", None, "013")}
    assert triples(code("The Norwegian envoy said the negotiations were in deadlock.")) == {("NOR", None, "012")}
    assert triples(code('"We are optimistic about the peace talks," the Nigerian minister said.')) == {
        ("NGA", None, "013")}


def test_no_comment_without_a_judgement_of_relations(code):
    assert not code("The Irish minister said there was no progress in the talks.")  # negated
    assert not code("The Swiss president said a new dispute would eliminate any chance of progress in the talks.")
    assert not code("The Portuguese minister said the talks were still in progress.")  # a state, no judgement
    assert not code("The Austrian minister said he was optimistic about the economy.")  # no relations named


# ------------------------------------------------------------------ the setting
def test_plain_statements_setting_is_read_and_checked(monkeypatch):
    assert Options().plain_statements is False
    assert Options().merged(plain_statements="yes").plain_statements is True
    monkeypatch.setenv("RIFTWATCH_PLAIN_STATEMENTS", "true")
    assert load_options().plain_statements is True
    with pytest.raises(ConfigError, match="plain_statements must be true or false"):
        Options().merged(plain_statements="sometimes")
