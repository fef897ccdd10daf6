"""Pairs of one country's actors that tell no event between them.

A state named as such ("Tajikistan", "Tashkent") acts through its government, forces, police,
courts and spies: "Tajikistan will withdraw its troops", "the islands, as China calls them",
"talks hosted by Qatar" are acts of the state, not acts on its own organs.
"""

from __future__ import annotations

from detente.actors.coref import is_state_ref
from detente.coding.acts import Act
from detente.coding.participants import Resolved

# the arms a state acts through
OWN_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# coercion and force, which a state turns on its own people as often as on others
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def acts_through_own_organ(source: Resolved, target: Resolved) -> bool:
    """Whether ``target`` is an organ of the state ``source`` names by its country or capital.

    Args:
        source: The acting party.
        target: The party the act was paired with.

    Returns:
        True for "Tajikistan" paired with Tajik troops; False for a people ("Israelis" and their
        government) or an organ acting on another ("Tajik police" and the Tajik courts).
    """
    state = source.ref
    return len(state.code) == 3 and is_state_ref(state) and source.head.ent_type_ == "GPE" \
        and target.ref.country == state.country and target.ref.code[3:6] in OWN_ORGANS


def on_own_people(act: Act, source: Resolved, target: Resolved) -> bool:
    """Whether a state's act on its own country is one on people at home rather than a parse slip.

    Args:
        act: The act.
        source: The acting state.
        target: Its target, of the same code as the acting state.

    Returns:
        True for coercion, force or a domestic act of a state named as the doer whose target a fallback gave as
        the unnamed party of the actor's own country: "Kenya arrested a lawmaker", "Mauritania drove thousands
        across the river"; not for a state that only owns the doer ("Nigeria's oil output hit a record").
    """
    return not target.ref.text and source.head.dep_ != "poss" and (act.domestic or act.root in FORCE_ROOTS)


# verbs whose object is the party charged, never one the speaker answers for
CHARGING_LEMMAS = frozenset({"accuse", "blame"})


def names_accused(act: Act, targets: list[Resolved]) -> bool:
    """Whether an accusation's targets are the verb's own objects, the parties it charges.

    Args:
        act: The act.
        targets: Its resolved targets.

    Returns:
        True for "the prosecutor accused him of inciting the massacre", "Chechen officials blamed Russian
        forces": one country's organs do charge each other; False for "rejected the accusation against its
        diplomat", where the own party is one the speaker defends.
    """
    return act.anchor.lemma_.lower() in CHARGING_LEMMAS and all(
        t.head.dep_ == "dobj" and t.head.head == act.anchor for t in targets)
