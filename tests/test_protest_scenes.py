"""Protests (CAMEO 14) told by their scene: a place a blockade stands at is where, not whom; a crowd
rallies "for" a cause; "they" in a clause on what was done to a crowd is the crowd. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_river_or_town_a_blockade_stands_at_is_no_target(nlp):
    found = factual("Serbian farmers blocked the bridge over the Sava in Sabac on Monday.", root=True)
    assert ("SRB", "SRB", "14") in found
    assert not any(t == "MDG" for _, t, _ in found)


def test_a_rally_for_a_cause_is_a_demonstration(nlp):
    assert ("THA", "THA", "141") in factual("Tens of thousands of Thais rallied for democracy on Sunday.")


def test_they_who_rally_while_beaten_are_the_crowd_not_the_police(nlp):
    found = factual("Police beat protesters in Lusaka on Monday as they rallied for electoral reform.",
                    codes=True)
    assert ("ZMBOPP", "ZMB", "141") in {(s, t[:3], c) for s, t, c in found}
    assert not any(s == "ZMBCOP" and c.startswith("14") for s, _, c in found)
