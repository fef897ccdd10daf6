"""Yielding acts (CAMEO 08) a leader or group orders of its own people, and releases that are no yield.

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

from detente.pipeline import code_text

DATE = "2025-06-01"


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


def test_an_armed_group_ordering_its_own_fighters_makes_the_truce_itself(nlp):
    got = _triples("The Karen National Union ordered its fighters to observe a truce with the Myanmar army.")
    assert any(code == "0871" and target == "MMR" for _, target, code in got), got
    assert not any(code.startswith("10") for _, _, code in got), got


def test_ordering_another_party_to_observe_a_truce_stays_a_demand(nlp):
    got = _triples("The Security Council ordered Ethiopia to observe a truce with Eritrea.")
    assert not any(code == "0871" for _, _, code in got), got


def test_a_leader_ordering_a_ceasefire_declares_it(nlp):
    got = _triples("President Petro ordered a unilateral ceasefire in Cauca on Sunday.")
    assert ("COL", "COL", "0871") in got, got


def test_a_poison_gas_released_is_a_chemical_attack_not_a_release(nlp):
    got = _triples("Syrian government forces released chlorine gas on Douma, activists said.")
    assert not any(code.startswith("084") for _, _, code in got), got
    assert ("SYR", "SYR", "2041") in got, got


def test_rebels_handing_their_own_weapons_to_monitors_disarm_before_their_state(nlp):
    got = _triples("RENAMO guerrillas handed their weapons to U.N. monitors in Mozambique on Monday.")
    assert ("MOZ", "MOZ", "0873") in got, got
    assert not any(code.startswith("07") or target == "IGO" for _, target, code in got), got


def test_arms_handed_to_an_army_with_its_possessive_stay_military_aid(nlp):
    got = _triples("Japan handed the Philippine navy its first patrol helicopters on Friday.")
    assert not any(code == "0873" for _, _, code in got), got
