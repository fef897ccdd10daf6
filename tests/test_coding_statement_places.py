"""Where an act happened: a statement's place abroad ("told reporters in Geneva") is not the reported act's,
and a small town of an unnamed foreign country outranks no place named beside it. Sentences are our own."""

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


def test_a_town_named_alone_still_gives_its_country(nlp):
    found = factual("Turkish drones struck a convoy near Qamishli on Friday.", root=True)
    assert ("TUR", "SYR", "19") in found, found
