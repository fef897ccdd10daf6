"""Demands a crowd voices in the street are its protest: "protesters filled the highway, demanding that the
president resign" is a demonstration for his removal (CAMEO 14), not a demand delivered to him (10).

A crowd is a protest noun ("protesters", "rioters") or people counted in thousands ("tens of thousands of
Lebanese"). The demand must be a participle of the crowd's own clause; when a clause above it is coded a protest
already ("marched on parliament, blowing whistles and demanding ..."), the demand stays a demand beside it.

Some crowd acts only look like protests: fans pouring into the streets to celebrate, a prisoner walking out
of jail, troops marching people off, gunmen storming a parliament.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS
from detente.coding.roles import kids
from detente.coding.searches import is_search

PROTESTER_NOUNS = WORD_SETS["protester_nouns"]
# "thousands of Albanians", "tens of thousands of supporters": a crowd by its size
CROWD_SIZES = frozenset({"hundreds", "thousands", "tens"})
FESTIVE_CROWD_NOUNS = WORD_SETS["festive_crowd_nouns"]
DWELLING_NOUNS = WORD_SETS["dwelling_nouns"]
ARMED_MEN_NOUNS = WORD_SETS["armed_men_nouns"]


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


def _not_protest(act: Act) -> bool:
    """Whether a root-14 act is one of the look-alikes the module docstring names."""
    verb = act.anchor
    lemma = verb.lemma_.lower()
    if act.code == "141" and act.sources and all(s.lemma_.lower() in FESTIVE_CROWD_NOUNS for s in act.sources):
        return True  # (their boycotts stay protests: "fans boycotted the league's games")
    # ("out of" may hang on "out")
    ofs = [p for c in (verb, *kids(verb, ("prep", "prt"))) for p in kids(c, ("prep",)) if p.lower_ == "of"]
    if lemma == "walk" and any(o.lemma_.lower() in DWELLING_NOUNS for p in ofs for o in kids(p, ("pobj",))):
        return True
    if lemma == "march" and any(o.pos_ in ("PRON", "NOUN", "PROPN") for o in kids(verb, ("dobj",))):
        return True  # "marched them to the railway station": escorted under guard
    return lemma == "storm" and bool(act.sources) and all(s.lemma_.lower() in ARMED_MEN_NOUNS for s in act.sources)


def drop_look_alikes(acts: list[Act]) -> list[Act]:
    """``acts`` without the protest look-alikes ("fans poured into the streets", "walked out of prison") and
    the attack look-alikes (police searching premises: :func:`detente.coding.searches.is_search`).

    Args:
        acts: The acts of one sentence.
    """
    return [a for a in acts if (a.root != "14" or not _not_protest(a)) and not is_search(a)]
