"""Targets found through a regional group of states ("the three Baltic states", "the leaders of the Sahel
states"). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_regional_group_of_states_is_each_member(nlp):
    found = factual("Moscow warned the three Baltic states on Tuesday against hosting more NATO troops.", root=True)
    assert {("RUS", "EST", "13"), ("RUS", "LVA", "13"), ("RUS", "LTU", "13")} <= found


def test_the_leaders_of_a_regional_group_are_each_members(nlp):
    found = factual("Poland's president urged the leaders of the Baltic states to buy more air defences.", root=True)
    assert {("POL", "EST", "02"), ("POL", "LVA", "02"), ("POL", "LTU", "02")} <= found


def test_a_group_count_that_does_not_match_its_members_names_no_one(nlp):
    found = factual("Moscow warned the two Baltic states on Tuesday against hosting more NATO troops.", root=True)
    assert not any(t in ("EST", "LVA", "LTU") for _, t, _ in found)
