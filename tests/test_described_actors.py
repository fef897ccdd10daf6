"""Actors told by a description rather than a name: rulers by the state they run ("the colonels now running
Madagascar"), groups by the state that leads them ("a coalition led by Saudi Arabia"),
armed men by whom they obey ("militiamen answering to the general", "fighters aligned with the
prime minister"), gunmen by the side an adjective gives them ("separatist gunmen"), and a side's units.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(text: str, date: str = "2026-01-15") -> set[tuple[str, str | None, str, bool]]:
    art = Article(id="t", paragraphs=[p for p in text.split("\n\n") if p.strip()], published=date)
    return {(m.source.code, m.target.country if m.target else None, m.event_code, m.negated or m.hypothetical)
            for c in code_articles([art]) for m in c.mentions}


# ---- rulers told by the state they rule (actors/described.py)

def test_colonels_running_a_state_are_its_government():
    got = coded("The colonels now running Madagascar lifted the night-time curfew in the capital on Friday.")
    assert any(s == "MDGGOV" and code.startswith("08") and not m for s, _, code, m in got)


def test_generals_who_rule_a_state_free_prisoners():
    got = coded("The generals who rule Myanmar freed 200 political prisoners on Tuesday, state television said.")
    assert ("MMRGOV", "MMR", "0841", False) in got


def test_men_who_run_a_state_reject_a_proposal_in_older_copy():
    got = coded("The men who run Syria rejected the U.N. proposal on Monday, diplomats said.", date="1996-03-04")
    assert ("SYRGOV", "IGO", "120", False) in got


def test_clerics_ruling_a_state_accuse_another():
    got = coded("The clerics ruling Iran accused Washington of plotting a coup.")
    assert ("IRNGOV", "USA", "112", False) in got


def test_rebels_who_control_a_region_stay_rebels():
    got = coded("Rebels who control the north attacked a police post near Bouake.")
    assert not any(s.endswith("GOV") for s, _, _, _ in got)


# ---- armed men told by whom they obey (coding/patrons.py)

def test_fighters_aligned_with_a_named_premier_are_his():
    got = coded("Fighters aligned with Prime Minister Abdul Hamid Dbeibah stormed a militia base in Tripoli.")
    assert any(s == "LBYGOV" and code.startswith("19") and not m for s, _, code, m in got)


def test_rebels_allied_to_a_government_are_its_proxies():
    got = coded("Rebels allied to the Rwandan government shelled Congolese army positions near Goma.")
    assert ("RWAGOV", "COD", "194", False) in got


def test_fighters_under_the_command_of_a_leader_are_his():
    got = coded("Fighters under the command of Riek Machar attacked a South Sudanese army base in Nasir.")
    assert ("SSDOPP", "SSD", "190", False) in got  # the opposition leader's, not an unknown band


def test_a_state_allied_with_another_stays_itself():
    got = coded("Gulf states allied with Washington condemned the attack on the tanker.")
    assert not any(s.startswith("USA") for s, _, _, _ in got)


# ---- gunmen a side's adjective ties to a side (coding/violence.py)

def test_islamist_gunmen_are_placed_like_rebels():
    got = coded("Islamist gunmen killed 30 villagers near Medea in Algeria overnight, security sources said.",
                date="1997-09-23")
    assert any(s == "DZAREB" and t == "DZA" and code.startswith("20") for s, t, code, _ in got)


def test_separatist_gunmen_kill_policemen():
    got = coded("Separatist gunmen shot dead four policemen in Cameroon's Northwest region on Sunday.")
    assert any(s == "CMRREB" and t == "CMR" and code.startswith(("18", "19")) for s, t, code, _ in got)


def test_bare_gunmen_stay_unaffiliated():
    got = coded("Gunmen killed 12 villagers in Nigeria's Zamfara state on Tuesday, police said.")
    assert not any(code.startswith(("18", "19", "20")) for _, _, code, _ in got)


# ---- a side's units (data/actors/agents_extra.tsv)

def test_rebel_units_ambush_a_convoy():
    got = coded("Rebel units ambushed an army convoy near Bunia in eastern Congo on Monday.")
    assert any(s == "CODREB" and code.startswith("19") for s, _, code, _ in got)



# ---- a multinational group told by the state that leads it (actors/described.led_by)

def test_a_coalition_led_by_a_state_is_that_state():
    assert ("SAU", "YEM", "190", False) in coded("A coalition led by Saudi Arabia struck Houthi positions near Sanaa.")


def test_a_force_whose_members_are_led_by_a_state_is_that_state():
    got = coded("A European force of some 2,000 soldiers, led by France, arrived in Bangui to protect civilians.")
    assert ("FRA", "CAF", "074", False) in got
    got = coded("A force of 500 police officers led by Kenya arrived in Port-au-Prince.")
    assert ("KEN", "HTI", "074", False) in got
