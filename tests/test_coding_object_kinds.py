"""Coding: coordinated objects of different kinds in one country ("a police officer and two soldiers")
are one event each, while objects of one kind, or people no role names, stay one event. Sentences
are our own."""

from __future__ import annotations

from collections import Counter

from detente.pipeline import code_text


def counted(text: str) -> Counter:
    return Counter((m.source.country, m.target.country if m.target else None, m.root_code)
                   for m in code_text(text, date="2025-06-01") if m.is_factual)


def test_police_and_soldiers_taken_are_two_abductions(nlp):
    got = counted("FARC dissidents abducted two police officers and a soldier near Tumaco in Colombia on Friday.")
    assert got[("COL", "COL", "18")] == 2


def test_policemen_and_soldiers_attacked_are_two_assaults(nlp):
    got = counted("Maoist rebels attacked policemen and soldiers guarding a bridge in Nepal's Rolpa district.")
    assert got[("NPL", "NPL", "19")] == 2


def test_opposition_and_press_arrested_are_two_arrests(nlp):
    got = counted("Belarusian police arrested three opposition activists and a journalist in Minsk on Sunday.")
    assert got[("BLR", "BLR", "17")] == 2


def test_people_of_no_named_role_stay_one_event(nlp):
    got = counted("Bandit gunmen kidnapped a village chief and his two daughters in Nigeria's Zamfara state.")
    assert got[("NGA", "NGA", "18")] == 1


def test_nationality_word_covers_conjoined_forces_as_doers(nlp):
    got = counted("Croatian police and soldiers expelled thousands of ethnic Serbs from the Krajina region.")
    assert ("HRV", "HRV", "20") in got or ("HRV", "SRB", "20") in got
    assert not any(src == "---" for src, _, _ in got)


def test_nationality_word_covers_conjoined_forces_as_targets(nlp):
    got = counted("Kurdish guerrillas ambushed Turkish police and soldiers near Hakkari on Tuesday.")
    assert got[("TUR", "TUR", "19")] == 2
