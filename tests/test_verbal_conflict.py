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
