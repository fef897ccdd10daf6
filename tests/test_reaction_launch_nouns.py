"""A reaction to "the launch", "the test" or "the firing" of missiles is aimed at whoever fired them, even
when the story names other parties. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_condemned_the_firing_is_aimed_at_the_shooter(nlp):
    found = factual("Russian forces fired rockets at the port of Odesa overnight, the regional governor said. "
                    "France condemned the firing of rockets at civilian areas.", root=True)
    assert ("FRA", "RUS", "11") in found


def test_condemned_the_launch_among_other_states(nlp):
    found = factual("North Korea fired two ballistic missiles on Wednesday that fell outside Japan's economic zone, "
                    "South Korea's military said. President Lee Jae-myung condemned the launch.", root=True)
    assert ("KOR", "PRK", "11") in found


def test_denounced_the_test(nlp):
    found = factual("Pakistan fired a cruise missile from a submarine in the Arabian Sea on Tuesday. "
                    "India denounced the test in a statement.", root=True)
    assert ("IND", "PAK", "11") in found
