"""Third parties named at talks as mediators ("with Qatar and Turkey as mediators") are not a side of
the meeting: the sides meet each other, not the mediators.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

TEXTS = [
    "Israel and Hamas held talks in Cairo, with Qatar and Turkey as mediators.",
    "Meeting in Doha with Qatar and Turkey as mediators, Afghan and Pakistani officials agreed to halt the fighting.",
    "Israel and Hamas met in Doha, with Qatar and Egypt acting as mediators.",
]


def _pairs(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize("text", TEXTS, ids=[t[:48] for t in TEXTS])
def test_mediators_are_no_side_of_the_meeting(nlp, text):
    pairs = _pairs(text)
    meetings = {(s, t) for s, t, root in pairs if root == "04" and t is not None}
    assert meetings, pairs
    mediators = {"QAT", "TUR", "EGY"}
    assert not any(t in mediators for _, t in meetings), meetings


def test_a_partner_without_a_role_still_meets(nlp):
    assert ("ARM", "AZE", "04") in _pairs("Armenia held talks with Azerbaijan in Abu Dhabi.")


def test_mediators_acting_at_a_meeting_mediate_between_its_sides(nlp):
    pairs = _pairs("Israel and Hamas met in Doha, with Qatar and Egypt acting as mediators.")
    assert {("QAT", "ISR", "04"), ("EGY", "ISR", "04")} <= pairs
    assert not any(s in ("QAT", "EGY") and t is None for s, t, _ in pairs)
