"""Constructions of session 29, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import country_codes

DAY = "2024-02-10"
OLD = "1987-04-20"


def test_drills_of_a_conjoined_subject_are_held_with_each_other(code):
    # the partners named as the subject make drills joint, however the parser stacks the modifiers
    for s in ("South Korea and the United States kicked off large-scale joint military drills on Monday.",
              "South Korea and the United States kicked off massive military drills on Monday."):
        assert country_codes(code(s, DAY)) == {("KOR", "USA", "062"), ("USA", "KOR", "062")}, s
    # ... one state's drills with no partner are still a show of force
    assert country_codes(code("Russia held naval drills in the Baltic.", DAY)) == {("RUS", None, "150")}


def test_force_told_in_a_relative_clause_struck_what_the_clause_describes(code):
    for s, src in (("The tanker, which Iran attacked on Monday, sank.", "IRN"),
                   ("The village, which Russian forces shelled on Monday, was empty.", "RUS"),
                   ("The tanker that Iran attacked on Monday sank.", "IRN"),
                   ("The Indian navy rescued the crew of a merchant ship attacked by Houthi rebels.", None),
                   ("The tanker, which was attacked by Iran, sank.", "IRN")):
        got = [e for e in code(s, DAY) if e.code[:2] == "19"]
        assert len(got) == 1 and got[0].target is None, s
        assert got[0].source_country == src or (src is None and got[0].source == "HOU"), s
    # ... but a missile fired by someone struck nothing the participle names
    got = code("Israel struck Yemen's airport two days after a missile fired by the Houthis landed near Tel Aviv.", DAY)
    assert not [e for e in got if e.source == "HOU"]
