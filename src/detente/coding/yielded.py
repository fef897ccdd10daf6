"""Agreements made in yielding: "agreed to allow opposition parties, giving in to the students", "bowed to
donor pressure and agreed to scrap the clause". CAMEO codes a concession granted under pressure as the yield
itself (08x), not as an intent to cooperate (03x); the bare "bowed to pressure" then restates it.
"""

from __future__ import annotations

from dataclasses import replace

from detente import codes
from detente.records import Mention, Trait

# intent to yield (035x) -> the yield itself (08x); any other agreement -> 080
YIELD_OF = {"0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087"}


def _recoded(mention: Mention, code: str) -> Mention:
    entry = codes.lookup(code)
    return replace(mention, event_code=code, root_code=code[:2], quad_class=entry.quad_class,
                   goldstein=entry.goldstein, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                   rule=mention.rule + " [made in yielding]")


def yielded_agreements(coded: list[Mention]) -> list[Mention]:
    """Recode a factual agreement (03x) whose actor yields (080) in the same sentence as that yield.

    Args:
        coded: The sentence's mentions.

    Returns:
        The mentions, each such agreement recoded, and a targetless yield of the same actor it restates
        dropped.
    """
    # a general yield ("bowed to pressure", "giving in to"), not the agreed concession told as done
    yielders = {m.source.country for m in coded if m.is_factual and m.event_code == "080"}
    agreements = [m for m in coded if m.is_factual and m.root_code == "03" and m.source.country in yielders
                  and m.target is not None and Trait.AGREEMENT in m.traits]
    if not agreements:
        return coded
    agreed = {m.source.country for m in agreements}
    out = []
    for m in coded:
        if m in agreements:
            out.append(_recoded(m, YIELD_OF.get(m.event_code, "080")))
        elif not (m.is_factual and m.event_code == "080" and m.target is None and m.source.country in agreed):
            out.append(m)
    return out
