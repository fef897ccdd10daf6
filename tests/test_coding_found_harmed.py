"""Coding: people found or reported harmed ("were found shot dead", "police found two men shot dead") are the
undergoers of the participle, never its doers. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def factual(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_people_found_killed_without_an_agent_did_nothing():
    for text in ("Two members of the U.N. mission were found shot dead east of Dushanbe.",
                 "Three aid workers were found beheaded in northern Mali.",
                 "Police found two men shot dead near Kabul.",
                 "Two Georgian policemen were reported killed near the border with Abkhazia."):
        found = factual(text)
        assert not any(root in ("18", "19", "20") for _, _, root in found), (text, found)


def test_the_participles_own_agent_harms_the_people_found():
    found = factual("Two Afghan aid workers were found shot dead by Pakistani troops near Kandahar.")
    assert ("PAK", "AFG", "19") in found, found
    found = factual("Three Malian soldiers were reported killed by Burkinabe militiamen near the border.")
    assert ("BFA", "MLI", "19") in found, found
