"""Actors placed by the places they are of: city modifiers, capitals, descriptive speakers."""

from __future__ import annotations

import pytest
from coding_cases import factual

from detente.pipeline import code_articles
from detente.records import Article

pytestmark = pytest.mark.slow


def coded(text: str, date: str = "2024-05-10") -> list[tuple[str, str | None, str]]:
    """(source, target, code) of every mention coded from ``text``."""
    article = Article(id="t", paragraphs=[text], published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code)
            for a in code_articles([article]) for m in a.mentions]


@pytest.mark.parametrize(("text", "source"), [
    ("Naples prosecutors charged the mayor with bribery.", "ITAJUD"),
    ("Mosul police arrested four suspects on Tuesday.", "IRQCOP"),
    ("Lyon magistrates indicted the company's chairman.", "FRAJUD"),
])
def test_a_large_city_modifier_places_its_role(text, source):
    assert coded(text)[0][0] == source


def test_a_role_word_without_a_city_stays_unplaced():
    assert coded("Riot police arrested four suspects on Tuesday.")[0][0] == "---COP"


@pytest.mark.parametrize(("text", "source", "target"), [
    # the site is in the city that names it, not in the country of whoever uses it
    ("Militants shelled a French logistics hub at Kabul airport overnight.", "AFGREB", "FRA"),
    # a hyphenated capital the tagger missed, alone or in a possessive before its district
    ("Gang members kidnapped two American missionaries in Port-au-Prince on Saturday.", "HTICRM", "USAREL"),
    ("Militants attacked a Brazilian army patrol in Port-au-Prince's Solino neighbourhood.", "HTIREB", "BRAMIL"),
])
def test_an_armed_group_takes_the_country_where_it_struck(text, source, target):
    assert coded(text)[0][:2] == (source, target)


def test_a_nationality_before_a_site_is_no_place():
    # "a Thai base" names whose base it is; no town called "Thai" places the act
    assert coded("Cambodian troops fired rockets at a Thai army base on Sunday.")[0] == ("KHMMIL", "THAMIL", "190")


def test_a_first_name_that_is_also_a_town_does_not_place_the_person(nlp):
    # George is a South African town; here it is only the rebel leader's first name
    found = factual("Rebel leader George Karanja freed 12 hostages in Nakuru on Thursday.", date="2000-07-13",
                    codes=True)
    assert not any(src.startswith("ZAF") for src, _, _ in found), found
    assert any(src == "KENREB" and code.startswith("08") for src, _, code in found), found


def test_brussels_is_belgium_when_the_article_is_about_belgium(nlp):
    from detente.pipeline import code_text
    found = {(m.source.code, m.target.country if m.target else None, m.event_code[:2])
             for m in code_text("Burundi recalled its ambassador from Belgium on Monday, and Brussels answered by "
                                "expelling two Burundian diplomats.", date="2025-03-17")}
    assert ("BELGOV", "BDI", "16") in found
    eu = {m.source.code for m in code_text("Hungary vetoed the package, and Brussels said it would withhold funds "
                                           "from Budapest.", date="2025-03-17")}
    assert "IGOEUREEC" in eu
