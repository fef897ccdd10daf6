"""Armed forces surging into a place ("poured into", "pushed into", "swept into", "rolled into") take it
by force (192), and a side answering an attack with weapons fights back (190); the same verbs with unarmed
subjects or with words tell no act. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops pushed into the city of Bakhmut on Monday.", ("RUS", "UKR", "192")),
    ("Islamic State militants surged into Ramadi on Friday.", (None, "IRQ", "192")),
    ("Serbian tanks rolled into the village of Racak on Friday.", ("SRB", "KSV", "192")),
])
def test_armed_forces_surging_in_occupy(nlp, text, expected):
    found = factual(text)
    assert any(s == expected[0] or expected[0] is None for s, t, c in found if (t, c) == expected[1:]), found


@pytest.mark.parametrize("text", [
    "Foreign investors poured into Chinese stocks on Monday.",
    "Tourists poured into Venice on Sunday.",
    "China pushed into African markets last year.",
    "Refugees poured into Chad from Sudan on Monday.",
])
def test_unarmed_crowds_pouring_in_tell_no_attack(nlp, text):
    assert not any(c.startswith("19") for *_, c in factual(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran retaliated with a barrage of drones against Israel on Saturday.", ("IRN", "ISR", "190")),
    ("Russian jets bombed Kharkiv on Monday, and Kyiv answered with salvoes of rockets hours later.",
     ("UKR", "RUS", "190")),
])
def test_answering_with_weapons_is_fighting_back(nlp, text, expected):
    assert expected in factual(text)


def test_answering_with_words_is_no_attack(nlp):
    for text in ("The minister answered with a letter to the United Nations.",
                 "China replied with a statement criticising Japan."):
        assert not any(c.startswith("19") for *_, c in factual(text))
