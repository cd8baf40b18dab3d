"""Senses and background in running news (issue #4): the political sense of a verb
only where the sentence has it, and acts dated weeks or months before the story kept
out of the news. Sentences written for these tests (never taken from a gold set)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import triples

DAY = date(1987, 4, 10)


@pytest.fixture(scope="module")
def engine():
    from riftwatch.pipeline import Engine

    return Engine()


def asserted(engine, text):
    return triples([e for e in engine.code_text(text, DAY) if e.asserted])


def statuses(engine, text):
    return {e.status for e in engine.code_text(text, DAY)}


SENSES = [
    # an accusation made with "charge that", a criminal charge on people, a price charged
    ("Kenya charged that Ugandan troops had crossed the border.", {("KEN", "UGA", "11")}),
    ("Kenya charged two Ugandan smugglers with murder.", {("KEN", "UGA", "17")}),
    ("The Kuwaiti company was charging its official price to Japanese buyers.", set()),
    # attacking a decision or a forecast is criticism; attacking positions is force
    ("Brazil attacked the Argentine decision to raise tariffs.", {("BRA", "ARG", "11")}),
    ("Iraqi jets attacked Iranian positions near Basra.", {("IRQ", "IRN", "19")}),
    # fighting a plan is opposition; fighting to recover is no fight; troops fighting troops are
    ("Canada fought the American plan to cut timber imports.", {("CAN", "USA", "11")}),
    ("Iraqi troops fought Iranian forces near Basra.", {("IRQ", "IRN", "19")}),
    ("Reagan, fighting to recover politically, met Iranian envoys.", {("USA", "IRN", "04"), ("IRN", "USA", "04")}),
    # "demonstrates the intention" shows something; students demonstrating protest
    ("Brazil's program clearly demonstrates the intention to pay Japan.", set()),
    ("Iranian students demonstrated outside the British embassy.", {("IRN", "GBR", "14")}),
    # a permission at home concedes nothing to anyone; letting foreign ships through does
    ("Japan allowed local banks last week to use overseas futures.", set()),
    # (the module's date is 1987, when Ukrainian ships were Soviet: knowledge base successions, session 31)
    ("Turkey allowed Ukrainian grain ships through the straits.", {("TUR", "RUS", "08")}),
    # a tour that includes two countries admits no one into anything
    ("The president began a Latin American tour which includes Bolivia and Peru.", set()),
    ("Washington included Seoul in the summit.", {("USA", "KOR", "05")}),
    # captured border posts are territory taken, not people arrested
    ("Kenyan troops captured three Ugandan border posts near Busia.", {("KEN", "UGA", "19")}),
    # naming an act is no appeal to its victim: "called the attacks an escalation" criticizes the
    # attacker (a judgement, session 6) and reports the raids
    ("Iran called the Iraqi raids on its refineries an escalation.", {("IRQ", "IRN", "19"), ("IRN", "IRQ", "11")}),
    ("France called on Germany to raise its spending.", {("FRA", "DEU", "02")}),
]


@pytest.mark.parametrize("text,expected", SENSES)
def test_sense(engine, text, expected):
    got = {(s, t, r) for s, t, r in asserted(engine, text)}
    assert got == expected, text


BACKGROUND = [
    # a clause recalling an act weeks or months back is background; the story's own act is news
    ("Kenya reopened its embassy in Zambia, which it had closed last November.", {("KEN", "ZMB", "05")}),
    ("Egypt has previously criticized Israel for its policy in Gaza.", set()),
    ("Egypt criticized Israel for its policy in Gaza.", {("EGY", "ISR", "11")}),
    ("Nigeria's agreement with Britain in December covered official debt.", set()),
    # a mention of an agreement is no signing (the nominal patterns that coded one were dropped in
    # session 5: they coded every "EC trade agreements with Tunisia, Egypt ..."); its verb codes it
    ("Nigeria's agreement with Britain on Tuesday covered official debt.", set()),
    # (a signed agreement is mutual: both sides sign it, session 7)
    ("Nigeria signed an agreement with Britain on Tuesday.", {("NGA", "GBR", "05"), ("GBR", "NGA", "05")}),
    ("Kenya and Zambia signed a border treaty last year.", set()),
    # an act going on since then is news
    ("Kenya and Zambia have been holding talks since last June.", {("KEN", "ZMB", "04"), ("ZMB", "KEN", "04")}),
    # the sentence's own act, dated last week, stays news
    ("Kenya and Zambia signed a border treaty last week.", {("KEN", "ZMB", "05"), ("ZMB", "KEN", "05")}),
    # ... dated by a month weeks back it is background even in a lead (session 31, as eval/README's conventions
    # and every blind annotator of the real-news sets have it)
    ("Kenya and Zambia signed a border treaty in late February.", set()),
]


@pytest.mark.parametrize("text,expected", BACKGROUND)
def test_background(engine, text, expected):
    assert asserted(engine, text) == expected, text


def test_background_is_flagged_not_lost(engine):
    assert "historical" in statuses(engine, "Egypt has previously criticized Israel for its policy in Gaza.")
