"""Demands a crowd voices in the street are its protest: "protesters filled the highway, demanding that the
president resign" is a demonstration for his removal (CAMEO 14), not a demand delivered to him (10).

A crowd is a protest noun ("protesters", "rioters") or people counted in thousands ("tens of thousands of
Lebanese"). The demand must be a participle of the crowd's own clause; when a clause above it is coded a protest
already ("marched on parliament, blowing whistles and demanding ..."), the demand stays a demand beside it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS

PROTESTER_NOUNS = WORD_SETS["protester_nouns"]
# "thousands of Albanians", "tens of thousands of supporters": a crowd by its size
CROWD_SIZES = frozenset({"hundreds", "thousands", "tens"})


def _crowd(head: Token) -> bool:
    """Whether ``head`` names a crowd: a protest noun, or people counted in hundreds or thousands."""
    if head.lemma_.lower() in PROTESTER_NOUNS:
        return True
    if head.lower_ in CROWD_SIZES:
        return True
    node = head
    while node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head
        if node.lower_ in CROWD_SIZES:
            return True
    return False


def crowd_demands(acts: list[Act]) -> list[Act]:
    """``acts`` with a crowd's participle demands recoded as its protest (141).

    Args:
        acts: The acts of one sentence.

    Returns:
        The acts, each crowd demand replaced by a demonstration with the same participants.
    """
    protests = {a.anchor.i for a in acts if a.root == "14"}
    result = []
    for act in acts:
        anchor = act.anchor
        if act.root == "10" and anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "acl", "conj") \
                and not any(a.i in protests for a in anchor.ancestors) \
                and act.sources and all(_crowd(s) for s in act.sources):
            act = replace(act, code="141", rule=act.rule + " > voiced by a crowd")
        result.append(act)
    return result
