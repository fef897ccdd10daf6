"""False positives with a general cause: what a contact "discussed" right after it is told, and
background told as a record. Sentences and articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-05-12") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date=date) if m.is_factual}


def test_what_the_two_leaders_discussed_elaborates_their_call(nlp):
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by telephone on Monday. "
            "The two leaders discussed fuel transit and the Malaba border post, Ruto's office said.")
    mentions = [m for m in code_text(text, date="2026-05-12") if m.is_factual]
    assert any(m.sentence_index == 0 and m.root_code == "04" for m in mentions)
    assert not [m for m in mentions if m.sentence_index == 1 and m.root_code == "04"]


def test_a_discussion_with_named_parties_is_still_coded(nlp):
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by telephone on Monday. "
            "Ruto discussed fuel transit with Tanzanian President Samia Suluhu Hassan on Tuesday.")
    mentions = [m for m in code_text(text, date="2026-05-12") if m.is_factual and m.sentence_index == 1]
    assert any(m.source.country == "KEN" and m.target and m.target.country == "TZA" and m.root_code == "04"
               for m in mentions)
