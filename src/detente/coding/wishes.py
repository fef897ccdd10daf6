"""Wishes about how things go: no appeal to anyone.

"both leaders wanted the work to continue", "Armenia wants the talks to resume": what a speaker wants of a
process, not of an actor, is addressed to nobody, so it is no appeal (02) nor an intent (03) of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS

PROCESS_NOUNS = WORD_SETS["process_nouns"]


def wished_process(kind: str, obj: Token | None, comp: Token) -> bool:
    """Whether a "want" meta-verb's object is a process or undertaking rather than an actor.

    Args:
        kind: The meta-verb's kind ("want", "appeal", ...).
        obj: The meta-verb's object (the parser's reading of the complement's subject), if any.
        comp: The complement verb.

    Returns:
        True for "wanted the work to continue", "wants the talks to resume".
    """
    return kind == "want" and obj is not None and obj != comp and obj.pos_ == "NOUN" \
        and obj.lemma_.lower() in PROCESS_NOUNS
