"""Coding: an act one is asked or sent "to help" do, or struggles to do, is an aim, not an act done.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code[:2], m.is_factual)
            for m in code_text(text, date="2025-06-01")]


def test_help_asked_for_is_no_fight():
    got = coded("The Lithuanian defence minister appealed to NATO allies to help shoot down Russian drones "
                "over the Baltic.")
    assert any(source == "LTU" and root == "02" and factual for source, _, root, factual in got)
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_troops_sent_to_help_a_government_fight_off_rebels_are_no_fight_yet():
    got = coded("Rwandan troops arrived in Bangui on Monday to help President Touadera's government fight off "
                "rebels advancing on the capital.")
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_struggling_to_push_back_gangs_is_no_fight():
    got = coded("The Kenyan-led police mission has struggled to push back gangs in Port-au-Prince.")
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_help_given_keeps_the_helped_act():
    got = coded("Russian jets helped Syrian troops retake Palmyra from Islamic State fighters.")
    assert any(source == "SYR" and root == "19" and factual for source, _, root, factual in got)


def test_state_a_refusal_holds_out_against_is_its_condition():
    got = coded("The rebel commander said his men would not lay down their arms while Ethiopia kept shelling "
                "their villages.")
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_while_clause_of_a_fact_stays_news():
    got = coded("Ethiopian troops shelled villages near the border while Eritrean jets bombed Mekele.")
    assert any(source == "ERI" and root == "19" and factual for source, _, root, factual in got)
