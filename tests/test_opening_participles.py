"""Coding: an opening participle clause ("Ignoring appeals from the UN, ...", "Rejecting pleas from the
African Union, ...") neither takes the subject after it (parse repair) nor lends its parties to the main act
as its target. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def factual(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_the_subject_after_an_opening_participle_is_the_main_verbs_doer():
    found = factual("Rejecting pleas from the African Union, Sudan's army bombed El Fasher on Sunday.")
    assert ("SDN", "SDN", "19") in found, found
    found = factual("Dismissing criticism from Moscow, Estonia's parliament expelled the Russian ambassador.")
    assert ("EST", "RUS", "16") in found, found


def test_whom_a_defying_participle_ignores_is_not_the_acts_target():
    for text in ("Rejecting calls from the United Nations, Israel's army stormed the hospital.",
                 "Ignoring appeals from the United Nations, Russian warplanes bombed the town on Tuesday.",
                 "Brushing aside objections from the African Union, Sudanese troops shelled the camp."):
        found = factual(text)
        assert not any(target in ("IGO", "USA") and root in ("15", "19") for _, target, root in found), (text, found)
