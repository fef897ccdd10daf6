"""The party a sentence implies when an act's object names no state directly: demonyms of former state
names in older wire copy. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_former_states_demonym_names_its_successor(nlp):
    found = factual("Gabon offered asylum to the deposed Zairean president on Tuesday.", "1997-06-02", root=True)
    assert ("GAB", "COD", "07") in found or ("GAB", "COD", "03") in found


def test_a_soviet_era_republic_demonym_names_the_state(nlp):
    found = factual("Lithuania condemned the Byelorussian government on Monday.", "1995-03-06", root=True)
    assert ("LTU", "BLR", "11") in found


def test_peacekeepers_reporting_an_attack_are_not_its_target(nlp):
    found = factual("Irish peacekeepers said on Friday that Serb gunmen had shelled a village near the river.",
                    "1996-04-12", root=True)
    assert not any(t == "IRL" for _, t, _ in found)


def test_a_state_reporting_an_attack_is_still_its_target(nlp):
    found = factual("Georgia's interior ministry said Russian troops had shelled a village near the boundary.",
                    root=True)
    assert ("RUS", "GEO", "19") in found


def test_a_people_named_by_its_country_is_not_its_government(nlp):
    found = factual("Togolese authorities deported thousands of Togolese across the Mono river last month, "
                    "Beninese officials said on Tuesday.", "1993-03-10", root=True)
    assert ("TGO", "TGO", "20") in found


def test_its_after_a_person_subject_refers_to_the_state_in_the_apposition(nlp):
    found = factual("Julius Nyerere, the regional envoy for Rwanda, urged its army on Monday to halt the "
                    "fighting.", "1994-05-16", root=True)
    assert any(t == "RWA" and c == "02" for _, t, c in found)


def test_an_act_condemned_where_it_happened_is_held_against_that_country(nlp):
    found = factual("The European Union condemned the military coup in Gambia on Monday.", "1994-07-25", root=True)
    assert any(t == "GMB" and c == "11" for _, t, c in found)
