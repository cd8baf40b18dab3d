"""Constructions of session 28, from real wire copy's shapes. Sentences written for these tests.
Uses the ``code`` fixture of conftest.py (asserted events only unless ``all=True``)."""

from __future__ import annotations

from conftest import actor_codes, country_codes

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


def test_an_appeal_for_a_state_to_act_is_aimed_at_it(code):
    # "called for Israel to withdraw": the parser made "for" the mark of Israel's clause, and the appeal
    # named no one (nlp.repairs.appeal_for_subject)
    assert ("UNO", "ISR", "020") in actor_codes(
        code("The United Nations called for Israel to withdraw from the West Bank.", DAY))
    for s, pair in (("Britain appealed for Iran to release the sailors.", ("GBR", "IRN")),
                    ("France pressed for Iran to release the sailors.", ("FRA", "IRN")),
                    ("Japan asked for China to release the fishermen.", ("JPN", "CHN"))):
        assert {(e.source_country, e.target_country) for e in code(s, DAY)} == {pair}, s
    # ... and the act bidden is the bidden state's, not the appealer's
    bidden = [e for e in code("The United Nations called for Israel to withdraw from the West Bank.", DAY, all=True)
              if e.code[:2] in ("08", "16")]
    assert bidden and all(e.source_country == "ISR" for e in bidden)
