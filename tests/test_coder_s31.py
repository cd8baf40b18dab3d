"""Constructions of session 31, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2024-02-10"
OLD = "1987-04-20"


def test_unarmed_people_fighting_the_police_riot(code):
    # farmers, workers and students who battle or clash with police protest violently (145); police who clash with
    # them repress (175)
    for s, pair in (("Thousands of French farmers battled police in Paris during a march against EU trade rules.",
                     ("FRA", "FRA")),
                    ("Striking dockworkers clashed with police in Marseille.", ("FRA", "FRA")),
                    ("Kenyan students fought riot police in Nairobi.", ("KEN", "KEN"))):
        assert (*pair, "145") in country_codes(code(s, DAY)), s
    assert ("BOL", "BOL", "175") in country_codes(code("Bolivian police clashed with miners in La Paz.", DAY))
    # ... an armed group is no crowd
    got = country_codes(code("Sudanese troops battled with Chadian rebels near the border.", DAY))
    assert ("SDN", "TCD", "190") in got


def test_a_trade_names_working_people(code):
    got = code("Police clashed with striking miners in La Paz.", DAY)
    assert {(e.source, e.target, e.code) for e in got} == {("BOLCOP", "BOLLAB", "175")}


def test_an_origin_is_no_nationality(code):
    # "of Indian origin": forebears, not the state of India
    got = code("Protesters of Turkish descent clashed with police in Berlin.", DAY)
    assert country_codes(got) == {("DEU", "DEU", "145")}
    got = code("Thousands of workers of Indian origin went on strike.", DAY)
    assert not [e for e in got if e.source_country == "IND"]


def test_what_an_act_does_not_mean_is_no_report(code):
    s = "The Pentagon said the deployment did not mean the United States was sending a new warning to Iran."
    assert not code(s, DAY)
    assert [e for e in code(s, DAY, all=True) if e.code == "130" and e.status == "opinion"]
    assert not code("Analysts said the move implied that China had attacked Vietnam.", DAY)
    # "meant to" is an intent
    got = code("China's foreign ministry said it meant to protest to Japan.", DAY, all=True)
    assert [e.status for e in got if e.code == "114"] == ["intent"]


def test_an_appeal_to_people_of_no_state_is_aimed_at_no_state(code):
    # the bidden are named and are of no state: the state their task names is no addressee
    got = code("German President Frank-Walter Steinmeier called on creditor banks to ease pressure on Argentina's "
               "debt repayments.", DAY)
    assert country_codes(got) == {("DEU", None, "020")}
    got = code("Britain urged Western governments to ease their sanctions on Syria.", DAY)
    assert ("GBR", "SYR", "0254") not in country_codes(got)
    # ... a thing ordered, with a purpose, bids no one
    assert not code("President Hichilema ordered the price reductions to take account of lower import costs.", DAY)
    # ... a state bidden is still the target
    assert ("FRA", "DEU", "020") in country_codes(code("France called on Germany to raise its spending.", DAY))


def test_a_resignation_is_its_country_s_own(code):
    # done, promised or refused, a resignation of a state's leader or government is aimed at the state itself, as
    # every blind annotator of our sets has labelled it
    got = code("Finnish Prime Minister Kalevi Sorsa and his government resigned formally.", OLD)
    assert country_codes(got) == {("FIN", "FIN", "0831")}
    got = code("Italian Prime Minister Bettino Craxi said his coalition government would resign.", OLD)
    assert ("ITA", "ITA", "0341") in country_codes(got)
    got = code("The Peruvian president refused to resign despite the protests.", DAY)
    assert ("PER", "PER", "1231") in country_codes(got)


def test_a_measure_or_bid_opposed_is_rejected(code):
    # opposing a proposal, a bid or sanctions rejects them (120); opposing a state disapproves of it (110)
    got = country_codes(code("The United States opposed Japan's bid for a greater say in the bank.", DAY))
    assert ("USA", "JPN", "120") in got and ("USA", "JPN", "110") not in got
    assert ("USA", "JPN", "120") in country_codes(code("Washington is opposing the Japanese efforts.", DAY))
    assert ("HUN", "UKR", "110") in country_codes(code("Hungary strongly opposed Ukraine over its language law.", DAY))


def test_a_ban_on_a_foreign_product_is_an_embargo(code):
    got = country_codes(code("China banned Japanese seafood after the release of treated water from Fukushima.", DAY))
    assert got == {("CHN", "JPN", "163")}
    got = country_codes(code("The UAE has banned a Czechoslovakian milk powder because checks showed radiation.", OLD))
    assert got == {("ARE", "CZE", "163")}
    # ... a ban on people is not
    assert ("RUS", "EST", "163") not in country_codes(code("Russia banned Estonian journalists.", DAY))


def test_two_verbs_joined_by_and_share_the_object_after_them(code):
    # the parser hangs "an Iranian oil platform" on "destroyed" only; destroyers are warships
    got = code("Four U.S. destroyers attacked and destroyed an Iranian oil platform.", OLD)
    assert {(e.source, e.target_country, e.code) for e in got} == {("USAMIL", "IRN", "190"), ("USAMIL", "IRN", "1712")}
    # ... not past a phrase of the first verb's own
    got = country_codes(code("Russia attacked on Monday and captured Avdiivka.", DAY))
    assert ("RUS", "UKR", "190") not in got
    # ... nor when the second says whom the first killed: one act, coded once (and a fisheries official is no
    # political figure: no assassination)
    got = code("North Korean troops shot and killed a South Korean fisheries official at sea on Tuesday.", DAY)
    assert [(e.source_country, e.target_country, e.code) for e in got] == [("PRK", "KOR", "190")]


def test_a_direction_from_a_place_is_in_its_country(code):
    got = country_codes(code("Iran launched a fresh offensive today north of Baghdad.", OLD))
    assert got == {("IRN", "IRQ", "190")}
    got = country_codes(code("Iraqi jets bombed targets 20 km east of Tehran.", OLD))
    assert got == {("IRQ", "IRN", "195")}


def test_a_killing_of_someone_named_by_a_political_position_is_an_assassination(code):
    # CAMEO 186: the political office the text gives the victim makes a killing an assassination
    for s, pair in (("Gunmen shot dead a provincial governor in Afghanistan's Badakhshan province on Tuesday.",
                     ("AFG", "AFG")),
                    ("Gunmen killed the mayor of a town in northern Mexico.", ("MEX", "MEX")),
                    ("The governor was shot dead by gunmen in Kandahar.", ("AFG", "AFG"))):
        assert (*pair, "186") in country_codes(code(s, DAY)), s
    # ... not soldiers, nor a shooting that does not say the victim died
    assert ("RUS", "UKR", "186") not in country_codes(code("Russian troops killed two Ukrainian soldiers.", DAY))
    assert not [e for e in code("Gunmen shot the governor of Kandahar province.", DAY) if e.code == "186"]


def test_an_attack_coordinated_with_its_weapon_is_where_it_was_aimed(code):
    got = country_codes(code("A Russian missile and drone attack on Kyiv overnight killed at least 15 people.", DAY))
    assert ("RUS", "UKR", "195") in got


def test_a_clause_after_coordinated_reactions_is_on_each(code):
    s = ("Taiwan's defence ministry said it had scrambled fighter jets and put coastal missile units on alert after 18 "
         "Chinese military aircraft crossed the median line of the Taiwan Strait.")
    got = code(s, DAY)
    assert {(e.source_country, e.target_country) for e in got} == {("TWN", "CHN")}
    assert {e.code[:2] for e in got} == {"15"}


def test_its_in_a_relative_clause_of_plural_people_is_the_singular_subject_above(code):
    s = "The Israeli army killed three Palestinian militants who attacked one of its armoured vehicles."
    got = country_codes(code(s, "2001-12-12"))
    assert ("PSE", "ISR", "190") in got and ("ISR", "PSE", "190") in got
    got = country_codes(code("The Israeli army killed three Palestinian militants who attacked its armoured vehicles.",
                             "2001-12-12"))
    assert ("PSE", "PSE", "190") not in got and ("PSE", "ISR", "190") in got


def test_forces_boarding_a_vessel_seize_it(code):
    got = country_codes(code("China's coast guard boarded a Philippine vessel and seized weapons.", DAY))
    assert ("CHN", "PHL", "171") in got
    # ... a passenger boards no one's ship
    assert not code("The minister boarded a plane to Paris.", DAY)


def test_losses_suffered_at_the_hands_of_someone_are_their_attack(code):
    got = country_codes(code("Iraq suffered heavy losses at the hands of Iranian troops.", OLD))
    assert got == {("IRN", "IRQ", "190")}
    got = country_codes(code("Iraqi troops suffered 3,000 casualties in a week-old offensive by Iran's forces.", OLD))
    assert got == {("IRN", "IRQ", "190")}
    # ... an election or a drought attacks no one
    assert not code("The ruling party suffered heavy losses in the election.", OLD)


def test_a_state_that_was_part_of_another_is_that_one_before_its_independence(code):
    # the knowledge base's successions: "Zagreb" in 1987 is Yugoslavia's (SRB), in 1997 Croatia's
    assert country_codes(code("Thousands of workers went on strike in Zagreb.", OLD)) == {("SRB", "SRB", "143")}
    assert country_codes(code("Thousands of workers went on strike in Zagreb.", "1997-04-01")) == {
        ("HRV", "HRV", "143")}
    got = country_codes(code("Croatian police arrested two Slovenian journalists.", OLD))
    assert got == {("SRB", "SRB", "173")}
    assert country_codes(code("Croatian police arrested two Slovenian journalists.", DAY)) == {("HRV", "SVN", "173")}


def test_the_successions_file_is_well_formed_and_dated(engine, tmp_path):
    from datetime import date

    from riftwatch.actors.kb import KnowledgeBase
    kb = engine.kb
    assert len(kb.successions) >= 20
    for code, (part_of, until) in kb.successions.items():
        assert code in kb.countries and part_of in kb.countries and code != part_of, code
        assert date(1940, 1, 1) < until < date(2027, 1, 1), code
    assert kb.state_on("UKR", date(1986, 4, 26)) == "RUS" and kb.state_on("UKR", date(1991, 8, 24)) == "UKR"
    assert kb.state_on("HRV", None) == "HRV"
    # a user's row replaces the packaged row of the same code
    (tmp_path / "successions.tsv").write_text("code\tpart_of\tuntil\tnote\nUKR\tRUS\t1990-01-01\tearlier\n")
    user = KnowledgeBase.load(tmp_path)
    assert user.state_on("UKR", date(1990, 6, 1)) == "UKR" and user.state_on("UKR", date(1989, 6, 1)) == "RUS"
    assert user.state_on("HRV", date(1987, 1, 1)) == "SRB"  # the other packaged rows stay


def test_a_bad_succession_row_names_its_line(tmp_path):
    import pytest

    from riftwatch.actors.kb import KnowledgeBase
    from riftwatch.errors import DataFileError
    (tmp_path / "successions.tsv").write_text("code\tpart_of\tuntil\tnote\nHRV\tSRB\t1991-13-45\tbad date\n")
    with pytest.raises(DataFileError, match="until"):
        KnowledgeBase.load(tmp_path)


def test_an_appeal_made_at_a_meeting_call_or_visit_is_made_to_whom_the_subject_met(code):
    for s, pair in (("Blinken met Netanyahu in Jerusalem, urging restraint.", ("USA", "ISR")),
                    ("Blinken called Netanyahu, urging restraint.", ("USA", "ISR"))):
        assert [e for e in code(s, DAY) if (e.source_country, e.target_country) == pair and e.root == "02"], s
    s = ("The Egyptian Foreign Minister made an emergency visit to both Israeli Prime Minister Ariel Sharon and the "
         "Palestinian leader, Yasser Arafat, urging negotiation rather than confrontation.")
    got = country_codes(code(s, "2001-12-12"))
    assert ("EGY", "ISR", "026") in got and ("EGY", "PSE", "026") in got
    # ... an appeal with an addressee of its own keeps it
    got = country_codes(code("Blinken met Netanyahu in Jerusalem, urging Iran to halt its attacks.", DAY))
    assert not [t for t in got if t[1] == "ISR" and t[2][:2] == "02"]


def test_talks_on_a_pact_with_someone_are_talks_with_them(code):
    s = "European Community foreign ministers agreed to formal talks on signing an economic pact with Hungary."
    assert ("EEC", "HUN", "036") in {(e.source, e.target, e.code) for e in code(s, OLD)}


def test_a_levy_on_a_state_s_goods_is_a_sanction(code):
    got = {(e.source_country, e.target_country, e.code) for e in code("Washington's levy on Chinese goods took effect.",
                                                                      DAY)}
    assert got == {("USA", "CHN", "163")}
    assert not code("Britain imposed a windfall levy on oil companies.", DAY)


def test_letting_aid_in_allows_it(code):
    got = country_codes(code("Israel let the first aid trucks in weeks into northern Gaza on Wednesday.", DAY))
    assert got == {("ISR", "PSE", "0863")}
    assert country_codes(code("Israel did not let aid trucks into Gaza.", DAY)) == {("ISR", "PSE", "1245")}


def test_turning_away_a_state_s_craft_rejects_them(code):
    got = country_codes(code("Colombia turned away two U.S. military planes carrying deported migrants.", DAY))
    assert got == {("COL", "USA", "120")}
    assert not code("The minister turned away from reporters.", DAY)


def test_a_legislature_passing_aid_for_a_state_promises_it(code):
    s = "The U.S. Senate passed a $95 billion package of military aid for Ukraine, Israel and Taiwan on Tuesday."
    got = country_codes(code(s, DAY))
    assert got == {("USA", "UKR", "033"), ("USA", "ISR", "033"), ("USA", "TWN", "033")}
    assert not code("The parliament passed a budget for the health service.", DAY)
