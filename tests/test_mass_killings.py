"""Mass killings and expulsions told in a reported clause, a "when" clause or an event noun counted by its
victims (CAMEO 202, 201); killings of few people or of fighters stay what they were."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    # a killing verb conjoined to a reported perfect is the armed men's deed, not the speaker's
    ("The group said RSF fighters had detained and shot dead more than 200 men in villages near Kernoi.",
     ("SDN", "SDN", "202")),
    ("Witnesses said Sudanese troops had rounded up and shot 30 villagers.", ("SDN", "SDN", "202")),
    ("The ministry said Russian forces had entered the town and executed 25 civilians.", ("RUS", "RUS", "202")),
])
def test_reported_conjoined_killing_keeps_the_clause_subject(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of people were killed on Friday when Uzbek soldiers shot into a crowd in Andijan.",
     ("UZB", "UZB", "202")),
    ("Dozens of villagers were killed when Ethiopian soldiers opened fire on a wedding party in Amhara.",
     ("ETH", "ETH", "202")),
])
def test_civilians_killed_when_armed_men_shot_is_mass_killing(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize("text", [
    # fighters killed, or a toll of shelling, is no massacre
    "Hundreds of rebels were killed when the Sudanese army shelled their positions.",
    "Two soldiers were killed when Malian rebels attacked an army post in northern Mali.",
])
def test_combat_toll_told_in_when_clause_stays_combat(nlp, text):
    assert not any(code == "202" for _, _, code in factual(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The killing of dozens of civilians by Ethiopian soldiers in Amhara drew international condemnation.",
     ("ETH", "ETH", "202")),
    ("The expulsion of more than 15,000 Masalit residents from villages around Geneina by RSF fighters "
     "amounted to ethnic cleansing, a U.N. mission said.", ("SDN", "SDN", "201")),
])
def test_counted_killing_or_expulsion_noun_is_mass_violence(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize("text", [
    "The killing of 40 soldiers by jihadists in an ambush shocked Burkina Faso.",
    "The killing of two farmers by Fulani herders in Benue drew protests.",
])
def test_killing_noun_of_few_or_of_fighters_is_no_mass_killing(nlp, text):
    assert not any(code == "202" for _, _, code in factual(text))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # armed men sweeping a town house by house pick out their victims: dozens killed is a massacre
    ("Congolese rebels went from house to house in Kiwanja, shooting dozens of young men.",
     ("COD", "COD", "202"), ("COD", "COD", "190")),
    ("Burmese soldiers went from house to house in the village, killing at least 30 men.",
     ("MMR", "MMR", "202"), ("MMR", "MMR", "190")),
    # two men shot is no massacre
    ("Ethiopian soldiers went door to door in the town and shot two men.", ("ETH", "ETH", "190"),
     ("ETH", "ETH", "202")),
])
def test_house_to_house_killing_of_dozens_is_mass_killing(nlp, text, expected, absent):
    found = factual(text)
    assert expected in found
    assert absent not in found
