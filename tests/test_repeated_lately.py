"""Acts told as repeated over the last days or weeks ("have repeatedly violated the truce since it took
effect last month") are news; a habit ("has repeatedly accused", "regularly detain") or a repetition over
years is not. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_recent_repeated_acts_are_coded(nlp):
    found = factual("Serbian and Kosovar police have repeatedly violated the truce along the boundary since it "
                    "took effect last week, monitors said on Friday.", root=True)
    assert {("SRB", "KSV", "19"), ("KSV", "SRB", "19")} & found
    assert ("RUS", "UKR", "19") in factual("Russian troops repeatedly shelled the Ukrainian town of Kupiansk on "
                                           "Monday, Ukrainian officials said.", root=True)


def test_habits_and_long_repetitions_are_not(nlp):
    assert not factual("Maduro has repeatedly accused the Trump administration of preparing an invasion.")
    assert not factual("Indian and Pakistani troops have repeatedly violated the truce since 2021.")
    assert not factual("Iranian patrol boats regularly detain Emirati fishing boats on Mondays.")
