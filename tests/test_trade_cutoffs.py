"""Trade and traffic cut off between states (CAMEO 16x): energy or food sales stopped, supplies cut off,
goods banned, flights suspended; and a cut-off announced with a start time ("would stop ... from
Wednesday"), which is the measure itself, not a threat (13x) of it.

Our own sentences (not taken from any gold or dev set); the negative cases guard the senses the rows
must not take (strike damage, supply vessels, trade disputes, plain future visits).
"""

from __future__ import annotations

import pytest
from coding_cases import factual

DATE = "2026-02-10"

# (sentence, (source country, target country, CAMEO code)); all factual
CASES = [
    ("Kazakhstan stopped selling coal to Kyrgyzstan on Tuesday.", ("KAZ", "KGZ", "163")),
    ("Russia cut off gas supplies to Moldova on Thursday.", ("RUS", "MDA", "163")),
    ("Uzbekistan stopped exports of gas to Tajikistan after the border clash.", ("UZB", "TJK", "163")),
    ("Poland banned grain from Ukraine on Saturday.", ("POL", "UKR", "163")),
    ("Egypt suspended electricity sales to Sudan on Monday.", ("EGY", "SDN", "163")),
    ("India halted the flow of water into Bangladesh for a week.", ("IND", "BGD", "163")),
    ("Georgia suspended flights to Russia after the protests.", ("GEO", "RUS", "160")),
    ("Azerbaijan cancelled all flights to Iran on Friday.", ("AZE", "IRN", "160")),
    # an announced cut-off given the day it starts is coded as done
    ("Tirana announced it would stop selling electricity to Montenegro from Monday.", ("ALB", "MNE", "163")),
    ("Turkey said it would suspend flights to Iraq starting Wednesday.", ("TUR", "IRQ", "160")),
    # one's own envoy called back is a recall, not a summons
    ("Italy called back its ambassador from Cairo on Monday.", ("ITA", "EGY", "161")),
    ("Spain called its ambassador in Caracas back for consultations.", ("ESP", "VEN", "161")),
]

# (sentence, (source, target, code) that must not be coded as factual)
NOT_CODED = [
    ("Russian missiles struck a power plant near Kharkiv, cutting power to thousands of homes.",
     ("RUS", "UKR", "163")),
    ("Chinese ships blocked two Philippine supply boats near the shoal.", ("CHN", "PHL", "163")),
    ("Moldova ended a long trade dispute with Romania on Monday.", ("MDA", "ROU", "163")),
    # without a start time an announced cut-off stays a threat
    ("Russia said it would halt gas exports to Moldova.", ("RUS", "MDA", "162")),
    # a start time makes no other future act done
    ("Putin will visit China from Monday.", ("RUS", "CHN", "042")),
    ("Spain called its ambassador in Caracas back for consultations.", ("ESP", "VEN", "114")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_cut_off_trade_and_flights(nlp, text, expected):
    assert expected in factual(text, DATE)


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_rows_keep_to_their_sense(nlp, text, event):
    assert event not in factual(text, DATE)


def test_unscheduled_cut_off_is_a_threat(nlp):
    assert ("RUS", "MDA", "1311") in factual("Russia said it would halt gas exports to Moldova.", DATE)
