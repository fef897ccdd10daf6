"""Events stated as nouns carried by support verbs ("ordered the expulsion of", "launched a mediation
effort between"). Sentences are our own, in the register of older wire copy."""

from __future__ import annotations

from coding_cases import factual


def test_an_act_noun_under_a_support_verb_is_its_verb_with_the_of_object(nlp):
    # "expulsion" is "expel", "occupation" is "occupy", "demolition" is "demolish": the "of" object is the patient
    assert ("GEO", "GBR", "174") in factual("Tbilisi ordered the expulsion of three British nationals on Friday.")
    assert ("RUS", "GEO", "192") in factual("Russian forces began the occupation of Georgia on Monday.")
    assert ("ISR", "PSE", "1712") in factual(
        "Israeli soldiers carried out the demolition of 12 Palestinian houses in Hebron on Sunday.")


def test_an_act_noun_keeps_the_object_restrictions_of_its_verb(nlp):
    # "expelled the ambassador" is a cut in relations (161), not a deportation (174)
    assert ("IRN", "GBR", "161") in factual("Tehran ordered the expulsion of the British ambassador.")
