"""Lexicon: trade banned outright is an embargo (163); envoys exchanged set up relations (050).
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    """(source country, target country, CAMEO code, factual) for each coded event."""
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def test_arms_sales_banned_to_a_state_are_an_embargo():
    got = events("Britain banned all arms sales to Sudan on Tuesday.")
    assert ("GBR", "SDN", "163", True) in got


def test_exports_prohibited_to_a_state_are_an_embargo():
    got = events("Japan prohibited exports of chemicals to North Korea.")
    assert ("JPN", "PRK", "163", True) in got


def test_envoys_exchanged_between_two_states_is_diplomatic_cooperation_both_ways():
    got = events("Rwanda and Congo exchanged ambassadors for the first time since 1998.")
    assert ("RWA", "COD", "050", True) in got
    assert ("COD", "RWA", "050", True) in got
