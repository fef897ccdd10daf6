"""Refusals told as an event that will not happen: "there will be no talks with Armenia until
Yerevan changes its constitution", "there would be no truce until the militia leaves".

The speaker announces that a cooperative act (talks, a truce, a deal) is withheld, which CAMEO
codes as a rejection (12x) of the partner named with the noun, or else of whoever the "until"
clause sets the condition for. Only future statements count: "there was no truce" reports a fact.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import Lexicon
from detente.coding.modality import SPEECH_LEMMAS, clause_modality
from detente.coding.roles import clause_roles, kids, preps_of

# roots of the acts whose withholding is a refusal (intent, consultation, cooperation, aid, yielding)
WITHHOLDABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# prepositions that name the other side of a withheld event ("talks with Kosovo")
PARTNER_PREPS = ("with", "between")


def _withheld_noun(verb: Token) -> Token | None:
    """ "there will be no talks": the event noun an existential clause denies."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((n for n in kids(verb, ("attr", "nsubj")) if n.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)), None)


def _condition_parties(verb: Token) -> list[Token]:
    """Subjects of an "until"/"unless" clause: whoever must act first."""
    return [subject for clause in verb.children if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in clause.children)
            for subject in kids(clause, ("nsubj",))]


def withheld_event(verb: Token, lexicon: Lexicon, penalty: float) -> Act | None:
    """ "said there would be no talks with Kosovo": the speaker's refusal (12x) of the partner.

    Args:
        verb: The existential copula of the reported clause.
        lexicon: Supplies the event noun's code and its refusal counterpart.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The refusal act, or None when the clause withholds no cooperative event in the future or
        nobody is told to say so.
    """
    noun = _withheld_noun(verb)
    if noun is None:
        return None
    entry = next((e for e in lexicon.nouns.get(noun.lemma_.lower(), ())
                  if e.code != "LIGHT" and e.code[:2] in WITHHOLDABLE_ROOTS), None)
    modality = clause_modality(verb)
    if entry is None or not modality.future or modality.hypothetical or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    speakers = clause_roles(verb.head)[0]
    code = lexicon.derived_code("refuse", entry.code)
    if not speakers or code is None:
        return None
    partners = [p for word in PARTNER_PREPS for p in preps_of(noun).get(word, ())]
    refusal = replace(modality, future=False, negated=False, reason=(modality.reason + "; refusal").lstrip("; "))
    return Act(verb, code, f"withheld {noun.lemma_.lower()} (there will be no)", [verb.i, noun.i], speakers,
               partners or _condition_parties(verb), False, refusal, penalty + 0.1)
