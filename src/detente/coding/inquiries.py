"""Whom an investigation is aimed at: "opened an inquiry into the killing of villagers by police".

An investigation (CAMEO 09) concerns whoever did the act it looks into, or whoever owns or runs the
thing it looks into ("bank accounts linked to the former premier", "camps run by the militia"), not
those the act befell nor the country the thing happens to be in.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from detente.coding.reactions import act_doers

# participles tying a probed thing to its owner or doer: "accounts linked to X", "camps run by X",
# "abuses committed by X", "raids carried out by X"
TYING_VERBS = frozenset({"link", "tie", "connect", "belong", "own", "run", "operate", "control", "hold",
                         "associate", "manage", "commit", "perpetrate", "carry"})
# links inside the probed phrase: "killings in camps run by X"
_PHRASE_DEPS = frozenset({"prep", "pobj", "conj"})


def probed_parties(noun: Token, event_nouns: Container[str]) -> list[Token]:
    """The parties an investigation into ``noun`` concerns.

    Args:
        noun: What an investigation looks into (the object of its "into", "of" or verb).
        event_nouns: Lemmas of the lexicon's event nouns.

    Returns:
        The heads naming the doers of a probed act ("the killing of ... by police") or the owners of a
        probed thing ("accounts linked to Bhutto"); empty when the phrase names neither.
    """
    frontier = [noun]
    for _ in range(4):
        nxt = []
        for node in frontier:
            if node.pos_ in ("NOUN", "PROPN") and (doers := act_doers(node, event_nouns)):
                return doers
            if owners := _owners(node):
                return owners
            nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
        frontier = nxt
    return []


def _owners(node: Token) -> list[Token]:
    """ "accounts linked to Bhutto", "camps run by the militia", "firms belonging to the general", "crimes
    committed by the police": the objects of the "by"/"to" phrase of a participle tying ``node`` to its owner
    or doer."""
    return [o for a in node.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")
            and a.lemma_.lower() in TYING_VERBS
            for p in a.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "to")
            for o in p.children if o.dep_ == "pobj"]
