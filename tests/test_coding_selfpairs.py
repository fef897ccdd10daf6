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


def test_a_state_arresting_an_unnamed_person_at_home_acts_on_its_own_country(nlp):
    # the person has no country of their own in the text: CAMEO's domestic target, not a parse slip
    assert ("KEN", "KEN", "173") in factual("Kenya arrested an opposition lawmaker on Friday.", DATE, codes=True)
    assert ("ZWE", "ZWE", "173") in factual("HARARE, March 3 (AP) - Zimbabwe detained a prominent journalist "
                                            "overnight.", DATE, codes=True)


def test_a_state_rejecting_a_demand_is_not_aimed_at_itself(nlp):
    # no force and no domestic politics: the unnamed demander is not the state's own country
    assert not any(source == target for source, target, _ in factual(
        "Mogadishu rejected the demand on Friday and said the four men would stay in custody.", DATE, root=True))


def test_a_state_owning_the_subject_does_not_act_on_itself(nlp):
    # "Nigeria's oil output hit a record": no force, however the verb reads
    assert not any(source == target for source, target, _ in factual(
        "Ghana's gold output hit a record 4 million ounces in June, the mines ministry said.", DATE, root=True))


def test_one_countrys_organs_accusing_each_other_is_an_accusation(nlp):
    # the charged party is the verb's own object: a domestic accusation, not a state answering for its own
    assert ("RUS", "RUS", "11") in factual("Chechen officials blamed Russian forces for the shelling of Grozny.",
                                           DATE, root=True)
    assert ("KEN", "KEN", "11") in factual("Kenyan police detained opposition leader Raila Odinga, and the "
                                           "prosecutor accused him of inciting violence.", DATE, root=True)
    assert ("UKR", "UKR", "11") in factual("Ukrainian lawmakers accused the Ukrainian army of hiding its losses.",
                                           DATE, root=True)

