"""Verbal acts the coder used to miss whole: a denial joined to a stated fact, and an ultimatum whose
promised act is no coded event. Sentences are our own, in the register of older wire copy."""

from __future__ import annotations

from coding_cases import factual


def test_denial_after_a_stated_fact_is_the_speakers(nlp):
    found = factual("Kenya said the dead men were herdsmen and denied that Somali militiamen had crossed the "
                    "border.")
    assert ("KEN", "SOM", "016") in found


def test_accusation_after_a_stated_fact_is_the_speakers(nlp):
    found = factual("Ethiopia said the talks were over and accused Eritrea of massing troops on the border.")
    assert any(src == "ETH" and tgt == "ERI" and code.startswith("11") for src, tgt, code in found)


def test_deed_conjoined_to_a_stated_fact_keeps_the_clause_subject(nlp):
    found = factual("Kenya said Somali militiamen were hungry and attacked a village near Garissa.")
    assert ("SOM", "KEN", "190") in found
