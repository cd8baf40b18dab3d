"""Who is who in the 2000-2026 news: security, justice and intelligence chiefs, envoys and deputies
(people_security.tsv) and group leaders, regional heads and crown princes (people_groups_modern.tsv);
spelling variants added to people already known. Dated lookups (in a term, not after it), the codes
their mentions get in hand-written sentences, and restraint where a family name is shared."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import people_rows

from riftwatch.actors.kb import PEOPLE_COLS
from riftwatch.tables import data_path, read_tsv

FILES = ("people_security.tsv", "people_groups_modern.tsv")

#: the sectors a state office in these files may have
STATE_SECTORS = {"GOV", "MIL", "SPY", "JUD", "COP", "LEG", "REL", "SEP", "REB"}


@pytest.mark.parametrize("name", FILES)
def test_file_schema(kb, name):
    rows = people_rows(name)
    assert len(rows) >= 80
    for r in rows:
        assert r["title"] and r["start"] and r["role"], r
        assert r["role"] == r["role"].lower() and " " not in r["role"], r
        if r["country"] in kb.orgs:  # a group's or an IGO's office codes as the organisation
            assert r["sector"] == kb.orgs[r["country"]].type, r
        else:
            assert r["sector"] in STATE_SECTORS, r
        assert len(r["name"].split()) >= 2, r  # a one-word name would be matched on every date


def test_no_spelling_is_claimed_by_two_people():
    # a spelling listed for one person in these files and for another elsewhere would silently
    # move every mention of it to whichever file loads last
    owner: dict[str, set[str]] = {}
    for path in sorted(data_path("kb").glob("people*.tsv")):
        for _, r in read_tsv(path, PEOPLE_COLS):
            for a in [r["name"], *filter(None, r["aliases"].split("|"))]:
                owner.setdefault(a, set()).add(r["name"])
    ours = {a for f in FILES for r in people_rows(f) for a in [r["name"], *filter(None, r["aliases"].split("|"))]}
    assert not {a: n for a, n in owner.items() if a in ours and len(n) > 1}


@pytest.mark.parametrize("country,role,day,who", [
    ("AUS", "immigration_minister", "2001-12-15", "Philip Ruddock"),
    ("AUS", "justice_minister", "2001-12-15", "Daryl Williams"),
    ("AUS", "justice_minister", "2005-06-01", "Philip Ruddock"),
    ("USA", "deputy_defence_minister", "2002-06-01", "Paul Wolfowitz"),
    ("USA", "national_security_adviser", "2003-03-01", "Condoleezza Rice"),
    ("USA", "military_chief", "2002-06-01", "Richard Myers"),
    ("ISR", "intelligence_chief", "2008-06-01", "Meir Dagan"),  # and the Shin Bet's Diskin
    ("IRN", "national_security_adviser", "2010-06-01", "Saeed Jalili"),
    ("PAK", "military_chief", "2019-06-01", "Qamar Javed Bajwa"),
    ("UKR", "military_chief", "2022-06-01", "Valerii Zaluzhnyi"),
    ("SLB", "head_of_government", "2002-03-01", "Allan Kemakeza"),
    ("EEC", "external_relations_commissioner", "2001-12-15", "Chris Patten"),
    ("HMS", "spiritual_leader", "2001-12-15", "Ahmed Yassin"),
    ("ISJ", "secretary_general", "2010-06-01", "Ramadan Shallah"),
    ("SAU", "crown_prince", "2001-12-15", "Abdullah bin Abdulaziz"),
    ("SAU", "crown_prince", "2008-06-01", "Sultan bin Abdulaziz"),
    ("IND", "regional_head_of_government", "2001-12-15", "Farooq Abdullah"),
])
def test_who_held_the_office(kb, country, role, day, who):
    assert who in kb.holders(country, role, date.fromisoformat(day))


@pytest.mark.parametrize("name,day,country,sector", [
    ("Philip Ruddock", "2001-12-15", "AUS", "GOV"),
    ("Mohammad Fahim", "2001-12-15", "NAL", "REB"),  # the Northern Alliance's commander ...
    ("Mohammad Fahim", "2002-03-01", "AFG", "GOV"),  # ... then the interim government's defence minister
    ("Yunus Qanuni", "2002-03-01", "AFG", "GOV"),
    ("Condoleezza Rice", "2001-12-15", "USA", "GOV"),  # national security adviser before secretary of state
    ("Tom Ridge", "2001-12-15", "USA", "GOV"),  # homeland security adviser before secretary
    ("George Tenet", "2002-03-01", "USA", "SPY"),
    ("Qassem Soleimani", "2015-03-01", "IRN", "MIL"),
    ("Hakan Fidan", "2015-03-01", "TUR", "SPY"),  # the MIT before the foreign ministry
    ("Hakan Fidan", "2024-03-01", "TUR", "GOV"),
    ("Ebrahim Raisi", "2020-03-01", "IRN", "JUD"),  # head of the judiciary before president
    ("Moqtada al-Sadr", "2004-04-10", "IRQ", "REL"),
    ("Gabi Ashkenazi", "2009-01-05", "ISR", "MIL"),
    ("Khalifa Haftar", "2019-04-10", "LBY", "MIL"),
    ("Lakhdar Brahimi", "2001-12-15", "UNO", "IGO"),
    ("Marwan Barghouti", "2020-03-01", "FTA", "PTY"),  # jailed, still the movement's figure
])
def test_in_term(kb, name, day, country, sector):
    on = kb.person_on(name, date.fromisoformat(day))
    assert (on.country, on.sector) == (country, sector)


@pytest.mark.parametrize("name,day,country", [
    ("George Tenet", "2005-06-01", "USA"),  # left the CIA in July 2004
    ("Anthony Zinni", "2004-06-01", "USA"),
    ("Philip Ruddock", "2009-01-01", "AUS"),
    ("Zahir Shah", "2001-12-15", "AFG"),  # the former king held no office in 2001
    ("Ahmed Yassin", "2005-01-01", "HMS"),  # killed in March 2004
    ("Qassem Soleimani", "2021-01-01", "IRN"),
])
def test_not_after_the_term(kb, name, day, country):
    on = kb.person_on(name, date.fromisoformat(day))
    assert (on.country, on.sector, on.role) == (country, None, None)


@pytest.mark.parametrize("spelling,canonical", [
    ("Kamal Kharrazi", "Kamal Kharazi"), ("Atal Behari Vajpayee", "Atal Bihari Vajpayee"),
    ("Muammar Qadhafi", "Muammar Gaddafi"), ("Moamer Kadhafi", "Muammar Gaddafi"),
    ("Mahmud Ahmadinejad", "Mahmoud Ahmadinejad"), ("Hassan Nasrullah", "Hassan Nasrallah"),
    ("Vladimir Zelensky", "Volodymyr Zelensky"), ("Khaled Mishal", "Khaled Meshaal"),
    ("Crown Prince Abdullah", "Abdullah bin Abdulaziz"), ("Qasem Soleimani", "Qassem Soleimani"),
    ("Khalifa Hifter", "Khalifa Haftar"), ("Saeb Erakat", "Saeb Erekat"), ("Younus Qanooni", "Yunus Qanuni"),
    ("Muqtada al-Sadr", "Moqtada al-Sadr"), ("Mullah Baradar", "Abdul Ghani Baradar"),
])
def test_spelling_variants(kb, spelling, canonical):
    assert kb.person_aliases[spelling] == canonical


def _src(evs):
    return {(e.source, e.target_country) for e in evs}


@pytest.mark.parametrize("text,day,source,target", [
    ("Philip Ruddock accused Indonesia of failing to stop the boats.", "2001-12-15", "AUSGOV", "IDN"),
    ("Anthony Zinni met Palestinian officials in Ramallah.", "2001-12-15", "USAGOV", "PSE"),
    ("Kamal Kharrazi criticised the United States.", "2001-12-15", "IRNGOV", "USA"),
    ("Atal Behari Vajpayee accused Pakistan of backing the attackers.", "2001-12-15", "INDGOV", "PAK"),
    ("Saudi Crown Prince Abdullah met Bush in Crawford.", "2002-04-25", "SAUGOV", "USA"),
    ("Sheikh Ahmed Yassin threatened Israel with more attacks.", "2001-12-15", "HMS", "ISR"),
    ("Chris Patten criticised Russia over Chechnya.", "2001-12-15", "EEC", "RUS"),
    ("Condoleezza Rice warned Iraq.", "2002-09-01", "USAGOV", "IRQ"),
    ("Paul Wolfowitz met Turkish officials in Ankara.", "2002-07-15", "USAGOV", "TUR"),
    ("Qassem Soleimani met Iraqi officials in Baghdad.", "2015-03-01", "IRNMIL", "IRQ"),
    ("Khalifa Haftar accused Turkey of sending mercenaries.", "2020-01-10", "LBYMIL", "TUR"),
    ("Martin Griffiths met Houthi officials in Sanaa.", "2019-03-01", "UNO", "YEM"),
    ("Valerii Zaluzhnyi accused Russia of shelling civilians.", "2022-06-01", "UKRMIL", "RUS"),
])
def test_sentences_with_the_new_people(code, text, day, source, target):
    assert (source, target) in _src(code(text, day=day))


def test_bare_family_name_of_a_new_office_holder(kb):
    assert kb.office_surname("Ruddock", date(2001, 12, 15)) == "Philip Ruddock"
    assert kb.office_surname("Tenet", date(2002, 3, 1)) == "George Tenet"
    assert kb.office_surname("Haftar", date(2019, 4, 10)) == "Khalifa Haftar"


def test_bare_family_name_restraint(kb):
    # the Barzanis: the region's and the party's head keeps the bare name, not his nephew or son
    assert kb.office_surname("Barzani", date(2015, 3, 1)) == "Massoud Barzani"
    assert kb.office_surname("Barzani", date(2021, 3, 1)) == "Massoud Barzani"
    # a president outranks the army chief or the intelligence chief of the same name
    assert kb.office_surname("Aoun", date(2019, 3, 1)) == "Michel Aoun"
    assert kb.office_surname("Sharif", date(2015, 3, 1)) == "Nawaz Sharif"
    assert kb.office_surname("Ivanov", date(2005, 3, 1)) == "Sergei Ivanov"
    # two of equal rank stay unread: Egypt's intelligence chief and Lebanon's army commander
    assert kb.office_surname("Suleiman", date(2005, 3, 1)) is None
    # "Abdullah" is a given name in most of the news: the Saudi king's spellings add no bare
    # "Abdullah", and Jammu and Kashmir's chief minister since 2009 is left out for it
    assert kb.office_surname("Abdullah", date(2010, 6, 1)) is None
    assert kb.office_surname("Abdullah", date(2025, 3, 1)) is None
    # names left out on purpose: common words and names ("Hill" in 1987 is no US envoy)
    for word, day in (("Hill", date(1987, 3, 1)), ("Work", date(2015, 6, 1)), ("England", date(2006, 1, 1)),
                      ("Sheikh", date(2023, 3, 1)), ("Mufti", date(2017, 3, 1)), ("Turk", date(2023, 3, 1))):
        assert kb.office_surname(word, day) is None, word


@pytest.mark.parametrize("text,day", [
    ("Abdullah criticised Israel on Monday.", "2010-06-01"),
    ("The Grand Mufti criticised Israel.", "2017-03-01"),
    ("Swiss francs and French Franks rose against the dollar.", "2002-03-01"),
])
def test_no_event_from_a_shared_name(code, text, day):
    assert not code(text, day=day)
