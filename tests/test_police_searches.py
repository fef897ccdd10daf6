"""Coding: a raid by police, prosecutors or immigration agents on premises is a search, no fight of its own;
what they did there (arrests, seizures) is the event. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual]


def test_police_raid_on_a_mosque_is_no_fight():
    got = triples("Bangladeshi police raided a mosque in Dhaka on Friday where suspected militants were hiding.")
    assert not any(root in ("17", "19") for _, _, root in got)


def test_prosecutors_raiding_headquarters_code_nothing_of_their_own():
    got = triples("Ecuadorean prosecutors raided the Quito headquarters of the state oil company on Tuesday.")
    assert not any(root in ("17", "19") for _, _, root in got)


def test_what_police_did_in_the_raid_is_still_coded():
    got = triples("Police in Caracas raided the offices of an opposition newspaper on Tuesday and seized "
                  "its computers.")
    assert [(s, r) for s, _, r in got] == [("VEN", "17")]


def test_a_raid_on_a_militant_hideout_stays_a_fight():
    got = triples("Police raided a militant hideout in Karachi on Monday, killing four suspected members of "
                  "the Pakistani Taliban.")
    assert ("PAK", "PAK", "19") in got


def test_soldiers_raiding_a_camp_still_fight():
    got = triples("Israeli troops raided the Jenin refugee camp on Wednesday.")
    assert ("ISR", "PSE", "19") in got
