"""Coding: a threat made on a condition is aimed at the party whose act the condition names, also when the
threatened act's object is that party's countryless force ("them" = the warships sent), and when the
condition is split from its consequence by a set-off attribution ("If ..., he said, X would ...").
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_threat_against_the_conditioned_partys_forces_targets_that_party(nlp):
    assert ("CHN", "JPN", "138") in coded("If Japan sends warships into the strait, China will strike them.")
    assert ("KSV", "SRB", "138") in coded("If Serbia sends troops into northern Kosovo, Pristina will attack them.")
    found = coded("If Eritrea moves soldiers into the disputed town, Ethiopia will expel them.")
    assert ("ETH", "ERI", "137") in found
    assert ("ETH", None, "137") not in found


def test_would_under_a_set_off_attribution_is_a_reported_threat(nlp):
    assert ("CHN", "JPN", "138") in coded(
        "If Japan sends warships into the strait, he said, China would strike them.")
    assert ("EGY", "ETH", "138") in coded(
        "Egypt would bomb the dam, the spokesman said, if Ethiopia filled the reservoir.")


def test_narrated_hypothetical_without_attribution_stays_no_threat(nlp):
    assert not any(code[:2] == "13" for _, _, code in coded(
        "If Japan sent warships into the strait, China would probably strike them, analysts believe."))


def test_condition_set_off_before_the_attribution_names_the_target(nlp):
    assert ("SYR", "TUR", "138") in coded(
        "If Ankara moves tanks across the frontier, the Syrian defence minister said, Damascus would attack them.")
