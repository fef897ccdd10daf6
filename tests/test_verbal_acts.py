"""Verbal acts the coder used to miss whole: a denial joined to a stated fact, and an ultimatum whose
promised act is no coded event. Sentences are our own, in the register of older wire copy."""

from __future__ import annotations

from coding_cases import factual


def test_denial_after_a_stated_fact_is_the_speakers(nlp):
    found = factual("Kenya said the dead men were herdsmen and denied that Somali militiamen had crossed the "
                    "border.")
    assert ("KEN", "SOM", "016") in found


def test_accusation_after_a_stated_fact_is_the_speakers(nlp):
    found = factual("Ethiopia said the talks were over and accused Eritrea of massing troops on the border.")
    assert any(src == "ETH" and tgt == "ERI" and code.startswith("11") for src, tgt, code in found)


def test_deed_conjoined_to_a_stated_fact_keeps_the_clause_subject(nlp):
    found = factual("Kenya said Somali militiamen were hungry and attacked a village near Garissa.")
    assert ("SOM", "KEN", "190") in found


def test_uncoded_act_promised_unless_another_acts_is_a_threat(nlp):
    found = factual("Greece will block Turkey's entry into the customs union unless Ankara withdraws its "
                    "warships, Greek officials said.")
    assert ("GRC", "TUR", "130") in found


def test_reported_ultimatum_names_the_conditioned_party(nlp):
    found = factual("Zambia said it would keep its border posts shut unless Zaire handed over the "
                    "gunmen.")
    assert any(src == "ZMB" and tgt == "COD" and code.startswith("13") for src, tgt, code in found)


def test_negated_promise_unless_another_acts_is_no_threat(nlp):
    found = factual("Greece will not attend the summit unless Turkey attends.")
    assert not any(code.startswith("13") for _, _, code in found)


def test_optimism_about_a_deal_with_a_state_is_an_optimistic_comment(nlp):
    found = factual("The Jordanian foreign minister said he was optimistic about concluding a water accord "
                    "with Syria.")
    assert ("JOR", "SYR", "013") in found


def test_pessimism_about_talks_is_a_pessimistic_comment(nlp):
    found = factual("Athens was pessimistic about the talks with Ankara.")
    assert ("GRC", "TUR", "012") in found


def test_optimism_about_a_harvest_is_aimed_at_no_one(nlp):
    found = factual("Egyptian farmers were optimistic about the harvest.")
    assert not any(tgt for _, tgt, code in found if code.startswith("01"))


def test_group_saying_it_was_behind_an_attack_claims_it(nlp):
    found = factual("The Lord's Resistance Army said it was behind the attack on Ugandan soldiers near Gulu.")
    assert any(code == "015" and tgt == "UGA" for _, tgt, code in found)


def test_naming_another_party_behind_an_attack_accuses_it(nlp):
    found = factual("Burundi said Rwandan troops were behind the shelling of the border town.")
    assert ("BDI", "RWA", "112") in found


def test_behind_a_plan_is_no_claim(nlp):
    found = factual("Norway said it was behind the peace plan.")
    assert not any(code in ("015", "112") for _, _, code in found)


def test_defying_a_curfew_imposed_by_a_government_defies_that_government(nlp):
    found = factual("A Croatian newspaper defied a curfew imposed by Belgrade.")
    assert ("HRV", "SRB", "128") in found


def test_ignoring_a_summons_is_defiance(nlp):
    found = factual("The Bosnian Serb leader ignored a summons from state prosecutors in Sarajevo on Monday.",
                    date="2025-03-10")
    assert ("BIH", "BIH", "128") in found
