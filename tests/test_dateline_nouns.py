"""A role noun that opens a wire story after its dateline ("MANAGUA - Troops ...") is a common noun:
the force is coded, placed in the dateline's country like "Police" is. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_role_noun_after_a_dateline_gets_its_noun_tag_and_lemma(nlp):
    doc = nlp("SUVA - Soldiers attacked a village near the capital on Friday, officials said.")
    soldiers = doc[2]
    assert (soldiers.pos_, soldiers.tag_, soldiers.lemma_) == ("NOUN", "NNS", "soldier")


def test_name_after_a_dateline_stays_a_name(nlp):
    doc = nlp("GAZA - Hamas fired rockets at Ashdod on Monday, the army said.")
    assert doc[2].pos_ == "PROPN"


def test_troops_under_a_dateline_are_the_dateline_states(nlp):
    found = factual("MANAGUA - Troops stormed a church and arrested 40 striking teachers on Tuesday, union leaders said.",
                    date="1995-04-11", codes=True)
    assert ("NICMIL", "NICEDU", "173") in found, found


def test_soldiers_under_a_dateline_are_the_dateline_states(nlp):
    found = factual("SUVA - Soldiers attacked a village near the capital on Friday, officials said.",
                    date="2004-03-02", codes=True)
    assert ("FJIMIL", "FJI", "190") in found, found

