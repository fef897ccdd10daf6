"""Whose thing an act befell when the target is known only through a possessive pronoun.

"Burkina Faso suspended two French radio stations and expelled their correspondents", "police
raided its offices", "their boats were seized by the navy": the target is the possessor, and
"its" or "their" refers to the nearest earlier noun phrase of its number that names an actor.
When that nearest actor is the act's own source ("Pakistan urged its citizens"), the pronoun is
the source's own and no other target is implied.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.coding.participants import ArticleActors, Resolved
from detente.coding.phrases import locative

# singular nouns that agree in the plural ("police have", "the police and their dogs")
PLURAL_COLLECTIVES = frozenset({"police", "people", "personnel"})
# numbers and quantities whose "of" phrase holds the possessed noun ("two of its employees")
PART_HEADS = frozenset({"some", "many", "most", "all", "several", "dozens", "hundreds", "thousands", "members"})


def possessive_pronoun(head: Token) -> Token | None:
    """The "its" or "their" that is ``head`` itself or owns it or the noun of its partitive "of"
    phrase ("two of its employees"), or None."""
    if head.dep_ == "poss" and head.lower_ in ("its", "their"):
        return head  # "raided its offices": the parser may leave the owner as the act's target
    owned = [head]
    if head.pos_ == "NUM" or head.lower_ in PART_HEADS:
        owned += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    return next((c for noun in owned for c in noun.children
                 if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)


def _agrees(noun: Token, plural: bool) -> bool:
    """Whether ``noun`` can be what a singular "its" or a plural "their" refers to."""
    many = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in PLURAL_COLLECTIVES \
        or any(c.dep_ == "conj" for c in noun.children)
    return many == plural and (plural or noun.ent_type_ != "PERSON")


def _antecedent(actors: ArticleActors, pronoun: Token, sources: Sequence[Token]) -> Resolved | None:
    """The nearest noun phrase before ``pronoun``, in its sentence or the one before, that agrees
    with it in number and names an actor; places where something happened ("in Baku") are passed
    over. None when that phrase is one of the act's ``sources`` or inside one."""
    doc = pronoun.doc
    start = pronoun.sent.start
    earliest = doc[start - 1].sent.start if start > 0 else 0
    plural = pronoun.lower_ == "their"
    sourced = {t.i for head in sources for t in head.subtree}
    for noun in reversed(doc[earliest:pronoun.i]):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod", "nmod") \
                or locative(noun) or not _agrees(noun, plural):
            continue
        found = actors.get(noun)
        if found is not None and not found.ref.code.startswith("---") and found.ref.country.isalpha():
            return None if noun.i in sourced else found
    return None


def with_possessors(actors: ArticleActors, heads: Sequence[Token], sources: Sequence[Token],
                    targets: list[Resolved], own: set[str]) -> list[Resolved]:
    """``targets`` with what a possessive pronoun on a target head gave replaced by its antecedent.

    A head whose phrase names no actor of its own ("their correspondents", not "its Georgian
    captain") belongs to the pronoun's antecedent (:func:`_antecedent`) unless that is the act's
    source (one of ``sources`` or of the ``own`` countries: "Pakistan urged its citizens"), in which
    case ``targets`` stand. Otherwise the source's own things ("withdrawal from Syrian territory")
    are no targets either.
    """
    for head in heads:
        pronoun = possessive_pronoun(head)
        if pronoun is None or pronoun.head.pos_ == "NOUN" and actors.modifier_actor(pronoun.head) is not None:
            continue
        owner = _antecedent(actors, pronoun, sources)
        if owner is None or owner.ref.country in own:
            continue
        possessed = {head.i, pronoun.i, pronoun.head.i}
        targets = [t for t in targets if t.head.i not in possessed and t.ref.country not in own] + [
            Resolved(owner.ref, True, head)]
    return targets
