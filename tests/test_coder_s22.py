"""Constructions of session 22, from real wire copy's shapes: an event noun whose doer is named before it
and whose "of" phrase names what was done to ("the Russian invasion of Ukraine", "US criticism of its
record"). Sentences written for these tests. Uses the ``code`` fixture of conftest.py (asserted events
only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2025-03-01"


def test_a_state_named_before_an_act_noun_is_its_doer_not_the_of_phrase(code):
    # condemning an act is aimed at whoever did it, which the modifier names
    got = country_codes(code("Britain condemned the Russian invasion of Ukraine.", DAY))
    assert ("GBR", "RUS", "111") in got and ("GBR", "UKR", "111") not in got
    got = country_codes(code("China dismissed US criticism of its human rights record.", DAY))
    assert ("CHN", "USA", "120") in got and ("USA", "CHN", "111") in got
    got = country_codes(code("China rejected American criticism of its policies in Xinjiang.", DAY))
    assert ("CHN", "USA", "120") in got
    # a possessive still decides, and an act noun with no state before it stands for its "of" phrase
    assert ("GBR", "RUS", "111") in country_codes(code("Britain condemned Russia's invasion of Ukraine.", DAY))
    assert ("JPN", "USA", "051") in country_codes(code("Japan welcomed the decision of the United States.", DAY))


def test_a_title_places_a_known_person_outside_the_terms_the_knowledge_base_records(code):
    # Cesar Gaviria is in the knowledge base as the OAS's secretary general (1994-2004); in 1987 the sentence's
    # own title says what he is
    got = country_codes(code("Colombian finance minister Cesar Gaviria blamed an inflexible U.S. position for the "
                             "failure of the coffee talks.", "1987-03-05"))
    assert got == {("COL", "USA", "112")}
    # ... and a later bare surname in the same story is the same man
    got = country_codes(code("Colombian finance minister Cesar Gaviria met U.S. officials on Monday. Gaviria later "
                             "deplored the intransigent attitude of the United States.", "1987-03-05"))
    assert ("COL", "USA", "111") in got
    # a former office holder out of office is no organ of anyone
    assert not code("Former OAS chief Cesar Gaviria blamed the United States for the failure of the talks.",
                    "2010-03-05")


def test_an_event_noun_framed_by_a_part_of_an_occasion_is_the_subjects(code):
    # "at the end of a visit": the visit is the speaker's, the end only says when he spoke
    for s, day, visit in (
            ("Peruvian President Alan Garcia told a press conference at the end of an official two-day visit to "
             "Mexico.", "1987-03-05", ("PER", "MEX", "042")),
            ("Peruvian President Alan Garcia spoke at the close of a visit to Mexico.", "1987-03-05",
             ("PER", "MEX", "042")),
            ("At the start of his visit to China, French President Emmanuel Macron urged Xi to help end the war.",
             "2023-04-05", ("FRA", "CHN", "042"))):
        assert visit in country_codes(code(s, day)), s
    # the occasion's own "of" phrase is not the visitor
    got = country_codes(code("Peruvian President Alan Garcia spoke at the end of a visit to Mexico.", "1987-03-05"))
    assert not any(s == "MEX" for s, _, _ in got)


def test_an_infinitives_subject_before_a_comma_is_the_main_verbs(code):
    got = country_codes(code("Brazilian Finance Minister Dilson Funaro, on the third leg of a trip to explain his "
                             "country's stance on debt to European governments, met West German Finance Minister "
                             "Gerhard Stoltenberg for talks this evening.", "1987-03-05"))
    assert ("BRA", "DEU", "040") in got


def test_weapons_are_no_side_of_a_word_or_a_deal(code):
    got = country_codes(code("Bonn backed a superpower pact to ban medium-range missiles from Europe.", "1987-04-05"))
    assert not any(r == "051" for _, _, r in got)
    # a state's weapons named as its own still stand for it
    assert ("RUS", "USA", "111") in country_codes(code("Russia condemned the American missiles in Europe.", DAY))


def test_a_tours_of_phrase_is_where_it_goes(code):
    assert ("FRA", "ARG", "042") in country_codes(code("French President Emmanuel Macron began a tour of Argentina.",
                                                       "2024-11-17"))
    assert ("VAT", "ARG", "042") in country_codes(code("Pope Francis, starting a one-week tour of Argentina, told "
                                                       "politicians to defend human rights.", "2024-11-17"))
    # a visit's "of" phrase is still its visitor
    assert ("FRA", "BOL", "042") in country_codes(code("The visit of the French president to Bolivia ended on "
                                                       "Friday.", DAY))


def test_a_ban_on_shipments_trade_or_investment_is_an_embargo_on_whom_they_go_to(code):
    assert ("USA", "IRN", "163") in country_codes(code("President Reagan banned arms shipments to Tehran.",
                                                       "1986-12-01"))
    assert ("USA", "CUB", "163") in country_codes(code("Washington banned all trade with Cuba.", DAY))


def test_dismissing_an_official_or_a_government_is_no_rejection(code):
    assert not any(r == "120" for _, _, r in country_codes(code(
        "Spain's government took direct control of Catalonia on Saturday, dismissing the regional government.", DAY)))
    assert ("SAU", "CAN", "120") in country_codes(code("Riyadh dismissed Ottawa's criticism.", DAY))


def test_refusing_to_give_details_declines_comment_but_a_practice_does_not(code):
    assert country_codes(code("U.S. officials refused to give details of the fall-out.", DAY)) == {("USA", None, "011")}
    assert country_codes(code("Israel declined to reveal the identity of the suspects.", DAY)) == {("ISR", None, "011")}
    assert not code("Iraq has never given any casualty figures.", DAY)
    assert not code("He did not give details.", DAY)  # the reporter's note, no refusal
    assert not code("Iran has never commented on the report.", DAY)
    # what is withheld must be information: a refused gift is a refusal of aid
    assert ("IRN", "IRQ", "122") in country_codes(code("Iran refused to give aid to Iraq.", DAY))


def test_a_released_statement_that_accuses_is_the_accusation_alone(code):
    assert country_codes(code("Russia released a statement accusing Ukraine of shelling the plant.", DAY)) == {
        ("RUS", "UKR", "112")}
    assert country_codes(code("Russia released a statement on Friday.", DAY)) == {("RUS", None, "010")}
