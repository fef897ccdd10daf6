"""Coding: acts that are no political event: bouts between athletes, the purpose of a response, and a wish
about how a process goes. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code[:2], m.is_factual)
            for m in code_text(text, date="2025-06-01")]


def test_kickboxers_trading_blows_fight_nobody():
    assert coded("Thai and Cambodian kickboxers traded blows for three rounds in Phnom Penh on Saturday.") == []


def test_wrestlers_clashing_is_sport():
    assert coded("Iranian and Iraqi wrestlers clashed in Tehran on Friday.") == []


def test_troops_trading_fire_still_fight():
    got = coded("Indian and Pakistani troops traded fire for three rounds along the Line of Control.")
    assert ("IND", "PAK", "19", True) in got and ("PAK", "IND", "19", True) in got


def test_purpose_of_a_response_is_no_act():
    got = coded("Cambodian troops shelled Thai positions near the temple on Monday.\n\n"
                "A Thai army spokesman said Thai guns had responded only to protect the soldiers on the ground.")
    assert not any(root == "07" and factual for _, _, root, factual in got)


def test_acting_to_protect_states_an_aim():
    got = coded("NATO acted to protect Libyan civilians in Benghazi.")
    assert all(not factual for _, _, _, factual in got)


def test_wanting_talks_to_resume_appeals_to_nobody():
    got = coded("Armenian Prime Minister Nikol Pashinyan spoke with Azerbaijani President Ilham Aliyev by phone "
                "on Tuesday.\n\nPashinyan wants the talks to resume next month.")
    assert not any(root in ("02", "03") for _, _, root, _ in got)


def test_wanting_a_state_to_act_is_still_an_appeal():
    got = coded("Russia wants Ukraine to withdraw its troops from the Kursk region.")
    assert ("RUS", "UKR", "02", True) in got


def test_shooting_that_kills_a_leader_is_one_assassination():
    got = coded("A soldier opened fire on the Burundian president as he left the palace in Bujumbura, "
                "killing the president.")
    assert [(s, t, r) for s, t, r, factual in got if factual] == [("BDI", "BDI", "18")]
