"""Token spans of actor names in a parse, where the parser's tree and the written name disagree."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)


def hyphenated_name_bounds(head: Token, first: int, last: int) -> tuple[int, int]:
    """Widen to a whole hyphenated name around ``head`` and the given names before it.

    "Itamar Ben-Gvir", "Lashkar-e-Taiba" may parse as sibling subjects ("Itamar", "Ben", "-",
    "Gvir"); proper nouns in a row that end in a word written with a hyphen are still one name.
    """
    if head.pos_ != "PROPN":
        return first, last
    doc = head.doc
    hyphens = ("-", "\u2013")

    def word(i: int) -> tuple[int, int]:
        """Token range of the space-delimited word holding token ``i`` (edge punctuation aside)."""
        start = end = i
        while start > 0 and not doc[start - 1].whitespace_ and (
                not doc[start - 1].is_punct or doc[start - 1].text in hyphens):
            start -= 1
        while end + 1 < len(doc) and not doc[end].whitespace_ and (
                not doc[end + 1].is_punct or doc[end + 1].text in hyphens):
            end += 1
        return start, end

    start, end = word(head.i)
    # "Itamar" before "Ben-Gvir": a given name whose surname follows
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end].whitespace_ \
            and not any(doc[k].text in hyphens for k in range(start, end + 1)):
        end = word(end + 1)[1]
    while end > head.i and doc[end].text in hyphens:
        end -= 1
    if not any(doc[k].text in hyphens for k in range(start, end)):
        return first, last
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1  # "Itamar Ben-Gvir": the given name before the hyphenated surname
    return min(first, start), max(last, end)


def name_goes_on(doc: Doc, last: int) -> bool:
    """Does the person's name over ``..last`` run on ("Foreign Minister Abdullah al-Yahya" is not the
    "Foreign Minister Abdullah" of 2004)? A longer name is another bearer's."""
    name = doc[last]
    return last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and name.dep_ in ("compound", "flat") \
        and name.head.i > last and name.head.pos_ == "PROPN" and name.head.text[:1].isupper()


def linked_over(doc: Doc, link: Token, other: Token, first: int, last: int) -> bool:
    """One name over a linking word: the word hangs on either part, or a part hangs on it."""
    parts_ = {other.i, *range(first, last + 1)}
    return link.head.i in parts_ or other.head.i == link.i or any(doc[i].head.i == link.i
                                                                  for i in range(first, last + 1))


def joined_by_name_links(doc: Doc, other: Token, first: int, last: int) -> bool:
    """One name: ``other`` and the place hang together by compound/flat links."""
    inside = range(first, last + 1)
    name_deps = ("compound", "flat")
    if other.head.i in inside and other.dep_ in name_deps:
        return True
    return any(doc[i].dep_ in name_deps and (
        doc[i].head.i == other.i or doc[i].head.i == other.head.i and other.dep_ in name_deps) for i in inside)
