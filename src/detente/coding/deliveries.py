"""Aid told as the arrival of its load, with no verb of giving: "a Chinese relief convoy carrying rice
reached Lashio", "a planeload of medical supplies from the United Arab Emirates landed in Chad for
Sudanese refugees", "U.S. Air Force C-141s landed at Goma carrying water pumps". The load's owner (its
nationality or name modifier, or its "from" phrase) provides aid (073; arms: 072) to the people it is
"for", else to the place it reaches. A load of no named owner ("aid trucks entered Gaza") is left alone:
whoever reports the arrival need not be the giver.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS, word_classes
from detente.coding.modality import clause_modality
from detente.coding.nominals import party_modifiers
from detente.coding.roles import kids

ARRIVAL_VERBS = WORD_SETS["arrival_verbs"]
CARGO_NOUNS = WORD_SETS["cargo_nouns"]
CARRYING_WORDS = WORD_SETS["carrying_words"]
MONEY_AID = WORD_SETS["money_aid_nouns"]
RELIEF = word_classes()["relief"]
ARMS = word_classes()["arms"]
# where the load gets to ("landed in", "crossed into", "arrived at")
PLACE_PREPS = frozenset({"in", "into", "at", "to", "on"})


def _load_words(noun: Token, verb: Token) -> tuple[set[str], set[str]]:
    """What the load is said to be: the cargo noun's own modifiers ("relief convoy"), and what it is "of" or
    is "carrying" (on the noun or on the verb: "landed carrying water pumps", "reached Tawila with food")."""
    found: list[Token] = []
    for holder in (noun, verb):
        for c in holder.children:
            if c.dep_ in ("acl", "advcl", "prep", "amod") and c.lemma_.lower() in CARRYING_WORDS \
                    and (c.lower_ != "of" or holder is noun):
                found += [g for g in c.subtree if g.pos_ == "NOUN"]
    carried = {g.lemma_.lower() for g in found} | {m.lemma_.lower() for g in found for m in kids(g, ("compound", "amod"))}
    return {c.lemma_.lower() for c in kids(noun, ("compound", "amod"))}, carried


def _owners(noun: Token, verb: Token) -> list[Token]:
    """Who sends the load: its name or nationality modifiers, its possessor or a "from" phrase."""
    owners = party_modifiers(noun)
    if not owners:
        owners = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not owners:
        # "from the UAE" on the load, on what it is "of" ("a planeload of supplies from ...") or on the verb
        holders = [noun, verb] + [o for p in kids(noun, ("prep",)) if p.lower_ == "of" for o in kids(p, ("pobj",))]
        owners = [o for h in holders for p in kids(h, ("prep",)) if p.lower_ == "from"
                  for o in kids(p, ("pobj",)) if o.pos_ == "PROPN"]
    return owners


def recipients(noun: Token, verb: Token, places_first: bool = False) -> list[Token]:
    """Whom the load is for ("for Sudanese refugees"), else what it reaches or where it lands (first with
    ``places_first``: money "reached the bank's accounts in Aden" helps the state of the place)."""
    meant = [o for h in (verb, noun) for p in kids(h, ("prep",)) if p.lower_ == "for"
             for o in kids(p, ("pobj",)) if o.ent_type_ not in ("DATE", "TIME")]
    if meant:
        return meant[:1]
    reached = [o for o in kids(verb, ("dobj",))]
    reached += [o for p in kids(verb, ("prep",)) if p.lower_ in PLACE_PREPS for o in kids(p, ("pobj",))
                if o.ent_type_ not in ("DATE", "TIME")]
    return (reached[1:] + reached[:1] if places_first and kids(verb, ("dobj",)) else reached)[:1]


def aid_arrival(verb: Token, subjects: list[Token], penalty: float) -> Act | None:
    """The aid a load's arrival delivers (see the module docstring).

    Args:
        verb: The clause's verb.
        subjects: Its subject heads.
        penalty: Confidence deductions so far.

    Returns:
        The act, or None when the clause is no arrival of a load of aid or arms from a named owner.
    """
    if verb.lemma_.lower() not in ARRIVAL_VERBS or len(subjects) != 1 or verb.dep_ in ("xcomp", "advcl", "relcl") \
            or any(a.dep_ == "xcomp" for a in verb.ancestors):
        return None  # "allowed relief flights to resume landing": a permission, not an arrival
    noun = subjects[0]
    money = noun.lemma_.lower() in MONEY_AID
    cargo = noun.lemma_.lower() in CARGO_NOUNS
    if not cargo and not money and noun.pos_ != "PROPN":
        return None  # aircraft go by name ("C-141s"); people arriving are no load
    kinds, carried = _load_words(noun, verb)
    load = carried | (kinds if cargo else set())
    code = "071" if money else "072" if load & ARMS else "073" if load & RELIEF else None
    if code is None:
        return None
    owners, receivers = _owners(noun, verb), recipients(noun, verb, money)
    if not owners or not receivers:
        return None
    return Act(verb, code, "aid arrival", [verb.i, noun.i], owners, receivers, False, clause_modality(verb),
               penalty + 0.1)
