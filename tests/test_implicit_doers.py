"""Acts whose doer the sentence names only implicitly: a body's own people under a possessive pronoun
("the agency said its inspectors had ...") act for the body. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_an_organisations_own_people_act_for_it(nlp):
    found = factual("The IAEA said its inspectors had visited Iran on Monday for the first time since June.", codes=True)
    assert any(s.startswith("IGO") and t == "IRN" and c == "042" for s, t, c in found)


def test_an_armed_groups_forces_keep_the_groups_code(nlp):
    found = factual("The Houthis said their forces had attacked a Greek tanker off Yemen.", codes=True)
    assert any(s == "YEMREB" and (t or "").startswith("GRC") and c.startswith("19") for s, t, c in found)


def test_a_state_bodys_units_are_that_body(nlp):
    found = factual("The Lebanese army said its units had attacked Israeli positions near the border.", root=True)
    assert ("LBN", "ISR", "19") in found


def test_a_passive_agent_under_its_is_the_speakers(nlp):
    found = factual("The Indonesian navy said that 20 Vietnamese fishermen had been detained by its sailors "
                    "near the Natuna islands.")
    assert any(s == "IDN" and t == "VNM" and c.startswith("17") for s, t, c in found)


def test_people_with_a_nationality_of_their_own_are_not_the_owners(nlp):
    found = factual("Iranian commandos seized a Panamanian-flagged tanker and detained its 20 Filipino crew members.")
    assert any(s == "IRN" and t == "PHL" and c.startswith("17") for s, t, c in found)


def test_a_subject_survives_a_prepositional_insertion(nlp):
    found = factual("The Kenyan president, as chair of the regional bloc, mediated between Ethiopia and Eritrea.",
                    root=True)
    assert {("KEN", "ETH", "04"), ("KEN", "ERI", "04")} <= found
    found = factual("The Turkish president, in his capacity as host of the summit, mediated between Russia and "
                    "Ukraine.", root=True)
    assert {("TUR", "RUS", "04"), ("TUR", "UKR", "04")} <= found


def test_an_event_noun_subjects_deep_by_phrase_is_its_doer(nlp):
    found = factual("The jailing of two Australian tourists for trespassing by a Vietnamese court has angered "
                    "Canberra.", root=True)
    assert ("VNM", "AUS", "17") in found


def test_a_deep_by_phrase_belongs_to_another_act_when_the_noun_names_its_own_party(nlp):
    found = factual("A UN inquiry into the killing of dozens of villagers by Ethiopian troops in Tigray began work "
                    "this week.")
    assert not any(s == "ETH" and c.startswith("09") for s, _, c in found)


def test_an_agentless_passive_state_act_is_the_reporting_states(nlp):
    found = factual("Two American journalists were arrested in Moscow, Russian state media reported.", root=True)
    assert ("RUS", "USA", "17") in found
    found = factual("Iranian state television said a German cyclist had been charged with spying.", root=True)
    assert ("IRN", "DEU", "17") in found


def test_people_sent_out_of_a_state_were_sent_by_it(nlp):
    found = factual("Three Chinese nationals were deported from Vietnam on Friday.", root=True)
    assert ("VNM", "CHN", "17") in found


def test_an_agentless_passive_of_an_act_anyone_does_gets_no_doer(nlp):
    assert not factual("Two French tourists were attacked in Cairo, Egyptian media reported.")


def test_an_agentless_sentence_is_the_court_that_judges_in_an_attached_clause(nlp):
    found = factual("A former Peruvian minister was sentenced to life in prison on Friday after a Peruvian court "
                    "found him guilty of murder.", codes=True)
    assert any(s == "PERJUD" and (t or "").startswith("PER") and c == "173" for s, t, c in found)
    found = factual("The opposition leader was jailed for five years after a Kenyan court convicted him of incitement.",
                    codes=True)
    assert any(s == "KENJUD" and (t or "").startswith("KEN") and c == "173" for s, t, c in found)


def test_an_agentless_summons_is_the_host_states(nlp):
    found = factual("Iran's charge d'affaires was called to the foreign ministry in Oslo on Friday over the arrests.",
                    codes=True)
    assert any(s.startswith("NOR") and (t or "").startswith("IRN") and c == "114" for s, t, c in found)
    found = factual("Algeria's ambassador was summoned to the French foreign ministry after the expulsions.",
                    codes=True)
    assert any(s.startswith("FRA") and (t or "").startswith("DZA") and c == "114" for s, t, c in found)
    found = factual("Russia's envoy was called in on Monday, the Estonian foreign ministry said.", codes=True)
    assert any(s.startswith("EST") and (t or "").startswith("RUS") and c == "114" for s, t, c in found)


def test_a_summons_names_no_host_when_the_ministry_and_its_city_disagree(nlp):
    # "Foreign Office" is London's in the lexicon; in Berlin it is Germany's, so the rule does not guess
    found = factual("The Russian ambassador was summoned to the Foreign Office in Berlin on Monday.", codes=True)
    assert not any(c == "114" for _, _, c in found)
    found = factual("Russia's ambassador was summoned to the Foreign Office in London on Monday.", codes=True)
    assert any(s.startswith("GBR") and (t or "").startswith("RUS") and c == "114" for s, t, c in found)


def test_telling_someone_to_act_is_an_order(nlp):
    found = factual("Ankara told Baghdad to pull its troops out of the disputed border town.", root=True)
    assert ("TUR", "IRQ", "10") in found
    assert not any(s == "IRQ" for s, _, _ in found)
    found = factual("Washington told Jerusalem to halt the offensive in Rafah.", root=True)
    assert not any(c != "10" for _, _, c in found)


def test_pulling_out_of_a_body_reduces_relations(nlp):
    found = factual("Mali pulled out of the regional bloc on Sunday.", root=True)
    assert any(s == "MLI" and c == "16" for s, _, c in found)
    found = factual("Eritrea said it was quitting the U.N. Human Rights Council.", root=True)
    assert any(s == "ERI" and (t or "").startswith("IGO") and c == "16" for s, t, c in found)
    found = factual("Russia pulled its troops out of Kherson on Friday.", root=True)
    assert not any(c == "16" for _, _, c in found)


def test_an_agentless_summons_is_made_to_the_envoy_not_the_ministry(nlp):
    found = factual("The Russian ambassador was summoned to the foreign ministry in Warsaw on Tuesday.", root=True)
    assert ("POL", "RUS", "11") in found
    found = factual("The Turkish envoy was called in to the foreign ministry in Athens to hear a protest.", root=True)
    assert ("GRC", "TUR", "11") in found
