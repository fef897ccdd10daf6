"""Victims of violence against people whom nothing places are the acting state's own people."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    # civilians massacred at a village no gazetteer knows, in a story naming no other state
    ("Burundian soldiers killed more than 80 villagers at Kivyuka last week, a church group said.",
     ("BDI", "BDI", "202")),
    # watchers of the war who report it are no side to it
    ("Dutch peacekeepers said on Friday that Serbian paramilitaries had killed more than 60 Muslim villagers "
     "near Zaluzje.", ("SRB", "SRB", "202")),
    # a bombing strikes whoever is where it goes off
    ("A car bomb planted by Basque separatists tore through a shopping street in Bilbao on Saturday.",
     ("ESP", "ESP", "183")),
])
def test_unplaced_victims_are_the_actors_own(nlp, text, expected):
    assert expected in factual(text)


def test_victims_stay_unplaced_when_another_state_is_named(nlp):
    # Ukrainian civilians are not Russia's own people
    found = factual("Russian troops killed more than 100 civilians near Kupiansk, Ukraine's prosecutor said.")
    assert ("RUS", "RUS", "202") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # houses burned with no owner named are the acting state's own people's loss
    ("Burmese soldiers burned about 60 houses in two villages accused of feeding insurgents, aid workers said.",
     ("MMR", "MMR", "1712")),
    ("Sudanese troops torched scores of huts, witnesses said.", ("SDN", "SDN", "1712")),
])
def test_unowned_property_destroyed_is_the_actors_own(nlp, text, expected):
    assert expected in factual(text)


def test_property_destroyed_in_another_state_stays_there(nlp):
    found = factual("Russian troops burned dozens of houses near Kharkiv.")
    assert ("RUS", "RUS", "1712") not in found
