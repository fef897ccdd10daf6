"""Coding: people a relative clause says were protesting (blocking a road, marching) are protesters; firing on
them is violent repression (175), not combat. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def codes(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual]


def test_firing_on_farm_workers_blocking_a_highway_is_repression():
    got = codes("Bolivian soldiers opened fire on coca farmers who were blocking a highway near Cochabamba on "
                "Tuesday, killing four of them.")
    assert ("BOL", "BOL", "175") in got
    assert not any(code.startswith("19") for _, _, code in got)


def test_armed_men_blocking_a_road_are_still_fought():
    got = codes("Nigerian troops opened fire on militants who were blocking the road to Maiduguri on Monday.")
    assert any(code.startswith("19") for _, _, code in got)
