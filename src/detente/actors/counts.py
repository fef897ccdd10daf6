"""Counted groups: the number a group of people is named by, so a repeated count ("all four") finds them again."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PAIR_WORDS = {"both", "two", "2"}
# "the two men": a pair of people just named, whatever their countries
PAIR_PEOPLE = frozenset({"man", "men", "woman", "women"})


def group_count(head: Token, own: bool = False) -> str | None:
    """The count a group is named by: "the 41 men", "all four", "the nine" (numbers above two: "the two" is a
    pair, told apart elsewhere).

    Args:
        head: The group's head token.
        own: Take any noun's own count ("four Serbian citizens"), as where the group is first named.

    Returns:
        The count's word, or None when the head is named by no count (or by one or two).
    """
    if head.pos_ == "NUM" and head.dep_ != "nummod" and not own and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in head.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        number = head.lower_
    elif (own or head.lemma_.lower() in PAIR_PEOPLE and not any(c.dep_ in ("amod", "compound", "poss")
                                                                for c in head.children)
          and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "all")
                  for c in head.children)) \
            and (count := next((c for c in head.children if c.dep_ == "nummod"), None)) is not None:
        number = count.lower_
    elif not own and head.dep_ == "conj" and head.lemma_.lower() in PAIR_PEOPLE and head.head.i < head.i:
        return group_count(head.head)  # "the 41 men and women": the count covers both
    else:
        return None
    return None if number in PAIR_WORDS or number == "one" else number
