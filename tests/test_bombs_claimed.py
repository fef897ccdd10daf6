"""Bombings told with only the bomb as doer: coded for the group that owns the bomb or claims it.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    # the group says its men planted the bomb the clause names as the killer
    ("A roadside bomb killed three Pakistani soldiers in North Waziristan on Monday, and the Pakistani "
     "Taliban said its fighters had planted it.", ("PAK", "PAK", "183")),
    # an agentless blast and a claim of responsibility in the same sentence
    ("A bomb exploded at a bus stop in Jerusalem on Wednesday, wounding 20 people, and Hamas claimed "
     "responsibility.", ("PSE", "ISR", "183")),
    # victims of a "when" clause whose bomb a group's name modifies
    ("Eight building workers were killed on Friday when an IRA roadside bomb blew their van apart near "
     "Omagh, police said.", ("GBR", "GBR", "183")),
]


def _facts(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_claimed_or_owned_bomb_is_coded(nlp, text, expected):
    assert expected in _facts(text)


def test_blast_tied_to_nobody_is_not_coded(nlp):
    # an explosion no group owns or claims is no political event
    facts = _facts("A gas explosion killed 12 people at a market in Lagos on Tuesday, police said.")
    assert not any(code[:2] in ("18", "19", "20") for _, _, code in facts)


def test_police_blame_alone_does_not_make_the_bomber(nlp):
    # others' blame is a charge (112), not the bombing itself
    facts = _facts("Three Pakistani soldiers were killed when a roadside bomb struck their vehicle on Monday, "
                   "and the military blamed the Pakistani Taliban.")
    assert ("PAK", "PAK", "112") in facts
    assert not any(code.startswith("18") for _, _, code in facts)
