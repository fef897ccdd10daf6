"""Lexicon: seized seamen, fishermen and drivers handed back to their state (CAMEO 0841).

Our own sentences (not taken from any gold or dev set). A handover of people is coded from the
holder to the receiving state; an aid agency that only takes them over is not the target, and
things handed to seamen or
about them (their passports) release no one.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    ("Senegal handed the Gambian fishermen to Gambia on Tuesday.", ("SEN", "GMB", "0841")),
    ("The Sri Lankan navy handed the arrested Indian fishermen to Indian officials.", ("LKA", "IND", "0841")),
    ("Yemen handed the crew of the seized tanker to Oman.", ("YEM", "OMN", "0841")),
    ("Eritrea handed the Ethiopian sailors over to Ethiopia.", ("ERI", "ETH", "0841")),
    ("Chad handed the detained drivers to Cameroonian diplomats.", ("TCD", "CMR", "0841")),
    ("Mali returned the seized drivers to Senegal.", ("MLI", "SEN", "0841")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_people_handed_to_a_state_are_released_to_it(nlp, text, expected):
    assert expected in _triples(text)


def test_captives_handed_to_the_red_cross_go_to_their_state(nlp):
    got = _triples("Eritrea handed the Ethiopian fishermen to the Red Cross.")
    assert ("ERI", "ETH", "0841") in got
    assert not any(t == "NGO" for _, t, _ in got)


@pytest.mark.parametrize("text", ["The navy handed out life jackets to the Indian fishermen.",
                                  "Oman handed the sailors' passports to Yemen."])
def test_things_handed_to_or_about_seamen_release_no_one(nlp, text):
    assert "0841" not in {m.event_code for m in code_text(text, date=DATE)}
