"""Ceasefires named as a cessation of hostilities, and forces arriving abroad to help. Sentences are our
own, in the register of older wire copy."""

from __future__ import annotations

from coding_cases import factual


def test_a_cessation_of_hostilities_is_a_ceasefire(nlp):
    # "a cessation of military operations" says "ceasefire" in other words; an insurgency's untargeted
    # truce is with its own state
    found = factual("The Sudan People's Liberation Army declared a cessation of military operations in the south.",
                    "1995-05-10")
    assert ("SDN", "SDN", "0871") in found
    # a suspension of aid is no ceasefire
    assert not any(code == "0871" for *_, code in factual("Kenya announced the suspension of food aid to Somalia."))


def test_a_halt_or_an_end_to_attacks_is_no_attack(nlp):
    # the parser hangs "to attacks" on the verb beside "a halt": what stops is not an act made
    for text in ("Hamas announced a halt to attacks on Israel on Monday.",
                 "The army put an end to attacks on the capital."):
        assert not any(code.startswith(("18", "19")) for *_, code in factual(text))
    # attacks joined or answered with are still attacks
    assert ("IRN", "UKR", "190") in factual("Iran joined Russia in attacks on Ukraine.")


def test_forces_arriving_to_help_or_train_are_military_aid(nlp):
    found = factual("About 400 U.S. soldiers arrived in the southern Philippines on Friday to train Filipino troops.",
                    "2002-01-15")
    assert ("USA", "PHL", "074") in found
    assert ("PAK", "SOM", "074") in factual(
        "Pakistani soldiers flew into Mogadishu on Sunday to escort food convoys.", "1993-03-10")


def test_an_arrival_for_talks_or_by_a_minister_stays_a_visit(nlp):
    assert ("FRA", "RWA", "042") in factual(
        "The French foreign minister arrived in Kigali to support the peace process.", "1994-03-10")


def test_relief_facilities_opened_for_a_people_are_aid_to_their_state(nlp):
    assert ("NGO", "SOM", "073") in factual(
        "Oxfam opened two feeding centres in Kismayo for hundreds of hungry Somali children.", "1993-02-10")
    assert ("TUR", "SYR", "073") in factual("Turkey set up a field clinic for Syrian refugees in Kilis.")
    assert not any(code == "073" for *_, code in factual("The government opened a new hospital in Lagos."))



def test_forces_flying_in_to_protect_are_peacekeeping(nlp):
    # "flew in" names no destination: forces arriving so to protect still come to help
    found = factual("The airport in Kinshasa was secured on Monday by Belgian paratroopers, who flew in to protect "
                    "foreigners.", "1997-03-10")
    assert ("BEL", None, "074") in found
    # a minister flying in is no deployment, and forces flying in for no stated purpose tell no act
    assert not factual("The Egyptian foreign minister flew in on Monday for talks in Kinshasa.", "1997-03-10")
    assert not any(code == "074" for *_, code in factual("American soldiers flew in on Tuesday.", "1997-03-10"))


def test_troops_sent_for_a_mission_arriving_are_peacekeeping(nlp):
    # a contingent "for" a peace mission serves it; a combat mission or an exercise stays an arrival
    assert ("RWA", "SSD", "074") in factual(
        "A battalion of Rwandan soldiers for the U.N. mission in South Sudan arrived in Juba on Monday.")
    assert ("KEN", "SOM", "074") in factual(
        "The first Kenyan troops for the African Union's mission landed in Mogadishu on Sunday.")
    # a combat mission or an exercise is no help to the host: no deployment by agreement
    assert not any(c.startswith("07") for *_, c in factual(
        "French troops for the combat mission in Mali arrived in Bamako on Monday."))
    assert not any(c.startswith("07") for *_, c in factual("Indian troops for the joint exercise arrived in Dhaka on "
                                                           "Monday."))
