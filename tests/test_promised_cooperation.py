"""Everyday cooperation verbs, promised as often as done: "would join patrols", "would send
specialists", "would deliver fertiliser" (intent 03x from the act's 06/07 code). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def test_promise_to_join_a_neighbours_patrols_is_intent_to_cooperate_militarily(nlp):
    got = events("Norway said it would join Swedish patrols along the Baltic coast.")
    assert ("NOR", "SWE", "0312", True) in got


def test_promise_to_send_specialists_is_intent_to_give_aid(nlp):
    got = events("Poland said it would send cyber specialists to Ukraine.")
    assert ("POL", "UKR", "033", True) in got


def test_fertiliser_delivered_is_aid(nlp):
    got = events("Egypt delivered 5,000 tonnes of fertiliser to Sudan on Monday.")
    assert ("EGY", "SDN", "070", True) in got
