"""Release told through the idioms "set free" and "let go" in passive and relative clauses, and people
held "before being released". Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_passive_set_free_names_the_freer(nlp):
    assert ("PAK", "IND", "0841") in factual("Five Indian fishermen were set free by Pakistan on Wednesday.")


def test_relative_set_free(nlp):
    assert ("USA", "RUS", "0841") in factual("The American was freed in exchange for two Russians whom Washington "
                                             "set free.")


def test_passive_let_go_with_its_agent_on_the_idiom(nlp):
    assert ("ETH", "KEN", "0841") in factual("The Kenyan journalist was let go by Ethiopian police after two days "
                                             "in custody.")


def test_held_before_being_let_go_is_freed_by_the_holders(nlp):
    found = factual("Two Lebanese farmers were detained by Israeli troops before being let go.")
    assert ("ISR", "LBN", "0841") in found and ("ISR", "LBN", "173") in found
    assert ("LKA", "IND", "0841") in factual("Four Indian fishermen were held by Sri Lanka's navy for a week before "
                                             "being released on Monday.")
