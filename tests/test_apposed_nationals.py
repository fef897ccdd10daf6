"""Foreigners placed by a partitive apposition ("16 tourists, most of them British", "52 prisoners, among them
two Polish citizens"): the nationality it gives is the target's, not the place's or the reporting state's.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_most_of_them_names_the_victims_state(nlp):
    found = factual("Separatist rebels kidnapped 14 foreign engineers, most of them Turks, at an oil site in "
                    "Cabinda on Monday, Angolan police said.", root=True)
    assert ("AGO", "TUR", "18") in found
    assert ("AGO", "AGO", "18") not in found


def test_a_counted_share_names_the_victims_state(nlp):
    found = factual("Militants killed 40 foreign pilgrims, 25 of them Indonesians, near Medina on Sunday.",
                    root=True)
    assert any(t == "IDN" and c in ("18", "19", "20") for _, t, c in found)


def test_a_share_of_no_nationality_leaves_the_target(nlp):
    found = factual("Kenyan soldiers killed 30 villagers, most of them children, in Lamu county on Monday.",
                    root=True)
    assert any(s == "KEN" and t == "KEN" for s, t, _ in found)


def test_freed_among_them_names_the_foreigners_state(nlp):
    found = factual("Venezuela freed 10 prisoners, among them four Colombian nationals, on Friday.", root=True)
    assert ("VEN", "COL", "08") in found
    assert ("VEN", "VEN", "08") not in found


def test_freed_including_names_the_foreigners_state(nlp):
    found = factual("Belarus pardoned 16 prisoners, including two Poles, on Thursday.", root=True)
    assert ("BLR", "POL", "08") in found


def test_including_two_nationalities_places_no_one(nlp):
    found = factual("Russia freed 12 people, including several Ukrainian soldiers and a Georgian.", root=True)
    assert ("RUS", "RUS", "08") in found
