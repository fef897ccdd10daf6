"""People placed by a partitive apposition: "killed 58 foreign tourists, 36 of them Swiss", "kidnapped 16
Western tourists, most of them British", "freed 52 prisoners, among them two Polish citizens", "released 20
detainees, including three French nationals". Foreigners that the text names by no country of their own take the
nationality the apposition gives them (the one named group among them), not the country where they were
struck or the state reporting the act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.fallbacks import placed_in
from detente.coding.inference import is_state
from detente.coding.participants import ArticleActors
from detente.coding.resolved import Resolved

# "36 of them", "most of them", "all of them": how many of the group the nationality covers
# plural nouns of states a list may name ("dialogue partners including China and the United States")
GROUP_NOUNS = frozenset({"partner", "power", "country", "state", "nation", "ally", "neighbour", "neighbor", "member",
                         "donor", "government", "capital", "signatory"})
SHARE_WORDS = frozenset({"most", "all", "many", "some", "several", "half", "majority", "dozens", "scores",
                         "hundreds", "thousands", "nearly", "almost", "about", "around", "at", "least", "the"})


def named_members(heads: list[Token]) -> list[Token]:
    """``heads`` with a group of states replaced by the names it lists: "dialogue partners including China
    and the United States would not be invited", "Western powers such as France and Britain condemned".

    Args:
        heads: An act's source or target heads.

    Returns:
        The heads, a plural state-group noun followed by "including"/"such as" names replaced by the first
        name (its conjuncts follow it when resolved).
    """
    found = []
    for head in heads:
        members = [o for p in head.children if p.dep_ == "prep" and (p.lower_ == "including" or p.lower_ == "as" and (
            p.i > 0 and p.doc[p.i - 1].lower_ == "such")) for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        group = head.tag_ == "NNS" and head.lemma_.lower() in GROUP_NOUNS
        found += members if group and members else [head]
    return found


def with_nationality(actors: ArticleActors, targets: list[Resolved]) -> list[Resolved]:
    """``targets`` with people of no country placed by the partitive apposition after them.

    Args:
        actors: The article's actors (reads the nationality word).
        targets: The act's resolved targets.

    Returns:
        ``targets``, a countryless plural group followed by ", N of them Swiss", ", most of them British" or
        ", among them two Polish citizens" placed in that state; the others unchanged.
    """
    return [placed_in(t, country) if t.ref.code.startswith("---") and t.head.tag_ == "NNS"
            and (country := _apposed_country(actors, t.head)) else t for t in targets]


def _apposed_country(actors: ArticleActors, head: Token) -> str | None:
    doc, i = head.doc, head.i
    if i + 4 >= len(doc) or doc[i + 1].text != ",":
        return None
    if doc[i + 2].lower_ == "including" or doc[i + 2].lower_ == "among" and doc[i + 3].lower_ in ("them", "whom"):
        return _named_among(actors, doc[i + 3 if doc[i + 2].lower_ == "including" else i + 4:i + 9])
    j = i + 2
    while j < len(doc) and (doc[j].like_num or doc[j].lower_ in SHARE_WORDS) and doc[j].lower_ != "of":
        j += 1
    if j == i + 2 or j + 2 >= len(doc) or doc[j].lower_ != "of" or doc[j + 1].lower_ != "them":
        return None
    word = doc[j + 2]
    if word.ent_type_ != "NORP":
        return None  # "36 of them children": an age or role, no nationality
    found = actors.get(word) or actors.modifier_actor(word)
    return found.ref.country if found is not None and is_state(found.ref.country) else None


def _named_among(actors: ArticleActors, phrase: Span) -> str | None:
    """The one state of the nationality words in "among them two Polish citizens", "including a Lithuanian
    journalist and his wife": read up to the phrase's end (a comma, a clause or its verb)."""
    countries = set()
    for word in phrase:
        if word.is_punct or word.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        found = (actors.get(word) or actors.modifier_actor(word)) if word.ent_type_ == "NORP" else None
        if found is not None and is_state(found.ref.country):
            countries.add(found.ref.country)
    return countries.pop() if len(countries) == 1 else None
