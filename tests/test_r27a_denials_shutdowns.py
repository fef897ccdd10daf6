"""Denials aimed at whom the denied act hit, internet shutdowns named in other words, and signing named as
putting one's name to a deal. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize("text, expected", [
    ("Pakistan denied any role in the attack on Indian soldiers.", ("PAK", "IND", "016")),
    ("Rwanda denied involvement in the killing of Burundian refugees.", ("RWA", "BDI", "016")),
    ("Moscow denied meddling in the affairs of Armenia.", ("RUS", "ARM", "016")),
    ("The Kremlin denied interfering in the Moldovan election.", ("RUS", "MDA", "016")),
    ("Beijing denied interfering in the internal affairs of the Philippines.", ("CHN", "PHL", "016")),
    ("Hamas denied any part in the bombing of an Israeli bus.", ("PSE", "ISR", "016")),
])
def test_a_denial_naming_no_one_concerns_whom_the_denied_act_hit(nlp, text, expected):
    assert expected in factual(text)


def test_a_named_accuser_still_takes_the_denial(nlp):
    # the accuser, not the victims of the denied act, is whom the denial answers
    found = factual("Venezuela denied any role in the attack on Colombian soldiers, rejecting claims made by Bogota.")
    assert ("VEN", "COL", "016") in found


@pytest.mark.parametrize("text, expected", [
    ("Myanmar's junta suspended internet access across Rakhine state.", ("MMR", "MMR", "172")),
    ("Pakistan blocked internet connectivity in Balochistan ahead of the protests.", ("PAK", "PAK", "172")),
    ("The authorities in Tehran switched off the internet nationwide.", ("IRN", "IRN", "172")),
    ("Sudanese authorities imposed an internet blackout in Khartoum.", ("SDN", "SDN", "172")),
])
def test_internet_shutdowns_in_other_words_restrict_freedoms(nlp, text, expected):
    assert expected in factual(text)


def test_putting_names_to_a_treaty_is_signing_it(nlp):
    found = factual("The foreign ministers of Armenia and Azerbaijan put their names to a peace treaty in Washington.")
    assert ("ARM", "AZE", "057") in found and ("AZE", "ARM", "057") in found
    found = factual("Kenya's president put his name to a defence pact with Britain.")
    assert ("KEN", "GBR", "057") in found


@pytest.mark.parametrize("text, kept", [
    ("Serbia expelled two Croatian diplomats, defying warnings from the European Union.", ("SRB", "HRV", "161")),
    ("Brushing aside objections from Washington, Ankara bought a Russian missile system.", ("TUR", "RUS", "061")),
])
def test_defiance_told_as_a_participle_is_no_rejection_of_its_own(nlp, text, kept):
    found = factual(text, root=True)
    assert (kept[0], kept[1], kept[2][:2]) in found
    assert not any(code == "12" for _, _, code in found)


def test_defiance_as_the_main_act_stays_a_rejection(nlp):
    assert ("RUS", "UKR", "12") in factual("The Kremlin brushed aside Kyiv's call for a summit.", root=True)
    assert ("IRN", "IGO", "12") in factual("Iran ignored warnings from the IAEA.", root=True)
