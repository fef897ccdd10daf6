"""Coding: verbal pressure — legal action, rejection or protest announced under a condition on another
party is a threat against that party (CAMEO 13x); a court's verdict ("found guilty") is 116.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_conditional_legal_action_or_rejection_threatens_the_conditioned_party(nlp):
    found = coded("If Chile keeps sending patrol boats into the bay, Argentina will take the dispute to the "
                  "International Court of Justice, the minister wrote.")
    assert ("ARG", "CHL", "130") in found
    assert not any(code[:2] == "11" for _, _, code in found)
    assert ("HUN", "UKR", "130") in coded(
        "Hungary said it would reject Ukraine's membership bid if Kyiv did not restore minority language rights.")


def test_unconditioned_legal_action_and_joined_accusation_stay_what_they_are(nlp):
    assert ("ARG", "IGO", "115") in coded(
        "Argentina will take the dispute to the International Court of Justice, the minister said.")
    # the condition belongs to the warning; the accusation joined after it is not a threat
    found = coded("Kenya warned that it would take all necessary measures if Somali troops crossed the border, "
                  "and accused Mogadishu of arming the militia.")
    assert ("KEN", "SOM", "130") in found
    assert ("KEN", "SOM", "112") in found


def test_a_court_finding_a_defendant_guilty_or_liable_is_116(nlp):
    assert ("KEN", "KEN", "116") in coded("A Kenyan court found the former governor guilty of fraud on Monday.")
    assert ("RUS", "UKR", "116") in coded(
        "A Russian court found three Ukrainian sailors guilty of illegally crossing the border.")
    assert not any(code == "116" for _, _, code in coded("Police found the bodies of two Iraqi soldiers."))
