"""Datelines are blanked (same length) before parsing, so that "RIYADH/DUBAI, June 5 (Reuters) -"
is not parsed into the sentence's subject. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from riftwatch.nlp.dateline import blank_datelines


@pytest.mark.parametrize("text,kept", [
    ("RIYADH/DUBAI, June 5 (Reuters) - Saudi Arabia cut ties.", "Saudi Arabia cut ties."),
    ("ISLAMABAD - Afghan forces attacked.", "Afghan forces attacked."),
    ("SEOUL, South Korea (AP) \u2014 North Korea fired.", "North Korea fired."),
    ("BEIJING, Oct 5 (Xinhua) -- China said.", "China said."),
    ("NEW DELHI, June 16 (Reuters) - Twenty soldiers died.", "Twenty soldiers died."),
    ("Headline\nMOSCOW - Russia said.", "Russia said."),
])
def test_a_dateline_is_blanked_and_offsets_kept(text, kept):
    out = blank_datelines(text)
    assert len(out) == len(text) and out.endswith(kept) and out.strip().endswith(kept)
    assert out[:len(out) - len(kept)].strip() in ("", "Headline")


@pytest.mark.parametrize("text", [
    "U.S. - China talks resumed.",  # an abbreviation is no place in capitals
    "The talks - which began Monday - ended.",
    "UN - the body said.",
    "Iran said on Monday - a day after the attack - that it would respond.",
])
def test_what_is_no_dateline_is_kept(text):
    assert blank_datelines(text) == text


def test_a_dateline_no_longer_stands_in_the_subject(engine):
    day = date(2017, 6, 5)
    got = {(e.source_country, e.target_country, e.code) for e in engine.code_text(
        "RIYADH/DUBAI, June 5 (Reuters) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut "
        "diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.", day) if e.asserted}
    assert {("SAU", "QAT", "161"), ("ARE", "QAT", "161"), ("BHR", "QAT", "161"), ("EGY", "QAT", "161")} <= got
    evs = [e for e in engine.code_text("ISLAMABAD - Afghan Taliban forces attacked Pakistani border posts "
                                       "overnight.", day) if e.asserted]
    assert [(e.source_country, e.target_country, e.code) for e in evs] == [("AFG", "PAK", "190")]
    # the event keeps its sentence as written, and the dateline still places it
    assert evs[0].sentence.startswith("ISLAMABAD - Afghan") and evs[0].location_source == "dateline"


def test_a_plural_name_of_an_agreement_is_an_agreement(engine):
    got = {(e.source_country, e.target_country, e.code) for e in engine.code_text(
        "Israel and Bahrain signed the Abraham Accords at the White House.", date(2020, 9, 15)) if e.asserted}
    assert got == {("ISR", "BHR", "057"), ("BHR", "ISR", "057")}
