"""Foreign forces arriving abroad take up a deployment there (CAMEO 074), not a visit. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_foreign_troops_landing_take_up_a_deployment_not_a_visit():
    got = coded("The first 300 Egyptian soldiers landed in Mogadishu on Friday.")
    assert ("EGY", "SOM", "074") in got and not any(c.startswith("04") for _, _, c in got)
    got = coded("U.S. Marines arrived in Monrovia on Tuesday, the embassy said.")
    assert ("USA", "LBR", "074") in got and not any(c.startswith("04") for _, _, c in got)


def test_someone_flown_abroad_by_soldiers_is_no_deployment():
    got = coded("The deposed president was detained by soldiers at dawn and flown to Panama.")
    assert not any(c.startswith("07") for _, _, c in got)


def test_forces_on_a_mission_to_protect_help_the_place_they_enter():
    got = coded("Belgian paratroopers crossed into eastern Congo on Friday on a mission to protect civilians.")
    assert ("BEL", "COD", "074") in got
