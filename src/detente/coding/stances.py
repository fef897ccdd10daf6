"""Stance adjectives: a speaker's willingness toward an event or outlook on its prospects.

"remained ready for a frank dialogue with Algeria", "is open to talks with Kyiv": the
willingness is the holder's intent (03x) toward the event noun's partner; "is not open to
talks" is a refusal (12x) that did happen.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import Lexicon
from detente.coding.matching import match_noun_entry
from detente.coding.modality import clause_modality
from detente.coding.nominals import noun_lemma
from detente.coding.roles import clause_roles, preps_of

logger = logging.getLogger(__name__)

INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen", "open"})
# adjectives of a stance toward prospects, coded as comments through their lexicon rows ("was optimistic
# about a deal with Russia": 013)
STANCE_ADJECTIVES = frozenset({"optimistic", "hopeful", "upbeat", "pessimistic", "sceptical", "skeptical"})


def ready_for_event(noun: Token, lexicon: Lexicon) -> Act | None:
    """The intent (or refusal) of one who is ready for, or open to, the event ``noun`` names.

    Args:
        noun: An event noun, object of "for"/"to" after an intent adjective.
        lexicon: The verb lexicon, whose noun rows and derived codes give the event's code.

    Returns:
        The act anchored on the adjective, aimed at the noun's partner, or None.
    """
    prep = noun.head
    holder = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to") or holder.pos_ != "ADJ" \
            or holder.lemma_.lower() not in INTENT_ADJECTIVES:
        return None
    entry = next((e for e in lexicon.nouns.get(noun_lemma(noun), ()) if e.code != "LIGHT"
                  and match_noun_entry(e, noun, None)), None)
    code = lexicon.derived_code("intent", entry.code) if entry is not None else None
    if code is None:
        return None
    subjects, _, penalty = clause_roles(holder)
    preps = preps_of(noun)
    targets = [p for word in ("with", "between", *sorted(entry.prep)) for p in preps.get(word, ())]
    modality = clause_modality(holder.head if holder.dep_ == "acomp" else holder)
    rule = f"{holder.lemma_.lower()} > {entry.rule} (nominal)"
    if modality.negated and (refusal := lexicon.derived_code("refuse", entry.code)) is not None:
        # "is not open to talks with Washington": a refusal (12x), which did happen
        code, rule = refusal, rule + " > refusal"
        modality = replace(modality, negated=False, hypothetical=False, future=False, conditional=False)
    elif modality.weak or modality.hypothetical and not modality.negated:
        # "would be ready for talks if asked": a statement of willingness is itself the act
        modality = replace(modality, hypothetical=False, conditional=False)
    return Act(holder, code, rule, [holder.i, noun.i], subjects, targets, False, modality, penalty + 0.1,
               traits=entry.traits)
