"""A person told by a title whose head word is no PERSON_TITLES entry ("the British foreign secretary", "the army
chief", "the regional governor") is the "he"/"she" of the next sentence, not an official named before. Sentences
are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_secretary_is_the_next_she(nlp):
    found = factual("In Moscow, a foreign ministry spokeswoman said the ships had entered Russian waters. "
                    "The British foreign secretary told parliament that the vessels had been in international "
                    "waters. She accused Moscow of harassing the crews.", root=True)
    assert ("GBR", "RUS", "11") in found


def test_an_army_chief_is_the_next_he(nlp):
    found = factual("North Korea fired two missiles on Tuesday, a Japanese defence ministry official said. "
                    "The South Korean army chief told lawmakers the launches were a provocation. "
                    "He condemned Pyongyang for the tests.", root=True)
    assert ("KOR", "PRK", "11") in found
    assert not any(source == "JPN" and root == "11" for source, _, root in found)


def test_a_governor_and_a_commander_are_the_next_he(nlp):
    found = factual("Kenyan police said they had arrested 12 Somali nationals. The Somali regional governor said "
                    "the men were traders. He urged Nairobi to release them.", root=True)
    assert ("SOM", "KEN", "02") in found
    found = factual("Serbian police detained two Kosovo officers near the border, officials said. The Kosovo "
                    "police commander said the men had been on patrol. He demanded that Belgrade free them.",
                    date="1998-06-10", root=True)
    assert ("KSV", "SRB", "10") in found
