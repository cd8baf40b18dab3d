"""History recalled in a subordinate clause is background even when the parser hangs its
date on the verb's object ("since X met Y in Z last December"). The parse is built by hand,
so the rule is tested whatever the statistical parser does with our sentence."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from riftwatch.coding.mood import historical

WORDS = ["It", "was", "the", "first", "call", "since", "Pinera", "met", "Macri", "in", "Lima", "last", "December", "."]
HEADS = [1, 1, 4, 4, 1, 7, 7, 1, 7, 8, 9, 12, 8, 1]
DEPS = ["nsubj", "ROOT", "det", "amod", "attr", "mark", "nsubj", "advcl", "dobj", "prep", "pobj", "amod", "npadvmod",
        "punct"]
POS = ["PRON", "AUX", "DET", "ADJ", "NOUN", "SCONJ", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADJ", "PROPN",
       "PUNCT"]


def _doc(words=WORDS, heads=HEADS, deps=DEPS):
    ents = ["O"] * len(words)
    i = words.index("last")
    ents[i], ents[i + 1] = "B-DATE", "I-DATE"
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=POS[:len(words)], ents=ents)


@pytest.mark.parametrize("article_day, background", [(date(2020, 9, 24), True), (date(2019, 12, 20), False)])
def test_date_hung_on_the_object_dates_the_verb(article_day, background):
    doc = _doc()
    met = doc[WORDS.index("met")]
    assert doc[12].dep_ == "npadvmod" and doc[12].head.dep_ == "dobj"  # the misparse this guards against
    assert historical(met, article_day) is background


@pytest.mark.parametrize("text", [
    # the reported act is a topic the patterns do not code; the parser makes "discussed" a
    # modifier of its object, and the report must still not become a bare statement
    "The Kenyan Foreign Ministry said the two discussed coordination on security on the border.",
    "The Foreign Ministry said the two discussed cooperation on trade in the region.",
])
def test_report_of_an_uncoded_act_is_no_statement(code, text):
    from conftest import triples
    assert triples(code(text, day="2020-09-24")) == set()


def test_a_proposed_meeting_in_a_misattached_clause_is_not_a_meeting(engine):
    """"proposed in a letter to X that the two sides meet": the parser hangs the "that" clause on
    "letter"; it is still the complement of "proposed", a proposal, not a meeting."""
    events = engine.code_text("South Korea proposed in a letter to North Korea that the two sides meet.")
    assert not [e for e in events if e.root == "04" and e.status == "asserted"]


def _asserted(engine, text: str, day: date) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, day) if e.asserted}


def test_an_act_dated_weeks_before_the_article_is_history_even_in_the_main_clause(engine):
    day = date(2001, 12, 28)
    assert not _asserted(engine, "Hamas gunmen killed an Israeli settler on October 2.", day)
    # ... and a when-clause has the date of the clause it hangs on
    assert not _asserted(engine, "The settlement was attacked on October 2 when gunmen opened fire on Israeli "
                               "soldiers, killing two.", day)
    # restraint: an act of two days before is the news; a lead's own "last month" stays
    assert ("PSE", "ISR", "190") in _asserted(engine, "Palestinian gunmen killed an Israeli settler on December 26.", day)


def test_an_event_noun_with_an_old_year_is_history(engine):
    day = date(2001, 12, 28)
    assert not any(code == "192" for *_, code in _asserted(engine, "Iraq's 1990 invasion of Kuwait was condemned.", day))
    # restraint: the same noun with no year, or this year's, is the news
    assert ("RUS", "GEO", "192") in _asserted(engine, "Russia's invasion of Georgia strained ties.", day)
    assert ("RUS", "GEO", "192") in _asserted(engine, "Russia's 2001 invasion of Georgia strained ties.", day)


def test_an_act_said_to_have_probably_happened_is_a_guess(engine):
    day = date(2001, 12, 15)
    assert not any(code == "042" for *_, code in _asserted(
        engine, "An Afghan commander said that bin Laden had probably gone to Pakistan.", day))
    # restraint: said as a fact, the trip is a trip
    assert any(code == "042" for *_, code in _asserted(engine, "The Afghan foreign minister went to Pakistan.", day))


def test_a_when_clause_on_a_past_date_is_history(engine):
    day = date(1987, 3, 10)
    assert not _asserted(engine, "Casualties were the highest since January 2, when Chadian troops overran a Libyan "
                                 "garrison.", day)
    # restraint: a when-clause on a date of the story's own days is this news
    assert ("TCD", "LBY", "19") in {(s, t, c[:2]) for s, t, c in _asserted(
        engine, "Chadian troops overran a Libyan garrison on March 8, when Libya attacked.", day)}


def test_a_participle_takes_the_date_of_the_act_it_follows(engine):
    day = date(2001, 12, 28)
    assert not _asserted(engine, "The village was attacked on October 2 when gunmen opened fire on the residents, "
                                 "killing two Israelis.", day)
    assert not _asserted(engine, "Israeli troops raided Jenin on October 3, killing two Palestinians.", day)
    # restraint: the story's own days stay news
    assert ("ISR", "PSE", "190") in _asserted(engine, "Israeli troops raided Jenin on Monday, killing two Palestinians.", day)



def test_a_perfect_tense_record_of_many_acts_is_background(engine):
    day = date(2001, 12, 15)
    assert not _asserted(engine, "Hamas has carried out numerous suicide bombings in Israel.", day)
    assert not _asserted(engine, "Israel has carried out many raids in Gaza.", day)
    # restraint: acts counted in the story's own time are news
    assert ("PSE", "ISR", "1831") in _asserted(engine, "Hamas has carried out two suicide bombings in Israel this week.", day)
