"""Actor dictionary round 3: ambiguous generated names, current office holders, places in names."""

from __future__ import annotations

import pytest

from detente.actors import ActorResolver, actor_name
from detente.actors.data import CURRENT_ACTORS, _read, load_entries_tsv, load_packaged, name_key
from detente.pipeline import code_text

pytestmark = pytest.mark.slow



def codes(resolver, nlp, text: str, date: str | None = "2025-09-01") -> list[str]:
    return [r.code for r in resolver.find_all(nlp(text), date)]


# ---- bare names of 2014-era people that are words, given names or towns elsewhere -------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Meta unveiled a new chatbot for its messaging apps.", "ALB"),  # Ilir Meta
    ("Reeves told parliament the budget would raise taxes.", "NZL"),  # Rachel Reeves, not Paul Reeves
    ("Casey said the talks would resume next week.", "USA"),
    ("Hills above the town were shelled overnight.", "USA"),
    ("Refugees crossed into Kenya at Busia on Monday.", "GHA"),  # Kofi Busia
    ("Gangs torched houses in Delmas, a district of Port-au-Prince.", "FRA"),  # Chaban-Delmas
    ("Typhoon rains flooded Iloilo and nearby provinces.", "FJI"),  # Josefa Iloilo
    ("Park Joon-ho told reporters he would run.", "KOR"),  # a syllable of many Korean names
    ("Nguyen Van Minh, a fisherman, said the boat sank.", "VNM"),
    ("Conte said the coalition would hold.", "GIN"),  # Lansana Conte; Giuseppe Conte is Italian
])
def test_ambiguous_bare_names_do_not_name_old_officials(resolver, nlp, text, wrong):
    assert not any(code.startswith(wrong) for code in codes(resolver, nlp, text))


@pytest.mark.parametrize(("text", "head", "country"), [
    ("Ilir Meta was arrested in Tirana.", "Meta", "ALB"),
    ("Kofi Busia led Ghana's government in 1970.", "Busia", "GHA"),
])
def test_full_names_of_the_same_people_still_resolve(resolver, nlp, text, head, country):
    doc = nlp(text)
    token = [t for t in doc if t.text == head][-1]
    ref = resolver.resolve(token, "1970-06-01")
    assert ref is not None and ref.code.startswith(country)


@pytest.mark.parametrize(("text", "wrong"), [
    ("RSF fighters shelled the market in Bara, residents said.", "NPL"),  # Sudan's Bara, not Nepal's
    ("Protesters blocked roads in Cordoba over pension cuts.", "ESP"),  # Argentina's second city
    ("Flooding in Valencia state forced thousands from their homes.", "ESP"),
    ("Belarusian guards detained a cyclist near Brest.", "FRA"),
    ("The navy sent a frigate to Cartagena.", "ESP"),
])
def test_towns_better_known_elsewhere_are_not_read_as_the_generated_country(resolver, nlp, text, wrong):
    assert wrong not in codes(resolver, nlp, text)


def test_denied_names_are_gone_unless_hand_written():
    lexicon = load_packaged()
    entries = load_entries_tsv(*_read(CURRENT_ACTORS))
    denied = [name for e in entries if e.kind == "deny" for name in e.names]
    assert len(denied) > 200  # the round-3 lists, not just the first few words
    for name in denied:
        for entry in lexicon.names.get(name_key(name), []):
            assert entry.origin.endswith(CURRENT_ACTORS), name


# ---- places whose name holds another country's place -----------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Police in East London arrested two men.", "ZAFCOP"),
    ("Insurgents raided Mocimboa da Praia again.", "MOZ"),
    ("Flights to Santa Cruz de Tenerife were cancelled.", "ESP"),
    ("Residents of Santiago del Estero protested.", "ARGCVL"),
])
def test_longer_place_names_win_over_the_place_inside(resolver, nlp, text, code):
    assert code in codes(resolver, nlp, text)


# ---- current office holders --------------------------------------------------------------

@pytest.mark.parametrize(("name", "date", "code"), [
    ("Vijitha Herath", "2025-06-01", "LKAGOV"),
    ("Jeremiah Manele", "2025-06-01", "SLBGOV"),
    ("James Marape", "2025-06-01", "PNGGOV"),
    ("Sitiveni Rabuka", "2025-06-01", "FJIGOV"),
    ("Sitiveni Rabuka", "2010-06-01", "FJIELI"),  # between his two terms
    ("Jotham Napat", "2025-06-01", "VUTGOV"),
    ("Sabah al-Khalid al-Sabah", "2025-06-01", "KWTGOV"),
    ("Abdullatif Al Zayani", "2025-06-01", "BHRGOV"),
    ("Umaro Sissoco Embalo", "2025-06-01", "GNBGOV"),
    ("Umaro Sissoco Embalo", "2025-12-15", "GNBELI"),  # ousted in November 2025
    ("Nasry Asfura", "2026-03-01", "HNDGOV"),
    ("Rodrigo Chaves", "2026-06-01", "CRIELI"),
    ("Kamla Persad-Bissessar", "2025-09-01", "TTOGOV"),
    ("Jennifer Geerlings-Simons", "2025-09-01", "SURGOV"),
    ("Xanana Gusmao", "2025-09-01", "TLSGOV"),
])
def test_current_office_holders(resolver, name, date, code):
    ref = resolver.resolve_text(name, date)
    assert ref is not None and ref.code == code


def test_new_heads_have_titles_and_readable_codes(resolver, nlp):
    doc = nlp("Sri Lankan Foreign Minister Vijitha Herath met Xanana Gusmao in Dili.")
    refs = resolver.find_all(doc, "2025-09-01")
    herath = next(r for r in refs if "Herath" in r.text)
    assert herath.code == "LKAGOV"
    assert resolver.person_title(herath, "2025-09-01") == "foreign minister"
    assert actor_name("TLSGOV").startswith("Timor-Leste")


def test_pipeline_codes_no_nepali_actor_for_the_sudanese_town():
    mentions = code_text("RSF fighters shelled the market in Bara on Monday, killing 12 civilians.",
                         date="2025-10-20")
    actors = [m.source.code for m in mentions] + [m.target.code for m in mentions if m.target]
    assert actors and not any(code.startswith("NPL") for code in actors)


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Abdourahamane Tiani", "2025-09-01", "NERGOV"),  # the spelling wire services use
    ("Milojko Spajic", "2025-09-01", "MNEGOV"),
    ("Hilda Heine", "2025-09-01", "MHLGOV"),
    ("Hilda Heine", "2022-06-01", "MHLELI"),
    ("Olzhas Bektenov", "2025-09-01", "KAZGOV"),
    ("Omar Abdullah", "2025-09-01", "INDGOV"),
    ("Khaled Mashal", "2025-09-01", "PSEREBHMS"),
    ("Ziyad al-Nakhalah", "2025-09-01", "PSEREB"),
    ("Abdelaziz al-Hilu", "2025-09-01", "SDNREB"),
    ("Sidi Ould Tah", "2025-10-01", "IGOAFRDEVAFB"),
])
def test_more_office_holders_and_armed_group_leaders(resolver, name, date, code):
    ref = resolver.resolve_text(name, date)
    assert ref is not None and ref.code == code


@pytest.mark.parametrize(("text", "code"), [
    ("Bosniak leaders walked out of the talks.", "BIHGOV"),
    ("Lao officials met the investors in Vientiane.", "LAOGOV"),
    ("Greenlanders voted in the election.", "GRL"),  # a territory with its own ISO code
    ("Somaliland signed a port deal with Ethiopia.", "SOM"),
    ("Transnistrian authorities closed the crossing.", "MDAGOV"),
])
def test_peoples_and_breakaway_regions(resolver, nlp, text, code):
    assert code in codes(resolver, nlp, text)


def test_bosniaks_live_where_the_phrase_says(resolver, nlp):
    # an ethnonym: "Bosniaks in Serbia" are Serbia's, as "Serbs in Kosovo" are Kosovo's
    assert "SRB" in codes(resolver, nlp, "Bosniaks in Serbia complained of discrimination.")


@pytest.mark.parametrize(("text", "code"), [
    ("Fighters of the Allied Democratic Forces raided a village in Ituri.", "UGAREB"),
    ("3R rebels abducted three miners near the border.", "CAFREB"),
    ("Ambazonian separatists burned a school in Bamenda.", "CMRREB"),
    ("The Russian Volunteer Corps claimed a raid into Belgorod.", "RUSREB"),
])
def test_armed_groups(resolver, nlp, text, code):
    assert code in codes(resolver, nlp, text)


def test_capital_inside_a_longer_spanish_place_name_is_no_state(nlp):
    from detente.pipeline import code_text

    mentions = code_text("Argentine police fired tear gas at protesters in San Salvador de Jujuy on Monday.",
                         date="2025-06-01")
    assert mentions and all("SLV" not in (m.target.code if m.target else "") for m in mentions)


def test_islamic_emirate_is_the_taliban_government():
    from detente.actors import ActorResolver

    ref = ActorResolver.default().resolve_text("Islamic Emirate", "2025-06-01")
    assert ref is not None and ref.code == "AFGGOV"


def test_a_name_carrying_its_sector_is_not_given_it_twice():
    resolver = ActorResolver.default()
    assert resolver.resolve_text("Taliban government", "2025-06-01").code == "AFGGOV"
    assert resolver.resolve_text("Kremlin officials", "2025-06-01").code == "RUSGOV"
