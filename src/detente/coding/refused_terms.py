"""Refused terms: "Turkey will not accept American troops on its soil", "Tehran would never accept any
limits imposed by the West on its programme", "Belgrade cannot accept Kosovo's independence".

Saying one will not (or cannot) accept something is a rejection made now (CAMEO 120), not a
hypothetical acceptance: the negated future or "would" states the speaker's position. The lexicon's
"accept" rows code what accepting a known kind of thing means (a plan, mediation, peacekeepers) and
their refusal follows those rows; this covers the objects no row names. The rejection answers the party
the object names ("American troops", "Kosovo's independence", "limits imposed by the West"); an object
that names no party ("will not accept any limits", "double standards") states a stance, not coded.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import Lexicon
from detente.coding.matching import match_verb
from detente.coding.modality import clause_modality
from detente.coding.nominals import party_modifiers
from detente.coding.roles import clause_roles, kids, preps_of

# verbs whose negated future states terms refused
ACCEPTING_VERBS = frozenset({"accept", "countenance"})
REJECTION = "120"


def _object_parties(obj: Token) -> list[Token]:
    """The parties an accepted thing names: itself, its naming modifiers, or whoever it comes from or is
    imposed by ("troops from Washington", "limits imposed by the West")."""
    if obj.pos_ == "PROPN":
        return [obj]
    named = party_modifiers(obj)
    preps = preps_of(obj)
    named += [p for word in ("from", "by", "of") for p in preps.get(word, ()) if p.pos_ == "PROPN"]
    named += [p for acl in kids(obj, ("acl",)) for agent in kids(acl, ("agent",)) for p in kids(agent, ("pobj",))]
    return named


def refused_acceptance(verb: Token, lexicon: Lexicon, penalty: float) -> Act | None:
    """ "will not accept American troops on its soil": the subject's rejection (120) of the party the
    refused terms name.

    Args:
        verb: The clause's verb.
        lexicon: The verb lexicon (an object a row names is coded by that row's refusal instead).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The rejection, or None for another verb, an object a lexicon row knows, or an acceptance not
        refused as a stated position (not negated, asked about, possible or conditional: "could not accept").
    """
    if verb.lemma_.lower() not in ACCEPTING_VERBS or verb.pos_ != "VERB":
        return None
    subjects, obj, _ = clause_roles(verb)
    if obj is None:
        # "would not accept American troops operating on its territory": the parser made the object a subject
        obj = next((s for c in kids(verb, ("ccomp", "xcomp")) for s in kids(c, ("nsubj",)) if s.pos_ == "NOUN"), None)
    elif obj.dep_ != "dobj" or match_verb(verb, lexicon, obj) is not None:
        return None
    if not subjects or obj is None:
        return None
    mod = clause_modality(verb)
    # "will not accept", "cannot accept" (future), "would not accept" (a position, weak only by 'would')
    stated = mod.future or mod.hypothetical and mod.weak and not mod.conditional
    if not mod.negated or not stated or mod.conditional or mod.denied or mod.reported:
        return None
    parties = _object_parties(obj)
    if not parties:
        return None  # "would not accept double standards": a stance that answers nobody in particular
    refusal = replace(mod, negated=False, hypothetical=False, future=False, weak=False,
                      reason=(mod.reason + "; refusal").lstrip("; "))
    return Act(verb, REJECTION, "accept (refused terms)", [verb.i, obj.i], subjects, parties, False,
               refusal, penalty + 0.1)
