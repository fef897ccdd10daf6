"""Working people who strike and blockade (miners, truckers, drivers, dockers) are domestic labour actors
the phoenix agent list lacks, so their protests (CAMEO 14) were lost. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_miners_on_strike_are_labour(nlp):
    found = factual("Miners in Kitwe went on strike on Monday over unpaid wages.", codes=True, root=True)
    assert ("ZMBLAB", "ZMB", "14") in found


def test_truckers_from_a_country_blockade_a_crossing(nlp):
    found = factual("Truckers from Kenya blocked the Malaba border crossing on Tuesday.", codes=True, root=True)
    assert any(s == "KENLAB" and c == "14" for s, _, c in found)


def test_lorry_drivers_protesting_outside_an_embassy_protest_at_its_state(nlp):
    found = factual("Hundreds of Polish lorry drivers protested outside the Ukrainian embassy in Warsaw on Friday.",
                    root=True)
    assert ("POL", "UKR", "14") in found
