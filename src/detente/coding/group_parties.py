"""Plural references to parties: "both sides", "the two governments", "the two men", and "them" after a
pair ("urged Armenia and Azerbaijan to ... and offered to mediate between them").

The pair is the one named together in the sentence, else the parties of the clause the reference's own
clause is joined to, else the article's most-named countries (kept by :class:`ArticleActors`). A group
named by its region ("the three Baltic states") is its member states (data/actors/state_groups.tsv).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.actors.coref import is_state_ref
from detente.actors.counts import PAIR_PEOPLE
from detente.actors.names import actor_name
from detente.coding.lexicon import WORD_SETS
from detente.coding.resolved import Resolved
from detente.datafiles import tsv_rows
from detente.records import ActorRef

if TYPE_CHECKING:
    from detente.coding.participants import ArticleActors

PARTY_NOUNS = WORD_SETS["party_nouns"]
# the prepositions that name the other party of a meeting or deal ("talks with Kim", "a pact between")
PARTNER_PREPS = frozenset({"with", "between", "to"})
# how many parties "both sides", "the two governments", "the three neighbours" are
PARTY_COUNTS = {"both": 2, "two": 2, "2": 2, "three": 3, "3": 3}
# numbers before a regional group of states ("the three Baltic states")
GROUP_COUNTS = {**PARTY_COUNTS, "four": 4, "4": 4, "five": 5, "5": 5}
# plural nouns for the states of a region ("the Sahel juntas", "the Baltic countries")
REGION_STATE_NOUNS = PARTY_NOUNS | {"junta", "republic"}
STATE_GROUPS_FILE = "actors/state_groups.tsv"


@lru_cache(maxsize=1)
def state_groups() -> dict[str, tuple[str, ...]]:
    """Region word -> the ISO3 codes of the states news names by it (data/actors/state_groups.tsv)."""
    text = resources.files("detente.data").joinpath(STATE_GROUPS_FILE).read_text(encoding="utf-8")
    return {region: tuple(members.split("|")) for _, (region, members) in tsv_rows(text, STATE_GROUPS_FILE, 2)}


def regional_states(head: Token) -> list[Resolved]:
    """ "the three Sahel states", "the Baltic countries", "the Sahel juntas": each state of the region,
    when a number before the noun, if any, matches how many there are; also the people of such a group
    ("the leaders of the three Sahel states"); else empty."""
    if head.lemma_.lower() not in REGION_STATE_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return []
    of_group = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]
    if of_group and (members := regional_states(of_group[0])):
        return [Resolved(r.ref, True, head) for r in members]
    members = next((state_groups()[c.lower_] for c in head.children
                    if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in state_groups()), ())
    number = next((GROUP_COUNTS[c.lower_] for c in head.children if c.lower_ in GROUP_COUNTS), len(members))
    if number != len(members):
        return []
    return [Resolved(ActorRef(code, actor_name(code), head.text), True, head) for code in members]


def plural_parties(actors: ArticleActors, head: Token) -> list[Resolved]:
    """ "both sides", "the two governments", "the two countries' advisers": the article's two
    most-named countries so far; "them" after such a phrase or a pair of names in its sentence
    ("urged Armenia and Azerbaijan to ... and offered to mediate between them") is the same pair."""
    if head.lower_ == "them":
        for earlier in reversed([t for t in head.sent if t.i < head.i and t.dep_ in ("dobj", "pobj", "dative")]):
            pair = plural_parties(actors, earlier) or [r for t in (earlier, *earlier.conjuncts)
                                                    if (r := actors.get(t)) is not None]
            if len(pair) > 1:
                return [Resolved(r.ref, True, head) for r in pair]
        return []
    if regional := regional_states(head):
        return regional
    paired = any(c.lower_ in ("two", "2") for c in head.children) and head.lemma_.lower() in PAIR_PEOPLE
    if paired or head.lower_ == "two" and head.dep_ in ("nsubj", "nsubjpass") \
            and any(c.lower_ == "the" for c in head.children):
        # "... spoke with Maduro, and the two had agreed", "the two men": the pair just named
        return [Resolved(r, True, head) for r in actors.coref.recent_pair(head, people=paired)]
    for token in (head, *[c for c in head.children if c.dep_ == "poss"]):
        if token.lemma_.lower() not in PARTY_NOUNS or token.tag_ not in ("NNS", "NNPS"):
            continue
        number = next((PARTY_COUNTS[c.lower_] for c in token.children if c.lower_ in PARTY_COUNTS), 0)
        if not number:
            continue
        # "Qatar said it had invited both governments": the acting party is not one of the two sides
        clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while clause is not None and clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head  # "Djibouti offered to mediate between the two neighbours": the offer's subject
        subjects = [s for s in (clause.children if clause is not None else ()) if s.dep_ == "nsubj"]
        if clause is not None and not subjects and clause.dep_ == "acl" and clause.tag_ == "VBD":
            subjects = [clause.head]  # "Djibouti's minister, Omar, offered": the parser hangs the verb on its subject
        acting = {found.ref.country for s in subjects if s.pos_ != "PRON"
                  for t in (s, *s.conjuncts) if (found := actors.get(t)) is not None} \
            if head.dep_ not in ("nsubj", "nsubjpass") else set()
        paired = (_named_pair(actors, head, acting) or _joined_clause_pair(actors, head)) if number == 2 else []
        if paired:
            # "talks between Ethiopian and Eritrean commanders ... the two delegations agreed": the pair
            # named together just before, however often the host was named
            return [Resolved(r, True, head) for r in paired]
        pair = [country for country, _ in actors.named.most_common() if country not in acting][:number] \
            or [country for country, _ in actors.named.most_common(number)]
        if number > 2 and len(pair) < number:
            continue  # "the three neighbours" before three are named: no guess
        if len(pair) == 1 and number == 2 and len(rivals := [
                r for r in actors.coref.recent_pair(head, people=False) if r.country == pair[0]]) == 2:
            # "Yeltsin met the Chechen separatist leader and the two sides signed": one country's two
            # parties just named
            return [Resolved(r, True, head) for r in rivals]
        if pair:
            # one country named so far: its own two sides ("talks with both sides" in a civil war)
            return [Resolved(actors.last_ref[c], True, head) for c in pair]
    return []


def _joined_clause_pair(actors: ArticleActors, head: Token) -> list[ActorRef]:
    """ "Shoigu held talks with Kim, and the two sides signed a pact": the two states that are the
    parties (subject, objects, partners) of the clause the subject's own clause is joined to; empty
    unless there are exactly two, so that states named later in the sentence never count."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return []
    joined = {t.i for t in verb.subtree}
    refs: dict[str, ActorRef] = {}
    def party(token: Token) -> bool:
        # a subject, object or partner ("with Kim"), or one joined to one ("Modi and Sharif")
        return token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") \
            or token.dep_ == "pobj" and token.head.lower_ in PARTNER_PREPS \
            or token.dep_ == "conj" and party(token.head)

    for token in verb.head.subtree:
        if token.i in joined or token.i >= head.i or not party(token):
            continue
        found = actors.get(token)
        if found is not None and is_state_ref(found.ref):
            refs.setdefault(found.ref.country, found.ref)
    return list(refs.values()) if len(refs) == 2 else []


def _named_pair(actors: ArticleActors, head: Token, acting: set[str]) -> list[ActorRef]:
    """The last two states named as conjuncts of one phrase ("Ethiopian and Eritrean", "between Israel
    and Hamas") earlier in ``head``'s sentence, neither of them ``acting``; else empty."""
    for first in reversed(head.doc[head.sent.start:head.i]):
        if first.dep_ == "conj" or len(first.conjuncts) != 1:
            continue  # a list of three or more ("with Riyadh, Cairo and Abu Dhabi") is no pair
        refs: dict[str, ActorRef] = {}
        named = 0
        for token in (first, *first.conjuncts):
            ref = found.ref if (found := actors.get(token)) is not None else actors.word_ref(token)
            named += ref is not None
            if ref is not None and is_state_ref(ref):
                refs.setdefault(ref.country, ref)
        if len(refs) == 2 and not acting & set(refs):
            return list(refs.values())
        if named == 2 and len(refs) == 1:
            return []  # "the army and the RSF": two sides of one country's war
    return []
