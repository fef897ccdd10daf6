"""Acts told in an adverbial clause ("hours before", "after", "now that", "since") with their own subject:
news of the day when the clause keeps the story's time, background when it reaches back. Sentences are
our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-03-10") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_act_hours_before_the_main_act_is_coded(nlp):
    found = triples("Lima recalled its envoy from Quito on Tuesday, hours before Ecuador expelled two "
                    "Peruvian diplomats.")
    assert ("PER", "ECU", "161") in {(s, t, c[:3]) for s, t, c in found}
    assert ("ECU", "PER", "161") in {(s, t, c[:3]) for s, t, c in found}


def test_act_in_a_now_that_clause_is_coded(nlp):
    found = triples("Armenia reopened its embassy in Baku now that Azerbaijan had freed the four Armenian "
                    "soldiers.")
    assert any(s == "AZE" and c.startswith("08") for s, _, c in found)


def test_act_in_a_since_clause_dated_to_this_week_is_news(nlp):
    found = triples("The two capitals have not spoken since Ghana expelled three Togolese diplomats on Monday.")
    assert ("GHA", "TGO", "161") in found


def test_act_in_an_undated_since_clause_stays_background(nlp):
    found = triples("It was the first border clash since Ghana expelled three Togolese diplomats.")
    assert not any(s == "GHA" and c == "161" for s, _, c in found)


def test_act_in_a_since_clause_dated_years_ago_stays_background(nlp):
    found = triples("Ties have been frozen since Ghana expelled three Togolese diplomats in 2019.")
    assert ("GHA", "TGO", "161") not in found
