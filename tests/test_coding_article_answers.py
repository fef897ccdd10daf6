"""Whole articles: a person met again by surname alone, and whom a denial answers. Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-05-12") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_a_sentence_initial_surname_tagged_as_a_noun_still_finds_the_person(nlp):
    # "Morales" opening a sentence is tagged a plural common noun; the surname was met in full before
    text = ("Supporters of former President Evo Morales blocked roads near Cochabamba on Monday.\n\n"
            "Morales accused the government of persecuting his movement in a radio interview.")
    assert ("BOL", "BOL", "112") in triples(text)


def test_a_denial_answers_whoever_reported_the_denied_act(nlp):
    text = ("Kenyan newspapers reported that Ugandan soldiers had beaten fishermen on Lake Victoria.\n\n"
            "Uganda's army denied that its troops had mistreated anyone.")
    assert ("UGA", "KEN", "016") in triples(text)


def test_a_doer_boasting_of_its_own_act_is_not_whom_the_denial_answers(nlp):
    text = ("Rebels of the Allied Democratic Forces said on Sunday their fighters had killed twenty Ugandan "
            "soldiers near Kasese, a claim the army denied.")
    assert not any(code == "016" and target is not None for _, target, code in triples(text))
