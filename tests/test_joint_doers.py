"""Coding: conjoined doers of one country doing one act make one event, not one per conjunct.
Sentences are our own."""

from __future__ import annotations

from collections import Counter

from detente.pipeline import code_text


def triples(text: str) -> Counter[tuple[str, str | None, str, bool]]:
    return Counter((m.source.country, m.target.country if m.target else None, m.root_code, m.is_factual)
                   for m in code_text(text, date="2025-06-01"))


def test_conjoined_doers_of_one_country_make_one_blockade(nlp):
    got = triples("Aymara farmers and miners blocked the main highway near La Paz on Monday.")
    assert got[("BOL", "BOL", "14", True)] == 1


def test_conjoined_forces_firing_on_a_crowd_make_one_event(nlp):
    got = triples("Police and soldiers opened fire on the crowd in Bolivia on Tuesday.")
    assert sum(n for (s, t, root, fact), n in got.items() if (s, t, fact) == ("BOL", "BOL", True)) == 1


def test_doers_of_distinct_countries_stay_apart(nlp):
    got = triples("Armenia and Azerbaijan agreed to a ceasefire on Sunday.")
    assert got[("ARM", "AZE", "08", True)] == 1 and got[("AZE", "ARM", "08", True)] == 1


def test_government_and_rebels_of_one_country_are_two_parties_to_a_truce(nlp):
    got = triples("The Nepalese government and Maoist rebels agreed to a ceasefire on Sunday.")
    assert got[("NPL", "NPL", "08", True)] == 2
