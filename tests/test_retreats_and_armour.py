"""Armed forces abandoning a town retreat from it (CAMEO 0874); army columns are armed bodies; armour moved
towards a frontier is a build-up (154).

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _events(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=DATE)}


def test_troops_abandoning_a_named_city_retreat_from_it(nlp):
    got = _events("Russian troops abandoned Kherson on Friday as Ukrainian forces advanced.")
    assert ("RUS", "UKR", "0874", True) in got, got


def test_rebels_abandoning_a_town_retreat(nlp):
    got = _events("Rebel fighters abandoned Bunia overnight, residents said.")
    assert ("COD", "COD", "0874", True) in got, got


def test_a_minister_abandoning_a_city_is_no_retreat(nlp):
    got = _events("The Japanese foreign minister abandoned Seoul on Friday for talks in Beijing.")
    assert not any(code.startswith("087") for _, _, code, _ in got), got


def test_abandoning_a_plan_is_no_retreat(nlp):
    got = _events("The Indian army abandoned its plan to build a road near Ladakh.")
    assert not any(code.startswith("087") for _, _, code, _ in got), got


def test_army_columns_pouring_into_a_region_are_armed_forces(nlp):
    got = _events("Ethiopian army columns poured into Tigray on Saturday.")
    assert ("ETH", "ETH", "192", True) in got, got


def test_armour_moved_to_a_frontier_is_a_build_up(nlp):
    got = _events("Azerbaijan moved armoured vehicles and rocket launchers to the Armenian border on Monday.")
    assert ("AZE", "ARM", "154", True) in got, got


def test_armoured_cash_vans_moved_to_a_city_are_no_build_up(nlp):
    got = _events("The security company moved armoured cars to Johannesburg to carry cash.")
    assert not any(code.startswith("15") for _, _, code, _ in got), got
