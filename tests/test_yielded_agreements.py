"""Coding: an agreement made while yielding to pressure is the concession itself (08x), not an intent (03x);
an agreement with no yield stays an intent. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="1992-03-01") if m.is_factual]


def test_agreement_made_bowing_to_pressure_is_the_yield(nlp):
    found = coded("Malawi's government agreed on Friday to allow opposition parties, bowing to pressure from "
                  "Western donors.")
    assert any(src == "MWI" and code == "080" for src, _, code in found)
    assert not any(code.startswith("03") for _, _, code in found)


def test_agreement_without_yield_stays_an_intent(nlp):
    found = coded("Malawi's government agreed on Friday to hold talks with Zambia.")
    assert any(src == "MWI" and code.startswith("03") for src, _, code in found)
