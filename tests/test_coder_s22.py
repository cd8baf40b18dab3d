"""Constructions of session 22, from real wire copy's shapes: an event noun whose doer is named before it
and whose "of" phrase names what was done to ("the Russian invasion of Ukraine", "US criticism of its
record"). Sentences written for these tests. Uses the ``code`` fixture of conftest.py (asserted events
only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2025-03-01"


def test_a_state_named_before_an_act_noun_is_its_doer_not_the_of_phrase(code):
    # condemning an act is aimed at whoever did it, which the modifier names
    got = country_codes(code("Britain condemned the Russian invasion of Ukraine.", DAY))
    assert ("GBR", "RUS", "111") in got and ("GBR", "UKR", "111") not in got
    got = country_codes(code("China dismissed US criticism of its human rights record.", DAY))
    assert ("CHN", "USA", "120") in got and ("USA", "CHN", "111") in got
    got = country_codes(code("China rejected American criticism of its policies in Xinjiang.", DAY))
    assert ("CHN", "USA", "120") in got
    # a possessive still decides, and an act noun with no state before it stands for its "of" phrase
    assert ("GBR", "RUS", "111") in country_codes(code("Britain condemned Russia's invasion of Ukraine.", DAY))
    assert ("JPN", "USA", "051") in country_codes(code("Japan welcomed the decision of the United States.", DAY))
