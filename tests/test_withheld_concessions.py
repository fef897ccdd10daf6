"""Concessions refused in the future negative: "would not reverse the fuel price rise" (1232), "would not
retract the remarks" (124), "will not return the seized trawlers" (1243), and an agentless passive ("the
decree will not be withdrawn") refused by whoever says so. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_policy_reversal_refused(nlp):
    assert ("ECU", "ECU", "1232") in factual("The Ecuadorean government said it would not reverse the fuel tax "
                                             "increase despite the strikes.")
    assert ("ECU", "ECU", "0832") in factual("The Ecuadorean government reversed the fuel tax increase after a "
                                             "week of strikes.")


def test_agentless_passive_refused_by_the_speaker(nlp):
    assert ("PER", "PER", "1232") in factual("Peruvian President Jose Jeri said on Monday that the pension "
                                             "decree would not be withdrawn.")
    assert ("RUS", "GEO", "1244") in factual("Moscow said the sanctions on Georgian wine would not be lifted.")
    # a passive with its own agent, or a past one, reports no refusal of the speaker's
    assert not factual("Peruvian President Jose Jeri said the pension decree had not been withdrawn.")


def test_seized_property_and_remarks(nlp):
    assert ("IRN", "GBR", "1243") in factual("Iran said it would not return the seized trawlers to Britain.")
    assert ("GHA", "TGO", "0842") in factual("Ghana returned the seized lorries to Togo on Friday.")
    assert ("JPN", "JPN", "124") in factual("Tokyo said it would not retract the minister's remarks.")
