"""Vessels and aircraft: the flag a named craft flies, which its crew and passengers share."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.actors import actor_name
from detente.actors.coref import is_state_ref
from detente.records import ActorRef

# people aboard a vessel, and the vessels and aircraft whose flag they share
CREW_NOUNS = frozenset({"crew", "captain", "skipper", "sailor", "seafarer", "crewman", "fisherman", "passenger",
                        "pilot"})
VESSEL_NOUNS = frozenset({"boat", "ship", "vessel", "tanker", "trawler", "dhow", "freighter", "ferry", "yacht",
                          "launch", "aircraft", "plane", "jet", "carrier", "barge", "drillship", "longliner",
                          "bulker", "containership", "cutter", "speedboat"})


def last_vessel_flag(head: Token, resolve: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The civilians of the latest vessel or aircraft named before ``head`` in its sentence or the one before.

    "a Kuwaiti fishing boat", "a Russian-flagged tanker". A vessel named again without its flag ("the
    dhow") is the flagged one the article met earlier, unless that one acted ("Iraqi patrol boats
    intercepted ...").

    Args:
        head: The crew or passenger noun.
        resolve: Resolves a word to an actor on the article's date.

    Returns:
        The flag state's civilians, spanning the vessel noun, or None.
    """
    doc = head.doc
    start = head.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for token in reversed(doc[start:head.i]):
        if token.lemma_.lower() not in VESSEL_NOUNS:
            continue
        if (flag := vessel_flag(token, resolve)) is not None:
            return flag
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        for earlier in reversed(doc[:token.i]):
            if earlier.lemma_.lower() in VESSEL_NOUNS and earlier.dep_ not in ("nsubj", "nsubjpass") \
                    and (flag := vessel_flag(earlier, resolve)) is not None:
                return flag
        return None
    return None


def vessel_flag(vessel: Token, resolve: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The civilians of the country a vessel's modifiers name ("a Kuwaiti fishing boat"), or None."""
    for mod in vessel.children:
        if mod.dep_ not in ("amod", "compound", "poss", "nmod") or mod.lower_ in ("its", "their"):
            continue
        for word in [mod] + [c for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod")]:
            ref = resolve(word.text)
            if ref is not None and is_state_ref(ref):
                code = ref.country + "CVL"
                return ActorRef(code, actor_name(code), vessel.text, vessel.idx, vessel.idx + len(vessel.text))
    return None
