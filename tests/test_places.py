"""The gazetteer: subdivisions, alternate spellings, ambiguous names read in context."""

from __future__ import annotations

from importlib import resources

import pycountry
import pytest

from detente.coding.gazetteer import (
    AREA,
    CAMEO_COUNTRY_CODES,
    DISPUTED,
    EXTRA_FILE,
    REGION_WORDS,
    WATER,
    fold,
    gazetteer,
    parse_extra_places,
)
from detente.coding.places import find_location, find_place
from detente.errors import DataFileError


def country(name: str, prefer: set[str] | None = None) -> str | None:
    found = gazetteer().lookup(name, prefer)
    return found.country if found else None


@pytest.mark.parametrize(("name", "code"), [
    ("Cabo Delgado province", "MOZ"), ("Paktika province", "AFG"), ("Paktika", "AFG"),
    ("Borno state", "NGA"), ("Khyber Pakhtunkhwa", "PAK"), ("Balochistan", "PAK"), ("Sindh", "PAK"),
    ("North Kivu", "COD"), ("Nord-Kivu", "COD"), ("Rakhine state", "MMR"), ("Sagaing region", "MMR"),
    ("Idlib province", "SYR"), ("Xinjiang", "CHN"), ("Alaska", "USA"), ("Northern Ireland", "GBR"),
    ("Gilgit-Baltistan", "PAK"),
])
def test_first_level_subdivisions_resolve(name, code):
    assert country(name) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Aceh", "IDN"), ("Aceh province", "IDN"), ("Basilan", "PHL"), ("Sulu province", "PHL"), ("Somme", "FRA"),
])
def test_provinces_grouped_under_a_first_level_unit_resolve(name, code):
    assert country(name) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Zaire", "COD"), ("Kampuchea", "KHM"), ("Byelorussia", "BLR"), ("Calcutta", "IND"), ("Bombay", "IND"),
])
def test_older_wire_names_of_states_and_cities_resolve(name, code):
    # 1990s copy: "refugees in Zaire" is not Angola's Zaire province, "Calcutta" not a South African town
    assert country(name) == code


def test_a_province_named_after_its_city_leaves_the_city_first():
    assert gazetteer().place("Lagos").kind == "city"
    assert gazetteer().place("Jaffna").kind == "city"


def test_a_short_all_caps_word_is_an_acronym_not_a_town():
    assert gazetteer().candidates("NIS") == ()
    assert gazetteer().candidates("the NIS") == ()
    assert not gazetteer().is_city("NIS")
    assert country("Nis") == "SRB"
    # a dateline is in capitals whatever it names
    assert gazetteer().dateline_country("BAKU") == "AZE"


def test_out_of_a_town_places_the_act_but_out_of_a_country_does_not(nlp):
    sent = next(nlp("Militiamen drove the villagers out of Bijeljina on Tuesday.").sents)
    assert find_location(sent, sent.root).country == "BIH"
    sent = next(nlp("The envoy was ordered out of Belarus on Tuesday.").sents)
    assert find_location(sent, sent.root) is None


def test_a_region_name_the_tagger_reads_as_a_modifier_is_still_the_region(nlp):
    sent = next(nlp("A drone strike on a school in the northern Sagaing region killed nine pupils.").sents)
    assert find_location(sent, sent.root).country == "MMR"


def test_directional_subdivisions_give_their_common_region():
    # "North Darfur", "South Darfur" … make "Darfur"; a lone "North Bank" makes no "Bank"
    assert country("Darfur") == "SDN"
    assert country("the Darfur region") == "SDN"
    assert country("Kordofan") == "SDN"
    assert gazetteer().lookup("West Bank") is None or country("West Bank") != "GMB"


@pytest.mark.parametrize("word", sorted(REGION_WORDS - {"city", "town", "village", "area"}))
def test_region_words_after_a_name(word):
    assert country(f"Kherson {word}") == "UKR"
    assert country(f"the Donetsk {word}") == "UKR"


def test_region_word_prefers_the_region_over_its_city():
    assert gazetteer().place("Idlib province").kind == "subdivision"
    # the bare name is the city, with its coordinates
    bare = gazetteer().place("Idlib")
    assert bare.kind == "city" and bare.location.lat is not None


def test_accents_and_alternate_spellings():
    assert fold("Paktīkā") == "paktika" and fold("Nord-Kivu") == "nord kivu"
    assert country("Sao Paulo") == "BRA"
    assert gazetteer().lookup("Kiev").name == "Kyiv"
    assert country("Zaporizhzhia") == "UKR"


def test_countries_always_win():
    assert gazetteer().place("Georgia").kind == "country"
    assert country("Georgia", prefer={"USA"}) == "GEO"
    assert country("Niger") == "NER"
    assert country("Mexico", prefer={"MEX"}) == "MEX" and gazetteer().place("Mexico").kind == "country"
    assert not gazetteer().is_city("Georgia")
    assert gazetteer().is_city("Punjab") and gazetteer().is_city("Aleppo")


def test_big_cities_outrank_foreign_subdivisions():
    assert country("Gaza") == "PSE"   # not the Mozambican province
    assert country("Santiago") == "CHL"
    assert country("Bari") == "ITA"
    assert country("Ontario") == "CAN"  # the province, not the Californian city


def test_generic_and_nationality_names_are_no_subdivisions():
    for name in ("Far North", "Cape", "Somali"):
        assert gazetteer().lookup(name) is None, name
    # "Red Sea" (a Sudanese state) and "Sahel" (a Burkinabe region) are the sea and the multi-country region
    for name in ("Red Sea", "Sahel"):
        assert {p.location.country for p in gazetteer().candidates(name)} == {None}, name


def test_context_prefers_candidates_in_named_countries():
    assert country("Tripoli") == "LBY"
    assert country("Tripoli", prefer={"LBN"}) == "LBN"
    assert country("Punjab", prefer={"PAK"}) == "PAK"
    assert country("Punjab", prefer={"IND"}) == "IND"
    # a hamlet in the named country does not displace a capital
    assert country("Paris", prefer={"USA"}) == "FRA"
    assert country("London", prefer={"CAN"}) == "GBR"


def test_nationality_words():
    g = gazetteer()
    assert [g.nationality(w) for w in ("Sudanese", "Syrian", "Iraqi", "Afghans", "Lebanese", "Somali")] == [
        "SDN", "SYR", "IRQ", "AFG", "LBN", "SOM"]
    assert g.nationality("Korean") is None  # North or South


def _anchor(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma)


def test_find_place_reads_the_sentence_for_ambiguous_names(nlp):
    doc = nlp("Lebanese soldiers clashed with gunmen in Tripoli on Sunday.")
    sent = next(doc.sents)
    assert find_location(sent, _anchor(doc, "clash")).country == "LBN"
    doc = nlp("Libyan soldiers clashed with gunmen in Tripoli on Sunday.")
    assert find_location(next(doc.sents), _anchor(doc, "clash")).country == "LBY"


def test_find_place_reads_the_article_and_explicit_preferences(nlp):
    doc = nlp("Lebanon's army deployed in the north. Soldiers clashed with gunmen in Tripoli on Sunday.")
    sent = list(doc.sents)[-1]
    anchor = _anchor(doc, "clash")
    assert find_location(sent, anchor).country == "LBN"
    assert find_location(sent, anchor, prefer={"LBY"}).country == "LBY"


def test_find_place_names_subdivisions(nlp):
    doc = nlp("Insurgents attacked a village in Cabo Delgado province on Tuesday.")
    location, span, rank = find_place(next(doc.sents), _anchor(doc, "attack"))
    assert location.country == "MOZ" and "Cabo Delgado" in span.text and rank <= 1


# --- the hand-written table: disputed territories, informal regions, seas -----------------------

HEADER = "# test\nname\tcountry\tkind\tlat\tlon\taliases\n"


@pytest.mark.parametrize(("row", "message"), [
    ("Atlantis\tXXX\tcity\t\t\t", "XXX"),
    ("Atlantis\tGRC\ttown\t\t\t", "unknown kind"),
    ("Atlantis Sea\tGRC\twater\t\t\t", "no country"),
    ("Atlantis\t\tregion\t\t\t", "country code"),
    ("Atlantis\tGRC\tcity\t37.0\t\t", "both latitude and longitude"),
    ("Atlantis\tGRC\tcity\tnorth\t23.0\t", "bad coordinates"),
    ("Atlantis\tGRC\tcity\t137.0\t23.0\t", "-90..90"),
    ("Atlantis\tGRC\tcity", "6 tab-separated fields"),
    ("\tGRC\tcity\t\t\t", "empty place name"),
])
def test_extra_places_are_validated_with_file_and_line(row, message):
    with pytest.raises(DataFileError) as info:
        parse_extra_places(HEADER + row + "\n", "extra.tsv", {"GRC"})
    assert "extra.tsv" in str(info.value) and ":3" in str(info.value) and message in str(info.value)


def test_extra_places_reject_a_repeated_name_and_country():
    text = HEADER + "Atlantis\tGRC\tcity\t\t\t\natlantis\tGRC\tregion\t\t\t\n"
    with pytest.raises(DataFileError, match="listed twice"):
        parse_extra_places(text, "extra.tsv", {"GRC"})
    rows = parse_extra_places(HEADER + "Atlantis\tGRC\tcity\t37.5\t23.5\tAtlantida | Atlantys\n", "x", {"GRC"})
    assert rows[0].names == ("Atlantis", "Atlantida", "Atlantys") and rows[0].lat == 37.5


def test_every_packaged_row_is_the_default_reading_of_its_first_name():
    text = resources.files("detente.data").joinpath(EXTRA_FILE).read_text(encoding="utf-8")
    # the gazetteer's countries: ISO 3166 and CAMEO's own codes (Kosovo)
    countries = {c.alpha_3 for c in pycountry.countries} | set(CAMEO_COUNTRY_CODES.values())
    rows = parse_extra_places(text, EXTRA_FILE, countries)
    assert len(rows) > 100
    first: dict[str, object] = {}
    for row in rows:
        first.setdefault(fold(row.name), row)
    for row in first.values():
        place = gazetteer().place(row.name)
        assert place is not None and place.location.country == row.country, row.name
        assert (place.location.lat is None) == (row.lat is None), row.name


@pytest.mark.parametrize(("name", "code"), [
    ("Crimea", "UKR"), ("Donbas", "UKR"), ("Donbass", "UKR"), ("the Golan Heights", "SYR"), ("West Bank", "PSE"),
    ("Gaza Strip", "PSE"), ("Transnistria", "MDA"), ("South Ossetia", "GEO"), ("Nagorno-Karabakh", "AZE"),
    ("Tigray", "ETH"), ("Amhara region", "ETH"), ("Tibet", "CHN"), ("Catalonia", "ESP"), ("Sinai", "EGY"),
    ("Kurdistan Region", "IRQ"), ("Azad Kashmir", "PAK"), ("Avdiivka", "UKR"), ("Deir al-Balah", "PSE"),
    ("Hodeidah", "YEM"), ("Chasiv Yar", "UKR"), ("northern West Bank", "PSE"), ("the northern Gaza Strip", "PSE"),
])
def test_places_the_gazetteer_lacked(name, code):
    assert country(name) == code


def test_disputed_names_read_in_context():
    assert gazetteer().place("Kashmir").kind == DISPUTED
    assert country("Kashmir") == "IND" and country("Kashmir", prefer={"PAK"}) == "PAK"
    # Odessa is the Ukrainian port unless the context is American
    assert country("Odessa") == "UKR" and country("Odessa", prefer={"USA"}) == "USA"
    # a wrong gazetteer alias ("Sloviansk" listed under another town) gives way to the table
    assert gazetteer().lookup("Sloviansk").name == "Sloviansk"
    # the table never outranks a country, and a generic rest is still no town ("North Bank")
    assert gazetteer().place("Georgia").kind == "country" and gazetteer().lookup("North Bank") is None


@pytest.mark.parametrize("name", ["the Red Sea", "Strait of Hormuz", "the southern Red Sea", "Eastern Mediterranean",
                                  "South China Sea", "Black Sea", "Sahel", "Middle East", "Scarborough Shoal"])
def test_seas_and_multi_country_regions_give_no_country(name):
    place = gazetteer().place(name)
    assert place.kind in (WATER, AREA) and place.location.country is None and place.location.lat is not None
    # a place, so no party ("Red Sea attacks")
    assert gazetteer().is_city(place.location.name)


def _place(nlp, text, lemma):
    doc = nlp(text)
    return find_place(next(doc.sents), _anchor(doc, lemma))


@pytest.mark.parametrize(("text", "lemma", "name", "code"), [
    ("Israeli troops advanced in the east of the Gaza Strip on Monday.", "advance", "Gaza Strip", "PSE"),
    ("Militants attacked a convoy in the north of Syria.", "attack", "Syria", "SYR"),
    ("Gunmen clashed with police in the city of Sweida.", "clash", "As-Suwayda", "SYR"),
    ("Russian forces shelled a hospital on the outskirts of Kharkiv.", "shell", "Kharkiv", "UKR"),
    ("Ukrainian drones hit a refinery on Russia's Black Sea coast.", "hit", "Russia", "RUS"),
])
def test_places_inside_of_phrases_under_place_prepositions(nlp, text, lemma, name, code):
    location, span, rank = _place(nlp, text, lemma)
    assert (location.name, location.country) == (name, code) and rank <= 1


@pytest.mark.parametrize(("text", "lemma"), [
    ("The US imposed sanctions on Iran.", "impose"),
    ("The minister spoke in the name of Syria.", "speak"),
    ("Troops deployed at the request of Iraq.", "deploy"),
])
def test_of_and_on_phrases_that_name_no_place(nlp, text, lemma):
    assert _place(nlp, text, lemma) is None


def test_a_sea_is_where_the_act_happened_without_a_country(nlp):
    location, span, rank = _place(nlp, "Houthi rebels attacked a cargo ship in the Strait of Hormuz.", "attack")
    assert location.name == "Strait of Hormuz" and location.country is None and rank == 0
    # the sea outranks a country named farther from the act, which must not become the target
    location, _, _ = _place(nlp, "Houthi rebels attacked a cargo ship in the Gulf of Aden, Yemeni officials said.",
                            "attack")
    assert location.name == "Gulf of Aden" and not location.country


def test_table_names_the_tagger_mislabels_are_places(nlp):
    # the small model calls "Tigray" a person and "Crimea" an organisation
    location, span, _ = _place(nlp, "Gunmen attacked a police post in Tigray.", "attack")
    assert location.country == "ETH" and span.text == "Tigray"
    location, _, _ = _place(nlp, "Ukrainian forces struck a Russian ship off Crimea.", "strike")
    assert location.country == "UKR"


def test_a_capital_in_apposition_places_the_act(nlp):
    from detente.pipeline import code_text
    got = {(m.source.country, m.target.country if m.target else None, m.root_code)
           for m in code_text("Al-Shabaab rebels exploded a series of bombs in the Somali capital Mogadishu on Sunday.",
                              date="2025-06-01") if m.is_factual}
    assert ("SOM", "SOM", "18") in got


def test_a_capital_inside_a_longer_place_name_is_not_the_capital(nlp):
    from detente.pipeline import code_text

    mentions = code_text("Militants beheaded a dozen villagers in raids on farms near Mocimboa da Praia.",
                         date="2026-03-10")
    assert mentions and all(m.location is None or m.location.country == "MOZ" for m in mentions)
    assert all(m.source.country != "CPV" for m in mentions)


@pytest.mark.parametrize(("name", "country"), [("Qamishli", "SYR"), ("Fasher", "SDN")])
def test_a_name_written_without_its_arabic_article(name, country):
    from detente.coding.gazetteer import gazetteer

    place = gazetteer().lookup(name)
    assert place is not None and place.country == country


def test_a_west_bank_town_is_the_west_banks(nlp):
    assert country("the West Bank town") == "PSE"
    doc = nlp("Israeli troops raided homes in the West Bank town of Qalqilya on Friday.")
    assert find_location(next(doc.sents), _anchor(doc, "raid")).country == "PSE"


def test_like_sized_namesakes_outside_the_named_countries_stay_unresolved(nlp):
    # Barcelona (Spain) and Barcelona (Venezuela): a Colombian story names neither
    doc = nlp("Colombian police arrested two smugglers in Barcelona on Tuesday.")
    assert find_location(next(doc.sents), _anchor(doc, "arrest")) is None
    doc = nlp("Venezuelan police arrested two smugglers in Barcelona on Tuesday.")
    assert find_location(next(doc.sents), _anchor(doc, "arrest")).country == "VEN"
    # with no country named the best namesake stands; a dwarfed namesake does not hold the best one back
    doc = nlp("Police arrested two smugglers in Barcelona on Tuesday.")
    assert find_location(next(doc.sents), _anchor(doc, "arrest")).country == "ESP"
    doc = nlp("Colombian police arrested two smugglers in Alexandria on Tuesday.")
    assert find_location(next(doc.sents), _anchor(doc, "arrest")).country == "EGY"


@pytest.mark.parametrize("name", ["Hamas", "Obama", "Morsi", "Fano"])
def test_a_known_actor_is_no_small_town_abroad(name):
    # an alternate spelling of Hamm, towns in Japan and India, a town in Italy
    assert gazetteer().lookup(name) is None
    assert not gazetteer().is_city(name)


@pytest.mark.parametrize(("name", "code"), [("Gaza City", "PSE"), ("Brussels", "BEL"), ("Rafah", "PSE")])
def test_a_place_named_like_an_actor_of_its_own_country_or_a_large_city_stays(name, code):
    assert country(name) == code


def test_a_small_town_yields_only_to_an_actor_of_another_country():
    from detente.coding.gazetteer import Gazetteer

    assert Gazetteer({"ilo": frozenset({"PER"})}).lookup("Ilo").country == "PER"
    assert Gazetteer({"ilo": frozenset({"CHL"})}).lookup("Ilo") is None
    assert gazetteer().lookup("Ilo").country == "PER"  # "ILO": short acronyms keep their towns


@pytest.mark.parametrize("name", ["Bakassi", "Hanish", "Perejil", "Cenepa", "Shebaa Farms"])
def test_border_areas_two_states_fought_over_name_no_one_state(name):
    found = gazetteer().lookup(name)
    assert found is not None and found.country is None


def test_a_place_target_named_by_a_longer_name_ending_in_a_capital(nlp):
    from detente.pipeline import code_text

    # the tagger keeps only "Praia" of the town's name: the target is the town's country, not Cabo Verde
    mentions = code_text("Insurgents torched dozens of houses near Mocimboa da Praia on Friday.", date="2026-03-10")
    assert [(m.source.code, m.target.country, m.event_code[:2], m.is_factual) for m in mentions] == \
        [("MOZREB", "MOZ", "17", True)]


@pytest.mark.parametrize("name", ["Orano", "Kabulo", "Kabulas", "Berlino", "Sofiae"])
def test_foreign_case_endings_of_a_city_name_are_no_spelling(name):
    # Esperanto, Lithuanian, Italian and Latin forms of "Oran", "Kabul" …: firms and clubs bear such names
    assert gazetteer().lookup(name) is None


@pytest.mark.parametrize(("name", "code"), [("Daraa", "SYR"), ("Marseilles", "FRA"), ("Tangiers", "MAR"),
                                            ("Basra", "IRQ"), ("Kiev", "UKR"), ("Rangoon", "MMR")])
def test_english_and_transliterated_spellings_stay(name, code):
    assert country(name) == code
