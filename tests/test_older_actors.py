"""Actors of 1985-2012 wire copy: leaders with date-ranged roles, fronts and parties that changed
role on a known day, rebel commanders the Phoenix files code by world region, and peoples whose
news is about one state. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_rebel_commander_coded_by_region_in_the_files_is_his_state(nlp):
    # an attack on a camp of displaced people is an assault (180); the test is about who did it
    found = factual("Joseph Kony's fighters attacked a camp for displaced people near Gulu on Tuesday.",
                    date="2004-03-01", codes=True)
    assert any(src == "UGAREB" and code == "180" for src, _, code in found)


def test_front_that_governed_is_the_government_while_in_power(nlp):
    assert ("NICGOV", "USAGOV", "112") in factual(
        "The Sandinistas accused Washington of arming the Contra rebels.", date="1986-05-01", codes=True)
    assert any(src == "NICOPP" for src, _, _ in factual(
        "The Sandinistas accused the government of fraud.", date="1996-10-25", codes=True))


def test_head_of_government_of_the_period(nlp):
    found = factual("Spanish Prime Minister Felipe Gonzalez met Moroccan officials in Rabat on Monday.",
                    date="1992-02-03", codes=True)
    assert ("ESPGOV", "MARGOV", "040") in found


def test_secretary_general_by_his_hyphenated_surname(nlp):
    found = factual("Boutros-Ghali criticised the Bosnian Serbs on Monday.", date="1994-04-18")
    assert ("IGO", "BIH", "111") in found


def test_people_of_one_state_name_that_state(nlp):
    found = factual("Thai soldiers forced hundreds of Hmong refugees back across the Mekong.", date="2009-12-28")
    assert ("THA", "LAO", "201") in found
    found = factual("Hema militiamen attacked a Lendu village near Bunia.", date="2003-05-10")
    assert ("COD", "COD", "190") in found


def test_activist_of_a_regional_people_is_his_state_opposition(nlp):
    found = factual("Police arrested Ken Saro-Wiwa in Port Harcourt on Saturday.", date="1994-05-22", codes=True)
    assert ("NGACOP", "NGAOPP", "173") in found


def test_police_force_of_a_province_is_its_state_police(nlp):
    found = factual("The Royal Ulster Constabulary arrested three men in Belfast.", date="1996-06-01", codes=True)
    assert any(src == "GBRCOP" and code == "173" for src, _, code in found)


def test_given_name_karen_is_no_people(nlp):
    found = factual("Karen Lomax, a Canadian diplomat, met Burmese officials on Monday.", date="2001-05-07")
    assert not any(src == "MMR" for src, _, _ in found)


def test_scottish_forces_and_courts_are_british(nlp):
    found = factual("Scottish detectives questioned two Libyan officials in Tripoli on Monday.",
                    date="1999-05-10", codes=True)
    assert any(src.startswith("GBR") for src, _, _ in found)
    found = factual("Three Scottish judges convicted the Libyan agent of murder on Wednesday.", date="2001-01-31")
    assert any(src == "GBR" and tgt == "LBY" for src, tgt, _ in found)


def test_indians_of_the_americas_are_the_states_indigenous_people(nlp):
    # a known people before "Indians" names the state
    assert ("MEXCVL", "MEX", "190") in factual(
        "Tzeltal Indians attacked an army patrol near Ocosingo.", date="1995-02-10", codes=True)
    # an unknown people's name, or none, takes the state of the Americas the sentence names
    assert ("BRACVL", "BRALAB", "112") in factual(
        "Yanomami Indians accused Brazilian gold miners of poisoning their rivers.", date="1993-08-20", codes=True)
    assert any(src == "BOLCVL" and code == "144" for src, _, code in factual(
        "Hundreds of Indians blocked the main road to La Paz in Bolivia.", date="2003-10-01", codes=True))


def test_indian_troops_and_officials_stay_indian(nlp):
    assert ("INDMIL", "PAKMIL", "194") in factual(
        "Indian troops shelled Pakistani army posts in Kashmir.", date="1999-06-01", codes=True)
    # India named beside them: India's people even when the Americas are named too
    found = factual("Indians in Canada protested against India's new citizenship law.", date="2019-12-20", codes=True)
    assert all(src[:3] != "CAN" for src, _, _ in found)


def test_protest_across_a_region_of_several_states_is_coded_without_a_host(nlp):
    # the Andes span several states (not the Colombian town); a protest located in an area has no host state
    found = factual("Thousands of Peruvian farmers blocked roads across the Andes on Monday.",
                    date="2001-06-04", codes=True)
    assert ("PERAGR", "PERGOV", "144") in found
    assert ("MLI", "MLIGOV", "144") in factual("Malian herders blocked roads across the Sahel.", date="2001-06-04",
                                               codes=True)
