"""Constructions of session 25, from real wire copy's shapes: an act welcomed with no one named, strikes and
protests suspended, retaliation imposed, and the sectors of farm leaders. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes, country_codes

DAY = "2024-05-01"
OLD = "1987-05-01"


def test_an_act_a_state_welcomes_with_no_one_named_is_approval_aimed_at_no_one(code):
    for s in ("Japan welcomed the decision.",
              "President Musharraf said he welcomed the intervention of the international community.",
              "The Kenyan government welcomed the ceasefire agreement."):
        got = [e for e in code(s, DAY) if e.code == "051"]
        assert got and all(e.target_country is None for e in got), s
    # ... but a crowd's or a group's welcome names no event
    assert not [e for e in code("Protesters welcomed the decision.", DAY) if e.code == "051"]
    # ... and a welcome aimed at someone keeps its target
    assert ("JPN", "USA", "051") in country_codes(code("Japan welcomed the U.S. decision.", DAY))


def test_a_strike_suspended_by_workers_eases_dissent_and_by_armed_men_eases_force(code):
    for s in ("Zambian miners suspended their strike against the government.",
              "Kenyan doctors suspended their strike.",
              "Zambian miners suspended their protests against the government."):
        assert [e for e in code(s, OLD) if e.code == "082"], s
    assert ("PSE", "ISR", "087") in country_codes(code("Hamas suspended its attacks on Israel.", DAY))
    got = country_codes(code("Russia suspended its strikes on Ukrainian energy facilities.", DAY))
    assert ("RUS", "UKR", "087") in got and not [c for c in got if c[2] == "082"]
    assert ("ISR", "PSE", "087") in country_codes(code("Israel suspended air strikes on Gaza.", DAY))


def test_farm_leaders_and_unions_are_agriculture_not_government(code):
    got = actor_codes(code("Spanish farm leaders said they were suspending protests against the government.", OLD))
    assert ("ESPAGR", "ESPGOV", "082") in got
    assert {e.source for e in code("French farm unions protested against the Mercosur deal.", DAY)} == {"FRAAGR"}


def test_retaliation_imposed_is_a_sanction_and_readiness_to_impose_it_a_threat(code):
    assert ("CAN", "USA", "163") in country_codes(code("Canada imposed retaliatory measures on American steel.",
                                                       DAY))
    assert ("USA", "JPN", "163") in country_codes(code("Washington imposed retaliatory trade action against "
                                                       "Japan.", OLD))
    assert ("EEC", "USA", "163") in {(e.source, e.target_country, e.code) for e in code(
        "The European Union imposed countermeasures on U.S. goods.", DAY)}
    got = country_codes(code("President Reagan was ready to impose retaliatory trade action against Japan, "
                             "officials said.", OLD))
    assert ("USA", "JPN", "1312") in got and ("USA", "JPN", "163") not in got


def test_a_statement_is_about_its_complements_subject_or_object_not_a_state_a_phrase_names(code):
    for s in ("Israel said most were intercepted with help from the United States and Britain.",
              "Washington said it would lift its pause on military aid and intelligence sharing with Kyiv.",
              "Rwanda denied backing M23, saying its forces act in self-defence against Hutu militias in eastern Congo.",
              "South Korea said the troops have been sent to Russia."):
        assert not [e for e in code(s, DAY) if e.code == "010" and e.target_country], s
    # ... but a statement about a state that acts or is acted on is aimed at it
    assert ("JPN", "IRN", "010") in country_codes(code("Japan said an embargo against Iran would fail.", DAY))
    assert ("JPN", "CHN", "010") in country_codes(code("Japan said China had many reasons.", DAY))
    # ... and a statement about relations with a state, or a measure aimed at it, is about that state
    assert ("KEN", "UGA", "010") in country_codes(code("Kenya said there was no tension with Uganda.", DAY))
    assert ("JPN", "CHN", "010") in country_codes(code("Japan said its sanctions against China would stay.", DAY))


def test_a_partner_the_parser_hangs_on_the_topic_phrase_is_still_the_partner(code):
    assert ("USA", "UKR", "064") in country_codes(code(
        "Washington had begun sharing intelligence on Russian energy sites with Kyiv.", DAY))
    assert ("USA", "UKR", "064") in country_codes(code(
        "Washington shared intelligence on Russian energy sites with Kyiv.", DAY))
    # ... a "with" inside another phrase is not
    assert not [e for e in code("Washington shared intelligence with its allies on Russian ties with Iran.", DAY)
                if e.target_country == "IRN"]


def test_pressing_on_with_a_war_is_fighting_and_vowing_to_is_a_threat(code):
    assert ("ISR", "PSE", "190") in country_codes(code("Israel pressed on with the war in Gaza.", DAY))
    assert ("RUS", "UKR", "190") in country_codes(code("Russia pushed ahead with its offensive in eastern Ukraine.",
                                                       DAY))
    got = country_codes(code("Netanyahu rejected Hamas terms for a ceasefire as delusional, vowing to press on with "
                             "the war in Gaza until total victory.", DAY))
    assert ("ISR", "PSE", "138") in got and ("ISR", "PSE", "190") not in got
    # ... reforms or talks pressed on with are no war
    assert not code("The government pressed on with its reforms.", DAY)
    assert not [e for e in code("Japan pressed ahead with the talks with China.", DAY) if e.code[:2] == "19"]


def test_ones_own_legislature_told_something_is_the_audience_not_the_target(code):
    for s in ("Trudeau told parliament on Monday that the deal was good.",
              "The prime minister told lawmakers that the deal was good."):
        assert not [e for e in code(s, DAY) if e.target and e.target.endswith("LEG")], s
    # ... another state's legislature addressed is that state
    assert ("FRA", "DEU", "010") in country_codes(code(
        "The French president told the German parliament that Europe must unite.", DAY))


def test_troops_sent_as_peacekeepers_are_peacekeeping_and_offered_troops_no_threat(code):
    assert ("IRL", "LBN", "074") in country_codes(code(
        "Ireland sent troops to Lebanon as part of a U.N. peacekeeping force.", DAY))
    for s in ("Indonesia offered to send troops to Gaza as part of a peacekeeping force.",
              "Indonesia offered to send troops to Gaza."):
        got = country_codes(code(s, DAY))
        assert ("IDN", "PSE", "0334") in got and not [c for c in got if c[2][:2] == "13"], s
    # ... troops sent otherwise are a deployment, and threatened a threat
    assert ("RUS", "BLR", "154") in country_codes(code("Russia sent troops to Belarus.", DAY))
    assert ("RUS", "MDA", "138") in country_codes(code("Russia threatened to send troops to Moldova.", DAY))


def test_a_noun_of_sayings_that_clause_is_said_by_its_speaker(code):
    for s in ("Turkey issued a statement that Ankara would take action against Greek drilling.",
              "Greece rejected a Turkish statement that Ankara would take action against Greek drilling."):
        assert ("TUR", "GRC", "130") in country_codes(code(s, OLD)), s
    # ... a third state's statement of what another will do is no threat of the other's
    assert not [e for e in code("Israel dismissed a U.S. statement that Iran would attack Israel.", DAY)
                if e.code[:2] == "13"]


def test_having_too_much_at_stake_is_no_duty_and_a_club_spoken_to_is_an_audience(code):
    got = code('"Japan has far too much at stake in this relationship to seriously entertain thoughts of '
               'retaliation," Yeutter said.', OLD)
    assert not [e for e in got if e.code[:2] == "10"]
    # ... a duty said is a demand
    assert ("USA", "JPN", "100") in country_codes(code("Japan has to open its markets, Yeutter said.", OLD))
    assert not code("Speaking to the National Press Club of Japan, Lyng said protectionist sentiment had "
                    "increased.", OLD)


def test_a_forces_craft_charged_with_violations_is_an_accusation_not_an_arrest(code):
    for s in ("Greece has charged Turkish aircraft with ten infringements of its air space.",
              "Greece charged Turkish warships with violating its waters."):
        got = country_codes(code(s, OLD))
        assert ("GRC", "TUR", "112") in got and not [c for c in got if c[2][:2] == "17"], s
    # ... soldiers charged are charged
    assert ("GRC", "TUR", "173") in country_codes(code("Greece charged two Turkish soldiers with espionage.", OLD))


def test_a_body_told_that_is_only_an_audience_is_no_target(code):
    assert not [e for e in code("Lyng told the National Press Club of Japan that the tariffs were inconsistent.", OLD)
                if e.target_country == "JPN"]
    assert ("USA", "JPN", "010") in country_codes(code("Lyng told Japan that the tariffs were inconsistent.", OLD))


def test_a_decade_before_the_article_tells_history(code):
    for s in ("In the 1970s, Israel sold weapons to Iran.",
              "Norwegian tankers supplied South Africa with about 30 pct of its crude oil imports during the early "
              "1980s.",
              "Israel sold weapons to Iran in the mid-1970s."):
        got = code(s, OLD, all=True)
        assert got and all(e.status == "historical" for e in got), s
    # ... the article's own decade is not over
    assert ("ISR", "IRN", "062") in country_codes(code("In the 1980s, Israel sold weapons to Iran.", OLD))


def test_a_policy_others_speculate_is_considered_is_no_ones_option_weighed(code):
    assert not [e for e in code("Speculation has been in the market for some time that the United States is "
                                "considering offering wheat to the Soviet Union at subsidized prices.", OLD)
                if e.code == "014"]
    assert ("USA", "RUS", "014") in country_codes(code(
        "The United States is considering offering wheat to the Soviet Union.", OLD))


def test_a_message_is_the_act_its_of_phrase_names(code):
    assert ("JPN", "CHN", "114") in country_codes(code("Japan sent a letter of protest to China.", DAY))
    assert ("JPN", "CHN", "114") in country_codes(code("Japan wrote a letter of complaint to China.", DAY))
    assert ("JPN", "TUR", "018") in country_codes(code("Japan sent a letter of condolence to Turkey.", DAY))
    # ... a letter that names no act is a message
    assert ("JPN", "CHN", "010") in country_codes(code("Japan sent a letter to China.", DAY))


def test_a_present_tense_act_on_a_weekday_is_scheduled_not_done(code):
    for s in ("King Fahd of Saudi Arabia begins a four-day state visit to Britain on Tuesday.",
              "Shultz meets Gorbachev on Tuesday."):
        got = code(s, OLD, all=True)
        assert got and not [e for e in got if e.status == "asserted" and e.code[:2] == "04"], s
        assert [e for e in got if e.code == "036" and e.status == "asserted"], s
    # ... the past tense tells what was done, and a saying on a weekday is said
    assert ("USA", "RUS", "040") in country_codes(code("Shultz met Gorbachev on Tuesday.", OLD))
    assert ("IRN", "IRQ", "190") in country_codes(code("Iran says it attacked Iraq on Tuesday.", OLD))


def test_people_based_in_a_state_are_of_that_state(code):
    assert ("IND", "PAKREB", "172") in actor_codes(code("India has banned two militant groups based in Pakistan.",
                                                        "2001-12-20"))
    assert ("IND", "PAKREB", "112") in actor_codes(code("India has accused Pakistan-based militants of attacking its "
                                                        "parliament.", "2001-12-20"))
    # ... a nationality named is theirs wherever they are based
    assert {e.source for e in code("A London-based Saudi dissident criticised Riyadh.", DAY)} == {"SAUOPP"}


def test_wanting_another_state_to_act_is_a_demand(code):
    assert ("IND", "PAK", "100") in country_codes(code("India wants Pakistan to hand over 20 suspects.", "2001-12-20"))
    assert ("USA", "ISR", "100") in country_codes(code("The United States wants Israel to withdraw from Gaza.", DAY))
    # ... wanting to act oneself, or not wanting, demands nothing
    assert not code("India wants to hand over 20 suspects.", DAY)
    assert not [e for e in code("Japan does not want China to join.", DAY) if e.code[:2] == "10"]


def test_an_act_put_off_is_not_done_nor_threatened(code):
    for s in ("The United States agreed to hold up imposing anti-dumping duties on Japanese semiconductor shipments.",
              "The United States agreed to delay imposing duties on Japanese goods.",
              "The United States delayed imposing duties on Japanese goods."):
        assert not [e for e in code(s, OLD) if e.code[:2] in ("13", "16")], s
    assert ("USA", "JPN", "163") in country_codes(code("The U.S. decided to impose duties on Japanese goods.", OLD))


def test_a_news_agency_told_is_the_audience(code):
    assert not code("A military spokesman told the Iraqi news agency INA the latest attack was at 1250 GMT.", OLD)
    assert not [e for e in code("The Iraqi minister told Tass that the war would go on.", OLD) if e.target]


def test_people_a_states_court_sentences_are_in_its_hands(code):
    assert ("TUR", "TUR", "116") in country_codes(code("A Turkish court sentenced five men to death.", OLD))
    # ... a foreigner named stays foreign, and a court of no state named sentences no state's people
    assert ("IRN", "FRA", "116") in country_codes(code("An Iranian court sentenced a French tourist.", DAY))
    assert not code("A court sentenced five men to death.", DAY)
