"""Other ministers, deputies, speakers and central bankers (people_ministers.tsv) and opposition,
rebel and party leaders (people_opposition.tsv) in the knowledge base: dated lookups, the codes
their mentions get in hand-written sentences, and restraint where a family name is shared."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import people_rows


#: the roles people_ministers.tsv may use; any other is a typo
MINISTER_ROLES = {"energy_minister", "agriculture_minister", "agriculture_commissioner", "justice_minister",
                  "communications_minister", "trade_minister", "economy_minister",
                  "information_minister", "chief_cabinet_secretary", "deputy_head_of_government", "vice_president",
                  "deputy_head_of_state", "legislature_speaker", "senate_majority_leader", "central_bank_governor",
                  "president", "head_of_state", "head_of_government", "military_chief"}


def test_ministers_file_schema(kb):
    rows = people_rows("people_ministers.tsv")
    assert len(rows) >= 200
    for r in rows:
        assert r["role"] in MINISTER_ROLES, r
        assert r["title"] and r["start"], r
        if r["country"] in kb.orgs:  # the EU's farm commissioner, the ECB's president
            assert r["sector"] == "IGO", r
        elif r["role"] in ("legislature_speaker", "senate_majority_leader"):
            assert r["sector"] == "LEG", r
        elif r["role"] != "military_chief":
            assert r["sector"] == "GOV", r  # a central bank is an organ of its state


def test_opposition_file_schema(kb):
    rows = people_rows("people_opposition.tsv")
    assert len(rows) >= 60
    for r in rows:
        assert r["title"] and r["start"], r
        if r["country"] in kb.orgs:  # a group's leader codes as the group
            assert r["sector"] == kb.orgs[r["country"]].type, r
        else:  # a leader of a group the KB lacks: the state's opposition or rebels (or a state office)
            assert r["sector"] in ("OPP", "REB", "GOV", "MIL"), r


@pytest.mark.parametrize("country,role,day,who", [
    ("SAU", "energy_minister", "1986-06-01", "Ahmed Zaki Yamani"),
    ("SAU", "energy_minister", "1987-06-01", "Hisham Nazer"),
    ("USA", "central_bank_governor", "1987-06-01", "Paul Volcker"),
    ("USA", "central_bank_governor", "1987-10-20", "Alan Greenspan"),
    ("DEU", "central_bank_governor", "1987-10-20", "Karl Otto Poehl"),
    ("EEC", "agriculture_commissioner", "1987-06-19", "Frans Andriessen"),
    ("USA", "agriculture_minister", "1987-06-19", "Richard Lyng"),
    ("IRN", "legislature_speaker", "1987-10-20", "Akbar Hashemi Rafsanjani"),
    ("JPN", "chief_cabinet_secretary", "2015-01-01", "Yoshihide Suga"),
    ("ECB", "president", "2015-01-01", "Mario Draghi"),
    ("UNI", "leader", "1987-04-01", "Jonas Savimbi"),
    ("LKA", "head_of_state", "1987-07-29", "J. R. Jayewardene"),
])
def test_who_held_the_office(kb, country, role, day, who):
    assert kb.holders(country, role, date.fromisoformat(day)) == [who]


def test_a_term_covers_its_days_only(kb):
    on = kb.person_on("Paul Volcker", date(1987, 6, 1))
    assert (on.country, on.sector, on.role) == ("USA", "GOV", "central_bank_governor")
    off = kb.person_on("Paul Volcker", date(1987, 10, 1))  # Greenspan took over in August
    assert (off.country, off.sector, off.role) == ("USA", None, None)
    assert kb.person_on("Jonas Savimbi", date(2002, 3, 1)).sector is None  # killed in February 2002


def test_new_offices_add_to_known_ones(kb):
    # Mandela led the ANC from jail; as president of South Africa the state office wins
    assert kb.person_on("Nelson Mandela", date(1987, 1, 1)).country == "ANC"
    assert (kb.person_on("Nelson Mandela", date(1995, 1, 1)).country,
            kb.person_on("Nelson Mandela", date(1995, 1, 1)).role) == ("ZAF", "head_of_state")
    # Rafsanjani: speaker of the Majlis, then president
    assert kb.person_on("Akbar Hashemi Rafsanjani", date(1987, 10, 20)).sector == "LEG"
    assert kb.person_on("Akbar Hashemi Rafsanjani", date(1990, 1, 1)).sector == "GOV"
    # Mark Carney: Bank of Canada, Bank of England, then Canada's prime minister
    assert kb.person_on("Mark Carney", date(2010, 1, 1)).country == "CAN"
    assert kb.person_on("Mark Carney", date(2016, 1, 1)).country == "GBR"


def test_bare_surname_of_a_new_office_holder(kb):
    assert kb.office_surname("Poehl", date(1987, 10, 20)) == "Karl Otto Poehl"
    assert kb.office_surname("Lyng", date(1987, 6, 19)) == "Richard Lyng"
    # Bush was vice president in 1987 (head of state only from 1989)
    assert kb.office_surname("Bush", date(1987, 6, 1)) == "George H. W. Bush"


def test_bare_surname_restraint(kb):
    # Rifaat al-Assad was vice president, but "Assad" in 1987 is the president
    assert kb.office_surname("Assad", date(1987, 6, 1)) == "Hafez al-Assad"
    # the Gemayels: in 1983 Amin is head of state, his father only a party leader
    assert kb.office_surname("Gemayel", date(1983, 6, 1)) == "Amin Gemayel"
    # Ortega: the brothers' offices rank head of state over defence minister
    assert kb.office_surname("Ortega", date(1987, 6, 1)) == "Daniel Ortega"
    # names left out on purpose: "Ramadan", "Steel", "Smith" and "George" stand for nobody
    for word, day in (("Ramadan", date(1987, 5, 1)), ("Steel", date(1987, 5, 1)), ("Smith", date(1993, 1, 1)),
                      ("George", date(1995, 1, 1))):
        assert kb.office_surname(word, day) is None, word


def _src(evs):
    return {(e.source, e.target_country) for e in evs}


@pytest.mark.parametrize("text,day,source,target", [
    ("Poehl accused the United States of talking down the dollar.", "1987-10-20", "DEUGOV", "USA"),
    ("Lyng criticised Japan's ban on rice imports.", "1987-06-19", "USAGOV", "JPN"),
    ("Rafsanjani vowed to retaliate against the United States.", "1987-10-20", "IRNLEG", "USA"),
    ("Savimbi accused Angola of attacking his bases.", "1987-04-10", "UNI", "AGO"),
    ("Nabih Berri accused Israel of shelling villages.", "1987-04-10", "AML", "ISR"),
    ("Jayewardene accused India of arming the rebels.", "1987-04-10", "LKAGOV", "IND"),
    ("Saudi Energy Minister Khalid al-Falih met Russian officials in Moscow.", "2017-05-10", "SAUGOV", "RUS"),
    ("The Bundesbank criticised the United States.", "1987-10-20", "DEUGOV", "USA"),
    ("The West German central bank criticised the United States.", "1987-10-20", "DEUGOV", "USA"),
    ("Sharon accused Egypt of violating the peace treaty.", "1987-03-01", "ISRGOV", "EGY"),
])
def test_sentences_with_the_new_people(code, text, day, source, target):
    assert (source, target) in _src(code(text, day=day))


def test_out_of_office_leader_is_not_the_group(code):
    # Savimbi was killed in 2002: in 2005 his name is no UNITA statement
    assert not any(e.source == "UNI" for e in code("Savimbi accused Angola of attacking his bases.",
                                                   day="2005-04-10"))


@pytest.mark.parametrize("text", [
    "The Royal Bank of Canada criticised the United States.",
    "The Industrial Bank of Japan criticised the United States.",
])
def test_a_commercial_bank_is_not_the_central_bank(code, text):
    # the names of the Bank of Canada and the Bank of Japan sit inside these banks' names
    assert not any(e.source.endswith("GOV") for e in code(text, day="1987-10-20"))
