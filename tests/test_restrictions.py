"""Emergency powers, entry bans, arms caches and control lists (coding/restrictions.py and lexicon rows).

"a state of siege" is emergency rule at home (1724), a siege laid on a city a blockade (191); foreign officials
kept out of a country are an entry ban on their state (163), people barred from office a sanction at home (172);
arms depots taken over by a state's forces are confiscated (1711); firms put on an export control list are
sanctioned (163).
Sentences are our own.
"""

from __future__ import annotations

import pytest
from coding_cases import factual

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("President Arevalo put the country under a 30-day state of siege after gang attacks on police.",
     ("GTM", "GTM", "1724")),
    ("Honduras's government placed four northern provinces under a state of siege on Sunday.",
     ("HND", "HND", "1724")),
    ("Bolivia's president imposed a state of siege on La Paz after a week of riots.", ("BOL", "BOL", "1724")),
    ("Ecuador's president decreed a state of emergency in five coastal provinces.", ("ECU", "ECU", "1724")),
])
def test_a_state_of_siege_or_emergency_is_emergency_rule(nlp, text, expected):
    assert expected in factual(text)


def test_a_siege_laid_on_a_city_stays_a_blockade(nlp):
    found = factual("Serbian forces put Sarajevo under siege in April 1992.")
    assert all(c != "1724" for _, _, c in found)


@pytest.mark.parametrize("text, expected", [
    ("The United States barred the Cuban president and two senior officials from entering the country.",
     ("USA", "CUB", "163")),
    ("Estonia barred eleven Georgian officials from entering its territory on Monday.", ("EST", "GEO", "163")),
    ("Britain banned two Israeli ministers from entering the country.", ("GBR", "ISR", "163")),
    ("Moscow barred nine British officials from entering Russia.", ("RUS", "GBR", "163")),
])
def test_foreign_officials_kept_out_of_a_country_are_an_entry_ban(nlp, text, expected):
    assert expected in factual(text)


def test_a_leader_barred_from_office_is_a_sanction_at_home(nlp):
    found = factual("A Caracas court barred opposition leader Maria Corina Machado from holding office for 15 "
                    "years.")
    assert ("VEN", "VEN", "172") in found


@pytest.mark.parametrize("text, expected", [
    ("Lebanese troops took over a Hezbollah weapons depot near Tyre on Tuesday.", ("LBN", "LBN", "1711")),
    ("Iraqi police took over an arms cache belonging to a Shiite militia in Basra.", ("IRQ", "IRQ", "1711")),
])
def test_arms_depots_taken_over_are_confiscated(nlp, text, expected):
    assert expected in factual(text)


def test_a_town_taken_over_stays_an_occupation(nlp):
    assert ("COD", "COD", "192") in factual("The rebels took over the Congolese town of Goma on Sunday.")


def test_firms_put_on_an_export_control_list_are_sanctioned(nlp):
    found = factual("China placed two German defence companies on its export control list.")
    assert ("CHN", "DEU", "163") in found
