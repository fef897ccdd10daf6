"""What a visit under way is expected to hold is its agenda, not a separate intent to meet (03); a visit
that is itself still ahead stays an intent. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_agenda_of_a_visit_under_way_is_no_intent(nlp):
    found = factual("Indonesia's foreign minister arrived in Canberra on Monday for a three-day visit during which "
                    "she is expected to discuss maritime security with Australian officials.", root=True)
    assert ("IDN", "AUS", "04") in found
    assert not any(root == "03" for _, _, root in found)


def test_agenda_told_with_set_to_after_a_trip(nlp):
    found = factual("Brazil's defence minister began a two-day trip to Angola on Tuesday, where he is set to meet "
                    "President Joao Lourenco.", root=True)
    assert ("BRA", "AGO", "04") in found
    assert not any(root == "03" for _, _, root in found)


def test_a_visit_still_ahead_stays_an_intent(nlp):
    found = factual("Iran's interior minister is due to visit Kabul next month to discuss border security.")
    assert ("IRN", "AFG", "036") in found
    found = factual("Zelensky is expected to travel to Washington on Monday to meet Trump at the White House.")
    assert ("UKR", "USA", "036") in found
