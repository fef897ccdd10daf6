"""Verbs of bodily harm joined over one set of victims: one act, told by its gravest verb.

"hacked and shot hundreds of Tutsis", "beat and shot to death ten peacekeepers", "stabbed and hacked dozens of
villagers to death": the verbs share their victims (the parser hangs the object, and "to death", on one of them)
and tell one assault. Coded verb by verb, the bare verb misreads the deed ("hacked" alone is a computer
intrusion, "shot" alone a use of military force) and adds a second event; the joined act takes the code of
its gravest verb (a massacre before an assault, an assault on people before armed force, before a seizure).
"""

from __future__ import annotations

from dataclasses import replace

from detente.coding.acts import Act

# verbs that harm people's bodies, by hand or by gun
HARM_LEMMAS = frozenset({"hack", "beat", "stab", "club", "bludgeon", "batter", "kick", "whip", "machete", "axe",
                         "bayonet", "knife", "stone", "strangle", "torture", "mutilate", "behead", "burn",
                         "shoot", "gun", "kill", "massacre", "slaughter", "butcher", "murder", "slay", "execute"})
# gravest first: a massacre, an assault on people, armed force, a seizure ("hack" read as an intrusion)
_ROOT_ORDER = ("20", "18", "19", "17")


def _gravity(act: Act) -> tuple[int, int]:
    # within a root the longer code is the graver deed ("beaten to death", 1823, before "beaten", 182)
    return _ROOT_ORDER.index(act.root), -len(act.code)


def joined_harms(acts: list[Act]) -> list[Act]:
    """Fold verbs of bodily harm joined by a conjunction over the same victims into one act.

    Args:
        acts: The sentence's acts.

    Returns:
        ``acts`` with each such group told once, by its gravest verb's code, its trigger spanning all the verbs.
    """
    harms = [a for a in acts if a.root in _ROOT_ORDER and not a.nominal and a.targets
             and a.anchor.lemma_.lower() in HARM_LEMMAS]
    dropped: set[int] = set()
    kept: dict[int, Act] = {}
    for act in harms:
        if id(act) in dropped:
            continue
        victims = {t.i for t in act.targets}
        group = [act] + [o for o in harms if o is not act and id(o) not in dropped
                         and o.anchor in act.anchor.conjuncts and {t.i for t in o.targets} == victims]
        if len(group) < 2:
            continue
        gravest = min(group, key=_gravity)
        others = [o for o in group if o is not gravest]
        kept[id(gravest)] = replace(gravest, trigger=sorted({i for o in group for i in o.trigger}),
                                    rule=f"{gravest.rule} > joined with "
                                         + ", ".join(repr(o.anchor.text) for o in others))
        dropped |= {id(o) for o in others}
    return [kept.get(id(a), a) for a in acts if id(a) not in dropped]
