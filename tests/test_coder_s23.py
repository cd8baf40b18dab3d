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


def test_in_protest_tells_why_a_state_acted_and_stages_no_protest(code):
    for s in ("Israel recalled its ambassador in protest.",
              "Israel recalled its ambassadors from the three countries in protest."):
        assert not {c for c in country_codes(code(s, DAY)) if c[2][:2] == "14"}, s
    # ... while people who close their shops in protest do protest
    assert ("AFG", "AFG", "141") in country_codes(code("Shopkeepers in Kabul closed their stores in protest.", DAY))


def test_an_arrest_noun_by_a_state_of_someone_it_does_not_place_is_at_home(code):
    # as the verb is: "Ugandan police arrested Bobi Wine" is an arrest in Uganda
    assert ("UGA", "UGA", "173") in country_codes(code("Ugandan police placed Bobi Wine under house arrest.", DAY))
    assert ("UGA", "UGA", "173") in country_codes(code("Ugandan police arrested Bobi Wine.", DAY))
    assert ("VEN", "VEN", "173") in country_codes(code("Venezuela's Maduro ordered the arrest of opposition leader "
                                                       "Edmundo Gonzalez.", DAY))
    # ... an arrest with no one to make it is still no one's
    assert not code("The arrest of the journalist sparked outrage.", DAY)


def test_a_states_possessive_before_its_office_holders_surname_is_that_office(code):
    got = code("Venezuela's Maduro ordered the arrest of opposition leader Edmundo Gonzalez.", DAY)
    assert [(e.source, e.target, e.code) for e in got] == [("VENGOV", "VEN", "173")]
    got = code("Russia's Lavrov met China's Wang in Beijing.", DAY)
    assert {(e.source, e.target) for e in got} == {("RUSGOV", "CHNGOV"), ("CHNGOV", "RUSGOV")}
