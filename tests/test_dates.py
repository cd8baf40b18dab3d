"""Event dates that mean what the text says, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from riftwatch.coding.dates import resolve

PUB = date(2020, 11, 10)  # a Tuesday


@pytest.mark.parametrize("text, want", [
    ("today", (PUB, "day")),
    ("yesterday", (date(2020, 11, 9), "day")),
    ("Friday", (date(2020, 11, 6), "day")),
    ("Tuesday", (PUB, "day")),
    ("last week", (date(2020, 11, 3), "week")),
    ("last month", (date(2020, 10, 1), "month")),
    ("earlier this month", (date(2020, 11, 1), "month")),
    ("last year", (date(2019, 1, 1), "year")),
    ("two weeks ago", (date(2020, 10, 27), "week")),
    ("3 days ago", (date(2020, 11, 7), "day")),
    ("Oct. 14", (date(2020, 10, 14), "day")),
    ("14 October", (date(2020, 10, 14), "day")),
    ("December 20", (date(2019, 12, 20), "day")),  # a date after publication is last year's
    ("September", (date(2020, 9, 1), "month")),
    ("1950", (date(1950, 1, 1), "year")),
    ("June 25, 1950", (date(1950, 6, 25), "day")),
])
def test_dates_resolve_relative_expressions(text, want):
    assert resolve(text, PUB) == want


def test_dates_unknown_expression_is_none():
    assert resolve("the coming days", PUB) is None


def test_dates_event_takes_the_date_of_its_own_clause(engine):
    [e] = [e for e in engine.code_text("Pompeo canceled a planned visit to Seoul last month.", PUB) if e.asserted]
    assert (e.event_date, e.date_precision) == (date(2020, 10, 1), "month")
    # a date on the reporting verb does not date the reported event
    evs = engine.code_text("Japan criticized China, officials said on Friday.", PUB)
    [crit] = [e for e in evs if e.root == "11"]
    assert (crit.event_date, crit.date_precision) == (PUB, "day")


def test_dates_a_temporal_clause_dates_its_main_clause(engine):
    [e] = [e for e in engine.code_text("Pompeo canceled a planned visit to Seoul last month after President "
                                       "Donald Trump contracted the coronavirus.", PUB) if e.root == "16"]
    assert (e.event_date, e.date_precision) == (date(2020, 10, 1), "month")
    # "after" a named day does not make the act that day
    [e] = [e for e in engine.code_text("Japan criticized China after North Korea fired a missile on Friday.", PUB) if e.root == "11"]
    assert e.event_date == PUB


def test_dates_an_announced_plan_is_dated_when_announced(engine):
    # the visit is on Oct. 7; the intent (036) was expressed when the department spoke
    evs = engine.code_text("U.S. Secretary of State Mike Pompeo will visit Seoul on Oct. 7 and 8, the State "
                           "Department said on Tuesday.", date(2020, 9, 30))
    assert evs
    for e in evs:
        assert e.event_date == date(2020, 9, 29), (e.code, e.status, e.event_date)
    [e] = [e for e in engine.code_text("Japan will send aid to Turkey next week.", PUB) if e.asserted]
    assert e.code.startswith("03") and e.event_date == PUB
