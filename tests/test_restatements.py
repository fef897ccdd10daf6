"""One act told twice in one sentence: a purpose or participle clause (or the wording of a protest) that
repeats its head's act between the same sides is no second event. Sentences are our own."""

from __future__ import annotations

from collections import Counter

from detente.pipeline import code_text


def roots(text: str) -> Counter:
    """How many factual mentions of each (source country, target country, root) ``text`` yields."""
    return Counter((m.source.country, m.target.country if m.target else None, m.root_code)
                   for m in code_text(text, date="2026-03-10") if m.is_factual)


def test_a_summons_to_protest_is_one_protest(nlp):
    found = roots("Norway summoned Iceland's ambassador in Oslo on Monday to protest over the arrest of "
                  "three Norwegian fishermen.")
    assert found[("NOR", "ISL", "11")] == 1


def test_the_wording_of_a_protest_is_no_second_criticism(nlp):
    found = roots("The Estonian foreign ministry summoned Russia's charge d'affaires on Tuesday to protest "
                  "against what it called a gross violation of Estonian airspace.")
    assert found[("EST", "RUS", "11")] == 1


def test_a_participle_telling_what_a_lifted_curfew_allows_is_the_same_easing(nlp):
    found = roots("Peruvian authorities lifted the curfew in Puno on Sunday, allowing traders to reopen "
                  "their market stalls.")
    assert found[("PER", "PER", "08")] == 1


def test_saying_what_a_rejection_means_is_the_same_rejection(nlp):
    found = roots("Mogadishu rejected a United Nations plan for a new mission on Thursday, saying it would "
                  "not allow U.N. troops on Somali soil.")
    assert found[("SOM", "IGO", "12")] == 1


def test_a_participle_doing_something_else_to_the_victim_is_its_own_act(nlp):
    found = roots("Indonesian naval officers boarded a Vietnamese trawler off Natuna on Friday, seizing its "
                  "catch and detaining its crew.")
    assert found[("IDN", "VNM", "17")] >= 2


def test_what_marchers_demand_is_the_aim_of_their_protest(nlp):
    found = roots("Thousands of Chileans rallied in Santiago on Saturday, demanding that the "
                  "government scrap the pension reform.")
    assert found[("CHL", "CHL", "14")] == 1
    assert not [key for key in found if key[2] == "10"]
