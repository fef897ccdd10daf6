"""Lexicon rows: conditions and terms dismissed are rejections (12), visas refused are entry refused (12),
reservists moved or sent towards a border are a show of force (15). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_dismissed_condition_is_rejected_at_whoever_set_it(nlp):
    assert ("USA", "IRN", "12") in factual("Washington dismissed the Iranian terms on Friday.", root=True)


def test_visas_refused_to_experts_are_refused_entry(nlp):
    assert ("MMR", "IGO", "12") in factual("Myanmar's junta refused visas to U.N. aid experts.", root=True)


def test_reservists_moved_to_a_border_are_a_show_of_force(nlp):
    found = factual("Armenia sent 2,000 reservists to the border with Azerbaijan on Sunday.", root=True)
    assert ("ARM", "AZE", "15") in found
