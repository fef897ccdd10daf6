"""How a meta-verb's clause is composed: the complement it governs ("urged Iran [to talk]"), further
complements coordinated with it, "if"/"unless" conditions on it, the targets an uncoded complement
names, and the companions an actor acted "together with".

:mod:`detente.coding.extract` uses these to build acts whose event sits in a governed clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.coding.matching import DEFAULT_TARGET_PREPS, STATEMENT_NOUNS, VENUE_NOUNS
from detente.coding.modality import stray_gerund_conjunct
from detente.coding.parsecache import children, tokens
from detente.coding.roles import (
    OBJECT_CONTROL,
    SUBJECT_DEPS,
    clause_roles,
    kids,
    preps_of,
)


def infinitive_noun(token: Token) -> bool:
    """ "offered to host talks": an infinitive the tagger took for a noun."""
    return (token.pos_ == "NOUN" and token.dep_ in ("xcomp", "ccomp") and token.tag_ == "NN"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token)))


# subordinators of a clause that says when or why, never what a meta-verb governs ("ordered them out, hours
# after the court issued a warrant": the parser may still take it for a complement)
ADVERBIAL_MARKS = frozenset({"after", "before", "when", "while", "until", "since", "because", "once", "although",
                             "though", "whereas"})


def complement(verb: Token) -> Token | None:
    """The clause a meta-verb governs: "urged Iran [to talk]", "accused X of [attacking]"."""
    for child in children(verb):
        if child.dep_ in ("xcomp", "ccomp") and (child.pos_ in ("VERB", "AUX") or infinitive_noun(child)) \
                and not any(m.dep_ == "mark" and m.lower_ in ADVERBIAL_MARKS for m in children(child)):
            return child
    if verb.lemma_.lower() in OBJECT_CONTROL:
        # "ordered an Indian embassy staffer to leave": the parser may hang the infinitive on the object
        for obj in kids(verb, ("dobj",)):
            clause = next((c for c in children(obj) if c.dep_ == "acl" and c.pos_ == "VERB" and (
                c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                # "ordered the prisoners released": a passive small clause on the object
                or c.tag_ == "VBN" and verb.lemma_.lower() == "order" and c.i > obj.i)), None)
            if clause is not None:
                return clause
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "to", "from", "against"):
            for grand in children(child):
                if grand.dep_ == "pcomp" and grand.pos_ == "VERB":
                    return grand
    for child in children(verb):
        # "warned in a statement that Pyongyang would ...": the parser hangs the clause on the statement
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "via"):
            for medium in kids(child, ("pobj",)):
                if medium.lemma_.lower() in STATEMENT_NOUNS:
                    clause = next((c for c in children(medium)
                                   if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))), None)
                    if clause is not None:
                        return clause
    for child in children(verb):
        # "offered on Wednesday to mediate": a time phrase between them makes the parser read a purpose
        if child.dep_ == "advcl" and child.i > verb.i and child.pos_ == "VERB" and not kids(child, SUBJECT_DEPS) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(child)) \
                and all(t.dep_ in ("prep", "pobj", "npadvmod", "advmod", "det", "compound", "amod", "punct")
                        for t in verb.doc[verb.i + 1:child.i] if t.i not in {a.i for a in children(child)}):
            return child
    return None


def coordinated_complements(comp: Token) -> list[Token]:
    """Further complements coordinated with a meta-verb's complement.

    "urged Iran to free the sailors and to reopen the strait": "reopen" is governed by "urged" as
    much as "free". A conjunct with a subject of its own after an infinitive is another clause
    ("ordered troops to withdraw and the army complied"); so is a finite verb the parser
    coordinated with the infinitive ("urged restraint ... and offered to mediate"). "demanded that Ankara
    stop violating its airspace and pay compensation": the parser may hang "pay" on the gerund.
    """
    conjuncts = list(comp.conjuncts) + [c for g in kids(comp, ("xcomp",)) for c in g.conjuncts
                                        if stray_gerund_conjunct(c) == comp]
    return [c for c in conjuncts if c.i > comp.i and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB"
            and (comp.dep_ == "ccomp" or not kids(c, SUBJECT_DEPS))]


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of an "if"/"unless" clause attached to ``verb``."""
    return [subj for clause in children(verb) if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "until") for m in children(clause))
            for subj in kids(clause, ("nsubj",)) if subj.pos_ == "PROPN"]


def clause_targets(verb: Token) -> list[Token]:
    """Plausible target heads of an uncoded complement clause."""
    _, obj, _ = clause_roles(verb)
    preps = preps_of(verb)
    if obj is not None:
        # "would take corresponding action against Washington": whom the act is against, too
        return [obj] + preps.get("against", [])
    for word in DEFAULT_TARGET_PREPS:
        # "agreed to meet on the sidelines of the NATO summit": a venue is no target
        found = [p for p in preps.get(word, ()) if p.lemma_.lower() not in VENUE_NOUNS]
        if found:
            return found
    return []


def condition_clauses(verb: Token) -> list[Token]:
    """The "if"/"unless" clauses on ``verb`` (or on the verb it is conjoined to)."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return [c for v in heads for c in children(v) if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))]


def own_condition(verb: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on ``verb`` itself, not on a verb it is joined to ("warned that
    it would act if ..., and accused Cairo": the accusation is not conditioned)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))
               for c in children(verb))


def promised_here(verb: Token) -> bool:
    """Whether ``verb`` itself carries the reported "would" of a promise ("said it would ease sanctions and
    reopen the embassy"), not an aim of another act ("would use every means to protect its ships")."""
    head = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children)


def companions(anchor: Token, sources: Sequence[Token]) -> list[Token]:
    """ "Merz arrived in Kyiv together with Macron and Starmer", "Kenya, along with Uganda, sent
    troops": those the actor acted with, wherever the parser hung the phrase in its clause."""
    sentence = tokens(anchor.doc[anchor.sent.start:anchor.sent.end])
    if not any(t.lower_ in ("with", "alongside") for t in sentence):
        return []  # most sentences have no such phrase: spare reading the clause's subtrees
    clause = {t.i for t in anchor.subtree} | {t.i for s in sources for t in s.subtree}
    # "arrested the leader along with 20 supporters": after an object the phrase adds to the object
    objects = kids(anchor, ("dobj", "dative", "nsubjpass"))
    limit = min((o.i for o in objects), default=len(anchor.doc))
    found: list[Token] = []
    for token in sentence:
        together = token.lower_ == "with" and token.i > 0 and token.doc[token.i - 1].lower_ in ("together", "along")
        if token.i not in clause or token.i > limit or not (together or token.lower_ == "alongside") \
                or token.dep_ != "prep":
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and token.i in {t.i for t in c.subtree}
               for c in children(anchor)):
            continue  # the phrase belongs to a clause inside this one
        for obj in kids(token, ("pobj",)):
            found.extend([obj, *obj.conjuncts])
    return found

