"""Wire-copy constructions found missing on the Reuters development set (own sentences):

* a vow of retaliation that names no one is aimed at whoever carried out the attack it answers,
  when the same sentence names the attack ("promised retaliation after the U.S. attacks");
* a repelled attack whose attacker is named is also the attacker's event;
* a protest "over" or "at" an act; a team or official sent abroad;
* weapons tests (a hyphenated "test-fired", "carried out a nuclear test"), an initialled agreement,
  money granted to a state (a recipient the parser hangs on the counted object), and an event
  noun measured by a frame ("a programme of sanctions against X")."""

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Iran promised retaliation after the U.S. attacks on its oil platforms.", "IRN", "USA"),
    ("Syria vowed retaliation for the Israeli strike on Damascus.", "SYR", "ISR"),
    ("Tehran vowed revenge for the Iraqi air raids on its cities.", "IRN", "IRQ"),
    ("Iran vowed retaliation for the U.S. action.", "IRN", "USA"),
    ("Iran vowed retaliation for the killing of its diplomats by Iraq.", "IRN", "IRQ"),
])
def test_vow_aimed_at_the_attacker(engine, text, source, target):
    found = {(e.source_country, e.target_country) for e in engine.code_text(text) if e.code == "138"}
    assert (source, target) in found


@pytest.mark.parametrize("text", [
    "Iran threatened retaliation after the attacks, officials said.",  # no attacker named
    "Iran vowed retaliation after its own forces were attacked.",       # the attack names no one
    "Iran vowed retaliation for the killing of its diplomats.",         # the victims are no target
])
def test_no_attacker_no_target(engine, text):
    assert not [e for e in engine.code_text(text) if e.code == "138" and e.target_country]


@pytest.mark.parametrize("text, attacker, defender", [
    ("Iraq said its troops repelled an overnight attack by Iranian Revolutionary Guards near Basra.", "IRN", "IRQ"),
    ("Chadian troops beat back a Libyan offensive near Faya.", "LBY", "TCD"),
    ("Ukraine repelled a Russian assault on the town.", "RUS", "UKR"),
])
def test_repelled_attack_is_also_the_attackers_event(engine, text, attacker, defender):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text) if e.status == "asserted"}
    assert (defender, attacker, "190") in found  # the defence itself stays coded
    assert (attacker, defender, "190") in found


@pytest.mark.parametrize("text", [
    "Iraq repelled the attack.",                   # no attacker named
    "Iraq did not repel the Iranian attack.",      # a negated defence reports no attack of its own
    "Troops repelled attacks by rebels in the north.",
])
def test_no_attacker_event_without_a_foreign_attacker(engine, text):
    assert not [e for e in engine.code_text(text) if e.rule.endswith("+attack")]


@pytest.mark.parametrize("text, source, target", [
    ("France protested over Canada's decision to close its ports to French trawlers.", "FRA", "CAN"),
    ("Greece protested at Turkey's violation of its airspace.", "GRC", "TUR"),
])
def test_protest_over_or_at_an_act(engine, text, source, target):
    found = {(e.source_country, e.target_country, e.root) for e in engine.code_text(text)}
    assert (source, target, "11") in found


@pytest.mark.parametrize("text, source, target, code", [
    ("Japan is sending a three-man team to Washington to try to halt the sanctions.", "JPN", "USA", "042"),
    ("Britain dispatched a team of officials to Tehran.", "GBR", "IRN", "042"),
    ("Japan sent a rescue team to Turkey after the quake.", "JPN", "TUR", "073"),  # relief, no visit
])
def test_a_team_sent_abroad(engine, text, source, target, code):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text) if e.status == "asserted"}
    assert (source, target, code) in found


@pytest.mark.parametrize("text, status", [
    ("The United States went ahead with sanctions against Japan.", "asserted"),
    ("The United States will go ahead with sanctions against Japan.", "prediction"),
])
def test_going_ahead_with_sanctions(engine, text, status):
    found = {(e.source_country, e.target_country, e.status) for e in engine.code_text(text) if e.code == "163"}
    assert ("USA", "JPN", status) in found


def test_going_ahead_with_talks_is_no_sanction(engine):
    assert not [e for e in engine.code_text("Japan went ahead with talks despite the sanctions against Iran.")
                if e.root == "16"]


@pytest.mark.parametrize("text, source, target, code", [
    ("Iran said it struck what it called Israeli bases.", "IRN", "ISR", "190"),
    ("Russia attacked what Kyiv described as civilian targets in Odesa.", "RUS", "UKR", "190"),
    ("China criticized what it called U.S. interference.", "CHN", "USA", "111"),
    ("Japan welcomed what it said was a constructive proposal from China.", "JPN", "CHN", "051"),
])
def test_what_it_called(engine, text, source, target, code):
    """A "what X called Y" clause in a slot names Y: the distancing of news copy."""
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text) if e.status == "asserted"}
    assert (source, target, code) in found


@pytest.mark.parametrize("text, source", [
    ("North Korea test-fired a ballistic missile on Sunday.", "PRK"),
    ("The Soviet Union carried out a nuclear test on Thursday.", "RUS"),
    ("Pakistan conducted a missile test in the Arabian Sea.", "PAK"),
])
def test_weapons_tests_are_force_posture(engine, text, source):
    assert (source, "150") in {(e.source_country, e.code) for e in engine.code_text(text, "2020-01-01")
                               if e.status == "asserted"}


@pytest.mark.parametrize("text, status", [
    ("North Korea did not test-fire a missile this week.", "negated"),
    ("North Korea may test-fire a missile next week.", None),
])
def test_weapons_tests_keep_their_mood(engine, text, status):
    assert not [e for e in engine.code_text(text, "2020-01-01") if e.code == "150" and e.status == "asserted"]


def test_a_fired_missile_without_test_stays_an_attack(engine):
    found = {(e.source_country, e.target_country, e.root) for e in engine.code_text(
        "Iran fired missiles at Iraqi cities.", "1987-03-01") if e.status == "asserted"}
    assert ("IRN", "IRQ", "19") in found


def test_initialled_agreement_is_signed_by_both(engine):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(
        "Spain and Morocco initialled a fisheries agreement in Rabat.", "1987-03-01")}
    assert {("ESP", "MAR", "057"), ("MAR", "ESP", "057")} <= found


@pytest.mark.parametrize("text, source, target", [
    ("Japan granted Bangladesh five billion yen for flood relief.", "JPN", "BGD"),
    ("Britain has granted Kenya about two mln sterling.", "GBR", "KEN"),
    ("Sweden donated three million dollars to Ethiopia.", "SWE", "ETH"),
])
def test_money_granted_to_a_state_is_aid(engine, text, source, target):
    assert (source, target, "07") in {(e.source_country, e.target_country, e.root)
                                      for e in engine.code_text(text, "1987-03-01")}


def test_money_granted_to_a_company_names_no_state(engine):
    assert not [e for e in engine.code_text("Mitsubishi granted Chrysler five million dollars.", "1987-03-01")
                if e.root == "07"]


@pytest.mark.parametrize("text, source, target, root", [
    ("Norway announced a programme of economic sanctions against South Africa.", "NOR", "ZAF", "16"),
    ("Iraq launched a wave of air strikes on Iranian cities.", "IRQ", "IRN", "19"),
])
def test_event_noun_measured_by_a_frame(engine, text, source, target, root):
    assert (source, target, root) in {(e.source_country, e.target_country, e.root)
                                      for e in engine.code_text(text, "1987-03-01") if e.status == "asserted"}


@pytest.mark.parametrize("text, source, target, code", [
    ("Canada slapped 25% tariffs on C$30 billion of American imports.", "CAN", "USA", "163"),
    ("The EC imposed duties on 1.2 billion dlrs of U.S. exports.", None, "USA", "163"),
    ("Japan lifted tariffs on three billion dollars of American farm goods.", "JPN", "USA", "085"),
    ("The United States ended preferential treatment for exports from Nicaragua.", "USA", "NIC", "163"),
])
def test_trade_measures_on_what_a_state_sells(engine, text, source, target, code):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, "1987-03-31")
             if e.status == "asserted"}
    assert any(t == target and c == code and (source is None or s == source) for s, t, c in found)


def test_an_amount_is_no_date_but_a_date_is(engine):
    assert not [e for e in engine.code_text("Canada imposed tariffs on 5 July.", "1987-03-31") if e.target_country]


@pytest.mark.parametrize("text, source, target", [
    ("North Korea fired a ballistic missile into the sea off its east coast.", "PRK", None),
    ("China fired missiles into the waters around Taiwan.", "CHN", "TWN"),
])
def test_missiles_fired_into_the_sea_are_a_show_of_force(engine, text, source, target):
    found = {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, "2022-08-04")
             if e.status == "asserted"}
    assert (source, target, "150") in found and not {f for f in found if f[2].startswith("19")}


@pytest.mark.parametrize("text, source, target", [
    ("The United States is providing aerial photographs and military intelligence to Macedonia.", "USA", "MKD"),
    ("Britain provided Ukraine with air defences.", "GBR", "UKR"),
])
def test_what_is_provided_is_no_recipient(engine, text, source, target):
    found = {(e.source_country, e.target_country) for e in engine.code_text(text, "2001-05-01")
             if e.root == "07" and e.status == "asserted"}
    assert found == {(source, target)}
