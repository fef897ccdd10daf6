"""Shows of force (CAMEO 15): war games begun near a rival, and two states alerting their forces in a
dispute between them. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_war_games_begun_near_a_border_face_its_other_side(nlp):
    assert ("EGY", "LBY", "15") in factual("Egypt began war games near the Libyan border on Monday.", root=True)


def test_two_states_alerting_forces_in_their_dispute_face_each_other(nlp):
    found = factual("India and Pakistan put their armed forces on alert on Friday in a dispute over the "
                    "Siachen glacier.", root=True)
    assert {("IND", "PAK", "15"), ("PAK", "IND", "15")} <= found


def test_coast_guard_cutters_sent_are_a_show_of_force(nlp):
    assert ("JPN", "CHN", "15") in factual("Japan's coast guard sent four cutters to the disputed islands after "
                                           "Chinese ships entered the area.", root=True)
