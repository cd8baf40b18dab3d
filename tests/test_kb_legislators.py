"""Legislators, vice-regal heads and party figures of 2000-2026 who speak on foreign affairs without a
ministry (people_legislators.tsv): dated lookups (in a term, not after it), the codes their mentions get
in hand-written sentences, and restraint: a back-bench legislator or a governor-general (kb.QUIET_ROLES)
is no bare family name's bearer ("Warner", "Reed", "Jean" stay unread) unless a title comes before it
("Senator Warner", "Dr Hollingworth") or the article named them in full."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import people_rows

from riftwatch.actors.kb import PEOPLE_COLS, QUIET_ROLES
from riftwatch.tables import data_path, read_tsv

FILE = "people_legislators.tsv"


def test_file_schema(kb):
    rows = people_rows(FILE)
    assert len(rows) >= 250
    for r in rows:
        assert r["title"] and r["start"] and r["role"], r
        assert r["role"] == r["role"].lower() and " " not in r["role"], r
        if r["country"] in kb.orgs:  # the European Parliament's president codes as the EU
            assert r["sector"] == kb.orgs[r["country"]].type, r
        elif r["role"] == "governor_general":
            assert r["sector"] == "GOV", r
        else:
            assert r["sector"] in ("LEG", "OPP"), r
        assert len(r["name"].split()) >= 2, r  # a one-word name would be matched on every date


def test_no_spelling_is_claimed_by_two_people():
    owner: dict[str, set[str]] = {}
    for path in sorted(data_path("kb").glob("people*.tsv")):
        for _, r in read_tsv(path, PEOPLE_COLS):
            for a in [r["name"], *filter(None, r["aliases"].split("|"))]:
                owner.setdefault(a, set()).add(r["name"])
    ours = {a for r in people_rows(FILE) for a in [r["name"], *filter(None, r["aliases"].split("|"))]}
    assert not {a: n for a, n in owner.items() if a in ours and len(n) > 1}


@pytest.mark.parametrize("country,role,day,who", [
    ("USA", "committee_chair", "2005-06-01", "Richard Lugar"),  # Foreign Relations
    ("USA", "committee_chair", "2005-06-01", "John Warner"),  # Armed Services
    ("USA", "committee_chair", "2005-06-01", "Pat Roberts"),  # Intelligence
    ("USA", "committee_ranking_member", "2005-06-01", "Joe Biden"),
    ("USA", "committee_chair", "2016-06-01", "Bob Corker"),
    ("USA", "committee_chair", "2016-06-01", "John McCain"),
    ("USA", "committee_chair", "2023-06-01", "Michael McCaul"),
    ("USA", "senate_minority_leader", "2010-06-01", "Mitch McConnell"),
    ("USA", "house_minority_leader", "2024-06-01", "Hakeem Jeffries"),
    ("AUS", "governor_general", "2002-03-01", "Peter Hollingworth"),
    ("CAN", "governor_general", "2008-06-01", "Michaelle Jean"),
    ("NZL", "governor_general", "2002-03-01", "Silvia Cartwright"),
    ("ISR", "legislature_speaker", "2015-06-01", "Yuli Edelstein"),
    ("UKR", "legislature_speaker", "2017-06-01", "Andriy Parubiy"),
    ("RUS", "senate_president", "2015-06-01", "Valentina Matviyenko"),
    ("TUR", "legislature_speaker", "2012-06-01", "Cemil Cicek"),
    ("EEC", "parliament_president", "2013-06-01", "Martin Schulz"),
])
def test_who_held_the_post(kb, country, role, day, who):
    assert who in kb.holders(country, role, date.fromisoformat(day))


@pytest.mark.parametrize("name,day,country,sector", [
    ("Chuck Hagel", "2005-06-01", "USA", "LEG"),  # a senator before he was defence secretary ...
    ("Chuck Hagel", "2014-06-01", "USA", "GOV"),
    ("John Kerry", "2011-06-01", "USA", "LEG"),  # ... and Kerry before secretary of state
    ("Lindsey Graham", "2018-06-01", "USA", "LEG"),
    ("Peter Hollingworth", "2002-03-01", "AUS", "GOV"),
    ("Peter Cosgrove", "2004-03-01", "AUS", "MIL"),  # the defence force chief before governor-general
    ("Peter Cosgrove", "2016-03-01", "AUS", "GOV"),
    ("Reuven Rivlin", "2010-06-01", "ISR", "LEG"),
    ("Wolfgang Thierse", "2002-06-01", "DEU", "LEG"),
    ("Roberta Metsola", "2023-06-01", "EEC", "IGO"),
])
def test_in_term(kb, name, day, country, sector):
    on = kb.person_on(name, date.fromisoformat(day))
    assert (on.country, on.sector) == (country, sector)


@pytest.mark.parametrize("name,day,country", [
    ("Peter Hollingworth", "2004-01-01", "AUS"),  # resigned in May 2003
    ("Jesse Helms", "2004-01-01", "USA"),  # retired in January 2003
    ("John McCain", "2019-01-01", "USA"),  # died in August 2018
    ("Joe Lieberman", "2014-01-01", "USA"),
    ("Avraham Burg", "2004-01-01", "ISR"),
])
def test_not_after_the_term(kb, name, day, country):
    on = kb.person_on(name, date.fromisoformat(day))
    assert (on.country, on.sector, on.role) == (country, None, None)


def _src(evs):
    return {(e.source, e.target_country) for e in evs}


@pytest.mark.parametrize("text,day,source,target", [
    ("Senator John McCain criticised Russia.", "2008-08-20", "USALEG", "RUS"),
    ("Chuck Hagel criticised Iran.", "2005-06-01", "USALEG", "IRN"),
    ("Richard Lugar urged Russia to destroy its chemical weapons.", "2005-06-01", "USALEG", "RUS"),
    ("Dianne Feinstein accused Saudi Arabia of funding extremists.", "2010-06-01", "USALEG", "SAU"),
    ("Governor-General Peter Hollingworth met Indonesian officials.", "2002-03-01", "AUSGOV", "IDN"),
    ("Dr Hollingworth criticised Indonesia.", "2002-03-01", "AUSGOV", "IDN"),
    ("Governor-General Peter Cosgrove criticised China.", "2016-03-01", "AUSGOV", "CHN"),  # not the general
    ("Republican Chuck Hagel of the Foreign Relations Committee criticised Iran.", "2003-06-01", "USALEG", "IRN"),
    ("Senator Graham criticised Russia.", "2018-06-01", "USALEG", "RUS"),
    ("Sen. Warner criticised Iraq.", "2005-06-01", "USALEG", "IRQ"),
    ("Representative Schiff accused Russia of interfering.", "2019-06-01", "USALEG", "RUS"),
    ("Volodymyr Lytvyn criticised Russia.", "2004-06-01", "UKRLEG", "RUS"),
    ("Ali Larijani accused the United States of lying.", "2012-06-01", "IRNLEG", "USA"),
    ("Senate Minority Leader Harry Reid criticised Iran.", "2006-06-01", "USALEG", "IRN"),
    ("Valentina Matviyenko accused the United States of meddling.", "2015-06-01", "RUSLEG", "USA"),
    ("Roberta Metsola met Ukrainian officials.", "2023-06-01", "EEC", "UKR"),
])
def test_sentences_with_the_new_people(code, text, day, source, target):
    assert (source, target) in _src(code(text, day=day))


def test_a_surname_after_the_full_name_in_the_same_article(code):
    evs = code("Senator John Warner arrived in Baghdad on Monday. Warner criticised Iraq.", day="2005-06-01")
    assert ("USALEG", "IRQ") in _src(evs)


def test_quiet_roles_need_a_title_or_the_full_name(kb):
    day = date(2005, 6, 1)
    # back-bench legislators and governors-general: no bare family name of theirs ...
    for word, when, who in (("Warner", day, "John Warner"), ("Levin", day, "Carl Levin"),
                            ("Reed", date(2022, 6, 1), "Jack Reed"), ("Lugar", day, "Richard Lugar"),
                            ("Feinstein", date(2012, 6, 1), "Dianne Feinstein"),
                            ("Hollingworth", date(2002, 3, 1), "Peter Hollingworth"),
                            ("Jean", date(2008, 6, 1), "Michaelle Jean")):
        assert kb.office_surname(word, when) != who, word
        # ... but after a title it is theirs
        assert kb.office_surname(word, when, titled=True) == who, word
    assert kb.office_surname("Warner", day) is None  # nobody else of the name: unread
    # someone who also held a government office keeps the bare name in every office
    assert kb.office_surname("Hagel", day) == "Chuck Hagel"
    assert kb.office_surname("Kerry", date(2011, 6, 1)) == "John Kerry"
    # speakers and party leaders are called by the family name alone, as before
    assert kb.office_surname("Edelstein", date(2015, 6, 1)) == "Yuli Edelstein"
    assert kb.office_surname("Jeffries", date(2024, 6, 1)) == "Hakeem Jeffries"
    assert {"senator", "committee_chair", "governor_general"} <= QUIET_ROLES


def test_bare_family_name_restraint(kb):
    # Joe Lieberman, a senator, takes no bare "Lieberman" from Israel's foreign minister
    assert kb.office_surname("Lieberman", date(2010, 6, 1)) == "Avigdor Lieberman"
    # nor Lindsey Graham Canada's "Graham": the foreign minister of 2002-04 keeps it
    assert kb.office_surname("Graham", date(2003, 6, 1)) == "Bill Graham"
    # a speaker is outranked by a head of state of the same family name
    assert kb.office_surname("Moon", date(2019, 6, 1)) == "Moon Jae-in"


@pytest.mark.parametrize("text,day", [
    ("Warner shares rose on Monday.", "2005-06-01"),
    ("Reed criticised Iran.", "2022-06-01"),  # no title, no full name: nobody known
    ("Jean criticised France.", "2008-06-01"),
])
def test_no_event_from_a_shared_name(code, text, day):
    assert not [e for e in code(text, day=day) if e.source_country == "USA" or e.source == "CANGOV"]
