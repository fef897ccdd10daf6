"""Yielding, aid and inquiry wording of older wire copy: forces pulling out of a place, curfews cut,
restrictions struck down, compensation paid, ceasefires declared with a side,
agentless passives of investigation and arrest, peace missions arriving at their post.

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code
descriptions. Each is coded through the whole pipeline with the expected source country, target
country (None: not checked) and CAMEO code; the negative cases guard the senses the rows must not take.
"""

from __future__ import annotations

import pytest
from coding_cases import factual

DATE = "1998-06-01"

# (sentence, (source country or None, target country or None, CAMEO code))
CASES = [
    # 087: forces pulling out of a place; 164/160: pulling out of talks or a treaty
    ("Ethiopian troops pulled out of the Eritrean border town on Sunday.", ("ETH", "ERI", "087")),
    ("The Angolan rebels pulled out of the peace talks in Lusaka.", (None, None, "164")),
    ("North Korea pulled out of the nuclear agreement.", ("PRK", None, "160")),
    # 087 for an armed group's fighters withdrawn from a town; 0874 for falling back toward cover
    ("The Sudan People's Liberation Army said it had withdrawn its fighters from the town of Torit.",
     (None, None, "087")),
    ("Chechen rebels withdrew toward the mountains on Sunday.", ("RUS", "RUS", "0874")),
    # 081: curfews cut, restrictions struck down by a court
    ("The Algerian military cut the curfew in the capital by three hours.", ("DZA", "DZA", "081")),
    ("The Indonesian army reduced the curfew in Jakarta.", ("IDN", "IDN", "081")),
    ("Turkey's constitutional court struck down restrictions on radio broadcasts in Kurdish.",
     ("TUR", "TUR", "081")),
    # 080: compensation paid to those harmed
    ("Libya paid compensation to France for the downed airliner.", ("LBY", "FRA", "080")),
    # 0871: a ceasefire declared with the other side
    ("The Sri Lankan government declared a ceasefire with Indian troops.", ("LKA", "IND", "0871")),
    # 09/17: agentless passives done by the state where they happened
    ("A Belgian banker was placed under formal investigation in France over the arms deal.",
     ("FRA", "BEL", "090")),
    ("The former Nigerian oil minister was placed under house arrest in Abuja.", ("NGA", "NGA", "173")),
    # 074: peacekeepers and monitors arriving at their post
    ("The first OSCE monitors arrived in Albania on Monday.", ("IGO", "ALB", "074")),
    ("Nigerian peacekeepers arrived in Liberia on Friday.", ("NGA", "LBR", "074")),
]

# (sentence, code that must not be coded)
NOT_CODED = [
    ("The Cuban foreign minister arrived in Mexico on Monday.", "074"),
    ("A team of European election observers arrived in Cambodia.", "074"),
    ("The Chilean government paid tribute to the victims.", "080"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_yield_aid_inquiry_rows(nlp, text, expected):
    source, target, code = expected
    got = factual(text, DATE)
    assert any((source is None or s == source) and (target is None or t == target) and c == code
               for s, t, c in got), got


@pytest.mark.parametrize(("text", "code"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_rows_keep_to_their_sense(nlp, text, code):
    assert code not in {c for _, _, c in factual(text, DATE)}
