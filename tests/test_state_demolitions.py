"""Things blown up by state forces are property destroyed (1712); an armed group's blast stays a bombing (183).

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _facts(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


def test_troops_blowing_up_boats_destroy_property(nlp):
    facts = _facts("Venezuelan troops blew up three Guyanese mining barges on the Cuyuni river.")
    assert ("VEN", "GUY", "1712") in facts
    assert not any(code.startswith("18") for _, _, code in facts)


def test_rebels_blowing_up_a_bridge_is_still_a_bombing(nlp):
    facts = _facts("Maoist rebels blew up a railway bridge in Jharkhand on Sunday.")
    assert ("IND", "IND", "183") in facts
