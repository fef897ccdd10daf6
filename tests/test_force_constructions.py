"""Force stated in less direct constructions: the means of a killing named by a bare -ing form with its
agent ("killed in shelling by ...") and beatings with clubs."""

from __future__ import annotations

import pytest

from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    # "in shelling by X": the shelling is the means and its "by" phrase the attacker of the passive killing
    ("Nine villagers were killed in shelling by Armenian forces near Tartar on Friday.", ("ARM", "AZE", "194")),
    ("At least 11 people were killed in shelling by Russian troops on the city of Zaporizhzhia.",
     ("RUS", "UKR", "194")),
])
def test_bare_gerund_means_names_the_attacker(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zambian riot police clubbed dozens of students outside the university in Lusaka on Thursday.",
     ("ZMB", "ZMB", "182")),
    ("Soldiers loyal to the junta bludgeoned two Guinean journalists in Conakry, a press union said.",
     ("GIN", "GIN", "182")),
])
def test_clubbing_people_is_a_beating(nlp, text, expected):
    assert expected in factual(text)


def test_fighting_without_sides_is_no_event(nlp):
    assert not factual("The fighting around the capital has displaced thousands of families.")
