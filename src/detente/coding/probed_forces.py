"""Whom an investigation is aimed at when the probed doer is a state force of no named country.

"The U.N. set up an inquiry into killings by the army in Burkina Faso", "Peru's truth commission will
investigate killings by the army": the army, police or security forces whose acts an inquiry examines
(CAMEO 09) belong to the country the probed acts happened in, else, for an inquiry a state runs at home,
to that state itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.fallbacks import unnamed_party
from detente.coding.inference import is_state
from detente.coding.inquiries import probed_parties
from detente.coding.participants import ArticleActors
from detente.coding.places import locate
from detente.coding.resolved import Resolved
from detente.records import Location

# state forces named without a country, with the CAMEO sector they code as
FORCE_SECTORS = {"army": "MIL", "military": "MIL", "soldier": "MIL", "troop": "MIL", "paratrooper": "MIL",
                 "police": "COP", "policeman": "COP", "gendarme": "COP", "gendarmerie": "COP"}
# "security forces": the force noun only codes with this modifier
_QUALIFIED = {"force": ("security", "COP")}
# verbs a body is set up "to" do that say what it looks into
PROBING_VERBS = frozenset({"investigate", "examine", "probe", "look", "review", "scrutinize", "scrutinise"})
_PLACE_PREPS = frozenset({"in", "at", "near", "across"})


def probed_targets(anchor: Token, objects: list[Token], actors: ArticleActors, sources: list[Resolved], targets: list[Resolved],
                   event_nouns: set[str] | frozenset[str]) -> list[Resolved]:
    """An investigation's targets: the doers or owners of what it looks into, not those the acts befell.

    Args:
        anchor: The investigation's trigger ("set up" a commission "to examine" what it looks into).
        objects: The heads of what the investigation looks into.
        actors: The article's resolved actors.
        sources: The resolved investigators.
        targets: The targets other rules found.
        event_nouns: Lemmas of the lexicon's event nouns.

    Returns:
        The probed parties (a named side before its unplaced allies); a state force of no named country
        placed in the country its acts happened in, else in the investigating state; ``targets`` when the
        probed phrase names no party.
    """
    objects = objects or _purpose_objects(anchor)
    heads = [p for t in objects for p in probed_parties(t, event_nouns)] or _verb_agents(objects)
    probed = actors.expand(heads, deep=True)
    placed = [f for h in heads for m in (h, *h.conjuncts) if actors.get(m) is None
              and (f := _placed_force(m, objects, sources)) is not None]
    probed = [p for p in probed if not p.ref.code.startswith("---")] + placed or probed
    return probed or targets


def _purpose_objects(anchor: Token) -> list[Token]:
    """ "set up a commission on Friday to examine killings by the army": what the body set up is to look into."""
    bodies = [anchor, *(d for d in anchor.children if d.dep_ == "dobj")]
    verbs = [v for b in bodies for v in b.children if v.dep_ in ("acl", "advcl", "xcomp") and v.pos_ == "VERB"
             and v.lemma_.lower() in PROBING_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)]
    return [o for v in verbs for c in v.children
            for o in ((c,) if c.dep_ == "dobj" else (g for g in c.children if g.dep_ == "pobj")
                      if c.dep_ == "prep" and c.lower_ == "into" else ())]


def _verb_agents(objects: list[Token]) -> list[Token]:
    """ "to examine killings by the army", "to look into abuses by police": the parser hung the probed act's
    "by" phrase on the active probing verb, after its object; it names the act's doer."""
    verbs = {o.head if o.dep_ == "dobj" else o.head.head for o in objects
             if o.dep_ == "dobj" or o.dep_ == "pobj" and o.head.lower_ == "into"}
    return [g for v in verbs if v.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
            for c in v.children if c.dep_ == "prep" and c.lower_ == "by" and any(c.i > o.i for o in objects)
            for g in c.children if g.dep_ == "pobj"]


def _placed_force(head: Token, objects: list[Token], sources: list[Resolved]) -> Resolved | None:
    """ "killings by the army in Burkina Faso": an unresolved state force given the country of the place its
    probed act happened in, else of the one state investigating."""
    lemma = head.lemma_.lower()
    sector = FORCE_SECTORS.get(lemma)
    if sector is None and lemma in _QUALIFIED:
        modifier, sector = _QUALIFIED[lemma]
        sector = sector if any(c.lower_ == modifier for c in head.children) else None
    if sector is None or any(c.dep_ == "poss" for c in head.children):
        return None
    countries = {loc.country for o in objects for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
                 and t.text[:1].isupper() and (loc := _place(t)) is not None and is_state(loc.country)}
    if not countries:
        countries = {s.ref.country for s in sources}
        if not all(is_state(c) for c in countries):
            return None
    return unnamed_party(next(iter(countries)) + sector, head) if len(countries) == 1 else None


def _place(token: Token) -> Location | None:
    """The place the capitalised phrase ``token`` heads names ("Burkina Faso", whose tags the tagger may miss)."""
    start = min((t.i for t in token.lefts if t.dep_ == "compound" and t.text[:1].isupper()), default=token.i)
    return locate(token.doc[start:token.i + 1])
