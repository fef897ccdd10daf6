"""Refuge taken in a foreign state's embassy is refuge that state grants (075) to whoever shelters there; an
embassy of no named state names no one. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_taking_refuge_in_a_foreign_embassy(nlp):
    found = factual("Bolivia's former interior minister took refuge in the Mexican embassy in La Paz on Sunday.")
    assert ("MEX", "BOL", "075") in found


def test_sheltering_in_a_foreign_embassy(nlp):
    found = factual("The former Ecuadorian vice president has been sheltering in the Mexican embassy in Quito.")
    assert ("MEX", "ECU", "075") in found


def test_a_conjoined_shelter_after_another_act(nlp):
    found = factual("Venezuela's opposition candidate left the capital and sheltered in the Spanish embassy.")
    assert ("ESP", "VEN", "075") in found


def test_an_embassy_of_no_named_state_names_no_one(nlp):
    found = factual("Dozens of villagers sheltered in the embassy during the fighting in Khartoum.")
    assert not any(c == "075" for _, _, c in found)
