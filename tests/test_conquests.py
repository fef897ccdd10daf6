"""Places taken by force (192): a bare place name, a place named by a noun the lexicon keeps for other
acts, or control of a place; and forces or warplanes sent against someone (190).

Our own sentences (not taken from any gold or dev set).
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

CASES = [
    ("Rebels seized Timbuktu on Sunday, Malian officials said.", "2012-04-02", ("MLI", "MLI", "192")),
    ("Ukrainian forces liberated Kherson on Friday after an eight-month occupation.", "2022-11-11",
     ("UKR", "UKR", "192")),
    ("Taliban fighters captured the provincial capital of Kunduz on Monday.", "2015-09-28", ("AFG", "AFG", "192")),
    ("Houthi fighters seized control of the airport in Aden on Thursday.", "2015-03-26", ("YEM", "YEM", "192")),
    ("Iraqi troops regained control of Ramadi from Islamic State militants on Monday.", "2015-12-28",
     ("IRQ", None, "192")),
    ("Serbia threw tanks against the Kosovo Liberation Army in the Drenica valley.", "1998-03-05",
     ("SRB", "KSV", "190")),
    ("Within hours India sent fighter jets against three camps across the Line of Control.", "2019-02-26",
     ("IND", None, "190")),
]

# no conquest: a ship seized, a company taken over, an election won, a conquest only aimed at
NOT_CONQUESTS = [
    ("Greek coast guards seized the tanker Ocean Star off Crete on Tuesday.", "2024-05-07"),
    ("Chinese investors seized control of the company last year.", "2024-05-07"),
    ("Democrats captured Virginia in the governor's election.", "2017-11-08"),
    ("The president refused to rule out using force to take Greenland.", "2025-01-08"),
]


def _triples(text: str, date: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


@pytest.mark.parametrize(("text", "date", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_place_taken_or_force_sent(nlp, text, date, expected):
    got = _triples(text, date)
    source, target, code = expected
    assert any(s == source and (target is None or t == target) and c == code for s, t, c in got), got


@pytest.mark.parametrize(("text", "date"), NOT_CONQUESTS, ids=[c[0][:48] for c in NOT_CONQUESTS])
def test_no_conquest(nlp, text, date):
    assert not any(code.startswith("19") for _, _, code in _triples(text, date))


# foreign forces, police contingents included, touching down or landing abroad are deployed there (074),
# never paying a visit (042)
ARRIVALS = [
    ("Some 400 Rwandan soldiers touched down in Bangui on Sunday.", ("RWA", "CAF", "074")),
    ("Kenyan policemen landed in Port-au-Prince on Tuesday to bolster the security mission.", ("KEN", "HTI", "074")),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVALS, ids=[c[0][:48] for c in ARRIVALS])
def test_forces_touching_down(nlp, text, expected):
    got = _triples(text, "2025-06-01")
    assert expected in got, got
    assert not any(code.startswith("042") for _, _, code in got)
