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

from detente.coding.participants import WAR_MACHINES, ArticleActors, Resolved
from detente.coding.phrases import locative

# singular nouns that agree in the plural ("police have", "the police and their dogs")
PLURAL_COLLECTIVES = frozenset({"police", "people", "personnel"})
# numbers and quantities whose "of" phrase holds the possessed noun ("two of its employees")
PART_HEADS = frozenset({"some", "many", "most", "all", "several", "dozens", "hundreds", "thousands", "members"})
# "our" is the quoted speaker's (see ArticleActors.quote_speaker)
POSSESSIVES = frozenset({"its", "their", "our"})


def possessive_pronoun(head: Token) -> Token | None:
    """The "its", "their" or quoted "our" that is ``head`` itself or owns it or the noun of its
    partitive "of" phrase ("two of its employees"), or None."""
    if head.dep_ == "poss" and head.lower_ in POSSESSIVES:
        return head  # "raided its offices": the parser may leave the owner as the act's target
    owned = [head]
    if head.pos_ == "NUM" or head.lower_ in PART_HEADS:
        owned += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    return next((c for noun in owned for c in noun.children
                 if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)


def _agrees(noun: Token, plural: bool) -> bool:
    """Whether ``noun`` can be what a singular "its" or a plural "their" refers to."""
    many = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in PLURAL_COLLECTIVES \
        or any(c.dep_ == "conj" for c in noun.children)
    return many == plural and (plural or noun.ent_type_ != "PERSON")


def _names_itself(actors: ArticleActors, noun: Token) -> bool:
    """Whether a possessed noun names its own actor: "its Georgian captain", "its captain, a Russian citizen"."""
    return actors.modifier_actor(noun) is not None or any(
        a.dep_ == "appos" and actors.get(a) is not None for a in noun.children)


def _antecedents(actors: ArticleActors, pronoun: Token, sources: Sequence[Token]) -> list[Resolved] | None:
    """The actors of the nearest noun phrase before ``pronoun``, in its sentence or the one before,
    that agrees with it in number and names an actor (each of "Belgrade and Pristina"); places where
    something happened ("in Baku") are passed over. Empty when that phrase is one of the act's
    ``sources`` or inside one, unless it is a machine ("a drone had struck one of its depots": a drone
    owns no depots, the pronoun reaches past it to whoever does); None when it is a source head that
    only a group reference resolves ("the two delegations ... their embassies")."""
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
        if found is None and noun in sources and len(actors.expand([noun])) > 1:
            # "the two delegations agreed to restore their embassies": the act's own subject, a group
            return None
        if found is not None and not found.ref.code.startswith("---") and found.ref.country.isalpha():
            if noun.i in sourced:
                if noun.lemma_.lower() in WAR_MACHINES:
                    continue
                return []
            # one per country: "the offices of UNICEF and the World Food Programme" are one party's
            owners: dict[str, Resolved] = {}
            for owner in (found, *(r for c in noun.conjuncts if c.i > noun.i and (r := actors.get(c)) is not None)):
                owners.setdefault(owner.ref.country, owner)
            return list(owners.values())
    return []


def with_possessors(actors: ArticleActors, heads: Sequence[Token], sources: Sequence[Token],
                    targets: list[Resolved], own: set[str]) -> list[Resolved]:
    """``targets`` with what a possessive pronoun on a target head gave replaced by its antecedent.

    A head whose phrase names no actor of its own (:func:`_names_itself`: "their correspondents",
    not "its Georgian captain") belongs to the pronoun's antecedents (:func:`_antecedents`) unless that is the act's
    source (one of ``sources`` or of the ``own`` countries: "Pakistan urged its citizens"), in which
    case ``targets`` stand. Otherwise the source's own things ("withdrawal from Syrian territory")
    are no targets either.
    """
    for head in heads:
        pronoun = possessive_pronoun(head)
        if pronoun is None or pronoun.head.pos_ == "NOUN" and _names_itself(actors, pronoun.head):
            continue
        if pronoun.lower_ == "our":
            # "violated our airspace": the quoted speaker's country; "our police" are people, no place
            # (ArticleActors.pronoun_owner)
            speaker = actors.quote_speaker(pronoun) if actors.resolver.agent_sector(pronoun.head) is None else None
            owners = [speaker] if speaker is not None else []
        else:
            owners = _antecedents(actors, pronoun, sources)
        possessed = {head.i, pronoun.i, pronoun.head.i}
        if owners is None:
            # the act's own things: no other party the pronoun's own resolution may have guessed
            targets = [t for t in targets if t.head.i not in possessed or t.ref.country in own]
            continue
        if not owners or any(owner.ref.country in own for owner in owners):
            continue
        targets = [t for t in targets if t.head.i not in possessed and t.ref.country not in own] + [
            Resolved(owner.ref, True, head) for owner in owners]
    return targets
