"""Parse less: the sentence prefilter keeps every sentence that codes an event."""

from __future__ import annotations

from datetime import date

from riftwatch.config import Options
from riftwatch.pipeline import Engine

ARTICLE = """Markets in Tokyo rose on Monday. Exporters led the gains.

Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang Kyung-wha in Seoul.
The weather was mild. Wang later criticized Washington over its trade policy.

Japan’s prime minister said he would visit India next year. Analysts said the yen was weak.
"""


def _key(events):
    return {(e.trigger_start, e.source, e.target, e.code, e.status) for e in events}


def test_prefilter_keeps_every_event_of_a_full_parse(engine):
    full = Engine(Options(prefilter=False))
    day = date(2020, 11, 26)
    all_events = full.code_text(ARTICLE, day)
    filtered = engine.code_text(ARTICLE, day)
    assert engine.prefilter is not None and all_events
    assert _key(all_events) <= _key(filtered)
    for e in filtered:  # offsets point into the original article, curly quote included
        assert ARTICLE[e.start:e.end] == e.sentence
        assert ARTICLE[e.trigger_start:e.trigger_start + len(e.trigger)] == e.trigger


def test_prefilter_drops_sentences_without_actor_or_trigger(engine):
    sel = engine.prefilter.select(ARTICLE)
    kept = sel.original_text(ARTICLE)
    assert "Exporters led the gains" not in kept and "The weather was mild" not in kept
    assert "Wang later criticized Washington" in kept
    assert len(sel.sent_index) < sel.n_sentences
