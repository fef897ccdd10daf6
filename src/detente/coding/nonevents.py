"""Pairs of parties between which a coded act is no political event."""

from __future__ import annotations

import re

from detente.coding.acts import Act
from detente.coding.agenda import visit_agenda
from detente.coding.fees import charges_a_price
from detente.coding.projects import funds_a_project
from detente.coding.resolved import Resolved

# an order or instruction whose complement carried no coded act ("ordered the Pentagon to prepare")
_BARE_ORDER = re.compile(r"meta\.tsv:\d+ (?:order|instruct|tell) > [a-z-]+(?: \[|$)")


def _firm(party: Resolved) -> bool:
    return party.ref.code[3:6] == "BUS" or party.ref.country == "MNC"


def no_event_between(act: Act, sources: list[Resolved], targets: list[Resolved]) -> bool:
    """Whether ``act`` between ``sources`` and ``targets`` tells no event between political parties.

    Args:
        act: The act.
        sources: Its resolved doers.
        targets: Its resolved targets (possibly none yet).

    Returns:
        True for commerce between firms ("Ethiopian Airlines agreed to buy Boeing jets") and for a bare
        order a party gives its own country's people ("Trump ordered the Pentagon to prepare for action",
        "the rebels ordered truck drivers to stay off the roads"): an internal command, not a demand;
        False for "Iran told Britain to stop interfering" and for a court's order ("a judge ordered the former
        president to appear"), which binds its addressee as a demand does. Also True for the agenda of a visit
        under way (:func:`detente.coding.agenda.visit_agenda`): the visit is the event. With no target, True only
        for money put into works (:func:`detente.coding.projects.funds_a_project`); True for a price asked read as
        an accusation (:func:`detente.coding.fees.charges_a_price`).
    """
    if charges_a_price(act):
        return True  # "charged trucks $200 for passage": a price, no accusation
    if not targets:
        return funds_a_project(act)
    if visit_agenda(act):
        return True
    if all(_firm(s) for s in sources) and all(_firm(t) for t in targets):
        return True
    countries = {s.ref.country for s in sources}
    court = any(s.ref.code[3:6] == "JUD" for s in sources)
    return act.code == "100" and not court and bool(_BARE_ORDER.search(act.rule)) and "" not in countries \
        and all(t.ref.country in countries for t in targets)
