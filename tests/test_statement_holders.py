"""Coding: who holds a statement and whether it was made — "his country was ready to ..." is the official's
state; a call made "to offer condolences" gave them; a "saying his country was ready to ..." participle restates
its head's offer. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return list((m.source.country, m.target.country if m.target else None, m.event_code)
                  for m in code_text(text, date="2025-06-01") if m.is_factual)


def test_his_country_is_the_officials_state(nlp):
    assert ("GHA", "TGO", "036") in coded(
        "Ghana's president said his country was ready to negotiate with Togo over the fishing grounds.")
    assert ("PER", "CHL", "036") in coded(
        "Peru's foreign minister said his nation was willing to meet Chile's leaders at any time.")


def test_call_made_to_offer_condolences_gave_them(nlp):
    found = coded("Spain's prime minister telephoned Morocco's king on Friday to offer condolences over the floods.")
    assert ("ESP", "MAR", "018") in found
    # a journey "to offer condolences" is still only its aim
    assert not any(code == "018" for _, _, code in coded(
        "Kenya's president will travel to Kampala next week to offer condolences."))


def test_saying_participle_restates_the_offer(nlp):
    text = ("Iran seized an Emirati tanker near Abu Musa on Sunday.\n\nKuwait's emir, Sheikh Mishal, offered on Monday "
            "to mediate between Tehran and Abu Dhabi, saying his country was ready to host talks in Kuwait City.")
    offers = [f for f in coded(text) if f[0] == "KWT"]
    assert sorted(offers) == [("KWT", "ARE", "039"), ("KWT", "IRN", "039")]
