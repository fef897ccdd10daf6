"""Acts named by a noun made from a lexicon verb, with their doer: "the reopening of the Chaman crossing
by Pakistani authorities allowed lorries through", "Egypt's reopening of the Rafah crossing let aid in".

Such a noun, the subject of its clause, tells the news of the verb's act: the "of" object is what the
verb acts on and the "by" phrase or possessor its doer. Without a named doer the noun may be anyone's
and is left alone; in a relative, adverbial or "since" clause it is background, not news.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.lexicon import Lexicon
from detente.coding.matching import act_noun_frame
from detente.coding.nominals import nominal_modality, phrase_agents
from detente.coding.parsecache import children, tokens

# clauses whose subject is told as the circumstance of another act, not as news of its own
BACKGROUND_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp"})


def verbal_noun_acts(sent: Span, used: set[int], lexicon: Lexicon) -> list[Act]:
    """The acts of ``sent``'s subject nouns made from lexicon verbs ("reopening", "expulsion").

    Args:
        sent: The sentence.
        used: Indices of tokens already part of an act.
        lexicon: The verb and noun lexicon.

    Returns:
        One act per such noun that names its doer.
    """
    acts = []
    for noun in tokens(sent):
        if noun.pos_ != "NOUN" or noun.i in used or noun.lemma_.lower() in lexicon.nouns \
                or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") \
                or noun.head.dep_ in BACKGROUND_CLAUSES:
            continue
        doers = _doers(noun)
        found = act_noun_frame(noun, lexicon, gerund=noun.lower_.endswith("ing")) if doers else None
        if found is None:
            continue
        entry, patient = found
        # not a bare nominal: when what is acted on names no one, the rest of the clause may name the target
        acts.append(Act(noun, entry.code, f"{entry.rule} > verbal noun", [noun.i, patient.i], doers, [patient],
                        False, nominal_modality(noun), 0.2, traits=entry.traits))
    return acts


def _doers(noun: Token) -> list[Token]:
    """The noun's "by" phrase (the parser may hang it on the "of" object) or its possessor, not a date
    ("Monday's reopening")."""
    return phrase_agents(noun) or [c for c in children(noun) if c.dep_ == "poss"
                                   and c.ent_type_ not in ("DATE", "TIME")]
