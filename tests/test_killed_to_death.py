"""Killing by hand told as "<verb>ed to death" (stabbed, bayoneted, tortured ...): CAMEO 1823.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    ("A Ugandan opposition activist was tortured to death by Ugandan police, his family said.", ("UGA", "UGA")),
    ("Mutinous Burundian paratroopers bayoneted to death the speaker of Burundi's parliament on Thursday.",
     ("BDI", "BDI")),
]


@pytest.mark.parametrize(("text", "pair"), CASES, ids=[c[0][:40] for c in CASES])
def test_killed_to_death_by_hand(nlp, text, pair):
    facts = {(m.source.country, m.target.country if m.target else None, m.event_code)
             for m in code_text(text, date=DATE) if m.is_factual}
    assert (*pair, "1823") in facts
