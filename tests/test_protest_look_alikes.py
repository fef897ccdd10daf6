"""Crowd acts that only look like protests (CAMEO 14): celebrating fans, leaving a prison, people
marched off under guard, gunmen storming a parliament. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def _roots(text: str) -> set[str]:
    return {code for _, _, code in factual(text, root=True)}


def test_fans_celebrating_in_the_streets_do_not_protest(nlp):
    assert "14" not in _roots("Argentine fans poured into the streets of Buenos Aires on Sunday after their team "
                              "won the final.")


def test_walking_out_of_prison_is_no_walkout(nlp):
    assert "14" not in _roots("Rwanda's former opposition leader walked out of prison in Kigali on "
                              "Friday.")
    assert ("KEN", "KEN", "14") in factual("Kenyan opposition lawmakers walked out of parliament on Tuesday.",
                                           root=True)


def test_people_marched_off_by_soldiers_are_no_march(nlp):
    assert "14" not in _roots("Congolese soldiers marched the villagers to a football field in Goma.")


def test_gunmen_storming_a_parliament_do_not_protest(nlp):
    assert "14" not in _roots("Armed rebels stormed the parliament in Bangui on Friday.")
    assert ("LKA", "LKA", "14") in factual("Protesters stormed parliament in Colombo on Saturday.", root=True)
