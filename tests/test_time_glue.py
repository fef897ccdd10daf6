"""Parse repair: a noun glued onto a following "hours after" time count ("a truce hours after ...").
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def test_truce_before_hours_after_is_the_object_of_the_verb(nlp):
    doc = nlp("Ethiopia announced a truce hours before Eritrean troops withdrew from the border town.")
    assert doc[3].dep_ == "dobj" and doc[3].head.lemma_ == "announce"
    assert doc[8].dep_ == "advcl"
    assert ("ETH", "ERI", "0871", True) in events(doc.text)


def test_declared_truce_and_the_halt_before_it_are_both_coded(nlp):
    got = events("Hamas declared a one-week truce hours after Israel halted its offensive in Gaza.")
    assert ("PSE", "ISR", "0871", True) in got
    assert any(s == "ISR" and c.startswith("08") for s, _, c, _ in got)


def test_object_read_as_a_modifier_of_days_takes_its_role(nlp):
    doc = nlp("Moscow imposed a curfew days after protesters stormed the parliament.")
    curfew, days = doc[3], doc[4]
    assert curfew.dep_ == "dobj" and curfew.head.lemma_ == "impose"
    assert days.dep_ == "npadvmod"
    assert ("RUS", "RUS", "1723", True) in events(doc.text)


def test_a_plain_time_phrase_is_left_alone(nlp):
    doc = nlp("Armenia recalled its ambassador days after Azerbaijan expelled two Armenian diplomats.")
    assert doc[3].dep_ == "dobj"
    got = events(doc.text)
    assert ("AZE", "ARM", "161", True) in got
