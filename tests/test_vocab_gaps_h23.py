"""Cooperation and inquiry told with verbs the tables lacked: energy pumped to another state (061),
premises searched by police, prosecutors or inspectors (090), wanted officers and cartel men handed or
flown to another state's justice (063).

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code
descriptions; the negative cases guard the senses the rows must not take.
"""

from __future__ import annotations

import pytest
from coding_cases import factual

DATE = "2024-03-10"

# (sentence, (source country, target country, CAMEO code)); all factual
CASES = [
    ("Russia pumped gas to Hungary on Monday through the TurkStream pipeline.", ("RUS", "HUN", "061")),
    ("Algeria began pumping extra gas to Italy on Friday.", ("DZA", "ITA", "061")),
    ("Kenyan police searched the offices of the opposition party on Monday.", ("KEN", "KEN", "090")),
    ("U.N. inspectors searched a military factory outside Baghdad on Wednesday.", ("IGO", "IRQ", "090")),
    ("Kenya handed over a Rwandan colonel wanted for genocide to the Rwandan authorities.", ("KEN", "RWA", "063")),
    ("Colombia handed 14 jailed cartel members to U.S. authorities on Friday.", ("COL", "USA", "063")),
    ("Guatemala flew three drug cartel bosses to the United States on Monday.", ("GTM", "USA", "063")),
]

# (sentence, code that must not be coded)
NOT_CODED = [
    ("Rescuers searched the rubble for survivors in Turkey.", "090"),
    ("Police searched for the missing boy in Nairobi.", "090"),
    ("The Chinese club pumped money into the team.", "061"),
    ("Russia flew the ousted Syrian president to Moscow.", "063"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_gap_rows(nlp, text, expected):
    assert expected in factual(text, DATE)


@pytest.mark.parametrize(("text", "code"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_gap_rows_keep_to_their_sense(nlp, text, code):
    assert code not in {c for _, _, c in factual(text, DATE)}
