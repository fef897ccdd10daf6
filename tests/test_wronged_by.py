"""A state answering for its own people or things ("protested against the treatment of its banks") answers
whoever acted against it, not the article's most-named other state. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

ARTICLE = ("The European Union imposed new sanctions on Russia on Friday. Brussels accused two Chinese banks of "
           "helping Moscow evade the measures. Moscow condemned the sanctions. ")


def test_a_protest_for_its_own_answers_who_acted_against_it(nlp):
    found = factual(ARTICLE + "China protested against the treatment of its banks.", root=True)
    assert ("CHN", "IGO", "11") in found
    assert ("CHN", "RUS", "11") not in found


def test_a_protest_for_its_own_answers_the_act_of_the_nouns_kind_first(nlp):
    found = factual("Togo closed its border with Ghana on Sunday, and Togolese troops patrolled the frontier. "
                    "Nigerian police arrested 30 Ghanaian traders in Lagos on Monday. Togo's minister defended "
                    "the closure. Ghana protested against the arrest of its traders.", root=True)
    assert ("GHA", "NGA", "11") in found
    assert ("GHA", "TGO", "11") not in found
