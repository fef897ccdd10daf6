"""How a name is written: the capitals that make a word run a name rather than common words.

Kept apart from the resolver so that the parallel pre-filter can test case without the
resolver; spaCy's stop words are imported only on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

# Small words that may stay lower-case inside a proper name ("Organization of American States").
PARTICLES = {"of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "bin", "bint", "ibn", "van",
             "von", "der", "den", "da", "do", "dos", "das", "y", "e", "on", "in", "s", "t", "d"}


@cache
def caps_only() -> frozenset[str]:
    """Stop words that are also names ("US", "WHO", "IS"): they only count written in capitals.

    spaCy's English stop words, imported on first use so that importing this package (for
    :func:`actor_name`) stays cheap.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w for w in STOP_WORDS if w not in PARTICLES)


def __getattr__(name: str):
    # ``CAPS_ONLY`` as a lazily built module constant (detente.parallel imports it).
    if name == "CAPS_ONLY":
        return caps_only()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def words_case_ok(texts: Sequence[str], key: tuple[str, ...]) -> bool:
    """Names must look like names: capitalised, and stop-word names ("US") in capitals.

    Args:
        texts: The words of the candidate name as written.
        key: The lexicon key they match (lower-cased parts).
    """
    words = [w for w in texts if any(c.isalpha() for c in w)]
    if not words:
        return True
    if len(key) == 1 and key[0] in caps_only():
        return words[0].isupper()
    content = [w for w in words if w.lower() not in PARTICLES]
    return bool(content) and not content[-1].islower() and any(not w.islower() for w in content)


def headline_case(token: Token) -> bool:
    """Is the token's sentence written in headline case (common words capitalised)?"""
    # Common words after the first one: capitalised in a headline, lower case in prose.
    words = [t for t in list(token.sent)[1:] if t.is_alpha and t.pos_ not in ("PROPN", "ADJ")]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) > 0.5 * len(words)
