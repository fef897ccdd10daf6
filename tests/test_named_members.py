"""A group of states followed by the names it lists ("partners including China and the United States") is
those states, as source or target; and participating in talks is attending them. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_listed_members_are_the_targets(nlp):
    found = factual("Fiji's prime minister said dialogue partners including Japan and India would not be "
                    "invited to the regional summit.", root=True)
    assert {("FJI", "JPN", "12"), ("FJI", "IND", "12")} <= found


def test_listed_members_are_the_sources(nlp):
    found = factual("Western powers such as France and Britain condemned the coup in Niger.", root=True)
    assert {("FRA", "NER", "11"), ("GBR", "NER", "11")} <= found


def test_refusing_to_participate_in_talks(nlp):
    assert ("ARM", "AZE", "12") in factual("Armenia will not participate in the talks with Azerbaijan, "
                                           "Pashinyan said.", root=True)
