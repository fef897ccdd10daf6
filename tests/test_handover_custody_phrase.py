"""Handovers whose people are described by how they were taken: "handed 20 fighters caught near the
border to U.S. authorities". The parser hangs the "to" phrase on the participle ("caught ... to"), yet
the receiver is the target, never the people handed.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    ("Pakistan handed 20 suspected al Qaeda fighters caught near the Afghan border to U.S. authorities.",
     ("PAK", "USA", "063")),
    ("Syria handed 30 suspected Islamic State militants arrested near the border to Iraq.", ("SYR", "IRQ", "063")),
    ("Niger handed 12 suspected Boko Haram members captured in Diffa to Nigerian authorities.",
     ("NER", "NGA", "063")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_people_taken_are_handed_to_the_receiver(nlp, text, expected):
    got = _triples(text)
    assert expected in got
    assert all(t == expected[1] for _, t, code in got if code == expected[2])
