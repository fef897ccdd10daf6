"""Coding: acts a complaint or report tells, and acts a side names in its own words, are not asserted.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code[:2], m.is_factual)
            for m in code_text(text, date="2025-06-01")]


def test_content_of_a_complaint_is_not_asserted():
    got = coded("African Union monitors went to Kassala to investigate Eritrean complaints that Sudanese "
                "artillery had shelled border villages.")
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_content_of_reports_under_an_inquiry_is_not_asserted():
    got = coded("EU monitors began investigating on Monday reports that Armenian troops had planted mines "
                "along the Georgian border.")
    assert not any(root == "19" and factual for _, _, root, factual in got)


def test_act_named_in_the_answering_sides_words_is_not_asserted():
    got = coded("Lebanon recalled its ambassador from Damascus in protest at what it called a Syrian "
                "military incursion into the Bekaa valley.")
    assert ("LBN", "SYR", "16", True) in got
    assert not any(root == "19" and factual for _, _, root, factual in got)
    got = coded("Lebanon condemned what it described as an Israeli raid on a village near Tyre.")
    assert not any(root == "19" and factual for _, _, root, factual in got)
