"""Pairs of one country's actors that are no event, and those that are. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

DATE = "2026-03-10"


def test_a_state_withdrawing_its_own_troops_does_not_act_on_them(nlp):
    found = factual("Uzbekistan will withdraw its troops from two hills near the Tajik town of Isfara under the new "
                    "treaty, the Uzbek defence ministry said on Friday.", DATE, codes=True)
    assert not any(source == "UZB" and target == "UZBMIL" for source, target, _ in found)


def test_a_people_still_protests_at_its_own_government(nlp):
    # "Romanians" name a people, not the state: their protest is aimed at their government
    found = factual("Tens of thousands of Romanians rallied in Bucharest on Sunday against a plan to cut pensions.",
                    DATE, root=True)
    assert ("ROU", "ROU", "14") in found
