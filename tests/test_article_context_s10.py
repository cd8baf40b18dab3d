"""Who a pronoun is, read across an article's sentences (session 10): a person who acted since
the last speaker spoke is the nearer "he"; a subject "they" continues the last sentence's
subject when that is people. Our own sentences, with restraint cases."""

from __future__ import annotations

from datetime import date

DAY = date(2001, 12, 15)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.root) for e in engine.code_text(text, DAY) if e.asserted}


def test_he_said_after_a_named_person_acted_is_that_person_not_the_last_speaker(engine):
    text = ("Immigration Minister Philip Ruddock was criticised by the UN refugee chief, Ruud Lubbers. "
            "Mr Lubbers says some leaders base their policies on fear. In a speech, Mr Ruddock rejected that "
            "criticism. \"Australia has a very fine record,\" he said.")
    got = _events(engine, text)
    assert not any(r == "01" and t == "AUS" for s, t, r in got), got
    # restraint: with no one acting in between, "he" still continues the last speaker
    text2 = ("The UN refugee chief, Ruud Lubbers, met Immigration Minister Philip Ruddock. Mr Lubbers said "
             "leaders base their policies on fear. \"Australia has a poor record,\" he said.")
    assert any(t == "AUS" and r == "01" for s, t, r in _events(engine, text2))


def test_they_continues_a_subject_of_people_named_by_their_state(engine):
    got = _events(engine, "Iranian officials met Japanese diplomats in Tokyo. They accused Iraq of attacking ships.")
    assert ("IRN", "IRQ", "11") in got and ("JPN", "IRQ", "11") not in got
    assert ("ISR", "PSE", "17") in _events(
        engine, "Israeli troops raided Jenin on Monday. They arrested 12 Palestinians.")


def test_they_after_people_of_several_states_or_of_none_is_not_the_last_country_named(engine):
    got = _events(engine, "Ministers from Australia, Britain, Canada and Nigeria will meet in London tomorrow for "
                          "talks on Zimbabwe. In recent meetings, they have suspended both Fiji and Pakistan.")
    assert not any(s == "ZWE" for s, _, _ in got), got
    # the protesters are not Seoul's government
    assert not [e for e in engine.code_text("Protesters marched through Seoul on Sunday. They accused Japan of lying.",
                                            DAY) if e.source == "KORGOV"]
    # restraint: a country that is the last subject is still "they"
    assert ("KWT", "CHN", "02") in _events(engine, "Kuwait asked Britain to lease tankers. They also asked China for help.")


def test_they_after_the_two_sides_are_the_two_states(engine):
    text = ("South Korea and the United States held talks by video link on Wednesday. Officials of many agencies "
            "took part. The two sides discussed trade. They also discussed investment.")
    assert {("KOR", "USA", "04"), ("USA", "KOR", "04")} <= _events(engine, text)


def test_a_governor_general_is_no_general(engine):
    # a hyphenated title is read whole: not the army of the country named next to it
    assert not [e for e in engine.code_text("The Governor-General met the Prime Minister of Fiji.", DAY)
                if e.source.endswith("MIL")]
    assert [e for e in engine.code_text("General Musharraf met the Prime Minister of India.", DAY)
            if e.source_country == "PAK"]


def test_every_state_of_a_list_of_demonyms_acts(engine):
    for text in ("British, German and Australian officers met US Marines.",
                 "German, British and Australian officers met US Marines."):
        got = _events(engine, text)
        assert {("GBR", "USA", "04"), ("DEU", "USA", "04"), ("AUS", "USA", "04")} <= got, (text, got)
    # restraint: a modifier that is no list member stays out ("US-backed Afghan forces" are Afghan)
    assert not any(s == "USA" for s, _, _ in _events(engine, "US-backed Afghan forces attacked Kandahar."))
