"""A company named like a foreign-language form of a city ("Orano", the Esperanto and Italian form of Oran) is
no participant of that city's country."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles
from detente.records import Article

pytestmark = pytest.mark.slow


def coded(text: str, date: str = "2025-11-04") -> list[tuple[str, str | None, str, bool]]:
    """(source, target, code, factual) of every mention coded from ``text``."""
    article = Article(id="t", paragraphs=[text], published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for a in code_articles([article]) for m in a.mentions]


@pytest.mark.parametrize("text", [
    "Niger's junta accused Orano of irresponsible conduct at the Arlit mine.",
    "NIAMEY, Dec 3 (Reuters) - Niger's military rulers accused Orano of looting the country's uranium.",
])
def test_an_accused_firm_with_a_city_like_name_is_no_state(text):
    found = coded(text)
    assert any(s.startswith("NER") and code.startswith("112") for s, _, code, _ in found)
    assert not any(t == "DZA" for _, t, _, _ in found)
