"""Places of session 10: a one-word name of a known place that a force verb takes is that place
even where the tagger reads a person or a body; a namesake in a state the article names wins.
Our own sentences, with restraint cases."""

from __future__ import annotations

from datetime import date

DAY = date(2002, 5, 1)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.root) for e in engine.code_text(text, DAY) if e.asserted}


def test_a_town_shelled_or_raided_is_its_country(engine):
    assert ("ISR", "PSE", "19") in _events(engine, "Israeli troops shelled Jenin on Monday.")
    assert ("ISR", "PSE", "19") in _events(engine, "Israeli troops shelled Rafah on Monday.")
    assert ("IND", "IND", "19") in _events(engine, "Indian police raided Srinagar.")


def test_a_namesake_in_a_state_the_article_names_wins(engine):
    got = _events(engine, "Palestinian gunmen fired at Israeli troops. Israeli tanks then shelled Bethlehem.")
    assert ("ISR", "PSE", "19") in got and not any(t == "ZAF" for _, t, _ in got)


def test_people_attacked_or_captured_are_not_read_as_towns(engine):
    # restraint: "attacked" and "captured" take people as often as places; a name there stays a name
    assert not any(t == "USA" for _, t, _ in _events(engine, "The senator attacked Jackson on Monday."))
    assert not any(t == "USA" for _, t, _ in _events(engine, "Rebels captured Jackson near the border."))


def test_a_preferred_namesake_must_be_more_than_a_small_town_beside_a_city(engine):
    places = engine.resolver.places
    # Bethlehem in a story of Palestinians is theirs; Geneva in a story naming the US stays Swiss
    assert places.lookup("Bethlehem", prefer={"PSE", "ISR"}).country == "PSE"
    assert places.lookup("Geneva", prefer={"USA", "RUS"}).country == "CHE"
    assert places.lookup("Valencia", prefer={"ESP"}).country == "ESP"
    assert places.lookup("Valencia").country == "VEN"
