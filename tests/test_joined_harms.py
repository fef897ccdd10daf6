"""Verbs of bodily harm joined over the same victims ("hacked and shot", "beat and shot to death") are one
act coded by the gravest verb; a killing by hand of many civilians "to death" is a massacre (202)."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a massacre told by two verbs: one 202, no cyber "hack" (171) or armed force (190) beside it
    ("Militiamen hacked and shot hundreds of villagers in Gitega province on Sunday.",
     ("BDI", "BDI", "202"), ("BDI", "BDI", "171")),
    ("Interahamwe militiamen clubbed and hacked to death dozens of refugees at a school in Butare, survivors said.",
     ("RWA", "RWA", "202"), ("RWA", "RWA", "182")),
    # hand killing of many civilians "to death" by any verb is a massacre
    ("Soldiers shot and stabbed to death 40 villagers in Kidapawan on Friday.",
     ("PHL", "PHL", "202"), ("PHL", "PHL", "190")),
    # an assault on a few people stays an assault, told once
    ("Gang members stabbed and shot a police officer in Port-au-Prince on Monday.",
     ("HTI", "HTI", "182"), ("HTI", "HTI", "190")),
])
def test_joined_harm_verbs_are_one_act(nlp, text, expected, absent):
    found = factual(text)
    assert expected in found
    assert absent not in found


def test_harms_on_different_victims_stay_apart(nlp):
    found = factual("Zimbabwean soldiers shot a fleeing suspect and beat a journalist in Harare on Monday.")
    assert ("ZWE", "ZWE", "190") in found
    assert ("ZWE", "ZWE", "182") in found


def test_people_named_by_their_plural_are_civilians(nlp):
    # "Tutsis" tagged as a common noun is still a people: shot by the hundred, a massacre
    assert ("RWA", "RWA", "202") in factual("Hutu militias shot hundreds of Tutsis near Kibungo in Rwanda last week.")


@pytest.mark.parametrize(("text", "expected"), [
    # the participle hangs on the last of the shown doers; the first, the object of "showed", heads them all
    (("Amnesty International said video footage showed Myanmar soldiers and militiamen shooting hundreds of "
      "Rohingya villagers in Rakhine state."), ("MMR", "MMR", "202")),
    ("Witnesses saw Zimbabwean police and ruling-party youths beating dozens of opposition supporters in Harare.",
     ("ZWE", "ZWE", "182")),
])
def test_shown_doers_do_the_participle(nlp, text, expected):
    assert expected in factual(text)


def test_victims_described_by_a_gerund_are_the_object(nlp):
    # the parser makes "people" the subject of "sheltering"; they are the ones massacred
    found = factual("Liberian troops broke into a church in Monrovia and massacred about 600 displaced people "
                    "sheltering inside.")
    assert ("LBR", "LBR", "202") in found
