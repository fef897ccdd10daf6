"""Coding: citizenship or nationality taken away, told of people as who they are, is background; taking it away
as the news stays an event (172). Sentences are our own."""

from __future__ import annotations

import pytest

from detente.pipeline import code_text


def triples(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


@pytest.mark.parametrize("text", [
    "Managua confiscated the farms of dozens of dissidents stripped of their nationality.",
    "Spain granted asylum to a Nicaraguan poet who fled to Madrid after being stripped of his citizenship.",
])
def test_status_taken_before_is_no_event(nlp, text):
    assert not any(code == "172" for _, _, code in triples(text)), text


def test_status_taken_as_the_news_stays(nlp):
    assert ("NIC", "NIC", "172") in triples("Nicaragua stripped 94 opponents of their citizenship on Thursday.")
    assert ("BHR", "BHR", "172") in triples("Bahrain's courts stripped 115 people of their nationality, rights "
                                             "groups said.")
