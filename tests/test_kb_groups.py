"""Armed groups, movements, parties and IGOs of the 1975-2000 news in organizations.tsv:
the file's rows are well formed and unique, and the groups resolve in coded sentences
to their own code and the state they act in."""

from __future__ import annotations

from collections import Counter
import pytest

from riftwatch.actors.kb import ORG_COLS
from riftwatch.tables import data_path, read_tsv

#: the types an organisation row may have (docs/knowledge-base.md) and those of armed groups
TYPES = {"IGO", "NGO", "IMG", "INS", "REB", "SEP", "UAF", "MIL", "OPP", "NGM", "PTY", "CRM", "MED", "GOV", "COP",
         "LEG", "SPY"}
ARMED = {"INS", "REB", "SEP", "UAF"}


@pytest.fixture(scope="module")
def rows():
    return [r for _, r in read_tsv(data_path("kb") / "organizations.tsv", ORG_COLS)]


def test_organisation_codes_are_unique_and_no_country_code(rows, kb):
    # the loader lets a later row replace an earlier one of the same code: a duplicate
    # would silently drop a group, so the file itself must not hold one
    dup = [c for c, n in Counter(r["code"] for r in rows).items() if n > 1]
    assert not dup, dup
    assert len(kb.orgs) == len(rows)
    assert not {r["code"] for r in rows} & set(kb.countries)


def test_organisation_rows_have_a_known_type_and_a_country_where_armed(rows, kb):
    for r in rows:
        assert r["name"], r
        assert r["type"] in TYPES, r
        if r["type"] in ARMED | {"GOV", "MIL", "LEG", "SPY", "COP"}:
            assert r["country"] in kb.countries, r  # a national group acts in a state
        if r["type"] == "IGO":
            assert not r["country"], r  # international bodies belong to no state


def test_no_name_is_claimed_by_two_organisations(kb):
    owners: dict[str, set[str]] = {}
    for surface, kind, key in kb.surface_forms():
        if kind == "org":
            owners.setdefault(surface, set()).add(key)
    assert not {s: k for s, k in owners.items() if len(k) > 1}


@pytest.mark.parametrize("surface,code,country", [
    ("Contras", "CTR", "NIC"), ("contra", "CTR", "NIC"), ("Sandinistas", "SNF", "NIC"), ("FSLN", "SNF", "NIC"),
    ("SWAPO", "SWP", "NAM"), ("Renamo", "RNM", "MOZ"), ("SPLA", "SPP", "SDN"), ("Solidarity", "SOL", "POL"),
    ("Phalangists", "PHG", "LBN"), ("Lebanese Forces", "LBF", "LBN"), ("Progressive Socialist Party", "PSP", "LBN"),
    ("Red Brigades", "RBR", "ITA"), ("FMLN", "FMN", "SLV"), ("URNG", "URN", "GTM"), ("Babbar Khalsa", "BKL", "IND"),
    ("Hezb-i-Islami", "HZI", "AFG"), ("PFLP-GC", "PGC", "PSE"), ("Inkatha", "IKT", "ZAF"), ("MPLA", "MPL", "AGO"),
    ("KPNLF", "KPN", "KHM"), ("MNLF", "MNF", "PHL"), ("M-19", "MNT", "COL"), ("MRTA", "TPA", "PER"),
    ("UVF", "UVF", "GBR"), ("Sinn Fein", "SFN", "GBR"), ("EZLN", "EZL", "MEX"), ("ULFA", "ULF", "IND"),
    ("Naxalites", "NXL", "IND"), ("CPN (Maoist)", "NMO", "NPL"), ("KDPI", "KDI", "IRN"),
    # aliases added to groups and IGOs the file already had
    ("Amal", "AML", "LBN"), ("Tamil rebels", "LTT", "LKA"), ("Mujahideen Khalq", "PMD", "IRN"),
    ("ZANU", "ZPF", "ZWE"), ("EC", "EEC", None), ("EC Commission", "EEC", None), ("GATT", "WTO", None),
    ("Contadora", "CTD", None), ("IDA", "WBK", None),
])
def test_groups_of_the_1975_2000_news_are_known(kb, surface, code, country):
    assert (surface, "org", code) in set(kb.surface_forms())
    assert kb.orgs[code].country == country


@pytest.mark.parametrize("surface", [
    # a people or a generic word is no group: which group (and often which state) is unsaid
    "Kurdish rebels", "Maoists", "Maoist rebels", "Druze militia", "Tamil",
    # names that belong to others: companies and US states called "Commonwealth", Pakistan's
    # and Bangladesh's Jamaat-e-Islami, a US political action committee, the Sudan Liberation Army
    "Commonwealth", "Jamaat-e-Islami", "PAC", "SLA", "Kataib",
])
def test_ambiguous_names_are_no_group(kb, surface):
    assert surface not in {s for s, kind, _ in kb.surface_forms() if kind == "org"}


@pytest.mark.parametrize("text,day,source,source_country", [
    ("Contra rebels attacked a Nicaraguan army post.", "1987-04-01", "CTR", "NIC"),
    ("The contras ambushed a government convoy near the Honduran border.", "1987-04-01", "CTR", "NIC"),
    ("Amal militiamen shelled a Palestinian refugee camp.", "1987-04-01", "AML", "LBN"),
    ("SWAPO guerrillas attacked South African troops in northern Namibia.", "1985-06-01", "SWP", "NAM"),
    ("Renamo rebels attacked Mozambican troops.", "1988-06-01", "RNM", "MOZ"),
    ("The SPLA captured a garrison town from the Sudanese army.", "1989-06-01", "SPP", "SDN"),
    ("Solidarity called on the Polish government to release political prisoners.", "1987-04-01", "SOL", "POL"),
    ("Phalangist militiamen fought Druze gunmen in the Shouf mountains.", "1983-09-01", "PHG", "LBN"),
    ("The Lebanese Forces accused Syria of shelling Christian east Beirut.", "1989-04-01", "LBF", "LBN"),
    ("The Red Brigades kidnapped a senior Italian politician.", "1978-03-20", "RBR", "ITA"),
    ("The Sandinistas accused the United States of arming the rebels.", "1986-05-01", "SNF", "NIC"),
    # the Sandinista government and army are Nicaragua's, as CAMEO codes a governing party's
    ("The Sandinista government expelled two U.S. diplomats.", "1988-07-12", "NICGOV", "NIC"),
    ("Sandinista troops attacked contra camps inside Honduras.", "1988-03-17", "NICMIL", "NIC"),
    ("The FMLN attacked an army garrison in El Salvador.", "1989-11-12", "FMN", "SLV"),
    ("The URNG signed a peace accord with the Guatemalan government.", "1996-12-29", "URN", "GTM"),
    ("Tamil rebels attacked a Sri Lankan army camp.", "1995-04-19", "LTT", "LKA"),
    ("Tamil guerrillas ambushed a police patrol in Jaffna.", "1990-06-11", "LTT", "LKA"),
    ("Inkatha supporters attacked ANC members in Natal.", "1990-08-01", "IKT", "ZAF"),
    ("Frelimo accused Renamo of violating the ceasefire.", "1993-03-01", "FRL", "MOZ"),
    ("The KPNLF attacked Vietnamese troops in western Cambodia.", "1987-03-01", "KPN", "KHM"),
    ("The MNLF signed a peace agreement with the Philippine government.", "1996-09-02", "MNF", "PHL"),
    ("MRTA rebels stormed the Japanese ambassador's residence in Lima.", "1996-12-17", "TPA", "PER"),
    ("Sinn Fein condemned the British government.", "1994-06-20", "SFN", "GBR"),
    ("Zapatista rebels attacked Mexican soldiers.", "1994-01-02", "EZL", "MEX"),
    ("ULFA militants attacked Indian soldiers.", "1997-05-01", "ULF", "IND"),
    ("The Northern Alliance attacked Taliban positions north of Kabul.", "2000-09-01", "NAL", "AFG"),
    ("The Mujahideen Khalq attacked Iranian troops near the border.", "1988-07-27", "PMD", "IRN"),
    ("The KDPI accused Iran of killing its leader.", "1989-07-15", "KDI", "IRN"),
    ("The EC imposed duties on Japanese imports.", "1987-04-01", "EEC", None),
    ("The Contadora group urged Nicaragua to resume talks with Honduras.", "1985-06-01", "CTD", None),
])
def test_a_group_codes_as_itself_in_the_state_it_acts_in(code, text, day, source, source_country):
    events = code(text, day)
    assert (source, source_country) in {(e.source, e.source_country) for e in events}, \
        [(e.source, e.source_country, e.target, e.code) for e in events]


def test_a_group_is_also_a_target(code):
    events = code("Sandinista troops attacked contra camps inside Honduras.", "1988-03-17")
    assert ("NICMIL", "CTR", "NIC") in {(e.source, e.target, e.target_country) for e in events}
    events = code("ZAPU accused ZANU of attacking its supporters.", "1983-03-01")
    assert ("ZAU", "ZPF") in {(e.source, e.target) for e in events}


def test_kb_docs_count_the_organisations(kb):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    n = len(kb.orgs)
    assert f"| organisations and groups | {n}:" in (root / "docs" / "knowledge-base.md").read_text(encoding="utf-8")
    assert f"`data/kb/organizations.tsv` | {n} " in (root / "README.md").read_text(encoding="utf-8")



@pytest.mark.parametrize("text,day,source", [
    # a group's name of several words before a sector noun is still the group, as "Contra rebels"
    # is the Contras: no word of its name lends only its country ("Afghan guerrillas")
    ("Hezb-i-Islami guerrillas attacked Afghan troops.", "1990-01-01", "HZI"),
    ("Babbar Khalsa militants attacked Indian police.", "1990-01-01", "BKL"),
    ("Lebanese Forces militiamen attacked Syrian troops.", "1989-04-01", "LBF"),
    ("Shining Path guerrillas attacked Peruvian police.", "1990-01-01", "SHP"),
    ("Boko Haram militants attacked Nigerian soldiers.", "2015-01-01", "BKH"),
    ("Free Syrian Army rebels attacked Syrian troops.", "2013-01-01", "FSA"),
])
def test_a_group_of_several_words_keeps_its_sector_noun(code, text, day, source):
    assert source in {e.source for e in code(text, day)}, [(e.source, e.target, e.code) for e in code(text, day)]


def test_a_country_beside_a_group_still_names_the_country(code):
    # only the group's own words are skipped: a state named in the same phrase still counts
    events = code("Syrian army troops attacked Lebanese Forces positions.", "1989-04-01")
    assert "SYRMIL" in {e.source for e in events}, [(e.source, e.target, e.code) for e in events]
