"""Lexicon and actor data round 4 (session 6): territorial waters intruded into, human shields,
control of places taken by force, "fly" as a support verb, judging words of humiliation and
affront and other words of criticism, and current office holders, commands and armed groups.

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
    # 150: naval craft in another state's territorial waters
    ("Chinese coast guard ships sailed into Japanese territorial waters near the islands.", ("CHN", "JPN", "150")),
    ("Russian warships strayed into Estonian waters on Monday.", ("RUS", "EST", "150")),
    ("Turkish warships intruded into Greek territorial waters.", ("TUR", "GRC", "150")),
    # 184: civilians used as human shields
    ("Burmese soldiers marched captured villagers ahead of their columns as human shields.", ("MMR", None, "184")),
    ("Russian troops employed Ukrainian prisoners as human shields near Bakhmut.", ("RUS", "UKR", "184")),
    # 192: control of a place taken by force
    ("Israeli troops took control of several Syrian villages in the buffer zone.", ("ISR", "SYR", "192")),
    ("M23 rebels wrested control of Bukavu from Congolese troops.", ("COD", "COD", "192")),
    # 062: air forces fly joint exercises and patrols
    ("The Egyptian air force flew a joint exercise with Chinese crews.", ("EGY", "CHN", "062")),
    ("Australian and Philippine aircraft flew joint patrols over the South China Sea.", ("AUS", "PHL", "062")),
    # 111: an act called a humiliation or an affront
    ("Kigali called Burundi's decision a humiliation.", ("RWA", "BDI", "111")),
    ("Algeria said France's treatment of its diplomat was humiliating.", ("DZA", "FRA", "111")),
    ("Beijing described Tokyo's remarks as an affront to Chinese sovereignty.", ("CHN", "JPN", "111")),
    # 111: other judging words of criticism
    ("Russia said Ukraine's drone attack was unprovoked.", ("RUS", "UKR", "111")),
    ("China said Washington's arms sale was escalatory.", ("CHN", "USA", "111")),
    ("Hungary described the EU's decision as a betrayal.", ("HUN", "IGO", "111")),
    ("Tehran said Washington's sanctions were intolerable.", ("IRN", "USA", "111")),
    ("South Korea said the North's missile launch was deplorable.", ("KOR", None, "111")),
    ("Tokyo called China's ban regrettable and unwarranted.", ("JPN", "CHN", "111")),
    ("India said Pakistan's remarks were inflammatory.", ("IND", "PAK", "111")),
    # current office holders, commands and groups as sources
    ("Hamdullah Fitrat accused Iran of mistreating Afghan refugees.", ("AFG", "IRN", "112")),
    ("U.S. Africa Command carried out an airstrike on al-Shabaab fighters in Somalia.", ("USA", None, "19")),
    ("The Eastern Theatre Command sent warships toward Taiwan.", ("CHN", "TWN", "154")),
    ("The Comandos de la Frontera ambushed an Ecuadorean army patrol.", ("COL", "ECU", "19")),
    ("Maka Botchorishvili criticised the European Union's decision.", ("GEO", "IGO", "111")),
    ("Ivica Dacic accused Kosovo of provoking the Serbs.", ("SRB", "KSV", "112")),
    ("KFOR deployed troops to the bridge in Mitrovica.", ("IGO", "KSV", "154")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round4_rows_code_their_sense(sentence, expected):
    wrong = mismatches(sentence, expected, DATE)
    assert not wrong, f"{sentence!r}: expected {expected}, produced {wrong}"


@pytest.mark.parametrize(("sentence", "code"), [
    # a company whose control is seized is confiscated property, not occupied territory
    ("Russian authorities seized control of the local unit of a Finnish paint maker.", "192"),
    # winning a chamber in an election is not occupation
    ("The Democrats took control of the House of Representatives.", "192"),
    # a cruise ship in port is no show of force
    ("A cruise ship sailed into the port of Piraeus.", "150"),
    # "flew aid" is a delivery, not an exercise
    ("The UAE flew aid to Gaza.", "062"),
])
def test_round4_rows_keep_out_of_other_senses(sentence, code):
    assert not any(m.event_code == code for m in code_text(sentence, date=DATE))



@pytest.mark.parametrize(("name", "date", "code"), [
    ("Hamdullah Fitrat", "2025-09-01", "AFGGOV"),
    ("Enayatullah Khwarazmi", "2025-09-01", "AFGGOV"),
    ("George Glass", "2025-09-01", "USAGOV"),
    ("Comandos de la Frontera", "2025-09-01", "COLREB"),
    ("U.S. Africa Command", "2025-09-01", "USAMIL"),
    ("Eastern Theatre Command", "2025-09-01", "CHNMIL"),
    ("Oleh Kiper", "2025-09-01", "UKRGOV"),
    ("Ivica Dacic", "2025-09-01", "SRBGOV"),
    ("Ivica Dacic", "2021-06-01", "SRBLEG"),
    ("Petar Petkovic", "2025-09-01", "SRBGOV"),
    ("Maka Botchorishvili", "2025-09-01", "GEOGOV"),
    ("Marcin Kierwinski", "2025-09-01", "POLGOV"),
    ("Inga Ruginiene", "2025-09-01", "LTUGOV"),
    ("Xhelal Svecla", "2025-03-01", "KSVGOV"),
    ("KFOR", "2025-09-01", "IGOWSTNAT"),
    ("Khalifa Shaheen Al Marar", "2025-09-01", "AREGOV"),
    ("Pham Thu Hang", "2025-09-01", "VNMGOV"),
    ("Maly Socheata", "2025-09-01", "KHMGOVMIL"),
    ("Rosa Villavicencio", "2025-09-01", "COLGOV"),
    ("Hugo de Zela", "2025-11-01", "PERGOV"),
    ("Gassim Cherif Mahamat", "2025-09-01", "TCDGOV"),
])
def test_round4_actors_resolve_to_their_current_roles(resolver, nlp, name, date, code):
    refs = resolver.find_all(nlp(f"{name} said on Monday that talks would resume."), date)
    assert [r.code for r in refs] == [code]
