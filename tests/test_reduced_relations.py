"""Relations reduced and talks refused: envoys called home, official contacts suspended, talks called
off alongside another step, trade stopped, and talks stayed away from (even on a condition).

Our own sentences (not taken from any gold or dev set); is_factual keeps modality in the assertion.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2024-04-01"

CASES = [
    # "called home its envoy": the parser may read the envoy as the verb's predicate, not a name given
    ("Peru called home its ambassador from Caracas on Tuesday.", ("PER", "VEN", "161")),
    # a diplomat who works for a body is the body's: expelling them reduces relations with it
    ("Mali expelled a diplomat who works for the European Union on Friday.", ("MLI", "IGO", "161")),
    # official contacts suspended are diplomatic relations reduced (161)
    ("Spain suspended ministerial contacts with Morocco on Monday.", ("ESP", "MAR", "161")),
    # a second reducing act joined to the first, naming no partner, is aimed at the same state
    ("Spain suspended ministerial contacts with Morocco on Monday and called off talks on fishing.",
     ("ESP", "MAR", "160")),
    # stopping purchases from a state is a boycott of it (163)
    ("China stopped buying Australian coal last month.", ("CHN", "AUS", "163")),
    # an economic blockade cuts off trade: an embargo (163), where a naval one stays a blockade (191)
    ("Kenya and Uganda imposed an economic blockade on Rwanda on Wednesday.", ("KEN", "RWA", "163")),
    ("Israel imposed a naval blockade on Lebanon on Monday.", ("ISR", "LBN", "191")),
    # staying away from talks refuses them (125), and a condition set for talks is no threat
    ("Turkey stayed away from the summit with Greece on Friday.", ("TUR", "GRC", "125")),
    ("Hamas will stay away from any talks with Israel unless the siege is lifted.", ("PSE", "ISR", "125")),
    # an envoy summoned or ordered home is recalled (161), not another side's envoy summoned (114)
    ("Canada, Norway and Japan summoned their ambassadors home from Nicaragua on Friday.", ("NOR", "NIC", "161")),
    ("Chile ordered its ambassador in Lima home on Sunday.", ("CHL", "PER", "161")),
    # walking out of an agency leaves it (160), and so does leaving a court
    ("Burundi walked out of the International Organization for Migration on Monday.", ("BDI", "IGO", "160")),
    ("The governments of Hungary, Poland and Slovakia said on Friday they were leaving the International "
     "Criminal Court.", ("SVK", "IGO", "160")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_reducing_acts_are_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_an_envoy_called_in_for_a_meeting_is_no_appeal(nlp):
    assert not any(code.startswith("02") for _, _, code in
                   _triples("Zambia protested after its minister called the Congolese envoy in for a meeting."))


def test_a_conditional_rejection_of_a_deal_stays_a_threat(nlp):
    assert ("PSE", "ISR", "125") not in _triples("Hamas will reject any deal with Israel unless the siege is lifted.")
