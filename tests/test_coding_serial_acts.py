"""Coding: several acts of one kind in one sentence — an appeal or demand with coordinated
complements is one appeal or demand to its addressee (one trigger, one act of its root), while an
invitation or a finite verb coordinated by the parser is not coded twice either. Sentences are our own."""

from __future__ import annotations

from collections import Counter

from detente.pipeline import code_text


def counted(text: str) -> Counter:
    return Counter((m.source.country, m.target.country if m.target else None, m.root_code)
                   for m in code_text(text, date="2025-06-01") if m.is_factual)


def test_coordinated_requests_make_one_appeal(nlp):
    got = counted("Kenya urged Uganda to close the border and to release the prisoners.")
    assert got[("KEN", "UGA", "02")] == 1
    # the requested release did not happen
    assert got[("UGA", "UGA", "08")] == 0


def test_coordinated_demands_in_a_that_clause_make_one_demand(nlp):
    got = counted("The African Union demanded that Rwanda withdraw its troops from Goma and pay compensation "
                  "to the victims.")
    assert got[("IGO", "RWA", "10")] == 1


def test_each_coordinated_pledge_is_intent(nlp):
    got = counted("Japan agreed to finance the rebuilding of a Sri Lankan port and to train Sri Lankan naval officers.")
    assert got[("JPN", "LKA", "03")] == 2


def test_a_finite_verb_after_the_request_keeps_its_own_act(nlp):
    got = counted("The Arab League urged Sudan and Chad to exercise restraint and offered to mediate "
                  "between them.")
    assert got[("IGO", "SDN", "02")] == 1
    assert got[("IGO", "SDN", "03")] == 1
