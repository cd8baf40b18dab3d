"""Constructions of session 21, in the style of 2020s wire copy: an event noun inside a collective
("a raft of sanctions", "a wave of air strikes"), a participle that says whom an act is aimed at
("sanctions targeting ..."), and a pronoun in what a relative clause reports. Sentences written
for these tests. Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2025-03-01"


def test_sanctions_inside_a_collective_noun_are_the_announcers(code):
    for s in ("India announced a set of new sanctions against Pakistan on Friday.",
              "India unveiled a package of sanctions on Pakistan.",
              "India announced a fresh round of sanctions on Pakistan."):
        assert country_codes(code(s, DAY)) == {("IND", "PAK", "163")}, s


def test_the_owner_of_an_act_inside_a_collective_is_the_acts(code):
    # the wave is nobody's; the strikes are Israel's
    got = country_codes(code("The bombing follows a wave of Israeli air strikes against Palestinian security "
                             "installations in the West Bank.", DAY))
    assert ("ISR", "PSE", "195") in got


def test_a_participle_says_whom_an_act_is_aimed_at(code):
    assert ("GBR", "IRN", "163") in country_codes(code("Britain imposed sanctions targeting Iranian officials.", DAY))
    assert ("GBR", "IRN", "163") in country_codes(code("Britain announced sanctions targeting Iranian officials.",
                                                       DAY))
    assert ("USA", "CHN", "163") in country_codes(code("Washington imposed tariffs aimed at Chinese electric "
                                                       "vehicles.", DAY))
    # a participle of something else names no target
    assert not code("Britain announced sanctions following Iranian missile tests.", DAY)


def test_a_pronoun_in_a_relative_clauses_report_is_its_antecedent(code):
    got = country_codes(code("The Israeli military, which said it struck Hezbollah targets in southern Lebanon, "
                             "gave no details.", DAY))
    assert ("ISR", "LBN", "190") in got
