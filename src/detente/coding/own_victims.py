"""Victims of violence against people whom nothing places: the acting state's own.

"Kenyan soldiers tortured scores of men", "Bosnian Croat militiamen killed more than 100 Muslim
villagers in Ahmici": civilians beaten, tortured, abducted or massacred (CAMEO 18, 20) in a story naming
no other state are the country of those who did it, as CAMEO codes domestic repression.
"""

from __future__ import annotations

from detente.coding.acts import Act
from detente.coding.fallbacks import placed_in, unnamed_party
from detente.coding.resolved import Resolved
from detente.records import Location

# violence against people: assault (18) and mass violence (20); a fight (19) has an armed foe to name
VICTIM_ROOTS = frozenset({"18", "20"})
# "troops burned more than 100 houses": property seized or destroyed (1711, 1712) with no owner named
# belongs to the people where it stands, the acting state's own
PROPERTY_CODES = frozenset({"1711", "1712"})
# people the act names by a pronoun ("officers beat him in custody"), whom coreference left unplaced
PERSONAL_OBJECTS = frozenset({"him", "her", "them"})


def own_victims(act: Act, sources: list[Resolved], targets: list[Resolved], location: Location | None,
                named: set[str]) -> list[Resolved]:
    """The act's targets, those no rule placed put in the one state whose people did it.

    Args:
        act: The act (a root other than 18 or 20, or a code other than 1711 or 1712, keeps its targets).
        sources: The resolved sources.
        targets: The resolved targets (empty when the clause names none).
        location: Where the act happened, if a place is named.
        named: The states the sentence and the article name, less those only reporting the act.

    Returns:
        ``targets``, placed; one unnamed party of that state when the act named victims the lexicon
        cannot resolve; unchanged when the act happened elsewhere or another state is named.
    """
    acting = {r.ref.country for r in sources if not r.ref.code.startswith("---")}
    if act.root not in VICTIM_ROOTS and act.code not in PROPERTY_CODES or act.nominal or len(acting) != 1 \
            or any(not t.ref.code.startswith("---") for t in targets):
        return targets
    home = next(iter(acting))
    if not named <= acting or location is not None and location.country not in (None, "", home):
        return targets
    if targets:
        # "militants used chlorine against Kurdish fighters": another armed group they fight stays unnamed
        placed = [placed_in(t, home) for t in targets]
        own = {s.ref.code for s in sources}
        return targets if any(t.ref.code in own for t in placed) else placed
    # "tortured scores of men", "beat him": people the act names, not a thing or place; a bombing strikes
    # whoever is there; "burned 100 houses": the property named is its owners' loss
    if act.code.startswith("183") or act.code in PROPERTY_CODES or any(t.pos_ in ("NOUN", "PROPN", "NUM") and t.ent_type_ not in ("GPE", "LOC", "FAC")
                                         or t.lower_ in PERSONAL_OBJECTS for t in act.targets):
        return [unnamed_party(home, act.anchor)]
    return targets
