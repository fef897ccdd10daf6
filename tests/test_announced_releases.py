"""Coding: an official announcing that held people "would be freed" with no one named to free them speaks for
the state holding them: its intent to release them (0353). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual]


def test_announced_release_is_the_speakers_intent(nlp):
    assert ("OMN", "PAK", "0353") in coded(
        "Oman's interior ministry said the Pakistani fishermen would be released once the coast guard "
        "had finished its inquiry.")
    assert ("VNM", "CHN", "0353") in coded("Vietnam's foreign ministry said the Chinese sailors will be freed next week.")


def test_own_people_freed_by_others_or_past_releases_are_not_the_speakers(nlp):
    # the speaker's own nationals are held by someone else
    assert not any(code == "0353" for _, _, code in coded("France said the French hostages would be freed soon."))
    # a past release is no promise
    assert not any(code.startswith("035") for _, _, code in coded(
        "Oman's interior ministry said the Pakistani fishermen had been released."))
