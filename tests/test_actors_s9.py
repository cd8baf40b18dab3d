"""Actors of session 9: settlers keep their state's nationality where they settle. Our own
sentences, with restraint cases."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.root) for e in engine.code_text(text, DAY) if e.asserted}


def test_jewish_settlers_are_israelis_where_they_settle(engine):
    assert ("PSE", "ISR", "19") in _events(engine, "Palestinian gunmen wounded three Jewish settlers in the West Bank.")
    assert ("PSE", "ISR", "19") in _events(engine, "Palestinian gunmen wounded three Israeli settlers in the West Bank.")
    assert ("ISR", "PSE", "19") in _events(engine, "Jewish settlers attacked Palestinian farmers near Nablus.")


def test_other_peoples_living_abroad_stay_of_the_state_they_live_in(engine):
    # restraint: "the Albanians of southern Serbia" are Serbia's civilians, not Albania
    assert ("SRB", "SRB", "10") in _events(
        engine, "The Albanians of southern Serbia demanded autonomy from Serbian authorities.")
    # and a religion named alone is no state
    assert not any("ISR" in (s, t) for s, t, _ in _events(
        engine, "Jewish groups in New York criticised the decision by France."))


def test_a_union_leader_or_official_is_labour_not_government(engine):
    got = {(e.source, e.target) for e in engine.code_text("A Brazilian union official criticised the government.", DAY)}
    assert ("BRALAB", "BRAGOV") in got
    # restraint: a country's leader is its government
    assert ("BRAGOV", "ARG") in {(e.source, e.target) for e in engine.code_text(
        "Brazilian leader Jose Sarney criticised Argentina.", date(1987, 3, 10))}


def test_a_firm_named_with_a_demonym_is_no_state(engine):
    assert not _events(engine, "American Express declined to comment on the report.")
    assert not any(s == "GBR" for s, _, _ in _events(engine, "British Airways criticised the French government."))
    # restraint: the demonym before a state's organ still names the state
    assert ("USA", "JPN", "11") in _events(engine, "The American government criticised Japan.")
