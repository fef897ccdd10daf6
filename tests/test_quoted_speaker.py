"""A quoted first person speaks for the quote's speaker, and force promised in a quote against
whatever comes is a threat. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual
from detente.pipeline import code_text

DATE = "2026-03-10"


def test_our_airspace_is_the_quoted_speakers_country(nlp):
    coded = code_text('"Russian warplanes violated our airspace twice on Sunday," the Estonian defence minister '
                      "said.", date=DATE)
    assert any(m.source.country == "RUS" and m.target and m.target.country == "EST" for m in coded)


def test_our_forces_as_subject_are_the_speakers_military(nlp):
    coded = code_text('"Our forces will respond to any attack on Cypriot soil," the Greek defence minister said.',
                      date=DATE)
    assert any(m.source.country == "GRC" for m in coded)


def test_any_intruder_that_will_be_shot_down_is_threatened(nlp):
    found = factual('"Any Turkish drone that enters our airspace will be shot down," the Greek defence minister '
                    "told parliament.")
    assert ("GRC", "TUR", "138") in found


def test_shot_without_down_is_no_threat(nlp):
    found = factual('"Any Turkish smuggler caught at the border will be shot," the Greek defence minister said.')
    assert not any(code == "138" for _, _, code in found)


def test_any_attack_that_will_be_answered_is_a_threat(nlp):
    found = factual('"Any new attack by Armenian forces will be answered," the Azerbaijani defence ministry said.')
    assert ("AZE", "ARM", "130") in found
