"""Army columns are armed bodies; armour moved towards a frontier is a build-up (CAMEO 154).

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _events(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=DATE)}


def test_army_columns_pouring_into_a_region_are_armed_forces(nlp):
    got = _events("Ethiopian army columns poured into Tigray on Saturday.")
    assert ("ETH", "ETH", "192", True) in got, got


def test_armour_moved_to_a_frontier_is_a_build_up(nlp):
    got = _events("Azerbaijan moved armoured vehicles and rocket launchers to the Armenian border on Monday.")
    assert ("AZE", "ARM", "154", True) in got, got


def test_armoured_cash_vans_moved_to_a_city_are_no_build_up(nlp):
    got = _events("The security company moved armoured cars to Johannesburg to carry cash.")
    assert not any(code.startswith("15") for _, _, code, _ in got), got
