"""Verbal conflict the coder used to miss: forces, restrictions and campaigns kept going until another
side gives way. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_troops_kept_in_place_until_another_side_acts_refuse_to_deescalate(nlp):
    found = factual("Turkish troops will stay in northern Iraq until the PKK has been driven out, the "
                    "Turkish defence minister said.")
    assert any(src == "TUR" and code == "1246" for src, _, code in found)


def test_restriction_kept_until_another_state_acts_refuses_to_yield_to_it(nlp):
    found = factual("Beijing said the ban on Japanese beef would stay in place until Tokyo tightened its "
                    "inspections.")
    assert ("CHN", "JPN", "124") in found


def test_campaign_kept_up_until_another_state_yields_is_a_threat_of_force(nlp):
    found = factual("Al-Shabaab's spokesman said its fighters would keep up their raids until Kenya pulled "
                    "its soldiers out of Somalia.")
    assert any(tgt == "KEN" and code == "138" for _, tgt, code in found)


def test_troops_that_stayed_until_a_deal_report_no_refusal(nlp):
    found = factual("Russian troops remained in Moldova until Chisinau signed the treaty.")
    assert not any(code.startswith("124") for _, _, code in found)


def test_truce_kept_until_an_election_is_no_refusal(nlp):
    found = factual("The truce will remain in place until Guinea holds its election, the envoy said.")
    assert not any(code.startswith("12") for _, _, code in found)


def test_deadline_to_withdraw_or_face_force_is_an_ultimatum(nlp):
    found = factual("Turkey gave Kurdish fighters in Manbij 72 hours to hand over their weapons or face a new "
                    "offensive.")
    assert any(src == "TUR" and code == "139" for src, _, code in found)


def test_deadline_to_leave_given_to_an_envoy_is_an_expulsion(nlp):
    found = factual("Ghana gave the Togolese consul 48 hours to leave the country.")
    assert ("GHA", "TGO", "161") in found


def test_deadline_to_leave_after_a_declaration_is_the_same_expulsion(nlp):
    found = factual("Ghana declared the Togolese consul persona non grata and gave him 48 hours to leave.")
    assert not any(code == "174" for _, _, code in found)


def test_agency_ordered_out_of_a_region_is_assistance_withdrawn(nlp):
    found = factual("Sudan ordered the Red Cross out of Darfur on Monday.")
    assert any(src == "SDN" and code.startswith("166") for src, _, code in found)


def test_years_given_to_repay_a_loan_are_no_ultimatum(nlp):
    found = factual("The World Bank gave Zambia five more years to repay its loans.")
    assert not any(code == "139" for _, _, code in found)


def test_demand_that_a_leader_step_down_is_a_demand_for_leadership_change(nlp):
    found = factual("Zambian opposition parties demanded that President Hakainde Hichilema step down.")
    assert any(code == "1041" for _, _, code in found)


def test_appeal_to_a_leader_to_resign_is_an_appeal_for_leadership_change(nlp):
    found = factual("Zambian opposition parties urged President Hakainde Hichilema to resign.")
    assert any(code == "0241" for _, _, code in found)


def test_promise_to_pay_dearly_is_a_threat_by_the_speaker(nlp):
    found = factual("Armenia will pay dearly for this provocation, Azerbaijan's defence minister said.")
    assert ("AZE", "ARM", "130") in found
