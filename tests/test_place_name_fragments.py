"""Place names are not read piecemeal: a word inside a longer name joined by a particle ("Lanao del Sur")
is no country by itself, and the places a road runs from or to are not parties. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2025-06-01") -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code, m.is_factual)
            for m in code_text(text, date=date)}


def test_word_inside_a_particle_joined_name_is_not_a_country():
    # "Sur" alone is a town in Oman; the whole name is the Philippine province
    got = triples("Philippine troops clashed with militants in Lanao del Sur province on Friday.")
    assert ("PHL", "PHL", "19", True) in got
    assert not any("OMN" in (s, t) for s, t, _, _ in got)


def test_countryless_area_named_with_a_particle_is_no_target():
    # "Cordillera" alone is a Paraguayan department; the mountain range is a border area
    mentions = code_text("Peru and Ecuador rushed troops to the Cordillera del Condor on Monday.", date="2025-06-01")
    assert {(m.source.country, m.target.country if m.target else None, m.root_code) for m in mentions} \
        == {("PER", None, "15"), ("ECU", None, "15")}
    assert all(m.location is not None and m.location.name == "Cordillera del Condor" for m in mentions)


def test_ends_of_a_road_are_not_the_target():
    got = triples("JNIM militants blocked fuel tankers on the highways from Guinea and Senegal to Bamako.")
    assert ("MLI", "MLI", "19", True) in got
    assert not any(t in ("GIN", "SEN") for _, t, _, _ in got)


def test_destination_of_an_attempted_crossing_is_not_the_target():
    # where the people meant to go is neither where they were shot nor a party to it
    got = triples("North Korean border guards shot dead two people trying to cross the border into China last week.")
    assert ("PRK", None, "19", True) in got
    assert not any(t == "CHN" for _, t, _, _ in got)


def test_nationality_word_is_no_foreign_town():
    # "Thai" is also an alternate name of a Malaysian city: in the news it is the Thai people or state
    mentions = code_text("Shells fired by Myanmar troops landed in a Thai village on Monday, wounding two farmers.",
                         date="2025-06-01")
    assert not any("MYS" in (m.source.country, m.target.country if m.target else None) for m in mentions)
    assert not any(m.location is not None and m.location.country == "MYS" for m in mentions)


def test_name_of_a_river_is_no_country():
    # "Tumen" is also a Chinese city; before "river" it names the water
    got = triples("North Korean soldiers shot dead two defectors trying to cross the Tumen river on Sunday.")
    assert any(s == "PRK" and r == "19" for s, _, r, _ in got)
    assert not any(t == "CHN" for _, t, _, _ in got)


def test_bare_congress_is_not_the_us_legislature():
    # many states' legislatures are called Congress or Senate: only "U.S. Congress" names the American one
    got = triples("Thousands of protesters marched on Congress in Lima on Tuesday to demand the president's removal.")
    assert not any("USA" in (s, t) for s, t, _, _ in got)
    assert any(s == "PER" and r == "14" for s, _, r, _ in got)
    assert any(s == "USA" for s, _, _, _ in triples("The U.S. Congress condemned Russia's attack on Ukraine."))
