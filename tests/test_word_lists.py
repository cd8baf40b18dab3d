"""The coder's word lists are data (data/patterns/word_lists.tsv), checked when read."""

import pytest

from riftwatch.coding import rules
from riftwatch.lexicon import load_word_lists, word_family, word_list
from riftwatch.errors import DataFileError


def test_packaged_lists_load_and_feed_the_rules():
    lists = load_word_lists()
    assert len(lists) >= 25
    assert all(w == w.lower() and w.strip() == w for ws in lists.values() for w in ws)
    assert "crash" in rules.MISHAPS and "launch" in rules.LIGHT_VERBS
    assert rules.OTHER_SENSE["meet"] == word_list("other_sense.meet")
    assert set(word_family("weapon")) == {"1831", "1832", "1833", "194"}
    assert [code for code, _ in rules.WEAPON_CODES] == ["1831", "1832", "1833", "183", "194"]


def test_unknown_list_names_the_file():
    with pytest.raises(KeyError, match="word_lists.tsv"):
        word_list("no_such_list")


@pytest.mark.parametrize("row, message", [
    ("a\tx, y\tfine\na\tz\tagain", "duplicate list name"),
    ("a\t \tempty", "has no words"),
    ("a\tx, X\tcase", "upper-case"),
    ("a\tx, x\trepeat", "repeated"),
])
def test_bad_rows_are_reported_with_line(tmp_path, row, message):
    p = tmp_path / "lists.tsv"
    p.write_text("list\twords\tmeaning\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as err:
        load_word_lists(str(p))
    assert err.value.line is not None


@pytest.mark.parametrize("sentence, expected", [
    # a judgement of an act is no phone call ...
    ("Brazil called the Argentine decision a grave mistake.", set()),
    ("The Kenyan spokesman called the Ugandan raids an act of war.", set()),
    # ... also when the parser hangs the judgement inside the object's phrase
    ("Egypt's spokesman called the Israeli strikes on three of its border posts a provocation.", set()),
    ("Cairo on Monday called the Libyan raids on two of its desert outposts an escalation.", set()),
    # ... a person called is one, and "called off" keeps its sense
    ("The Brazilian president called his Argentine counterpart on Friday.", {("BRA", "ARG", "04"), ("ARG", "BRA", "04")}),
    ("Greece called off the planned visit to Turkey.", {("GRC", "TUR", "16")}),
])
def test_call_senses(code, sentence, expected):
    from conftest import triples
    assert {t for t in triples(code(sentence, day="2020-01-01")) if t[2] in ("04", "16")} == expected
