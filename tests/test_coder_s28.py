"""Constructions of session 28, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes

DAY = "2023-11-20"
OLD = "1987-03-05"


def test_a_state_goods_are_sent_to_owns_no_bare_department(code):
    # the state that receives supplies is no owner of "the Defence Department" or "the government"
    for s in ("The Defence Department denied any military supplies had been sent to Iran.",
              "The government denied arms sales to Iran."):
        assert not [e for e in code(s, OLD) if e.source.startswith("IRN")], s
    # ... while a government the sentence names as the sender's is still its own
    assert ("IRNGOV", None, "016") in actor_codes(
        code("The government of Iran denied that arms had been sent to Iraq.", OLD))
