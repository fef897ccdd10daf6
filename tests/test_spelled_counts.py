"""Counts written in words with a hyphen ("twenty-one", "forty-five"): no sports score, and counted like
digits for a massacre. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian soldiers attacked twenty-one villages near Kharkiv on Monday.", ("RUS", "UKR", "190")),
    ("Thirty-one Thai fishermen were detained by the Burmese navy on Tuesday.", ("MMR", "THA", "173")),
    ("Khmer Rouge guerrillas freed twenty-one U.N. peacekeepers on Thursday.", ("KHM", "IGO", "0841")),
])
def test_a_hyphenated_count_is_no_score(nlp, text, expected):
    found = factual(text, "1995-03-10")
    assert any((s, t) == expected[:2] and c.startswith(expected[2]) for s, t, c in found), found


def test_a_score_still_marks_sport(nlp):
    assert not any(c[:2] in ("18", "19") for *_, c in factual("Brazil attacked relentlessly and beat Argentina 2-0."))


def test_a_spelled_count_of_civilians_killed_is_a_massacre(nlp):
    assert ("COD", "COD", "202") in factual("Congolese soldiers killed forty-five villagers in Ituri on Sunday.")
    assert ("COD", "COD", "190") in factual("Congolese soldiers killed twelve villagers in Ituri on Sunday.")
