"""The toll of an attack: the people it killed or wounded, told after it.

"shelled the town, killing six", "an Israeli air strike on Gaza killed 12": the toll repeats the attack
between the same sides. Victims the toll names without a country of their own ("killing at least 12
people", "killed a senior commander") are the attack's: whatever state a fallback would give them (the
place, the reporter, the attackers' own) is no second event.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.parsecache import children
from detente.records import Mention

_HARMING_ROOTS = ("18", "19", "20")
# entity kinds that place a victim: a nationality, a state or place, a named body
_PLACING_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# links inside a victim's noun phrase that may name its country ("Israeli soldiers", "soldiers of Mali")
_MODIFIER_LINKS = frozenset({"amod", "compound", "poss", "nmod", "prep", "pobj", "appos"})


def _placed(victim: Token) -> bool:
    """Whether the victim's own words name a country or body it belongs to."""
    if victim.ent_type_ in _PLACING_ENTITIES:
        return True
    stack = list(children(victim))
    while stack:
        token = stack.pop()
        if token.dep_ not in _MODIFIER_LINKS:
            continue
        if token.ent_type_ in _PLACING_ENTITIES:
            return True
        stack.extend(children(token))
    return False


def _pair(mention: Mention) -> tuple[str, str | None]:
    return mention.source.country, mention.target.country if mention.target else None


def toll_kept(found: list[Mention], act: Act, attack: list[Mention]) -> list[Mention]:
    """The mentions of a toll that are not the attack it follows told again.

    Args:
        found: The toll act's mentions.
        act: The toll act.
        attack: The mentions of the attack the toll follows.

    Returns:
        ``found`` without those between the attack's sides, without a target, or aimed at victims
        nothing in their own words places, by the attack's doers.
    """
    # ("opened fire on protesters, killing five": the toll of a violent repression (175) repeats it)
    seen = {_pair(m) for m in attack if m.root_code in _HARMING_ROOTS or m.event_code == "175"}
    attackers = {pair[0] for pair in seen}
    # unplaced victims belong to an attack that had a target of its own ("attacked a convoy, killing six
    # officers" with no target for the convoy leaves the toll to name them)
    aimers = {pair[0] for pair in seen if pair[1] is not None}
    unplaced = bool(act.targets) and not any(_placed(conj) for t in act.targets for conj in (t, *t.conjuncts))
    return [m for m in found if _pair(m) not in seen
            and not (m.target is None and m.source.country in attackers)
            and not (unplaced and m.source.country in aimers)]
