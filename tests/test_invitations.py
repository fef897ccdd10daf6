"""An invitation to a visit or meeting is an offer to meet or host (CAMEO 036); an invitation to join
anything else stays an appeal (02). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_invited_to_come_is_an_offer_to_host(nlp):
    found = factual("Ghana invited Togolese officials to come to Accra and inspect the seized cargo.")
    assert ("GHA", "TGO", "036") in found


def test_invited_to_send_a_delegation_is_an_offer_to_meet(nlp):
    found = factual("Senegal invited Gambia to send a delegation to Dakar for talks on the ferry dispute.")
    assert ("SEN", "GMB", "036") in found


def test_invited_to_join_a_programme_stays_an_appeal(nlp):
    found = factual("Fiji invited Australia to join a coastal surveillance programme.", root=True)
    assert ("FJI", "AUS", "02") in found
