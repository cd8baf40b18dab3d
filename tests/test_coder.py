"""The coder on constructions, with small sentences written for these tests."""

from __future__ import annotations

from conftest import triples


def test_coder_active_voice_source_and_target(code):
    assert triples(code("France criticized Germany over its energy policy.")) == {("FRA", "DEU", "11")}


def test_coder_passive_voice_swaps_roles(code):
    assert triples(code("Germany was criticized by France over its energy policy.")) == {("FRA", "DEU", "11")}


def test_coder_compound_subject_codes_each_actor(code):
    got = triples(code("Seoul and Tokyo condemned Pyongyang's missile launch."))
    assert {("KOR", "PRK", "11"), ("JPN", "PRK", "11")} <= got


def test_coder_compound_object_codes_each_target(code):
    got = triples(code("Russia accused Britain and France of meddling."))
    assert {("RUS", "GBR", "11"), ("RUS", "FRA", "11")} <= got


def test_coder_negation_is_an_exclusion_not_an_inclusion(code):
    evs = code("The U.S. defence secretary did not include South Korea in the list of partners.")
    assert [(e.source_country, e.target_country, e.goldstein < 0) for e in evs] == [("USA", "KOR", True)]


def test_coder_plain_negation_codes_nothing(code):
    assert code("France did not criticize Germany.") == []
    flagged = code("France did not criticize Germany.", all=True)
    assert [e.status for e in flagged] == ["negated"]


def test_coder_future_and_modal_are_not_events(code):
    for s in ["South Korea should pay closer attention to Japan.",
              "Japan would criticize Russia if talks failed.",
              "Analysts expect that Iran will threaten Israel.",
              "Did France criticize Germany?"]:
        evs = code(s, all=True)
        assert not [e for e in evs if e.asserted], (s, [(e.rule, e.status) for e in evs])


def test_coder_future_is_coded_as_the_intent_or_threat_it_expresses(code):
    # CAMEO codes what a future-tense lead says: a commitment (03x) or a threat (13x),
    # never the future deed itself as done
    for s, deed, said in [("China will impose sanctions on Lithuania next month.", "16", "1312"),
                          ("India plans to visit Brazil in March.", "04", "036")]:
        evs = code(s, all=True)
        assert not [e for e in evs if e.asserted and e.root == deed], s
        assert [e.code for e in evs if e.asserted] == [said], (s, [(e.rule, e.status) for e in evs])


def test_coder_statement_by_speaker_and_embedded_event(code):
    # the speaker's statement is about the actor its complement names
    got = triples(code("Chinese President Xi Jinping said that Washington's decision was final."))
    assert got == {("CHN", "USA", "01")}
    # ... and what it says of it may be a judgement: criticism (see tests/test_statements.py)
    got = triples(code("Chinese President Xi Jinping said that Washington's decision was a mistake."))
    assert got == {("CHN", "USA", "11")}
    # when what is said is the speaker's own act, the act is the event (CAMEO's 010 is residual)
    evs = code("Chinese President Xi Jinping said that Beijing condemned Washington's decision.")
    assert {(e.source, e.target_country, e.root) for e in evs} == {("CHNGOV", "USA", "11")}
    # attribution is provenance: another actor's reported act is the event, not the report
    got = triples(code("Japan said that China had criticized Australia."))
    assert got == {("CHN", "AUS", "11")}
    # a statement that names nobody else has no target, and is coded only with the setting
    # plain_statements (tests/test_reported_speech.py)
    assert not code("Japan said it was ready.")


def test_coder_person_resolved_by_date(code):
    [e] = [e for e in code("Mark Esper visited India.", day="2020-10-24") if e.root == "04"]
    assert (e.source, e.target_country) == ("USAGOV", "IND")
    [e] = [e for e in code("Mark Esper visited India.", day="2021-06-01") if e.root == "04"]
    assert e.source == "USAELI"  # no longer in office: an elite, not the government


def test_coder_title_resolves_unknown_person_and_surname_alias(code):
    text = ("Chinese Foreign Ministry spokesman Zhao Lijian criticized Australia on Monday. "
            "Later, Zhao also criticized Canada.")
    got = {(e.source, e.target_country) for e in code(text) if e.root == "11"}
    assert got == {("CHNGOV", "AUS"), ("CHNGOV", "CAN")}


def test_coder_shared_subject_of_coordinated_verbs(code):
    got = triples(code("North Korean leader Kim Jong Un visited Beijing and praised China."))
    assert {("PRK", "CHN", "04"), ("PRK", "CHN", "05")} <= got


def test_coder_relative_clause_subject(code):
    got = triples(code("Japan welcomed India, which criticized China last week."))
    assert ("IND", "CHN", "11") in got


def test_coder_apposition_gives_the_person(code):
    got = {(e.source, e.target_country, e.root)
           for e in code("Mike Pompeo, the U.S. secretary of state, criticized China.", day="2020-10-24")}
    assert ("USAGOV", "CHN", "11") in got


def test_coder_provenance_on_every_event(engine):
    from datetime import date

    text = "Quiet week. France accused Germany of spying."
    [e] = [e for e in engine.code_text(text, date(2020, 10, 1)) if e.asserted]
    assert text[e.start:e.end] == "France accused Germany of spying."
    assert e.sentence_index == 1 and e.rule and 0 < e.confidence <= 1
    assert text[e.trigger_start:e.trigger_start + len(e.trigger)] == "accused"
    assert e.quad_class == 3 and e.goldstein < 0 and e.event_date == date(2020, 10, 1)


def test_coder_history_recalled_in_passing_is_not_news(code):
    for s in ["In 1950, China sent troops to North Korea.", "China sent troops to North Korea 70 years ago."]:
        evs = code(s, all=True)
        assert evs and all(e.status == "historical" for e in evs), [(e.rule, e.status) for e in evs]
    # "since <year>" dates the state of affairs, not the event
    assert code("China has sent troops to North Korea every year since 1990.")


def test_coder_group_reference_to_two_states(code):
    evs = code("Japanese and Indian diplomats met in Tokyo. The two sides agreed to expand trade.")
    assert {("JPN", "IND", "03"), ("IND", "JPN", "03")} <= triples(evs)


def test_coder_cancelled_visit_noun_is_not_a_visit(code):
    evs = code("Pompeo's visit to Seoul, canceled earlier this month, has not been rescheduled.", all=True)
    assert not [e for e in evs if e.root == "04" and e.asserted]


def test_coder_unknown_person_titled_by_apposition(code):
    text = ("South Korea's ambassador to the United States, Lee Soo-hyuck, spoke on Monday. "
            "Washington later criticized Lee.")
    assert ("USA", "KOR", "11") in triples(code(text))


def test_coder_coordinated_country_modifiers_code_each_country(code):
    got = triples(code("Chinese and Russian warplanes entered Japan's air defense zone on Tuesday."))
    assert {("CHN", "JPN", "15"), ("RUS", "JPN", "15")} <= got


def test_coder_bare_surname_of_office_holder(code):
    evs = code("Pompeo criticized Beijing on Friday.", day="2020-10-30")
    assert [(e.source, e.target) for e in evs] == [("USAGOV", "CHNGOV")]


def test_coder_demand_that_targets_the_complement_subject(code):
    assert ("USA", "PRK", "10") in triples(code("The United States demanded that North Korea end its missile tests."))


def test_coder_intent_verb_takes_the_complement_target(code):
    assert ("IND", "NPL", "03") in triples(code("India agreed to provide grain to Nepal."))


def test_coder_domestic_target_takes_the_source_country(code):
    got = {(e.source, e.target) for e in code("The Sudanese government accused rebels of violating the truce.")}
    assert ("SDNGOV", "SDNREB") in got
    # a source with no country of its own codes nothing
    assert code("Officials criticized Japan.") == []


def test_coder_sector_with_in_phrase(code):
    assert ("KOR", "JPN", "11") in triples(code("Lawmakers in Seoul criticized Japan on Monday."))


def test_derived_codes_are_cameo_codes():
    from riftwatch.coding.derived import TABLES, derive, said
    from riftwatch.coding.ontology import cameo_codes

    codes = cameo_codes()
    bad = [(kind, k, v) for kind, t in TABLES.items() for k, v in t.items() if v not in codes]
    assert not bad
    # the most specific prefix wins; conflict futures are threats, cooperation intents
    assert derive("intent", "0841") == "0353" and derive("intent", "084") == "0353"
    assert said("0874") == ("intent", "0356") and said("163") == ("threat", "1312")
    assert said("010") is None and derive("appeal", "1053") is None
    assert derive("appeal", "084") == "0253" and derive("demand", "084") == "1053"


def test_code_text_takes_an_iso_date_string_and_refuses_a_bad_one(engine):
    from datetime import date

    import pytest

    by_str = [(e.source_country, e.code, e.event_date) for e in engine.code_text("Iran fired missiles at Iraq on Monday.",
                                                                         "1987-03-04")]
    by_date = [(e.source_country, e.code, e.event_date) for e in engine.code_text("Iran fired missiles at Iraq on Monday.",
                                                                          date(1987, 3, 4))]
    assert by_str == by_date and by_str
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        engine.code_text("Iran fired missiles at Iraq.", "4 March 1987")
