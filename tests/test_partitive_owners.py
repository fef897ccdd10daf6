"""Actors: "one of its pilots", "two of its soldiers" are the owner's people as "its pilots" are, and
after "admitted"/"acknowledged" the pronoun is the speaker's own, as after "said".

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

CASES = [
    ("Russia said one of its warships had fired on a Ukrainian boat.", ("RUSMIL", "UKR", "190")),
    ("Israel admitted that two of its soldiers had shot a Palestinian journalist.", ("ISRMIL", "PSE", "190")),
    ("NATO acknowledged that one of its pilots had bombed a convoy of Albanian refugees.", ("IGOWSTNAT", "ALB", "195")),
]


def _triples(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.code, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2026-01-15") if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_partitive_of_pronoun_is_owners(nlp, text, expected):
    assert expected in _triples(text)
