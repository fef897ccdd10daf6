"""Which state's institution a bare definite one ("the army", "the government") is in a two-state story."""
from __future__ import annotations

from typing import TYPE_CHECKING

# prepositions of a place phrase ("prosecutors in Iquique", "fighting near Tine")
PLACE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "from"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.coref import ArticleCoref
    from detente.records import ActorRef


def home_side(coref: ArticleCoref, named: ActorRef, head: Token) -> str:
    """The country of the institution ``head`` ("the army") repeats, given the last one named with its word.

    "PORT SUDAN - ... Chad's army sent two battalions to the frontier. RSF fighters attacked army positions.
    The army said it had repelled the assault": a foreign institution named only before the previous sentence
    yields to the story's own state, the one it mentions most (and its dateline's, if it has one),
    as wire copy leaves the home state's institutions unqualified and names the foreign one's country.

    Args:
        coref: The article's coreference memory.
        named: The last institution of ``head``'s word named outside its clause ("Chad's army").
        head: The bare definite institution noun.

    Returns:
        The country code of the institution meant.
    """
    seen = next((s for s in reversed(coref.seen) if s.ref is named), None)
    if seen is None or seen.sent >= coref.previous_sentence(head) or any(
            s.sent == head.sent.start and s.ref.country == named.country for s in coref.seen):
        # named in this sentence or the last ("Israel's defence minister said the military would ...")
        return named.country
    # "the ministry said the drivers would remain in custody until prosecutors in Iquique ...": the state
    # the sentence's places (no nationality words) name
    places = _placed_states(head) & coref.states_named()
    if len(places) == 1:
        return places.pop()
    home = coref.salient()
    # a story datelined abroad ("BANGKOK - ... Myanmar's military") is about the state it names most
    return home if home is not None and coref.home in (None, home) else named.country


def _placed_states(head: Token) -> set[str]:
    """The countries of the place phrases of ``head``'s sentence ("in Iquique"), not of its named actors."""
    from detente.coding.gazetteer import gazetteer
    from detente.coding.parsecache import span_entities

    return gazetteer().countries(e for e in span_entities(head.sent) if e.label_ in ("GPE", "LOC", "FAC")
                                 and e.root.dep_ == "pobj" and e.root.head.lower_ in PLACE_PREPS)
