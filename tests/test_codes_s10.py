"""Codes of session 10: a bombing by rebels or an armed group is CAMEO's non-military bombing
(183), a state's stays aerial (195). Our own sentences."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _codes(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def test_an_armed_groups_bombing_is_no_air_strike(engine):
    assert ("PSE", "ISR", "183") in _codes(engine, "Palestinian militants carried out a bombing in Haifa.")
    got = _codes(engine, "The Hamas bombing of a Jerusalem pizzeria killed 15 Israelis.")
    assert any(c == "183" for _, _, c in got) and not any(c == "195" for _, _, c in got)
    # restraint: a state's bombing stays aerial
    assert ("USA", "AFG", "195") in _codes(engine, "The US bombing of Kandahar continued.")
    assert ("ISR", "PSE", "195") in _codes(engine, "Israeli warplanes bombed Gaza.")


def test_working_with_a_states_forces_is_military_cooperation(engine):
    assert ("GBR", "PAK", "062") in _codes(engine, "Britain is working with the Pakistani army to secure the border.")
    assert ("AUS", "USA", "062") in _codes(
        engine, "Australian liaison officers are working with the US Marines in southern Afghanistan.")
    # restraint: work with a state itself stays diplomatic cooperation
    assert ("JPN", "KOR", "050") in _codes(engine, "Japan is working with South Korea on a joint plan.")


def test_riots_with_no_one_named_are_a_countrys_people_against_its_government(engine):
    assert ("ARG", "ARG", "145") in _codes(engine, "Riots broke out in Buenos Aires on Wednesday.")
    assert ("ARG", "ARG", "145") in _codes(
        engine, "Argentina's Government has crumbled after at least 20 people were killed in nationwide riots.")
    # restraint: protests aimed abroad are not against the home government; history stays history
    assert not _codes(engine, "Anti-American protests erupted in Karachi.")
    assert not _codes(engine, "The 1989 riots in Caracas killed hundreds.")
    assert not _codes(engine, "Officials were stunned by a demonstration of interest in American institutions.")
    assert not _codes(engine, "The French move is seen as a form of protest designed to force the Commission's hand.")
    assert not any(c == "141" for _, _, c in _codes(
        engine, "The plan has caused a storm of protest from abroad that Japan is shutting out foreign firms."))
    assert ("KOR", "KOR", "141") in _codes(engine, "A wave of protests swept Seoul on Friday.")


def test_an_attack_on_someone_that_killed_is_not_its_victims_act(engine):
    assert not _codes(engine, "Sunday's attack on Israeli troops in Gaza killed two.")
    # restraint: an attack whose owner is named is that owner's; a reaction to it is aimed at its victims
    assert [(e.source_country, e.target, e.code) for e in engine.code_text(
        "Recent US Predator attacks have killed at least eight al-Qaeda leaders.", DAY)] == [("USA", "ALQ", "190")]
    assert ("EGY", "ISR", "111") in _codes(engine, "The attack on Israeli troops drew condemnation from Egypt.")


def test_another_bearing_responsibility_for_an_attack_is_an_accusation(engine):
    assert ("ISR", "PSE", "112") in _codes(engine, "Israel said Arafat bears full responsibility for the attack.")
    # restraint: no claim of responsibility read into it, and no wrong where nothing wrongful is borne
    assert not any(c == "015" for _, _, c in _codes(engine, "Israel said Arafat bears full responsibility for the attack."))
    assert not _codes(engine, "Japan said China bore the brunt of the crisis.")


def test_a_name_given_as_an_apposition_is_a_judgement_not_a_phone_call(engine):
    got = _codes(engine, "Turkey called Israel's bombardment of Gaza a massacre.")
    assert ("TUR", "ISR", "1122") in got and not any(c == "041" for _, _, c in got)
    # restraint: a call to someone described by an apposition is still a call
    assert ("CHN", "AUS", "041") in _codes(engine, "The Chinese premier called his Australian counterpart, a veteran diplomat.")


def test_a_withdrawal_demanded_is_asked_of_who_withdraws(engine):
    assert ("SYR", "ISR", "1056") in _codes(engine, "Syria demanded the withdrawal of Israeli troops from Lebanon.")
    assert [(e.source, e.target_country, e.code) for e in engine.code_text(
        "The UN demanded an Israeli withdrawal from Palestinian cities.", DAY)] == [("UNO", "ISR", "1056")]


def test_a_rally_for_a_people_is_not_that_peoples_rally(engine):
    got = _codes(engine, "Thousands of Egyptian students rallied in Cairo during a pro-Palestinian rally.")
    assert not any(s == "PSE" for s, _, _ in got)
    assert ("EGY", "ISR", "161") in _codes(engine, "Egypt has cut all contacts with Israel.")
