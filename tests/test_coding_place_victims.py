"""Actors known only by their role take the country of the place the act happened in, however the place
is named: a province grouped under a larger unit, "out of" a town, an acronym that is no city.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_victims_in_a_second_level_province_take_its_country(nlp):
    found = factual("Soldiers shot dead four villagers in Aceh on Sunday.", codes=True)
    assert ("IDNMIL", "IDNCVL", "190") in found, found
    found = factual("Troops killed 12 civilians in Sulu province.", codes=True)
    assert ("PHLMIL", "PHLCVL", "190") in found, found


def test_actors_driven_out_of_a_town_take_its_country(nlp):
    found = factual("Police evicted dozens of families out of Kibuye.", codes=True)
    assert ("RWACOP", "RWA", "174") in found, found


def test_a_name_after_the_town_of_is_a_place_whatever_the_tagger_calls_it(nlp):
    found = factual("Soldiers killed seven farmers near the town of Kasese.", codes=True)
    assert ("UGAMIL", "UGAAGR", "190") in found, found
