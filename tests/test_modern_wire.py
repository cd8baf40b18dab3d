"""Constructions and actors of modern wire and broadcast news (2001-2003 style: present-perfect
leads, "X says ..." attribution, Australian ministers), one test each with a restraint case.

Sentences written for these tests (never taken from a gold set or the Lee corpus). Each case is
(sentence, day, expected (source country, target country, root) triples of the asserted events
that must be present, and triples that must not).
"""

from __future__ import annotations

import pytest

from conftest import triples

CASES = [
    # a verb whose object is bidden to act: "told X to" is a demand, "challenged/pushed X to" an appeal
    ("Washington has told Damascus to expel the militant leaders.", "2003-05-02",
     {("USA", "SYR", "10")}, {("USA", "SYR", "01")}),
    ("The minister told Iran that the sailors were safe.", "2003-05-02",
     set(), {("IRN", None, "10")}),
    ("Britain has challenged Iran to release the detained sailors.", "2003-05-02",
     {("GBR", "IRN", "02")}, set()),
    ("Britain challenged the ruling of the court.", "2003-05-02", set(), {("GBR", None, "02")}),
    ("Washington pushed Israel to ease the closures.", "2003-05-02", {("USA", "ISR", "02")}, set()),
    ("U.S. threats have pushed Japan to try harder.", "2003-05-02", set(), {("USA", "JPN", "02")}),
    # the side fought for is an ally, not the target
    ("Two Americans fought for the Taliban in Kunduz.", "2001-12-20", set(), {("USA", "AFG", "19")}),
    ("British troops fought against the Taliban near Kandahar.", "2001-12-20",
     {("GBR", "AFG", "19")}, set()),
    # details provided to the public are no aid
    ("Defence Minister Robert Hill has provided further details of two Australian men.", "2001-12-20",
     set(), {("AUS", "AUS", "07")}),
    ("Japan has provided aid to Afghanistan.", "2001-12-20", {("JPN", "AFG", "07")}, set()),
    # closing a group's offices is an administrative sanction
    ("Jordan has closed down the offices of Hamas in Amman.", "2001-12-20", {("JOR", "PSE", "17")}, set()),
    ("The airline closed its offices in Sydney for the holiday.", "2001-12-20", set(),
     {("AUS", "AUS", "17")}),
    ("The Zambian mining company closed down its liaison office in South Africa.", "2001-12-20", set(),
     {("ZMB", "ZMB", "17"), ("ZMB", "ZAF", "17")}),
    # Commonwealth states exchange high commissioners, not ambassadors
    ("India has recalled its high commissioner from Islamabad.", "2001-12-28", {("IND", "PAK", "16")}, set()),
    ("The Indian high commissioner recalled his years in Dhaka.", "2001-12-28", set(), {("IND", "BGD", "16")}),
    # a side that makes or repeats its offer of talks intends them; one that does not, refuses nothing
    ("Islamabad has repeated its offer of talks with New Delhi.", "2001-12-28", {("PAK", "IND", "03")}, set()),
    ("Islamabad has not renewed its offer of talks with New Delhi.", "2001-12-28", set(),
     {("PAK", "IND", "12"), ("PAK", "IND", "03")}),
    ("New Delhi rejected the offer of talks with Islamabad.", "2001-12-28", set(), {("IND", "PAK", "03")}),
    # a hostile act with no target of its own takes the one of the hostile verb it is coordinated with
    ("Pakistan has accused India of provoking the crisis and has threatened retaliation.", "2001-12-20",
     {("PAK", "IND", "11"), ("PAK", "IND", "13")}, set()),
    ("Pakistan has met Indian officials and has threatened retaliation.", "2001-12-20",
     set(), {("PAK", "IND", "13")}),
    # "says X is to blame / responsible for the attack" is an accusation
    ("Israel says the Palestinian Authority is to blame for the bombing.", "2001-12-20",
     {("ISR", "PSE", "11")}, {("ISR", "PSE", "01")}),
    ("India says Pakistan is responsible for the attack on its parliament.", "2001-12-20",
     {("IND", "PAK", "11")}, set()),
    ("India says Pakistan is responsible for its own security.", "2001-12-20",
     set(), {("IND", "PAK", "11")}),
    # ... and said of the speaker itself, a claim of responsibility
    ("Hamas said it was responsible for the bombing in Jerusalem.", "2002-08-25", {("PSE", None, "01")}, set()),
    ("The Al-Aqsa Brigades said it was responsible for the shooting.", "2002-08-25", {("PSE", None, "01")}, set()),
    ("Hamas said it was responsible for the welfare of the refugees.", "2002-08-25", set(), {("PSE", None, "01")}),
    # "X says Y must be removed": a demand aimed at the passive subject of a hostile act ...
    ("Washington says the Iraqi President must be removed from power.", "2002-08-25", {("USA", "IRQ", "10")}, set()),
    # ... not at one who is to be allowed or given something
    ("Jordan says the refugees should be allowed to return home.", "2002-08-25", set(), {("JOR", "JOR", "02")}),
    ("Germany says Iran should be given more time.", "2002-08-25", set(), {("DEU", "IRN", "02")}),
    # an indefinite act of force that is opposed, supported, planned or warned against is not (yet) a fact
    ("Germany opposes a US attack on Iraq.", "2002-08-25", {("DEU", "USA", "11")}, {("USA", "IRQ", "19")}),
    ("Support for a US strike on Iraq is growing in Congress.", "2002-08-25", set(), {("USA", "IRQ", "19")}),
    ("Riyadh will not let Washington use its bases for an attack on Iraq.", "2002-08-25", set(),
     {("USA", "IRQ", "19")}),
    ("Israel used its jets for an attack on Syrian radar sites.", "2002-08-25", {("ISR", "SYR", "19")}, set()),
    ("Taliban fighters launched an attack on Australian troops.", "2002-08-25", {("AFG", "AUS", "19")}, set()),
    # an opposition's "the Government" is its own country's
    ("Federal Opposition leader Simon Crean has accused the Government of misleading voters.", "2002-08-25",
     {("AUS", "AUS", "11")}, set()),
    ("US officials accused the government of abuses.", "2002-08-25", set(), {("USA", "USA", "11")}),
    # "threw its support behind X" endorses X; grenades thrown behind the lines do not
    ("Britain has thrown its support behind the US campaign against Iraq.", "2002-08-25", {("GBR", "USA", "05")}, set()),
    ("British troops threw grenades behind the Iraqi lines.", "2003-03-25", set(), {("GBR", "IRQ", "05")}),
    # office-holders of 2001-2002 the news names by title or surname
    ("Immigration Minister Philip Ruddock has criticised Indonesia.", "2002-08-25",
     {("AUS", "IDN", "11")}, set()),
    ("Mr Ruddock has criticised Indonesia over the boats.", "2002-08-25", {("AUS", "IDN", "11")}, set()),
    ("Attorney-General Daryl Williams has criticised Indonesia.", "2002-08-25", {("AUS", "IDN", "11")}, set()),
    ("Mr Zinni has criticised Syria.", "2002-03-10", {("USA", "SYR", "11")}, set()),
    ("Mr Erakat has condemned the Israeli raid.", "2002-03-10", {("PSE", "ISR", "11")}, set()),
    ("The retired Marine Corps general criticised Iran.", "2002-03-10", {("USA", "IRN", "11")}, set()),
    ("The Commonwealth Ministerial Action Group has criticised Zimbabwe.", "2002-08-25", {(None, "ZWE", "11")}, set()),
    ("Senator Vanstone has criticised Indonesia.", "2002-08-25", {("AUS", "IDN", "11")}, {("IDN", "IDN", "11")}),
]


@pytest.mark.parametrize("text,day,present,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_modern_wire(code, text, day, present, absent):
    got = triples(code(text, day))
    assert present <= got, f"missing {present - got}; coded {got}"
    assert not (absent & got), f"coded {absent & got}"
