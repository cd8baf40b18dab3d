"""Constructions of session 15: a city named as what forces seized or captured ("seized Kherson");
a rebuttal after the report it answers ("X said ..., a charge Y denied"); terror and sanctions
lists (designation 163, removal 085); prisoners a state frees are its own, those it takes are
nobody's we know; "foreign"/"Western" governments are not the speaker's own. Sentences written
for these tests, with restraint cases."""

from __future__ import annotations

from datetime import date

from riftwatch.nlp.repairs import trailing_rebuttal

DAY = date(2025, 3, 1)


def _codes(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source_country, e.target_country, e.code) for e in engine.code_text(text, day) if e.asserted}


def _actors(engine, text: str, day: date = DAY) -> set[tuple]:
    return {(e.source, e.target, e.code) for e in engine.code_text(text, day) if e.asserted}


# ----------------------------------------------------------------------------- a city taken

def test_a_city_seized_by_name_is_the_citys_state(engine):
    assert ("RUS", "UKR", "192") in _codes(engine, "Russian forces seized Kherson on Wednesday.")
    assert ("COD", "COD", "192") in _codes(engine, "M23 rebels captured Bukavu last week.")


def test_most_of_a_city(engine):
    assert ("COD", "COD", "192") in _codes(engine, "M23 fighters took control of most of Bukavu on Sunday.")


def test_a_person_seized_is_no_city(engine):
    # restraint: a name the gazetteer does not hold as a city stays a person (or nothing)
    got = _codes(engine, "Police seized Mr Okafor at his home in Lagos.")
    assert not any(c == "192" for _, _, c in got)


# ----------------------------------------------------------------------------- "..., a charge X denied"

def test_rebuttal_after_the_report_answers_the_reporter(engine):
    got = _codes(engine, "Thailand's army said Cambodian troops had opened fire on a Thai patrol, "
                         "a charge Phnom Penh denied.")
    assert ("KHM", "THA", "016") in got


def test_rebuttal_of_an_accusation(engine):
    got = _codes(engine, "Kyiv accused Moscow of shelling the dam, an accusation Russia denies.")
    assert ("UKR", "RUS", "112") in got and ("RUS", "UKR", "016") in got


def test_a_claim_rejected_is_denied(engine):
    got = _codes(engine, "Israel said Hamas had fired the rockets, a claim the group rejected.")
    assert ("PSE", "ISR", "016") in got


def test_trailing_rebuttal_repair_reshapes_only_its_case(engine):
    doc = engine.nlp("Thailand's army said Cambodian troops had opened fire, a charge Phnom Penh denied.")
    denied = next(t for t in doc if t.lower_ == "denied")
    if denied.dep_ != "relcl":  # the misparses the repair is for: the denial governs the report
        assert trailing_rebuttal(denied)
    assert denied.dep_ == "relcl" and denied.head.lower_ == "charge"
    assert next(t for t in doc if t.lower_ == "said").dep_ == "ROOT"
    # restraint: a plain denial is left alone
    doc = engine.nlp("Phnom Penh denied the charge on Friday.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert not trailing_rebuttal(root) and root.lower_ == "denied"


def test_a_denial_with_no_report_before_it_names_no_accuser(engine):
    # restraint: nothing said before the comma, so whom the denial answers is unknown
    got = _actors(engine, "Phnom Penh denied the charge on Friday.")
    assert all(t is None for _, t, c in got if c == "016")


# ----------------------------------------------------------------------------- lists

def test_removal_from_the_terror_list_eases_sanctions(engine):
    got = _codes(engine, "The United States removed Sudan from its list of state sponsors of terrorism on Monday.")
    assert ("USA", "SDN", "085") in got


def test_taken_off_a_blacklist(engine):
    got = _actors(engine, "Washington took the Houthis off its terrorism blacklist in February.")
    assert any(t == "HOU" and c == "085" for _, t, c in got)


def test_designation_as_a_terrorist_group_is_a_sanction(engine):
    got = _actors(engine, "The United States designated the Houthis a foreign terrorist organization on Friday.")
    assert any(t == "HOU" and c == "163" for _, t, c in got)
    got = _codes(engine, "Canada designated Iran's Revolutionary Guards as a terrorist entity.")
    assert ("CAN", "IRN", "163") in got


def test_added_to_an_entity_list(engine):
    got = _codes(engine, "The Commerce Department added 30 Chinese firms to its entity list.")
    assert ("USA", "CHN", "163") in got


def test_other_lists_are_no_sanction(engine):
    # restraint: a party's list of candidates, troops moved
    assert not any(c in ("085", "163") for _, _, c in _codes(
        engine, "The Labour Party removed him from its list of candidates."))
    assert not any(c in ("085", "163") for _, _, c in _codes(engine, "Trump removed the troops from Syria."))


# ----------------------------------------------------------------------------- prisoners

def test_prisoners_a_state_frees_are_its_own(engine):
    assert ("MMR", "MMR", "0841") in _codes(engine, "Myanmar's junta released more than 5,000 prisoners on Monday.")
    assert ("CUB", "CUB", "0353") in _codes(engine, "Cuba said on Tuesday it would release 553 prisoners.")


def test_prisoners_taken_are_nobodys_we_know(engine):
    got = _codes(engine, "U.S. forces captured 15 prisoners near Kandahar on Sunday.")
    assert ("USA", "USA", "173") not in got  # not its own people


def test_named_prisoners_keep_their_state(engine):
    assert ("ISR", "PSE", "0841") in _codes(engine, "Israel released 90 Palestinian prisoners on Sunday.")


# ----------------------------------------------------------------------------- others' governments

def test_foreign_governments_are_not_the_speakers_own(engine):
    for text in ("Russia accused Western governments of waging a hybrid war.",
                 "Iran accused foreign governments of stoking the unrest.",
                 "Indonesia asked foreign governments to finance the projects."):
        got = _codes(engine, text)
        assert not any(s == t for s, t, _ in got), text


def test_the_governments_own_ministry_is_still_its_own(engine):
    # restraint: "the Foreign Ministry" is a sector term, not a foreign body
    got = _actors(engine, "China's Foreign Ministry summoned the Japanese ambassador on Monday.")
    assert ("CHNGOV", "JPNGOV", "114") in got


# ----------------------------------------------------------------------------- naming, participles

def test_the_us_move_called_a_provocation(engine):
    # the tagger reads "move" as a verb; the name and the word after it are what is called
    got = _codes(engine, "China called the U.S. move a provocation.")
    assert ("CHN", "USA", "112") in got
    assert not any(c.startswith("04") for _, _, c in got)  # no phone call


def test_a_participle_of_naming_is_its_verbs_subjects(engine):
    got = _codes(engine, "China demanded that the Philippines withdraw the vessel, calling its presence "
                         "a serious infringement of Chinese sovereignty.")
    assert ("CHN", "PHL", "100") in got and ("CHN", "PHL", "112") in got


def test_naming_ones_own_act_is_no_judgement(engine):
    # restraint: "its" is the speaker's own
    got = _codes(engine, "China praised its own response, calling its decision a success.")
    assert not any(c.startswith("11") for _, _, c in got)


def test_a_trade_measures_blow_is_a_sanction(engine):
    got = _codes(engine, "China imposed export controls on gallium, hitting U.S. chipmakers.")
    assert ("CHN", "USA", "163") in got and not any(c.startswith("19") for _, _, c in got)


def test_a_missiles_blow_is_still_an_attack(engine):
    # restraint: the trade reading needs the participle's verb to take a trade measure
    got = _codes(engine, "Russia launched missiles at Kyiv, hitting a children's hospital.")
    assert any(c.startswith("19") for _, _, c in got)
    assert not any(c == "163" for _, _, c in _codes(engine, "Russian drones hit Ukraine's grain export terminal."))


def test_frozen_participation_in_an_alliance(engine):
    got = _actors(engine, "Armenia froze its participation in the CSTO.")
    assert ("ARM", "CST", "160") in got


def test_wire_mononyms(engine):
    got = _codes(engine, "Lula welcomed Maduro to Brasilia on Monday.", date(2023, 5, 29))
    assert ("BRA", "VEN", "043") in got
    got = _codes(engine, "Prabowo met Anwar in Jakarta on Friday.", date(2025, 1, 24))
    assert ("IDN", "MYS", "040") in got
    # restraint: the office holds only for the holder's terms ("Anwar" in 1978 is no government's)
    assert not any(s == "MYSGOV" for s, _, _ in _actors(engine, "Anwar met Begin on Friday.", date(1978, 9, 1)))


def test_an_assertion_rejected_answers_its_speaker(engine):
    got = _codes(engine, "Putin said the attackers had tried to flee to Ukraine, an assertion Kyiv rejected.",
                 date(2024, 3, 25))
    assert ("UKR", "RUS", "016") in got


# ----------------------------------------------------------------------------- proposals, denials, boycotts

def test_agreeing_to_a_proposal(engine):
    assert ("PRK", "KOR", "030") in _codes(engine, "North Korea agreed to a South Korean proposal for talks.")
    got = _actors(engine, "Hamas agreed to a proposal by Egypt and Qatar on Monday.")
    assert ("HMS", "EGY", "030") in got and ("HMS", "QAT", "030") in got


def test_agreeing_to_an_unowned_plan_has_no_target(engine):
    # restraint: whose plan it is, the sentence does not say
    got = _codes(engine, "The two sides agreed to a plan to reopen the border.")
    assert not any(c == "030" and t is not None for _, t, c in got)


def test_a_denied_charge_of_force_answers_the_state_struck(engine):
    assert ("AFG", "PAK", "016") in _codes(engine, "Afghanistan denied charges of bombing Pakistani territory.")
    assert ("RUS", "UKR", "016") in _codes(engine, "Moscow denied charges that its troops had shelled Ukrainian villages.")


def test_a_denied_charge_of_another_act_names_no_accuser(engine):
    # restraint: the state supplied is no accuser
    got = _codes(engine, "Iran denied accusations that it had supplied drones to Russia.")
    assert ("IRN", None, "016") in got and not any(t == "RUS" for _, t, _ in got)


def test_a_states_trade_boycott_is_a_sanction(engine):
    assert ("SWE", "ZAF", "163") in _codes(engine, "Sweden's trade boycott of South Africa took effect on Wednesday.")
    # restraint: a boycott with no kind named keeps its protest reading
    assert ("CHN", "JPN", "143") in _codes(engine, "China's boycott of Japanese goods hurt exporters.")


def test_a_participle_coordinated_with_a_passive_is_passive(engine):
    # "captured" shares "had been": the troops were captured, they captured no one
    got = _actors(engine, "At least 2,000 Iraqi troops had been killed or captured.", date(1987, 3, 1))
    assert not any(s.startswith("IRQ") for s, _, _ in got)
    # restraint: an active perfect keeps its subject
    got = _codes(engine, "Iranian forces have attacked and captured the Iraqi town of Fao.", date(1987, 3, 1))
    assert any(s == "IRN" and c == "192" for s, _, c in got)


# ----------------------------------------------------------------------------- restraint: called off, kept from

def test_a_visit_the_relative_says_was_postponed_is_no_visit(engine):
    got = engine.code_text("The two sides did not set a new date for Xi's state visit to Japan, which was "
                           "postponed this year because of the pandemic.", date(2020, 11, 25))
    assert not any(e.asserted and e.code[:2] in ("03", "04") for e in got)
    # restraint: a relative clause that says nothing of the kind leaves the visit told
    got = _codes(engine, "Xi's visit to Japan, which ended on Friday, was a success.", date(2020, 11, 25))
    assert ("CHN", "JPN", "042") in got


def test_an_act_kept_from_happening_is_not_told(engine):
    got = _codes(engine, "The rules would keep U.S. technology from helping China build up its military.")
    assert not any(c == "154" for _, _, c in got)
    # restraint: help that was given tells its act
    assert ("RUS", "IRN", "070") in _codes(engine, "Russia helped Iran build a nuclear plant.")


# ----------------------------------------------------------------------------- sympathy, "his visit"

def test_sympathy_over_a_loss_in_a_country_is_aimed_at_it(engine):
    got = _codes(engine, "Modi expressed deep anguish over the loss of lives in the earthquake in Morocco.",
                 date(2023, 9, 9))
    assert ("IND", "MAR", "018") in got
    assert ("KOR", "USA", "018") in _codes(
        engine, "Moon offered words of comfort to Trump's family and the American people.", date(2020, 10, 3))


def test_sympathy_with_no_place_named_has_no_target(engine):
    # restraint: the speaker's own country is no target, nor a person named without a state
    got = _codes(engine, "Japan expressed sorrow over the death of the Japanese ambassador.", date(2023, 9, 9))
    assert not any(c == "018" and t is not None for _, t, c in got)


def test_his_visit_after_an_empty_it(engine):
    got = _codes(engine, "Chinese Foreign Minister Wang Yi held talks with Kang in Seoul on Thursday. Wang arrived "
                         "from Tokyo on Wednesday night. It is his first visit to South Korea since 2019.",
                 date(2020, 11, 26))
    assert ("CHN", "KOR", "042") in got and not any(s == "JPN" for s, _, _ in got)


# ----------------------------------------------------------------------------- truces, visits beside

def test_a_ceasefire_that_takes_effect_is_a_truce_both_ways(engine):
    got = _codes(engine, "A ceasefire between Israel and Hezbollah took effect on Wednesday.", date(2024, 11, 27))
    assert ("ISR", "LBN", "0871") in got and ("LBN", "ISR", "0871") in got
    assert ("ARM", "AZE", "0871") in _codes(engine, "A truce between Armenia and Azerbaijan began at midnight.")


def test_a_ceasefire_mentioned_otherwise_is_no_truce(engine):
    # restraint: the sense needs the noun to be what takes effect or begins
    for text in ("The ceasefire between Israel and Hamas collapsed on Tuesday.",
                 "A ceasefire between Israel and Hamas would take effect on Sunday.",
                 "Egypt called for a ceasefire between Israel and Hamas."):
        assert not any(c == "0871" for _, _, c in _codes(engine, text, date(2024, 11, 27))), text


def test_a_visit_during_which_a_host_speaks(engine):
    got = _codes(engine, "South Africa is considering withdrawing from the ICC, President Cyril Ramaphosa said on "
                         "Tuesday during a visit by Finland's president.", date(2025, 3, 4))
    assert ("FIN", "ZAF", "042") in got


def test_a_visit_by_the_speakers_own_has_no_host(engine):
    # restraint: the subject is the visitor's own state, so where the visit went is not said
    got = _codes(engine, "Germany handed back 20 Benin Bronzes on Tuesday, during a visit by Foreign Minister "
                         "Annalena Baerbock.", date(2022, 12, 20))
    assert not any(c == "042" for _, _, c in got)


def test_a_standing_position_told_with_has_long_is_background(engine):
    got = _codes(engine, "Kyiv has long accused Moscow of using energy as a weapon.", date(2024, 6, 1))
    assert not any(c.startswith("11") for _, _, c in got)
    # restraint: the same accusation told as an act is news
    assert ("UKR", "RUS", "112") in _codes(engine, "Kyiv accused Moscow of using energy as a weapon.", date(2024, 6, 1))



def test_drills_begun_around_the_island(engine):
    got = _actors(engine, "Taiwan put its forces on alert after China's military began large-scale exercises "
                          "around the island, calling President Lai Ching-te a parasite.", date(2025, 4, 1))
    assert ("CHNMIL", "TWN", "150") in got
    assert any(s == "CHNMIL" and t.startswith("TWN") and c == "111" for s, t, c in got)


def test_protests_across_the_island_are_no_state(engine):
    # restraint: "across the island" is a place, not the island state as an actor
    got = _codes(engine, "Protests spread across the island, Taiwan's police said.", date(2025, 4, 1))
    assert not any(t == "TWN" and c.startswith("14") for _, t, c in got)


# ----------------------------------------------------------------------------- policy options weighed

def test_considering_an_act_is_a_policy_option(engine):
    assert ("KOR", "UKR", "014") in _codes(engine, "South Korea is considering sending weapons directly to Ukraine.",
                                           date(2024, 6, 20))
    assert ("USA", "CHN", "014") in _codes(engine, "The United States is weighing imposing sanctions on China.")


def test_a_consideration_not_told_as_now_is_none(engine):
    # restraint: negated, future, or a third party's word
    for text in ("South Korea is not considering sending weapons to Ukraine.",
                 "The EU said it would consider imposing sanctions on Israeli ministers.",
                 "Iran is considering attacking Israel, U.S. officials said."):
        assert not any(c == "014" for _, _, c in _codes(engine, text, date(2024, 6, 20))), text


def test_an_operative_handed_over(engine):
    got = _codes(engine, "Pakistan handed over to the United States an Islamic State operative accused of planning "
                         "the bombing.", date(2025, 3, 5))
    assert ("PAK", "USA", "063") in got


def test_a_city_struck_by_name(engine):
    got = _codes(engine, "Russian drones struck Kharkiv overnight, according to the city's mayor.", date(2025, 3, 5))
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, t, c in got)
    assert any(s == "ISR" and t == "PSE" and c.startswith("19") for s, t, c in
               _codes(engine, "Israeli jets struck Rafah.", date(2025, 3, 5)))
    # restraint: a person struck in words, a storm
    assert not _codes(engine, "The storm hit Florida.", date(2025, 3, 5))


# ----------------------------------------------------------------------------- smaller states' leaders

def test_leaders_of_smaller_states_resolve_on_their_dates(engine):
    assert ("MDA", "RUS", "111") in _codes(engine, "President Maia Sandu criticised Russia on Monday.", date(2024, 6, 1))
    assert ("BHR", "ISR", "040") in _codes(engine, "Bahrain's Crown Prince Salman bin Hamad Al Khalifa met Israeli "
                                                   "Prime Minister Naftali Bennett.", date(2021, 9, 30))
    # restraint: out of her terms Sandu is no president of anything (2010: she held no office)
    assert not any(s == "MDAGOV" for s, _, _ in _actors(engine, "Maia Sandu criticised Russia.", date(2010, 6, 1)))


def test_hong_kong_leaders_are_called_by_their_last_name(engine):
    # "John Lee": "John" stands for nobody, and a bare "Lee" in 2025 is South Korea's president
    assert not _codes(engine, "John said the plan would work.", date(2023, 6, 1))
    assert ("KOR", "PRK", "036") in _codes(
        engine, "Lee said he would open dialogue with North Korea.", date(2025, 6, 4))
    assert ("HKG", "CHN", "040") in _codes(engine, "John Lee met Xi Jinping in Beijing.", date(2023, 6, 1))


def test_a_consideration_asked_for_is_none(engine):
    # restraint: asked to consider is no consideration yet; a target with no state is no option towards anyone
    got = _codes(engine, "Baldrige has asked the White House to consider blocking the sale of Fairchild to Japan's "
                         "Fujitsu.", date(1987, 3, 20))
    assert not any(c == "014" for _, _, c in got)
    got = _codes(engine, "South Korea is considering providing special loans to ailing construction firms.",
                 date(1987, 3, 20))
    assert not any(c == "014" for _, _, c in got)
