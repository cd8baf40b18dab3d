"""Constructions of session 27, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes, country_codes

DAY = "2023-11-20"
OLD = "1987-03-05"


def test_accusations_dismissed_are_denied(code):
    # CAMEO 016 covers denying accusations: dismissing them is that, like rejecting them
    assert ("RUS", "USA", "016") in country_codes(code("Russia dismissed the American accusations.", DAY))
    assert [e.code for e in code("The Kremlin dismissed the accusations as baseless.", DAY)] == ["016"]
    # ... while an appeal dismissed is still a rejection
    assert ("SYR", "FRA", "120") in country_codes(code("Syria dismissed an appeal from France.", DAY))


def test_retaliation_and_other_options_considered(code):
    for s in ("The Reagan administration is considering retaliation against Japan.",
              "Washington is weighing action against Japan.",
              "The United States contemplated countermeasures against Japan."):
        assert ("USA", "JPN", "014") in country_codes(code(s, OLD)), s
    # ... considering what is no measure is no policy option
    assert not code("Japan is considering a visit by its trade minister.", OLD)


def test_a_head_of_government_tagged_as_a_common_noun_is_still_named(code):
    # the tagger reads a sentence-initial "Reagan" as a noun; "reagan" is in the lemmatizer's tables
    assert actor_codes(code("Reagan accepted responsibility for the diversion of funds.", OLD)) == {
        ("USAGOV", None, "015")}
    # ... but a common word that is a minor officeholder's surname stays a word
    assert ("JPNAGR", "JPNGOV", "141") in actor_codes(code("Rice farmers protested in Tokyo.", OLD))
    assert not [e for e in code("Rice farmers protested in Tokyo.", "2006-06-01") if e.source.startswith("USA")]


def test_a_possessor_title_does_not_make_the_thing_owned_a_government_act(code):
    # "President Reagan's speech on the Iran arms scandal" is Reagan's, not Iran's
    got = actor_codes(code("Republicans hailed President Reagan's speech on the Iran arms scandal.", OLD))
    assert got and all(t == "USAGOV" for _, t, _ in got)
    assert ("FRA", "USAGOV", "051") in actor_codes(code("France praised President Biden's speech on Ukraine.", DAY))
    # ... while a sector in the phrase's own words still names the act's aim
    assert ("FRA", "RUS", "111") in country_codes(code("France condemned Russia's attack on Ukraine.", DAY))
