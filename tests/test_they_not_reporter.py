"""A plural "They" opening a sentence after "X did Y, the army said" is the doers of the reported act, not
the body the report is attributed to (actors/coref.resolve_anaphor). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_articles
from detente.records import Article


def coded(text: str, date: str = "2026-01-15") -> set[tuple[str, str | None, str, bool]]:
    art = Article(id="t", paragraphs=[p for p in text.split("\n\n") if p.strip()], published=date)
    return {(m.source.code, m.target.country if m.target else None, m.event_code, m.negated or m.hypothetical)
            for c in code_articles([art]) for m in c.mentions}


def test_gunmen_not_the_reporting_army():
    got = coded("Gunmen from a Fulani militia attacked a village in Plateau state on Sunday, the Nigerian army "
                "said. They killed 30 villagers and burned dozens of homes.")
    assert not any(s == "NGAMIL" for s, _, _, _ in got)
    assert any(s == "NGAREB" and code.startswith(("18", "19", "20")) for s, _, code, _ in got)


def test_aircraft_not_the_reporting_army_of_the_struck_state():
    got = coded("Israeli aircraft struck targets in southern Lebanon overnight, the Lebanese army said. "
                "They hit a Hezbollah depot near Tyre.")
    assert ("ISR", "LBN", "190", False) in got
    assert not any(s == "LBNMIL" for s, _, _, _ in got)


def test_according_to_a_ministry_in_older_copy():
    got = coded("GROZNY, Jan 3 (Reuters) - Russian jets bombed villages south of the city on Tuesday, according "
                "to the Chechen interior ministry. They also struck a bridge over the Sunzha river.",
                date="1995-01-03")
    assert ("RUSMIL", None, "190", False) in got
    assert not any(s.endswith("GOV") for s, _, _, _ in got)


def test_they_in_the_speakers_own_report_is_the_speaker():
    got = coded("The Shabaab said they had shot down a Kenyan military helicopter near Kismayo.")
    assert any(s.startswith("SOM") and t == "KEN" and code.startswith("19") for s, t, code, _ in got)
