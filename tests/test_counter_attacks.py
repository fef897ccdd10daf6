"""Counter-attacks that name only the attack they answer ("repelled the assault", "drove the attackers
back") are aimed at whoever attacked last. Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2026-03-04") -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)}


def test_repelling_an_assault_told_before_is_aimed_at_the_rebels_who_attacked(nlp):
    text = ("Rebels of the M23 movement attacked army positions near Sake on Saturday.\n\n"
            "Congo's army said its soldiers had repelled the assault after heavy fighting.")
    found = events(text)
    assert any(s.startswith("COD") and t == "CODREB" and code.startswith("19") and factual
               for s, t, code, factual in found)


def test_driving_the_attackers_back_answers_the_gang_that_stormed_the_station(nlp):
    text = ("Gang fighters stormed the police station in Saint-Marc on Monday.\n\n"
            "Kenyan officers drove the attackers back after a long firefight.")
    found = events(text)
    assert any(s.startswith("KEN") and t is not None and t.startswith("HTI") and code.startswith("19") and factual
               for s, t, code, factual in found)


def test_a_state_repelling_an_attack_is_not_aimed_at_its_own_army(nlp):
    # the last armed act told is the army's own shelling: nobody to answer
    text = ("Sudan's army shelled villages near Bara on Friday.\n\n"
            "Sudan's army said it had repelled an assault.")
    repelled = [m for m in code_text(text, date="2026-03-04") if m.verb_text == "repelled"]
    assert repelled and all(m.target is None for m in repelled)


def test_troops_at_a_foreign_post_are_that_state_s_not_the_reporting_state_s(nlp):
    text = ("Colombia's army said on Friday that soldiers at a Venezuelan border post near Arauca fired on one of "
            "its patrols, wounding a Colombian sergeant.")
    found = events(text)
    assert any(s == "VENMIL" and t is not None and t.startswith("COL") and code.startswith("19") and factual
               for s, t, code, factual in found)


def test_jets_scrambled_while_the_attack_was_under_way_face_the_attacker(nlp):
    # the most-named other state is the victim; a show of force during the attack answers the attacker
    text = ("Iran fired dozens of missiles at Israel overnight, Israeli officials said. Israel said most of the "
            "missiles were intercepted over Israeli cities.\n\n"
            "Jordan scrambled fighter jets as a precaution while the attack was under way, its army said.")
    scrambled = [m for m in code_text(text, date="2026-03-04") if m.verb_text.startswith("scrambled")]
    assert scrambled and scrambled[0].source.country == "JOR" and scrambled[0].target is not None
    assert scrambled[0].target.country == "IRN" and scrambled[0].event_code.startswith("15")
