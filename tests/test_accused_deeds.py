"""Whom an accusation or charge is aimed at when a preposition's gerund names someone else: the gerund tells
what the accused did ("accused the agency of channelling supplies to the RSF": at the agency, not the RSF),
and "the agency of ..." still refers back to the agency named before. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(text: str, date: str = "2026-01-15") -> set[tuple[str, str | None, str, bool]]:
    art = Article(id="t", paragraphs=[p for p in text.split("\n\n") if p.strip()], published=date)
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.negated or m.hypothetical)
            for c in code_articles([art]) for m in c.mentions}


# ---- a gerund tells the accused's deed (coding/clauses.phrase_parties)

def test_agency_accused_of_channelling_supplies_to_rebels():
    got = coded("Sudan criticised the World Food Programme on Monday. Khartoum accused the agency of "
                "channelling supplies to the RSF.")
    assert ("SDN", "IGO", "112", False) in got
    assert not any(code == "112" and t == "SDN" for _, t, code, _ in got)


def test_traders_accused_of_re_exporting_to_a_third_country():
    got = coded("Kazakhstan banned flour exports to Kyrgyzstan, accusing Kyrgyz traders of re-exporting "
                "the goods to Afghanistan.")
    assert ("KAZ", "KGZ", "112", False) in got
    assert ("KAZ", "AFG", "112", False) not in got


def test_organisation_accused_of_smuggling_weapons_in_older_copy():
    got = coded("NAIROBI, March 3 (Reuters) - Kenya expelled two officials of the U.N. refugee agency on Tuesday.\n\n"
                "The interior minister accused the organisation of smuggling weapons to Somali rebels.",
                date="1997-03-04")
    assert ("KEN", "IGO", "112", False) in got
    assert not any(code.startswith("11") and t == "SOM" for _, t, code, _ in got)


def test_teenager_charged_with_setting_fire_for_another_state():
    got = coded("Polish prosecutors charged a Belarusian man on Friday with setting fire to a Warsaw "
                "warehouse on the orders of Russian intelligence.")
    assert ("POL", "BLR", "173", False) in got or any(s == "POL" and t == "BLR" and code.startswith("17")
                                                       for s, t, code, _ in got)


def test_absolute_with_clause_is_no_deed():
    got = coded("The armies of Greece and Cyprus held their first joint drill near Paphos on Wednesday, "
                "with French officers watching as observers.")
    assert not any(s == t == "GRC" for s, t, _, _ in got)
