"""Crowds defying a curfew protest against it (141); a state defying sanctions still defies norms (128).
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_crowds_defying_a_curfew_protest(nlp):
    found = factual("Thousands of Kenyan protesters defied the curfew in Nairobi on Tuesday.", root=True)
    assert ("KEN", "KEN", "14") in found and not any(c == "12" for *_, c in found), found


def test_states_defying_sanctions_defy_norms(nlp):
    assert ("PRK", "IGO", "128") in factual("North Korea defied U.N. sanctions on Monday.")
