"""Captures told in passing as the background of a release.

"Hamas freed 37 soldiers it had captured in October", "nurses kidnapped by gunmen last week were released on
Tuesday": the capture described in a clause on the released people says who they are, it is not a new event
of the report (the release is). A capture that is itself the news keeps its own clause ("seized 11 staff and
freed them a day later").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act

_SEIZING_ROOTS = ("17", "18")


def _described_noun(anchor: Token) -> Token | None:
    """The noun a relative or participle clause describes ("soldiers [it had captured]")."""
    if anchor.dep_ not in ("relcl", "acl") or anchor.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    return anchor.head


def _released_heads(act: Act) -> set[int]:
    # the parser's own object or passive subject too, in case the target was resolved elsewhere
    nouns = [*act.targets, *(c for c in act.anchor.children if c.dep_ in ("dobj", "nsubjpass"))]
    return {n.i for n in nouns} | {t.i for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for t in c.children if t.dep_ == "pobj"}


def without_release_backstories(acts: list[Act]) -> list[Act]:
    """Drop captures told in a clause on the people a release act of the sentence frees.

    Args:
        acts: The sentence's acts.

    Returns:
        The acts without those background captures.
    """
    released: set[int] = set()
    for act in acts:
        if act.code.startswith("084") and not act.modality.negated and not act.modality.hypothetical:
            released |= _released_heads(act)
    if not released:
        return acts
    return [a for a in acts if not (a.root in _SEIZING_ROOTS and not a.nominal
                                    and (noun := _described_noun(a.anchor)) is not None and noun.i in released)]
