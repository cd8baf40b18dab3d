"""Accusations of modern news (session 8): who was behind an attack, said outright or through
what the evidence shows, of states, groups and their leaders. Our own sentences, each with a
restraint case."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source, e.target, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def _codes(engine, text: str) -> set[str]:
    return {code for *_, code in _events(engine, text)}


def test_saying_someone_was_behind_an_attack_accuses_them(engine):
    assert ("ISR", "SYR", "112") in _events(engine, "Israel said Syria was behind the bombing.")
    # restraint: a cause that is no attack, a denial, and the speaker's own claim
    assert "112" not in _codes(engine, "The minister said the weather was behind the delay.")
    assert "112" not in _codes(engine, "Israel said Syria was not behind the bombing.")
    assert "015" in _codes(engine, "Hamas said it was behind the bombing.")


def test_a_group_or_its_leader_can_be_accused(engine):
    assert ("ISR", "ALQ", "112") in _events(engine, "Israel said al-Qaeda was responsible for the bombing.")
    assert ("USA", "ALQ", "112") in _events(engine, "The United States says bin Laden was behind the attacks.")
    assert ("GBR", "RUS", "112") in _events(engine, "Britain said Russia was responsible for the poisoning.")


def test_what_the_evidence_shows_is_said_by_the_speaker(engine):
    assert ("GBR", "RUS", "112") in _events(
        engine, "Britain said the evidence showed that Russia was responsible for the poisoning.")
    assert any(t == "ALQ" and c == "112" for _, t, c in _events(
        engine, "The US vice-president says the video proves bin Laden was behind the attacks."))
    # restraint: evidence that does not show it accuses no one
    assert "112" not in _codes(engine, "Britain said the evidence did not show that Russia was responsible for the "
                                       "poisoning.")


def test_a_hostile_measure_a_state_names_as_possible_is_a_threat(engine):
    assert ("EEC", "BLR", "1312") in _events(
        engine, "The EU said sanctions against Belarus could follow if the crackdown continued.")
    assert ("USAGOV", "IRN", "138") in _events(engine, "Washington said military action against Iran remained an option.")
    assert ("GBR", "ZWE", "130") in _events(engine, "Britain said tougher measures against Zimbabwe were possible.")
    # restraint: a measure done or ruled out, action of no hostile kind, a pundit's forecast
    for text in ("The EU said sanctions against Belarus were lifted.",
                 "Washington said military action against Iran was not an option.",
                 "Britain said action on Zimbabwe's debt was possible.",
                 "Analysts said sanctions against Russia could follow."):
        assert not {c for c in _codes(engine, text) if c.startswith("13")}, text


def test_an_answered_act_named_with_its_owner_was_done_too(engine):
    assert ("IMF", "SDN", "100") in _events(engine, "Sudan has rejected a demand by the International Monetary Fund "
                                                    "for a currency devaluation.")
    assert {("PAK", "IND", "016"), ("IND", "PAK", "112")} <= _events(
        engine, "Pakistan denied India's accusation that it sponsored the attack.")
    # restraint: an act with no owner named is only answered, and a meeting asked for is no phone call
    assert not any(code == "100" for *_, code in _events(engine, "Israel rejected the demand for a withdrawal."))
    assert not any(code.startswith("04") for *_, code in _events(
        engine, "Hamas rejected a call by Palestinian leader Yasser Arafat for an end to attacks."))


def test_an_attempted_wrong_is_an_accusation(engine):
    assert ("PSEGOV", "ISRGOV", "112") in _events(
        engine, "Mr Arafat told CNN that Mr Sharon was trying to torpedo the truce with the airstrikes.")
    assert ("GBRGOV", "RUS", "112") in _events(engine, "London said Russia had tried to destabilise Moldova.")
    # restraint: a denied attempt, and an attempt at no wrong
    assert "112" not in _codes(engine, "London said Russia had not tried to destabilise Moldova.")
    assert "112" not in _codes(engine, "London said Russia had tried to reach Moldova.")


def test_a_denial_answers_the_accusation_made_earlier_in_the_sentence(engine):
    assert ("PAK", "IND", "016") in _events(
        engine, "India accuses Pakistan's spy agency of masterminding the assault, but Pakistan denies the allegation.")
    # restraint: with no accusation before it, the allegation is nobody's
    assert not any(t == "IND" for _, t, _ in _events(engine, "Pakistan denies the allegation."))
