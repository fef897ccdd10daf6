"""Refuge in a foreign mission: "the opposition leader took refuge in the Dutch embassy", "the general has been
sheltering in the French embassy in Beirut".

Someone who takes refuge, shelters or hides in a state's embassy is sheltered by that state: it grants
refuge (CAMEO 075) to him, told by what the refugee did. The mission's state is its nationality or
possessor ("the Dutch embassy", "Mexico's embassy"); an embassy with neither names no one and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.modality import clause_modality
from detente.coding.nominals import party_modifiers
from detente.coding.roles import kids

GRANT_REFUGE = "075"
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "nunciature", "mission"})
# verbs of staying somewhere for safety ("sheltered in", "holed up in", "hid in")
SHELTERING_VERBS = frozenset({"shelter", "hide", "hole"})
# "took refuge in", "found sanctuary in": the noun that makes "take" or "find" a sheltering
REFUGE_NOUNS = frozenset({"refuge", "sanctuary", "shelter"})
TAKING_VERBS = frozenset({"take", "find"})


def mission_refuge(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """The refuge a foreign mission grants whoever shelters in it (see the module docstring).

    Args:
        verb: The clause's verb.
        subjects: Its subject heads (the refugees).
        obj: Its object ("refuge" in "took refuge").
        penalty: Confidence deductions so far.

    Returns:
        The act of the mission's state towards the refugees, or None when the clause tells no such refuge.
    """
    lemma = verb.lemma_.lower()
    taking = lemma in TAKING_VERBS and obj is not None and obj.lemma_.lower() in REFUGE_NOUNS
    if verb.dep_ == "acl" or not (taking or lemma in SHELTERING_VERBS):
        return None  # "families sheltered in the embassy compound" only describes them
    if not subjects and not taking and obj is not None and obj.dep_ == "nsubjpass":
        subjects = [obj]  # "has been holed up in Ecuador's embassy": the passive tells the same stay
    if not subjects:
        return None
    holders = [verb] + ([obj] if taking else []) + kids(verb, ("prt",))
    missions = [o for h in holders for p in kids(h, ("prep",)) if p.lower_ in ("in", "inside", "at")
                for o in kids(p, ("pobj",)) if o.lemma_.lower() in MISSION_NOUNS]
    states = [m for o in missions for m in party_modifiers(o)]
    if not states:
        return None
    # "the Dutch embassy in Harare": the refugee's country when nothing else names it
    places = [o for m in missions for p in kids(m, ("prep",)) if p.lower_ == "in" for o in kids(p, ("pobj",))]
    return Act(verb, GRANT_REFUGE, "refuge in a foreign mission", [verb.i, missions[0].i], states[:1], subjects,
               False, clause_modality(verb), penalty + 0.1, fallback=places)
