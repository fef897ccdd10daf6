"""Mass violence named by a noun and counted by its victims.

"The RSF's killing of at least 200 villagers", "the expulsion of more than 15,000 Masalit residents by RSF
fighters": a killing or expulsion noun with no word of its own that says "mass" is still a mass killing
(CAMEO 202) or a mass expulsion (201) when its "of" phrase counts the people in numbers. Its doer is the
noun's "by" phrase or possessor.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.clauses import counted_mass
from detente.coding.lexicon import WORD_SETS
from detente.coding.nominals import nominal_modality, party_modifiers, phrase_agents
from detente.coding.roles import preps_of
from detente.coding.violence import counted_civilians

COMBATANT_NOUNS = WORD_SETS["combatant_nouns"]
COUNT_WORDS = frozenset({"dozen", "score", "hundred", "thousand", "million", "ten", "tens"})
# nouns of forcing people out (201) and of killing (202)
EXPULSION_NOUNS = frozenset({"expulsion", "deportation"})
KILLING_NOUNS = frozenset({"killing", "slaughter", "execution"})


def mass_nominal(noun: Token) -> Act | None:
    """The mass killing or mass expulsion a counted event noun names, or None.

    Args:
        noun: An event noun no lexicon entry matched.

    Returns:
        The act, done by the noun's "by" phrase or possessor to the people counted.
    """
    lemma = noun.lower_ if noun.lower_ in KILLING_NOUNS else noun.lemma_.lower()
    if lemma not in EXPULSION_NOUNS | KILLING_NOUNS:
        return None
    victims = preps_of(noun).get("of", [])
    if lemma in KILLING_NOUNS:
        counted = [v for v in victims if v.lemma_.lower() not in COMBATANT_NOUNS and counted_civilians(v)]
        code = "202"
    else:
        counted, code = [v for v in victims if counted_mass(v)], "201"
    doers = phrase_agents(noun) or party_modifiers(noun)
    if not counted or not doers:
        return None
    return Act(noun, code, f"{lemma} of a counted mass (nominal)", [noun.i], doers, [_counted(counted[0])], False,
               nominal_modality(noun), 0.15, nominal=True)


def _counted(head: Token) -> Token:
    """The people a count stands for: "Rohingya families" in "thousands of Rohingya families"."""
    if head.pos_ == "NUM" or head.lemma_.lower() in COUNT_WORDS:
        return next(iter(preps_of(head).get("of", [])), head)
    return head
