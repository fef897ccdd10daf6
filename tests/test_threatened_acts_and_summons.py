"""Coding: threatened acts and summons phrased unusually. A pursuit of armed men promised on a condition is
a threat of force (138) while a reported past pursuit is not coded; anything "taken by force" is occupied
(192), and threatened so on a condition; blocking the opening of accession talks is a veto (129) and a threat
when made on a condition; whoever heads another side's mission is summoned as its envoy (114), and an envoy
"called in for a meeting" is summoned, not an appeal for talks. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_pursuit_promised_on_a_condition_is_a_threat_of_force(nlp):
    found = coded("Kenya's defence minister warned that its troops would pursue the militants into Somalia "
                  "if Mogadishu kept sheltering them.")
    assert ("KEN", "SOM", "138") in found or ("KEN", "SOM", "130") in found
    assert not any(code[:2] == "19" for _, _, code in coded(
        "Chadian soldiers pursued the gunmen into the hills on Sunday."))


def test_taken_by_force_is_occupation_and_threatened_on_a_condition(nlp):
    assert ("RUS", "UKR", "192") in coded("Russia took Crimea by force in 2014.")
    threat = coded("The Venezuelan president said Venezuela would take the Essequibo by force "
                   "if Guyana kept granting oil licences there.")
    assert any(src == "VEN" and tgt == "GUY" and code[:2] == "13" for src, tgt, code in threat)
    # a passive's agent ("by Iranian naval forces") is no phrase "by force"
    assert not any(code == "192" for _, _, code in coded(
        "A Liberian-flagged tanker was seized by Iranian naval forces in the Gulf of Oman on Thursday."))


def test_blocking_accession_talks_on_a_condition_is_a_threat(nlp):
    assert ("HUN", "UKR", "129") in coded("Hungary blocked the opening of Ukraine's accession talks.")
    threat = coded("The Bulgarian premier said Bulgaria would block the opening of North Macedonia's accession "
                   "talks unless the minority was recognised.")
    assert any(src == "BGR" and tgt == "MKD" and code[:2] == "13" for src, tgt, code in threat)


def test_head_of_a_mission_summoned_and_envoy_called_in_for_a_meeting(nlp):
    assert ("LTU", "BLR", "114") in coded("Lithuania summoned the head of Belarus's diplomatic mission on Monday.")
    found = coded("Morocco's foreign ministry called in Spain's charge d'affaires for a two-hour meeting.")
    assert ("MAR", "ESP", "114") in found
    assert not any(code.startswith("02") for _, _, code in found)


def test_refusing_to_return_to_a_joint_committee_is_a_refusal(nlp):
    found = coded("Peru said it would not return to the joint border commission until Ecuador withdrew its troops.")
    assert any(src == "PER" and tgt == "ECU" and code[:2] == "12" for src, tgt, code in found)
