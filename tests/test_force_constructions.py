"""Force stated in less direct constructions: the means of a killing named by a bare -ing form with its
agent ("killed in shelling by ..."), beatings with clubs, fighting named as a noun with its two sides."""

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


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of fighting with its "between" phrase is a fight between the two when a modifier marks it as
    # news ("weekend", "latest"); bare "fighting" is often background ("after weeks of fighting between")
    ("Weekend fighting between Somali troops and al-Shabaab militants near Baidoa left 14 people dead.",
     {("SOM", "SOM", "190")}),
    ("The latest fighting between Kyrgyz and Tajik border guards killed three people.",
     {("KGZ", "TJK", "190"), ("TJK", "KGZ", "190")}),
])
def test_fighting_between_two_sides(nlp, text, expected):
    assert expected <= factual(text)


def test_fighting_without_sides_is_no_event(nlp):
    assert not factual("The fighting around the capital has displaced thousands of families.")
