"""Participles the parser makes a clause of their own: "holding 500 peacekeepers seized last week".

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _facts(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


def test_held_people_seized_earlier_are_the_holders_captives(nlp):
    # the people seized are what the rebels hold, not who seized anyone
    facts = _facts("Rebels of the Revolutionary United Front are holding 40 Nigerian peacekeepers seized near Makeni "
                   "last week, the army said.")
    assert ("SLE", "NGA", "181") in facts
    assert not any(src == "NGA" for src, _, _ in facts)


def test_ordered_done_participle_keeps_its_object(nlp):
    # "ordered the crossings closed": the crossings are what was ordered closed
    facts = _facts("Poland's interior minister ordered the crossings on the Belarusian border closed on Friday.")
    assert ("POL", "BLR", "191") in facts

