"""Roles of a participle that tells the state someone was found in: "were found shot dead", "police found two
men beheaded", "were reported killed". The participle is passive in meaning: the people found are its
undergoers, never its doers, and only its own "by" phrase names who did it."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import children

FINDING_VERBS = WORD_SETS["finding_verbs"]


def found_harmed(verb: Token) -> tuple[list[Token], Token] | None:
    """Doers and undergoer of a bare past participle predicated of what a finding or reporting verb found.

    Args:
        verb: The clause's verb.

    Returns:
        (the participle's "by" agents, or none; the people found), or None when ``verb`` is no bare participle
        (no auxiliary, no "to") complementing "find", "report", "see"... or names nobody found.
    """
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("xcomp", "ccomp", "oprd") or head == verb \
            or head.lemma_.lower() not in FINDING_VERBS \
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in children(verb)):
        return None
    if verb.dep_ == "ccomp":
        # "police found two men shot dead": the parser made the men the participle's subject
        found = [c for c in children(verb) if c.dep_ == "nsubj"]
    else:
        # "were found shot dead": the passive's subject; "found two men shot dead": the object
        found = [c for c in children(head) if c.dep_ == "nsubjpass"] \
            or [c for c in children(head) if c.dep_ in ("dobj", "obj") and c.i < verb.i]
    if not found:
        return None
    agents = [p for a in children(verb) if a.dep_ == "agent" for p in children(a) if p.dep_ == "pobj"]
    return agents, found[0]
