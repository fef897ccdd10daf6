"""Coercion and assault whose victims are described rather than named: ships of every trade and the
flag or firm they belong to, people held in custody (an act when they are taken or kept by someone,
their state when a participle only describes them). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_capturing_a_flagged_merchant_ship_is_a_seizure_from_its_flag_state(nlp):
    found = factual("Somali pirates captured a Panamanian-flagged bulk carrier in the Gulf of Aden on Sunday.")
    assert any(t == "PAN" and c == "1711" for _, t, c in found)


def test_sinking_a_flagged_carrier_is_an_attack_on_its_flag_state(nlp):
    found = factual("Houthi fighters sank a Maltese-flagged car carrier in the Red Sea on Monday.")
    assert any(s == "YEM" and t == "MLT" and c == "190" for s, t, c in found)


def test_blocking_supply_boats_is_a_blockade_of_their_country(nlp):
    found = factual("Chinese coast guard ships blocked three Vietnamese supply boats near a reef on Friday.")
    assert ("CHN", "VNM", "191") in found


def test_a_vessel_hired_by_a_foreign_firm_belongs_to_the_firm(nlp):
    found = factual("Two Turkish frigates blocked a drillship hired by the French energy group TotalEnergies.")
    assert any(s == "TUR" and t == "FRA" and c == "191" for s, t, c in found)


def test_people_held_by_soldiers_are_detained(nlp):
    found = factual("Four Syrian farmers were held for two days by Israeli troops near Quneitra.")
    assert ("ISR", "SYR", "173") in found


def test_migrants_intercepted_at_sea_are_detained(nlp):
    found = factual("Tunisia's coast guard intercepted 90 Guinean migrants off Sfax on Thursday.")
    assert ("TUN", "GIN", "173") in found


def test_people_held_as_human_shields(nlp):
    found = factual("Iraqi forces are holding dozens of Kuwaiti engineers at an oil field as human shields.")
    assert ("IRQ", "KWT", "184") in found


def test_captives_a_participle_describes_are_no_new_detention(nlp):
    found = factual("Kenya demanded the release of six Kenyan lorry drivers held by police in Kismayo.")
    assert not any(c == "173" for _, _, c in found)


def test_holding_talks_is_no_detention(nlp):
    assert not any(c.startswith("17") for _, _, c in factual("Egypt held talks with Sudanese officials in Cairo."))


def test_police_arresting_people_at_home_arrest_their_own_country(nlp):
    found = factual("Kenyan traders were attacked by a mob in Kampala on Monday. Ugandan police arrested "
                    "12 members of the mob on Tuesday and charged them with assault.")
    assert ("UGA", "UGA", "173") in found


def test_police_acting_abroad_are_not_placed_at_home(nlp):
    found = factual("Kenyan traders were attacked by a mob on Monday. Ugandan police arrested 12 members "
                    "of the mob in Nairobi on Tuesday.")
    assert ("UGA", "UGA", "173") not in found
