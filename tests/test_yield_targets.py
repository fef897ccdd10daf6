"""Yield (CAMEO 08) and movement-restriction acts whose root or target was wrong: captives freed to each
other, verbs in -nned, retreats facing the foe named in passing, airspace closed to a state's aircraft
(191, like a closed border), and the alternatives an actor passed over ("instead of", "rather than").

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code descriptions.
"""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_text


def test_captives_of_each_other_are_freed_both_ways(nlp):
    found = factual("Ghana and Togo freed each other's detained traders on Friday.")
    assert {("GHA", "TGO", "0841"), ("TGO", "GHA", "0841")} <= found


def test_doubled_consonant_past_is_the_short_verb(nlp):
    # "unbanned" lemmatised "unbanne": the ban lifted is still an eased ban on a party (0812)
    assert ("COL", "COL", "0812") in factual("The Colombian government unbanned the Communist Party on Friday.")


def test_retreat_faces_the_foe_named_in_passing(nlp):
    found = factual("Congolese troops fired warning shots until the Ugandan soldiers retreated.")
    assert ("UGA", "COD", "0874") in found


def test_untargeted_withdrawal_faces_the_article_foe_only_for_forces(nlp):
    # troops pulling back face the article's other state; an opposition leaving a committee does not
    lead = "Kenya criticised Uganda's election law on Sunday.\n\n"
    assert ("UGA", "KEN", "087") in factual(lead + "Ugandan troops withdrew from the disputed island on Monday.")
    found = factual(lead + "Uganda's opposition withdrew from the parliamentary committee on Monday.")
    assert not any(code.startswith("087") and target == "KEN" for _, target, code in found)


def test_airspace_closed_to_a_state_restricts_movement(nlp):
    found = factual("Chad's government closed its airspace to Sudanese aircraft on Monday.")
    assert ("TCD", "SDN", "191") in found
    assert not any(code.startswith("16") for _, _, code in found)


def test_alternative_passed_over_is_not_coded(nlp):
    mentions = code_text("Rwanda chose to negotiate instead of attacking Burundi.", date="2026-03-10")
    assert any(m.root_code == "19" and m.negated for m in mentions)
    assert not any(m.root_code == "19" and m.is_factual for m in mentions)
    assert ("RWA", "BDI", "046") in factual("Rwanda chose to negotiate instead of attacking Burundi.")
    assert not any(code.startswith("19") for _, _, code in factual("Uganda chose talks rather than attacking Kenya."))


def test_freed_crew_belongs_to_the_other_state_named(nlp):
    # fishermen, drivers and boats are held where they were caught: freed to their own state
    found = factual("Kenyan police released the driver on bail on Wednesday, the Ugandan foreign ministry said.")
    assert ("KEN", "UGA", "0841") in found
    found = factual("Ghanaian authorities released the trawler on Friday, the Togolese fisheries ministry said.")
    assert ("GHA", "TGO", "0841") in found
    # prisoners are the state's own, whoever reports their release
    found = factual("The Ghanaian government freed 40 prisoners on Monday, the Togolese foreign ministry said.")
    assert not any(target == "TGO" for _, target, _ in found)


def test_halt_ordered_to_own_forces_faces_where_they_fight(nlp):
    found = factual("President Putin ordered a halt to Russian military operations in Moldova on Tuesday.")
    assert ("RUS", "MDA", "0871") in found
    assert not any(target == "RUS" for _, target, _ in found)


def test_state_truce_naming_no_foe_is_with_its_own_insurgents(nlp):
    assert ("ETH", "ETH", "0871") in factual("The Ethiopian army declared a unilateral ceasefire on Monday.")


def test_foreign_force_invited_in_is_involvement_allowed(nlp):
    found = factual("Vanuatu's parliament voted on Monday to invite a New Zealand-led force of soldiers and police "
                    "to restore order.")
    assert ("VUT", "NZL", "086") in found
