"""Actors placed by the places they are of: city modifiers, capitals, descriptive speakers."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles
from detente.records import Article

pytestmark = pytest.mark.slow


def coded(text: str, date: str = "2024-05-10") -> list[tuple[str, str | None, str]]:
    """(source, target, code) of every mention coded from ``text``."""
    article = Article(id="t", paragraphs=[text], published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code)
            for a in code_articles([article]) for m in a.mentions]


@pytest.mark.parametrize(("text", "source"), [
    ("Naples prosecutors charged the mayor with bribery.", "ITAJUD"),
    ("Mosul police arrested four suspects on Tuesday.", "IRQCOP"),
    ("Lyon magistrates indicted the company's chairman.", "FRAJUD"),
])
def test_a_large_city_modifier_places_its_role(text, source):
    assert coded(text)[0][0] == source


def test_a_role_word_without_a_city_stays_unplaced():
    assert coded("Riot police arrested four suspects on Tuesday.")[0][0] == "---COP"
