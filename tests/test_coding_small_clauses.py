"""Coding: object predicates the tagger misreads ("holding more than 500 people hostage" tagged as
"people hostage" = a clause with a verb). Sentences are our own."""

from __future__ import annotations

from detente.coding import Coder
from detente.records import Article


def coded(nlp, text: str, date: str | None = "1996-03-01"):
    article = Article(id="t", paragraphs=[text], published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code)
            for m in Coder.default().code_doc(nlp(article.text), article) if m.is_factual]


def test_hostage_predicate_misread_as_a_verb_still_codes_hostage_taking(nlp):
    found = coded(nlp, "Chechen fighters were holding more than 500 people hostage in a school.")
    assert [c for _, _, c in found] == ["181"] and found[0][0] == "RUSREB"


def test_hostage_predicate_after_plain_object(nlp):
    found = coded(nlp, "Chechen fighters were holding 500 people hostage in a school.")
    assert [c for _, _, c in found] == ["181"]
