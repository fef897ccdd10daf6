"""Wire copy's unnamed officials ("a police spokesman said", "…, a senior official said"): which arm of a state
the title gives, and which states the sentence's places name (the coreference stage picks the state)."""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from detente.actors.names import actor_name
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.data import Lexicon

# singular nouns for a state's unnamed official in wire copy ("a police spokesman said")
OFFICIAL_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer"})
# head nouns of a state body told by a definite description ("the border force", "the electoral commission"):
# bodies, not people ("the state attorney", "the military leaders")
BODY_HEADS = frozenset({"force", "guard", "service", "commission", "council", "board", "committee", "agency", "court",
                        "tribunal", "police", "directorate", "bureau", "authority"})
# modifiers of a force or body no state fields alone ("the paramilitary force", "the joint force")
NON_STATE_MODIFIERS = frozenset({"paramilitary", "rebel", "militia", "insurgent", "multinational", "joint", "regional",
                                 "peacekeeping", "international", "coalition", "allied", "foreign", "high",
                                 "news"})
# head nouns of a person's title besides PERSON_TITLES' ("the Philippine foreign secretary", "the army chief",
# "the provincial governor"): a later "he"/"she" may be that person
PERSON_HEADS = frozenset({"secretary", "undersecretary", "director", "commander", "chief", "governor", "mayor",
                          "chairman", "chairwoman", "chairperson", "general", "senator", "lawmaker", "legislator",
                          "judge", "ombudsman", "inspector", "administrator", "consul", "colonel", "brigadier",
                          "lieutenant", "captain", "sergeant", "counsellor", "councillor", "deputy"})
# titles of a state's civil or police office ("the state governor", "the police chief"); no military ranks
OFFICE_HEADS = frozenset({"governor", "mayor", "chief", "prefect", "commissioner", "administrator", "ombudsman"})
# body words in an unnamed official's title ("a ministry spokesman") and rank words that are no part of the name
TITLE_BODIES = frozenset({"ministry", "army", "police", "navy", "military", "embassy", "department", "presidency"})
TITLE_RANKS = frozenset({"senior", "junior", "chief", "top", "deputy", "high", "ranking", "high-ranking"})
# actors that are no state (as coreference's NON_STATES)
NON_STATES = ("IGO", "NGO", "IMG", "MNC")
# sectors of a state such an official may speak for
OFFICIAL_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})


def official_sector(head: Token, agent_sector: Callable[[Token], str | None]) -> str | None:
    """The sector of an unnamed official: the one his title word gives ("police" COP, "military" MIL), else the
    government's.

    Args:
        head: The noun ("spokesman") under an indefinite article.
        agent_sector: The actor lexicon's sector of a word, None for a word it does not know.

    Returns:
        The sector, or None when ``head`` is no unnamed state official: another noun, a definite one, one with
        its own "for" phrase ("a spokesman for the rebels": the resolver's), a named body's the lexicon does not
        know ("a Commission spokesman"), or a non-state sector.
    """
    if head.tag_ != "NN" or head.lower_ not in OFFICIAL_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
            or any(c.dep_ == "prep" for c in head.children):
        return None
    words = {c: agent_sector(c) for c in head.lefts if c.dep_ in ("compound", "amod")}
    sectors = [s for s in words.values() if s is not None]
    sector = (sectors[-1] if sectors else agent_sector(head) or "GOV")[:3]
    if sector not in OFFICIAL_SECTORS or any(c.pos_ == "PROPN" and s is None for c, s in words.items()):
        return None
    return sector


def body_sector(head: Token, agent_sector: Callable[[Token], str | None],
                institutions: Collection[str]) -> str | None:
    """The sector of a state body told by a definite description naming no country ("the border force", "the
    national electoral commission"): a phrase of modifiers and head the actor lexicon knows as a state's sector.

    Args:
        head: The body's noun.
        agent_sector: The actor lexicon's sector of the noun phrase around a word, None for one it does not know.
        institutions: Bare institution words ("ministry", "army") whose descriptions are resolved elsewhere.

    A state's office told by its holder's title counts too (see :func:`office_sector`).

    Returns:
        The sector, or None when ``head`` is no such body: a bare institution word, a possessor ("the border
        guard's commander": his), one a name, possessor or phrase qualifies ("the UN force", "the country's
        commission", "the commission of inquiry"), or a phrase the lexicon gives no state sector ("the
        multinational force", "the peacekeeping force").
    """
    if (office := office_sector(head, agent_sector)) is not None:
        return office
    # the parser takes some lower-case bodies for names ("the national electoral commission"): a name is capitalised
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower or head.lemma_.lower() not in BODY_HEADS \
            or head.lower_ in institutions or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or head.dep_ == "poss" or any(c.dep_ in ("poss", "prep") for c in head.children):
        return None
    modifiers = [c for c in head.lefts if c.dep_ in ("compound", "amod")]
    # a capital in a modifier is a name's ("the U.N.-backed court", "the Kosovo force"): that body's own
    named = any(not t.is_lower for c in modifiers for t in c.subtree)
    sector = (agent_sector(head) or "")[:3] if modifiers and not named \
        and not {c.lower_ for c in modifiers} & NON_STATE_MODIFIERS else ""
    return sector if sector in OFFICIAL_SECTORS else None


def office_sector(head: Token, agent_sector: Callable[[Token], str | None]) -> str | None:
    """The sector of a state office told by its holder's title alone ("the state governor", "the mayor", "the
    police chief"): stories name a governor or police chief by title, then quote him, and he holds his state's
    office, as "the minister" does.

    Args:
        head: The title noun, under "the".
        agent_sector: The actor lexicon's sector of the noun phrase around a word, None for one it does not know.

    Returns:
        The sector (GOV, COP, MIL, JUD, LEG), or None when ``head`` is no such title: a plural, one without "the",
        one a possessor, name or phrase qualifies ("the rebels' commander", "the Kosovo governor", "the governor
        of the central bank"), a military rank or command that an armed group's men hold as often ("the
        commander", "the general"), or a title the lexicon gives no state sector.
    """
    if head.tag_ != "NN" or head.lower_ not in OFFICE_HEADS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("poss", "prep", "appos") for c in head.children) \
            or any(not t.is_lower for c in head.lefts if c.dep_ in ("compound", "amod") for t in c.subtree):
        return None
    sector = (agent_sector(head) or "")[:3]
    return sector if sector in OFFICIAL_SECTORS else None


def named_body(head: Token, seen: Sequence, clause: int, sector: str, lexicon: Lexicon) -> ActorRef | None:
    """The state body an unnamed official's title names, when the story named it before: "the Azerbaijani foreign
    ministry said ... A ministry spokesman said" speaks for Azerbaijan's ministry, not for the state mentioned last.

    Args:
        head: The official's noun ("spokesman").
        seen: The story's actors so far, in order (coreference's records: ``ref``, ``people``, ``clause``).
        clause: The official's clause; an actor of it is never the one meant.
        sector: The sector the title gives.
        lexicon: The actor lexicon, for the actor's name.

    Returns:
        ``country + sector`` of the latest earlier state actor whose name holds every word of the title before
        ``head`` ("foreign ministry"), or None when the title names no body word or no earlier actor matches.
    """
    words = {t.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") for t in c.subtree} - TITLE_RANKS
    if not words & TITLE_BODIES:
        return None
    country = next((s.ref.country for s in reversed(seen) if s.ref.country.isalpha() and not s.people
                    and s.ref.country not in NON_STATES and s.clause != clause
                    and words <= set(s.ref.text.lower().split())), None)
    if country is None:
        return None
    return ActorRef(country + sector, actor_name(country + sector, lexicon), head.text)


def sentence_states(head: Token, local: str | None) -> tuple[set[str], set[str]]:
    """The states an unnamed official's sentence names, and the ones its places (no nationality words) name.

    Args:
        head: The official's noun.
        local: The country of a place on the official's verb ("In Beijing, a … spokeswoman"), if any.

    Returns:
        ``(named, places)``: both ``{local}`` when there is a local place; else the countries of all the
        sentence's entities, and of those that are no nationality ("accused Indian fishermen" names the other
        party as often as the official's).
    """
    from detente.coding.gazetteer import gazetteer
    from detente.coding.parsecache import span_entities

    if local is not None:
        return {local}, {local}
    entities = span_entities(head.sent)
    return (gazetteer().countries(entities),
            gazetteer().countries(e for e in entities if e.label_ != "NORP"))
