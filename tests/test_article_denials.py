"""Whole articles: quoted denials answering an earlier charge, protests at acts named earlier, documents
that speak for their issuer. Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(*paragraphs: str) -> set[tuple[str, str | None, str]]:
    """(source, target, code) of the article's asserted mentions."""
    article = next(code_articles([Article(id="t", paragraphs=list(paragraphs), published="2026-04-09")]))
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in article.mentions if m.is_factual}


def test_quoted_categorical_negation_after_an_accusation_is_a_denial_of_the_accuser():
    found = coded(
        "Estonia's border guard accused Russian divers of cutting a data cable in the Narva river on Monday.",
        '"Our divers cut nothing. They were inspecting a pipe on our own side," Russian Foreign Ministry '
        "spokeswoman Maria Zakharova told reporters in Moscow.")
    assert ("RUS", "EST", "016") in found


def test_quoted_never_after_a_seizure_is_a_denial_of_the_captor():
    found = coded(
        "The Philippine coast guard seized a Vietnamese trawler near Pag-asa island on Tuesday.",
        '"The trawler never entered Philippine waters. Its crew were fishing where they always fish," '
        "Vietnam's foreign ministry spokeswoman Pham Thu Hang said.")
    assert ("VNM", "PHL", "016") in found


def test_quoted_negation_without_an_earlier_charge_is_no_denial():
    found = coded(
        "Chile and Argentina signed a fisheries accord in Santiago on Wednesday.",
        '"We have never closed the door to our neighbours. Trade will grow," Chile\'s foreign minister said.')
    assert not any(code == "016" for _, _, code in found)


def test_quoted_claim_of_doing_nothing_more_is_no_denial():
    found = coded(
        "Turkey accused Greece of militarising islands in the Aegean on Monday.",
        '"Greece has done nothing more than protect its own islands. Our position is clear," '
        "Greek Foreign Minister Giorgos Gerapetritis said.")
    assert ("GRC", "TUR", "016") not in found


def test_quoted_passive_or_intransitive_negation_is_no_denial():
    found = coded(
        "Sudanese troops shelled a market near the Chadian border on Monday, Chad's government said.",
        '"Nobody was hurt. The shells fell in an empty field," a Sudanese army spokesman said.')
    assert not any(code == "016" for _, _, code in found)


def test_protest_against_acts_named_earlier_is_aimed_at_their_doer():
    found = coded(
        "Indian police arrested 40 Nepali traders in Raxaul on Monday.",
        "Hundreds of Nepalis rallied in Birgunj on Tuesday to protest the arrests.")
    assert ("NPL", "IND", "141") in found


def test_a_document_speaks_for_whoever_issued_it():
    found = coded(
        "Kenya's foreign ministry issued a statement on Tuesday about the fighting near Moyale.",
        "Traders in the town said the market had been closed since Sunday.",
        "The statement accused Ethiopia of shelling Kenyan villages.")
    assert ("KEN", "ETH", "112") in found
