"""What handing something or someone over is: disarming, or judicial cooperation rather than a release.

"The rebels handed their weapons to U.N. observers" gives up the side's own arms (0873); "handed over
27 nationals accused of fighting for the militia to Syria" or "handed the captain over to face trial" delivers
people wanted by the receiver's justice, which is judicial cooperation (063), not the release of captives.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import own_arms_given
from detente.coding.roles import kids

# participles marking a person as wanted by justice: "nationals accused of ...", "men wanted for ..."
WANTED_PARTICIPLES = frozenset({"accuse", "suspect", "want", "charge", "indict", "convict", "sentence"})
# verbs of delivering people into another's custody ("pardoned ... convicted of" is a release)
HANDING_VERBS = frozenset({"hand", "turn", "transfer", "deliver", "send", "fly", "deport"})
# what a person is handed over to face: "to face trial", "for prosecution"
JUSTICE_NOUNS = frozenset({"trial", "charge", "justice", "prosecution"})


def handover_code(code: str, verb: Token, obj: Token | None) -> str:
    """The code of a hand-over act, refined by what is handed over and why.

    Args:
        code: The code the lexicon gave the act.
        verb: The act's verb.
        obj: Its direct object, if any.

    Returns:
        0873 for a side's own arms given up, 063 for people handed over as wanted by justice; else ``code``.
    """
    if code.startswith(("072", "0873")) and own_arms_given(verb):
        return "0873"
    if code.startswith("0841") and verb.lemma_.lower() in HANDING_VERBS and obj is not None \
            and (_wanted(obj) or _to_face_justice(verb)):
        return "063"
    return code


def _wanted(obj: Token) -> bool:
    """ "27 Syrian nationals accused of fighting for Islamic State": people the handed-over phrase calls
    accused, suspected, wanted, charged or convicted."""
    return any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in WANTED_PARTICIPLES
               for person in (obj, *obj.conjuncts) for a in person.children)


def _to_face_justice(verb: Token) -> bool:
    """ "handed them over for trial", "handed over to face charges": the purpose of the hand-over is justice."""
    return any(o.lemma_.lower() in JUSTICE_NOUNS for p in kids(verb, ("prep",)) if p.lower_ == "for"
               for o in kids(p, ("pobj",))) or any(
        o.lemma_.lower() in JUSTICE_NOUNS for c in kids(verb, ("advcl", "xcomp")) if c.lemma_.lower() == "face"
        for o in kids(c, ("dobj",)))
