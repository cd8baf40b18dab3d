"""A PETRARCH-format verb dictionary read as a pattern layer (setting ``petrarch_verbs``)."""

from pathlib import Path

import pytest

from riftwatch.coding.petrarch_verbs import DEFAULT_TARGETS, read_verb_dictionary
from riftwatch.config import Options
from riftwatch.pipeline import Engine

#: a small dictionary of our own in the PETRARCH format
DICTIONARY = """\
####### SYNONYM SETS #######
&PACT
+TREATY
+ACCORD

####### VERB PATTERNS #######

--- HECKLE  [111]  ---
HECKLE
NEEDLE  {NEEDLES NEEDLED}
- * (OVER +)  [111]
- * &PACT  [120]

--- HAIL  [051]  ---
HAIL
- % *  [051]
- * {PEACE PLAN}  [051]
- * (TO TALKS)  [036]
- NEWSPAPER *  [111]
- * ^ $  [051]
- * RELATIONS  [212]

---  MEND   [---]  ---
+PATCH_UP {+PATCHES_UP +PATCHED_UP}
- * TIES  [050]
"""


@pytest.fixture()
def dictionary(tmp_path) -> Path:
    p = tmp_path / "verbs.txt"
    p.write_text(DICTIONARY, encoding="utf-8")
    return p


def test_reading_the_format(dictionary):
    d = read_verb_dictionary(dictionary)
    by = {(p.lemma, p.particle, tuple(sorted(p.objects)), p.code) for p in d.patterns}
    assert ("heckle", None, (), "111") in by and ("needle", None, (), "111") in by  # each verb of the block
    assert ("heckle", None, ("accord", "treaty"), "120") in by                       # a synonym set as objects
    assert ("hail", None, ("peace plan",), "051") in by                             # a braced phrase
    assert ("hail", "to", ("talk",), "036") in by                                   # (PREP WORD): particle, object
    assert ("patch", "up", ("tie",), "050") in by                                   # a phrasal verb of the block
    over = next(p for p in d.patterns if p.lemma == "heckle" and p.target == ("prep:over",))
    assert not over.objects
    assert any("sym" in p.flags for p in d.patterns if p.lemma == "hail" and not p.objects)  # "% *"
    # words before the verb, $ and ^, and non-CAMEO codes (the WEIS 212) are left out and counted
    assert d.skipped["context the layer does not read"] == 2
    assert d.skipped["not a CAMEO code"] >= 1
    assert not any(p.code == "212" for p in d.patterns)
    assert all(p.target == DEFAULT_TARGETS for p in d.patterns if p.lemma == "hail" and p.objects)


def test_a_bare_verb_riftwatch_knows_keeps_riftwatchs_pattern(dictionary):
    d = read_verb_dictionary(dictionary, known_bare=frozenset({"heckle"}))
    assert not [p for p in d.patterns if p.lemma == "heckle" and not p.objects and p.target == DEFAULT_TARGETS]
    assert [p for p in d.patterns if p.lemma == "heckle" and p.objects]  # its object patterns still come


def test_the_layer_codes_through_the_engine(dictionary):
    text = "Japan heckled China over the fishing dispute."
    assert not [e for e in Engine().code_text(text) if e.rule.startswith("petrarch:")]
    events = Engine(Options(petrarch_verbs=str(dictionary))).code_text(text)
    assert [(e.source_country, e.target_country, e.code) for e in events if e.rule.startswith("petrarch:")] \
        == [("JPN", "CHN", "111")]


def test_an_unreadable_dictionary_is_a_clear_error(tmp_path):
    from riftwatch.errors import DataFileError

    with pytest.raises(DataFileError, match="cannot read the verb dictionary"):
        read_verb_dictionary(tmp_path / "missing.txt")
