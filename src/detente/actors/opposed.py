"""A nationality or state named after "anti-" ("anti-American protesters in Karachi", "anti-Israeli
demonstrators in Athens", "anti-Russian rallies"): the name says what the group opposes, never its home, so
the group's country comes from its place or story as for unnamed protesters."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# prefixes joined by a hyphen that make a name the object of the stance
STANCE_PREFIXES = frozenset({"anti"})
HYPHENS = frozenset({"-", "–"})


def opposed(doc: Doc, first: int) -> bool:
    """True when the name opening at token ``first`` follows "anti-"."""
    return first >= 2 and doc[first - 1].text in HYPHENS and doc[first - 2].lower_ in STANCE_PREFIXES
