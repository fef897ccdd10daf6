"""Mutilation ("hacked off the hands") is a physical assault (182), not property damage, and whole villages
emptied or families loaded onto lorries by armed men are a mass expulsion (201). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2026-03-04") -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)}


def test_hands_hacked_off_are_an_assault(nlp):
    found = events("Ugandan rebels chopped off the ears of villagers near Gulu.")
    assert ("UGAREB", "UGACVL", "182", True) in found


def test_hands_cut_off_by_militiamen(nlp):
    found = events("Congolese militiamen cut off the hands of three men accused of theft.")
    assert any(s.startswith("COD") and t is not None and t.startswith("COD") and code == "182" and f
               for s, t, code, f in found)


def test_supply_cut_off_is_no_assault(nlp):
    assert not any(code.startswith("18") for *_, code, _ in
                   events("The Kenyan government cut off funding to the agency."))


def test_villages_emptied_by_police_are_an_expulsion(nlp):
    found = events("Iraqi forces emptied the village of its residents.")
    assert ("IRQMIL", "IRQCVL", "201", True) in found


def test_families_loaded_onto_lorries_are_expelled(nlp):
    found = events("Georgian troops loaded villagers onto buses and sent them over the mountains.")
    assert ("GEOMIL", "GEOCVL", "201", True) in found
