"""Aid told as the arrival of its load (CAMEO 073, arms 072): the load's owner gives it to the people it is
for, else to the place it reaches; permissions and loads of no named owner are no aid act. Sentences are
our own."""

from __future__ import annotations

from coding_cases import factual


def test_relief_convoy_reaching_a_town_is_aid_to_its_country(nlp):
    found = factual("A Turkish aid ship carrying 3,000 tonnes of flour docked at Hodeidah on Sunday.")
    assert ("TUR", "YEM", "073") in found


def test_load_from_a_state_for_refugees_is_aid_to_their_country(nlp):
    found = factual("A planeload of tents and blankets from Kuwait landed in Amman on Tuesday for Syrian refugees.",
                    root=True)
    assert ("KWT", "SYR", "07") in found


def test_arms_carried_by_a_state_plane_are_military_aid(nlp):
    found = factual("A Russian cargo plane carrying ammunition landed in Bangui on Thursday.")
    assert ("RUS", "CAF", "072") in found


def test_aircraft_named_by_type_carrying_relief(nlp):
    found = factual("French Air Force A400Ms landed in Port-au-Prince on Monday carrying water purifiers and tents.",
                    root=True)
    assert ("FRA", "HTI", "07") in found


def test_permitted_arrival_and_ownerless_load_are_no_aid(nlp):
    assert not any(e[2].startswith("07") for e in factual(
        "Israel allowed aid trucks to resume crossing into Gaza on Monday."))
    assert not any(e[2].startswith("07") for e in factual("Aid trucks entered Gaza on Monday, Israel said."))
