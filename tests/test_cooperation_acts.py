"""Meetings, visits and other cooperation as wire copy states them (CAMEO 03, 04, 07, 08).

Our own sentences (not taken from any gold or dev set): delegations, negotiators or envoys "from"
a list of parties stand for every party listed, so talks they hold are coded among those parties
(not with the city the talks were held in). A state letting foreign inspectors in admits them (0862).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    # "delegations from A and B held talks": A with B, both ways
    ("Delegations from Ethiopia and Eritrea held talks in Algiers on Monday.", ("ETH", "ERI", "046")),
    ("Delegations from Ethiopia and Eritrea held talks in Algiers on Monday.", ("ERI", "ETH", "046")),
    ("Envoys from Serbia and Kosovo met in Brussels on Thursday.", ("SRB", "KSV", "040")),
    ("Envoys from Serbia and Kosovo met in Brussels on Thursday.", ("KSV", "SRB", "040")),
    # letting inspectors in: the state admits the inspectors' body
    ("Syria let UN inspectors into the Barzeh research centre on Monday.", ("SYR", "IGO", "0862")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{c[0][:40]}-{c[1][0]}" for c in CASES])
def test_cooperation_is_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_talks_venue_is_no_party(nlp):
    got = _triples("Delegations from Ethiopia and Eritrea held talks in Algiers on Monday.")
    assert not any("DZA" in (src, tgt) for src, tgt, _ in got)


def test_a_single_party_named_in_the_phrase_adds_no_guess(nlp):
    got = _triples("He called on the leaders of the three Sahel states to resume talks with the bloc.")
    assert not any(code.startswith("02") for _, _, code in got)

