"""Whom an arrest falls on, places that share a name with someone in office, and people named
only by a title in apposition (session 8):
our own sentences, each with a restraint case."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, day) if e.asserted}


def test_an_arrested_person_of_no_named_country_is_no_known_target(engine):
    # the police's country is where the arrest happened, not whose the man is
    assert ("MYS", None, "173") in _events(engine, "Malaysian police arrested a man suspected of smuggling migrants.")
    assert ("TUR", None, "173") in _events(engine, "A 40-year-old woman was arrested by Turkish police in Ankara.")
    assert ("IDN", None, "173") in _events(engine, "Indonesian police detained a suspect after the blast.")
    # restraint: a named nationality or group is the target, and people arrested in a country's
    # own unrest stay its own
    assert ("PAK", "IND", "173") in _events(engine, "Pakistani police arrested three Indian nationals.")
    assert ("EGY", "GBR", "173") in _events(engine, "Egyptian police detained a British journalist.")
    assert ("EGY", "EGY", "173") in _events(
        engine, "Egyptian police fired on demonstrators, killing one person and arresting 12.")


def test_a_place_after_a_locative_preposition_is_not_the_office_holder_of_that_name(engine):
    # Ricardo Lagos was Chile's president in 2001; "in Lagos" is still Nigeria's city
    assert ("NGA", "NGA", "173") in _events(engine, "Police in Lagos arrested 20 protesters.")
    assert not any("CHL" in (s, t) for s, t, _ in _events(engine, "Police in Lagos arrested 20 protesters."))
    # restraint: the president named as such still acts for Chile
    assert ("CHL", "USA", "040") in _events(engine, "Chilean President Ricardo Lagos met Bush. Lagos said he was pleased.")


def test_many_suspects_detained_by_a_state_are_its_own_people(engine):
    assert ("PSE", "PSE", "173") in _events(engine, "Palestinian police have detained 160 suspects in Gaza.")


def test_people_troops_capture_are_of_the_place_or_unknown_not_the_troops_own(engine):
    assert ("USA", None, "173") in _events(engine, "US forces have captured 15 prisoners.")
    assert ("USA", "AFG", "173") in _events(engine, "US forces captured 15 fighters near Kandahar.")
    # people taken in a place are no town taken (192)
    assert ("TUR", "IRQ", "173") in _events(engine, "Turkish soldiers captured three men in northern Iraq.")
    # restraint: a town taken is occupied, and a named people stays the target
    assert ("ISR", "PSE", "173") in _events(engine, "Israeli troops arrested several Palestinians in Hebron.")
    assert ("RUS", "UKR", "192") in _events(engine, "Russian troops captured the Ukrainian town of Soledar.", date(2023, 1, 13))



def test_an_apposition_with_a_title_only_one_state_has_names_that_state(engine):
    assert ("USA", "ZWE", "111") in _events(
        engine, "Walter Kansteiner, the assistant secretary of state for African affairs, criticised Zimbabwe.")
    assert ("GBR", "FRA", "111") in _events(engine, "John Smith, the home secretary, criticised France.")
    # restraint: a title many states or bodies have names none
    assert not _events(engine, "John Smith, the secretary general, criticised France.")
