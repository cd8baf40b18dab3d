"""Constructions of session 23, from real wire copy's shapes: a state's own show of force named as a
noun ("Iran's deployment of missiles"), weapons deployed, and an ordered review. Sentences written for
these tests. Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2025-03-01"


def test_a_states_own_deployment_named_as_a_noun_is_force_posture(code):
    # a possessive owner makes the noun an act of that state, with or without a place it is aimed at
    got = country_codes(code("Kuwait asked for help in light of Iran's deployment of Chinese-built missiles "
                             "near the Strait of Hormuz.", DAY))
    assert ("IRN", None, "154") in got
    assert ("RUS", "BLR", "154") in country_codes(code("Russia's deployment of nuclear weapons in Belarus "
                                                       "alarmed NATO.", DAY))
    # ... but a deployment nobody owns is no one's act
    assert not {c for c in country_codes(code("The deployment of peacekeepers was delayed again.", DAY))
                if c[2][:2] == "15"}


def test_weapons_deployed_in_a_state_are_a_show_of_force(code):
    assert ("RUS", "BLR", "154") in country_codes(code("Russia deployed tactical nuclear weapons in Belarus.", DAY))


def test_an_ordered_review_is_an_investigation(code):
    assert ("KEN", "SOM", "090") in country_codes(code("Kenya ordered a review of its security pact with "
                                                       "Somalia.", DAY))
    assert ("KEN", "SOM", "090") in country_codes(code("Kenya ordered an audit of Somali firms.", DAY))
