"""Bombings told without a bomber: the group that owns the bomb or says it planted it.

"A roadside bomb killed four soldiers, and the Taliban said its fighters had planted it", "a bomb exploded
at a bus stop, wounding 20, and Hamas claimed responsibility", "eight workers died when an IRA bomb blew
their minibus apart": the bomb is the only doer the clause names, so the attack is the bombing of the group
that owns or claims it (not of one the police only blame). A blast nobody is tied to (a gas explosion, an
unclaimed bomb) stays uncoded.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.parsecache import children
from detente.coding.participants import ArticleActors
from detente.coding.resolved import Resolved
from detente.coding.violence import BOMB_WORDS, blamed_heads, unaffiliated_assailant

# entity kinds of a bomb's owner named before it ("an IRA bomb", "a Hamas car bomb")
_OWNER_ENTITIES = frozenset({"ORG", "NORP"})
_WHEN_WORDS = frozenset({"when", "as", "after"})


def _when_bombs(anchor: Token) -> list[Token]:
    """The bombs of a "when" clause that tells how the harm came: "were killed when a bomb exploded"."""
    return [s for c in children(anchor) if c.dep_ == "advcl"
            and any(m.dep_ in ("advmod", "mark") and m.lower_ in _WHEN_WORDS for m in children(c))
            for s in children(c) if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in BOMB_WORDS]


def _bombs(act: Act) -> list[Token]:
    """The bombs that are all the act names as its doer (none when a person or group is named)."""
    if act.root not in ("18", "19", "20"):
        return []
    if act.sources:
        # "claimed the bomb that killed six", "planted a bomb that killed six": the claim or the planting is
        # the act told; the bomb's toll is no second one
        return list(act.sources) if all(s.lemma_.lower() in BOMB_WORDS and s.dep_ not in ("dobj", "pobj")
                                        for s in act.sources) else []
    return _when_bombs(act.anchor)


def _unclaimed(act: Act) -> bool:
    """True when the act names no doer the text ties to any side: armed men of no known group ("gunmen
    kidnapped a priest") or only the bomb ("a car bomb killed nine people", "died when a bomb exploded")."""
    return any(unaffiliated_assailant(h) for h in act.sources) or bool(_bombs(act))


def _bomb_owners(act: Act) -> list[Token]:
    """The group a bomb told as the doer belongs to: "an IRA roadside bomb", "a Hamas car bomb"."""
    # "an IRA roadside bomb": the owner may modify the word before the bomb; a place is no owner ("a Kabul bomb")
    return [w for b in _bombs(act) for w in b.subtree if w.i < b.i and w.dep_ in ("compound", "poss")
            and (w.ent_type_ in _OWNER_ENTITIES or w.pos_ == "PROPN" and not w.ent_type_)]


def claimed_sources(act: Act, sources: list[Resolved], sent: Span, actors: ArticleActors) -> list[Resolved]:
    """The act's doers once armed men of no known side and bare bombs give way to whom the text names.

    "Gunmen kidnapped a priest in Kaduna" has no actor (not the place's); "..., and police blamed the
    Pakistani Taliban" names the doer; a bare bomb's doer is its owner ("an IRA bomb") or whoever claims it.

    Args:
        act: The act.
        sources: Its resolved doers.
        sent: Its sentence.
        actors: The article's actors.

    Returns:
        ``sources`` without the unknown armed men, with the owner or first blamed party added when the act
        had no other doer.
    """
    unknown = [s for s in sources if s.ref.code.startswith("---") and not s.coref and unaffiliated_assailant(s.head)]
    if not unknown and (sources or not _unclaimed(act)):
        return sources
    # a bomb is the group's that owns it or says it planted it; others' blame is only a suspicion
    bombs = _bombs(act) and not any(unaffiliated_assailant(h) for h in act.sources)
    named = _bomb_owners(act) or blamed_heads(sent, blame=not bombs)
    blamed = [r for r in actors.expand(named, deep=True) if not unaffiliated_assailant(r.head)]
    return [s for s in sources if s not in unknown] + blamed[:1]
