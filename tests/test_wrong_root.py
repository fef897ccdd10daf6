"""Acts coded with the right parties but the wrong kind of act: a nominalised verb keeps its verb's
frame ("withdrawal from the court" = 160). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_withdrawal_from_an_organisation_reduces_relations(nlp):
    found = factual("Hungary announced its withdrawal from the International Criminal Court on Thursday.")
    assert ("HUN", "IGO", "160") in found
    assert not any(c == "087" for _, _, c in found)
    assert ("BFA", "IGO", "160") in factual("Burkina Faso announced its withdrawal from the ECOWAS bloc.")


def test_a_withdrawal_of_troops_stays_a_de_escalation(nlp):
    assert ("RUS", "UKR", "087") in factual("Russia announced the withdrawal of its troops from the Kherson region.")
