"""Older wire copy: hostages taken "as hostages", captors freeing the people they held, rifles handed
in, relief ferried or counted in lorries and tonnes, aid in older currencies, and actors known as the
troops, members or envoys of a body ("paratroopers", "Haitian gang members", "investigators from the
IAEA", "the first of 500 soldiers").

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "1998-05-10"

CASES = [
    # hostage-taking (181): the "as" phrase says what the people became
    ("Iraqi troops seized 40 Kuwaiti engineers as hostages on Monday.", ("IRQ", "KWT", "181")),
    ("Chechen fighters took 12 Russian policemen as hostages in Dagestan.", ("RUS", "RUS", "181")),
    # a passive release is done by whoever held the people
    ("Four German tourists abducted by Yemeni tribesmen were released on Sunday.", ("YEM", "DEU", "0841")),
    ("Two French aid workers held by Somali gunmen were freed on Friday.", ("SOM", "FRA", "0841")),
    ("Five of the Filipino sailors kidnapped by Nigerian pirates were released by their captors.",
     ("NGA", "PHL", "0841")),
    # rifles handed in are disarmament (0873), not arms given to someone (072)
    ("Angolan UNITA rebels handed in their rifles at a quartering area on Monday.", ("AGO", "AGO", "0873")),
    # relief goods ferried, or counted in lorries and nested measures (073); aid in ecus (071)
    ("The Red Cross ferried medicine and blankets to Sudanese refugees.", ("NGO", "SDN", "073")),
    ("Turkey sent 40 lorries of flour and tents to Iraq on Tuesday.", ("TUR", "IRQ", "073")),
    ("A shipment of 10,000 tonnes of rice was delivered by Japan to North Korea.", ("JPN", "PRK", "073")),
    ("The European Union approved 3 million ecus in humanitarian aid for Bosnian refugees.",
     ("IGO", "BIH", "071")),
    # forces and members known by their kind and nationality
    ("Paratroopers killed four civilians in Kigali on Thursday.", ("RWA", "RWA", "190")),
    ("Haitian gang members attacked a police station in Gonaives.", ("HTI", "HTI", "190")),
    ("Inspectors from the IAEA inspected the Iraqi nuclear site on Monday.", ("IGO", "IRQ", "090")),
    ("The first of 500 Canadian soldiers arrived in Haiti on Monday to train Haitian police.",
     ("CAN", "HTI", "074")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_wire_copy_act_is_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_hostages_are_not_property_seized(nlp):
    got = _triples("Bosnian Serb soldiers seized 200 Dutch peacekeepers as hostages.")
    assert not any(code.startswith("1711") for _, _, code in got)


def test_release_by_a_named_liberator_keeps_the_liberator(nlp):
    got = {(m.source.code, m.event_code) for m in code_text(
        "Two Italian engineers held by Nigerian militants were freed by Nigerian troops on Friday.", date=DATE)}
    assert ("NGAMIL", "0841") in got
