"""Military operations short of a named attack and measures against a state's mission (session
10): armed forces that pull out, withdraw, flee or hand over ground retreat (0874); warning shots
and mobilised ships are a show of force (150, 153, 154); fire called in is an attack (194, 195);
cutting a state's embassy staff (161), confining its diplomats (172) and banning its aircraft
(163) are measures against that state. Our own sentences, each construction with restraint cases
(other subjects, figurative senses, firms' staff cuts, predictions)."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2001, 12, 15)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, DAY) if e.asserted}


# ---------------------------------------------------------------- retreats by armed forces (0874)
@pytest.mark.parametrize("text, want", [
    ("Local Afghan forces have pulled out.", ("AFG", None, "0874")),
    ("Ethiopian troops pulled out of the valley on Sunday.", ("ETH", None, "0874")),
    ("Indian troops withdrew on Monday.", ("IND", None, "0874")),
    ("Taliban fighters fled the town overnight.", ("AFG", None, "0874")),
    ("Hundreds of Taliban fighters fled into the mountains.", ("AFG", None, "0874")),
])
def test_armed_forces_that_pull_out_withdraw_or_flee_retreat(engine, text, want):
    got = _events(engine, text)
    assert want in got, f"{text!r}: coded {got}"


@pytest.mark.parametrize("text", [
    "The Labour party pulled out of the race.",          # a party, a race
    "Britain pulled out on Monday.",                     # a state alone may leave a treaty or a bid
    "The rebels withdrew their demand for a new vote.",  # an object other than a place: another sense
    "Thousands of residents fled the fighting.",         # civilians
    "The gunmen fled the scene.",                        # gunmen, not an army giving up ground
    "The company pulled out of the deal.",
])
def test_other_subjects_and_senses_do_not_retreat(engine, text):
    assert not {t for t in _events(engine, text) if t[2] == "0874"}, text


def test_ground_handed_over_by_armed_forces_is_yielded_to_the_recipient(engine):
    assert ("SRB", "HRV", "0874") in _events(engine, "Serb forces handed over the town to Croatian troops.")
    # the recipient unknown: the retreat still happened
    assert ("AFG", None, "0874") in _events(engine, "The Taliban handed over the province to tribal elders.")
    # a state handing over a town under an agreement returns it (0842), no military retreat
    got = _events(engine, "Israel handed over the town of Jericho to the Palestinians.")
    assert ("ISR", "PSE", "0842") in got and not {t for t in got if t[2] == "0874"}


def test_a_retreat_only_foreseen_is_not_asserted(engine):
    assert not _events(engine, "Indian troops may withdraw next month.")


# ---------------------------------------------------------------- posture (15x)
def test_warning_shots_are_a_show_of_force_not_a_shooting(engine):
    assert _events(engine, "South Korean soldiers fired warning shots at North Korean troops.") == {
        ("KOR", "PRK", "150")}
    assert ("JPN", None, "150") in _events(engine, "Japanese patrol boats fired warning shots.")
    # shots fired at someone are still a shooting
    assert ("CUB", "USA", "193") in _events(engine, "Cuban gunboats fired shots at an American yacht.")


def test_mobilised_ships_and_coastguards(engine):
    assert ("GRC", "TUR", "154") in _events(engine, "Greece mobilised warships against Turkey.")
    # a coastguard is police power (153); mobilised with no agent named, by its own state
    assert ("JPN", None, "153") in _events(engine, "Twenty Japanese coastguard vessels were mobilised to give chase.")
    # restraint: support or voters mobilised are no forces
    assert not {t for t in _events(engine, "The party mobilised voters in Karachi.") if t[2][:2] == "15"}


# ---------------------------------------------------------------- fire called in (19x)
def test_fire_called_in_on_a_side(engine):
    assert ("USA", "AFG", "195") in _events(engine, "US special forces have called in air strikes on Taliban positions.")
    assert ("ISR", "PSE", "194") in _events(engine, "Israeli soldiers called in tank fire on Palestinian positions.")
    # restraint: a company calls in the receivers, a minister calls in an ambassador
    assert not {t for t in _events(engine, "The bank called in its loans to Mexico.") if t[2][:2] == "19"}


# ---------------------------------------------------------------- measures against a state's mission
def test_embassy_staff_cut_or_downgraded_is_a_reduction_of_relations_with_its_state(engine):
    assert ("IND", "PAK", "161") in _events(engine, "India halved the Pakistani embassy staff.")
    assert ("RUS", "EST", "161") in _events(engine, "Russia cut the Estonian embassy staff in Moscow.")
    assert ("IRN", "GBR", "161") in _events(engine, "Iran downgraded the British embassy in Tehran.")
    # restraint: a firm's staff cuts are no sanction; a mission of no named state is no one's
    assert not _events(engine, "The company cut its staff by 50 per cent.")
    assert not _events(engine, "\"We will downgrade their embassy staff,\" the minister said.")


def test_diplomats_confined_and_aircraft_banned(engine):
    assert ("ETH", "ERI", "172") in _events(engine, "Ethiopia confined Eritrean diplomats to the capital.")
    assert ("IDN", "AUS", "163") in _events(engine, "Indonesia banned Australian aircraft from its airspace.")
    # restraint: an airline's own flight ban on passengers is no state's sanction
    assert not {t for t in _events(engine, "The airline banned smoking on its flights.") if t[2] == "163"}


def test_a_retreat_needs_the_verbs_own_subject(engine):
    # "believed to be fleeing": the fleeing loyalists are not the troops the clause is about
    assert not {t for t in _events(engine, "Hundreds of Afghan troops are scouring the hills for bin Laden "
                                           "loyalists, believed to be fleeing towards Pakistan.") if t[2] == "0874"}
    assert ("AFG", None, "0874") in _events(engine, "Taliban fighters who fled Kandahar regrouped in the mountains.")
    # ... or of the verb it is a conjunct of; ground of any kind they leave
    assert ("AFG", None, "0874") in _events(engine, "Taliban fighters regrouped and fled into the mountains.")
    assert ("IRN", None, "0874") in _events(engine, "Iranian troops fled the battlefield, leaving 220 men killed.")


# ---------------------------------------------------------------- whom an attack on a place is aimed at
def _full(engine, text: str) -> set[tuple]:
    return {(e.source, e.target, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def test_an_attack_on_a_place_where_people_hide_is_aimed_at_them(engine):
    assert ("USAMIL", "ALQ", "195") in _full(engine, "US warplanes attacked caves where al Qaeda fighters were hiding.")
    assert any(t == "ALQ" for _, t, _ in _full(
        engine, "US planes launched attacks on the network of caves where al Qaeda members had been hiding."))
    # restraint: a place where something else happens names no one attacked
    assert not any(t == "ALQ" for _, t, _ in _full(
        engine, "US warplanes attacked caves where al Qaeda had once stored grain."))


def test_a_side_named_by_its_wounded_in_an_exchange_of_fire(engine):
    assert ("IND", None, "190") in _events(engine, "There was an exchange of gunfire in which two Indian soldiers "
                                                   "were killed.")
    # restraint: an exchange of prisoners is no fight
    assert not _events(engine, "There was an exchange of prisoners in which two Indian soldiers were freed.")


def test_ground_abandoned_evacuated_or_given_up_by_armed_forces(engine):
    assert ("AFG", None, "0874") in _events(engine, "Taliban forces abandoned Kandahar on Friday.")
    assert ("SRB", None, "0874") in _events(engine, "Serb forces evacuated the town on Friday.")
    # restraint: a plan or a demand given up is another sense
    assert not _events(engine, "The rebels gave up their demand for a new vote.")
    assert not _events(engine, "The rebels abandoned their plan.")


def test_security_stepped_up_is_a_raised_alert(engine):
    assert ("PAK", "AFG", "152") in _events(engine, "Pakistan stepped up security along its border with Afghanistan.")
    assert ("IND", None, "152") in _events(engine, "Indian troops heightened vigilance along the Line of Control.")
    # its own embassies are no target
    assert ("USA", None, "152") in _events(engine, "The US stepped up security at its embassies.")
    # restraint: security cooperation is no alert
    assert not _events(engine, "The two countries stepped up security cooperation.")


def test_overflight_rights_denied_are_a_sanction_on_the_aircrafts_state(engine):
    assert ("OMN", "IRN", "163") in _events(engine, "Oman denied overflight rights to Iranian aircraft.")
    assert ("IND", "PAK", "163") in _events(engine, "India denied Pakistan overflight rights.")
    # restraint: overflights merely reported are no measure
    assert not _events(engine, "Iranian aircraft made several overflights of the gulf.")


def test_tanks_that_move_out_retreat_but_firms_do_not(engine):
    assert ("ISR", None, "0874") in _events(engine, "Israeli tanks moved out of the town on Monday.")
    assert not _events(engine, "The company moved out of the building.")


def test_a_retreat_verb_with_an_object_of_another_kind_is_no_retreat(engine):
    # figurative: a game's lead, not ground
    assert not _events(engine, "Australia surrendered the lead in the second half.")
    # ground or the forces themselves as the object keep the retreat
    assert ("AFG", None, "0874") in _events(engine, "The Taliban surrendered Kandahar.")
    assert ("ISR", "LBN", "0874") in _events(engine, "Israel pulled its troops out of Lebanon on Monday.")


@pytest.mark.parametrize("text", [
    "The Indian team pulled out of the tournament.",                   # sport
    "British Airways banned its aircraft from flying over Iraq.",      # an airline's own ban
    "Qantas reduced its staff by 50 per cent.",                        # a firm's staff cut
    "The Australian batsmen surrendered the initiative.",              # figurative
])
def test_sport_firms_and_figures_of_speech_are_no_operations(engine, text):
    assert not {t for t in _events(engine, text) if t[2][:2] in ("08", "15", "16", "17", "19")}, text


def test_a_retreat_of_the_past_is_history(engine):
    got = {(e.source_country, e.code, e.status) for e in engine.code_text(
        "Soviet troops withdrew from Afghanistan in 1989, ending a decade of occupation.", DAY)}
    assert ("RUS", "0874", "historical") in got and not any(e.asserted for e in engine.code_text(
        "Soviet troops withdrew from Afghanistan in 1989, ending a decade of occupation.", DAY) if e.code == "0874")


def test_ships_mobilised_for_a_rescue_are_no_show_of_force(engine):
    assert not _events(engine, "Japan mobilised ships and helicopters to search for the missing fishermen.")
