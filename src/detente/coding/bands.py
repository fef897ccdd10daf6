"""Definite plural groups known only by their kind that no earlier mention explains ("the rebels", "the
militants", "the generals"): wire copy writes them so for the story's own country's groups, as it writes
"rebels" without the article."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.coding.phrases import named_at
from detente.coding.violence import ASSAILANT_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.records import ActorRef

# sectors of the groups wire copy leaves unqualified in a story about their own country: insurgents and
# protesters (not a state's organs, whose definite "the troops" may as well be a foreign force's, nor equipment,
# "the jets", or people acted on, "the civilians")
BAND_SECTORS = frozenset({"REB", "OPP"})
# words that make a definite plural several parties or a count of people named before ("the two armies")
COUNTING_WORDS = frozenset({"both", "two", "three", "all", "other", "same", "such"})


def unnamed_band(head: Token, agent_sector: Callable[[Token], str | None]) -> ActorRef | None:
    """The countryless group ("---REB") a definite plural names when coreference found it no antecedent.

    The caller places it as it places "rebels" or "police": in the country the sentence's place or the
    article is about.

    Args:
        head: A plural noun ("rebels") under "the": an active subject or a passive agent (as an object it is
            as often the people a sentence names before, "freed the hostages").
        agent_sector: The actor lexicon's sector of the noun phrase around a word, None for one it does not know.

    Returns:
        The group, or None for an object or another noun, one with a possessor, number or counting word ("the two
        armies", "the 12 soldiers") or a name of its own, or one the lexicon gives no sector of an insurgency's or protest's.
    """
    doer = head.dep_ == "nsubj" or head.dep_ == "pobj" and head.head.dep_ == "agent"
    if not doer or head.pos_ != "NOUN" or head.tag_ != "NNS" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("poss", "nummod") or c.lower_ in COUNTING_WORDS or c.pos_ == "PROPN"
                   for c in head.children):
        return None
    sector = agent_sector(head)
    # "the gunmen" of no group named before are armed men of no known side (violence.unaffiliated_assailant)
    if sector is None or sector[:3] not in BAND_SECTORS or head.lemma_.lower() in ASSAILANT_HEADS:
        return None
    return named_at("---" + sector[:3], head)
