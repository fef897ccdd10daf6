"""Organs of a state's region named by the region ("the Borno state governor", "the Jammu and Kashmir
government", "the governor of Kayes", "Sinaloa state police"): the state the region lies in, with the sector
the title word gives for a state ("governor" GOV, "police" COP), as "Kaduna police" is Nigeria's police."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.actors.names import actor_name
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# words that say a name is a region's, between it and the title ("Borno state governor")
REGION_WORDS = frozenset({"state", "province", "region", "regional", "provincial", "county", "district",
                          "oblast", "governorate", "prefecture"})
# sectors a region's organ may take: its government, legislature, police or courts (a region has no army)
REGIONAL_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD"})
# the last word of a title a region's organ holds ("state governor", "chief minister"): not "leaders of
# Nagorno-Karabakh" (a breakaway region's own) nor "ambassadors"
REGIONAL_TITLES = frozenset({"governor", "government", "administration", "police", "assembly", "legislature",
                             "premier", "minister"})
# the name's own words inside a modifier chain ("Jammu and Kashmir")
NAME_JOINERS = frozenset({"and", "&", "-"})
# words of a title written in capitals between the region and the holder's name ("Jigawa Governor Umar
# Namadi", "Sindh Chief Minister Murad Ali Shah"): neither the region's name nor the person's
TITLE_WORDS = REGION_WORDS | REGIONAL_TITLES | {"chief", "deputy", "acting", "home", "interior"}


def region_country(name: str) -> str | None:
    """The one state a region called ``name`` lies in; None for a country's own name, a name of no region or
    one that names regions of several states ("Punjab", "Kurdistan")."""
    from detente.coding.gazetteer import COUNTRY, SUBDIVISION, gazetteer

    found = gazetteer().candidates(name)
    if not found or any(p.kind == COUNTRY for p in found):
        return None
    # a region of its own (a town's name is as often a word or a person's: "Alliance", "Bush")
    states = {p.location.country for p in found if p.kind == SUBDIVISION}
    return states.pop() if len(states) == 1 and next(iter(states)) else None


def _name_before(tokens: list[Token]) -> tuple[str, list[Token]] | None:
    """The proper name opening ``tokens`` and the words after it, all lower-case common words."""
    end = 0
    # a name opening a sentence may be tagged a common noun ("Borno state governor ...")
    while end < len(tokens) and (tokens[end].pos_ in ("PROPN", "NOUN") and tokens[end].text[:1].isupper()
                                 and tokens[end].lower_ not in TITLE_WORDS
                                 or end and tokens[end].lower_ in NAME_JOINERS):
        end += 1
    rest = tokens[end:]
    if not end or tokens[end - 1].lower_ in NAME_JOINERS or any(
            not t.text.islower() and t.lower_ not in TITLE_WORDS for t in rest):
        return None
    return " ".join(t.text for t in tokens[:end]).replace(" - ", "-"), rest


def _split_name(head: Token, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """ "The Jammu and Kashmir government": a region's name with "and" that the parser read as two
    conjuncts, the region's first word and the title; the region's state's organ when the words rejoined
    name one region."""
    title = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                  and c.lower_ in REGIONAL_TITLES), None)
    between = head.doc[head.i + 1:title.i] if title is not None else []
    if not between or between[0].lower_ not in NAME_JOINERS or any(
            t.dep_ != "compound" or t.head != title or not t.text[:1].isupper() for t in between[1:]):
        return None
    return _organ(" ".join(t.text for t in [head, *between]), [title.lower_],
                  head.doc[head.left_edge.i:title.i + 1], lookup)


def regional(head: Token, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The organ of a region's state: "the Borno state governor", "Zamfara state police", "the governor of
    Kayes", "the Kerala government", and a person the title names ("Borno state governor Babagana Zulum").

    Args:
        head: Head of the phrase (a title noun, or a person's name under a title).
        lookup: The actor a text names (no parsing), or None.

    Returns:
        The state's organ spanning the phrase, or None when no region of one state is named, or the title is
        no state organ's.
    """
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    joined = _split_name(head, lookup)
    if joined is not None:
        return joined
    # modifiers only: "Lai's government" is a person's
    left = [t for t in head.doc[head.left_edge.i:head.i] if t.dep_ in ("compound", "amod", "nmod", "cc", "conj")]
    titled = head.pos_ == "NOUN" or head.lower_ in REGIONAL_TITLES  # "the Jigawa State Government"
    if not titled:
        # "Borno state governor Babagana Zulum": the title ends where the person's name begins
        while left and not left[-1].text.islower() and left[-1].lower_ not in TITLE_WORDS:
            left.pop()
    words = [*left, head] if titled else left
    named = _name_before(words)
    if named is None and titled:
        # "the governor of Kayes", "the government of Borno state"
        region = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
        tokens = [t for t in region.subtree if t.dep_ != "det"] if region is not None else []
        found = _name_before(tokens)
        named = (found[0], [*found[1], head]) if found is not None else None
    if named is None:
        return None
    name, rest = named
    span = head.doc[head.left_edge.i:head.right_edge.i + 1] if titled else head.doc[left[0].i:head.i + 1]
    return _organ(name, [t.lemma_.lower() for t in rest if t.lower_ not in REGION_WORDS], span, lookup)


def _organ(name: str, title: list[str], span: Span, lookup: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """The organ ``title`` names of the state the region ``name`` lies in, spanning ``span``."""
    country = region_country(name) if title and title[-1] in REGIONAL_TITLES else None
    if country is None or (own := lookup(name)) is not None and own.code != country:
        return None  # "the Bush administration": a name the lexicon knows as someone else's
    ref = lookup(f"{actor_name(country)} {' '.join(title)}")
    if ref is None or ref.country != country or ref.code[3:6] not in REGIONAL_SECTORS:
        return None
    return ActorRef(ref.code, ref.name, span.text, span.start_char, span.end_char)
