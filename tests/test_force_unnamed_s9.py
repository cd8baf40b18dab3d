"""Attack nouns and fire with their owner named and no victim (session 9): "the US bombing
continued", "aerial attacks from US warplanes", "Israeli soldiers returned fire" are acts of
force with a known source and an unknown target, as the verbs of test_unknown_victims.py are.
Our own sentences; each construction with its restraint cases (figurative attacks, history,
predictions and questions, a named victim side, names we cannot resolve)."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, day) if e.asserted}


def _flagged(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code, e.status) for e in engine.code_text(text, day)
            if not e.asserted}


# ---------------------------------------------------------------- attack nouns with an owner alone
def test_an_attack_noun_with_its_owner_and_no_victim_has_an_unknown_target(engine):
    assert _events(engine, "The US bombing continued on Sunday.") == {("USA", None, "195")}
    assert ("ISR", None, "195") in _events(engine, "Israeli air raids killed six people on Monday.")
    assert ("USA", None, "194") in _events(engine, "Residents reported a further cranking up of US bombardments.")
    assert ("RUS", None, "194") in _events(engine, "The Russian shelling of the town continued.")


def test_the_attacker_of_an_attack_noun_in_a_by_or_from_phrase(engine):
    assert ("USA", None, "195") in _events(engine, "Aerial attacks by US planes continued on Monday.")
    # "from" names the attacker when it is a force or a craft ...
    assert ("USA", None, "195") in _events(engine, "The town was shaken by aerial attacks from US warplanes.")
    # ... not a territory: "rocket attacks from Gaza" come from a place, not its state
    assert not _events(engine, "Rocket attacks from Lebanon continued on Monday.")


def test_a_light_verb_attack_with_no_victim_named(engine):
    assert ("USA", None, "195") in _events(engine, "American planes have been carrying out heavy bombings.")
    assert ("ISR", None, "190") in _events(engine, "The Israeli army launched an offensive on Monday.")
    assert not _events(engine, "Dock workers launched a strike on Monday.")  # a strike of labour


def test_a_named_place_gives_the_target_and_a_named_side_stays_the_target(engine):
    assert ("USA", "AFG", "195") in _events(engine, "The US bombing continued near Kandahar on Sunday.")
    got = _events(engine, "Israeli air strikes on Gaza killed six people.")
    assert ("ISR", "PSE", "195") in got and not any(t is None for _, t, _ in got)
    # the victims' side named by a participle: the unknown-target event is dropped for the named one
    got = _events(engine, "Israeli air raids killed six Palestinians on Monday.")
    assert ("ISR", "PSE", "195") in got and not any(t is None for _, t, _ in got)
    # "X was the target of Y's attacks": the subject is the victim
    assert _events(engine, "Saudi tankers were the target of Iranian attacks.") == {("IRN", "SAU", "190")}
    # force in one's own country's named place: whose victims, the text does not say
    assert not _events(engine, "Indian shelling near Srinagar continued.")


def test_an_unresolved_name_in_the_victims_place_codes_no_unknown_target(engine):
    assert not _events(engine, "Ruritanian raids on Zembla continued on Monday.")
    assert not _events(engine, "Syrian forces launched an offensive against besieged Zembla on Monday.")


def test_figurative_attacks_code_nothing(engine):
    assert not _events(engine, "The government launched a diplomatic offensive on Monday.")
    assert not _events(engine, "The film was a bombing at the box office.")
    assert not _events(engine, "The club fired the coach on Monday.")
    assert not any(c[:2] == "19" for _, _, c in _events(engine, "Reporters fired questions at the French minister."))
    # a politician's "attack" is words; a union's "strike" is labour
    assert not _events(engine, "President Bush's attack on Monday was unexpected.")
    assert not _events(engine, "The Polish union's strike continued on Monday.")
    # a state's plain "attack" with no word of war may be a game's
    assert not _events(engine, "The Brazilian attack looked toothless in the second half.")
    assert not _events(engine, "Brazil launched an attack down the left wing.")
    assert ("IRN", None, "190") in _events(engine, "Iraq's war spokesman said Iran had kept up its attacks.")


def test_a_place_or_building_before_the_noun_is_where_it_struck_not_whose(engine):
    assert not any(s == "KEN" and t is None for s, t, _ in _events(engine, "The Kenyan embassy bombing shocked Nairobi."))
    assert not any(t is None for _, t, _ in _events(engine, "The Kabul bombing shocked the world."))


def test_history_predictions_questions_and_halts_are_not_reported_attacks(engine):
    assert not _events(engine, "The 1991 US bombing was recalled by officials.")
    assert not _events(engine, "Will the US bombing continue?")
    assert not _events(engine, "The US bombing will continue, officials said.")
    assert not _events(engine, "The US might resume its bombing.")
    assert not _events(engine, "The United States halted its bombing on Sunday.")
    assert not any(c[:2] == "19" for _, _, c in _events(engine, "Germany opposes US bombing."))
    assert not any(c[:2] == "19" for _, _, c in _events(engine, "Israel denied the raid."))
    assert not _events(engine, "The oil fields have been targets for Iraqi air strikes.")
    assert not _events(engine, "The tankers will get naval protection against Syrian attacks.")


def test_an_attack_noun_set_in_a_verb_of_casualties_is_that_verbs(engine):
    # the verb names the victims and the weapon: no second event at the rebels' home
    got = _events(engine, "Somali militants wounded two Kenyan soldiers in a bomb attack on Thursday.")
    assert ("SOM", "KEN", "183") in got and not any(t in ("SOM", None) for _, t, _ in got)


# ---------------------------------------------------------------- fire with no object
def test_fire_opened_or_returned_at_no_one_named(engine):
    # small arms: "fire" that soldiers open or return is gunfire (193)
    assert _events(engine, "The Israeli soldiers returned fire, but the men escaped.") == {("ISR", None, "193")}
    assert _events(engine, "Israeli soldiers opened fire on Tuesday.") == {("ISR", None, "193")}
    assert ("THA", "KHM", "193") in _events(engine, "Thai soldiers returned fire on Cambodian troops.")
    assert _flagged(engine, "Israeli troops did not open fire.") == {("ISR", None, "193", "negated")}
    # a gathering of people of no named side fired on
    assert _events(engine, "Burmese soldiers opened fire on a funeral procession.") == {("MMR", None, "193")}
    assert ("ISR", "PSE", "193") in _events(engine, "Israeli troops opened fire on Palestinian demonstrators.")


def test_an_exchange_of_fire_with_one_side_named(engine):
    assert ("IND", None, "190") in _events(engine, "Indian troops were caught in an exchange of fire on Monday.")
    assert ("IND", None, "190") in _events(engine, "Indian troops exchanged fire on Monday.")
    # two sides named trade fire with each other
    got = _events(engine, "India and Pakistan exchanged fire on Monday.")
    assert {("IND", "PAK", "190"), ("PAK", "IND", "190")} <= got and not any(t is None for _, t, _ in got)


def test_fire_restraint(engine):
    # a politician's "opening fire" is words; weapons fired say nothing of whom they hit
    assert not _events(engine, "The senator opened fire on the budget plan.")
    assert not _events(engine, "The White House returned fire on Monday.")
    assert not any(t is None for _, t, _ in _events(engine, "North Korea fired two artillery shells on Thursday."))
    # a pronoun's antecedent is a guess: "they" may be the gunmen, not the army named before
    assert not _events(engine, "An army officer said the gunmen ran into a patrol and then they opened fire.")
