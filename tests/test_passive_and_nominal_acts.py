"""Acts told in the passive or as nouns: a passive joined to an active clause is done to that clause's
subject by its own agent; an agentless passive support verb reports the act of its event noun, done by
the noun's "by" phrase or possessor. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_joined_passive_is_by_its_agent_to_the_first_clause_subject():
    found = factual("Kenyan President William Ruto arrived in Kampala and was welcomed by President Yoweri "
                    "Museveni at the State House.", codes=True)
    assert any(source == "UGAGOV" and target == "KENGOV" and code.startswith("04") for source, target, code in found)
    # the guest does not welcome anyone
    assert not any(source == "KENGOV" and code.startswith("05") for source, _, code in found)


def test_a_joined_passive_detention_is_of_the_first_clause_subject():
    found = factual("A Russian journalist crossed into Georgia on Monday and was detained by Georgian border guards.")
    assert ("GEO", "RUS", "173") in found


def test_a_joined_expectation_keeps_the_subject_as_the_visitor():
    # "is expected in Delhi": the subject will come; no one expects it to him
    found = factual("The Sri Lankan foreign minister accepted the invitation and is expected in the Indian "
                    "capital next week.", root=True)
    assert ("LKA", "IND", "03") in found


def test_an_agentless_passive_support_verb_reports_the_nouns_act():
    found = factual("The expulsion of two Estonian diplomats by Russia was announced on Friday.")
    assert ("RUS", "EST", "161") in found


def test_a_possessor_does_the_act_an_agentless_passive_reports():
    found = factual("Russia's expulsion of the Estonian diplomats was announced on Friday.")
    assert ("RUS", "EST", "161") in found


def test_a_passive_summons_is_not_the_summoned_envoys_act():
    # the envoy's own country does not protest to the host: "was called in" names no event noun
    found = factual("Syria's ambassador in Beirut was called to the foreign ministry on Monday.")
    assert not any(source == "SYR" for source, _, _ in found)


def test_a_verbal_noun_subject_with_a_by_doer_is_the_verbs_act():
    found = factual("The reopening of the Torkham crossing by Pakistani authorities on Monday let hundreds of "
                    "lorries into Afghanistan.")
    assert ("PAK", "AFG", "0863") in found


def test_a_verbal_noun_subject_with_a_possessor_doer_is_the_verbs_act():
    found = factual("Uzbekistan's reopening of the Termez border crossing on Friday brought relief to traders "
                    "from Afghanistan.")
    assert ("UZB", "AFG", "0863") in found


def test_a_verbal_noun_in_a_relative_clause_is_background():
    found = factual("Afghan traders, whose lorries crossed after the reopening of the Torkham crossing by "
                    "Pakistan, sold their fruit in Peshawar.")
    assert not any(code.startswith("086") for _, _, code in found)


def test_a_verbal_noun_without_a_doer_is_no_act():
    found = factual("The reopening of the Torkham crossing on Monday let hundreds of lorries into Afghanistan.")
    assert not any(source == "PAK" for source, _, _ in found)
