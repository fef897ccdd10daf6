"""Lexicon: acts of older wire copy the coder missed (disarming, air drops, money and files handed over).

Our own sentences (not taken from any gold or dev set), dated in the 1990s where roles are date-ranged.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "1995-06-01"

CASES = [
    # arms handed in to monitors are disarming (0873), not an arms delivery to the monitors (072); the
    # disarming side yields to the state it fought, the monitors only watch
    ("Hundreds of UNITA guerrillas handed in their rifles to U.N. observers on Tuesday.", ("AGO", "AGO", "0873")),
    ("Contra rebels turned in their rifles to U.N. troops near Esteli.", ("NIC", "NIC", "0873")),
    # the decommissioning formula
    ("Norwegian monitors said the Tamil Tigers had put all their weapons beyond use.", ("LKA", "LKA", "0873")),
    # relief dropped from the air (073)
    ("American transport planes dropped food and blankets to Somali refugees on Friday.", ("USA", "SOM", "073")),
    # money handed to a state is giving it (070)
    ("Japan handed Cambodia a loan of 20 million dollars on Monday.", ("JPN", "KHM", "070")),
    # case files and dossiers given or handed over are shared intelligence (064)
    ("Pakistani police handed British detectives a dossier on the bombing suspects.", ("PAK", "GBR", "064")),
    ("Egypt gave Sudanese investigators files on the plotters.", ("EGY", "SDN", "064")),
    # "joint war games": the adjective the parser hangs on the compound still makes the games joint (062)
    ("Russian and Chinese troops began their first joint war games on Thursday.", ("RUS", "CHN", "062")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_older_wire_acts_are_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_leaflets_dropped_are_no_aid(nlp):
    assert not any(code.startswith("07") for _, _, code in _triples("Israeli jets dropped leaflets over Gaza."))
