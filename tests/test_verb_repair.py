"""Parse repair: a clause verb the parser hung on its subject as a participle ("X's minister
offered on Monday to mediate ..."). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def test_offer_after_a_possessed_subject_is_the_clause_verb(nlp):
    got = events("Kenya's foreign minister offered on Tuesday to mediate between Ethiopia and Eritrea.")
    assert ("KEN", "ETH", "039", True) in got
    assert ("KEN", "ERI", "039", True) in got


def test_pledge_after_a_possessed_subject_is_the_clause_verb(nlp):
    got = events("Japan's prime minister pledged on Friday to send aid to the Philippines.")
    assert ("JPN", "PHL", "033", True) in got


def test_a_real_passive_participle_is_left_alone(nlp):
    doc = nlp("The aid offered by Japan to help the Philippines arrived on Friday.")
    offered = doc[2]
    assert offered.dep_ != "ROOT"
