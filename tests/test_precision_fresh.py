"""Coding precision on fresh wire copy: a verb's sense in context and who an order is given to.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_military_aid_suspended_in_protest_is_an_aid_cut_not_a_ceasefire(nlp):
    found = coded("India and Britain suspended military aid to Nepal in protest at the king's seizure of power.")
    assert ("IND", "NPL", "162") in found and ("GBR", "NPL", "162") in found
    assert not any(code.startswith("08") for _, _, code in found)
    assert ("USA", "COL", "162") in coded(
        "Washington suspended military assistance to Bogota in response to the killings.")
    # military operations and campaigns suspended still de-escalate
    assert any(code == "087" for _, _, code in coded("Israel suspended military operations in Gaza for 48 hours."))
    assert ("SDN", "SDN", "087") in coded(
        "The Sudanese army suspended its military campaign against the rebels in Darfur.")


def test_pressing_a_party_to_act_is_an_appeal(nlp):
    assert ("GBR", "ZWE", "020") in coded("Britain pressed Zimbabwe to hold free elections.")
    assert ("IGO", "SRB", "020") in coded("The European Union pressed Belgrade to arrest Ratko Mladic.")
    found = coded("Washington pressed Israel to allow more aid lorries into Gaza.")
    assert ("USA", "ISR", "0255") in found
    assert not any(code.startswith("10") for _, _, code in found)


def test_a_bare_order_to_ones_own_people_is_no_demand(nlp):
    assert not coded("President Donald Trump ordered the Pentagon to prepare for possible action in Venezuela.")
    assert not coded("The rebel commander ordered truck drivers to stay off the highway from Kenya.")
    # an order or instruction to another party stays a demand; one carrying a coded act is that act
    assert ("IRN", "GBR", "100") in coded("Iran told Britain to stop interfering in its affairs.")
    assert ("ISR", "PSE", "100") in coded("The Israeli army ordered residents of Gaza City to move south.")
    assert ("RUS", "RUS", "087") in coded("Yeltsin ordered the army to withdraw from Chechnya.")


def test_a_courts_order_to_appear_stays_a_demand(nlp):
    assert ("ARG", "ARG", "100") in coded("A federal judge ordered former president Carlos Menem to appear in court.")
    assert ("PER", "PER", "100") in coded("A Lima judge ordered former president Alberto Fujimori to return to court.")
