"""Data round 8 (session 7): envoys "called to" a ministry (summoned, 114), protests delivered,
presented or submitted to an envoy (114), food and aid deliveries, airdrops and convoys (073),
a Haitian border town the gazetteer lacks and ministers in their 2025-26 roles (Armenia,
North Macedonia, Bulgaria, Vietnam, India; Venezuela's defence minister by surname alone).

Our own development sentences (not taken from any gold or dev set), written from the CAMEO
1.1b3 code descriptions and usual news phrasing. Each is coded through the whole pipeline
(:func:`detente.pipeline.code_text`); the negative cases guard the senses the new rows must
not take.
"""

from __future__ import annotations

import pytest

from coding_cases import mismatches

from detente.pipeline import code_text

pytestmark = pytest.mark.slow

DATE = "2026-02-10"

# (sentence, (source country or None, target country or None, CAMEO code)); None: not checked
CASES = [
    # 114: an envoy called to the ministry is summoned
    ("Kenya called the Ugandan high commissioner to the foreign ministry on Monday.", ("KEN", "UGA", "114")),
    ("Poland called the Belarusian charge d'affaires to the ministry over the balloons.", ("POL", "BLR", "114")),
    # 114: a protest delivered, presented or submitted to another state or its envoy
    ("China delivered a strong protest to Japan.", ("CHN", "JPN", "114")),
    ("The Philippines submitted a formal protest to China over the water cannon attack.", ("PHL", "CHN", "114")),
    ("Ghana presented a formal protest to the Togolese ambassador.", ("GHA", "TGO", "114")),
    # 073: food and aid deliveries, airdrops and convoys
    ("The World Food Programme resumed food deliveries to Haiti's Artibonite department.", ("IGO", "HTI", "073")),
    ("Jordan carried out aid airdrops over Gaza.", ("JOR", "PSE", "073")),
    ("Turkish aid convoys to Syria resumed on Monday.", ("TUR", "SYR", "073")),
    # a town the gazetteer lacks gives the attackers their country
    ("Gunmen attacked a police post in Anse-a-Pitres.", ("HTI", None, "18")),
    # ministers in their 2025-26 roles
    ("Timco Mucunski criticised Bulgaria over the veto.", ("MKD", "BGR", "111")),
    ("Georg Georgiev met Timco Mucunski in Sofia.", ("BGR", "MKD", "04")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round8_rows_code_their_sense(sentence, expected):
    wrong = mismatches(sentence, expected, DATE)
    assert not wrong, f"{sentence!r}: expected {expected}, produced {wrong}"


@pytest.mark.parametrize(("sentence", "code"), [
    # players called to a ground, or an envoy called to be congratulated, are not summoned
    ("The coach called the players to the training ground.", "11"),
    ("The president called the ambassador to congratulate him.", "11"),
    # a placard handed to a friend is no diplomatic protest
    ("He handed his protest sign to a friend.", "11"),
    # a pizza delivered to an embassy is no aid
    ("The pizza delivery to the embassy arrived late.", "07"),
    # food sold abroad is trade, not aid
    ("Russian food deliveries to Africa rose sharply in 2025.", "07"),
])
def test_round8_rows_keep_out_of_other_senses(sentence, code):
    assert not any(m.event_code.startswith(code) for m in code_text(sentence, date=DATE))



@pytest.mark.parametrize(("name", "code"), [
    ("Padrino", "VENGOVMIL"),
    ("Mher Grigoryan", "ARMGOV"),
    ("Timco Mucunski", "MKDGOV"),
    ("Georg Georgiev", "BGRGOV"),
    ("Le Hoai Trung", "VNMGOV"),
    ("Bui Thanh Son", "VNMGOV"),
    ("Rajesh Kumar Singh", "INDGOV"),
])
def test_round8_actors_resolve(resolver, name, code):
    ref = resolver.resolve_text(name, DATE)
    assert ref is not None and ref.code == code
