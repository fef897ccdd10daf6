"""Violence whose victim is named only by a nationality inside the phrase of what it hit ("under the lead
truck of a Ugandan convoy") is aimed at that state; a nationality saying where it happened is not.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_nationality_inside_what_the_bomb_hit_names_the_target(nlp):
    found = factual("Taliban fighters detonated a bomb under the lead vehicle of a Dutch army patrol on Monday.",
                    date="2008-05-06", codes=True)
    assert ("AFGREB", "NLDMIL", "183") in found, found


def test_a_border_near_the_scene_is_no_target(nlp):
    found = factual("Soldiers beat four detainees at a camp near the Guatemalan border.", date="2024-05-06")
    assert not any(tgt == "GTM" for _, tgt, _ in found), found
