"""Fighting and clashes "between X and Y" where the noun is no light verb's object: a gerund
subject ("Fighting between ... continued"), a reported clash ("clashes were reported between"),
and an existential ("there were clashes between")."""

import pytest


@pytest.mark.parametrize("text, a, b", [
    ("Fighting between Iraqi and Iranian forces continued in the south.", "IRQ", "IRN"),
    ("Fighting between Armenia and Azerbaijan flared again on Sunday.", "ARM", "AZE"),
    ("Several clashes have been reported between Chadian troops and Libyan forces.", "TCD", "LBY"),
    ("There were clashes between Chadian and Libyan troops near the border.", "TCD", "LBY"),
    ("There has been fierce fighting between Iraqi and Iranian troops.", "IRQ", "IRN"),
])
def test_sides_of_a_fight(engine, text, a, b):
    found = {(e.source_country, e.target_country) for e in engine.code_text(text)
             if e.root == "19" and e.status == "asserted"}
    assert {(a, b), (b, a)} <= found


@pytest.mark.parametrize("text, status", [
    ("There were no clashes between Chadian and Libyan troops.", "negated"),
    ("There will be talks between Japan and China next week.", "prediction"),
])
def test_existential_keeps_its_mood(engine, text, status):
    events = [e for e in engine.code_text(text) if e.root != "03"]  # (talks to come are the sides' intent, 036)
    assert events and all(e.status == status for e in events)


@pytest.mark.parametrize("text", [
    "Fighting the rebels cost the army dearly.",   # a gerund with an object is a verb
    "Clashes were reported in the capital.",       # no sides named
])
def test_no_sides_no_event(engine, text):
    assert not [e for e in engine.code_text(text) if e.root == "19" and e.target_country]
