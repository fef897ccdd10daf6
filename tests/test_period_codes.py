"""Dissolved states in older wire copy are coded as their current successor, and place names inside
people's names name no country. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors.data import load_code_names_tsv, modern_code
from detente.coding import Coder
from detente.records import Article


def coded(nlp, text: str, date: str | None) -> list[tuple[str, str | None, str]]:
    article = Article(id="t", paragraphs=[text], published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code)
            for m in Coder.default().code_doc(nlp(article.text), article) if m.is_factual]


def pairs(found: list[tuple[str, str | None, str]]) -> set[tuple[str, str | None]]:
    return {(s[:3], t[:3] if t else None) for s, t, _ in found}


SUCCESSORS = {"YUG": "SRB", "SCG": "SRB", "TMP": "TLS"}
COUNTRIES = {"SRB", "BIH", "KSV", "TLS"}


@pytest.mark.parametrize(("old", "new"), [
    ("SCG", "SRB"), ("SCGGOV", "SRBGOV"), ("YUGBIH", "BIH"), ("SCGSRB", "SRB"), ("TMPOCC", "TLSOCC"),
    ("RUSGOV", "RUSGOV"), ("IGOUNO", "IGOUNO"),
])
def test_period_codes_become_the_successor_or_the_member_state(old, new):
    assert modern_code(old, SUCCESSORS, COUNTRIES) == new


def test_successor_table_names_only_three_letter_codes():
    from importlib import resources

    text = resources.files("detente.data.actors").joinpath("successor_codes.tsv").read_text(encoding="utf-8")
    table = load_code_names_tsv(text, "successor_codes.tsv")
    assert table and all(len(old) == 3 and len(new) == 3 for old, new in table.items())


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Croatia accused Yugoslavia on Monday of massing tanks near Vukovar.", "1991-09-16", ("HRV", "SRB")),
    ("Police in Belgrade arrested a dozen opposition activists on Sunday.", "1997-01-12", ("SRB", "SRB")),
    ("Montenegro's president accused Belgrade of blocking the federal budget.", "1999-03-02", ("MNE", "SRB")),
    ("Federal Yugoslav troops shelled the Croatian port of Dubrovnik on Tuesday.", "1991-11-12", ("SRB", "HRV")),
])
def test_yugoslavia_and_its_capital_are_serbia_in_every_period(nlp, text, date, pair):
    assert pair in pairs(coded(nlp, text, date))


def test_kosovo_under_serbia_and_montenegro_is_kosovo(nlp):
    found = coded(nlp, "Serbian police expelled hundreds of villagers from Pristina on Thursday.", "1998-08-06")
    assert ("SRB", "KSV") in pairs(found)
    assert not any(code.startswith(("SCG", "FRY", "YUG")) for s, t, _ in found for code in (s, t or ""))


def test_place_name_inside_a_commanders_name_is_no_country(nlp):
    text = ("KISMAYO, March 3 (Reuters) - Militiamen loyal to General Abdi Farah Hersi attacked a relief convoy "
            "near Kismayo on Wednesday, aid workers said.")
    found = coded(nlp, text, "1993-03-03")
    assert found and not any(s.startswith("AFG") for s, _, _ in found)


def test_sponsor_before_backed_is_not_the_groups_country(nlp):
    text = "Syrian-backed militiamen shelled a Lebanese army checkpoint near Tripoli on Thursday."
    found = coded(nlp, text, "1990-05-10")
    assert found and not any(s.startswith("SYR") for s, _, _ in found)
