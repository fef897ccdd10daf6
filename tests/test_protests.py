"""Crowds protesting (CAMEO 14): bare counts of people as the crowd, the targets a protest's purpose
or building gives it, and clauses that an "in protest" adjunct makes protests. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_bare_count_of_people_is_a_crowd_of_the_place(nlp):
    assert ("ARMCVL", "ARM", "141") in {(s, t[:3], c) for s, t, c in factual(
        "Thousands rallied in Yerevan against the government on Sunday.", codes=True)}
    assert ("ECU", "ECU", "141") in factual("Ecuadorian police arrested two union leaders in Quito, and hundreds "
                                            "rallied outside the national assembly to demand their release.")


def test_who_after_a_place_is_the_people_the_place_locates(nlp):
    found = factual("Ugandan police fired tear gas at students in Kampala, who had marched on parliament to "
                    "denounce a fee increase.", root=True)
    assert ("UGA", "UGA", "17") in found
    assert ("UGA", "UGA", "14") in found


def test_in_front_of_a_building_is_outside_it(nlp):
    assert ("GEO", "RUS", "141") in factual("Several hundred Georgians gathered in front of the Russian embassy "
                                            "in Tbilisi on Saturday.")


def test_a_march_to_demand_something_of_the_government_aims_at_it(nlp):
    assert ("JOR", "JOR", "141") in factual("Thousands of Jordanians marched in Amman on Friday to demand "
                                            "that the government expel the Israeli ambassador.")


def test_a_descriptive_demonstration_phrase_is_no_protest_adjunct(nlp):
    found = factual("Tens of thousands of Peruvians filled the streets of Lima on Saturday, waving flags in the "
                    "largest street demonstration the capital has seen in a decade.", root=True)
    assert not any(code == "14" for _, _, code in found)


def test_a_blocked_road_is_where_the_protest_is_not_whom_it_targets(nlp):
    found = factual("Striking nurses blocked the Trans-Canada Highway in Ontario on Monday to demand that "
                    "Premier Doug Ford raise their wages.", root=True)
    assert not any(t == "USA" for _, t, _ in found)
    found = factual("Romanian truck drivers blocked the border crossing with Hungary to protest against new "
                    "European Union toll rules.", root=True)
    assert ("ROU", "IGO", "14") in found
    assert not any(t == "HUN" for _, t, _ in found)


def test_a_protest_against_an_act_aims_at_whoever_did_it(nlp):
    found = factual("Hundreds of Bosnian Serbs blocked a bridge in Brcko to protest against the arrest of a "
                    "local mayor by Croatian police.", root=True)
    assert ("BIH", "HRV", "14") in found
    found = factual("Hundreds of Filipinos rallied in Manila to protest against the jailing of Filipino fishermen "
                    "by China.", root=True)
    assert ("PHL", "CHN", "14") in found


def test_roads_around_a_body_lead_to_the_body_protested_at(nlp):
    found = factual("Dutch farmers blocked streets around the European Commission to protest against a new "
                    "fertiliser rule.", root=True)
    assert ("NLD", "IGO", "14") in found


def test_an_in_protest_adjunct_makes_the_clause_a_protest(nlp):
    assert ("KEN", "KEN", "143") in factual("Traders in Mombasa closed their stalls on Monday in a strike "
                                            "against a new fuel levy.")
    assert ("EGY", "EGY", "142") in factual("Alaa Abd el-Fattah, the jailed Egyptian activist, stopped eating "
                                            "in protest at his detention, his family said.")
    assert ("PAK", "PAK", "143") in factual("Pakistani lawyers boycotted the courts in Lahore in protest at the "
                                            "arrest of a senior advocate.")


def test_a_government_act_in_protest_keeps_its_own_code(nlp):
    found = factual("Kinshasa recalled its ambassador from Kigali in protest at Rwandan shelling.")
    assert ("COD", "RWA", "161") in found
    assert not any(code.startswith("14") for _, _, code in found)


def test_students_blockading_a_broadcaster_obstruct_it(nlp):
    found = factual("Students blockaded the headquarters of the state broadcaster in Belgrade on Monday.",
                    root=True)
    assert ("SRB", "SRB", "14") in found
    assert not any(code == "19" for _, _, code in found)


def test_riots_against_a_state_head_their_clause(nlp):
    assert ("PSE", "ISR", "145") in factual("Palestinian riots against Israeli settlements spread to Nablus on "
                                            "Saturday.")


def test_riot_police_are_no_riot(nlp):
    found = factual("Nepalese riot police fired tear gas at students in Kathmandu on Monday.", root=True)
    assert ("NPL", "NPL", "14") not in found


def test_staying_off_the_job_is_a_strike(nlp):
    assert ("BOL", "BOL", "143") in factual("Miners and schoolteachers across Bolivia stayed off the job on "
                                            "Tuesday to press the government for higher wages.")


def test_refusing_food_is_a_hunger_strike(nlp):
    assert ("MAR", "MAR", "142") in factual("Dozens of jailed Moroccan activists have refused food for two "
                                            "weeks, their families said.")


def test_prisoners_of_a_country_are_its_civilians(nlp):
    assert ("GRC", "GRC", "142") in factual("Hundreds of inmates in Greek prisons have refused food since "
                                            "Monday, their lawyers said.")


def test_a_to_protest_purpose_makes_its_clause_a_protest(nlp):
    assert ("ARM", "ARM", "141") in factual("Tens of thousands of Armenians walked through Yerevan on Sunday to "
                                            "protest against the government's border deal.")


def test_a_participle_demand_names_whom_a_blockade_is_aimed_at(nlp):
    # the town beside the blocked bridge is a place, not the body protested at
    found = factual("About 200 Bolivian truckers blocked the Desaguadero bridge near Copacabana on Monday, "
                    "demanding that Lima scrap a new fuel tax.")
    assert ("BOL", "PER", "144") in found


def test_crowds_pouring_onto_the_streets_take_to_them(nlp):
    assert ("ZMB", "ZMB", "141") in factual("Thousands of Zambians poured onto the streets of Lusaka on Friday.")
    assert ("MDG", "MDG", "141") in factual("Tens of thousands of Malagasy poured onto the main road of "
                                            "Antananarivo to demand that the president step down.")


def test_a_crowd_of_supporters_storming_a_building_riots(nlp):
    found = factual("Thousands of opposition supporters stormed the electoral commission in Maputo on Sunday.")
    assert ("MOZ", "MOZ", "145") in found
    # armed men storming a town still attack it
    assert ("YEM", "YEM", "145") not in factual("Hundreds of Houthi fighters stormed the town of Marib on Monday.")


def test_inmates_on_hunger_strike_protest_at_the_state_holding_them(nlp):
    assert factual("About 300 Iraqi prisoners in Turkish jails refused food on Monday.", root=True) == \
        {("IRQ", "TUR", "14")}
    assert factual("About 150 Ethiopians held in Saudi prisons refused meals on Monday.", root=True) == \
        {("ETH", "SAU", "14")}
