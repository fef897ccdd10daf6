"""Verbal acts the coder did not see at all: judged objects folded into the predicate, objects pushed
behind a leading "as" predicate, answers promised from another side. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_judged_object_folded_into_the_predicate_is_criticised(nlp):
    found = factual("Beijing called the Lithuanian remarks interference in China's internal affairs.")
    assert ("CHN", "LTU", "111") in found


def test_folded_judgement_does_not_aim_at_the_judges_own_affairs(nlp):
    found = factual("Egypt's foreign ministry called the statements interference in Egypt's internal affairs.")
    assert not any(tgt == "EGY" for _, tgt, _ in found)


def test_report_dismissed_after_a_leading_as_predicate_is_denied(nlp):
    found = factual("Uganda dismissed as invented a report by United Nations experts.", codes=True)
    assert any(src.startswith("UGA") and code == "016" and (tgt or "").startswith("IGOUNO") for src, tgt, code in found)


def test_response_promised_from_another_side_is_its_threat(nlp):
    found = factual("Any Greek drilling near Kastellorizo would provoke a strong response from Ankara, a "
                    "Turkish official said.")
    assert ("TUR", "GRC", "130") in found


def test_response_already_drawn_is_no_threat(nlp):
    found = factual("The Ukrainian drone raid drew a swift response from Moscow.")
    assert not any(code.startswith("13") for _, _, code in found)


def test_agreement_ended_with_another_state_reduces_relations(nlp):
    assert ("PAN", "TWN", "160") in factual("Panama ended its fisheries agreement with Taiwan on Monday.")


def test_agreement_to_be_ended_on_a_condition_is_a_threat(nlp):
    found = factual("Panama would end its fisheries agreement with Taiwan if Taipei kept its trawlers in "
                    "Panamanian waters, the Panamanian president said.")
    assert any(src == "PAN" and tgt == "TWN" and code.startswith("13") for src, tgt, code in found)


def test_militants_hunted_down_are_fought(nlp):
    assert ("NGA", None, "190") in {(s, None, c) for s, _, c in
                                     factual("Nigerian soldiers hunted down Boko Haram fighters near Lake Chad.")}


def test_militants_to_be_hunted_down_on_a_condition_is_a_threat_of_force(nlp):
    found = factual("Chad would hunt down Boko Haram fighters wherever they hid if they crossed the border again, "
                    "the Chadian defence minister said.")
    assert any(src == "TCD" and code == "138" for src, _, code in found)
