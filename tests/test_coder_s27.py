"""Constructions of session 27, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes, country_codes

DAY = "2023-11-20"
OLD = "1987-03-05"


def test_accusations_dismissed_are_denied(code):
    # CAMEO 016 covers denying accusations: dismissing them is that, like rejecting them
    assert ("RUS", "USA", "016") in country_codes(code("Russia dismissed the American accusations.", DAY))
    assert [e.code for e in code("The Kremlin dismissed the accusations as baseless.", DAY)] == ["016"]
    # ... while an appeal dismissed is still a rejection
    assert ("SYR", "FRA", "120") in country_codes(code("Syria dismissed an appeal from France.", DAY))


def test_retaliation_and_other_options_considered(code):
    for s in ("The Reagan administration is considering retaliation against Japan.",
              "Washington is weighing action against Japan.",
              "The United States contemplated countermeasures against Japan."):
        assert ("USA", "JPN", "014") in country_codes(code(s, OLD)), s
    # ... considering what is no measure is no policy option
    assert not code("Japan is considering a visit by its trade minister.", OLD)


def test_a_head_of_government_tagged_as_a_common_noun_is_still_named(code):
    # the tagger reads a sentence-initial "Reagan" as a noun; "reagan" is in the lemmatizer's tables
    assert actor_codes(code("Reagan accepted responsibility for the diversion of funds.", OLD)) == {
        ("USAGOV", None, "015")}
    # ... but a common word that is a minor officeholder's surname stays a word
    assert ("JPNAGR", "JPNGOV", "141") in actor_codes(code("Rice farmers protested in Tokyo.", OLD))
    assert not [e for e in code("Rice farmers protested in Tokyo.", "2006-06-01") if e.source.startswith("USA")]


def test_a_possessor_title_does_not_make_the_thing_owned_a_government_act(code):
    # "President Reagan's speech on the Iran arms scandal" is Reagan's, not Iran's
    got = actor_codes(code("Republicans hailed President Reagan's speech on the Iran arms scandal.", OLD))
    assert got and all(t == "USAGOV" for _, t, _ in got)
    assert ("FRA", "USAGOV", "051") in actor_codes(code("France praised President Biden's speech on Ukraine.", DAY))
    # ... while a sector in the phrase's own words still names the act's aim
    assert ("FRA", "RUS", "111") in country_codes(code("France condemned Russia's attack on Ukraine.", DAY))


def test_a_hyphenated_town_the_tokenizer_split_is_a_place(code):
    # "Mazar-e-Sharif" is split into five tokens, and its last, "Sharif", is also a family name
    assert ("AFG", "AFG", "192") in country_codes(
        code("The Northern Alliance captured the town of Mazar-e-Sharif.", "2001-11-10"))
    # ... while "Novi Sad", two words, is still found by its words before it
    assert ("SRB", "SRB", "192") in country_codes(code("The rebels captured the city of Novi Sad.", "2001-11-10"))


def test_an_oasis_named_by_its_of_phrase_is_a_place(code):
    assert ("LBY", "TCD", "192") in country_codes(code("Libyan troops captured the oasis of Faya Largeau.", OLD))
    # ... as is the part of a town named by its lemma ("suburbs" is "suburb")
    assert ("RUS", "UKR", "194") in country_codes(code("Russian forces shelled the suburbs of Kyiv.", DAY))


def test_proposals_submitted_presented_tabled_or_made_to_a_state(code):
    for s in ("The United States made new proposals to the Soviet Union.",
              "The United States submitted a new proposal to the Soviet Union.",
              "The United States presented a peace plan to the Soviet Union.",
              "The United States tabled a counterproposal to the Soviet Union."):
        assert ("USA", "RUS", "030") in country_codes(code(s, OLD)), s
    # ... a proposal made public is no offer to anyone
    assert not code("The ministry made the proposals public.", OLD)


def test_a_place_of_the_takers_own_state_taken_back_names_the_side_it_was_taken_from(code):
    got = country_codes(code("Chadian troops have recaptured the northern oasis of Faya Largeau, which was the main "
                             "base of Libyan troops in northern Chad.", OLD))
    assert ("TCD", "LBY", "190") in got and ("TCD", "TCD", "190") not in got
    # ... and none when the sentence names no other side; a "from" phrase still names it
    assert ("UKR", "UKR", "190") not in country_codes(code("Ukrainian forces recaptured the town of Kupiansk.", DAY))
    assert ("UKR", "RUS", "190") in country_codes(
        code("Ukrainian forces recaptured the city of Kherson from Russian troops.", DAY))


def test_a_leader_called_by_title_and_name_is_a_phone_call(code):
    # the parser reads the name after "called" as what someone is called ("called him Xi")
    for s in ("Biden called Chinese President Xi Jinping on Monday.",
              "Biden called Xi, the Chinese president, on Monday.",
              "U.S. President Joe Biden called Chinese leader Xi Jinping on Thursday."):
        assert ("USA", "CHN", "041") in country_codes(code(s, "2024-05-20")), s
    # ... but a name given is no call, known insult or not
    assert not code("They called him Xi.", "2024-05-20")
    got = country_codes(code("Argentina's President Javier Milei called Spain's prime minister stupid, prompting "
                             "Madrid to withdraw its ambassador.", "2024-05-20"))
    assert not [c for c in got if c[2] == "041"]
    assert not [e for e in code("Milei called Spain's prime minister stupid.", "2024-05-20") if e.code == "041"]
    # ... while a call to someone an apposition describes is still a call
    assert ("CHN", "AUS", "041") in country_codes(code("The Chinese premier called his Australian counterpart, a "
                                                       "veteran diplomat.", "2024-05-20"))


def test_insults_named_are_criticism(code):
    got = country_codes(code("Argentina's President Javier Milei called Spain's prime minister corrupt, prompting "
                             "Madrid to withdraw its ambassador.", "2024-05-20"))
    assert ("ARG", "ESP", "111") in got and not [c for c in got if c[2] == "041"]
    assert ("USA", "PRK", "111") in country_codes(code("Trump called Kim Jong Un a madman.", "2018-01-20"))
    assert ("RUS", "UKR", "111") in country_codes(code("Putin called Zelensky a Nazi.", "2022-03-01"))


def test_relations_paused_are_reduced(code):
    assert ("MEX", "ECU", "161") in country_codes(code("Mexico paused relations with Ecuador.", "2024-05-20"))


def test_gangs_traffickers_and_pirates_are_criminals(code):
    got = actor_codes(code("Somali pirates seized a Greek tanker off the coast of Somalia.", "2010-03-20"))
    assert ("SOMCRM", "GRC", "1711") in got
    got = actor_codes(code("Mexican drug traffickers killed 12 soldiers in Michoacan.", "2010-03-20"))
    assert ("MEXCRM", "MEXMIL", "190") in got
    assert ("HTICOP", "HTICRM", "173") in actor_codes(code("Police arrested the gang leader in Port-au-Prince.",
                                                           "2024-03-20"))


def test_a_group_of_unidentified_gunmen_is_no_known_attacker(code):
    # restraint: as "killed by unidentified gunmen", whoever they were the text does not say
    for s in ("Haitian President Jovenel Moise was assassinated by a group of unidentified gunmen.",
              "Haitian President Jovenel Moise was assassinated by unidentified gunmen."):
        assert not [e for e in code(s, "2021-07-07") if e.source_country == "HTI"], s
    # ... while a group the text names is still the attacker
    assert ("ISR", "PSE", "193") in country_codes(code("A Palestinian was shot dead by a group of Jewish settlers.",
                                                       "2021-07-07"))


def test_a_final_warning_is_an_ultimatum(code):
    for s in ("Trump issued a final warning to Hamas.", "Trump issued what he called a last warning to Hamas.",
              "Israel gave Hamas a final warning."):
        assert [e.code for e in code(s, "2025-03-05")] == ["139"], s
    assert [e.code for e in code("Turkey issued a warning to Greece.", "2025-03-05")] == ["130"]


def test_countermeasures_vowed_or_threatened_are_threats_not_force(code):
    assert ("CHN", "USA", "130") in country_codes(
        code("Beijing vowed countermeasures against the United States.", "2025-03-05"))
    assert ("RUS", "FIN", "130") in country_codes(code("Russia threatened countermeasures against Finland.", "2023-03-05"))
    assert ("IRN", "ISR", "138") in country_codes(code("Iran vowed revenge against Israel.", "2025-03-05"))


def test_two_states_pledging_cooperation_pledge_it_to_each_other(code):
    got = country_codes(code("West Germany and France pledged closer military cooperation.", OLD))
    assert {("DEU", "FRA", "030"), ("FRA", "DEU", "030")} <= got
    # ... one state's pledge with a partner named stays one way
    assert country_codes(code("Japan pledged closer cooperation with China.", OLD)) == {("JPN", "CHN", "030")}


def test_a_state_that_presses_is_not_the_bare_government_pressed(code):
    # restraint: "the Government" here is the reporter's own, not Indonesia's; it names no one we can code
    for s in ("The Government will not bow to pressure from Indonesia.",
              "The Government will not bow to Indonesian pressure.",
              "The government rejected calls from Jakarta for an inquiry."):
        assert not [e for e in code(s, "2002-03-20", all=True) if e.source_country == "IDN"], s
    # ... while a government the phrase names still bows (or not)
    assert [e.source for e in code("The Indonesian government will not bow to pressure.", "2002-03-20", all=True)
            ] == ["IDNGOV"]


def test_a_party_named_like_another_states_is_its_own_states(code):
    assert ("AUSPTY", "AUSGOV", "111") in actor_codes(
        code("The Australian Democrats criticised the Government.", "2001-12-20"))
    assert [e.source for e in code("German Social Democrats criticised Merkel.", "2001-12-20")] == ["DEUPTY"]
    # ... the bare name is still the party the knowledge base knows
    assert [e.source for e in code("The Democrats criticised Bush.", "2001-12-20")] == ["DEM"]


def test_a_reaction_an_act_prompted_is_aimed_at_its_doer(code):
    got = country_codes(code("Moscow and Beijing held joint naval drills in the Sea of Japan, prompting Tokyo to lodge a "
                             "protest.", "2024-09-20"))
    assert {("JPN", "RUS", "114"), ("JPN", "CHN", "114")} <= got
    assert ("JPN", "RUS", "114") in country_codes(code("Russia held drills near Japan, prompting Tokyo to protest.",
                                                       "2024-09-20"))
    # ... a target the reaction names itself is kept
    assert ("CHN", "USA", "114") in country_codes(
        code("The U.S. sent warships through the strait, prompting Beijing to summon the U.S. ambassador.", "2024-09-20"))


def test_attacks_something_is_protected_from_are_feared_not_reported(code):
    # the parser hangs "from Iranian attacks" on the tankers, not on "protect"
    got = country_codes(code("Kuwait has asked the Soviet Union and the United States to protect its tankers from "
                             "Iranian attacks.", OLD))
    assert ("KWT", "USA", "0234") in got and not [c for c in got if c[0] == "IRN"]
    assert [e.code for e in code("Iranian attacks on shipping have increased.", OLD)] == ["190"]


def test_a_crossing_opened_is_opened_to_the_other_side_never_to_the_openers_people(code):
    assert not [e for e in code("Egypt opened the Rafah crossing.", "2024-06-20") if e.target_country == "EGY"]
    assert not [e for e in code("Pakistan reopened the Torkham border crossing.", "2024-06-20")
                if e.target_country == "PAK"]
    assert ("EGY", "PSE", "081") in country_codes(code(
        "Egypt opened the Rafah crossing on Saturday to let the first 20 trucks of humanitarian aid into Gaza.",
        "2024-06-20"))
    # ... a curfew relaxed is still eased for the state's own people
    assert ("BGD", "BGD", "0813") in country_codes(code("Bangladesh relaxed its nationwide curfew.", "2024-06-20"))


def test_an_act_a_which_clause_condemns_is_its_doers(code):
    got = country_codes(code("South Korea and the United States began annual military drills, which Pyongyang "
                             "condemned as a rehearsal for invasion.", "2023-11-22"))
    assert {("PRK", "KOR", "111"), ("PRK", "USA", "111")} <= got
    assert ("HMS", "ISR", "120") in actor_codes(code("Israel released a report which Hamas rejected.", "2023-11-22"))


def test_de_escalate_is_one_word(code):
    # the tokenizer split "de-escalate" into "de", "-", "escalate", parsed as adjectives of "tensions"
    # (020 until session 29; the de-escalation bidden now makes the appeal one for de-escalation, 0256)
    got = actor_codes(code("The European Union called on Serbia and Kosovo to de-escalate tensions.", "2024-08-02"))
    assert {("EEC", "SRB", "0256"), ("EEC", "KOS", "0256")} <= got
    assert ("EEC", "SRB", "020") in actor_codes(code("The EU called on Serbia to de-escalate.", "2024-08-02"))


def test_a_peace_plan_proposed_for_a_state(code):
    got = country_codes(code("Egypt, Qatar and the United States proposed a new ceasefire plan for Gaza.", "2024-08-02"))
    assert {("EGY", "PSE", "037"), ("QAT", "PSE", "037"), ("USA", "PSE", "037")} <= got
    assert ("FRA", "UKR", "037") in country_codes(code("France proposed a peace plan for Ukraine.", "2024-08-02"))


def test_a_body_linked_or_affiliated_to_a_state_is_not_that_state(code):
    got = country_codes(code("Ukraine's parliament approved a law banning the Russian-linked Orthodox church.",
                             "2024-11-02"))
    assert not [c for c in got if c[1] == "RUS"]
    # ... while what a state controls or owns is still its own
    assert ("UKR", "RUS", "194") in country_codes(code("Ukrainian forces shelled Russian-controlled territory.",
                                                       "2024-11-02"))
    assert ("IRN", "USA", "1711") in country_codes(code("Iran seized a U.S.-owned tanker.", "2024-11-02"))


def test_two_states_doing_a_mutual_act_named_by_a_noun_do_it_with_each_other(code):
    got = country_codes(code("India and China completed disengagement at two friction points along their disputed "
                             "border.", "2024-11-02"))
    assert {("IND", "CHN", "087"), ("CHN", "IND", "087")} <= got
    assert not code("India completed disengagement.", "2024-11-02")
