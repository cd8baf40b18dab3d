"""Restraint of session 11: a modal governs only the verbs that can take it. Our own sentences."""

from __future__ import annotations

from datetime import date

DAY = date(2020, 8, 16)


def _coded(engine, text):
    return {(e.source_country, e.target_country, e.code, e.status) for e in engine.code_text(text, DAY)}


def test_a_past_tense_conjunct_is_not_under_its_siblings_modal(engine):
    got = _coded(engine, "Lukashenko told supporters that there would be no new election and accused NATO of "
                         "massing forces.")
    assert any(c == "112" and s == "asserted" for _, _, c, s in got)
    # restraint: a base-form conjunct still shares the modal ("would meet ... and sign")
    got = _coded(engine, "Iran said it would meet the Japanese envoy and sign the protocol with Japan.")
    assert not any(s == "asserted" and c[:2] in ("04", "05") for _, _, c, s in got)
