"""Roots of force against crowds in older wire copy: firing on a gathering of mourners or marchers is
repression (175), not combat; unarmed people occupying a building stage a sit-in (14), not a military
occupation; driving out tens of thousands of people is a mass expulsion (201). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_firing_on_a_procession_of_mourners_is_repression(nlp):
    found = factual("Peruvian paratroopers opened fire on a procession of mourners in Lima on Sunday.")
    assert any(c == "175" for _, _, c in found)
    assert not any(c.startswith("19") for _, _, c in found)


def test_firing_on_a_rally_is_repression(nlp):
    found = factual("Riot police opened fire on a rally of opposition supporters in Lusaka.")
    assert any(s == "ZMB" and c == "175" for s, _, c in found)


def test_an_occupation_by_students_is_a_protest(nlp):
    found = factual("Thousands of Chilean students occupied the grounds of the national congress on Monday.")
    assert any(c.startswith("14") for _, _, c in found)
    assert not any(c.startswith("19") for _, _, c in found)


def test_an_army_occupying_a_capital_is_still_an_occupation(nlp):
    assert ("IRQ", "KWT", "192") in factual("Iraqi troops occupied the Kuwaiti capital on Thursday.")


def test_driving_out_tens_of_thousands_is_a_mass_expulsion(nlp):
    found = factual("Croatian troops drove tens of thousands of ethnic Serbs out of Knin on Saturday.")
    assert any(s == "HRV" and c == "201" for s, _, c in found)
