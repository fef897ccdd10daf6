"""A role no sentence places ("police", "soldiers") in a story whose named states tie (or that names none)
belongs to its dateline's country. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(text: str, date: str = "2026-01-15") -> set[tuple[str, str | None, str, bool]]:
    art = Article(id="t", paragraphs=[p for p in text.split("\n\n") if p.strip()], published=date)
    return {(m.source.code, m.target.country if m.target else None, m.event_code, m.negated or m.hypothetical)
            for c in code_articles([art]) for m in c.mentions}


def test_police_of_the_dateline_city_when_two_states_are_named_once():
    got = coded("NAIROBI - Police arrested dozens of demonstrators on Tuesday, and Uganda demanded the release of "
                "its citizens.")
    assert ("KENCOP", "KEN", "173", False) in got


def test_soldiers_of_a_1990s_dateline_fire_on_a_crowd():
    got = coded("LAGOS, Nov 11 (AP) - Soldiers shot dead 12 demonstrators on Friday, and Ghana condemned the "
                "killings.", date="1995-11-11")
    assert any(s == "NGAMIL" and t == "NGA" and not m for s, t, _, m in got)
    assert not any(s.startswith("---") for s, _, _, _ in got)


def test_a_hyphenated_dateline_city_is_no_acronym_of_the_lead():
    # "PORT-AU-PRINCE -" was cut after "PORT-", and "AU" made the gunmen the African Union's
    got = coded("PORT-AU-PRINCE - Gunmen from the 400 Mawozo gang abducted two French aid workers on Monday, police "
                "said.")
    assert any(s.startswith("HTI") and t == "FRA" and c == "181" and not m for s, t, c, m in got)
    assert not any(s.startswith("IGO") for s, _, _, _ in got)
