"""A place shut down, paralysed or crippled "with" an act: the act is coded, the place is no target.

Our own sentences: "opposition supporters shut down Dhaka with a general strike" is a general strike
(143) by the opposition; a plant shut down for maintenance or a newspaper shut by the government is none.
"""

from __future__ import annotations

import pytest

from detente.coding import Coder
from detente.records import Article


def _mentions(nlp, text: str):
    article = Article(id="t", paragraphs=[text], published="2025-06-01")
    return Coder.default().code_doc(nlp(article.text), article)


@pytest.mark.parametrize(("text", "source", "code"), [
    ("Opposition supporters shut down Dhaka with a general strike on Saturday.", "BGD", "143"),
    ("Bangladesh's opposition crippled the capital with a hartal on Sunday.", "BGD", "143"),
    ("Pakistani truckers paralysed Karachi with a nationwide shutdown.", "PAK", "143"),
])
def test_a_city_shut_with_a_strike_is_the_strike(nlp, text, source, code):
    got = {(m.source.country, m.event_code, m.is_factual) for m in _mentions(nlp, text)}
    assert (source, code, True) in got, got


@pytest.mark.parametrize("text", [
    "Workers shut down the plant for maintenance on Monday.",
    "The government shut down the opposition newspaper on Monday.",
    "A fire paralysed the port of Karachi for two days.",
])
def test_a_shut_place_without_a_protest_act_is_no_protest(nlp, text):
    assert not any(m.root_code == "14" for m in _mentions(nlp, text))



@pytest.mark.parametrize("text", [
    "Police arrested 200 people after a second night of rioting by Greek students in Athens.",
    "Shops stayed shut after two days of rioting by Kenyan opposition supporters.",
])
def test_rioting_by_a_group_is_a_riot(nlp, text):
    got = {(m.event_code, m.is_factual) for m in _mentions(nlp, text) if m.source.country in ("GRC", "KEN")}
    assert ("145", True) in got, got
