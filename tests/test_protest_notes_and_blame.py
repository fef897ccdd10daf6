"""Coding: notes of protest sent, blame told after a passive time clause, and the answer a charge drew.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def facts(text: str) -> list[tuple[str, str | None, str]]:
    """(source country, target country, event code) of the factual events coded in ``text``."""
    return [(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual]


def test_note_of_protest_sent_is_a_protest():
    assert ("GRC", "TUR", "114") in facts("Athens sent Ankara a note of protest over the flights.")
    assert ("PHL", "CHN", "114") in facts("Manila sent a protest note to Beijing after the collision.")
    assert ("CHN", "JPN", "114") in facts("China lodged a note of protest with Japan over the visit.")


def test_note_verbale_sent_with_a_request_is_no_protest():
    got = facts("Dhaka sent New Delhi a note verbale seeking the return of the former premier.")
    assert not any(code.startswith("11") for _, _, code in got)


def test_blame_after_a_passive_time_clause_is_the_main_subjects():
    got = facts("India suspended the talks after a convoy was attacked near the border, blaming Pakistan.")
    assert ("IND", "PAK", "112") in got
    got = facts("Thailand halted the accord after two soldiers were maimed by a mine, blaming Phnom Penh.")
    assert ("THA", "KHM", "112") in got


def test_rebuke_a_charge_drew_is_not_part_of_the_charge():
    got = facts("Turkey's president accused Greece of harbouring plotters, drawing a swift protest from Athens.")
    assert ("TUR", "GRC", "112") in got
    assert ("GRC", "TUR", "114") in got


def test_stance_beside_a_reported_act_under_way_is_the_reported_subjects():
    got = facts("The Polish foreign minister said Berlin was reviewing the plan and supported Warsaw's bid.")
    assert ("DEU", "POL", "051") in got
    got = facts("The RSF said the army was shelling El Fasher and accused the military of war crimes.")
    assert any(code == "112" and target == "SDN" for _, target, code in got)
