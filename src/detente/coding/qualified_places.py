"""A town named with the region or country it lies in: "in Maga, Kebbi State", "Bama in Borno", "in Tine, a
town in eastern Chad". The qualifier settles which namesake is meant (Maga in Nigeria, not the larger Maga in
Cameroon) and places a town the gazetteer does not know at all in the qualifier's country."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.gazetteer import COUNTRY, DIRECTIONS, REGION_WORDS, Gazetteer, Place
from detente.coding.parsecache import span_entities
from detente.records import Location

# A named city this large is read as itself even beside a place of another country: "in Grodno, Lithuania and
# Poland" lists places, it does not put Grodno in Lithuania.
TRUSTED_POPULATION = 100_000
# the words between a town and its qualifier: "Maga, in Kebbi", "Tine, a town in eastern Chad"
LINK_WORDS = frozenset({",", "in", "a", "an", "the", "of"}) | REGION_WORDS | DIRECTIONS


def qualified_location(places: Gazetteer, ent: Span, name: str) -> Location | None:
    """The place ``name`` (the entity ``ent``) names when the words right after it say where it lies.

    Args:
        places: the gazetteer.
        ent: the name's entity span.
        name: the name as read (it may extend the entity: "Cabo Delgado province").

    Returns:
        The namesake in the qualifier's country, or the name placed in that country when the gazetteer knows
        no namesake there (a village, a small town); None without a qualifier, when the name is a country, or
        when it is a large city elsewhere or a known city a country qualifier contradicts.
    """
    qualifier = _qualifier(places, ent)
    if qualifier is None:
        return None
    found = (*places.candidates(name), *places.towns(name))
    if found and found[0].kind == COUNTRY:
        return None
    quals = places.candidates(qualifier.text)
    # "in Athens, Georgia": a country both names share (Athens and the state of Georgia in the United States)
    for qual in quals:
        match = next((p for p in found if p.location.country == qual.location.country), None)
        if match is not None:
            return match.location
    country = _country(quals)
    # a country qualifier places only a name the gazetteer does not know: "Smara, Western Sahara" is the
    # Moroccan-administered city as the gazetteer codes it
    if country is None or found and (found[0].rank >= TRUSTED_POPULATION or quals[0].kind == COUNTRY):
        return None
    return Location(name, country, quals[0].location.lat, quals[0].location.lon)


def _country(quals: tuple[Place, ...]) -> str | None:
    """The country a qualifier names: a country, or a place all of whose namesakes lie in one country."""
    if not quals or not quals[0].location.country:
        return None
    if quals[0].kind == COUNTRY or all(q.location.country == quals[0].location.country for q in quals):
        return quals[0].location.country
    return None


def _qualifier(places: Gazetteer, ent: Span) -> Span | None:
    """The place entity just after ``ent`` across a comma or "in" (and an appositive "a town in"), not a
    possessive ("in Grodno, Lithuania's foreign ministry said") nor the first of a list ("Lithuania and Poland")."""
    doc, sent = ent.doc, ent.sent
    i = ent.end
    if i >= sent.end or doc[i].text not in (",", "in"):
        return None
    while i < sent.end and doc[i].lower_ in LINK_WORDS and doc[i].ent_type_ not in ("GPE", "LOC"):
        i += 1
    qualifier = next((e for e in span_entities(sent) if e.start == i), None)
    if qualifier is None or qualifier.label_ in ("NORP", "DATE", "TIME", "CARDINAL"):
        return None
    after = doc[qualifier.end] if qualifier.end < sent.end else None
    if qualifier.text.endswith("'s") or after is not None and (after.text in ("'s", "’s") or after.lower_ == "and"):
        return None
    return qualifier if places.candidates(qualifier.text) else None

