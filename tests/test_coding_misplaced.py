"""Acts coded against the wrong party: victims given the attacker's country, a show of force aimed at
the actor's own forces, places taken for the actors they house. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2026-03-10"


def coded(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, event code) of the factual mentions of ``text``."""
    return {(m.source.code, m.target.code if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


def test_a_city_after_a_place_preposition_is_where_not_whom(nlp):
    found = coded("Pakistani police rounded up some 300 Afghans in Peshawar and Rawalpindi on Monday.")
    assert not any(target and target.startswith("PAK") for _, target, _ in found), found
    found = coded("Pakistani police detained 40 Afghans in Lahore and Rawalpindi on Friday.")
    assert ("PAKCOP", "AFG", "173") in found
    assert not any(target and target.startswith("PAK") for _, target, _ in found), found
    # a role of several countries still takes each
    found = coded("The foreign ministers of Kenya and Tanzania met in Arusha on Monday.")
    assert ("KENGOV", "TZAGOV", "040") in found
