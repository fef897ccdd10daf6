"""Targets of acts whose own phrase names no one, found elsewhere in their sentence (session 18):
denials answering the one other state a sentence names. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_text


def test_a_denial_of_a_clause_answers_the_other_state_in_its_sentence(nlp):
    found = factual("Caracas denied on Friday that its navy had fired on any fishing boats and said Guyana had "
                    "produced no proof.", root=True)
    assert ("VEN", "GUY", "01") in found


def test_a_denial_answers_no_reporting_state(nlp):
    found = factual("Serbia denied that its police had crossed the boundary line, the Hungarian foreign ministry "
                    "said on Monday.", root=True)
    assert not any(s == "SRB" and t == "HUN" for s, t, _ in found)


def test_an_inquiry_into_abuses_committed_by_troops_is_aimed_at_the_troops(nlp):
    found = factual("The African Union sent a panel to Juba on Tuesday to investigate abuses committed by Sudanese "
                    "troops.", root=True)
    assert ("IGO", "SDN", "09") in found


def test_an_attack_nouns_of_object_beside_its_doer_is_whom_it_befell(nlp):
    found = factual("The ambush of a Malian army convoy by jihadists killed 12 soldiers.", root=True)
    assert ("MLI", "MLI", "19") in found


def test_a_show_of_force_faces_the_other_state_its_sentence_names(nlp):
    found = factual("Armenia put its border units on high alert on Sunday after Azerbaijan moved artillery to the "
                    "Lachin corridor.", root=True)
    assert ("ARM", "AZE", "15") in found


def test_a_denial_answers_no_state_named_only_in_passing(nlp):
    found = factual("Uzbekistan denied on Monday that its security service had detained foreign journalists, "
                    "calling its relations with Kazakhstan warm and stable.", root=True)
    assert not any(s == "UZB" and t == "KAZ" for s, t, _ in found)


def test_an_act_its_clause_places_on_the_actors_own_ground_is_aimed_at_no_other_party(nlp):
    article = ("Ethiopian troops shelled Sudanese army positions near Gallabat on Monday, the Sudanese army said.\n\n"
               "Sudan's army chief vowed on Tuesday that his forces would step up their campaign against the "
               "militias in western Darfur.")
    vows = [m for m in code_text(article, date="2026-03-10") if m.event_code == "030"]
    assert vows and all(m.source.country == "SDN" and m.target is None for m in vows)


def test_a_party_joined_with_the_actors_own_side_is_no_target(nlp):
    found = factual("Chad's army rejected as false the report that its soldiers and French instructors had killed "
                    "herders near Abeche.", root=True)
    assert ("TCD", None, "12") in found and not any(t == "FRA" for _, t, _ in found)
    marched = factual("The Greek minority marched through the town on Tuesday, carrying Greek and Albanian flags.",
                      root=True)
    assert any(s == "GRC" and r == "14" for s, _, r in marched) and not any(t == "ALB" for _, t, _ in marched)


def test_forces_massed_on_home_ground_still_face_the_articles_other_state(nlp):
    text = ("Afghan border guards fired on a Tajik post across the Panj river on Monday.\n\n"
            "Dushanbe moved 1,500 more soldiers into Khatlon province on Wednesday, the defence ministry said.")
    found = {(m.source.country, m.target.country if m.target else None, m.root_code)
             for m in code_text(text, date="2026-02-04") if m.is_factual and m.sentence_index == 1}
    assert ("TJK", "AFG", "15") in found, found
