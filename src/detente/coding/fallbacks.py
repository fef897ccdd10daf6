"""Targets the text leaves implicit: captors, where people are held, the act a clause joins, partners,
one's own country, unnamed parties and roles a place or an earlier sentence gives a country."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from detente.actors import actor_name
from detente.actors.data import code_on
from detente.coding.acts import Act
from detente.coding.inference import is_state
from detente.coding.lexicon import WORD_SETS
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.target_rules import ARMED_SECTORS
from detente.records import ActorRef, Mention

# what is done to people ("the treatment of", "the detention of"): its object is the victim, not a party
SUFFERING_NOUNS = frozenset({"treatment", "mistreatment", "killing", "arrest", "detention", "deportation",
                             "expulsion", "abuse", "harassment", "jailing", "torture", "abduction", "kidnapping",
                             "execution", "sentencing", "imprisonment", "beating", "murder", "persecution"})
# seizures, detentions and abductions: whom a demand for a release is made to
CAPTURE_CODES = ("1711", "173", "181")
HOLDING_VERBS = WORD_SETS["captor_participles"]
CITIZENSHIP_NOUNS = WORD_SETS["citizenship_nouns"]
# prepositions placing a force at its post or on its vessel ("soldiers at a Venezuelan army outpost")
POST_PREPS = frozenset({"at", "from", "aboard", "on"})


def last_captor(own: set[str], earlier: list[Mention], anchor: Token) -> Resolved | None:
    """The state that last seized, detained or abducted someone in the article, other than ``own``."""
    for mention in reversed(earlier):
        if mention.event_code.startswith(CAPTURE_CODES) and mention.is_factual \
                and mention.source.country not in own and is_state(mention.source.country):
            return Resolved(mention.source, True, anchor)
    return None


def by_citizenship(resolved: Resolved) -> bool:
    """Is ``resolved`` a person known by their citizenship ("the captain, a Russian citizen", "two Chinese
    nationals")? Such people are foreigners where the act happens."""
    head = resolved.head
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:
        head = head.head  # "Chinese" in "three Chinese nationals"
    return any(t.lemma_.lower() in CITIZENSHIP_NOUNS for t in (head, *(c for c in head.children if c.dep_ == "appos")))


def holder_of(people: str, earlier: list[Mention]) -> str | None:
    """The state that last seized, detained or abducted people of the country ``people`` in the article."""
    return next((m.source.country for m in reversed(earlier) if m.event_code.startswith(CAPTURE_CODES)
                 and m.is_factual and m.target is not None and m.target.country == people
                 and is_state(m.source.country) and m.source.country != people), None)


def held_in(anchor: Token) -> list[Token]:
    """ "demanded the release of Iranian nationals detained in the United States": where the people a
    demand is about are held."""
    return [g for t in anchor.subtree if t.tag_ == "VBN" and t.lemma_.lower() in HOLDING_VERBS
            for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
            for g in p.children if g.dep_ == "pobj"]


def joined_target(act: Act, own: set[str], earlier: list[Mention], index: int) -> Resolved | None:
    """The foreign target of the act whose verb ``act``'s verb is conjoined to or elaborates (not of a
    clause with a subject of its own: "protesters stoned the Indian visa centre, and police fired tear gas")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in act.anchor.children):
        return None
    head = act.anchor.head
    for mention in earlier:
        if mention.sentence_index == index and mention.verb_start == head.idx and mention.is_factual \
                and mention.source.country in own and mention.target is not None \
                and mention.target.country not in own and is_state(mention.target.country):
            return Resolved(mention.target, True, act.anchor)
    return None


def suffered(head: Token) -> bool:
    """ "the treatment of Kenyan traders", "the detention of its nationals": people an act befell."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SUFFERING_NOUNS


def with_partner(anchor: Token) -> bool:
    """ "signed a defence pact with Oman": the act itself names a partner."""
    holders = [anchor] + [c for c in anchor.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to") for h in holders for c in h.children)


def domestic_target(source: Resolved, root: str) -> Resolved | None:
    """The implied target of a domestic act: the source's own country (its government for protest)."""
    country = source.ref.country
    if not is_state(country):
        return None
    return unnamed_party(country + "GOV" if root == "14" else country, source.head, coref=False)


def unnamed_party(code: str, head: Token, coref: bool = True) -> Resolved:
    """An actor the text does not name at ``head`` (the other party, the reporting state, one's own country)."""
    return Resolved(ActorRef(code, actor_name(code), ""), coref, head)


def as_before(resolved: Resolved, earlier: list[Mention], index: int) -> Resolved:
    """ "People rallied in Skopje ... They later marched": a pronoun for a role without a country
    is the crowd the previous sentence placed, with that place's country."""
    if not resolved.coref or not resolved.ref.code.startswith("---") or resolved.head.pos_ != "PRON":
        return resolved
    sector = resolved.ref.code[3:]
    for mention in reversed(earlier):
        if mention.sentence_index < index - 1:
            break
        if mention.sentence_index < index and mention.source.code[3:] == sector \
                and is_state(mention.source.country):
            return placed_in(resolved, mention.source.country)
    return resolved


def placed_in(resolved: Resolved, country: str) -> Resolved:
    """``---COP`` in Pakistan becomes ``PAKCOP`` (flagged as inferred, like coreference)."""
    ref = resolved.ref
    if not ref.code.startswith("---"):
        return resolved
    code = country + ref.code[3:]
    return Resolved(ActorRef(code, actor_name(code), ref.text, ref.start, ref.end), True, resolved.head)


def stationed(resolved: Resolved, actors: ArticleActors) -> Resolved:
    """ "soldiers at a Venezuelan army outpost fired on a patrol boat", "police aboard a Chinese vessel": an
    armed force of no country named takes the nationality of the post or vessel its own phrase places it
    at, before any other clue (such as the reporting state's) can place it."""
    ref = resolved.ref
    if not ref.code.startswith("---") or ref.code[3:6] not in ARMED_SECTORS:
        return resolved
    for post in (o for p in resolved.head.children if p.dep_ == "prep" and p.lower_ in POST_PREPS
                 for o in p.children if o.dep_ == "pobj"):
        found = actors.get(post) or actors.modifier_actor(post)
        if found is not None and is_state(found.ref.country):
            return placed_in(resolved, found.ref.country)
    return resolved


def dated(resolved: Resolved, date: str | None) -> Resolved:
    """``resolved`` with its code as of ``date``: a state not independent yet is its predecessor
    ("SSDCVL" in 1998 is "SDNCVL"; see :func:`detente.actors.data.code_on`)."""
    code = code_on(resolved.ref.code, date)
    if code == resolved.ref.code:
        return resolved
    return Resolved(replace(resolved.ref, code=code, name=actor_name(code)), resolved.coref, resolved.head)


def objects_by_kind(act: Act, targets: list[Resolved], sector_of: Callable[[Token], str | None]) -> list[Resolved]:
    """ "arrested two opposition MPs and a journalist", "ambushed policemen and soldiers":
    coordinated objects of different kinds in one country are each a party to the act (CAMEO codes one
    event per kind), also when only one of them, or their country alone, was resolved.

    Args:
        act: The act whose objects are read.
        targets: The act's targets so far.
        sector_of: The sector code a common noun names on its own, or None.

    Returns:
        ``targets`` plus one party of that country for each object kind they do not cover yet.
    """
    countries = {t.ref.country for t in targets}
    objects = [o for t in act.targets for o in (t, *t.conjuncts) if o.pos_ == "NOUN"]
    if len(countries) != 1 or not is_state(country := next(iter(countries))) or len(objects) < 2:
        return targets
    kinds = {sector_of(o): o for o in reversed(objects)}
    if len(kinds) < 2 or None in kinds:
        return targets  # "a priest and his driver", "warships and aircraft": not parties of different kinds
    # a bare country was the state standing in for all of them: each kind now names its own party
    kept = [t for t in targets if t.ref.code[3:]]
    covered = {t.ref.code[3:6] for t in kept}
    return kept + [unnamed_party(country + kind, head, coref=False) for kind, head in kinds.items()
                   if kind not in covered]


def sharing_nationality(found: list[Resolved], organs: frozenset[str]) -> list[Resolved]:
    """ "Croatian police and soldiers", "Sudanese troops and police": a state organ conjoined, with no
    modifier of its own, to an actor whose nationality word comes first shares that nationality.

    Args:
        found: Resolved heads of one slot, in text order.
        organs: The sector codes of state organs (forces, police, government, courts).

    Returns:
        ``found`` with such countryless organs placed in the first conjunct's country.
    """
    placed = []
    for resolved in found:
        first = next((f for f in found if f.head in resolved.head.conjuncts and f.head.i < resolved.head.i
                      and is_state(f.ref.country) and any(c.dep_ in ("amod", "compound") and c.i < f.head.i
                                                          for c in f.head.children)), None)
        countryless = resolved.ref.code.startswith("---") and resolved.ref.code[3:6] in organs
        own_modifier = any(c.dep_ in ("amod", "compound", "poss") for c in resolved.head.children)
        if first is not None and countryless and not own_modifier:
            resolved = placed_in(resolved, first.ref.country)
        placed.append(resolved)
    return placed


def placed_at_home(act: Act, place: tuple | None, countries: set[str], sources: list[Resolved]) -> bool:
    """Whether ``act``'s own clause puts it on its actor's own ground ("vowed the army would step up its
    offensive in southern Somalia", "will visit posts in the Jammu region"): a domestic act, aimed at no
    other party. Denials, criticism and refusals answer someone whatever their place, and the speaker's own place
    ("the ministry in Jakarta denied") says where it spoke, not where the act happens.
    """
    if place is None or place[0].country not in countries or act.root in ("01", "11", "12"):
        return False
    root = place[1].root
    return root in act.anchor.subtree and not any(root in s.head.subtree for s in sources)
