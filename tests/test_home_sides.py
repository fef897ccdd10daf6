"""Which side an act belongs to in a two-state story: a bare "the army" long after the foreign one was named,
refusals and intents about a state's own politics, and strikes on a place the attacker's country claims but
the reporting state holds. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(text: str) -> set[tuple[str, str | None, str]]:
    art = Article(id="t", paragraphs=[p for p in text.split("\n\n") if p.strip()], published="2026-01-15")
    return {(m.source.code, m.target.country if m.target else None, m.event_code)
            for c in code_articles([art]) for m in c.mentions}


def test_bare_army_after_the_foreign_one_is_the_story_states():
    got = coded("Ethiopia accused Eritrea on Monday of arming Fano militiamen in the Amhara region.\n\n"
                "Eritrea's army said it had moved two brigades to the frontier.\n\n"
                "Ethiopian officials said Fano fighters had attacked a garrison near Gondar on Sunday.\n\n"
                "The army said it had repulsed the attack.")
    assert ("ETHMIL", "ETH", "190") in got
    assert not any(source == "ERIMIL" and code == "190" for source, _, code in got)


def test_bare_army_right_after_the_foreign_one_stays_foreign():
    got = coded("Ethiopia accused Eritrea on Monday of arming Fano militiamen in the Amhara region.\n\n"
                "Eritrea's army said on Tuesday it had moved two brigades to the frontier.\n\n"
                "The army said it had killed ten Ethiopian soldiers.")
    assert ("ERIMIL", "ETH", "190") in got


def test_bare_army_in_a_sudan_story():
    got = coded("Sudan's army-backed government accused neighbouring Chad on Wednesday of letting weapons reach "
                "the Rapid Support Forces across its territory.\n\n"
                "Chad's army said on Wednesday it had sent two battalions to the frontier.\n\n"
                "On the ground, RSF fighters attacked army positions around the town of Karnoi on Monday.\n\n"
                "The army said its troops had repelled the assault after several hours of fighting.")
    assert any(source == "SDNMIL" and code == "190" for source, _, code in got)
    assert not any(source == "TCDMIL" and code == "190" for source, _, code in got)


def test_refusals_and_intents_about_home_politics_are_domestic():
    got = coded("Armenia accused Azerbaijan of shelling border villages on Monday.\n\n"
                "Azerbaijan denied the charge.\n\n"
                "Armenian Prime Minister Nikol Pashinyan vowed to hold a referendum on a new constitution.\n\n"
                "Pashinyan said he would not call snap elections before the vote.")
    assert ("ARMGOV", "ARM", "030") in got
    assert ("ARMGOV", "ARM", "125") in got
    assert not any(source == "ARMGOV" and target == "AZE" for source, target, _ in got)


def test_refusal_of_early_elections_in_a_row_with_a_neighbour():
    got = coded("Croatia expelled a Serbian diplomat on Friday after Serbian police arrested two Croatian "
                "citizens in Belgrade.\n\n"
                "Vucic said in a televised address that he would not call early elections.")
    assert ("SRBGOV", "SRB", "125") in got


def test_strike_on_an_own_country_place_reported_by_its_holder():
    got = coded("Russia's defence ministry said Ukrainian drones had hit a substation in Enerhodar on Friday.")
    assert ("UKRMIL", "RUS", "190") in got
    got = coded("Ukraine accused Russia of shelling Kharkiv. Russia's defence ministry said Ukrainian drones "
                "had struck a power plant near Melitopol overnight.")
    assert ("UKRMIL", "RUS", "190") in got


def test_strike_on_the_reporters_own_place_is_unchanged():
    got = coded("Ukraine's air force said Russian drones had hit a substation in Kharkiv on Friday.")
    assert ("RUSMIL", "UKR", "190") in got


def test_strike_on_a_disputed_place_coded_to_the_attacker_is_on_its_holder():
    # the Golan Heights are coded Syria's by convention; Israel holds and reports them
    got = coded("Israel's military said Syrian army mortars had hit a village in the Golan Heights on Sunday.")
    assert ("SYRMIL", "ISR", "190") in got
