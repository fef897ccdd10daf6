"""Deeds done by hand after an attack ("attacked three villages, beheading seven men") are events of their own,
not the attack's toll told again; civilians counted by their community ("23 Hindus", "hundreds of Tutsis",
"dozens of men, women and children") killed or executed by armed men are a mass killing (CAMEO 202)."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    ("Somali militants raided two villages near Baidoa on Sunday, beheading at least five men.",
     ("SOM", "SOM", "18")),
    ("Malian jihadists attacked a village near Mopti at dawn, beheading four farmers and looting the market.",
     ("MLI", "MLI", "18")),
])
def test_beheading_after_attack_is_its_own_assault(nlp, text, expected):
    found = factual(text)
    assert any((src, tgt, code[:2]) == expected for src, tgt, code in found)
    # the raid on the village was the way in to the killings, no fight of its own
    assert not any(code.startswith("19") for _, _, code in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fulani gunmen shot dead 30 Christians in a village in central Nigeria.", ("NGA", "NGA", "202")),
    ("Witnesses said Burkinabe soldiers executed dozens of men, women and children near Djibo.",
     ("BFA", "BFA", "202")),
    ("Congolese militiamen gunned down 35 Banyamulenge Tutsis near Minembwe.", ("COD", "COD", "202")),
    ("Nigerian herdsmen hacked and shot hundreds of Christians in Plateau state.", ("NGA", "NGA", "202")),
])
def test_community_killed_in_numbers_is_mass_killing(nlp, text, expected):
    assert expected in factual(text)


def test_few_people_executed_stay_an_assault(nlp):
    found = factual("Burkinabe soldiers executed three men near Djibo.")
    assert not any(code == "202" for _, _, code in found)


def test_put_to_death_is_a_killing(nlp):
    found = factual("Liberian rebels put the former defence minister to death in Monrovia.", root=True)
    assert ("LBR", "LBR", "18") in found


def test_dozens_of_armed_guards_shot_are_no_massacre(nlp):
    found = factual("Rebel fighters seized the Liberian president and shot dead dozens of his bodyguards.")
    assert not any(code == "202" for _, _, code in found)


def test_an_armed_side_named_in_the_plural_is_no_community(nlp):
    found = factual("Saudi jets killed dozens of Houthis in raids on Saada on Tuesday.")
    assert ("SAU", "YEM", "190") in found and not any(code.startswith("20") for *_, code in found)
