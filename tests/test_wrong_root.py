"""Acts coded with the right parties but the wrong kind of act: a nominalised verb keeps its verb's
frame ("withdrawal from the court" = 160); faulting a charge denies it (016); a promised consequence
("will not go unanswered", "will use all means") is a threat (130); "..., accusing them of" after a
reported clause is the reporter's own accusation. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_withdrawal_from_an_organisation_reduces_relations(nlp):
    found = factual("Hungary announced its withdrawal from the International Criminal Court on Thursday.")
    assert ("HUN", "IGO", "160") in found
    assert not any(c == "087" for _, _, c in found)
    assert ("BFA", "IGO", "160") in factual("Burkina Faso announced its withdrawal from the ECOWAS bloc.")


def test_a_withdrawal_of_troops_stays_a_de_escalation(nlp):
    assert ("RUS", "UKR", "087") in factual("Russia announced the withdrawal of its troops from the Kherson region.")


def test_faulting_a_charge_denies_it(nlp):
    found = factual("Kenya accused Uganda of arming the rebels. Kampala called the allegation baseless.")
    assert ("UGA", "KEN", "016") in found
    assert not any(s == "UGA" and c == "111" for s, _, c in found)
    found = factual("Seoul accused Pyongyang of jamming GPS signals. Pyongyang called the charges a fabrication.")
    assert ("PRK", "KOR", "016") in found


def test_faulting_an_act_or_an_account_still_criticises(nlp):
    assert ("VEN", None, "111") in factual("Caracas called the sanctions illegal.")
    # an account or a claim may be a rival story or a territorial claim, not a charge to deny
    assert ("BLR", "POL", "111") in factual("Minsk called Warsaw's account of the incident a fabrication.")


def test_an_act_that_will_not_go_unanswered_is_a_threat_against_its_doer(nlp):
    found = factual("Latvia expelled two Russian diplomats on Monday. Moscow said the expulsions would not go "
                    "unanswered.")
    assert ("RUS", "LVA", "130") in found
    found = factual("Latvia expelled two Russian diplomats on Monday. Moscow denied any wrongdoing and said the "
                    "expulsions would not go unanswered.")
    assert ("RUS", "LVA", "130") in found


def test_promising_to_use_every_means_is_a_threat(nlp):
    assert ("CHN", "PHL", "130") in factual("Beijing will use all means against Manila if its ships enter the "
                                            "lagoon again.")


def test_a_participle_of_accusing_after_a_reported_clause_is_the_reporters(nlp):
    found = factual("Chad demanded that Sudanese troops leave the border town, accusing them of looting "
                    "local markets.")
    assert ("TCD", "SDN", "112") in found
    assert not any(s == "SDN" and c == "112" for s, _, c in found)


def test_blaming_another_after_a_denial_is_not_itself_denied(nlp):
    found = factual("Hanoi denied that its militia had rammed a Chinese trawler, blaming Beijing for the "
                    "collision.")
    assert ("VNM", "CHN", "112") in found


def test_an_aid_programme_ordered_out_is_an_aid_agency_expelled(nlp):
    found = factual("Niger's junta ordered the World Food Programme to leave the town of Diffa within a week.")
    assert ("NER", "IGO", "1663") in found
    assert not any(c == "174" for _, _, c in found)


def test_calling_up_militia_members_is_a_mobilisation(nlp):
    assert ("VEN", None, "154") in factual("Caracas called up two million militia members on Sunday.")


def test_troops_that_will_not_be_sent_are_a_refusal(nlp):
    found = factual("Italy will not send soldiers to Ukraine, the defence minister said.", root=True)
    assert ("ITA", "UKR", "12") in found


def test_a_planned_deployment_to_a_country_is_intent_to_cooperate(nlp):
    found = factual("Rwanda plans to deploy 400 more soldiers to Mozambique next month.", root=True)
    assert ("RWA", "MOZ", "03") in found
    assert not any(r == "13" for _, _, r in found)


def test_answering_fire_fights_back_against_the_attacker(nlp):
    found = factual("Thai soldiers returned fire on Cambodian troops after a shell landed near their camp.")
    assert ("THA", "KHM", "190") in found
    found = factual("Armenia responded with artillery after Azerbaijani troops shelled its border posts.")
    assert any(s == "ARM" and t == "AZE" and c.startswith("19") for s, t, c in found)


def test_destroying_an_air_force_is_a_military_attack(nlp):
    found = factual("Eritrean jets bombed a town in Tigray, and Ethiopian forces retaliated by destroying the "
                    "Eritrean air force at Asmara.")
    assert any(s == "ETH" and t == "ERI" and c.startswith("19") for s, t, c in found)


def test_expelling_a_mass_of_people_is_mass_expulsion(nlp):
    found = factual("Kuwaiti police detained more than 3,000 Egyptians in raids in Kuwait City and expelled them "
                    "across the border.")
    assert ("KWT", "EGY", "201") in found
    found = factual("Libya began expelling thousands of Sudanese workers on Friday.")
    assert any(s == "LBY" and t == "SDN" and c == "201" for s, t, c in found)


def test_deporting_a_few_people_stays_an_expulsion_of_individuals(nlp):
    found = factual("Police arrested two Ghanaian traders in Lagos and deported them to Accra.")
    assert not any(c == "201" for _, _, c in found)


def test_claiming_an_attack_takes_responsibility_for_it(nlp):
    found = factual("Boko Haram fighters kidnapped a French engineer in northern Cameroon, and the group later "
                    "claimed the kidnapping in a video.")
    assert any(c == "015" for _, _, c in found)
    assert ("SOM", "KEN", "015") in factual("Al Shabaab claimed the attack on a Kenyan army base near Lamu.")


def test_taking_people_hostage_after_a_seizure_is_a_hostage_taking(nlp):
    found = factual("Colombian guerrillas seized the Venezuelan consulate in Cucuta on Friday, taking dozens of "
                    "diplomats hostage.")
    assert any(s == "COL" and c == "181" for s, _, c in found)


def test_calling_off_or_up_is_no_phone_call(nlp):
    found = factual("The Kurdish rebels called off their six-month truce with Turkey on Sunday.", "1999-03-10",
                    codes=True)
    assert not any(code == "041" for *_, code in found)
    found = factual("Armenia called up its reservists on Monday.", codes=True)
    assert not any(code == "041" for *_, code in found)
    assert ("RUS", "TUR", "041") in factual("Putin called Erdogan from Sochi on Tuesday.")


def test_a_mass_round_up_that_ends_at_the_border_is_a_mass_expulsion(nlp):
    found = factual("Turkish police rounded up thousands of Syrians in Istanbul last week and put them on buses "
                    "to the border.")
    assert ("TUR", "SYR", "201") in found
    assert not any(c == "173" for _, _, c in found)
    found = factual("Algerian gendarmes detained some 2,000 Nigeriens in the south and trucked them to the "
                    "frontier on Sunday.")
    assert ("DZA", "NER", "201") in found


def test_a_round_up_without_a_mass_or_a_border_stays_an_arrest(nlp):
    assert ("TUR", "SYR", "173") in factual("Turkish police rounded up thousands of Syrians in Istanbul last week "
                                            "and put them in detention centres.")
    assert ("TUR", "SYR", "173") in factual("Turkish police detained 40 Syrians in Istanbul and put them on buses "
                                            "to the border.")


def test_members_of_an_inspection_team_expelled_are_inspectors(nlp):
    found = factual("Syria expelled four members of the U.N. chemical inspection team on Monday.")
    assert ("SYR", "IGO", "1662") in found
    assert not any(c == "174" for _, _, c in found)


def test_aid_agencies_ordered_out_with_an_apposition_are_expelled_aid(nlp):
    found = factual("Ethiopia ordered five foreign relief agencies, among them Oxfam, out of the Ogaden on Friday.")
    assert any(s == "ETH" and c == "1663" for s, _, c in found)


def test_a_clause_saying_when_is_not_what_an_order_governs(nlp):
    found = factual("Chad ordered the aid groups out of the east on Monday, days after the court issued a warrant "
                    "for the president.")
    assert not any(s == "TCD" and c == "173" for s, _, c in found)


def test_soldiers_falling_back_after_warning_shots_retreat(nlp):
    found = factual("A dozen Chinese soldiers crossed into Indian-held territory on Sunday and retreated after "
                    "Indian troops fired warning shots.")
    assert ("CHN", "IND", "0874") in found


def test_raiders_retreating_after_their_own_attack_yield_to_no_one(nlp):
    found = factual("Nigerien officials said gunmen torched a police post near the Malian border before retreating "
                    "into the bush.")
    assert not any(c == "0874" for _, _, c in found)


def test_armed_men_shooting_dead_many_villagers_is_a_mass_killing(nlp):
    found = factual("Witnesses said Burmese soldiers shot dead at least 45 villagers in Sagaing region on Friday.")
    assert ("MMR", "MMR", "202") in found


def test_shooting_a_few_civilians_dead_stays_a_killing(nlp):
    found = factual("Witnesses said Burmese soldiers shot dead three villagers in Sagaing region on Friday.")
    assert not any(c == "202" for _, _, c in found)


def test_resuming_exports_is_economic_cooperation_and_resuming_imports_ends_a_ban(nlp):
    assert ("KAZ", "CHN", "061") in factual("Kazakhstan resumed wheat exports to China on Monday after a "
                                            "three-month halt.")
    assert ("KOR", "JPN", "085") in factual("South Korea resumed imports of Japanese beef on Monday.")
