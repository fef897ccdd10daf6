"""Clauses told beside the news (a description of a noun, an "as" or "whenever" clause) name no
target for the article's other party to fill. Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-05-12") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date=date) if m.is_factual}


ARTICLE = "Venezuelan troops fired on a Guyanese patrol boat on the Cuyuni river on Monday.\n\n"


def test_a_whenever_clause_is_not_aimed_at_the_articles_other_party(nlp):
    got = triples(ARTICLE + "Georgetown said it was ready for talks whenever Caracas agreed.")
    assert ("VEN", "GUY", "03") not in got


def test_an_as_clause_allegation_is_not_aimed_at_the_articles_other_party(nlp):
    got = triples(ARTICLE + "Venezuela's defence minister denied that his troops had fired on the boat, as "
                  "Guyanese officials had alleged.")
    assert ("GUY", "VEN", "11") not in got
    assert ("VEN", "GUY", "01") in got


def test_a_main_clause_act_still_takes_the_articles_other_party(nlp):
    got = triples(ARTICLE + "The Guyanese government condemned the attack and demanded an apology.")
    assert ("GUY", "VEN", "11") in got


def test_a_warning_that_forecasts_hardship_threatens_no_one(nlp):
    assert not any(code == "13" for _, _, code in triples("Dominican poultry producers warned of heavy losses."))
    assert not any(code == "13" for _, _, code in triples(
        "Serbian car manufacturers warned that parts deliveries would run short by Friday."))
    assert not any(code == "13" for _, _, code in triples(
        "Spanish ceramics makers warned that hundreds of jobs were at risk."))


def test_a_warning_addressed_to_a_party_or_promising_a_response_is_still_a_threat(nlp):
    assert ("IRN", "ISR", "13") in triples("Iran warned Israel of heavy losses if it attacked.")
    assert ("RUS", "POL", "13") in triples("Russia warned that it would respond to any attack by Poland.")
