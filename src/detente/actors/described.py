"""Actors told by a description instead of a name: "men in Chinese coast guard uniforms" (whom the uniform
names), "the colonels now running Madagascar", "the generals who rule Myanmar" (the state they rule: its
government, whatever their own rank)."""
from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from detente.actors.names import actor_name
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose object is the state the subject governs ("who rule Myanmar", "running Madagascar")
RULING_VERBS = frozenset({"rule", "run", "govern", "lead"})
# codes that name no state
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})


def uniformed(head: Token, uniforms: Collection[str], lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """ "men in Chinese coast guard uniforms": whom the uniform names, when the wearer is not named.

    Args:
        head: Head noun of the wearer's phrase.
        uniforms: Nouns for a uniform ("uniform", "fatigues").
        lookup: The actor a text names (no parsing), or None.
    """
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for worn in prep.children:
                if worn.dep_ == "pobj" and worn.lemma_.lower() in uniforms:
                    words = [t for t in worn.lefts if t.dep_ in ("amod", "compound", "nmod")]
                    span = head.doc[words[0].left_edge.i:worn.i] if words else None
                    ref = lookup(span.text) if span else None
                    if ref is not None:
                        return ActorRef(ref.code, ref.name, span.text, span.start_char, span.end_char)
    return None


def ruling(head: Token, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """ "the colonels now running Madagascar", "the men who rule Syria": the government of the state they rule.

    Args:
        head: Head noun of the rulers' phrase (a plural, or "junta"/"regime"/"military").
        lookup: The actor a text names (no parsing), or None.

    Returns:
        The ruled state's government (``<state>GOV``) spanning the phrase up to the state's name, or None when
        no ruling verb's object names a state or its capital.
    """
    if head.pos_ != "NOUN" or head.tag_ != "NNS" and head.lemma_.lower() not in ("junta", "regime", "military"):
        return None
    for verb in head.rights:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in RULING_VERBS:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.pos_ != "PROPN":
                continue
            ref = lookup(head.doc[obj.left_edge.i:obj.i + 1].text)
            state = ref.code[:3] if ref is not None else ""
            if state.isalpha() and state not in NON_STATES and ref.code[3:] in ("", "GOV"):
                span = head.doc[head.left_edge.i:obj.i + 1]
                code = state + "GOV"
                return ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char)
    return None
