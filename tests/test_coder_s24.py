"""Constructions of session 24, from real wire copy's shapes: a condemned attack on one's own people, a
warning about any attack on a third state, history told as "years after", victories in war, acts of
aggression, weapons put in place, and a tour that takes its traveller to several states. Sentences written
for these tests. Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

import pytest
from conftest import country_codes

from riftwatch.actors.kb import KnowledgeBase
from riftwatch.errors import DataFileError

DAY = "2024-05-01"
OLD = "1987-05-01"


def test_a_condemned_attack_on_ones_own_side_is_no_criticism_of_oneself(code):
    for s in ("India condemned the attack on its consulate in Toronto.",
              "Pakistan condemned the attack on its soldiers.",
              "France condemned the attack on its embassy in Niamey."):
        assert not [e for e in code(s, DAY) if e.source_country == e.target_country], s
    # ... it is aimed at the attacker the story told
    got = country_codes(code("Hamas fighters attacked an Indian convoy. India condemned the attack on its soldiers.",
                             DAY))
    assert ("IND", "PSE", "111") in got


def test_a_warning_about_any_attack_on_a_state_is_not_aimed_at_that_state(code):
    assert not [e for e in code("Moscow warned that any attack on Belarus would be an attack on Russia.", DAY)
                if e.code[:2] == "13"]
    # ... but at the attacker it names
    assert ("RUS", "ISR", "130") in country_codes(code(
        "Moscow warned that an Israeli attack on Iran would spark a regional war.", DAY))
    assert ("CHN", "JPN", "130") in country_codes(code("China warned that Japan would pay a price.", DAY))


def test_years_after_an_act_tell_it_as_history(code):
    for s in ("Years after the United States invaded Iraq, the scars remain.",
              "Two decades after Russia invaded Georgia, the region is calm.",
              "A year after Hamas attacked Israel, the war goes on."):
        got = code(s, DAY, all=True)
        assert got and all(e.status == "historical" for e in got), s
    # ... days after are the story's own time
    assert ("RUS", "UKR", "192") in country_codes(code("Days after Russia invaded Ukraine, Germany sent weapons to "
                                                       "Kyiv.", DAY))


def test_victories_and_gains_in_war_are_fighting_and_ground_taken(code):
    assert ("IRN", "IRQ", "190") in country_codes(code(
        "Iran said it had achieved important victories against Iraq on the southern war fronts.", OLD))
    # ... gains are ground taken (192)
    assert ("IRQ", "IRN", "192") in country_codes(code("Iraqi forces made fresh gains against Iranian troops near "
                                                       "Basra.", OLD))
    assert ("IRN", "IRQ", "192") in country_codes(code("The United States dismissed as insignificant gains by Iranian "
                                                       "forces in Northern Iraq.", OLD))
    assert not code("The yen made gains against the dollar.", DAY)
    # ... a game's victory is no war
    assert not code("Brazil scored a victory over Argentina in the World Cup qualifier.", DAY)


def test_an_act_of_aggression_committed_against_a_state_is_fighting(code):
    assert ("USA", "IRN", "190") in country_codes(code(
        "The Soviet official said the United States had undertaken an act of armed aggression against Iran.", OLD))
    assert ("IRQ", "KWT", "190") in country_codes(code("Iraq carried out an act of aggression against Kuwait.", OLD))
    assert ("USA", "SYR", "190") in country_codes(code("The United States committed aggression against Syria.", DAY))


def test_weapons_positioned_or_emplaced_are_force_posture(code):
    assert ("IRN", None, "154") in country_codes(code("Iran has positioned anti-ship missiles on islands near the "
                                                      "Strait of Hormuz.", DAY))
    assert ("IRN", None, "154") in country_codes(code("Iran had emplaced Chinese-made missiles near the strait.", OLD))
    assert ("RUS", "BLR", "154") in country_codes(code("Russia positioned tactical missiles in Belarus.", DAY))


def test_a_tour_that_takes_its_traveller_to_states_is_a_visit_to_each(code):
    got = country_codes(code("Morocco is the last stop of a tour that has taken U.S. Energy Secretary John "
                             "Herrington to Iraq, Kuwait and Qatar.", OLD))
    assert {("USA", "IRQ", "042"), ("USA", "KWT", "042"), ("USA", "QAT", "042")} <= got
    assert ("DEU", "RUS", "042") in country_codes(code("The visit brought Chancellor Kohl to Moscow.", OLD))
    # ... what a trip does not carry, and what is no trip, visits no one
    assert not code("Iran took the case to The Hague.", DAY)
    assert not code("The talks took the ministers to Geneva.", DAY)


def test_the_agency_or_the_watchdog_refers_back_to_the_body_named(code):
    got = country_codes(code("Trump signed an order withdrawing the United States from the World Health "
                             "Organization, accusing the agency of mishandling the pandemic.", "2025-06-01"))
    assert ("USA", None, "112") in got
    assert {(e.source, e.target) for e in code("Trump signed an order withdrawing the United States from the World "
                                               "Health Organization, accusing the agency of mishandling the "
                                               "pandemic.", "2025-06-01") if e.code == "112"} == {("USAGOV", "WHO")}
    assert ("IAE", "ISR", "051") in {(e.source, e.target_country, e.code) for e in code(
        "Iran criticised the IAEA, saying the watchdog had sided with Israel.", DAY)}
    # ... a news agency is no such body
    assert not code("North Korea's KCNA news agency said the agency had been misquoted.", DAY)


def test_a_relative_pronoun_object_is_the_one_the_clause_is_about(code):
    got = code("Iran suspended cooperation with the International Atomic Energy Agency, which Tehran accuses of "
               "siding with Israel.", "2025-06-01")
    assert ("IRNGOV", "IAE", "112") in {(e.source, e.target, e.code) for e in got}
    assert ("USA", "IRN", "112") in country_codes(code("The sanctions target Iran, which Washington accuses of arming "
                                                       "the Houthis.", DAY))


def test_most_of_a_city_seized_is_the_city_seized(code):
    assert ("RUS", "UKR", "192") in country_codes(code("Russian forces captured much of Bakhmut.", DAY))
    assert ("COD", "COD", "192") in country_codes(code("M23 rebels seized most of Goma on Tuesday.", "2025-01-28"))


def test_a_threat_to_make_a_state_pay_is_aimed_at_it(code):
    assert ("USA", "ESP", "130") in country_codes(code("Trump threatened on Wednesday to make Spain pay more in trade "
                                                       "negotiations.", "2025-06-01"))


def test_a_crowds_slogans_name_whom_its_protest_is_against(code):
    got = country_codes(code('Tens of thousands of Iranians marched in Tehran on Saturday, chanting "Death to '
                             'America" and "Death to Israel".', "2025-06-01"))
    assert {("IRN", "USA", "141"), ("IRN", "ISR", "141")} <= got
    assert ("YEM", "ISR", "141") in country_codes(code('Thousands rallied in Sanaa, shouting "Death to Israel".', DAY))
    # ... slogans that curse no one named leave the protest at home
    assert ("SRB", "SRB", "141") in country_codes(code("Thousands of Serbs protested in Belgrade, chanting slogans "
                                                       "against the government.", DAY))


def test_brussels_is_the_eu_in_an_article_about_the_eu(code):
    got = code("Hungary accused Brussels of blackmail over EU funds.", DAY)
    assert [(e.source, e.target, e.code) for e in got] == [("HUN", "EEC", "112")]
    # ... and Belgium's government elsewhere
    got = country_codes(code("Brussels and Kinshasa restored diplomatic ties.", DAY))
    assert ("BEL", "COD", "050") in got


def test_seat_table_is_checked_and_extendable(kb, tmp_path):
    assert kb.seats["brussels"][0] == "EEC" and "EU" in kb.seats["brussels"][1]
    (tmp_path / "seats.tsv").write_text("capital\tbody\tcues\ngeneva\tUNO\tU.N.|UN\n", encoding="utf-8")
    user = KnowledgeBase.load(tmp_path)
    assert user.seats["geneva"] == ("UNO", frozenset({"U.N.", "UN"})) and "brussels" in user.seats
    (tmp_path / "seats.tsv").write_text("capital\tbody\tcues\ngeneva\tXQZ\tUN\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"seats.tsv:2: 'XQZ' is not an organisation code"):
        KnowledgeBase.load(tmp_path)
    (tmp_path / "seats.tsv").write_text("capital\tbody\tcues\ngeneva\tUNO\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"seats.tsv:2: no cue words"):
        KnowledgeBase.load(tmp_path)


def test_no_choice_but_to_act_is_told_as_the_having_is(code):
    got = code("Iran said it would have no choice but to retaliate against Israel.", DAY, all=True)
    assert ("IRN", "ISR", "138") in country_codes([e for e in got if e.asserted])
    assert not [e for e in got if e.asserted and e.code[:2] == "19"]
    got = country_codes(code("Medvedev warned on Sunday that Russia would have no choice but to use a nuclear weapon "
                             "if Ukraine's counteroffensive succeeded.", DAY))
    assert ("RUS", "UKR", "1385") in got
    # ... what was done with no other choice was done
    assert ("ISR", "LBN", "190") in country_codes(code("Israel had no choice but to strike Hezbollah, Netanyahu said.",
                                                       DAY))


def test_a_response_with_nuclear_weapons_is_nuclear_force(code):
    got = code("Medvedev said Russia would be entitled to respond with nuclear weapons if Ukraine struck deep into "
               "Russian territory.", DAY, all=True)
    assert ("RUS", "UKR", "2042") in country_codes(got) and all(not e.asserted for e in got if e.code == "2042")


def test_craft_that_land_with_weapons_or_aid_deliver_them(code):
    assert ("EGY", "SOM", "072") in country_codes(code("Two Egyptian military planes carrying weapons and ammunition "
                                                       "landed in Mogadishu on Tuesday.", DAY))
    assert ("RUS", "SYR", "073") in country_codes(code("A Russian plane carrying aid landed in Damascus.", DAY))
    # ... a craft with no such load visits no one
    assert not code("The hijacked Indian plane landed in Lahore.", DAY)


def test_an_agentless_arrest_is_by_the_state_that_reports_it_or_at_home(code):
    assert ("RUS", "USA", "173") in country_codes(code("An American journalist has been detained, Russian authorities "
                                                       "said.", DAY))
    assert ("PHL", "PHL", "173") in country_codes(code("A Philippine opposition leader has been arrested for involvement in "
                                                       "the bombing.", OLD))
    assert ("USA", "USA", "173") in country_codes(code("A third Marine has been arrested on suspicion of espionage in a "
                                                       "scandal involving the U.S. Embassy in Moscow, the Pentagon "
                                                       "said.", OLD))
    # ... not a stranger whose state the text does not tell, nor one known by a surname only
    assert not code("An American journalist has been detained.", DAY)
    assert not code("A spokesman for the Kandahar governor says the man was arrested when he left his ward.", DAY)


def test_a_blow_the_verb_told_is_not_told_again_by_the_noun_it_is_in(code):
    got = country_codes(code("Israeli helicopter gunships attacked Palestinian guerrilla positions near Sidon in "
                             "southern Lebanon today in the ninth air raid over Lebanon this year, the military "
                             "spokesman said.", OLD))
    assert got == {("ISR", "PSE", "195")}
    # ... the noun still tells a blow no verb told
    assert ("IRN", "IRQ", "190") in country_codes(code("Iraqi troops suffered heavy casualties in an Iranian "
                                                       "offensive near Basra.", OLD))


def test_an_act_in_a_when_clause_of_an_act_to_come_is_to_come_too(code):
    got = code("Ugandan President Yoweri Museveni is likely to have a meeting with Kenyan leader Daniel arap Moi when "
               "he pays a two-day visit to Nairobi.", OLD, all=True)
    assert [e.status for e in got if e.code == "042"] == ["prediction"]
    assert not [e for e in got if e.asserted]
    got = code("Museveni will meet Moi when he visits Nairobi.", OLD, all=True)
    assert [e.status for e in got if e.code == "042"] == ["prediction"]
    # ... one that was done when another was done was done
    assert ("UGA", "KEN", "042") in country_codes(code("Museveni met Moi when he visited Nairobi.", OLD))


def test_welcoming_an_act_approves_it_and_hosts_no_one(code):
    assert ("FJI", "AUS", "051") in country_codes(code("Fiji welcomed the scrapping of a trade ban imposed by "
                                                       "Australian labor unions.", OLD))
    assert ("FJI", "AUS", "051") in country_codes(code("Fiji today welcomed the ending of a trade ban imposed by "
                                                       "Australian labor unions.", OLD))
    # ... people welcomed are hosted
    assert ("SAU", "SYR", "043") in country_codes(code("Riyadh welcomed the Syrian president.", DAY))
    assert ("JPN", "CHN", "043") in country_codes(code("Japan welcomed the visitors from China.", DAY))


def test_a_crowds_clash_with_police_is_a_violent_protest(code):
    assert ("GBR", "GBR", "145") in country_codes(code("A British soldier was shot in Northern Ireland after mourners "
                                                       "clashed with police at an Irish Republican Army funeral.",
                                                       OLD))
    assert ("KOR", "KOR", "145") in country_codes(code("Students clashed with riot police in Seoul.", OLD))
    assert ("KOR", "KOR", "175") in country_codes(code("Police clashed with students in Seoul.", OLD))


def test_a_court_that_jails_someone_sentences_them(code):
    assert ("TUR", "TUR", "116") in country_codes(code("A Turkish military court jailed former deputy prime minister "
                                                       "Alpaslan Turkes for 11 years.", OLD))
    assert ("IRN", "GBR", "173") in country_codes(code("Iran jailed a British aid worker.", DAY))


def test_a_states_own_envoys_are_no_other_side_of_its_act(code):
    for s in ("China summoned its ambassador to Japan.",
              "The United States lifted its ban on its diplomats speaking with North Korean diplomats."):
        assert not [e for e in code(s, OLD) if e.target and e.target.endswith("GOV")
                    and e.target_country == e.source_country], s
    # ... another state's envoy still is
    assert ("JPN", "CHN", "161") in country_codes(code("Japan recalled its ambassador from China.", OLD))
    assert ("DEU", "RUS", "114") in country_codes(code("Berlin summoned the Russian ambassador.", DAY))


def test_troops_sent_into_a_city_are_sent_into_its_country(code):
    assert ("SYR", "LBN", "154") in country_codes(code("Syria sent troops into west Beirut.", OLD))
    got = code("Syria sent troops into west Beirut.", OLD)
    assert [e.target for e in got if e.code == "154"] == ["LBN"]


def test_a_claim_denied_is_aimed_at_whoever_made_it(code):
    assert ("LBY", "TCD", "016") in country_codes(code("Libya denied Chadian claims that it had lost a bomber.", OLD))


def test_casualties_in_what_is_alleged_are_not_the_accusers_act(code):
    got = country_codes(code("Pakistan accused Afghan jets of bombing border villages, killing 20 people.", OLD))
    assert ("PAK", "AFG", "112") in got and not [c for c in got if c[0] == "PAK" and c[2][:2] in ("18", "19", "20")]
    # ... casualties of a blow told are its own
    assert ("AFG", "PAK", "195") in country_codes(code("Afghan jets bombed Pakistani border villages, killing 20 "
                                                       "people.", OLD))


def test_a_stay_in_another_state_for_talks_is_a_visit(code):
    assert ("BEL", "USA", "042") in country_codes(code("Belgian Trade Minister Herman De Croo was also in Washington "
                                                       "for trade talks.", OLD))
    got = code("Nakasone will be in Washington next week for a summit with Reagan.", OLD, all=True)
    assert [e.status for e in got if e.code == "042"] == ["prediction"]
    # ... a stay for nothing said, or at home, is no visit
    assert not code("The minister was in Paris on Monday.", OLD)
    assert not code("Reagan was in Washington for talks with congressional leaders.", OLD)
    # ... nor is a venue where two sides meet
    assert not [e for e in code("Russian and Ukrainian delegations were in Istanbul for talks on Friday.", DAY)
                if e.code == "042"]
    assert not [e for e in code("The Iranian foreign minister was in Oman for talks with U.S. envoy Steve Witkoff.",
                                "2025-05-01") if e.code == "042"]


def test_calling_on_a_leader_with_nothing_asked_is_a_call_paid(code):
    assert ("PAK", "SAU", "042") in country_codes(code("Pakistan's army chief called on Saudi Arabia's crown prince in "
                                                       "Riyadh.", DAY))
    # ... calling on someone to act is an appeal
    assert ("CHN", "USA", "020") in country_codes(code("China called on the United States to stop arming Taiwan.", DAY))


def test_a_backers_name_does_not_make_the_story_that_states_alone(code):
    # "the government" of a story that names no state but its backer is no one's
    assert not code("Rebels attacked the U.S.-backed government.", DAY)
    assert ("USA", "USA", "190") in country_codes(code("Rebels attacked the U.S. government.", DAY))


def test_envoys_ordered_to_leave_a_state_are_expelled_by_it(code):
    assert ("GBR", "RUS", "161") in country_codes(code("Two Soviet diplomats were ordered to leave Britain, the Foreign "
                                                       "Office said.", OLD))
    # ... with no state to leave named, by no one known
    assert not code("The French ambassador was ordered to leave within 72 hours.", OLD)
