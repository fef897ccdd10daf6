"""Groups of people a noun phrase names without a lexicon code of their own.

An ethnic group ("ethnic Albanians") lives under another state; an armed group the
lexicon does not know is recognised by how it is named ("the rebel Revolutionary
Patriotic Front", "the Moro Liberation Army"); a titled person in undated copy holds the
office of the title before the name.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from detente.actors.casing import PARTICLES, headline_case

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.data import Entry

logger = logging.getLogger(__name__)

def is_ethnic_group(head: Token) -> bool:
    """"ethnic Albanians", "ethnic Albanian students": a people named as a minority, living under another
    state ("ethnic" on the head or on its nationality word)."""
    return any(c.dep_ == "amod" and c.lower_ == "ethnic" or c.dep_ in ("amod", "compound") and any(
        g.dep_ == "amod" and g.lower_ == "ethnic" for g in c.children) for c in head.children)


def titled_role(entries: Sequence[Entry], sector: str) -> str | None:
    """Undated copy: the latest office of a person in the sector of the title before the name.

    "President Francois Mitterrand" in a story without a date is the president, not the
    former president his most recent role makes him.
    """
    offices = [r for e in entries if e.kind == "person" for r in e.roles if r.dated and r.code[3:6] == sector[:3]]
    return max(offices, key=lambda r: r.end or "9999").code if offices else None


def holds_other_office(entries: Sequence[Entry], title: str) -> bool:
    """Does a ministerial title before a known person's name name an office none of their roles hold?

    "Defence Minister Pedro Sanchez" in a Colombian story is a namesake of Spain's prime minister:
    a portfolio title ("defence minister") is specific enough to outweigh a bare name match.
    Titles the lexicon does not record for the person, or other kinds of title ("President",
    "Premier"), decide nothing.
    """
    words = title.lower().replace("defense", "defence").split()
    if len(words) < 2 or words[-1] != "minister" or words[-2] in ("prime", "chief"):
        return False
    held = {r.title.replace("defense", "defence") for e in entries if e.kind == "person" for r in e.roles if r.title}
    return bool(held) and " ".join(words[-2:]) not in held and " ".join(words) not in held


def names_armed_group(head: Token, first: int, last: int, described_from: int | None,
                      armed_heads: Collection[str], armed_cues: Collection[str]) -> bool:
    """Does the proper-name phrase ``first..last`` headed by ``head`` name an armed group?

    "the rebel Revolutionary Patriotic Front" (a rebel descriptor before a proper name),
    "the Moro Liberation Army", "the banned Movement for the Liberation of Cabinda" (a
    group-name head such as "Front" or "Army" with a word such as "Liberation" in the name).

    Args:
        head: The head of the noun phrase.
        first: Index of the phrase's first token.
        last: Index of the phrase's last token.
        described_from: Index of the word after a rebel descriptor before the head, if any.
        armed_heads: Words that head an armed group's name ("front", "army").
        armed_cues: Words that mark a name as an armed group's ("liberation").
    """
    doc = head.doc
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or headline_case(head):
        return False
    # the name runs from the word after the descriptor to the head, all capitalised or particles
    described = described_from is not None and all(
        t.text[:1].isupper() or t.lower_ in PARTICLES for t in doc[described_from:head.i + 1])
    named = head.lower_ in armed_heads and any(
        t.lower_ in armed_cues and t.text[:1].isupper() for t in doc[first:last + 1])
    return described or named


def regional_group(head: Token, first: int, regions: Collection[str]) -> bool:
    """"Arab foreign ministers", "West African heads of state": a region's word before the head of an
    officials' phrase that names no country (the caller checks) speaks for several states, not one;
    "Arab militiamen" are a people's, and stay with the ethnonyms."""
    return any(t.lower_ in regions for t in head.doc[first:head.i])


# people who fled their country: "Rohingya refugees in Bangladesh" are Myanmar's, not their host's
DISPLACED_HEADS = frozenset({"refugee", "asylum-seeker", "exile"})


def displaced(head: Token) -> bool:
    """ "refugees", "exiles": where such a group is ("in Bangladesh") is its refuge, not its home."""
    return head.lemma_.lower() in DISPLACED_HEADS
