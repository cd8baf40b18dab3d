"""Stray capitals after "U.S."-style abbreviations (old wire copy) are lowered before parsing,
one character for one, and only where the capital cannot be a real one."""

import pytest

from riftwatch.nlp.recase import recase

WORDS = frozenset({"attack", "official", "pressure", "firm", "dollar", "treasury", "navy", "trade", "representative"})


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Is pressing Japan.", "The U.S. is pressing Japan."),
    ("Soybeans from the U.S. And China.", "Soybeans from the U.S. and China."),
    ("Iran called the U.S. Attacks an escalation.", "Iran called the U.S. attacks an escalation."),
    ("Earlier, U.S. Officials with Shultz said so.", "Earlier, U.S. officials with Shultz said so."),
    ("Rates fell on U.K. Pressure to act.", "Rates fell on U.K. pressure to act."),
    ("The U.N. Would meet.", "The U.N. would meet."),
])
def test_stray_capitals_are_lowered(text, expected):
    out = recase(text, WORDS)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("text", [
    "U.S. Treasury Secretary James Baker arrived.",          # an institution's own capital
    "U.S. Trade Representative Clayton Yeutter spoke.",      # a name goes on
    "He spoke with the U.S. The talks ended.",               # a real sentence starts
    "Exports to the U.S. In 1986 rose.",
    "It met the U.S. Navy commander.",
    "U.S. Secretary of State Mike Pompeo arrived.",          # a title
    "The U.N. Office of the envoy said so.",                 # "X of Y" is a name
    "Relations with the U.S. Kasparov said.",                # not an English word
    "The U.S. Attacks",                                      # end of text
    "Talks in Washington D.C. Officials said",               # no space-separated common next word
])
def test_real_capitals_are_kept(text):
    assert recase(text, WORDS) == text


def test_engine_parses_the_recased_text_but_keeps_the_original(engine):
    text = "Iran called the U.S. Attacks on its oil platforms an escalation on Tuesday."
    events = engine.code_text(text)
    assert all(e.code != "041" for e in events)  # no phone call read into "called the U.S. Attacks"
    [event] = engine.code_text("The U.S. Has accused Japan of dumping computer chips.")
    assert (event.source, event.target, event.code) == ("USA", "JPN", "112")
    assert "U.S. Has accused" in event.sentence  # the event keeps the original text


HEAD_WORDS = frozenset({"apologise", "deadly", "plane", "crash", "airspace", "over", "leader", "arrive", "ahead",
                        "expected", "summit", "with", "russian", "air", "force", "say", "record", "drone",
                        "city", "overnight", "launch", "the", "year"})
NAMES = frozenset({"putin", "azerbaijan", "aliyev", "russian", "russia", "north", "korean", "kim", "jong", "un",
                   "air", "force"})


@pytest.mark.parametrize("line, expected", [
    ("Putin Apologises to Azerbaijan's Aliyev Over Deadly Plane Crash in Russian Airspace",
     "Putin apologises to Azerbaijan's Aliyev over deadly plane crash in Russian airspace"),
    ("North Korean Leader Kim Jong Un Arrives in Russia Ahead of Expected Summit With Putin",
     "North Korean leader Kim Jong Un arrives in Russia ahead of expected summit with Putin"),
    # the first word keeps its capital; a name word ("Air Force") too
    ("Russia Launches Record Drones at Cities Overnight, Russian Air Force Says",
     "Russia launches record drones at cities overnight, Russian Air Force says"),
])
def test_a_title_case_headline_is_lowered_but_its_names(line, expected):
    from riftwatch.nlp.recase import recase_headline
    out = recase_headline(line, HEAD_WORDS, NAMES)
    assert out == expected and len(out) == len(line)
    assert recase(line, HEAD_WORDS, NAMES) == expected  # the same through recase, line by line


@pytest.mark.parametrize("line", [
    "Putin said the Plane Crash was Deadly.",                     # a sentence: few capitals
    "Leader Arrives in Moscow",                                   # too short to tell
    "President Vladimir Putin and Azerbaijani President Ilham Aliyev met in Moscow on Monday.",
])
def test_an_ordinary_sentence_keeps_its_capitals(line):
    from riftwatch.nlp.recase import recase_headline
    assert recase_headline(line, HEAD_WORDS, NAMES) == line


def test_engine_codes_a_title_case_headline(engine):
    [event] = [e for e in engine.code_text("Putin Apologises to Azerbaijan's Aliyev Over Deadly Plane Crash in "
                                           "Russian Airspace", "2024-12-28") if e.asserted]
    assert (event.source_country, event.target_country, event.code) == ("RUS", "AZE", "055")
    assert "Putin Apologises to" in event.sentence  # the event keeps the original text


def test_only_a_line_standing_alone_is_read_as_a_headline():
    # a line wrapped inside a paragraph of old wire copy keeps its names' capitals
    text = ("The talks were attended by\nSecurity Adviser Brent Scowcroft and Former Secretary Of State\n"
            "George Shultz, officials said.")
    assert recase(text, HEAD_WORDS | {"security", "adviser", "former", "secretary", "state"}, NAMES) == text
    # ... but a headline line before a blank line is one
    text = "Putin Apologises to Azerbaijan's Aliyev Over Deadly Plane Crash\n\nMoscow - ..."
    assert recase(text, HEAD_WORDS, NAMES).startswith("Putin apologises to Azerbaijan's Aliyev over deadly")
