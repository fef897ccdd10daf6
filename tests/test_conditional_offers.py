"""Coding: a reported promise of one's own cooperative act on a condition ("Seoul would reopen the
liaison office if Pyongyang ...") is an offer (03x) made now; bare possibilities and the condition itself
stay hypothetical, and a conditioned aim of another act is no offer. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_conditional_promise_of_cooperation_is_an_offer(nlp):
    assert ("IND", "PAK", "036") in coded(
        "India said it would hold talks with Pakistan if Islamabad stopped backing militants.")
    assert ("USA", "CAN", "0354") in coded(
        "The trade representative said Washington would lift the tariffs on Canada only if Ottawa "
        "tightened its border controls.")


def test_the_condition_itself_is_no_event(nlp):
    found = coded("The envoy said Madrid would ease visa rules for Moroccans if Rabat took back "
                  "undocumented migrants.")
    assert not any(src == "MAR" for src, _, _ in found)


def test_bare_possibilities_stay_hypothetical(nlp):
    assert not coded("The minister said Ankara could consider lifting the ban on Armenian flights.")
    assert not coded("Iran would have resumed talks with Washington if the strikes had not happened.")


def test_commentators_forecast_is_no_offer(nlp):
    assert not coded("Analysts said Iran would resume talks with Washington if the sanctions were lifted.")
