"""Targets named only through a possessive pronoun, an apposition or affiliation, or a preposition the
parser hung low. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual, mismatches

from detente.pipeline import code_text

DATE = "2026-03-10"


def test_their_object_belongs_to_the_plural_named_before(nlp):
    assert not mismatches("Mali's junta on Monday shut down two French television channels and expelled their "
                          "reporters.", ("MLI", "FRA", "174"), DATE)


def test_its_object_belongs_to_the_nearest_singular_actor(nlp):
    found = factual("Ghana's police suspended a Nigerian news agency on Sunday, a day after police raided its offices "
                    "in Accra and detained two of its employees.")
    assert ("GHA", "NGA", "173") in found  # (the raid itself is a search: coding/searches.py)


def test_a_passive_possessed_subject_belongs_to_the_people_named_before(nlp):
    assert not mismatches("Nicaraguan authorities freed eleven Honduran fishermen on Monday, two weeks after their "
                          "boats were seized by the Nicaraguan navy.", ("NIC", "HND", "1711"), DATE)


def test_their_after_two_named_parties_is_each_of_them(nlp):
    found = factual("The EU envoy urged both Belgrade and Pristina to show restraint and invited their chief "
                    "negotiators to Brussels.")
    assert ("IGO", "SRB", "036") in found and ("IGO", "KSV", "036") in found


def test_the_sources_own_possession_implies_no_other_target(nlp):
    # the nearest actor before "its" is the source itself
    found = factual("Pakistan urged its citizens to leave Iran.")
    assert not any(target == "IRN" for _, target, _ in found)
    # a possessed phrase that names its own actor keeps it
    assert not mismatches("Finnish police seized a Russian-operated tanker on Tuesday and detained its Georgian "
                          "captain.", ("FIN", "GEO", "173"), DATE)
    # so does one whose apposition names it, whatever place came last before "its"
    found = factual("Estonian naval forces boarded a Liberian-flagged tanker on Wednesday and escorted it to Muuga, "
                    "where police detained its captain, a Russian citizen.")
    assert any(target == "RUS" and code == "173" for _, target, code in found)


def test_a_required_preposition_hung_on_the_objects_identifying_phrase(nlp):
    # "to Rwanda" belongs to "extradited", not to "genocide"
    assert not mismatches("France extradited a Rwandan suspect in the 1994 genocide to Rwanda on Monday.",
                          ("FRA", "RWA", "063"), DATE)
    assert not mismatches("Greece extradited a Turkish member of the outlawed leftist group to Turkey.",
                          ("GRC", "TUR", "063"), DATE)
    # a destination of another noun is not the frame's preposition
    assert not code_text("Several Chinese airlines offered free refunds on flights to Tokyo and Osaka.", date=DATE)


def test_a_predicate_the_parser_split_off_still_carries_the_frame(nlp):
    # "persona non grata" read as a second object, or with the object swallowed into it
    assert not mismatches("Estonia declared two employees of the Russian embassy persona non grata on Tuesday.",
                          ("EST", "RUS", "161"), DATE)
    assert not mismatches("Washington declared South Africa's ambassador persona non grata on Friday.",
                          ("USA", "ZAF", "161"), DATE)
    # the passive's agent hung on the predicate
    assert not mismatches("A Chinese diplomat was declared persona non grata by Lithuania on Monday.",
                          ("LTU", "CHN", "161"), DATE)


def test_an_unnamed_member_of_staff_belongs_to_the_body_they_work_at(nlp):
    assert not mismatches("Lithuania declared a counsellor at the Belarusian embassy persona non grata on Friday.",
                          ("LTU", "BLR", "161"), DATE)
    assert not mismatches("Police in Nairobi arrested an employee of a Chinese state construction company.",
                          ("KEN", "CHN", "173"), DATE)


def test_a_machine_source_owns_nothing_its_pronoun_names(nlp):
    # "its" passes over the drone that struck to the army named before it
    assert not mismatches("Kenya's army said a Somali drone had struck one of its fuel depots near the border on "
                          "Monday.", ("SOM", "KEN", "190"), DATE)


def test_a_bomb_beside_a_convoy_targets_the_convoys_force(nlp):
    assert not mismatches("Taliban fighters detonated a bomb beside a Pakistani army convoy on Friday.",
                          ("AFG", "PAK", "183"), DATE)


def test_each_conjoined_object_place_is_a_target(nlp):
    found = factual("Turkish jets struck an arms depot in Syria and two militia camps in northern Iraq on Sunday.")
    assert ("TUR", "SYR", "190") in found and ("TUR", "IRQ", "190") in found


def test_a_conjoined_place_is_a_target_beside_a_named_actor(nlp):
    # the first object names an actor (Hezbollah), the second only its place
    found = factual("Israeli aircraft bombed a Hezbollah depot in southern Lebanon and a weapons convoy in Syria on "
                    "Friday.")
    assert ("ISR", "LBN", "195") in found and ("ISR", "SYR", "195") in found


def test_a_conjoined_place_in_the_actors_own_country_is_no_target(nlp):
    found = factual("Pakistani troops raided a militant hideout in eastern Afghanistan and a safe house in Peshawar.")
    assert ("PAK", "AFG", "170") in found
    assert not any(target == "PAK" for _, target, _ in found)


def test_conjoined_nationalities_of_a_counted_group_are_each_a_target(nlp):
    found = factual("Pirates on Tuesday seized dozens of Filipino and Indian sailors off the coast of Somalia.")
    assert {("SOM", "PHL", "181"), ("SOM", "IND", "181")} <= found


def test_a_network_linked_with_is_where_it_lies_not_a_party(nlp):
    # "with the Kazakh grid" says where the failed link runs; the blame falls on no foreign party
    found = factual("Kyrgyzstan's energy minister blamed the blackout on a faulty interconnection with the Kazakh "
                    "grid.")
    assert not any(target == "KAZ" for _, target, _ in found)
    # an attack on a country's grid still hits that country, and a deal with a side is still with that party
    assert not mismatches("Ukraine condemned Russian strikes on the Ukrainian power grid.", ("UKR", "RUS", "111"),
                          DATE)
    assert not mismatches("Kyrgyzstan criticised the deal with the Kazakh side.", ("KGZ", "KAZ", "111"), DATE)
