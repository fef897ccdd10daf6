"""Goods whose giver is named only in a participle: "helicopters supplied by the United States were handed
over to the Afghan air force", "ambulances donated by Japan arrived in Gaza", "the army received drones
financed by Berlin". The participle's agent gives (072 for arms, else the lexicon's aid code for the
participle, else 073 for relief, 071 for money, 070 for anything else) to whoever the goods are handed to,
the place they reach, or whoever receives them. Goods "made by" or "sold by" someone are no gift, and goods
"supplied by Iran" that struck a town are no aid to the town: the clause must hand the goods over or bring
them in. Goods handed over in an agentless passive are the gift of whoever they are "from": "armoured vehicles
from Turkey were delivered to the Somali army".
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.deliveries import ARRIVAL_VERBS, recipients
from detente.coding.lexicon import WORD_SETS, Lexicon, word_classes
from detente.coding.matching import match_verb
from detente.coding.modality import clause_modality
from detente.coding.roles import kids

GIVING = WORD_SETS["giving_participles"]
HANDING = WORD_SETS["handing_over_verbs"]
RECEIVING = WORD_SETS["receiving_verbs"]
MONEY_VERBS = frozenset({"finance", "fund", "pay", "bankroll"})
# who is sent is no gift: people, captives, envoys
PEOPLE = WORD_SETS["people_nouns"] | WORD_SETS["emissary_nouns"] | word_classes()["captive"]
RELIEF = word_classes()["relief"]
ARMS = word_classes()["arms"]


def _receivers(goods: Token, main: Token) -> list[Token]:
    """Who gets the goods from the clause they are in: the "to" of a hand-over, the place or people an
    arrival reaches, the subject of a receiving verb."""
    lemma = main.lemma_.lower()
    if goods.dep_ in ("nsubjpass", "dobj") and lemma in HANDING:
        return [o for p in kids(main, ("prep", "dative")) if p.lower_ == "to" for o in kids(p, ("pobj",))][:1]
    if goods.dep_ == "nsubj" and lemma in ARRIVAL_VERBS:
        return recipients(goods, main)
    if goods.dep_ == "dobj" and lemma in RECEIVING:
        return kids(main, ("nsubj",))[:1]
    return []


def supplied_goods(verb: Token, obj: Token | None, penalty: float, lexicon: Lexicon) -> Act | None:
    """The gift a giving participle names the giver of (see the module docstring).

    Args:
        verb: The clause's verb (a past participle modifying the goods).
        obj: Its object as the clause's roles found it.
        penalty: Confidence deductions so far.
        lexicon: The verb lexicon, whose aid code for the participle serves for goods other than arms.

    Returns:
        The act, or None when the verb is no giving participle with a "by" agent on goods handed over.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in GIVING:
        return None
    givers = [o for a in kids(verb, ("agent",)) for o in kids(a, ("pobj",))]
    goods = verb.head
    if not givers or goods.pos_ not in ("NOUN", "PROPN") or goods.lemma_.lower() in PEOPLE \
            or goods.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return None
    receivers = _receivers(goods, goods.head)
    if not receivers:
        return None
    words = {goods.lemma_.lower()} | {m.lemma_.lower() for m in kids(goods, ("compound", "amod"))}
    found = match_verb(verb, lexicon, obj)
    # arms "financed by Germany" are military aid, whatever the lexicon says of financing
    code = "072" if words & ARMS else found.code if found is not None and found.code.startswith("07") else \
        "073" if words & RELIEF else \
        "071" if verb.lemma_.lower() in MONEY_VERBS else "070"
    # "reached the front in Ukraine": the country of a place no actor names
    places = [o for r in receivers for p in kids(r, ("prep",)) if p.lower_ in ("in", "at") for o in kids(p, ("pobj",))]
    return Act(verb, code, "supplied goods", [verb.i, goods.i], givers, receivers, False,
               clause_modality(goods.head), penalty + 0.1, fallback=places)


def goods_from(verb: Token, obj: Token | None, penalty: float, lexicon: Lexicon) -> Act | None:
    """The gift of goods handed over in an agentless passive whose "from" phrase names the giver.

    Args:
        verb: The clause's verb (a passive of handing over: "were delivered to", "were handed over to").
        obj: Its object as the clause's roles found it (the passive subject).
        penalty: Confidence deductions so far.
        lexicon: The verb lexicon, whose aid code for the verb serves for goods other than arms and relief.

    Returns:
        The act, or None when the verb is no such passive, the goods are people, no arms or aid, or name no
        "from" giver, or no one receives them.
    """
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in HANDING or kids(verb, ("agent",)) or obj is None \
            or obj.dep_ != "nsubjpass" or obj.lemma_.lower() in PEOPLE or obj.ent_type_ in ("PERSON", "NORP"):
        return None
    goods = [obj, *obj.conjuncts]
    givers = [o for g in goods for p in kids(g, ("prep",)) if p.lower_ == "from" for o in kids(p, ("pobj",))
              if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "ORG", "NORP")]
    receivers = _receivers(obj, verb) or [o for p in kids(verb, ("prt",)) for t in kids(p, ("prep",))
                                          if t.lower_ == "to" for o in kids(t, ("pobj",))][:1]
    if not givers or not receivers:
        return None
    words = {t.lemma_.lower() for g in goods for t in (g, *kids(g, ("compound", "amod")))}
    found = match_verb(verb, lexicon, obj)
    code = "072" if words & ARMS else "073" if words & RELIEF else \
        found.code if found is not None and found.code.startswith("07") else None
    if code is None:
        return None  # "a letter from Kyiv was delivered to the Kremlin" is no gift
    places = [o for r in receivers for p in kids(r, ("prep",)) if p.lower_ in ("in", "at") for o in kids(p, ("pobj",))]
    return Act(verb, code, "goods from a giver", [verb.i, obj.i], givers[:1], receivers, False,
               clause_modality(verb), penalty + 0.1, fallback=places)
