"""Troops sent, arriving or deployed somewhere (session 9): a deployment (154) by their own
state, in the country of the place named. Our own sentences, with restraint cases."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def test_troops_arriving_in_a_country_are_deployed_there(engine):
    assert ("AUS", "AFG", "154") in _events(engine, "Australian troops arrived in Afghanistan this morning.")
    # restraint: a minister's arrival is a visit
    got = _events(engine, "The Australian defence minister arrived in Afghanistan.")
    assert ("AUS", "AFG", "042") in got and not any(c == "154" for _, _, c in got)


def test_troops_deployed_with_no_agent_are_deployed_by_their_own_state(engine):
    assert ("USA", "AFG", "154") in _events(engine, "Over 1,000 US Marines are deployed near the southern city of Kandahar.")
    assert ("GBR", "AFG", "154") in _events(engine, "British troops were deployed in Kabul on Saturday.")
    # restraint: troops of no named state name no deployer
    assert not _events(engine, "Troops were deployed near the border.")


def test_a_settlement_named_by_its_of_phrase_is_the_place_struck(engine):
    assert ("USA", "AFG", "195") in _events(engine, "US planes bombed the town of Kunduz.")


def test_troops_stationed_somewhere_are_a_standing_presence_not_a_deployment(engine):
    assert not _events(engine, "About 28,500 U.S. troops are stationed in South Korea.")
