"""A state's armed organ named only by its kind ("the army", "the air force", "the police") in a story that has
named no state yet: wire copy leaves the story's own state's organs unqualified ("GAO - The army shelled villages
near the town", "The air force bombed rebel positions in Kidal, state media said"), so the organ is the state
the clause's place, its reporting state or the dateline gives; without one it stays countryless."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.coding.phrases import named_at
from detente.coding.target_rules import ARMED_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.records import ActorRef

# roles in which an organ is a party: the doer, a passive's agent, the object acted on
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def unplaced_organ(head: Token, agent_sector: Callable[[Token], str | None], states_named: set[str]) -> ActorRef | None:
    """The countryless armed organ ("---MIL", "---COP") a singular definite noun names when the article has named
    no state ("the government" is left alone: its acts, "allocated $3 million", are as often no event).

    Args:
        head: A singular noun under "the" ("the army", "the air force").
        agent_sector: The actor lexicon's sector of the noun phrase around a word, None for one it does not know.
        states_named: The states the article has named so far (an organ of a story that names one is
            coreference's to place, or to leave unplaced when it cannot tell whose).

    Returns:
        The organ with no country, or None for a plural (a foreign force's "the troops" as often), another
        noun, one with a possessor or a name of its own, or in a story that names a state.
    """
    party = head.dep_ in PARTY_DEPS or head.dep_ == "pobj" and head.head.dep_ == "agent"
    if states_named or not party or head.pos_ != "NOUN" or head.tag_ != "NN" and head.lower_ != "police" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in head.children):
        return None
    sector = agent_sector(head)
    if sector is None or sector[:3] not in ARMED_SECTORS:
        return None
    return named_at("---" + sector[:3], head)
