"""How a meta-verb's complement is read once the complement is known.

"said Russia had to withdraw": what is needed is the act; "insisted its forces had not hit the
substation": an insistence on a past act is a statement, not a demand; "told Israel to halt the
offensive": telling someone to do something is an order, not reported speech.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import MetaEntry
from detente.coding.modality import clause_modality, needed_act, told_as_past
from detente.coding.parsecache import children


def told_to(verb: Token, comp: Token) -> bool:
    """ "told Israel to halt the offensive", "told Kyiv to pull its troops out": a speech verb with a named
    addressee and an infinitive complement. Telling one's own people what to do ("told supporters to stay
    home", "told importers to stop buying") instructs them and is no demand on another party; "told Rice not
    to come" forbids rather than demands, and is left to the complement's own reading."""
    return comp.dep_ == "xcomp" and comp.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in children(comp)) \
        and not any(c.dep_ == "neg" for c in children(comp)) \
        and any(c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" for c in children(verb))


def reframed(verb: Token, meta: MetaEntry, comp: Token,
             direct: Act | None) -> tuple[MetaEntry, Token, Act | None]:
    """The meta entry, complement and direct act of ``verb`` as its complement's form reads them.

    Args:
        verb: the meta-verb.
        meta: its lexicon entry.
        comp: its complement's head.
        direct: the act the verb codes on its own, if any.

    Returns:
        The (possibly changed) entry, complement head and direct act.
    """
    if meta.kind == "speech" and (needed := needed_act(comp)) is not None:
        return meta, needed, direct  # "said Russia had to withdraw": what is needed is the complement
    if meta.kind == "speech" and told_to(verb, comp):
        return replace(meta, kind="order"), comp, direct
    if meta.kind == "demand" and told_as_past(comp):
        # "insisted Russian forces had not hit the substation": a denial; what is insisted happened is a
        # statement, not a demand
        return replace(meta, kind="deny" if clause_modality(comp).negated else "speech"), comp, None
    return meta, comp, direct
