"""Lexicon and grammar: aid and yielding as wire copy words them (loans ordered, equipment delivered for a
campaign, refugees taken in, troops brought home, forces moving in to protect).

Our own sentences (not taken from any gold or dev set), each with a negative of the same shape.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2024-06-01"

CASES = [
    # aid a leader orders to a state is aid given (071 for loans)
    ("President Obama ordered $5 billion in emergency loans to Greece on Monday.", ("USA", "GRC", "071")),
    # equipment handed over for a state's campaign helps that state
    ("Japan delivered new equipment for Indonesia's fight against piracy on Friday.", ("JPN", "IDN", "070")),
    # refugees a state takes in from another are given shelter (075)
    ("Jordan took in thousands of refugees from Syria last month.", ("JOR", "SYR", "075")),
    # troops brought home from a country are withdrawn (087)
    ("Britain brought its soldiers home from Afghanistan on Tuesday.", ("GBR", "AFG", "087")),
    # forces moving into a country to protect its people take up a protection mission (074)
    ("Kenyan troops crossed into Somalia on Sunday to protect aid convoys.", ("KEN", "SOM", "074")),
    ("Ugandan soldiers moved into Bunia to shield civilians from militias.", ("UGA", "COD", "074")),
    # a measure eased is aimed where the clause that imposed it says ("the tariffs it had put on ...")
    ("Canada suspended the tariffs it had put on American steel.", ("CAN", "USA", "085")),
    ("The European Union lifted the sanctions it had imposed on Belarus.", ("IGO", "BLR", "085")),
]

NEGATIVES = [
    # no purpose of help: forces moving in are no peacekeeping
    ("Thousands of Russian troops moved into Georgia on Friday.", "074"),
    ("Gunmen kidnapped four aid workers and drove them into the forest.", "074"),
    # guarding one's own is no help to anyone
    ("Israeli troops moved into the buffer zone to protect their own positions.", "074"),
    # what is taken in, brought home or delivered is no aid or withdrawal unless it is refugees, troops, equipment
    ("The charity took in stray dogs from the streets of Kabul.", "075"),
    ("The team brought the trophy home from France on Sunday.", "087"),
    ("The bank ordered new computers to Mexico on Tuesday.", "07"),
    ("The plane landed carrying tourists at Goma on Friday.", "07"),
    ("The captain lifted the cup in Madrid on Saturday.", "08"),
    ("The president sent a letter against the proposal to parliament.", "19"),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_wire_aid_and_yield_are_coded(nlp, text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "prefix"), NEGATIVES, ids=[c[0][:48] for c in NEGATIVES])
def test_look_alikes_are_not_aid_or_yield(nlp, text, prefix):
    assert not any(code.startswith(prefix) for _, _, code in _triples(text))
