"""Judging words the parser misplaces in "X called Y <word>" ("called the move outright theft")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import Lexicon
from detente.coding.parsecache import children

# "expelled the diplomat for activities incompatible with his status": the formula of an expulsion,
# which gives its reason rather than judging anyone
FORMULAIC = {"incompatible": frozenset({"status"})}


def judging_entry(words: set[str], predicate: Token, lexicon: Lexicon) -> tuple[str, str] | None:
    """The judgement table's (code, rule) for the first of ``words`` it lists, or None.

    Args:
        words: Lemmas of the judging phrase (the predicate, its modifiers, its "of" objects).
        predicate: The judging phrase's head.
        lexicon: The lexicon whose judgements name the judging words.

    Returns:
        (code, rule id), or None when no word judges or the phrase is a set formula.
    """
    found = next((w for w in sorted(words) if w in lexicon.judgements), None)
    # the formula's "with" may hang on the judging word or on the noun it describes
    if found is None or any(t.lemma_.lower() in FORMULAIC.get(found, ()) and t.head.lower_ == "with"
                            for t in predicate.subtree):
        return None
    return lexicon.judgements[found]


def swapped_predicate(judged: Token, lexicon: Lexicon) -> Token | None:
    """The judging word the parser hung as the object of the judged noun: "called the Kazakh export ban a
    violation" (read as a ban of a violation)."""
    return next((c for c in children(judged) if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.judgements
                 and not any(g.dep_ == "nsubj" for g in children(judged))), None)


def misread_judgement(obj: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The judged act and the judging word of a judgement the parser read as one phrase.

    "called the move outright theft": the act, a noun phrase of its own, hangs on the judging word;
    "called the closure a provocation staged to please Brussels": the judging word, with its own
    participle, reads as the subject of a clause describing the act.

    Args:
        obj: The judging verb's direct object.
        lexicon: The lexicon whose judgements name the judging words.

    Returns:
        (judged act, judging word), or None when the object holds no misread judgement.
    """
    if obj.lemma_.lower() in lexicon.judgements:
        # the act's own determiner, which the parser may hang on either noun, opens the phrase before it
        act = next((c for c in children(obj) if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < obj.i
                    and any(d.dep_ == "det" and d.i < c.i for d in (*children(c), *children(obj)))), None)
        return (act, obj) if act is not None else None
    # "called the shutdown a provocation ordered by Washington": the judging word as a second object
    word = next((c for c in children(obj.head) if c.dep_ == "dobj" and c.i > obj.i
                 and c.lemma_.lower() in lexicon.judgements and any(d.lower_ in ("a", "an") for d in children(c))),
                None)
    if word is not None:
        return obj, word
    for clause in children(obj):
        if clause.dep_ not in ("relcl", "acl") or clause.i < obj.i:
            continue
        word = next((c for c in children(clause) if c.dep_ == "nsubj" and c.i < clause.i
                     and c.lemma_.lower() in lexicon.judgements
                     and any(d.lower_ in ("a", "an") for d in children(c))), None)
        if word is not None:
            return obj, word
    return None
