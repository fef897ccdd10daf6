"""Organs of a region named by the region: the state it lies in, with the title's sector."""

from __future__ import annotations

import pytest
from coding_cases import coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The Borno state governor accused the army of abandoning villagers to Boko Haram.", ("NGAGOV", "112")),
    ("Borno state governor Babagana Zulum condemned the attack by Boko Haram on Monday.", ("NGAGOV", "111")),
    ("The governor of Sinaloa state condemned the killing of two journalists by cartel gunmen.", ("MEXGOV", "111")),
    ("Zamfara state police arrested 12 suspected bandits on Sunday.", ("NGACOP", "173")),
    ("The Oromia regional government accused the Oromo Liberation Army of killing 30 farmers.", ("ETHGOV", "112")),
    ("The governor of Kayes imposed a curfew across the region and banned motorbike traffic.", ("MLIGOV", "1723")),
    # a title in capitals between the region and the holder's name
    ("Jigawa Governor Umar Namadi condemned Boko Haram for the raid on Monday.", ("NGAGOV", "111")),
    ("Sindh Chief Minister Murad Ali Shah accused the Taliban of sheltering the bombers.", ("PAKGOV", "112")),
    ("Aceh Governor Muzakir Manaf praised the Indonesian army.", ("IDNGOV", "051")),
    # a region's name with "and" that the parser splits into two conjuncts
    ("The Jammu and Kashmir government arrested three separatist leaders on Friday.", ("INDGOV", "173")),
])
def test_a_regions_organ_is_its_states(text, expected):
    assert any((s, c) == expected and fact for s, _, c, fact in coded(text))


def test_a_region_of_several_states_places_no_organ():
    # "Punjab" is a province of Pakistan and a state of India: no guess
    assert not any(s[:3] in ("IND", "PAK") for s, _, _, _ in coded("The Punjab government arrested 200 protesters."))
