"""Attempts on a life (CAMEO 185): an attack aimed at one person's death, "an attempt on X's life" as an
event noun, a victim who "survived" an attempt by its doers, and an ambush's victims in its "of" phrase."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the attack's stated aim makes it an attempt on the person's life, not an attack on the car besides (a
    # bombing, which strikes whoever is near, stays an event of its own)
    ("Maoist rebels opened fire on the car of Nepalese Home Minister Krishna Sitaula in an attempt to kill him.",
     ("NPL", "NPL", "185"), ("NPL", "NPL", "190")),
    (("A Chechen suicide bomber blew himself up beside the motorcade of Russian Interior Minister Viktor Kolokoltsev "
     "in a bid to assassinate him."), ("RUS", "RUS", "185"), None),
    # with no attack verb of its own, the aimed killing is done by the clause's subject
    (("Basque separatists hid explosives under the car of Spanish Interior Minister Jaime Mayor Oreja in an attempt "
     "to kill him."), ("ESP", "ESP", "185"), None),
])
def test_attack_aimed_at_a_person_is_an_attempt(nlp, text, expected, absent):
    found = factual(text, "1998-05-10")
    assert expected in found
    assert absent not in found


def test_attack_aimed_at_many_stays_an_attack(nlp):
    # soldiers killed in numbers are no single life aimed at
    found = factual("Separatist rebels shelled a Sri Lankan army base in an attempt to kill soldiers.", "1998-05-10")
    assert not any(code == "185" for _, _, code in found)


@pytest.mark.parametrize(("text", "expected"), [
    # "an attempt on X's life" / "on the life of X" names whom the attempt was aimed at
    ("An attempt on the life of the Tanzanian foreign minister by Somali gunmen failed on Monday.",
     ("SOM", "TZA", "185")),
    ("Kurdish rebels made an attempt on the life of Turkish Prime Minister Mesut Yilmaz.", ("TUR", "TUR", "185")),
    # who survives an attempt or an attack by someone is its target
    ("Georgian President Eduard Shevardnadze survived an attempt on his life by Abkhaz separatists.",
     ("GEO", "GEO", "185")),
    ("The Algerian interior minister escaped an assassination attempt by Islamist militants.", ("DZA", "DZA", "185")),
    ("A Burundian army convoy survived an ambush by Hutu rebels near Bujumbura.", ("BDI", "BDI", "19")),
])
def test_attempt_on_a_life_and_survived_attacks(nlp, text, expected):
    found = factual(text, "1998-05-10")
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


def test_surviving_a_vote_is_no_attack(nlp):
    assert not factual("The Kenyan government survived a censure motion by opposition lawmakers.", "1998-05-10") & {
        ("KEN", "KEN", "185"), ("KEN", "KEN", "190")}


def test_ambush_victims_in_the_of_phrase(nlp):
    # beside a "by" doer, the ambush's "of" object is whom it befell
    assert ("UGA", "UGA", "190") in factual(
        "Sunday's ambush of a Ugandan army convoy by Lord's Resistance Army rebels killed six soldiers.", "1998-05-10")


def test_bombing_stays_beside_the_attempt(nlp):
    # the bomb strikes the crowd too: the bombing (183) is coded beside the attempt on the leader (185)
    found = factual("A Tamil Tiger suicide bomber blew himself up at a rally of Sri Lankan opposition leader Ranil "
                    "Wickremesinghe in Colombo in an attempt to kill him.", "1998-05-10")
    assert {("LKA", "LKA", "183"), ("LKA", "LKA", "185")} <= found
