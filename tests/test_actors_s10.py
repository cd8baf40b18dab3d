"""Actors of session 10: a Jewish settlement is Israel's where it stands; a chargé d'affaires is an
envoy. Our own sentences."""

from __future__ import annotations

from datetime import date

DAY = date(2002, 1, 10)


def _events(engine, text: str) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, DAY) if e.asserted}


def test_a_jewish_settlement_is_israels_where_it_stands(engine):
    assert ("PSE", "ISR", "194") in _events(engine, "Hamas militants fired mortar bombs at a Jewish settlement in the Gaza Strip.")
    assert ("PSE", "ISR", "190") in _events(engine, "Palestinian gunmen attacked two Jewish settlements near Hebron.")


def test_a_charge_daffaires_is_an_envoy(engine):
    assert ("IRN", "GBR", "114") in _events(engine, "Iran's foreign ministry summoned the British charge d'affaires.")
    assert ("RUS", "USA", "161") in _events(engine, "Russia expelled the American charge d'affaires.")
