"""Finance, trade and interior ministers and UN ambassadors in the knowledge base
(people_economy.tsv, people_interior.tsv, people_un.tsv), the titles only one state has
(titles.tsv), and how the news names these people: by surname alone, behind a title with
no state, or with the state in an "of" phrase. Hand-written sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import people_rows

from riftwatch.actors import KnowledgeBase

FILES = ("people_economy.tsv", "people_interior.tsv", "people_un.tsv")
#: the roles of these files; every other role in them is an error
ROLES = {"finance_minister", "trade_minister", "commerce_minister", "economy_minister", "interior_minister",
         "public_security_minister", "un_ambassador", "trade_commissioner", "deputy_head_of_government"}
HEAD = "name\taliases\tcountry\trole\tsector\ttitle\tstart\tend\n"


@pytest.mark.parametrize("name", FILES)
def test_files_schema(kb, name):
    rows = people_rows(name)
    assert len(rows) >= 40
    for r in rows:
        assert r["role"] in ROLES, r
        assert r["title"] and r["start"], r
        if r["country"] in kb.orgs:  # the EU's trade commissioner acts for the EU
            assert r["sector"] == "IGO", r
        else:
            assert r["country"] in kb.countries and r["sector"] == "GOV", r
        assert r["name"].isascii(), r  # diacritics go in the aliases
    # one row per term: no row twice
    keys = [(r["name"], r["country"], r["role"], r["start"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_one_holder_at_a_time(kb):
    """Within one office a term ends before the next holder's starts, apart from same-day
    handovers and boundaries known only to the month (Israel's two security offices and the US
    Commerce Secretary beside the Trade Representative are separate roles)."""
    offices = {(t.country, t.role) for ts in kb.terms.values() for t in ts if t.role in ROLES - {
        "deputy_head_of_government"}}
    bad = []
    for code, role in sorted(offices):
        _, overlaps = kb.office_timeline(code, role, date(1980, 1, 1), date(2026, 11, 29))
        for u, t in overlaps:
            last = min(u.end or date(2026, 11, 29), t.end or date(2026, 11, 29))
            if last - t.start < timedelta(days=1) or (u.approx_end or t.approx_start) and \
                    last - t.start < timedelta(days=31):
                continue
            bad.append((code, role, u.name, t.name))
    assert not bad


def test_counts_per_role(kb):
    terms = [t for ts in kb.terms.values() for t in ts]
    count = {role: sum(t.role == role for t in terms) for role in ROLES}
    assert count["finance_minister"] >= 300 and count["interior_minister"] >= 150
    assert count["trade_minister"] >= 140 and count["un_ambassador"] >= 40
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
           "ZAF", "TUR", "GBR", "USA"}
    assert g20 <= {t.country for t in terms if t.role == "finance_minister"}


@pytest.mark.parametrize("country,role,day,who", [
    ("USA", "finance_minister", "1987-06-01", "James Baker"),
    ("USA", "finance_minister", "2021-06-01", "Janet Yellen"),
    ("USA", "trade_minister", "1987-03-27", "Clayton Yeutter"),
    ("USA", "trade_minister", "2019-05-10", "Robert Lighthizer"),
    ("USA", "commerce_minister", "2023-08-28", "Gina Raimondo"),
    ("GBR", "finance_minister", "1987-06-01", "Nigel Lawson"),
    ("GBR", "finance_minister", "2022-09-23", "Kwasi Kwarteng"),
    ("GBR", "interior_minister", "2012-01-01", "Theresa May"),
    ("JPN", "finance_minister", "1987-06-01", "Kiichi Miyazawa"),
    ("JPN", "trade_minister", "1987-04-01", "Hajime Tamura"),
    ("DEU", "finance_minister", "2012-06-01", "Wolfgang Schauble"),
    ("CHN", "trade_minister", "2021-06-01", "Wang Wentao"),
    ("CHN", "deputy_head_of_government", "2019-05-01", "Liu He"),
    ("RUS", "finance_minister", "2015-01-01", "Anton Siluanov"),
    ("RUS", "un_ambassador", "2014-03-01", "Vitaly Churkin"),
    ("IND", "interior_minister", "2020-01-01", "Amit Shah"),
    ("TUR", "interior_minister", "2020-01-01", "Suleyman Soylu"),
    ("EEC", "trade_commissioner", "2016-06-01", "Cecilia Malmstrom"),
])
def test_who_held_the_office(kb, country, role, day, who):
    assert kb.holders(country, role, date.fromisoformat(day)) == [who]


def test_nobody_between_terms(kb):
    # the US had no confirmed UN ambassador between Haley's leaving and Craft's arrival
    assert kb.holders("USA", "un_ambassador", date(2019, 3, 1)) == []
    # Mnuchin after leaving the Treasury keeps his country and no office
    role = kb.person_on("Steven Mnuchin", date(2022, 1, 1))
    assert role.country == "USA" and role.sector is None
    assert kb.person_on("Steven Mnuchin", date(2019, 1, 1)).role == "finance_minister"


def test_terms_add_to_a_persons_other_offices(kb):
    # James Baker: Treasury, then State; Peter Mandelson: British minister, then EU commissioner
    assert kb.person_on("James Baker", date(1986, 5, 1)).role == "finance_minister"
    assert kb.person_on("James Baker", date(1990, 5, 1)).role == "foreign_minister"
    assert kb.person_on("Peter Mandelson", date(2006, 1, 1)).country == "EEC"
    assert kb.person_on("Peter Mandelson", date(2009, 1, 1)).country == "GBR"


def test_bare_surname_the_top_office_wins(kb):
    # 1991: James Baker (Secretary of State) and Kenneth Baker (Home Secretary) both in office
    assert kb.office_surname("Baker", date(1991, 6, 1)) == "James Baker"
    # 2015: the foreign minister, not the vice-premier Wang Yang
    assert kb.office_surname("Wang", date(2015, 6, 1)) == "Wang Yi"
    # 1986: only the Treasury Secretary
    assert kb.office_surname("Baker", date(1986, 6, 1)) == "James Baker"


def test_bare_surname_tie_stays_unread(tmp_path):
    (tmp_path / "people.tsv").write_text(
        HEAD + "Ada Quillon\t\tFRA\tfinance_minister\tGOV\tFinance Minister\t2020-01-01\t\n"
        + "Bea Quillon\t\tDEU\tinterior_minister\tGOV\tInterior Minister\t2020-01-01\t\n", encoding="utf-8")
    kb = KnowledgeBase.load(tmp_path)
    assert kb.office_surname("Quillon", date(2021, 1, 1)) is None
    # out of office, bearers of two states: the one of the state the article names
    assert kb.office_surname("Quillon", date(2019, 1, 1)) is None
    assert kb.office_surname("Quillon", date(2019, 1, 1), {"DEU"}) == "Bea Quillon"


def test_user_titles_file(tmp_path):
    (tmp_path / "titles.tsv").write_text("term\tcountry\ntaoiseach\tIRL\nhome secretary\tIND\n", encoding="utf-8")
    kb = KnowledgeBase.load(tmp_path)
    assert kb.state_titles[("taoiseach",)] == "IRL"
    assert kb.state_titles[("home", "secretary")] == "IND"  # replaces the packaged row
    assert kb.state_titles[("chancellor", "of", "exchequer")] == "GBR"


def _src(evs):
    return {(e.source, e.target_country) for e in evs}


@pytest.mark.parametrize("text,day,source,target", [
    ("Yeutter accused Japan of dumping chips.", "1987-03-27", "USAGOV", "JPN"),
    ("Lawson accused West Germany of pushing up interest rates.", "1987-10-20", "GBRGOV", "DEU"),
    ("Mnuchin accused China of manipulating its currency.", "2019-08-06", "USAGOV", "CHN"),
    ("Siluanov accused Washington of stealing Russian reserves.", "2022-03-20", "RUSGOV", "USA"),
    ("Braverman accused France of failing to stop the boats.", "2023-05-01", "GBRGOV", "FRA"),
    ("Nebenzya accused Kyiv of shelling the plant.", "2022-08-20", "RUSGOV", "UKR"),
])
def test_surname_alone_codes_the_office(code, text, day, source, target):
    assert (source, target) in _src(code(text, day=day))


def test_surname_out_of_office_is_not_the_government(code):
    # Mnuchin in 2023 is no Treasury Secretary, and the text names no United States
    assert not any(e.source == "USAGOV" for e in code("Mnuchin accused China of manipulating its currency.",
                                                       day="2023-08-06"))


@pytest.mark.parametrize("text,source,target", [
    ("Finance Minister Taro Hoshino of Japan criticised China.", "JPNGOV", "CHN"),
    ("Chancellor of the Exchequer Jane Doakes criticised France.", "GBRGOV", "FRA"),
    ("Home Secretary Jane Doakes criticised France.", "GBRGOV", "FRA"),
    ("Treasury Secretary Jane Doakes accused Japan of dumping chips.", "USAGOV", "JPN"),
    ("U.S. Trade Representative Jane Doakes accused Japan of dumping chips.", "USAGOV", "JPN"),
    ("Mexican Treasury Secretary Jose Lanza criticised the United States.", "MEXGOV", "USA"),
    ("Turkish Interior Minister Ali Kaplan accused Greece of harbouring militants.", "TURGOV", "GRC"),
    ("Chinese Commerce Minister Zhang Wei criticised the United States.", "CHNGOV", "USA"),
    ("Russian U.N. ambassador Ivan Petrov criticised the United States.", "RUSGOV", "USA"),
])
def test_titles_of_unknown_people(code, text, source, target):
    assert (source, target) in _src(code(text, day="1987-05-01"))


def test_un_ambassador_is_not_the_un(code):
    # a state's envoy to the U.N. does not speak for the U.N.
    assert not any(e.source == "UNO" for e in code("U.N. ambassador Jane Doakes criticised Russia.",
                                                   day="1987-05-01"))


def test_surname_inside_a_longer_name_is_nobody(code):
    # "Cable" is a British minister's family name, but here part of a network's name
    evs = code("Baker told the Cable News Network that France was wrong.", day="1987-03-26")
    assert ("USAGOV", "FRA") in _src(evs)
    assert not any("GBR" in (e.source_country, e.target_country) for e in evs)


def test_an_ec_president_named_in_1987_is_the_ec(kb):
    # Delors, French finance minister 1981-84, headed the European Commission from 1985
    assert kb.person_on("Jacques Delors", date(1983, 1, 1)).country == "FRA"
    assert kb.person_on("Jacques Delors", date(1987, 3, 11)).country == "EEC"


def test_english_noun_heading_a_sentence_is_a_surname_only_for_top_offices(code, kb):
    # John Snow was Treasury Secretary in 2004: "Snow" as a common noun is the weather, while
    # "Trump" (a head of state) in the same place is the president
    assert not any(e.source_country == "USA" for e in code("Snow blocked roads in Kabul.", day="2004-06-01"))
    assert ("USAGOV", "CHN") in _src(code("Trump met Xi in Beijing.", day="2019-06-01"))
    assert kb.prominence("John Snow", date(2004, 6, 1)) == 2 and kb.prominence("Donald Trump", date(2019, 6, 1)) == 0
    assert kb.prominence("John Snow", date(2010, 1, 1)) == 3


def test_a_generational_suffix_is_no_family_name(kb):
    # "Ferdinand Marcos Jr." is "Marcos" in the news, and his father's term is another date
    assert kb.office_surname("Marcos", date(2024, 4, 11)) == "Ferdinand Marcos Jr."
    assert kb.office_surname("Marcos", date(1982, 9, 16)) == "Ferdinand Marcos"
    assert kb.office_surname("Jr", date(2024, 4, 11)) is None
