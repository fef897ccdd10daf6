""""Charge" with a sum, a fee or what is paid for asks a price: no accusation (CAMEO 112). Sentences are our
own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize("text", [
    "The rebels have been charging trucks $200 for passage through the pass.",
    "Militiamen charged traders a fee to cross the bridge.",
    "Soldiers at checkpoints charge drivers for passage into the city.",
    "Armed men in Chad charged herders a tax on every cow.",
])
def test_a_price_charged_is_no_accusation(nlp, text):
    assert not any(code == "11" for _, _, code in factual(text, root=True))


def test_a_charge_of_wrongdoing_stays_an_accusation(nlp):
    assert ("PAK", "IND", "112") in factual("Pakistan charged that India had violated the ceasefire.")
    assert ("IRN", "ISR", "173") in factual("Iran charged Israel with sabotage at the Natanz site.")
