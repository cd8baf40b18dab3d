"""Stated intents and threats (session 10, CAMEO 03 and 13): readiness to meet aggression still to
come, force explicitly vowed at no one named, meetings scheduled between two sides, and the
restraints (forecasts of others, questions, denials, history). Our own sentences."""

from __future__ import annotations

from datetime import date

DAY = date(2002, 1, 10)


def _events(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, day) if e.asserted}


def _threats(engine, text: str) -> set[tuple]:
    return {x for x in _events(engine, text) if x[2].startswith("13")}


# ---------------------------------------------------------------- readiness to meet aggression (138)
def test_readiness_to_meet_a_named_sides_aggression_threatens_it(engine):
    assert ("TWN", "CHN", "138") in _events(engine, "Taiwan said its forces were ready to face any Chinese invasion.")
    assert ("UKR", "RUS", "138") in _events(engine, "Ukraine vowed to resist any Russian invasion.")
    assert ("LBN", "ISR", "138") in _events(engine, "Lebanon said it would defend itself against any Israeli attack.")
    # the aggressor named by a modifier of the attack, not only by a "by" phrase
    assert ("PAK", "IND", "138") in _events(engine, "Pakistan said it was ready to respond to any Indian attack.")


def test_readiness_to_meet_anyones_aggression_is_a_threat_aimed_at_no_one_named(engine):
    assert ("PAK", None, "138") in _events(engine, "Pakistan said it was ready to respond to any attack.")
    assert ("IRN", None, "138") in _events(engine, "Iran warned it would combat any foreign intervention in the Gulf.")


def test_resisting_an_aggression_that_happened_is_no_threat(engine):
    # restraint: what was done is told by its own verbs; only aggression still to come is braced against
    assert not _threats(engine, "Pakistan responded to an Indian attack on Tuesday.")
    assert not _threats(engine, "Ukraine resisted the Russian invasion.")
    assert not _threats(engine, "Lebanon defended itself against an Israeli attack.")


def test_readiness_that_is_others_forecast_doubt_or_denial_is_no_threat(engine):
    # restraint: analysts' forecast, a mere possibility, a question, a denial, a negated readiness
    assert not _threats(engine, "Analysts expect Pakistan will respond to any attack.")
    assert not _threats(engine, "Pakistan could respond to any Indian attack.")
    assert not _threats(engine, "Will Pakistan respond to any Indian attack?")
    assert not _threats(engine, "Pakistan did not say it was ready to respond to any attack.")
    assert not _threats(engine, "Pakistan is not ready to respond to any attack.")


def test_a_denied_readiness_commits_to_nothing(engine):
    # restraint (a fix to the reporter of "was ready to": the copula's clause is what was said or denied)
    got = _events(engine, "Pakistan did not say it was ready to hold talks with India.")
    assert ("PAK", "IND", "036") not in got
    assert ("PAK", "IND", "036") in _events(engine, "Pakistan said it was ready to hold talks with India.")


# ---------------------------------------------------------------- force vowed at no one named (138)
def test_force_vowed_with_no_victim_named_is_a_threat(engine):
    got = {(t, c) for _, t, c in _events(engine, "Islamic Jihad vowed to continue attacks.")}
    assert (None, "138") in got


def test_force_merely_foretold_with_no_victim_named_is_no_threat(engine):
    # restraint: a plain future or a reporter's guess is not an explicit vow
    assert not _threats(engine, "Islamic Jihad will probably continue attacks.")
    assert not _threats(engine, "Analysts expect Islamic Jihad to continue attacks.")


# ---------------------------------------------------------------- meetings scheduled between two sides (036)
def test_a_scheduled_meeting_between_two_sides_is_both_sides_intent_to_meet(engine):
    got = _events(engine, "A meeting between Indian and Pakistani officials has been arranged for Sunday.")
    assert ("IND", "PAK", "036") in got and ("PAK", "IND", "036") in got
    assert not any(c == "040" for _, _, c in got)  # not yet held: no meeting reported
    got = _events(engine, "A security meeting has been arranged between the Greeks and the Turks.")
    assert ("GRC", "TUR", "036") in got and ("TUR", "GRC", "036") in got
    got = _events(engine, "Talks between Armenia and Azerbaijan will be held next month.")
    assert ("ARM", "AZE", "036") in got and ("AZE", "ARM", "036") in got


def test_meetings_held_possible_unscheduled_or_forecast_are_no_intent(engine):
    # restraint: held (a meeting, 040), a possibility, a negation, others' forecast
    got = _events(engine, "Talks between Armenia and Azerbaijan were held in Paris.")
    assert ("ARM", "AZE", "040") in got and not any(c == "036" for _, _, c in got)
    assert not _events(engine, "Talks between Armenia and Azerbaijan could be held next month.")
    assert not any(c == "036" for _, _, c in _events(engine, "Talks between Armenia and Azerbaijan have not been scheduled."))
    assert not any(c == "036" for _, _, c in _events(
        engine, "Talks between Armenia and Azerbaijan will be held next month, analysts predicted."))


# ---------------------------------------------------------------- history
def test_an_intent_said_long_ago_is_history(engine):
    # restraint: the offer carries an old date; its intent is no news of today
    assert ("CHN", "IND", "036") not in _events(engine, "In 1950 China offered to hold talks with India.")
    assert ("CHN", "IND", "036") in _events(engine, "China offered to hold talks with India.")


# ---------------------------------------------------------------- hostile steps still to come (130), peacekeeping (0334)
def test_a_hostile_step_still_to_come_threatens_its_target(engine):
    assert ("GRC", "TUR", "130") in _events(engine, "Greece said it would take action against Turkey.")
    # restraint: a step taken is told by its own verbs; one urged on another is the urging, no threat
    assert not _threats(engine, "Greece took action against Turkey.")
    assert not _threats(engine, "The United States urged Pakistan to take action against the militants.")
    assert not _threats(engine, "Greece might take action against Turkey.")


def test_a_force_still_to_be_led_is_an_intent_to_keep_the_peace(engine):
    assert ("TUR", "AFG", "0334") in _events(engine, "Turkey will lead the international security force in Afghanistan.")
    # restraint: a force led in the past or a forecast of others is no intent
    assert not _events(engine, "Britain led the peacekeeping force in Bosnia.")
    assert ("TUR", "AFG", "0334") not in _events(
        engine, "Analysts expect Turkey will lead the international security force in Afghanistan.")


def test_would_not_hesitate_is_a_commitment(engine):
    assert ("IND", "PAK", "138") in _events(engine, "India said it would not hesitate to strike back at Pakistan.")
    # restraint: hesitating to act is not acting, nor promising to
    assert not _events(engine, "India hesitated to strike Pakistan.")
    assert not _threats(engine, "India said it would hesitate to strike Pakistan.")


def test_an_audience_is_a_meeting_and_a_future_one_an_intent_to_meet(engine):
    assert ("JPN", "SAU", "040") in _events(engine, "Japan's foreign minister had an audience with the Saudi king.")
    got = _events(engine, "Japan's foreign minister will have an audience with the Saudi king.")
    assert ("JPN", "SAU", "036") in got and ("JPN", "SAU", "040") not in got


# ---------------------------------------------------------------- retaliation vowed with no one named
def test_retaliation_vowed_is_aimed_at_whoever_struck_first(engine):
    got = _events(engine, "Palestinian gunmen killed three Israeli soldiers on Monday. Israel vowed to retaliate.")
    assert ("ISR", "PSE", "138") in got
    # with no attacker in the sentences before, a vow still threatens, aimed at no one named
    assert ("ISR", None, "138") in _events(engine, "Israel vowed to retaliate.")


def test_retaliation_done_denied_foretold_or_renounced_is_no_threat(engine):
    assert not _threats(engine, "Israel retaliated on Tuesday.")
    assert not _threats(engine, "Israel did not retaliate.")
    assert not _threats(engine, "Israel will retaliate, analysts said.")
    assert not _threats(engine, "Israel vowed not to retaliate.")


# ---------------------------------------------------------------- named measures, befitting replies, offers renewed
def test_a_threat_with_a_named_measure_takes_its_code(engine):
    assert ("POL", "BLR", "1312") in _events(engine, "Poland threatened Belarus with new sanctions.")
    assert ("TUR", "SYR", "138") in _events(engine, "Turkey threatened Syria with military action.")
    # a plain threat stays generic
    assert ("TUR", "SYR", "130") in _events(engine, "Turkey threatened Syria.")


def test_a_befitting_reply_promised_to_aggression_threatens_force(engine):
    assert ("PAK", "IND", "138") in _events(engine, "Pakistan vowed to give a befitting reply to any Indian aggression.")
    assert ("PAK", None, "138") in _events(engine, "Pakistan said it would give a befitting reply to any aggression.")
    # restraint: a reply given is no threat
    assert not _threats(engine, "Pakistan gave a befitting reply to the aggression.")


def test_an_offer_of_holding_talks_renewed_is_an_intent_to_meet(engine):
    assert ("PAK", "IND", "036") in _events(engine, "Musharraf repeated his offer of holding talks with Vajpayee.")
    # restraint: an offer rejected or not renewed is no intent of the one named
    assert not _events(engine, "Musharraf has not renewed his offer of holding talks with Vajpayee.")


# ---------------------------------------------------------------- pledges won from or made to another
def test_a_pledge_won_from_another_is_that_ones_promise(engine):
    assert ("PAK", "USA", "030") in _events(engine, "Washington won a pledge from Islamabad to close the camps.")
    assert ("ARG", "GBR", "030") in _events(engine, "Britain secured a commitment from Argentina to resume the flights.")
    # restraint: a pledge only hoped for is no promise made; a contract won is no pledge
    assert ("ARG", "GBR", "030") not in _events(engine, "Britain hopes to secure a commitment from Argentina.")
    assert not _events(engine, "The company won a contract from Iraq.")


def test_a_commitment_made_or_given_to_another_is_a_promise_to_it(engine):
    assert ("SDN", "EGY", "030") in _events(engine, "Khartoum made a commitment to Cairo to share the water.")
    assert ("RUS", "UKR", "030") in _events(engine, "Moscow gave a guarantee to Kiev on the gas supplies.")
    # restraint: a commitment to a goal names no one it is made to
    assert not _events(engine, "Khartoum made a commitment to peace.")


# ---------------------------------------------------------------- close to an agreement
def test_sides_close_to_an_agreement_intend_it_and_have_not_yet_made_it(engine):
    got = _events(engine, "Japan and China are close to reaching an agreement on fishing.")
    assert ("JPN", "CHN", "030") in got and ("CHN", "JPN", "030") in got
    assert not any(c == "057" for _, _, c in got)  # not yet reached
    # restraint: not close; came close (and did not); close to an attack is no one's threat
    assert not _events(engine, "Japan is not close to signing a trade deal with China.")
    assert not _events(engine, "India and Pakistan came close to going to war.")
    assert not _threats(engine, "Israel is close to attacking Iran.")


# ---------------------------------------------------------------- a stated readiness or resolve
def test_a_stated_readiness_or_resolve_is_an_intent(engine):
    assert ("PAK", "IND", "030") in _events(engine, "Pakistan reiterated its readiness to resume talks with India.")
    assert ("SYR", "ISR", "138") in _events(engine, "Syria reaffirmed its determination to fight Israel.")


def test_a_readiness_doubted_or_denied_is_no_intent(engine):
    # restraint: another's doubt, question or denial of it reports no one's intent
    assert not _events(engine, "India doubted Pakistan's determination to crack down on the militants.")
    assert ("SYR", "ISR", "138") not in _events(engine, "Israel questioned Syria's determination to fight Israel.")
    assert ("IRN", "IRQ", "138") not in _events(engine, "Iran has no intention of attacking Iraq.")


def test_a_meeting_due_set_or_to_be_held_is_both_sides_intent_and_no_meeting_yet(engine):
    for text in ("Talks between Armenia and Azerbaijan are due to be held next month.",
                 "Talks between Armenia and Azerbaijan are set to resume on Monday.",
                 "Talks between Armenia and Azerbaijan are to resume on Monday.",
                 "Talks between Armenia and Azerbaijan will resume on Monday."):
        got = _events(engine, text)
        assert ("ARM", "AZE", "036") in got and ("AZE", "ARM", "036") in got, text
        assert not any(c == "040" for _, _, c in got), text


def test_a_meeting_others_expect_is_no_meeting_and_no_intent(engine):
    # restraint: a forecast ("expected", "likely") is neither a meeting held nor the sides' stated intent
    for text in ("Talks between Armenia and Azerbaijan are expected to resume on Monday.",
                 "Talks between Armenia and Azerbaijan are likely to be held next month."):
        assert not _events(engine, text), text


def test_a_pledge_won_from_two_is_each_ones_to_the_winner(engine):
    # (a fix to the swap of an inverse pattern with two targets: not "Chile to Argentina")
    got = _events(engine, "Brazil received assurances from Argentina and Chile on the dam.")
    assert ("ARG", "BRA", "030") in got and ("CHL", "BRA", "030") in got
    assert ("CHL", "ARG", "030") not in got


def test_an_action_not_aimed_by_an_against_phrase_threatens_no_one(engine):
    # restraint: whom a step is against must be said; a conditional's subject is no target
    assert not _threats(engine, "He declined to say what action Greece would take if Turkey continues to drill.")
