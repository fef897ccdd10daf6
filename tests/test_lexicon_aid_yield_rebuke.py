"""Lexicon: debts paid off, food distributions, handovers of captives, giving in,
verbs of disparagement, treaties renounced and aid staff expelled.

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code
descriptions and usual news phrasing. Each must be coded through the whole pipeline
(:func:`detente.pipeline.code_text`) with the expected source country, target country
(``None``: not checked) and CAMEO code. The negative cases guard the senses the new rows
must not take.
"""

from __future__ import annotations

import pytest

from coding_cases import factual

from detente.pipeline import code_text

DATE = "2025-06-01"

# (sentence, (source country or None, target country or None, CAMEO code)); None: not checked
CASES = [
    # 071: another state's debts or arrears settled for it
    ("Kuwait paid off Jordan's debts to the IMF.", ("KWT", "JOR", "071")),
    ("Qatar cleared Lebanon's arrears to the World Bank.", ("QAT", "LBN", "071")),
    # 073: food distributions resumed
    ("The UN resumed food distributions in Sudan.", ("IGO", "SDN", "073")),
    # 0841: the handover of prisoners as an event noun
    ("Russia completed the handover of 80 Ukrainian prisoners to Ukraine.", ("RUS", "UKR", "0841")),
    # 111: disparagement
    ("Beijing ridiculed Washington's claims about the islands.", ("CHN", "USA", "111")),
    ("The Kremlin mocked the French president.", ("RUS", "FRA", "111")),
    ("Tehran vilified the Saudi government in its broadcasts.", ("IRN", "SAU", "111")),
    ("Pakistan belittled India's account of the clash.", ("PAK", "IND", "111")),
    # 160: treaties and agreements renounced
    ("North Korea renounced the military agreement with South Korea.", ("PRK", "KOR", "160")),
    ("Russia repudiated the arms control treaty with the United States.", ("RUS", "USA", "160")),
    # 1663: aid staff expelled (envoys stay 161)
    ("Ethiopia expelled seven UN aid officials.", ("ETH", "IGO", "1663")),
    ("Ethiopia expelled three Kenyan diplomats.", ("ETH", "KEN", "161")),
]

# (sentence, CAMEO root that must not be coded)
NOT_CODED = [
    ("The farmers cleared the land before the rains.", "07"),
    ("Volunteers handed out leaflets at the food distribution point.", "08"),
    ("The singer renounced her British citizenship.", "16"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_new_wording_is_coded(nlp, text, expected):
    source, target, code = expected
    got = factual(text, DATE)
    assert any((source is None or s == source) and (target is None or t == target) and c == code
               for s, t, c in got), got


@pytest.mark.parametrize(("text", "root"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_new_rows_keep_to_their_sense(nlp, text, root):
    assert root not in {m.root_code for m in code_text(text, date=DATE)}


def test_debt_paid_off_by_the_debtor_aids_no_one(nlp):
    # the creditor ("to the IMF") is not the receiver of aid when a state settles its own debt
    mentions = code_text("Egypt paid off its own arrears to the IMF ahead of schedule.", date=DATE)
    assert not [m for m in mentions if m.root_code == "07" and m.target is not None]
