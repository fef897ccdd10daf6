"""Coding: a response promised in a retaliatory manner ("in a mirror fashion", "decisively") or to another's act
still to come ("to any repetition") is a threat (13x); a response to questions or to goodwill is none. A threat made in the same sentence as a denial is no report the denier
answers. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_mirror_response_is_a_threat(nlp):
    found = coded("Moldova expelled a Russian diplomat on Monday.\n\n"
                  "The Russian foreign ministry said Moscow would respond \"in a mirror fashion\".")
    assert ("RUS", "MDA", "13") in found


def test_response_to_any_repetition_is_a_threat(nlp):
    assert ("AZE", "ARM", "13") in coded(
        "The Azerbaijani defence ministry said the army would respond to any repetition by Armenia.")


def test_response_to_questions_or_goodwill_is_no_threat(nlp):
    assert not any(code == "13" for _, _, code in coded(
        "Russia's foreign ministry said it would respond to any questions from Japan."))
    assert not any(code == "13" for _, _, code in coded(
        "Iran said it was ready to respond in kind to the goodwill gesture by Washington."))


def test_threat_beside_a_denial_leaves_the_denial_aimed_at_the_accuser(nlp):
    found = coded("Georgia expelled a Russian diplomat on Monday, accusing him of spying.\n\n"
                  "The Russian foreign ministry said Moscow would respond in a mirror fashion and rejected "
                  "the accusation against the diplomat.")
    assert ("RUS", "GEO", "13") in found
    assert ("RUS", "RUS", "01") not in found
