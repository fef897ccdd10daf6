"""What an intelligence service passes on to another party is intelligence sharing (064) whatever it names.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_locations_passed_on_are_shared_intelligence(nlp):
    assert ("JOR", "SYR", "064") in factual("Jordanian intelligence passed on the locations of three "
                                            "laboratories to Syrian police.")


def test_names_passed_are_shared_intelligence(nlp):
    assert ("USA", "PAK", "064") in factual("The CIA passed the names of the plotters to Pakistan.")


def test_condolences_passed_on_are_no_intelligence(nlp):
    assert not any(e[2] == "064" for e in factual("The minister passed on his condolences to Egypt."))
