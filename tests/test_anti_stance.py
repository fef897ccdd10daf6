"""A nationality after "anti-" names what a crowd opposes, never its home: the crowd takes its country from
its place. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_anti_american_protesters_in_karachi_are_pakistani(nlp):
    found = factual("Thousands of anti-American protesters marched on the U.S. consulate in Karachi on Friday.",
                    codes=True)
    assert ("PAKOPP", "USA", "141") in {(s, t[:3], c) for s, t, c in found}
    assert not any(s.startswith("USA") for s, _, _ in found)


def test_anti_israeli_demonstrators_in_athens_are_greek(nlp):
    found = factual("Anti-Israeli demonstrators clashed with riot police in Athens on Saturday, police said.",
                    codes=True)
    assert any(s == "GRCOPP" for s, _, _ in found)
    assert not any(s.startswith("ISR") for s, _, _ in found)
