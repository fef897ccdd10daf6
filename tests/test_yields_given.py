"""Yields and gifts: whom a release or easing is made to, and fronted clauses before "officials said".

Our own invented sentences, not taken from any gold or dev set.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text


def _events(text: str, date: str = "2024-03-05") -> list[tuple[str | None, str | None, str, bool]]:
    return [(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "handed"/"released" on the numbered subject and makes it a second subject of "said"
    ("About 800 rebel fighters handed in their rifles at a camp in Angola on Friday, U.N. officials said.",
     ("AGO", "AGO", "0873", True)),
    ("Some 40 Ugandan rebels released two hostages on Monday, the army said.", ("UGA", "UGA", "0841", True)),
])
def test_fronted_clause_before_reporting_verb(nlp, text, expected):
    assert expected in _events(text)


def test_participle_before_reporting_verb_stays_a_participle(nlp):
    # "troops sent by Kigali": a passive participle with its agent is no clause of its own
    assert not any(e[2].startswith("08") for e in _events(
        "Hundreds of troops sent by Kigali to the border, the army said, were on alert."))


@pytest.mark.parametrize(("text", "expected"), [
    # a crew freed is the crew's country's: the union or officials speaking for it name that country
    ("The Egyptian authorities freed the six sailors on Sunday, according to the Greek seamen's union.",
     ("EGY", "GRC", "0841", True)),
    ("Eritrean police released the fishermen on Tuesday, a Yemeni fisheries official said.",
     ("ERI", "YEM", "0841", True)),
])
def test_released_crew_belongs_to_the_other_country_named(nlp, text, expected):
    events = _events(text)
    assert expected in events
    assert (expected[0], expected[0], expected[2], True) not in events


@pytest.mark.parametrize(("text", "yielder", "to"), [
    # the easing's fallback on China itself is no second event beside the same yield to Japan
    ("Beijing resumed imports of beef from Japan, partly easing a ban imposed in 2001.", "CHN", "JPN"),
    ("Kenyan police released the two fishermen and allowed their boat to sail home to Tanzania.", "KEN", "TZA"),
])
def test_self_targeted_yield_beside_a_yield_abroad_is_dropped(nlp, text, yielder, to):
    events = _events(text)
    assert any(s == yielder and t == to and c.startswith("08") and f for s, t, c, f in events)
    assert not any(s == yielder and t == yielder and c.startswith("08") for s, t, c, f in events)


def test_domestic_release_alone_keeps_its_own_country(nlp):
    # with no foreign yield beside it, a state freeing prisoners frees its own
    assert ("BLR", "BLR", "0841", True) in _events("Minsk freed 18 political prisoners on Thursday.")


@pytest.mark.parametrize(("text", "expected"), [
    # "American food aid": the aid's nationality word is the giver; it goes where it was delivered
    ("U.S. Air Force planes flew the first loads of American food aid into Kwatobo in central Sudan on Friday.",
     ("USA", "SDN", "073", True)),
    # soldiers or gendarmes handed to the other side's officials are released to it
    ("Armenian troops handed the four Azerbaijani soldiers to Azerbaijani officials at the border on Friday.",
     ("ARM", "AZE", "0841", True)),
    # captives handed to the Red Cross are freed by the insurgents to the state they fight, not to the Red Cross
    ("Colombian rebels handed three captured soldiers to the International Committee of the Red Cross on Friday.",
     ("COL", "COL", "0841", True)),
])
def test_yields_and_gifts_reach_their_side(nlp, text, expected):
    events = _events(text)
    assert expected in events
    assert not any(t in ("NGO", expected[0]) and s == expected[0] and t != expected[1] for s, t, _, _ in events)

