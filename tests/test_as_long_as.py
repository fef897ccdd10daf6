""" "as long as"/"so long as" bounds a condition; its "long" is no habit ("has long accused"), so the act it
hangs on is still the day's news. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_refusal_bounded_by_as_long_as_is_coded(nlp):
    assert ("RUS", "RUS", "125") in factual("Yeltsin ruled out talks with the Chechen rebels so long as they "
                                            "held hostages in Budyonnovsk.")
    assert ("ISR", "PSE", "125") in factual("Netanyahu on Sunday rejected talks with Hamas for as long as the "
                                            "hostages were held in Gaza.")


def test_long_standing_habit_stays_uncoded(nlp):
    assert not [e for e in factual("Russia has long accused Ukraine of shelling the plant.") if e[2][:2] == "11"]
