"""Raids by law enforcers: a search of premises, not an armed attack.

"police raided a resort near Nadi", "prosecutors raided the headquarters of Petroecuador": the police,
prosecutors or immigration agents of a state searching places is law enforcement, told by what they did
there (arrests, seizures: their own acts), not a fight (19) or coercion (17) of its own; a raid on an
armed group's hideout or camp stays a fight.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import children

LAW_ENFORCER_NOUNS = WORD_SETS["law_enforcer_nouns"]
LAW_ENFORCEMENT_MARKS = WORD_SETS["law_enforcement_marks"]
LAW_ENFORCEMENT_HEADS = WORD_SETS["law_enforcement_heads"]
ARMED_LAIR_NOUNS = WORD_SETS["armed_lair_nouns"]


def _law_enforcer(doer: Token) -> bool:
    """ "police", "Ecuadorean prosecutors", "immigration agents", "anti-corruption officers"."""
    lemma = doer.lemma_.lower()
    if lemma in LAW_ENFORCER_NOUNS or doer.lower_ in LAW_ENFORCER_NOUNS:
        return True
    return lemma in LAW_ENFORCEMENT_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in LAW_ENFORCEMENT_MARKS for c in children(doer))


def _armed_lair(place: Token) -> bool:
    """ "a militant hideout", "the rebels' camp": a place an armed group holds."""
    return place.lemma_.lower() in ARMED_LAIR_NOUNS


def is_search(act: Act) -> bool:
    """Whether ``act`` is a raid by law enforcers on premises (no armed group's lair).

    Args:
        act: A coded act.

    Returns:
        True for a verbal "raid" whose doers are all police, prosecutors or like agents and whose object
        is no hideout or camp.
    """
    if act.nominal or act.root not in ("17", "19") or act.anchor.lemma_.lower() != "raid":
        return False
    objects = [c for c in children(act.anchor) if c.dep_ in ("dobj", "nsubjpass")]
    if act.anchor.dep_ == "relcl":
        objects.append(act.anchor.head)  # "the hideouts, which police raided"
    if any(_armed_lair(o) for o in objects):
        return False
    return bool(act.sources) and all(_law_enforcer(s) for s in act.sources)
