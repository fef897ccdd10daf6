"""Forces sent or arriving to shield a government or keep a truce are aid (CAMEO 074), not a show of force.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


def test_troops_sent_to_defend_a_named_party_are_protection(nlp):
    got = _triples("Rwanda sent troops to Mozambique on Monday to defend President Nyusi against insurgents.")
    assert ("RWA", "MOZ", "074") in got, got
    assert not any(code.startswith("15") for _, _, code in got), got


def test_troops_sent_to_defend_against_an_attack_stay_a_show_of_force(nlp):
    got = _triples("Russia sent troops to the border to defend against a Ukrainian incursion.")
    assert not any(code == "074" for _, _, code in got), got


def test_troops_deployed_to_monitor_a_truce_keep_the_peace(nlp):
    got = _triples("Fiji deployed soldiers to Bougainville to monitor a truce between the government and rebels.")
    assert ("FJI", "PNG", "074") in got, got


def test_soldiers_of_an_intervention_force_landing_take_up_their_mission(nlp):
    got = _triples("Fijian soldiers of a regional intervention force landed in Vanuatu on Tuesday.")
    assert ("FJI", "VUT", "074") in got, got
    assert not any(code.startswith("04") for _, _, code in got), got


def test_troops_coming_ashore_to_guard_convoys_give_protection(nlp):
    got = _triples("Spanish marines came ashore in Mauritania on Monday to guard aid convoys.")
    assert ("ESP", "MRT", "074") in got, got


def test_forces_arriving_as_part_of_a_force_sent_to_keep_the_peace_take_up_their_mission(nlp):
    # the appositive naming the force's purpose, however the parser attaches it
    for text, pair in (
            ("Chadian soldiers arrived in Bangui on Monday, the first of 800 troops deployed to keep the peace in "
             "the Central African Republic.", ("TCD", "CAF")),
            ("Ghanaian troops landed in Freetown on Sunday, part of a regional force dispatched to help the "
             "government.", ("GHA", "SLE")),
            ("Senegalese troops waded ashore at Banjul on Friday, the vanguard of a force sent to impose a truce.",
             ("SEN", "GMB"))):
        got = _triples(text)
        assert (*pair, "074") in got, (text, got)
        assert not any(code.startswith("04") for _, _, code in got), (text, got)


def test_forces_arriving_as_part_of_a_force_sent_to_fight_stay_no_aid(nlp):
    got = _triples("Russian troops landed in Syria on Monday, the first of a force sent to fight rebels.")
    assert not any(code == "074" for _, _, code in got), got


def test_forces_arriving_under_an_agreement_come_to_help(nlp):
    for text, pair in (("French troops arrived in Chad on Monday under a defence agreement with the government.",
                        ("FRA", "TCD")),
                       ("Brazilian soldiers landed in Haiti on Friday under a United Nations mandate.", ("BRA", "HTI"))):
        got = _triples(text)
        assert (*pair, "074") in got, (text, got)


def test_weapons_deployed_under_a_deal_are_no_help(nlp):
    got = _triples("Russia deployed nuclear missiles to Belarus under a deal signed last year.")
    assert not any(code == "074" for _, _, code in got), got
