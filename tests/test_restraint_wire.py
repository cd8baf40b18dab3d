"""Restraint cases found on the Reuters development set (own sentences): a non-specific nominal
("any U.S. attack", "in the event of a strike") is no event; forces the text calls unidentified
get no state; a protest against a government's policies is aimed at that government."""

import pytest


@pytest.mark.parametrize("text", [
    "Rafsanjani predicted a river of blood in the event of any U.S. strike against Iran.",
    "Iran warned against any U.S. attack on its territory.",
    "In case of an Iraqi attack, Iran would retaliate.",
])
def test_non_specific_attack_is_not_asserted(engine, text):
    assert not [e for e in engine.code_text(text) if e.root == "19" and e.status == "asserted"]


def test_a_specific_attack_still_is(engine):
    assert [e for e in engine.code_text("The U.S. attack on Iran killed five sailors.")
            if (e.source_country, e.target_country, e.root, e.status) == ("USA", "IRN", "19", "asserted")]


@pytest.mark.parametrize("text", [
    "Unidentified jets attacked three Iranian oil rigs in the southern Gulf.",
    "Unidentified warplanes bombed a village in Lebanon.",
])
def test_unidentified_forces_get_no_state(engine, text):
    assert not [e for e in engine.code_text(text) if e.root in ("18", "19") and e.source_country]


def test_identified_forces_keep_theirs(engine):
    found = {(e.source_country, e.target_country) for e in engine.code_text("Iraqi jets attacked three Iranian oil rigs.")}
    assert ("IRQ", "IRN") in found


def test_protest_against_a_governments_policies(engine):
    events = engine.code_text("Spanish farmers blocked a border crossing with France in a protest against the "
                              "Socialist government's farm policies.")
    found = {(e.source_country, e.target) for e in events if e.root == "14"}
    assert ("ESP", "ESPGOV") in found and not any(t and t.startswith("FRA") for _, t in found)


@pytest.mark.parametrize("text, target", [
    ("Britain said its interest rates were now the same as Japan's were last year.", None),
    ("The minister said the meeting that Greece had called would fail.", None),
    ("Japan said an embargo against Iran would fail.", "IRN"),       # the clause's own phrase
    ("Brazil said Argentina would sign the accord.", "ARG"),         # the clause's own subject
])
def test_a_statement_is_about_its_own_clause(engine, text, target):
    """A statement is aimed at an actor of its reported clause itself, not at one named in a
    clause nested inside it."""
    found = {e.target_country for e in engine.code_text(text) if e.root == "01"}
    assert found == ({target} if target else set())
