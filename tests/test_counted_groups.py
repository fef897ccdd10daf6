"""Coreference: a group named again by its count ("arrested four Serbian citizens ... remanded all four",
"deported 41 Chinese nationals ... arrested the 41 men and women") is the group counted before, however
many sentences back, and stays people of its nationality, not their state. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_all_four_is_the_group_of_four_named_before():
    found = factual("Croatian police arrested four Bosnian truck drivers at the Bajakovo crossing on Sunday.\n\n"
                    "Sarajevo protested. On Tuesday a court in Vukovar remanded all four in custody for a month.")
    assert ("HRV", "BIH", "173") in found
    assert ("HRV", "HRV", "173") not in found


def test_the_counted_men_and_women_are_the_nationals_counted_before():
    found = factual("Palau deported 23 Chinese nationals on Friday after a raid on a gambling den.\n\n"
                    "Police had arrested the 23 men and women at a hotel in Koror on Monday.")
    assert ("PLW", "CHN", "173") in found
    assert not any(s == "CHN" for s, _, _ in found)


def test_a_count_seen_nowhere_before_refers_to_no_one():
    found = factual("Ghanaian police arrested six Nigerian traders in Accra on Monday.\n\n"
                    "A court in Kumasi remanded the nine in custody on Tuesday.")
    assert ("GHA", "NGA", "173") in found  # the arrest
    assert ("GHA", "GHA", "173") in found  # the remand of "the nine" is not the six's
