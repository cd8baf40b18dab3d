"""Stray capitals after "U.S."-style abbreviations (old wire copy) are lowered before parsing,
one character for one, and only where the capital cannot be a real one."""

import pytest

from riftwatch.nlp.recase import recase

WORDS = frozenset({"attack", "official", "pressure", "firm", "dollar", "treasury", "navy", "trade", "representative"})


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Is pressing Japan.", "The U.S. is pressing Japan."),
    ("Soybeans from the U.S. And China.", "Soybeans from the U.S. and China."),
    ("Iran called the U.S. Attacks an escalation.", "Iran called the U.S. attacks an escalation."),
    ("Earlier, U.S. Officials with Shultz said so.", "Earlier, U.S. officials with Shultz said so."),
    ("Rates fell on U.K. Pressure to act.", "Rates fell on U.K. pressure to act."),
    ("The U.N. Would meet.", "The U.N. would meet."),
])
def test_stray_capitals_are_lowered(text, expected):
    out = recase(text, WORDS)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("text", [
    "U.S. Treasury Secretary James Baker arrived.",          # an institution's own capital
    "U.S. Trade Representative Clayton Yeutter spoke.",      # a name goes on
    "He spoke with the U.S. The talks ended.",               # a real sentence starts
    "Exports to the U.S. In 1986 rose.",
    "It met the U.S. Navy commander.",
    "U.S. Secretary of State Mike Pompeo arrived.",          # a title
    "The U.N. Office of the envoy said so.",                 # "X of Y" is a name
    "Relations with the U.S. Kasparov said.",                # not an English word
    "The U.S. Attacks",                                      # end of text
    "Talks in Washington D.C. Officials said",               # no space-separated common next word
])
def test_real_capitals_are_kept(text):
    assert recase(text, WORDS) == text


def test_engine_parses_the_recased_text_but_keeps_the_original(engine):
    text = "Iran called the U.S. Attacks on its oil platforms an escalation on Tuesday."
    events = engine.code_text(text)
    assert all(e.code != "041" for e in events)  # no phone call read into "called the U.S. Attacks"
    [event] = engine.code_text("The U.S. Has accused Japan of dumping computer chips.")
    assert (event.source, event.target, event.code) == ("USA", "JPN", "112")
    assert "U.S. Has accused" in event.sentence  # the event keeps the original text
