"""Coding: blame told in reported speech ("said Minsk was doing nothing to stop the launches"), the halves of a
divided country ("the South" in a Korea story), "the paramilitary" for the armed group named before, denials of
any link and dismissed overtures, and vows of revenge as threats. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_saying_another_does_nothing_to_stop_a_harm_criticises_it(nlp):
    found = coded("Kenya's foreign minister said Somalia had done little to curb the cross-border raids.")
    assert ("KEN", "SOM", "11") in found


def test_doing_nothing_about_a_flood_or_everything_against_smuggling_is_no_blame(nlp):
    assert not {f for f in coded("The mayor said the city was doing nothing to stop the flooding.") if f[2] == "11"}
    assert not {f for f in coded("The minister said Britain was doing everything to stop the smuggling.")
                if f[2] == "11"}


def test_the_south_in_a_korea_story_is_south_korea(nlp):
    found = coded("North Korean soldiers crossed the demarcation line on Tuesday.\n\n"
                  "Pyongyang accused the South of a grave provocation staged during joint drills with Japan.")
    assert ("PRK", "KOR", "11") in found
    assert ("PRK", "JPN", "11") not in found


def test_the_north_outside_a_korea_story_is_no_actor(nlp):
    found = coded("A cold front swept the North on Monday, and officials in the South said schools would close.")
    assert not any(t in ("PRK", "KOR") for _, t, _ in found)


def test_the_paramilitary_is_the_armed_group_named_before(nlp):
    found = coded("The RSF has not let a single aid convoy into El Obeid since May, and UNICEF accused the "
                  "paramilitary on Monday of starving the city's children.")
    assert ("IGO", "SDN", "11") in found


def test_rejecting_any_link_answers_the_accuser(nlp):
    found = coded("India accused Pakistan on Tuesday of arming the gunmen.\n\n"
                  "Pakistan's foreign minister rejected any link between Islamabad and the gunmen.")
    assert ("PAK", "IND", "01") in found


def test_dismissed_overtures_are_rejected(nlp):
    assert ("CHN", "TWN", "12") in coded("Beijing dismissed Taipei's overtures on Friday.")


def test_vowing_to_avenge_the_dead_is_a_threat(nlp):
    found = {m.event_code for m in code_text("Israel's army chief vowed to avenge the soldiers killed by Hezbollah.",
                                             date="2025-06-01")}
    assert any(code.startswith("13") for code in found)


def test_accusing_participle_after_an_attribution_aside_is_the_speakers(nlp):
    found = coded("Thai soldiers detained four Cambodian farmers near the border on Monday, Cambodia's defence "
                  "ministry said, accusing Bangkok of breaking the truce.")
    assert ("KHM", "THA", "11") in found
    assert ("THA", "KHM", "11") not in found


def test_judging_participle_after_a_reported_clause_is_the_reporters(nlp):
    found = coded("Russia demanded on Tuesday that Moldova free a lawmaker, calling the arrest a provocation.")
    assert ("RUS", "MDA", "11") in found
    assert ("MDA", "RUS", "11") not in found


def test_a_tribunal_called_an_instrument_of_repression(nlp):
    found = coded("Niger said on Monday it was leaving the International Criminal Court, calling the tribunal "
                  "an instrument of colonial repression.")
    assert ("NER", "IGO", "11") in found


def test_a_leader_called_a_parasite_is_denounced(nlp):
    assert ("CHN", "TWN", "11") in coded("President Lai Ching-te was called a parasite by Beijing on Monday.")
