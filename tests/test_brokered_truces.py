"""A state named before "brokered" or "mediated" ("a Russian-brokered ceasefire") is the broker, not a party
to the truce: the parties agree with each other. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_the_broker_of_a_truce_is_no_party_to_it(nlp):
    found = factual("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on Thursday.")
    assert {("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")} <= found
    assert not any(t == "RUS" for _, t, _ in found)
    found = factual("Israel and Hamas agreed to an Egyptian-mediated truce on Sunday.")
    assert ("ISR", "PSE", "0871") in found
    assert not any(t == "EGY" for _, t, _ in found)
