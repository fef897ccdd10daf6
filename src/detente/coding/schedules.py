"""Reductions of relations announced with a start time: "Bogota announced it would stop selling
electricity to Ecuador from Wednesday", "will suspend flights to Tehran as of Monday".

A cut-off given a date it takes effect is a measure decided, not a threat of one: the CAMEO 1.1b3
codebook codes "announced it would prohibit all aid to Albanian rebels" as the reduction itself (162).
Without a start time the future stays a threat (13x, "announced that he will withdraw weapons inspectors").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.parsecache import children

REDUCTION_ROOT = "16"
# words that open the time a measure takes effect ("from Wednesday", "starting Monday", "as of 1 March")
START_WORDS = frozenset({"from", "starting", "beginning", "effective", "as"})
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "midnight", "tomorrow", "today", "tonight",
                        "week", "month", "year", "noon", "dawn"})


def _start_time(verb: Token) -> bool:
    """True when ``verb`` carries a phrase saying from when it holds ("from Wednesday", "as of today")."""
    for child in children(verb):
        if child.lower_ not in START_WORDS or child.dep_ not in ("prep", "advcl", "advmod", "acomp"):
            continue
        if any(t.lower_ in TIME_WORDS or t.like_num for t in child.subtree if t != child):
            return True
    return False


def scheduled(act: Act) -> bool:
    """True when ``act`` is a reduction of relations (16x) announced for a set time it takes effect.

    Args:
        act: A coded act, usually one whose modality is future.
    """
    mod = act.modality
    if act.root != REDUCTION_ROOT or not mod.future or mod.negated or mod.hypothetical or mod.conditional:
        return False
    # "would stop selling ... from Wednesday": the time may hang on any verb of the chain
    chain = [act.anchor, *(c for c in children(act.anchor) if c.dep_ == "xcomp")]
    node = act.anchor
    while node.dep_ in ("xcomp", "conj") and node.head != node and len(chain) < 6:
        node = node.head
        chain.append(node)
    return any(_start_time(verb) for verb in chain)


def scheduled_cutoff(act: Act) -> bool:
    """Code an announced reduction with a start time as done: clear its future and say why.

    Args:
        act: A coded act whose modality is future.

    Returns:
        True when ``act`` was :func:`scheduled` and is now coded as done.
    """
    if not scheduled(act):
        return False
    act.modality = replace(act.modality, future=False, reason=f"{act.modality.reason}; scheduled from a set time")
    act.rule = f"{act.rule} > scheduled measure"
    return True
