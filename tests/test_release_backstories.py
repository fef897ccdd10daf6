"""Coding: a capture told in a clause on the people a release frees is background, not a new event.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_relative_clause_capture_of_the_freed_is_background():
    got = triples("Hamas freed 37 Israeli soldiers it had captured in October.")
    assert ("PSE", "ISR", "0841") in got
    assert not any(code.startswith(("17", "18")) for _, _, code in got)


def test_participle_capture_of_the_released_passive_subject_is_background():
    got = triples("Two Kenyan engineers kidnapped by Somali militants last month were released by their captors "
                  "on Tuesday.")
    assert ("SOM", "KEN", "0841") in got
    assert not any(code.startswith(("17", "18")) for _, _, code in got)


def test_capture_of_people_whose_release_is_only_demanded_stays():
    got = triples("Hezbollah rejected Israel's demand for the release of the two soldiers its fighters "
                  "captured this week.")
    assert any(code.startswith("18") for _, _, code in got)


def test_passive_release_after_a_misparsed_holding_participle_keeps_the_holder():
    # the parser may make "held" the main verb and "were freed" its complement: the workers are freed, by
    # whoever held them
    got = triples("Three Turkish oil workers held for 8 weeks by Libyan militants were freed in the desert on "
                  "Monday, the local government said.")
    assert ("LBY", "TUR", "0841") in got
    assert not any(source == "TUR" for source, _, _ in got)
