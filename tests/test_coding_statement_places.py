"""Where an act happened: a statement's place abroad ("told reporters in Geneva") is not the reported act's,
a small town of an unnamed foreign country outranks no place named beside it, a town struck is where an attack
happened. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_the_place_reporters_were_told_is_not_where_the_act_happened(nlp):
    found = factual("Red Cross workers handed out blankets to villagers in remote hamlets of the valley, "
                    "officials of the organisation told reporters in Geneva.", codes=True)
    assert found and not any(tgt and tgt.startswith("CHE") for _, tgt, _ in found), found


def test_a_state_speaking_at_home_still_places_its_own_organs(nlp):
    found = factual("In Dhaka, Bangladesh's home ministry said police had detained six activists.", codes=True)
    assert any(src == "BGDCOP" and tgt and tgt.startswith("BGD") for src, tgt, _ in found), found


def test_a_small_foreign_namesake_yields_to_the_country_named_beside_it(nlp):
    found = factual("Syrian troops withdrew from the Beaufort fort and from their positions in northern Lebanon.")
    assert ("SYR", "LBN", "087") in found, found
    found = factual("Turkish jets bombed a base near Beaufort in northern Iraq.")
    assert ("TUR", "IRQ", "195") in found, found


def test_an_alternate_spelling_of_a_city_abroad_yields_to_the_country_named_beside_it(nlp):
    # "Yarmouk" is only an alternate spelling of a Syrian town in the gazetteer
    found = factual("Israeli jets bombed Yarmouk near Khartoum in Sudan.")
    assert ("ISR", "SDN", "195") in found and not any(tgt == "SYR" for _, tgt, _ in found), found
    found = factual("Israeli aircraft struck a factory at Yarmouk in southern Khartoum, Sudan, on Tuesday.", root=True)
    assert ("ISR", "SDN", "19") in found and not any(tgt == "SYR" for _, tgt, _ in found), found


def test_a_lebanese_village_is_lebanon_s(nlp):
    found = factual("Israeli warplanes bombed Qana on Sunday, killing nine people.", root=True)
    assert ("ISR", "LBN", "19") in found and not any(tgt == "EGY" for _, tgt, _ in found), found


def test_a_town_named_alone_still_gives_its_country(nlp):
    found = factual("Turkish drones struck a convoy near Qamishli on Friday.", root=True)
    assert ("TUR", "SYR", "19") in found, found


def test_a_town_struck_is_where_the_attack_happened(nlp):
    from detente.pipeline import code_text

    for text, place in (("Russian troops shelled the Ukrainian city of Kharkiv on Monday.", "Kharkiv"),
                        ("Russia struck Odesa with drones overnight.", "Odesa")):
        found = [m for m in code_text(text, date="2026-03-10") if m.root_code == "19"]
        assert found and found[0].location is not None and found[0].location.name == place, found
    bombed = [m for m in code_text("Israel bombed Lebanon on Friday.", date="2026-03-10") if m.root_code == "19"]
    assert bombed and bombed[0].location is None  # a country struck is a party, no place


def test_the_government_a_crowd_rallies_against_is_where_it_rallies(nlp):
    found = factual("Moscow said on Monday it had struck Kharkiv. Protesters rallied in Tbilisi against the "
                    "government on Sunday.", codes=True)
    assert ("GEOOPP", "GEOGOV", "141") in found, found


def test_a_place_name_the_tagger_took_for_a_verb_still_places_the_act(nlp):
    from detente.pipeline import code_text

    found = [m for m in code_text("A Myanmar military air strike on a village in the northern Sagaing region killed "
                                  "at least 23 civilians on Wednesday.", date="2026-03-10") if m.root_code == "19"]
    assert found and found[0].location is not None and found[0].location.country == "MMR", found
    assert found[0].target is not None and found[0].target.code == "MMRCVL", found


def test_camps_of_a_party_of_no_country_inside_a_territory_are_that_states(nlp):
    found = factual("Chad's army said its aircraft had bombed two of the group's camps inside Central African "
                    "territory on Wednesday.", root=True)
    assert ("TCD", "CAF", "19") in found, found
