"""Conditional answers with force, embargoes promised on a condition, shows of force by drills around a
party, ships entering another's waters and infantry sent forward. Sentences are our own."""

from __future__ import annotations

from detente.coding import Coder
from detente.records import Article


def code(nlp, text: str):
    article = Article(id="tp", paragraphs=[text], published="2025-03-01")
    return Coder.default().code_doc(nlp(article.text), article)


def pairs(mentions, root: str):
    return {(m.source.country, m.target.country if m.target else None) for m in mentions
            if m.root_code == root and m.is_factual}


def test_answer_with_fire_on_a_condition_is_a_threat_against_the_condition(nlp):
    mentions = code(nlp, "Seoul said its army would answer with overwhelming force if North Korean troops "
                         "crossed the line.")
    assert ("KOR", "PRK") in pairs(mentions, "13")


def test_answering_questions_is_no_threat(nlp):
    mentions = code(nlp, "The Chilean minister said he would answer questions from Peruvian reporters if asked.")
    assert not pairs(mentions, "13")


def test_embargo_promised_on_a_condition_is_a_threat(nlp):
    mentions = code(nlp, "The minister said that if Riga did not lift the tariffs, Moscow would bar Latvian "
                         "freight from its ports.")
    threats = [m for m in mentions if m.root_code == "13" and m.is_factual]
    assert threats and threats[0].source.country == "RUS" and threats[0].target.country == "LVA"


def test_freight_barred_is_an_embargo(nlp):
    assert ("RUS", "LVA") in pairs(code(nlp, "Moscow barred Latvian freight from its ports."), "16")


def test_encircling_a_party_in_drills_is_a_show_of_force(nlp):
    mentions = code(nlp, "Russian warships encircled Japan during naval exercises on Monday.")
    assert ("RUS", "JPN") in pairs(mentions, "15")
    assert not pairs(mentions, "19")


def test_ships_entering_anothers_waters_show_force(nlp):
    assert ("CHN", "JPN") in pairs(code(nlp, "A Chinese coast guard ship entered Japanese waters."), "15")


def test_infantry_sent_forward_is_a_deployment(nlp):
    mentions = code(nlp, "Ecuador sent three infantry companies to its border with Peru on Sunday.")
    assert [m.event_code for m in mentions if m.root_code == "15"] == ["154"]


def test_civil_or_supposed_entries_into_waters_show_no_force(nlp):
    assert not pairs(code(nlp, "A Chinese fishing trawler entered Japanese waters."), "15")
    mentions = code(nlp, "Any U.S. warship that entered Venezuelan territorial waters would be fired on, "
                         "the minister said.")
    assert not pairs(mentions, "15")


def test_missiles_described_as_fired_that_splash_down_show_force(nlp):
    mentions = code(nlp, "Two missiles fired by North Korea splashed down off the coast of Japan on Monday.")
    assert [m.event_code for m in mentions if m.source.country == "PRK"] == ["150"]
    struck = code(nlp, "Rockets fired by Hamas hit the Israeli city of Ashkelon.")
    assert not [m for m in struck if m.root_code == "15"]
