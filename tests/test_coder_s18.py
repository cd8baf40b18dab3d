"""Constructions of session 18: parses the small model gets wrong in wire copy, owners and targets
of nominal acts, places struck, reactions aimed by the measure beside them, and restraint (a
condition set, a war named as history). Sentences written for these tests. Uses the ``code``
fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes, country_codes

DAY = "2024-06-01"


# ----------------------------------------------------------------------------- parses repaired

def test_a_past_form_read_as_a_modifier_is_the_verb(code):
    # the parser reads "scrambled" as a modifier of "jets" and "entered" as the sentence's verb
    got = country_codes(code("South Korea scrambled fighter jets after Chinese and Russian military aircraft "
                          "entered its air defence zone.", DAY))
    assert ("KOR", "CHN", "150") in got and ("KOR", "RUS", "150") in got
    assert ("CHN", "KOR", "150") in got  # the entry itself is still coded


def test_jets_scrambled_as_others_cross_answer_them(code):
    got = country_codes(code("Taiwan scrambled jets as Chinese warplanes crossed the median line.", DAY))
    assert ("TWN", "CHN", "150") in got


def test_a_compound_in_making_modifies_the_noun_after_it(code):
    # "chipmaking" read as a gerund took the machines and the destination from the exports
    got = country_codes(code("The Netherlands blocked exports of ASML chipmaking machines to China.", DAY))
    assert ("NLD", "CHN", "163") in got


# ----------------------------------------------------------------------------- owners and targets

def test_a_state_and_a_group_modifying_one_noun_are_each_their_own(code):
    got = actor_codes(code("The talks in Doha between Israeli and Hamas negotiators ended without a deal.", DAY))
    assert ("ISRGOV", "HMS", "040") in got and ("HMS", "ISRGOV", "040") in got
    assert not any("PSE" in (s or "") and s != "HMS" for s, _, _ in got)  # Hamas is not the Palestinian state


def test_a_nouns_participle_names_its_doer_and_target(code):
    got = country_codes(code("The sanctions imposed by Washington on Moscow took effect on Friday.", DAY))
    assert ("USA", "RUS", "163") in got


def test_a_capital_struck_is_a_place_not_its_government(code):
    got = actor_codes(code("Israeli jets struck the southern suburbs of Beirut.", DAY))
    assert ("ISRMIL", "LBN", "195") in got
    assert actor_codes(code("Russia struck Kyiv overnight.", DAY)) == {("RUS", "UKR", "190")}


def test_fighting_with_a_capital_is_with_its_government(code):
    assert ("AFGREB", "AFGGOV", "190") in actor_codes(code("Rebels fought with Kabul.", DAY))


def test_a_reaction_is_aimed_by_the_measure_coordinated_after_it(code):
    got = country_codes(code("France criticised the decision and expelled two Russian diplomats.", DAY))
    assert ("FRA", "RUS", "111") in got and ("FRA", "RUS", "161") in got
    # of one root and dyad, the summons (target named) stays, not the condemnation (target implied)
    assert ("GBR", "IRN", "114") in country_codes(
        code("Britain condemned the execution and summoned Iran's charge d'affaires.", DAY))


def test_an_appeal_after_a_reaction_does_not_aim_it(code):
    got = country_codes(code("Japan condemned the attack and called on Israel to show restraint.", DAY))
    assert ("JPN", "ISR", "020") in got
    assert not any(c.startswith("11") for _, _, c in got)


# ----------------------------------------------------------------------------- restraint

def test_a_condition_set_under_a_refusal_is_not_met(code):
    got = actor_codes(code("Ankara refused to approve Sweden's NATO membership until Stockholm cracked down "
                      "on Kurdish militants.", DAY))
    assert ("TURGOV", "SWEGOV", "120") in got
    assert not any(c == "175" for _, _, c in got)


def test_a_condition_with_unless_is_not_met(code):
    got = code("Turkey would not ratify the bid unless Sweden expelled the militants.", DAY)
    assert not any(e.source_country == "SWE" for e in got)


def test_what_happened_until_is_told(code):
    got = country_codes(code("The fighting continued until Russian troops withdrew from Kherson.", DAY))
    assert ("RUS", None, "0874") in got


def test_a_war_named_by_its_proper_name_is_history(code):
    assert code("The United States and China fought on opposite sides of the Korean War.", DAY) == []
    assert code("Chinese troops fought in the final months of the Korean War.", DAY) == []


def test_the_current_war_told_in_lower_case_is_not_history(code):
    got = country_codes(code("Russia attacked Ukraine in the first days of the war.", DAY))
    assert ("RUS", "UKR", "190") in got


def test_a_modifier_read_as_an_adjective_before_the_misread_verb_is_its_subject(code):
    # "military" read as an adjective of "shots", "fired" as another, "crossed" as the sentence's verb
    got = actor_codes(code("South Korea's military fired warning shots after North Korean soldiers crossed the border.",
                      DAY))
    assert ("KORMIL", "PRKMIL", "150") in got


def test_forces_put_on_alert_after_anothers_act_answer_it(code):
    got = country_codes(code("Taiwan put its forces on alert after China's military began large-scale exercises "
                          "around the island.", DAY))
    assert ("TWN", "CHN", "152") in got and ("CHN", "TWN", "150") in got


def test_a_village_we_cannot_place_is_of_the_region_it_is_in(code):
    got = country_codes(code("Russian forces captured the village of Robotyne in the Zaporizhzhia region.", DAY))
    assert ("RUS", "UKR", "192") in got


def test_an_arrest_warrant_issued_for_someone_accuses_them(code):
    got = actor_codes(code("The ICC issued an arrest warrant for Putin.", DAY))
    assert ("ICC", "RUSGOV", "1121") in got
    assert code("Police issued a warrant for the suspect.", DAY) == []  # no one named


def test_countermeasures_are_a_threat_of_no_stated_kind(code):
    got = country_codes(code("China said it would take countermeasures against Lithuania.", DAY))
    assert ("CHN", "LTU", "130") in got
    assert not any(c == "138" for _, _, c in got)  # not a threat of military force


def test_a_border_a_statement_mentions_is_where_not_whom_it_is_about(code):
    got = code("Poland said on Tuesday it would not close the Turow lignite mine on its border with the "
               "Czech Republic.", DAY)
    assert not any(e.target_country == "CZE" for e in got)
    # (a threat said of a border still names whom it is aimed at)
    assert ("POL", "BLR", "138") in country_codes(code("Poland said it would send troops to its border with Belarus.",
                                                    DAY))


def test_air_defence_systems_are_arms_for_every_verb_of_supplying(code):
    for sent, want in [
            ("Speaking in Kyiv, German Chancellor Olaf Scholz pledged more air defence systems for Ukraine.",
             ("DEU", "UKR", "0332")),
            ("The United States sent Patriot air defence systems to Ukraine.", ("USA", "UKR", "072")),
            ("Iran shipped artillery shells to Russia.", ("IRN", "RUS", "072")),
            ("Germany delivered more rockets to Ukraine.", ("DEU", "UKR", "072"))]:
        assert want in country_codes(code(sent, DAY)), sent


def test_the_one_declared_persona_non_grata_inside_the_phrase_is_the_target(code):
    got = country_codes(code("Brazil's Lula criticised Israel's offensive in Gaza as genocide, prompting Israel to "
                          "declare him persona non grata.", "2025-03-01"))
    assert ("ISR", "BRA", "161") in got and ("BRA", "ISR", "111") in got


def test_a_threat_of_military_intervention_is_a_threat_of_force(code):
    got = actor_codes(code("ECOWAS threatened military intervention in Niger if the coup leaders did not "
                      "reinstate President Mohamed Bazoum.", DAY))
    assert ("WAS", "NER", "138") in got


def test_bare_troops_in_what_a_states_forces_report_are_its_own(code):
    for sent in ["The Israeli military said troops had killed dozens of Hamas fighters in Khan Younis.",
                 "Troops killed dozens of Hamas fighters in Khan Younis, the Israeli military said."]:
        assert ("ISRMIL", "HMS", "190") in actor_codes(code(sent, DAY)), sent


# ----------------------------------------------------------------------------- across sentences

def test_a_reaction_to_an_act_named_again_is_aimed_at_its_doer(code):
    got = country_codes(code("South Korea resumed loudspeaker broadcasts along the border on Sunday. North Korea "
                          "condemned the broadcasts as a dangerous provocation.", DAY))
    assert ("PRK", "KOR", "111") in got
    got = country_codes(code("South Korea and the United States began joint drills on Monday. North Korea condemned "
                          "the drills.", DAY))
    assert ("PRK", "KOR", "111") in got and ("PRK", "USA", "111") in got


def test_a_decision_refers_back_to_what_was_decided(code):
    got = country_codes(code("Japan decided on Tuesday to release treated water from Fukushima. China criticised "
                          "the decision.", DAY))
    assert ("CHN", "JPN", "111") in got
    assert code("China criticised the decision.", DAY) == []  # no one named before: no target


def test_a_threat_by_the_speakers_government_is_the_speakers(code):
    got = actor_codes(code("South Korea's national security adviser said the government would take unbearable "
                      "countermeasures if Pyongyang kept sending the balloons.", DAY))
    assert ("KORGOV", "PRKGOV", "130") in got


def test_a_response_from_ones_own_side_names_no_target(code):
    got = code("Kim Yo Jong condemned the broadcasts and warned of a new response from the North.", DAY)
    assert not any(e.source_country == e.target_country == "PRK" for e in got)


def test_a_vow_of_punishment_for_a_state_threatens_it(code):
    got = country_codes(code("Iran's supreme leader Ayatollah Ali Khamenei vowed harsh punishment for Israel.", DAY))
    assert ("IRN", "ISR", "138") in got


def test_warships_a_state_sends_are_its_forces_not_arms_it_supplies(code):
    got = country_codes(code("Taiwan sent warships to shadow Chinese vessels on Tuesday.", DAY))
    assert not any(c == "072" for _, _, c in got)
    assert ("RUS", "IRN", "072") in country_codes(code("Russia delivered fighter jets to Iran.", DAY))


def test_an_envoy_summoned_to_a_states_ministry_is_summoned_by_that_state(code):
    got = actor_codes(code("The Russian ambassador was summoned to the German foreign ministry on Monday.", DAY))
    assert ("DEUGOV", "RUSGOV", "114") in got


def test_a_headlines_infinitive_is_still_to_come(code):
    got = code("Seoul to send special envoy to Tokyo next week.", DAY, all=True)
    assert not any(e.code == "042" and e.asserted for e in got)  # not a visit made
    assert ("KOR", "JPN", "036") in country_codes([e for e in got if e.asserted])  # an intent to meet


def test_an_act_dated_months_back_further_down_a_story_is_background(code):
    text = ("Canada and France resumed fishing talks in Paris on Monday. In January Canada and France concluded "
            "an interim fishing accord, opposed by fishermen in both countries.")
    got = country_codes(code(text, "1987-03-20"))
    assert ("CAN", "FRA", "046") in got  # the news: talks resumed
    assert ("CAN", "FRA", "057") not in got
    # ... and so is a lead's own "in January" (session 31: the blind annotators of every real-news set leave it out,
    # as eval/README's conventions say), flagged, not lost
    lead = "In January Canada and France concluded an interim fishing accord."
    assert ("CAN", "FRA", "057") not in country_codes(code(lead, "1987-03-20"))
    assert [e.status for e in code(lead, "1987-03-20", all=True) if e.code == "057"] == ["historical"] * 2


def test_a_carrier_group_deployed_near_another_is_a_show_of_force(code):
    got = country_codes(code("China deployed an aircraft carrier group near Japan's southern islands.", DAY))
    assert ("CHN", "JPN", "150") in got


def test_fishermen_handed_back_are_prisoners_released(code):
    got = country_codes(code("Pakistan handed over two Indian fishermen to India at the Wagah border.", DAY))
    assert ("PAK", "IND", "0841") in got


def test_a_crowd_gathering_outside_an_embassy_protests(code):
    got = actor_codes(code("Hundreds of protesters gathered outside the U.S. embassy in Manila to denounce the joint "
                      "drills.", DAY))
    assert ("PHLCVL", "USAGOV", "141") in got
    assert ("KORCVL", "USAGOV", "141") in actor_codes(code("Thousands of protesters converged on the U.S. embassy in "
                                                      "Seoul.", DAY))


def test_leaders_or_mourners_gathering_do_not_protest(code):
    for sent in ["EU leaders gathered in Brussels for a summit.", "Police gathered outside the embassy.",
                 "Thousands gathered in Taipei to celebrate the new year.", "Mourners gathered at the Kremlin."]:
        assert not any(e.code.startswith("14") for e in code(sent, DAY)), sent


def test_drones_shot_down_that_crossed_in_did_the_crossing(code):
    got = actor_codes(code("Poland summoned Russia's charge d'affaires after its forces shot down Russian drones that "
                      "crossed into Polish airspace overnight.", DAY))
    assert ("RUSMIL", "POL", "190") in got and ("POLMIL", "RUSMIL", "190") in got
    assert ("POLMIL", "POL", "190") not in got


def test_the_side_of_a_crossing_that_is_named_is_whose_it_is(code):
    got = country_codes(code("Israeli tanks seized the Palestinian side of the Rafah border crossing with Egypt on "
                          "Tuesday.", DAY))
    assert ("ISR", "PSE", "192") in got and ("ISR", "EGY", "192") not in got


def test_a_root_noun_before_a_misread_past_form_is_its_subject(code):
    got = actor_codes(code("Trump paused tariffs on most goods from Mexico and Canada for a month.", "2025-03-05"))
    assert ("USAGOV", "MEX", "085") in got and ("USAGOV", "CAN", "085") in got


def test_goods_from_coordinated_states_are_each_states(code):
    got = country_codes(code("Trump imposed tariffs on goods from Mexico and Canada.", "2025-03-05"))
    assert ("USA", "MEX", "163") in got and ("USA", "CAN", "163") in got


def test_a_name_coordinated_with_a_date_is_the_next_clauses_subject(code):
    got = country_codes(code("Hamas freed the last 20 living hostages on Monday and Israel began releasing nearly "
                          "2,000 Palestinian prisoners and detainees.", "2025-10-13"))
    assert ("ISR", "PSE", "0841") in got


def test_joining_an_alliance_and_calling_a_council_meeting(code):
    assert ("SWE", "NAT", "057") in actor_codes(code("Sweden formally joined NATO on Thursday.", DAY))
    assert ("UKR", "UNO", "020") in actor_codes(code("Ukraine called an urgent meeting of the U.N. Security Council "
                                                "after the strike.", DAY))
    assert code("The president called a meeting of the national security council.", DAY) == []
    assert code("Protesters joined the rally.", DAY) == []


def test_what_is_retaken_from_someone_is_retaken_from_them(code):
    got = actor_codes(code("Sudan's army retook the presidential palace in Khartoum from the RSF.", DAY))
    assert ("SDNMIL", "RSF", "192") in got


def test_a_name_before_a_modal_in_a_warning_is_the_clauses_subject(code):
    got = country_codes(code("Erdogan warned Turkey could launch a new military operation in northern Syria.", DAY))
    assert ("TUR", "SYR", "138") in got


def test_an_operation_in_a_state_is_not_that_states(code):
    got = code("Erdogan said Turkey could launch a new military operation in northern Syria at any moment.", DAY)
    assert not any(e.target == "SYRMIL" for e in got)


def test_calling_a_state_a_foe_or_enemy_is_disapproval(code):
    got = actor_codes(code("Kim Jong Un called South Korea the primary foe and ordered the military to prepare for "
                      "war.", DAY))
    assert ("PRKGOV", "KOR", "111") in got
    assert ("IRN", "USA", "111") in actor_codes(code("Iran called the United States its main enemy.", DAY))


def test_what_a_state_is_unlikely_to_do_is_not_done(code):
    assert code("Analysts said China was unlikely to invade Taiwan before 2027.", DAY) == []
    assert code("Japan is unlikely to send troops to the Gulf.", DAY) == []
