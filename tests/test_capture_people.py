"""Capture of people: leaders and civilians taken by armed bands or by state forces (CAMEO 181 / 1711)."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2025-06-01") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_rebels_capturing_a_president_abduct_him():
    assert ("LBR", "LBR", "181") in events("Liberian rebels captured President Samuel Doe on Sunday.")


def test_passive_capture_of_civilians_by_militants():
    got = events("Two Italian engineers were captured by Nigerian militants on Monday.")
    assert ("NGA", "ITA", "181") in got


def test_rebels_loyal_to_a_leader_still_abduct():
    # the band is coded as its patron's, yet what it does is an armed group's hostage-taking
    got = events("Liberian President Samuel Doe was captured by rebels loyal to Prince Johnson on Sunday.")
    assert ("LBR", "LBR", "181") in got


def test_state_forces_capturing_a_rebel_leader_detain_him():
    got = events("Colombian troops captured a senior FARC commander in the jungle on Monday.")
    assert ("COL", "COL", "1711") in got


def test_capturing_a_mood_is_no_event():
    assert events("The president captured the mood of the nation in his speech.") == set()


def test_gunmen_loyal_to_a_minister_abduct_rather_than_arrest():
    # coded as the minister's government, the gunmen still take hostages: the state would arrest (173)
    got = events("Gunmen loyal to the Somali interior minister seized two Kenyan aid workers in Mogadishu on Monday.")
    assert ("SOM", "KEN", "181") in got
