"""Force used on someone the text does not name (session 9): "US planes bombarded vehicles",
"sank an unidentified boat" are events with a known source and an unknown target; rebels'
and police's force with no victim named falls at home. Our own sentences, each with a
restraint case."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.root) for e in engine.code_text(text, day) if e.asserted}


def test_force_on_things_or_people_of_no_named_side_has_an_unknown_target(engine):
    assert ("USA", None, "19") in _events(engine, "US planes bombarded vehicles near Sharana on Sunday.")
    assert ("JPN", None, "19") in _events(engine, "The Japanese coast guard sank an unidentified boat on Saturday.")
    assert ("RUS", None, "19") in _events(engine, "Russian jets bombed a convoy of trucks on Monday.")
    assert ("ISR", None, "19") in _events(engine, "Israeli troops shot dead a man who tried to flee.")


def test_rebels_force_on_unnamed_things_falls_at_home(engine):
    assert ("AFG", "AFG", "18") in _events(engine, "Afghan guerrillas blew up a bridge on Sunday.")


def test_a_named_side_stays_the_target_and_an_unresolved_name_codes_nothing(engine):
    # restraint: the victims' side named in the phrase is the target
    assert ("ISR", "PSE", "19") in _events(engine, "Israeli troops shot dead a Palestinian who tried to flee.")
    assert ("ISR", None, "19") not in _events(engine, "Israeli troops shot dead a Palestinian who tried to flee.")
    # a name the knowledge base lacks may be an actor: no event rather than a guess
    assert not _events(engine, "Ruritanian jets bombed the Zembla Brigade on Monday.")
    # a weapon in the object is no victim ("fired two shells near a ship"): nothing is said of whom it hit
    assert not any(t is None for _, t, _ in _events(engine, "North Korea fired two artillery shells on Thursday."))


def test_unknown_victims_are_still_subject_to_restraint(engine):
    assert not _events(engine, "US planes may bomb vehicles near Sharana.")
    assert not _events(engine, "US planes did not bomb vehicles near Sharana.")


def test_the_victims_of_an_act_whose_target_is_named_are_not_a_second_unknown(engine):
    got = _events(engine, "Afghan warplanes killed 22 people in a bombing of a Pakistani village.")
    assert ("AFG", "PAK", "19") in got
    assert not any(t is None for _, t, _ in got)


def test_force_verbs_on_abstract_objects_are_figurative(engine):
    # "hit a record", "attack the deficit": no side named and nothing force strikes
    assert not _events(engine, "Taiwan's trade surplus with the United States hit a record last year.")
    assert not _events(engine, "Congress must attack the trade deficit, the senator said.")


def test_an_attack_named_by_its_weapon_takes_the_weapons_code(engine):
    def codes(text):
        return {e.code for e in engine.code_text(text, DAY) if e.asserted}
    assert "1831" in codes("Hamas carried out a suicide bombing in Jerusalem.")
    assert "1831" in codes("Islamic Jihad launched a suicide attack on an Israeli bus.")
    assert "1832" in codes("The IRA carried out a car bombing in London.")
    # restraint: air raids stay air strikes
    assert "195" in codes("Israel carried out airstrikes on Gaza.")


def test_an_attack_in_a_capital_strikes_the_place_not_the_government(engine):
    got = {(e.source_country, e.target) for e in engine.code_text("The IRA carried out a car bombing in London.", DAY)
           if e.asserted}
    assert ("GBR", "GBR") in got and ("GBR", "GBRGOV") not in got
    # restraint: a protest to a capital is to its government
    assert ("ISR", "RUSGOV") in {(e.source_country, e.target) for e in engine.code_text(
        "Israel protested to Moscow.", DAY)}


def test_a_named_armed_groups_force_on_no_one_named_is_not_placed_at_home(engine):
    # generic rebels act at home; Hamas's bombings strike Israel as often as anyone at home
    got = {(e.source, e.target_country) for e in engine.code_text("Hamas bombings continued on Sunday.", DAY)}
    assert ("HMS", "PSE") not in got


def test_a_states_force_on_no_one_named_strikes_the_one_other_state_the_sentence_names(engine):
    got = _events(engine, "Residents who left Kandahar on Monday said there had been no let-up in the US bombing.")
    assert ("USA", "AFG", "19") in got
    # restraint: those who report it are no victims, and two other states leave it unknown
    assert ("USA", None, "19") in _events(engine, "The US bombing continued, Pakistani officials said.")
    assert ("USA", None, "19") in _events(
        engine, "US planes bombarded vehicles on Sunday as Russian and Chinese diplomats met.")


def test_rebels_force_placed_at_home_gives_way_to_the_victims_the_sentence_names(engine):
    got = _events(engine, "Palestinian gunmen launched ambushes, wounding three Jewish settlers.")
    assert ("PSE", "ISR", "19") in got and ("PSE", "PSE", "19") not in got


def test_a_state_named_only_as_where_the_reporter_is_based_is_no_victim(engine):
    got = _events(engine, "The Pakistan-based news agency said US jets bombed several vehicles on Saturday.")
    assert ("USA", None, "19") in got and ("USA", "PAK", "19") not in got
