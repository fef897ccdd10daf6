"""Coding: warnings that threaten no one are no 13x: "warning shots" the parser read as the verb "warn", a
notice to shipping ("a navigational warning"), and a forecast that funding shortfalls will force cuts; a warning
to a state stays a threat. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_warning_shots_are_no_warning(nlp):
    found = coded("Turkey's ambassador was summoned by the Greek foreign ministry over warning shots fired near "
                  "Greek fishermen off Lesbos.")
    assert ("GRC", "TUR", "11") in found
    assert not any(code == "13" for _, _, code in found)


def test_navigational_warning_is_no_threat(nlp):
    assert not any(code == "13" for _, _, code in coded(
        "Greek warships shadowed a Turkish survey ship after Ankara issued a navigational warning for the area."))
    assert ("TUR", "GRC", "13") in coded("Turkey issued a warning to Greece over the drilling.")


def test_shortfall_forecast_is_no_threat(nlp):
    assert not any(code == "13" for _, _, code in coded(
        "The World Food Programme warned that funding shortfalls would force it to halve rations in Sudan."))
