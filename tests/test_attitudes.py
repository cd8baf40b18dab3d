"""An attitude predicated of an actor about relations with another ("was optimistic about its
talks with China") is an optimistic (013) or pessimistic (012) comment, speaker to the other side."""

import pytest


@pytest.mark.parametrize("text, source, target, code", [
    ("Japan was optimistic about its talks with China.", "JPN", "CHN", "013"),
    ("U.S. officials have been optimistic about progress at the talks with the Soviet Union.", "USA", "RUS", "013"),
    ("China is pessimistic about the negotiations with India.", "CHN", "IND", "012"),
    ("Seoul is sceptical about relations with Tokyo.", "KOR", "JPN", "012"),
])
def test_attitude_about_relations(engine, text, source, target, code):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text) if e.status == "asserted"}
    assert (source, target, code) in found


@pytest.mark.parametrize("text", [
    "Japan is not optimistic about the talks with China.",   # negated
    "Is Japan optimistic about the talks with China?",        # a question
    "Japan was optimistic about the economy.",                # no relations, no one else
    "Japan would be optimistic about talks with China if the shelling stopped.",  # conditional
])
def test_no_attitude_event(engine, text):
    assert not [e for e in engine.code_text(text) if e.rule.startswith("attitude:") and e.status == "asserted"]
