"""Acts about a state's own politics: elections, referendums, reforms of its constitution."""
from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS

HOME_AFFAIRS_NOUNS = WORD_SETS["home_affairs_nouns"]
# clause links through which an act's object is still the act's ("vowed to hold a referendum")
_CHAIN = ("xcomp",)


def about_home_affairs(anchor: Token) -> bool:
    """Whether the act at ``anchor`` is about its actor's own politics: its object, or that of a verb it
    governs ("vowed to hold", "refused to call"), is an election, referendum, reform and the like.

    "Vucic said he would not call early elections", "Petro vowed to hold a referendum": a refusal or intent
    about home affairs names no foreign party, so the article's other state is not its target.

    Args:
        anchor: The act's verb.

    Returns:
        True when an object of the act is one of the home-affairs nouns, not another state's.
    """
    verbs = [anchor] + [c for c in anchor.children if c.dep_ in _CHAIN]
    # "rejected Kosovo's elections", "welcomed the Afghan vote": another state's politics
    return any(obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in HOME_AFFAIRS_NOUNS
               and not any(m.dep_ == "poss" or m.ent_type_ in ("NORP", "GPE") for m in obj.children)
               for verb in verbs for obj in verb.children)
