"""A state organ named only by its kind ("the army", "the police") in a story that names no state: the place
of its clause, its dateline or its reporting state gives its country; nothing gives it the other side's."""

from __future__ import annotations

import pytest
from coding_cases import coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the place of the clause: a city the gazetteer knows
    ("The army shelled three villages in Goma on Sunday, residents said.", ("CODMIL", "CODCVL", "194")),
    ("The police arrested 30 protesters in Bunia on Tuesday.", ("CODCOP", "CODOPP", "173")),
    # the dateline, in 1990s wire copy
    ("NAIROBI, Oct 3 (Reuters) - The police arrested 40 opposition supporters after a rally.",
     ("KENCOP", "KENOPP", "173")),
])
def test_an_unqualified_organ_takes_the_country_of_its_place_or_dateline(text, expected):
    assert expected + (True,) in coded(text)


def test_an_organ_of_a_story_that_names_a_state_stays_coreferences():
    # "the army" after "Russian drones": coreference's to place, not this fallback's (no Russian army here)
    found = coded("Ukraine said Russian drones struck Kharkiv overnight, and the army said it shot down 40 of them.")
    assert not any(s == "---MIL" for s, _, _, _ in found)


def test_an_organ_nothing_places_stays_countryless():
    assert all(s.startswith("---") for s, _, _, _ in coded("The army attacked the rebels."))
