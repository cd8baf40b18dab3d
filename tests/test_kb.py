"""The knowledge base: schema check, counts, and term dates."""

from __future__ import annotations

from datetime import date

import pytest

from riftwatch.actors import KnowledgeBase
from riftwatch.errors import DataFileError

#: known, documented gaps in the data (role, country, first day, last day) — keep this list short
KNOWN_GAPS = [("head_of_government", "KOR", date(2025, 6, 4), date(2025, 7, 2))]  # acting PM not recorded
REQUIRED = ("USA", "CHN", "RUS", "KOR", "PRK", "JPN", "GBR", "FRA", "DEU", "IND")
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def test_kb_schema_loads_and_codes_are_cameo(kb):
    s = kb.stats()
    assert s["countries"] >= 190 and s["organizations"] >= 100 and s["terms"] >= 200
    for code, c in kb.countries.items():
        assert len(code) == 3 and code.isupper() and c.name
    for terms in kb.terms.values():
        for t in terms:
            assert t.country in kb.countries, t
            assert t.end is None or t.start <= t.end


@pytest.mark.parametrize("country", REQUIRED)
def test_kb_roles_covered_every_quarter_2016_2026(kb, country):
    """Someone holds each of the four roles on the first day of every quarter, 2016-2026."""
    missing = []
    for year in range(2016, 2027):
        for month in (1, 4, 7, 10):
            day = date(year, month, 1)
            if day > date(2026, 10, 1):
                continue
            for role in ROLES:
                gap = any(r == role and c == country and lo <= day <= hi for r, c, lo, hi in KNOWN_GAPS)
                if not gap and not kb.holders(country, role, day):
                    missing.append((role, day.isoformat()))
    assert not missing, f"{country}: nobody holds {missing[:5]}"


def test_kb_role_lookup_respects_term_dates(kb):
    on = kb.person_on("Mark Esper", date(2020, 10, 24))
    assert (on.country, on.sector, on.role) == ("USA", "GOV", "defence_minister")
    off = kb.person_on("Mark Esper", date(2021, 6, 1))
    assert (off.country, off.sector, off.role) == ("USA", None, None)
    assert kb.holders("USA", "defence_minister", date(2021, 6, 1)) == ["Lloyd Austin"]
    assert "Mike Pompeo" in kb.holders("USA", "foreign_minister", date(2020, 10, 24))
    assert "Suh Wook" in kb.holders("KOR", "defence_minister", date(2020, 10, 14))


def test_kb_user_directory_overrides_a_term(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\trole\tsector\ttitle\tstart\tend\n"
        "Mark Esper\t\tUSA\tdefence_minister\tGOV\tSecretary of Defense\t2019-07-23\t2021-12-31\n",
        encoding="utf-8")
    kb = KnowledgeBase.load(tmp_path)
    assert kb.person_on("Mark Esper", date(2021, 6, 1)).sector == "GOV"


def test_kb_malformed_user_file_names_file_and_line(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\trole\tsector\ttitle\tstart\tend\n"
        "Someone\t\tUSA\thead_of_state\tGOV\tPresident\t2020-13-01\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"people.tsv:2: start '2020-13-01'"):
        KnowledgeBase.load(tmp_path)


def test_kb_aliases_and_capitals(kb):
    forms = {(s, kind, key) for s, kind, key in kb.surface_forms()}
    for s, kind, key in [("U.S.", "country", "USA"), ("S. Korea", "country", "KOR"), ("ROK", "country", "KOR"),
                         ("DPRK", "country", "PRK"), ("N. Korea", "country", "PRK"), ("Chinese", "demonym", "CHN"),
                         ("North Korean", "demonym", "PRK"), ("Washington", "capital", "USA"),
                         ("Seoul", "capital", "KOR")]:
        assert (s, kind, key) in forms, (s, kind, key)
