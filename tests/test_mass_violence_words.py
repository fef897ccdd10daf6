"""Mass violence and abduction as the news words them: shooting civilians by the hundred, expulsions that a
phrase names ethnic cleansing (203), leaders seized by armed groups or foreign armies (181)."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # armed men shooting civilians by the hundred: a massacre, dead or not
    ("Sudanese militiamen shot hundreds of civilians as they swept through Geneina, a relief agency said.",
     ("SDN", "SDN", "202"), ("SDN", "SDN", "190")),
    # one person shot, or aircraft shot down, stays a shooting
    ("Nigerian police shot a fleeing suspect in Lagos on Monday.", ("NGA", "NGA", "190"), ("NGA", "NGA", "202")),
])
def test_shooting_civilians_by_the_hundred_is_mass_killing(nlp, text, expected, absent):
    found = factual(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbian police drove thousands of ethnic Albanians from their homes in what rights groups called ethnic "
     "cleansing.", ("SRB", "SRB", "203")),
    ("Burmese troops have driven Rohingya villagers out of their homes and torched their hamlets in a campaign "
     "of ethnic cleansing, the U.N. envoy said.", ("MMR", "MMR", "203")),
])
def test_expulsion_named_ethnic_cleansing(nlp, text, expected):
    assert expected in factual(text)


@pytest.mark.parametrize("text", [
    # another clause's charge of ethnic cleansing does not make the expulsion one
    "Hungary expelled 300 Serbian migrants on Monday and Serbia accused it of ethnic cleansing.",
    # a storm drives no one out by force
    "A storm drove Bangladeshi farmers off their land in what amounts to ethnic cleansing of the coast.",
])
def test_no_ethnic_cleansing_without_the_act(nlp, text):
    assert not any(code == "203" for _, _, code in factual(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwandan troops seized Congolese governor Jean Mutombo in Goma on Monday.", ("RWA", "COD", "181")),
    ("Malian jihadist gunmen seized the regional governor of Mopti on the road to Sevare.", ("MLI", "MLI", "181")),
])
def test_leader_seized_by_armed_group_or_foreign_army_is_abducted(nlp, text, expected):
    assert expected in factual(text)


def test_leader_seized_by_own_soldiers_is_no_abduction(nlp):
    found = factual("Sudanese soldiers seized Prime Minister Abdalla Hamdok at his home on Monday.")
    assert not any(code == "181" for _, _, code in found)
