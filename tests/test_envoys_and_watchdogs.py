"""European envoys acting together speak for the EU; "the emirate" is the story's state; national anti-graft
agencies and human-rights commissions named without their country are their state's."""

from __future__ import annotations

import pytest
from coding_cases import coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("European diplomats urged Iran to resume cooperation with the nuclear inspectors.", ("IGOEUREEC", "IRN")),
    ("Several European envoys criticised the Hungarian government over the media law.", ("IGOEUREEC", "HUNGOV")),
    ("Belarus's foreign minister accused European ambassadors of meddling in the vote.", ("BLRGOV", "IGOEUREEC")),
])
def test_european_envoys_are_the_eus(text, expected):
    assert any((s, t) == expected and fact for s, t, _, fact in coded(text))


def test_arab_envoys_stay_no_ones():
    assert not any(s.startswith("IGO") for s, _, _, _ in coded("Arab diplomats criticised Israel on Monday."))


def test_the_emirate_is_the_storys_state():
    text = "Kuwait expelled the Iraqi ambassador on Sunday. The emirate accused Baghdad of spying."
    assert ("KWT", "IRQGOV", "1125", True) in coded(text)


@pytest.mark.parametrize(("text", "source"), [
    ("Komnas HAM urged the police to free the students.", "IDNGOVHRI"),
    ("The EFCC arrested a former governor of Kogi state on Tuesday.", "NGAGOV"),
    ("The European Anti-Fraud Office opened an investigation into Slovakia's farm subsidies.", "IGOEUREEC"),
])
def test_named_watchdogs_are_their_states(text, source):
    assert any(s == source for s, _, _, _ in coded(text))
