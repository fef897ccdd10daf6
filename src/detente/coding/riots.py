"""A crowd's rioting told by verbs no lexicon row codes: "rioters looted shops", "thousands of supporters
rampaged through Abidjan", "protesters set fire to the town hall" (CAMEO 145, violent protest).

Looting, ransacking or smashing things is ordinary crime when anyone does it; done by a crowd (a protest
noun, a mob, or people counted in hundreds or thousands) it is a riot. Verbs the lexicon codes already
("stormed the parliament", "torched a police station") are recoded elsewhere; this only adds the clauses
that code nothing. A riot names no one it is aimed at unless it hits a party ("looting French homes"); else
it is aimed at the crowd's own state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.clauses import counted_mass
from detente.coding.lexicon import WORD_SETS
from detente.coding.modality import clause_modality
from detente.coding.parsecache import tokens
from detente.coding.roles import clause_roles, kids

CROWD_RIOT_VERBS = WORD_SETS["crowd_riot_verbs"]
# crowds whose looting and burning is a riot ("a mob ransacked the offices")
RIOTERS = WORD_SETS["protester_nouns"] | {"mob"}
FESTIVE_CROWD_NOUNS = WORD_SETS["festive_crowd_nouns"]
# "set fire to", "set ablaze": the verb only riots with these objects
_FIRE_WORDS = frozenset({"fire", "ablaze", "alight"})
# what a riot hits ("looting French homes", "clashed with police", "hurled stones at the embassy")
_HIT_PREPS = frozenset({"at", "on", "with", "against"})


def _rioting(verb: Token) -> bool:
    """Whether ``verb`` tells rioting: a riot verb, "set fire to", "went on the rampage"."""
    lemma = verb.lemma_.lower()
    if lemma in CROWD_RIOT_VERBS:
        return True
    if lemma == "set":
        return any(c.lemma_.lower() in _FIRE_WORDS for c in verb.children if c.dep_ in ("dobj", "advmod", "acomp",
                                                                                          "oprd", "xcomp"))
    return lemma == "go" and any(o.lemma_.lower() == "rampage" for p in kids(verb, ("prep",)) if p.lower_ == "on"
                                 for o in kids(p, ("pobj",)))


def _crowd(head: Token) -> bool:
    """Whether ``head`` names a rioting crowd: a protest noun, a mob, or people in hundreds or thousands."""
    if head.lemma_.lower() in FESTIVE_CROWD_NOUNS:
        return False  # ("fans rampaged through the stadium": hooligans, no political protest)
    return head.lemma_.lower() in RIOTERS or counted_mass(head, 100)


def crowd_riots(sent: Span, acts: list[Act]) -> list[Act]:
    """Riots (145) told by uncoded riot verbs whose subjects are crowds.

    Args:
        sent: The sentence.
        acts: Acts already found in it; a crowd with a protest among them ("torched the parliament and
            ransacked politicians' houses") riots once.

    Returns:
        One act per rioting crowd, aimed at what it hits, else (domestic) at the crowd's own state.
    """
    coded = {i for a in acts for i in a.trigger}
    protesting = {s.i for a in acts if a.root == "14" for s in a.sources}
    found: list[Act] = []
    for verb in tokens(sent):
        if verb.pos_ != "VERB" or verb.i in coded or not _rioting(verb):
            continue
        subjects, _, penalty = clause_roles(verb)
        if not subjects or not all(_crowd(s) for s in subjects) or any(s.i in protesting for s in subjects):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # ("shops were looted by rioters": the passive's own subject is what was hit)
        hit = [*kids(verb, ("dobj",)), *(o for p in kids(verb, ("prep",)) if p.lower_ in _HIT_PREPS
                                        for o in kids(p, ("pobj",)))]
        found.append(Act(verb, "145", f"{verb.lemma_.lower()} by a crowd (riot)", [verb.i], subjects, hit,
                         modality=clause_modality(verb), penalty=0.15 + penalty, domestic=True))
        protesting |= {s.i for s in subjects}
    return found
