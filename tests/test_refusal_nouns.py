"""Refusals and rejections stated as nouns with a possessor doer are the possessor's act, coded like the
verb ("Serbia's refusal to ..." like "Serbia refused to ..."); a refusal that would come, or that another
verb only refers to, is no refusal reported. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_text

OLD = "1999-03-02"


def test_refusal_with_an_infinitive_is_the_refused_act(nlp):
    assert ("IRQ", "IGO", "1245") in factual(
        "Iraq's refusal to let UN weapons inspectors into the presidential palaces deepened the crisis.", OLD)
    assert ("ISR", "PSE", "1243") in factual(
        "Israel's refusal to release Palestinian prisoners held up the talks on Tuesday.", OLD)


def test_rejection_of_an_object_is_coded_like_the_verb(nlp):
    assert ("BIH", "IGO", "127") in factual(
        "The Bosnian Serbs' rejection of the UN peace plan drew sharp criticism.", OLD)
    assert ("PRK", "KOR", "125") in factual(
        "North Korea's rejection of talks with South Korea dismayed Washington.", OLD)


def test_refusal_restated_by_a_support_verb_is_the_subjects(nlp):
    assert ("BIH", "IGO", "127") in factual(
        "The Bosnian Serb assembly on Friday announced its rejection of the UN peace plan.", OLD)


def test_refusal_that_would_come_or_is_only_referred_to_is_none(nlp):
    assert not [e for e in factual("Belgrade's refusal to hand Milosevic over to the UN tribunal would "
                                   "isolate Serbia further.", OLD, root=True) if e[2] == "12"]
    assert not [e for e in factual("Croatia ended its refusal to let UN inspectors into the camps.", OLD,
                                   root=True) if e[2] == "12"]
    assert not [e for e in factual("Washington criticised Iraq's refusal to let UN inspectors into the "
                                   "palaces.", OLD, root=True) if e[2] == "12" and e[0] == "IRQ"]


def test_refusal_dated_earlier_is_background(nlp):
    found = [m for m in code_text(
        "Iran's refusal last year to allow UN inspectors into the site angered the agency.", date="2026-03-10")
        if m.event_code == "1245"]
    assert found and all(m.date < "2026-01" for m in found)
