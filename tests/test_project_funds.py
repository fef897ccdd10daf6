"""Money a budget puts into works is no aid (CAMEO 07 is help given to another party): "allocated $3 million for
the construction of a stadium" names no recipient; aid for a named place or people stays aid. Sentences are our
own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize("text", [
    "The government allocated $3 million for the construction of a new stadium.",
    "The ministry earmarked 20 million euros for the renovation of the port.",
    "Kenya's government set aside 2 billion shillings to build roads.",
    "Funds were allocated by the Nigerian government for the construction of a dam.",
    "Brazil's government provided 2 billion reais for the expansion of the metro.",
])
def test_money_for_works_is_no_aid(nlp, text):
    assert not any(code == "07" for _, _, code in factual(text, root=True))


def test_money_for_a_named_place_or_people_stays_aid(nlp):
    assert ("JPN", "PSE", "07") in factual("Japan allocated $10 million for the reconstruction of Gaza.", root=True)
    assert ("DEU", "YEM", "07") in factual("Germany allocated 5 million euros in humanitarian aid to Yemen.",
                                           root=True)
