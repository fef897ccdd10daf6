"""Goods whose giver is named only in a participle ("supplied by", "donated by"): the giver aids whoever the
clause hands the goods to or brings them to. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2026-04-02") if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), [
    ("Armoured trucks supplied by the United States were handed over to the Kenyan army.", ("USA", "KEN", "072")),
    ("Ambulances donated by Japan arrived in Gaza on Sunday.", ("JPN", "PSE", "070")),
    ("Drones financed by Germany reached the front in Ukraine.", ("DEU", "UKR", "072")),
    ("Tanks sent by Poland have arrived in Ukraine, officials said.", ("POL", "UKR", "072")),
    ("The Nigerian army received armoured vehicles donated by China.", ("CHN", "NGA", "072")),
    ("Food parcels sent by Turkey reached Syrian refugees in Idlib.", ("TUR", "SYR", "073")),
])
def test_the_participles_agent_gives_to_the_receiver(nlp, text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "Rifles made by a Russian company were delivered to the Malian army.",
    "Missiles supplied by Iran struck Israeli towns overnight.",
    "Weapons supplied by Russia were used by the separatists in the attack.",
])
def test_makers_and_weapons_used_in_attacks_give_no_aid_to_others(nlp, text):
    got = events(text)
    assert not any(code.startswith("07") and target is not None for _, target, code in got), got


def test_a_person_sent_by_someone_is_no_gift(nlp):
    got = events("A Swedish envoy sent by the U.N. Secretary-General arrived in Yemen on Tuesday.")
    assert not any(code.startswith("07") for _, _, code in got), got
