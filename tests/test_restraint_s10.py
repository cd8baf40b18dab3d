"""Restraint cases of session 10: what someone wants another to do is not done. Our own
sentences."""

from __future__ import annotations

from datetime import date

DAY = date(2002, 5, 1)


def _asserted(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def test_wanting_someone_to_act_is_not_the_act(engine):
    assert not any(c == "0831" for _, _, c in _asserted(engine, "Protesters want President Bush to resign."))
    assert not any(c.startswith("19") for _, _, c in _asserted(
        engine, "Hardliners in Tehran would like the army to attack Iraq."))
    # restraint: the act itself, told as done, is still coded
    assert any(c == "0831" for _, _, c in _asserted(engine, "President Bush resigned on Monday."))


def test_a_perfect_of_experience_is_history(engine):
    assert not _asserted(engine, "Israel has attacked Lebanon before.")
    # restraint: "before" with its own object dates the act, and a plain past stays news
    assert ("ISR", "LBN", "190") in _asserted(engine, "Israel has attacked Lebanon before the talks.")
    assert ("ISR", "LBN", "190") in _asserted(engine, "Israel attacked Lebanon before dawn.")


def test_an_act_in_claims_rejected_without_that_is_alleged(engine):
    # the rejection itself is a denial (016, CAMEO: "discard or deny accusations"); the act claimed is not
    for text in ("Indonesia has rejected claims it is harbouring Al Qaeda members.",
                 "Indonesia rejected claims that it is harbouring Al Qaeda members."):
        assert not {c for _, _, c in _asserted(engine, text)} - {"016"}, text
