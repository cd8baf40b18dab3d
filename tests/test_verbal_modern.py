"""What states say they will do, promise, refuse and threaten, in modern wordings, one case each,
with small sentences written for these tests (never taken from a gold set).

Each case is (sentence, expected (source country, target country, code) triple of the *asserted*
events that must be among those coded). Every construction has restraint cases beside it: a
pundit's forecast, a question, a negated or conditional reading, a past fact, no deadline.
"""

from __future__ import annotations

import pytest


def countries(events):
    return {(e.source_country, e.target_country, e.code) for e in events}


def rules(events, prefix):
    return [e for e in events if e.rule.startswith(prefix)]


# ------------------------------------------------ readiness to answer any attack: a conditional threat
RETALIATION = [
    ("Pakistan said it was ready to respond to any attack by India.", ("PAK", "IND", "138")),
    ("Seoul will respond firmly to any aggression from North Korea, the defence minister said.",
     ("KOR", "PRK", "138")),
    ("The Greek government is prepared to respond to any provocation by Turkey.", ("GRC", "TUR", "138")),
]

RETALIATION_RESTRAINT = [
    "Israel responded to the attack by Hamas with air strikes.",  # a past answer: its own verbs tell how
    "Will Pakistan respond to any attack by India?",  # a question
    "Pakistan would not respond to any attack by India, analysts said.",  # negated, a pundit's forecast
    "Analysts expect that India will respond to any attack by Pakistan.",  # a forecast, no commitment
]


@pytest.mark.parametrize("text,want", RETALIATION)
def test_readiness_to_respond_to_an_attack_is_a_threat(code, text, want):
    assert want in countries(code(text))


@pytest.mark.parametrize("text", RETALIATION_RESTRAINT)
def test_an_answer_given_asked_or_forecast_is_no_threat(code, text):
    assert not rules(code(text), "vm_respond_to_attack")


# ------------------------------------------------ promised restraint: "will never start a war"
RESTRAINT_PROMISES = [
    ("India will never start a war with Pakistan.", ("IND", "PAK", "0356")),
    ("Pakistan's president said Pakistan would not initiate a conflict with India.", ("PAK", "IND", "0356")),
    ("Greece pledged not to start hostilities against Turkey.", ("GRC", "TUR", "0356")),
]

RESTRAINT_PROMISES_NOT = [
    "India did not start the war with Pakistan in 1971.",  # history, a denial of blame, no promise
    "India started a war with Pakistan.",  # the act itself, not a promise (the pattern is only negated)
    "Will India start a war with Pakistan?",  # a question
    "Analysts said India will not start a war with Pakistan.",  # a pundit's forecast
]


@pytest.mark.parametrize("text,want", RESTRAINT_PROMISES)
def test_promise_not_to_start_a_war_is_an_intent_to_de_escalate(code, text, want):
    evs = code(text)
    assert want in countries(evs)
    assert not any(e.root in ("12", "13", "19") for e in evs)  # neither a refusal nor a threat


@pytest.mark.parametrize("text", RESTRAINT_PROMISES_NOT)
def test_war_started_asked_or_forecast_is_no_promise(code, text):
    assert not any(e.code == "0356" for e in code(text))


# ------------------------------------------------ ending attacks: a de-escalation, never an attack
END_ATTACKS = [
    ("Hamas ended its suicide attacks on Israel.", ("PSE", "ISR", "087")),
    ("The rebel leader promised to end attacks against Colombian troops.", ("COL", "COL", "0356")),
    ("Hezbollah halted its rocket attacks on Israel.", ("LBN", "ISR", "087")),
    ("The militia agreed to stop the violence against Kenya's police.", ("KEN", "KEN", "0356")),
]


@pytest.mark.parametrize("text,want", END_ATTACKS)
def test_ending_attacks_is_a_de_escalation(code, text, want):
    evs = code(text)
    assert want in countries(evs)
    assert not any(e.root in ("13", "19") for e in evs)  # "promised to end attacks" threatens no one


def test_refusing_to_end_attacks_promises_nothing(code):
    evs = code("Hamas vowed never to end its attacks on Israel.")
    assert not any(e.root in ("03", "08") for e in evs)


# ------------------------------------------------ carrying on a war: an attack, and vowed, a threat
CONTINUE_WAR = [
    ("Israel continued its offensive against Hamas in Gaza.", ("ISR", "PSE", "190")),
    ("Hezbollah vowed to continue its holy war against Israel.", ("LBN", "ISR", "138")),
]


@pytest.mark.parametrize("text,want", CONTINUE_WAR)
def test_continuing_a_war_against_someone(code, text, want):
    assert want in countries(code(text))


def test_continuing_a_political_campaign_is_no_war(code):
    assert not any(e.root in ("13", "19") for e in code("Japan continued its campaign against Chinese tariffs."))


# ------------------------------------------------ ultimatums: time given to act
ULTIMATUMS = [
    ("Germany gave Serbia ten days to hand over the suspects.", ("DEU", "SRB", "139")),
    ("The United States gave Syria 72 hours to close the training camps.", ("USA", "SYR", "139")),
]

NO_ULTIMATUM = [
    "Washington gave Japan's negotiators two more days of talks.",  # time granted, no deadline to act
    "The United States gave Syria 72 hours of notice.",
]


@pytest.mark.parametrize("text,want", ULTIMATUMS)
def test_time_given_to_act_is_an_ultimatum(code, text, want):
    assert want in countries(code(text))


@pytest.mark.parametrize("text", NO_ULTIMATUM)
def test_time_given_without_a_task_is_no_ultimatum(code, text):
    assert not any(e.code == "139" for e in code(text))


# ------------------------------------------------ working with someone: cooperation, promised an intent
WORK_WITH = [
    ("Japan worked closely with South Korea on the crisis.", ("JPN", "KOR", "050")),
    ("The United States said it would work with Pakistan to track down the militants.", ("USA", "PAK", "032")),
    ("Australian troops will work with US forces in southern Afghanistan.", ("AUS", "USA", "0312")),
]


@pytest.mark.parametrize("text,want", WORK_WITH)
def test_working_with_another_state(code, text, want):
    assert want in countries(code(text))


def test_working_alone_or_asked_is_no_cooperation(code):
    assert not rules(code("Japanese engineers worked through the night in Tokyo."), "vm_work_with")
    assert not any(e.root == "03" for e in code("Will the United States work with Pakistan?"))


# ------------------------------------------------ rejecting criticism: a rejection of its critic
REJECT_CRITICISM = [
    ("Canberra rejected criticism from Indonesia over the refugee policy.", ("AUS", "IDN", "120")),
    ("Beijing dismissed criticism by Washington of its trade practices.", ("CHN", "USA", "120")),
]


@pytest.mark.parametrize("text,want", REJECT_CRITICISM)
def test_rejecting_criticism_from_a_state(code, text, want):
    assert want in countries(code(text))


def test_rejecting_criticism_of_no_named_critic_codes_no_rejection(code):
    assert not rules(code("Canberra rejected the criticism."), "vm_reject_criticism")


# ------------------------------------------------ questions commit no one (any derived intent or threat)
@pytest.mark.parametrize("text", [
    "Will China impose sanctions on Japan?",
    "Will Japan send aid to Turkey?",
])
def test_a_question_about_the_future_is_no_intent_or_threat(code, text):
    assert not any(e.root in ("03", "13") for e in code(text))


def test_the_same_future_stated_is_a_threat(code):
    assert ("CHN", "JPN", "1312") in countries(code("China will impose sanctions on Japan."))


# ------------------------------------------------ a commitment named as a noun: its owner's promise or threat
PROMISE_NOUNS = [
    ("Kenya's offer to hold talks with Somalia was welcomed in Nairobi.", ("KEN", "SOM", "036")),
    ("Washington welcomed a pledge by Hamas to stop its attacks on Israel.", ("PSE", "ISR", "0356")),
    ("Pakistan's threat to retaliate against India alarmed Washington.", ("PAK", "IND", "138")),
]

PROMISE_NOUNS_NOT = [
    "A plan to attack Iraq was discussed in Washington.",  # nobody's promise named
    "Seoul's refusal to hold talks with Pyongyang angered China.",  # refused, not promised
    "Iran's threat to hold talks with Iraq surprised no one.",  # a threat promises no meeting
]


@pytest.mark.parametrize("text,want", PROMISE_NOUNS)
def test_a_commitment_noun_commits_its_owner(code, text, want):
    assert want in countries(code(text))


@pytest.mark.parametrize("text", PROMISE_NOUNS_NOT)
def test_an_unowned_or_refused_commitment_promises_nothing(code, text):
    assert not any(e.code in ("036", "138", "0356") for e in code(text))


# ------------------------------------------------ forces working beside another state's forces
ALONGSIDE = [
    ("Australian troops will operate with US forces in southern Afghanistan.", ("AUS", "USA", "0312")),
    ("British troops fought alongside American soldiers near Basra.", ("GBR", "USA", "062")),
]


@pytest.mark.parametrize("text,want", ALONGSIDE)
def test_forces_beside_another_states_forces_cooperate(code, text, want):
    assert want in countries(code(text))


def test_a_firm_operating_with_partners_is_no_military_cooperation(code):
    assert not any(e.code[:2] in ("03", "06") for e in code("The Japanese firm operates with Korean partners."))


# ------------------------------------------------ a refusal named as a noun: its owner refuses
def test_a_refusal_noun_is_its_owners_rejection(code):
    assert ("KOR", "PRK", "125") in countries(code("Seoul's refusal to hold talks with Pyongyang angered China."))


def test_a_refusal_noun_of_no_named_owner_rejects_nothing(code):
    assert not any(e.root == "12" for e in code("A refusal to hold talks with Pyongyang would anger China."))


# ------------------------------------------------ a demand with its penalty beside it: a threat
OR_FACE = [
    ("Britain told Japan to open its market or face sanctions.", ("GBR", "JPN", "130")),
    ("France urged Iran to comply with the resolution or face new sanctions.", ("FRA", "IRN", "130")),
]

NO_PENALTY = [
    ("Britain told Japan to open its market and cut tariffs.", ("GBR", "JPN", "10")),  # a demand only
    ("France urged Iran to comply with the resolution.", ("FRA", "IRN", "02")),  # an appeal only
]


@pytest.mark.parametrize("text,want", OR_FACE)
def test_a_demand_or_a_penalty_is_a_threat(code, text, want):
    evs = code(text)
    assert want in countries(evs)
    assert not any(e.root in ("02", "10") for e in evs)


@pytest.mark.parametrize("text,want", NO_PENALTY)
def test_a_demand_without_penalty_stays_a_demand(code, text, want):
    evs = code(text)
    assert want in {(e.source_country, e.target_country, e.root) for e in evs}
    assert not any(e.root == "13" for e in evs)


# ------------------------------------------------ the purpose of a promised act is promised too
def test_the_purpose_of_a_future_act_is_a_threat(code):
    evs = code("Australian forces will deploy to Afghanistan to fight the Taliban.")
    assert any(e.code == "138" and e.source_country == "AUS" for e in evs)


@pytest.mark.parametrize("text", [
    "Analysts said Australia will send troops to fight the Taliban.",  # a pundit's forecast
    "Will Australia send troops to fight the Taliban?",  # a question
    "Australia will probably send troops to fight the Taliban.",  # a guess
    "The United States sent troops to Afghanistan to fight the Taliban.",  # done: the sending is the event
])
def test_the_purpose_of_a_forecast_asked_or_past_act_is_no_threat(code, text):
    assert not any(e.rule == "fight+threat" for e in code(text))
