"""Meetings told through their host or go-between, visits told through the place picked for a trip, and
recognition told as acceptance "as a state". Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_host_of_a_ceremony_receives_the_parties_acting_at_it(nlp):
    found = factual("At a dinner hosted by the Saudi crown prince, the Sudanese army chief and the RSF "
                    "commander agreed to a truce.", root=True)
    assert ("SAU", "SDN", "04") in found


def test_host_of_a_signing_ceremony_after_the_clause(nlp):
    found = factual("Israeli and Jordanian leaders signed the treaty at a ceremony hosted by President Clinton.")
    assert ("USA", "ISR", "043") in found and ("USA", "JOR", "043") in found


def test_go_between_split_by_the_parser_still_mediates(nlp):
    found = factual("Serbia and Kosovo agreed on licence plates on Sunday, with the European Union serving "
                    "as go-between.", codes=True)
    assert ("IGOEUREEC", "SRB", "045") in found and ("IGOEUREEC", "KSV", "045") in found


def test_go_between_role_held_since_a_past_event_is_no_event(nlp):
    assert not factual("Lome has acted as a go-between for the two capitals since the coup.")
    assert not factual("Norway has served as mediator between Colombia and the ELN since the talks began.")


def test_place_chosen_for_a_first_trip_is_visited(nlp):
    assert ("JPN", "USA", "042") in factual("Japan's new prime minister chose Washington for his first official visit.")
    assert ("DEU", "FRA", "042") in factual("The new German chancellor picked Paris for his first trip abroad.")
    assert not factual("Kenya chose Nairobi for the summit.")


def test_states_accepted_as_sovereign_are_recognised(nlp):
    found = factual("Germany formally acknowledged Croatia and Slovenia as independent states.")
    assert ("DEU", "HRV", "054") in found and ("DEU", "SVN", "054") in found
    assert ("RUS", "GEO", "054") in factual("Russia formally accepted Abkhazia as a sovereign state on Tuesday.")
