"""Lexicon additions for military wordings that coded nothing: blockades declared or enforced (191),
patrol craft and armoured vehicles transferred or delivered to another state's forces (072), airports,
dams and installations handed over (0842), fighters giving themselves up (0874), forces coming
ashore on a coast (074) and observers or inspectors pulled out of a state (1662, not a retreat).

Our own sentences (not taken from any gold or dev set), coded through the whole pipeline; each case
gives the expected factual (source country, target country, CAMEO code).
"""

from __future__ import annotations

import pytest
from coding_cases import factual

from detente.pipeline import code_text

DATE = "2019-03-01"

CASES = [
    # a blockade declared or enforced is imposed
    ("The Houthis declared a naval blockade of Israel's Red Sea ports on Sunday.", ("YEM", "ISR", "191")),
    ("Boko Haram declared a blockade on food deliveries to Maiduguri in Nigeria.", ("NGA", "NGA", "191")),
    ("Azerbaijan enforced a blockade on the road into Armenia on Monday.", ("AZE", "ARM", "191")),
    # patrol craft and armoured vehicles handed to another state's forces, active and passive
    ("Japan transferred four patrol vessels to the Vietnamese coast guard on Tuesday.", ("JPN", "VNM", "072")),
    ("Four patrol boats were transferred to the Sri Lankan navy by India on Friday.", ("IND", "LKA", "072")),
    ("Turkey delivered armoured personnel carriers to the Somali army on Thursday.", ("TUR", "SOM", "072")),
    # installations handed over to another side's forces are ceded ground
    ("The SDF handed over the airport to Syrian government forces on Monday.", ("SYR", "SYR", "0842")),
    ("The dam was handed over to Iraqi troops by the Peshmerga on Friday.", ("IRQ", "IRQ", "0842")),
    # fighters giving themselves up surrender
    ("Twelve Boko Haram fighters gave themselves up to Nigerian troops in Borno on Sunday.",
     ("NGA", "NGA", "0874")),
    ("The deposed Haitian general gave himself up to U.S. soldiers on Friday.", ("HTI", "USA", "0874")),
    # forces coming ashore on a coast arrive in support of its state
    ("U.S. Marines came ashore on the beaches of Mogadishu at dawn on Wednesday.", ("USA", "SOM", "074")),
    # observers, monitors and inspectors pulled out of a state are withdrawn inspectors, not a retreat
    ("The African Union pulled its election observers out of Burundi on Monday.", ("IGO", "BDI", "1662")),
    ("The OSCE withdrew its monitors from Georgia on Friday.", ("IGO", "GEO", "1662")),
    ("Canada recalled its election observers from Haiti after the attack.", ("CAN", "HTI", "1662")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_military_wording_is_coded(nlp, text, expected):
    source, target, code = expected
    got = factual(text, DATE)
    assert any(s == source and t == target and c == code for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The Kenyan president gave up his seat to a visiting minister.",
    "The French ministry handed over the file to Algerian investigators.",
])
def test_giving_up_and_handing_over_need_their_kind(nlp, text):
    # a seat given up or a file handed over is no surrender and no ground ceded
    assert not [m for m in code_text(text, date=DATE) if m.event_code in ("0874", "0842")]


def test_troops_pulling_out_stay_a_withdrawal(nlp):
    # soldiers pulling out of a state still withdraw (087); only observers and inspectors are 1662
    codes = {m.event_code for m in code_text("Russian troops pulled out of Georgia on Monday.", date=DATE)}
    assert "087" in codes and "1662" not in codes


def test_fighters_pulling_back_retreat(nlp):
    # insurgents falling back with no place named retreat (0874) against their own state; investors do not
    got = factual("Boko Haram fighters pulled back into the forest after the army offensive on Monday.", DATE)
    assert ("NGA", "NGA", "0874") in got, got
    assert not [m for m in code_text("Investors pulled back after the Kenyan central bank raised rates.", date=DATE)
                if m.event_code == "0874"]
