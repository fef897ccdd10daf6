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


def test_a_settlement_hit_or_reached_stands_for_the_state_it_lies_in(nlp):
    found = factual("The World Food Programme delivered grain to a town in southern Sudan.", date="1998-03-10")
    assert ("IGO", "SDN", "073") in found, found
    found = factual("Sudanese aircraft bombed a refugee camp in northern Uganda.", date="1996-03-10")
    assert ("SDN", "UGA", "195") in found, found


def test_a_peace_settlement_in_a_country_is_no_place(nlp):
    found = factual("Putin and Xi discussed a settlement in Yemen during their talks in Beijing.")
    assert not any(tgt == "YEM" for _, tgt, _ in found), found


def test_people_of_a_named_region_take_its_country(nlp):
    found = factual("Officials in the Gedo region accused Kenyan troops of looting.", date="2012-03-10")
    assert ("SOM", "KEN", "112") in found, found
