"""Irregular armed bands named by what they are ("war veterans", "vigilantes", "irregulars") act for the
country they act in. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

pytestmark = pytest.mark.slow


def facts(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


@pytest.mark.parametrize("text, expected", [
    ("HARARE - Self-styled war veterans abducted a white farmer near Marondera, police said.", ("ZWE", "ZWE", "181")),
    ("Vigilantes burned down a mosque in a village near Kaduna, Nigerian police said.", ("NGA", "NGA", "1712")),
    ("Pro-government irregulars shelled a town in Sudan's North Darfur on Monday.", ("SDN", "SDN", "194")),
    ("Gang members kidnapped a bus driver in Port-au-Prince, Haitian police said.", ("HTI", "HTI", "181")),
])
def test_irregular_bands_act_for_the_country_they_act_in(text, expected):
    assert expected in facts(text)

