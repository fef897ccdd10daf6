"""Armed forces abandoning or fleeing a place, or rolling or moving out of it, retreat from it (0874/087);
the same verbs with unarmed subjects tell no retreat. Halting or suspending a bombardment, raid or
incursion de-escalates (087), it cuts no relations (160). Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops abandoned the town of Lyman on Saturday.", ("RUS", "UKR", "0874")),
    ("Russian soldiers fled the city of Kherson on Friday.", ("RUS", "UKR", "0874")),
    ("Yugoslav troops rolled out of Kosovo on Thursday.", ("SRB", "KSV", "087")),
    ("Turkish forces moved out of the Syrian town of Manbij on Monday.", ("TUR", "SYR", "087")),
])
def test_armed_forces_leaving_a_place_retreat(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize("text", [
    "The French minister abandoned the plan on Friday.",
    "Thousands of Sudanese civilians fled El Fasher on Sunday.",
    "Foreign investors moved out of Russian bonds in March.",
])
def test_unarmed_subjects_tell_no_retreat(nlp, text):
    assert not any(c.startswith("087") for *_, c in factual(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey halted its incursion into northern Syria on Thursday.", ("TUR", "SYR", "087")),
    ("Israel stopped its bombardment of the Gaza Strip on Sunday.", ("ISR", "PSE", "087")),
])
def test_halting_a_bombardment_or_incursion_deescalates(nlp, text, expected):
    found = factual(text)
    assert expected in found and not any(c == "160" for *_, c in found), found
