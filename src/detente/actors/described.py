"""Actors told by a description instead of a name: "men in Chinese coast guard uniforms" (whom the uniform
names), "the colonels now running Madagascar", "the generals who rule Myanmar" (the state they rule: its
government, whatever their own rank), "a coalition led by Saudi Arabia" (the leading state, as "the Saudi-led
coalition")."""
from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from detente.actors.names import actor_name
from detente.actors.regions import regional
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose object is the state the subject governs ("who rule Myanmar", "running Madagascar")
RULING_VERBS = frozenset({"rule", "run", "govern", "lead"})
# codes that name no state
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})
# nouns for a multinational force or grouping that a leading state speaks for
LED_GROUPS = frozenset({"coalition", "force", "alliance", "contingent", "mission", "operation", "taskforce"})
# envoys of several European states acting together speak for the European Union ("European ambassadors
# urged restraint"), where "Arab ministers" speak for no one body
EU_ENVOYS = frozenset({"ambassador", "diplomat", "envoy"})


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


def _state_told(head: Token, name: Token, sector: str, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The state (or its government) a proper name in a description names, spanning the phrase from ``head``
    to the name; None when the name is no state's."""
    if name.pos_ != "PROPN":
        return None
    ref = lookup(head.doc[name.left_edge.i:name.i + 1].text)
    state = ref.code[:3] if ref is not None else ""
    if not state.isalpha() or state in NON_STATES or ref.code[3:] not in ("", "GOV"):
        return None
    span = head.doc[head.left_edge.i:name.i + 1]
    code = state + sector
    return ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char)


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
            if obj.dep_ == "dobj" and (ref := _state_told(head, obj, "GOV", lookup)) is not None:
                return ref
    return None


def led_by(head: Token, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """ "a coalition led by Saudi Arabia", "a West African force led by Nigeria": the leading state, as the
    lexicon codes "the Saudi-led coalition".

    Args:
        head: Head noun of the group's phrase.
        lookup: The actor a text names (no parsing), or None.

    Returns:
        The leading state spanning the phrase up to its name, or None when no "led by" phrase names a state.
    """
    if head.pos_ != "NOUN" or head.lemma_.lower() not in LED_GROUPS:
        return None
    # the parser may hang "led by" on the group's members ("a force of 3,000 troops, led by Nigeria")
    members = [o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for verb in (v for noun in (head, *members) for v in noun.rights):
        if verb.dep_ != "acl" or verb.lemma_.lower() != "lead" or verb.tag_ != "VBN":
            continue
        for agent in verb.children:
            for obj in agent.children if agent.dep_ == "agent" else ():
                if obj.dep_ == "pobj" and (ref := _state_told(head, obj, "", lookup)) is not None:
                    return ref
    return None


def european_envoys(head: Token, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """ "European ambassadors", "European diplomats": several EU states' envoys acting together, the EU.

    Args:
        head: Head noun of the envoys' phrase (a plural).
        lookup: The actor a text names (no parsing), or None.
    """
    if head.tag_ != "NNS" or head.lemma_.lower() not in EU_ENVOYS:
        return None
    mods = [t for t in head.lefts if t.dep_ in ("amod", "compound")]
    europe = next((t for t in mods if t.lower_ == "european"), None)
    if europe is None or any(t.pos_ == "PROPN" for t in mods):
        return None
    ref = lookup("European Union")
    span = head.doc[europe.i:head.i + 1]
    return ActorRef(ref.code, ref.name, span.text, span.start_char, span.end_char) if ref is not None else None


def described(head: Token, uniforms: Collection[str], lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The actor a description names when no name does: a uniform, the state ruled, the leading state,
    European envoys' union, the state of a region whose organ the phrase names.

    Args:
        head: Head noun of the phrase.
        uniforms: Nouns for a uniform ("uniform", "fatigues").
        lookup: The actor a text names (no parsing), or None.
    """
    return (uniformed(head, uniforms, lookup) or ruling(head, lookup) or led_by(head, lookup)
            or european_envoys(head, lookup) or regional(head, lookup))
