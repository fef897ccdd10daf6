"""Violence the coder missed: beatings by officers named after their force, people bussed or marched out,
and massacres told as a raid's toll, by throats cut or by people burnt to death.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.coding.matching import counted_people
from detente.pipeline import code_text

DATE = "1998-06-01"

CASES = [
    # a bare plural of a force's men in a later clause is the force named before it; the beaten man, a
    # pronoun coreference leaves unplaced, is the acting state's own
    ("Kenyan police detained an opposition lawyer in Nairobi on Friday, and his family said officers beat "
     "him at the station.", ("KEN", "KEN", "182")),
    ("Peruvian police arrested a union leader in Lima, and witnesses said officers beat her with batons.",
     ("PER", "PER", "182")),
    # people bussed or marched out of a town or camp, in their hundreds: a mass expulsion (201)
    ("About 900 Muslim villagers were bussed out of Kozarac by Bosnian Serb police on Friday.",
     ("BIH", "BIH", "201")),
    ("Zairean troops marched thousands of Rwandan refugees out of their camps near Goma on Monday.",
     ("COD", "RWA", "201")),
    # "thousands of Kurds": a people counted by a count noun, driven out in a mass (201)
    ("Iraqi troops drove thousands of Kurds from their villages near Kirkuk.", ("IRQ", "IRQ", "201")),
    # munitions dropped onto a target attack it; with a chemical agent, a chemical attack (2041)
    ("Syrian warplanes dropped barrel bombs on Aleppo on Friday.", ("SYR", "SYR", "190")),
    ("A Russian unit dropped canisters of chloropicrin onto Ukrainian positions near Bakhmut.",
     ("RUS", "UKR", "2041")),
    # vehicles set off by an armed group are car bombs (1832)
    ("Taliban militants set off a truck outside a police station in Kandahar on Monday.", ("AFG", "AFG", "1832")),
    # the toll of a close-quarters raid, throats cut, people burnt to death: massacres (202)
    ("Guerrillas of the Armed Islamic Group cut the throats of 60 villagers near Blida on Monday.",
     ("DZA", "DZA", "202")),
    ("Hutu militiamen stormed a school near Gisenyi on Sunday, killing at least 40 pupils.",
     ("RWA", "RWA", "202")),
    ("Rebels of the Lord's Resistance Army set fire to huts in a village near Gulu, burning 30 villagers to "
     "death.", ("UGA", "UGA", "202")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_missed_violence_is_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_shelling_toll_is_no_massacre(nlp):
    # a raid with mortars kills from afar: its toll is the attack's, not a massacre by hand
    triples = _triples("Sudanese troops attacked a village near Kadugli with mortars, killing 30 villagers.")
    assert not any(code.startswith("20") for _, _, code in triples)


def test_officers_of_another_clause_need_a_force_named(nlp):
    # no force named before: the bare "officers" borrow no state, so no beating by Kenya is coded
    triples = _triples("Kenya's parliament passed the budget on Friday, and a lawyer said officers beat him.")
    assert ("KEN", "KEN", "182") not in triples


def test_a_people_counted_by_a_count_noun(nlp):
    # "thousands of Rohingya": the tagger calls the people a singular name, the count noun says they are many
    doc = nlp("Soldiers drove thousands of Rohingya from their villages.")
    assert counted_people(next(t for t in doc if t.text == "Rohingya"))
    assert not counted_people(next(t for t in nlp("Soldiers drove out the Rohingya.") if t.text == "Rohingya"))
