"""A state told only by its relation to another ("its neighbour", "its former colonial ruler", "Eritrea's ally").

A former colony's ruler is a fact of history (colonial_rulers.tsv); the package has no table of borders or
alliances, so other descriptions are resolved only when the story leaves one candidate: the one other state of its
sentence, else the one other state the article has named.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from detente.actors.names import actor_name
from detente.datafiles import tsv_rows
from detente.errors import DataFileError
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.coref import ArticleCoref

# singular nouns that name a state by its relation to the possessor ("its neighbour", "its ally")
RELATION_NOUNS = frozenset({"neighbour", "neighbor", "ally", "rival", "foe", "adversary", "enemy", "coloniser",
                            "colonizer"})
# "its former colonial ruler/master/power": relation nouns only with "colonial"
COLONIAL_HEADS = frozenset({"ruler", "master", "power", "overlord"})
COLONIAL_RULERS = "colonial_rulers.tsv"


@cache
def colonial_rulers() -> dict[str, str]:
    """The packaged colonial_rulers.tsv: former colony's code → the code of the state that ruled it.

    Raises:
        DataFileError: a row has a code that is not three capitals, or a state listed twice.
    """
    origin = f"detente/data/actors/{COLONIAL_RULERS}"
    text = resources.files("detente.data.actors").joinpath(COLONIAL_RULERS).read_text(encoding="utf-8")
    rulers: dict[str, str] = {}
    for number, (state, ruler) in tsv_rows(text, origin, 2):
        if not (re.fullmatch(r"[A-Z]{3}", state) and re.fullmatch(r"[A-Z]{3}", ruler)) or state in rulers:
            raise DataFileError(origin, number, "state and ruler must be ISO-3 codes, each state once")
        rulers[state] = ruler
    return rulers


def related_state(coref: ArticleCoref, head: Token) -> ActorRef | None:
    """The state a relational description names, when the story leaves only one.

    "Ethiopia and Eritrea fought a war in 1998. Eritrea accused its neighbour of massing troops": the
    neighbour is Ethiopia; with a third state in the story and none other in the sentence, None.

    Args:
        coref: The article's coreference memory.
        head: The description's head noun ("neighbour"), with a possessive ("its", "Eritrea's").

    Returns:
        The other state's reference, or None when ``head`` is no such description or the candidate is not unique.
    """
    word = head.lower_
    colonial = word in COLONIAL_HEADS and any(c.lower_ == "colonial" for c in head.children)
    if head.tag_ != "NN" or not (word in RELATION_NOUNS or colonial):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PRON":
        if owner.lower_ != "its" or (ref := coref.resolve_anaphor(owner)) is None:
            return None
        own = {ref.country}
    else:
        first, last = owner.left_edge.i, owner.right_edge.i
        own = {s.ref.country for s in coref.seen if first <= s.token <= last}
    if len(own) != 1 or not own <= coref.states_named():
        return None
    # "Mali expelled the envoy of its former colonial ruler": France, whether or not the story named it
    code = colonial_rulers().get(next(iter(own))) if colonial else None
    code = code or coref.sole_other(own, head.sent.start)
    if code is None:
        others = coref.states_named() - own
        code = others.pop() if len(others) == 1 else None
    if code is None:
        return None
    return ActorRef(code, actor_name(code, coref.resolver.lexicon), head.text)
