"""A force that evacuates or abandons a position retreats (CAMEO 0874); people who leave a
town do not. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, want", [
    ("Libyan troops are hastily evacuating their last stronghold in northern Chad.", {("LBY", "TCD", "08")}),
    ("Iraq abandoned its positions in southern Iran.", {("IRQ", "IRN", "08")}),
    ("Sudanese soldiers abandoned the garrison near the Chadian border town of Adre.", {("SDN", "TCD", "08")}),
    # restraint: civilians leaving a town, a plan abandoned, a retreat only threatened
    ("Residents evacuated the town in northern Chad.", set()),
    ("The company abandoned its plan to build a base in Kenya.", set()),
    ("Libyan troops may abandon their positions in Chad.", set()),
])
def test_retreat(code, text, want):
    got = {t for t in triples(code(text, day="2020-01-01")) if t[2] == "08"}
    assert got == want, f"{text!r}: coded {got}"
