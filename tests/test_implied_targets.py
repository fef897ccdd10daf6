"""Targets the sentence implies though no slot of the act names them: a state's police or arrests on its
own ground, one country's two sides, a bare "government" sitting across from its own rebels, whose appeal
a refusal rejects and who runs what is seized. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_text


def test_police_deployed_in_the_states_own_capital_act_at_home(nlp):
    found = factual("Malawi deployed hundreds of riot police in Lilongwe on Tuesday ahead of a teachers' march.",
                    root=True)
    assert ("MWI", "MWI", "15") in found


def test_troops_moved_within_the_state_are_no_domestic_act(nlp):
    found = factual("Kenya deployed troops in Nairobi ahead of the protests.", root=True)
    assert ("KEN", "KEN", "15") not in found


def test_the_two_sides_of_one_country_are_the_pair_just_named(nlp):
    found = factual("Colombia's president met the ELN commander Antonio Garcia in Bogota on Friday, and the two "
                    "sides signed a ceasefire agreement.", date="2024-06-01", codes=True)
    assert ("COLGOV", "COLREB", "057") in found and ("COLREB", "COLGOV", "057") in found


def test_a_bare_government_beside_its_own_rebels_is_theirs(nlp):
    found = factual("Government and FARC delegations held talks in Oslo on Tuesday.", date="2012-10-20",
                    codes=True)
    assert ("COLGOV", "COLREB", "046") in found and ("COLREB", "COLGOV", "046") in found


def test_a_refusal_answers_the_appeal_its_speaker_rejects(nlp):
    mentions = code_text("Belarus will not release the three jailed bloggers arrested in March, President "
                         "Lukashenko said, rejecting an appeal from Poland.", date="2026-03-10")
    refusals = [m for m in mentions if m.verb_text == "release"]
    assert refusals and all(m.target is not None and m.target.country == "POL" for m in refusals)


def test_property_seized_is_taken_from_whoever_runs_it(nlp):
    found = factual("Mali's junta nationalised a gold mine operated by Canada's Barrick on Monday.", root=True)
    assert ("MLI", "CAN", "17") in found
