"""Coding: an attack retold in a relative clause on what a condemnation answers is background, not news.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_strike_retold_under_a_condemnation_is_background():
    got = triples("The Egyptian foreign minister condemned the Turkish drone strike that hit a hospital in Tripoli.")
    assert ("EGY", "TUR", "111") in got
    assert not any(code.startswith(("18", "19", "20")) for _, _, code in got)


def test_relative_clause_on_the_attacks_own_phrase_is_background_too():
    got = triples("Kenya denounced an attack by Somali militants on a school for refugee children near Dadaab "
                  "that killed nine pupils.")
    assert any(source == "KEN" and code.startswith("11") for source, _, code in got)
    assert not any(code.startswith(("18", "19", "20")) for _, _, code in got)


def test_strike_told_as_the_news_keeps_its_relative_clause():
    got = triples("Turkey carried out a drone strike that hit a Syrian army base near Aleppo.")
    assert any(source == "TUR" and target == "SYR" and code.startswith("19") for source, target, code in got)


def test_sideless_fighting_that_displaced_people_is_no_fight_of_the_aid_giver():
    got = triples("The World Food Programme flew sorghum to thousands of families displaced by fighting in "
                  "Blue Nile state.")
    assert any(code.startswith("07") for _, _, code in got)
    assert not any(code.startswith("19") for _, _, code in got)


def test_occupied_territories_in_a_list_of_places_is_no_occupation():
    got = triples("Moscow has not freed any of the Ukrainian sailors held in its jails and occupied territories, "
                  "Kyiv said.")
    assert not any(code.startswith("19") for _, _, code in got)


def test_conjoined_occupation_with_its_own_object_stays():
    got = triples("Russian troops shelled Kharkiv and occupied two villages near the border.")
    assert any(code.startswith("19") for _, _, code in got)
