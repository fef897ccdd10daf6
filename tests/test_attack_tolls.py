"""Coding: victims an attack's toll names without a country of their own are the attack's target.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual]


def test_unplaced_victims_of_a_toll_add_no_second_target():
    got = triples("Al Shabaab fighters detonated a roadside bomb beside a Kenyan army convoy near Mandera on "
                  "Friday, killing a senior officer and four other soldiers.")
    assert ("SOM", "KEN", "18") in got
    assert all(target == "KEN" for source, target, root in got if root in ("18", "19", "20"))


def test_placed_victims_of_a_toll_keep_their_own_country():
    got = triples("Al Shabaab fighters detonated a roadside bomb beside a Kenyan army convoy near Mandera on "
                  "Friday, killing two Ugandan peacekeepers.")
    assert ("SOM", "UGA", "18") in got


def test_toll_of_an_untargeted_attack_still_names_the_victims():
    got = triples("A Pakistani Taliban gunman attacked a police patrol on the highway, killing six officers.")
    assert any(root in ("18", "19") and target == "PAK" for _, target, root in got)


def test_storming_offices_to_seize_is_the_seizure():
    got = triples("Houthi rebels stormed the offices of the World Food Programme in Sanaa and seized their vehicles.")
    assert ("YEM", "IGO", "17") in got
    assert not any(root == "19" for _, _, root in got)


def test_storming_a_town_before_a_massacre_is_the_massacre():
    got = triples("RSF fighters executed hundreds of civilians after storming the town of Bara.")
    assert got == [("SDN", "SDN", "20")]


def test_storming_a_police_post_stays_a_fight():
    got = triples("Maoist guerrillas stormed a police post in western Nepal, killing 14 policemen.")
    assert ("NPL", "NPL", "19") in got


def test_troops_storming_a_rebel_town_and_detaining_fighters_still_fight():
    got = triples("Sudanese troops stormed the rebel-held town of Bara and detained 50 RSF fighters.")
    assert ("SDN", "SDN", "19") in got
