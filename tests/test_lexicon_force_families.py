"""Whole verb families of force told with any unit or object: moving forces (154) with every verb of sending,
things set ablaze (1712) and ships taken over (1711)."""

from __future__ import annotations

import pytest
from coding_cases import factual

from detente.coding.lexicon import word_classes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Moscow shifted two brigades towards the Ukrainian border on Friday.", ("RUS", "UKR", "154")),
    ("Peru's navy dispatched two gunboats to the Colombian border on Wednesday.", ("PER", "COL", "154")),
    ("Guyana airlifted paratroopers to the Venezuelan frontier on Monday.", ("GUY", "VEN", "154")),
    ("Greece rushed two frigates to the Turkish coast on Tuesday.", ("GRC", "TUR", "154")),
])
def test_any_sending_verb_moves_any_armed_unit(nlp, sentence, expected):
    assert expected in factual(sentence), factual(sentence)


def test_weapons_and_relief_sent_keep_their_own_codes(nlp):
    # "tanks" and "artillery shells" sent are military aid (072), a medical unit is relief (073)
    assert ("USA", "UKR", "072") in factual("The United States sent tanks to Ukraine in January.")
    assert ("PAK", "LKA", "072") in factual("Pakistan airlifted artillery shells to Colombo on Saturday.")
    assert ("DEU", "UKR", "073") in factual("Germany sent a medical unit to Ukraine on Monday.")
    assert "artillery" not in word_classes()["forces"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Serb militiamen set Croat houses ablaze in the village of Skabrnja.", ("SRB", "HRV", "1712")),
    ("Ukrainian drones set an oil refinery in Russia's Samara region ablaze overnight.", ("UKR", "RUS", "1712")),
])
def test_setting_buildings_ablaze_destroys_property(nlp, sentence, expected):
    assert expected in factual(sentence), factual(sentence)


def test_tyres_set_ablaze_are_no_destruction_of_property(nlp):
    found = factual("Palestinian youths set tyres ablaze in Hebron on Friday.")
    assert not any(code.startswith("17") for _, _, code in found), found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iranian commandos took over a Greek tanker in the Gulf of Oman on Friday.", ("IRN", "GRC", "1711")),
    ("Somali pirates commandeered an Indian dhow off Socotra on Sunday.", ("SOM", "IND", "1711")),
])
def test_ships_taken_over_are_seized(nlp, sentence, expected):
    assert expected in factual(sentence), factual(sentence)


def test_towns_taken_over_are_still_occupied(nlp):
    assert ("COD", "COD", "192") in factual("M23 rebels took over the Congolese town of Goma on Monday.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian artillery rained shells on the Ukrainian city of Kharkiv overnight.", ("RUS", "UKR", "190")),
    ("Nigerian troops mowed down villagers in Odi on Saturday, residents said.", ("NGA", "NGA", "180")),
])
def test_idioms_of_force_attack_and_kill(nlp, sentence, expected):
    assert expected in factual(sentence), factual(sentence)


def test_trees_cut_down_are_no_killing(nlp):
    assert not factual("Loggers cut down trees in the Brazilian Amazon on Monday.")
