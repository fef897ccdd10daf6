"""An office acts for its holder, also when the holder is a title the modifiers name ("the office of the
U.N. human rights chief"). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_the_office_of_a_titled_official_is_the_officials_body(nlp):
    found = factual("The office of the U.N. human rights chief criticized Myanmar.", root=True)
    assert ("IGO", "MMR", "11") in found
    found = factual("Investigators from the office of the U.N. refugee chief examined camps in Chad.", root=True)
    assert any(source == "IGO" for source, _, _ in found)
