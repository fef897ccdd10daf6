"""Data round 6 (session 7): UN investigators expelled, military engineers sent to another
state's forces, towns and crossings in current conflict and border news the generated gazetteer
lacks, two current opposition and rights figures, and officials in their 2025 roles.

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

DATE = "2025-11-01"

# (sentence, (source country or None, target country or None, CAMEO code)); None: not checked
CASES = [
    # 1662: UN investigators expelled like inspectors
    ("Mali expelled two UN investigators on Friday.", ("MLI", "IGO", "1662")),
    ("Burundi expelled the UN special rapporteur.", ("BDI", "IGO", "1662")),
    # 072: engineers, sappers and deminers sent to another state are military aid
    ("North Korea sent military engineers to Russia.", ("PRK", "RUS", "072")),
    ("Pyongyang dispatched about 3,000 sappers to Russia's Kursk region.", ("PRK", "RUS", "072")),
    ("Britain sent deminers to Ukraine last month.", ("GBR", "UKR", "072")),
    # places the gazetteer lacked, as the target's country
    ("Gunmen attacked a police post in Lakki Marwat.", ("PAK", "PAK", "18")),
    ("Rebels shelled the port town of Kyaukphyu.", (None, "MMR", "19")),
    # current opposition figures
    ("Georgian police detained Nika Melia.", ("GEO", "GEO", "173")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round6_rows_code_their_sense(sentence, expected):
    wrong = mismatches(sentence, expected, DATE)
    assert not wrong, f"{sentence!r}: expected {expected}, produced {wrong}"


@pytest.mark.parametrize(("sentence", "code"), [
    # experts sent abroad are no expulsion
    ("Germany sent two UN experts to the border.", "166"),
    # engineers sent home are no aid to anyone
    ("The company sent its engineers home after the strike.", "072"),
    # a deported migrant is no inspector expelled
    ("Mali expelled two Nigerian migrants.", "166"),
])
def test_round6_rows_keep_out_of_other_senses(sentence, code):
    assert not any(m.event_code.startswith(code) for m in code_text(sentence, date=DATE))



@pytest.mark.parametrize(("name", "code"), [
    ("Nika Melia", "GEOOPP"),
    ("Ales Bialiatski", "BLRHRI"),
    ("Abdoulkader Houssein Omar", "DJIGOV"),
    ("Harvel Jean-Baptiste", "HTIGOV"),
    ("Piero Corvetto", "PERGOV"),
    ("Pat Conroy", "AUSGOV"),
    ("Zaw Min Tun", "MMRGOV"),
    ("Tahir Andrabi", "PAKGOV"),
    ("Sun Weidong", "CHNGOV"),
    ("Georgy Zinoviev", "RUSGOV"),
    ("Gela Geladze", "GEOGOV"),
    ("Pawel Herczynski", "IGOEUREEC"),
    ("Ahmed Madobe", "SOMGOV"),
    ("Arnoldo André Tinoco", "CRIGOV"),
    ("Olushegun Adjadi Bakari", "BENGOV"),
    ("Ramalingam Chandrasekar", "LKAGOV"),
    ("Marcelo Ebrard", "MEXGOV"),
    ("Ozkan Ulutas", "IGOWSTNAT"),
    ("Surasant Kongsiri", "THAGOVMIL"),
    ("Kyaukphyu", "MMR"),
    ("Jarinje", "KSV"),
    ("Diafarabe", "MLI"),
    ("Zalambessa", "ETH"),
    ("Kfar Kila", "LBN"),
    ("Medininkai", "LTU"),
    ("Lakki Marwat", "PAK"),
])
def test_round6_actors_resolve(resolver, name, code):
    ref = resolver.resolve_text(name, DATE)
    assert ref is not None and ref.code == code
