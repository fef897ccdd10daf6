"""Towns of 5,000 to 15,000 inhabitants: places where the text marks them as places, in their own clause only,
and never words, capitals or transliterations read as towns. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.coding.gazetteer import CITY, gazetteer


def test_a_small_town_is_found_in_its_own_index():
    assert [t.location.country for t in gazetteer().towns("Tenenkou")][:1] == ["MLI"]
    assert gazetteer().candidates("Tenenkou") == ()  # never beside the cities, regions and countries


def test_capitals_stay_cities_and_transliterations_are_no_towns():
    assert gazetteer().candidates("Avarua")[0].kind == CITY
    assert gazetteer().towns("Line") == ()  # "Lin'e" folds to an English word


def test_violence_near_a_small_town_targets_its_country(nlp):
    found = factual("Burkinabe soldiers shelled positions near Tenenkou on Sunday.", codes=True)
    assert ("BFAMIL", "MLI", "194") in found, found
    found = factual("Dominican troops fired on a crowd in Ouanaminthe on Monday.")
    assert ("DOM", "HTI", "175") in found, found


def test_a_small_town_places_only_the_act_of_its_own_clause(nlp):
    found = factual("Senegal opened an inquiry into an incident in which soldiers fired on a convoy near Tenenkou.",
                    codes=True)
    assert not any(src.startswith("SEN") and tgt == "MLI" for src, tgt, _ in found), found
    assert ("MLIMIL", "MLI", "190") in found, found


def test_a_town_name_unmarked_as_a_place_is_no_place(nlp):
    found = factual("Egypt offered on Friday to mediate between the government and the rebels of the Front for Change.")
    assert not any(tgt == "FRA" for _, tgt, _ in found), found


def test_a_site_named_by_its_small_town_lies_in_it(nlp):
    found = factual("The World Food Programme handed out meals to deportees at the Ouanaminthe crossing on Monday.")
    assert ("IGO", "HTI", "073") in found, found
    found = factual("Jihadists attacked an army post near the Tenenkou market.", codes=True)
    assert ("MLIREB", "MLI", "190") in found, found
