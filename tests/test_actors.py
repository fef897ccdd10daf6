"""Tests for the actors stage: names -> CAMEO actor codes, and within-article coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.actors import ActorResolver, ArticleCoref, actor_name
from detente.actors.data import Entry, Role, load_packaged, parts, word_parts
from detente.errors import DataFileError

pytestmark = pytest.mark.slow



def head_of(doc, word: str):
    """The token whose text is ``word`` (last occurrence: the phrase head)."""
    return [t for t in doc if t.text == word][-1]


def codes(resolver, nlp, text: str, date: str | None = None) -> list[str]:
    return [r.code for r in resolver.find_all(nlp(text), date)]


# ---- countries, demonyms, metonyms, IGOs, sector words ------------------------------------

@pytest.mark.parametrize(("text", "head", "code"), [
    ("Russia condemned the decision.", "Russia", "RUS"),
    ("The United States imposed new tariffs.", "States", "USA"),
    ("The U.S. sent an envoy.", "U.S.", "USA"),
    ("Russians voted in the election.", "Russians", "RUS"),
    ("Americans are divided on the war.", "Americans", "USA"),
    ("Russian forces shelled the town overnight.", "forces", "RUSMIL"),
    ("Israeli troops raided the refugee camp.", "troops", "ISRMIL"),
    ("Iranian protesters marched through the capital.", "protesters", "IRNOPP"),
    ("Palestinian militants fired rockets at the border.", "militants", "PSEREB"),
    ("The Chinese Foreign Ministry summoned the ambassador.", "Ministry", "CHNGOV"),
    ("The Russian foreign minister arrived in Ankara.", "minister", "RUSGOV"),
    ("The foreign minister of Russia spoke to reporters.", "minister", "RUSGOV"),
    ("Ukraine's army repelled the assault.", "army", "UKRMIL"),
    ("The Kremlin dismissed the report.", "Kremlin", "RUSGOV"),
    ("Moscow rejected the ultimatum.", "Moscow", "RUSGOV"),
    ("Washington warned Beijing against the move.", "Washington", "USAGOV"),
    ("The White House announced a pause.", "House", "USAGOV"),
    ("The Pentagon approved the sale.", "Pentagon", "USAMIL"),
    ("Kyiv requested more air defence.", "Kyiv", "UKRGOV"),
    ("Kiev requested more air defence.", "Kiev", "UKRGOV"),
    ("Downing Street declined to comment.", "Street", "GBRGOV"),
    ("Brussels proposed fresh sanctions.", "Brussels", "IGOEUREEC"),
    ("The United Nations called for a ceasefire.", "Nations", "IGOUNO"),
    ("NATO will expand its presence.", "NATO", "IGOWSTNAT"),
    ("The EU adopted the package.", "EU", "IGOEUREEC"),
    ("The International Criminal Court issued a warrant.", "Court", "IGOJUDICC"),
    ("The IMF approved a loan.", "IMF", "IGOBUSIMF"),
    ("The World Bank cut its forecast.", "Bank", "IGOUNODEVWBK"),
    ("Amnesty International documented the abuses.", "International", "NGOHRIAMN"),
    ("Hamas released two hostages.", "Hamas", "PSEREBHMS"),
    ("Hezbollah fired drones at the north.", "Hezbollah", "LBNREB"),
    ("The Houthis attacked a tanker.", "Houthis", "YEMREB"),
    ("Hamas fighters ambushed a patrol.", "fighters", "PSEREBHMS"),
    ("White House officials briefed reporters.", "officials", "USAGOV"),
    ("Police detained the suspects.", "Police", "---COP"),
    # a member of a group with its country is the group: "of"-phrases over sector phrases
    ("The leader of the Kenyan opposition called a rally.", "leader", "KENOPP"),
    ("Leaders of opposition parties in Togo called a strike.", "Leaders", "TGOOPP"),
    ("Representatives of Venezuela's opposition met mediators.", "Representatives", "VENOPP"),
    ("Leaders of Hungary met the envoy.", "Leaders", "HUNGOV"),
    ("The opposition in Venezuela rejected the talks.", "opposition", "VENOPP"),
    ("Officials at the Pentagon warned Iran.", "Officials", "USAMIL"),
])
def test_noun_phrases(nlp, resolver, text, head, code):
    doc = nlp(text)
    ref = resolver.resolve(head_of(doc, head), "2025-06-01")
    assert ref is not None, text
    assert ref.code == code
    assert doc.text[ref.start:ref.end] == ref.text
    assert head in ref.text


@pytest.mark.parametrize(("text", "head"), [
    ("The meeting ended without agreement.", "meeting"),
    ("Talks resumed on Wednesday.", "Talks"),
    ("They met on Wednesday.", "Wednesday"),
    ("Let us know what you think.", "us"),
    ("The strikes hit power stations.", "strikes"),
    ("Who is responsible for the attack?", "Who"),
])
def test_non_actors(nlp, resolver, text, head):
    assert resolver.resolve(head_of(nlp(text), head), None) is None


def test_titles_and_unknown_names(nlp, resolver):
    doc = nlp("U.S. Secretary of State Antony Blinken arrived in Kyiv.")
    ref = resolver.resolve(head_of(doc, "Blinken"), "2023-05-01")
    assert ref.code == "USAGOV"
    doc = nlp("Chinese Foreign Ministry spokesman Lin Xiaoqiang criticised Japan.")
    ref = resolver.resolve(head_of(doc, "Xiaoqiang"), "2025-01-10")
    assert ref.code == "CHNGOV"


def test_apposition_names_the_actor(nlp, resolver):
    doc = nlp("Russia's foreign minister, Sergei Lavrov, met his Turkish counterpart.")
    assert resolver.resolve(head_of(doc, "minister"), "2024-01-01").code == "RUSGOV"
    assert resolver.resolve(head_of(doc, "Lavrov"), "2024-01-01").code == "RUSGOV"


# ---- people with date-ranged roles -----------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "date", "code"), [
    ("Biden spoke with the chancellor.", "Biden", "2021-06-01", "USAGOV"),
    ("Biden spoke with the chancellor.", "Biden", "2015-06-01", "USAGOV"),  # vice president
    ("Biden spoke with the chancellor.", "Biden", "2026-02-01", "USAELI"),
    ("Trump criticised the decision.", "Trump", "2019-03-01", "USAGOV"),
    ("Trump criticised the decision.", "Trump", "2026-03-01", "USAGOV"),
    ("Trump criticised the decision.", "Trump", "2022-03-01", "USAELI"),
    ("Trump criticised the decision.", "Trump", None, "USAGOV"),
    ("Zelensky addressed parliament.", "Zelensky", "2023-01-01", "UKRGOV"),
    ("Rutte visited Kyiv.", "Rutte", "2025-04-01", "IGOWSTNAT"),
    ("Rutte visited Kyiv.", "Rutte", "2020-04-01", "NLDGOV"),
    ("Stoltenberg visited Kyiv.", "Stoltenberg", "2023-04-01", "IGOWSTNAT"),
    ("Guterres appealed for calm.", "Guterres", "2024-04-01", "IGOUNO"),
    ("Al-Sharaa met the envoy.", "Sharaa", "2025-05-01", "SYRGOV"),
    ("Erdogan hosted the talks.", "Erdogan", "2024-05-01", "TURGOV"),
    ("Erdoğan hosted the talks.", "Erdoğan", "2024-05-01", "TURGOV"),
    ("Vladimir Putin signed the decree.", "Putin", "2024-05-01", "RUSGOV"),
    ("Netanyahu said the war would go on.", "Netanyahu", "2024-05-01", "ISRGOV"),
    ("Netanyahu said the war would go on.", "Netanyahu", "2022-05-01", "ISROPP"),
    ("Kim Jong Un oversaw the launch.", "Un", "2024-05-01", "PRKGOV"),
])
def test_date_ranged_roles(nlp, resolver, text, name, date, code):
    ref = resolver.resolve(head_of(nlp(text), name), date)
    assert ref is not None and ref.code == code


def test_entry_roles_out_of_office_become_elites():
    entry = Entry("person", (Role("RUSGOV", "2000-01-01", "2010-01-01"),), ("someone",))
    assert entry.code_at("2005-01-01") == "RUSGOV"
    assert entry.code_at("2015-01-01") == "RUSELI"
    assert entry.code_at("1990-01-01") == "RUS"
    assert entry.code_at(None) == "RUSGOV"


# ---- find_all, resolve_text, pre-filter, names -------------------------------------------------

def test_find_all_covers_each_phrase_once(nlp, resolver):
    assert codes(resolver, nlp, "Russian forces shelled Ukrainian positions near Kharkiv.") == \
        ["RUSMIL", "UKR", "UKR"]  # "Kharkiv" is a place in Ukraine
    assert codes(resolver, nlp, "Senior Hungarian and Romanian officials agreed on Wednesday.") == \
        ["HUNGOV", "ROUGOV"]
    assert codes(resolver, nlp, "Police arrested dozens of protesters.") == ["---COP", "---OPP"]
    assert codes(resolver, nlp, "Russia's invasion of Ukraine began in 2022.") == ["RUS", "UKR"]


def test_resolve_text(resolver):
    assert resolver.resolve_text("the Kremlin").code == "RUSGOV"
    assert resolver.resolve_text("Russian military").code == "RUSMIL"
    assert resolver.resolve_text("Joe Biden", "2022-01-01").code == "USAGOV"
    assert resolver.resolve_text("the weather") is None


def test_prefilter_never_drops_a_coded_sentence(nlp, resolver):
    sentences = [
        "Russian forces shelled the town.", "The Kremlin said nothing.", "Guterres appealed for calm.",
        "The foreign minister of Russia arrived.", "Police detained the suspects.",
        "Hamas fighters ambushed a patrol.", "The meeting ended.", "Talks resumed on Wednesday.",
        "Chinese Foreign Ministry spokesman Lin Xiaoqiang spoke.", "Erdoğan hosted the talks.",
    ]
    for text in sentences:
        doc = nlp(text)
        coded = bool(resolver.find_all(doc, "2025-01-01"))
        allowed = resolver.could_mention_actor([t.lower_ for t in doc])
        assert allowed or not coded, text
    assert not resolver.could_mention_actor(["the", "rain", "fell", "today", "."])


def _corpus_texts(shared_dir: Path) -> list[str]:
    import json

    from detente.ingest import read_paths

    root = Path(__file__).parent
    texts = [json.loads(line)["text"] for line in (root / "data/dev_news.jsonl").open(encoding="utf-8")]
    samples = Path(__file__).parents[1] / "src/detente/data/samples"
    texts += [a.text for a in read_paths([samples, *sorted((root / "data/dev_articles").glob("*.txt"))])]
    for name in ("plover_gsr_cameo.jsonl", "petr2_gsr_validation.jsonl"):
        path = shared_dir / "gold" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return texts


def test_prefilter_is_safe_over_a_corpus(nlp, resolver, shared_dir):
    """No sentence with an actor the resolver finds is rejected, cased or lower-cased."""
    checked = 0
    for doc in nlp.pipe(_corpus_texts(shared_dir)):
        for sent in doc.sents:
            coded = bool(resolver.find_all(sent, "2025-06-01")) or any(
                resolver.resolve(t, "2025-06-01") for t in sent)
            if coded:
                checked += 1
                assert resolver.could_mention_actor([t.text for t in sent]), sent.text
                assert resolver.could_mention_actor([t.lower_ for t in sent]), sent.text
    assert checked > 500


@pytest.mark.parametrize("text", [
    "Inflation in the region rose sharply in October.",
    "Prices of bread doubled over the summer, the statistics office said.",
    "It was the worst flooding in decades.",
    "The people of the valley waited.",  # "people" names an actor only with a country
    "Rescue teams searched the lake shore.",
    "Trade volumes fell in us dollar terms.",  # "us" is a name only in capitals
])
def test_prefilter_rejects_sentences_without_actor_words(nlp, resolver, text):
    assert not resolver.could_mention_actor([t.text for t in nlp(text)])


def test_prefilter_mirrors_case_and_hyphen_rules(resolver):
    assert resolver.could_mention_actor(["The", "US", "agreed"])
    assert resolver.could_mention_actor(["U.S.-led", "forces", "left"])
    assert resolver.could_mention_actor(["Talks", "in", "Geneva", "ended"])


def test_actor_names():
    assert actor_name("RUSGOV") == "Russia government"
    assert actor_name("IGOUNO") == "United Nations"
    assert actor_name("USAMIL") == "United States military"
    assert actor_name("---REB") == "Rebels"


# ---- coreference --------------------------------------------------------------------------------

def test_coref_pronouns_and_descriptions(nlp, resolver):
    doc = nlp("Putin met Erdogan in Sochi. He said Russia was ready. The president also "
              "warned NATO. The alliance rejected it. The military was put on alert.")
    coref = ArticleCoref(resolver, date="2024-05-01")
    for token in doc:
        if token.text in ("Putin", "Erdogan", "Russia", "NATO"):
            coref.observe(resolver.resolve(token, "2024-05-01"), token)
        if token.text == "He":
            assert coref.resolve_anaphor(token).code == "RUSGOV"  # the previous sentence's subject
        if token.text == "president":
            assert coref.resolve_anaphor(token).code == "TURGOV"
        if token.text == "alliance":
            assert coref.resolve_anaphor(token).code == "IGOWSTNAT"
        if token.text == "military":
            assert coref.resolve_anaphor(token).code == "RUSMIL"


def test_coref_resolve_convenience_and_plurals(nlp, resolver):
    doc = nlp("Iran's foreign minister visited Beijing. The government said they would cooperate.")
    coref = ArticleCoref(resolver, date="2025-01-01")
    found = {t.text: coref.resolve(t) for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")}
    assert found["minister"].code == "IRNGOV"
    assert found["government"].code == "CHNGOV"  # last country mentioned: Beijing
    assert found["they"].code == "CHNGOV"
    assert resolver.resolve(head_of(doc, "government"), "2025-01-01") is None


# ---- extra dictionaries and data validation -----------------------------------------------------

def test_with_extra_petrarch_files(tmp_path: Path, nlp):
    actors = tmp_path / "mine.actors"
    actors.write_text("# my actors\nJOHN_EXAMPLEMAN_  # a test person\n+EXAMPLEMAN\n"
                      "\t[FRAGOV 200101-250101]\n\t[FRAELI]\nACME_LIBERATION_FRONT_ [FRAREB]\n", encoding="utf-8")
    agents = tmp_path / "mine.agents"
    agents.write_text("!PERSON! = MAN, MEN\nDRONE_OPERATOR [~MIL]\nHARBOUR!PERSON! [~LAB]\n", encoding="utf-8")
    resolver = ActorResolver.with_extra([actors, agents])
    assert resolver.resolve(head_of(nlp("Exampleman resigned."), "Exampleman"), "2023-01-01").code == "FRAGOV"
    assert resolver.resolve(head_of(nlp("Exampleman resigned."), "Exampleman"), "2026-01-01").code == "FRAELI"
    doc = nlp("The Acme Liberation Front attacked a convoy.")
    assert resolver.resolve(head_of(doc, "Front"), None).code == "FRAREB"
    doc = nlp("French drone operators struck the depot.")
    assert resolver.resolve(head_of(doc, "operators"), None).code == "FRAMIL"
    doc = nlp("Italian harbourmen went on strike.")
    assert resolver.resolve(head_of(doc, "harbourmen"), None).code == "ITALAB"


@pytest.mark.parametrize(("content", "line", "message"), [
    ("JOHN_DOE_\n+JD\n", 1, "no [CODE]"),
    ("JOHN_DOE_\n\t[FRAGOV 2001-2005]\n", 2, "bad PETRARCH code"),
    ("+ORPHAN\n", 1, "synonym line"),
    ("JOHN_DOE_ [fragov]\n", 1, "bad PETRARCH code"),
])
def test_bad_petrarch_file_names_file_and_line(tmp_path: Path, content, line, message):
    path = tmp_path / "bad.actors"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        ActorResolver.with_extra([path])
    assert info.value.path == str(path) and info.value.line == line
    assert message in str(info.value)


@pytest.mark.parametrize(("row", "message"), [
    ("person\tUSAGOV@2025-13..\tSomeone", "bad date"),
    ("person\tUSAGOV@2025-01-01..2020-01-01\tSomeone", "ends before it starts"),
    ("alien\tUSAGOV\tSomeone", "unknown kind"),
    ("person\tusagov\tSomeone", "bad role"),
    ("person\tUSAGOV", "expected 3 tab-separated fields"),
])
def test_bad_tsv_file_names_file_and_line(tmp_path: Path, row, message):
    path = tmp_path / "bad.tsv"
    path.write_text(f"# header comment\nkind\troles\tnames\nperson\tUSAGOV\tGood Name\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        ActorResolver.with_extra([path])
    assert info.value.line == 4
    assert message in str(info.value)


def test_packaged_data_is_sizeable_and_precise():
    lexicon = load_packaged()
    assert len(lexicon.names) > 30000 and len(lexicon.agents) > 3000
    # Common words and first names must not be actor names on their own.
    for word in ("state", "government", "vladimir", "people", "house", "washington state"):
        assert (word,) not in lexicon.names or word == "washington state"
    assert ("us",) in lexicon.names  # only matches when written "US" (checked at match time)


# ---- phrase reading: residence, roles by apposition, places, "-led" ---------------------------

@pytest.mark.parametrize(("text", "head", "code"), [
    # a group's country from where it is or comes from
    ("Demonstrators in downtown Caracas were dispersed.", "Demonstrators", "VENOPP"),
    ("Authorities in Peru arrested the suspects.", "Authorities", "PERGOV"),
    ("A court in Kenya ordered his release.", "court", "KENJUD"),
    ("Envoys from the Norwegian government arrived.", "Envoys", "NORGOV"),
    ("Farmers across France blocked motorways.", "Farmers", "FRAAGR"),
    ("A spokesman for the Kremlin declined to comment.", "spokesman", "RUSGOV"),
    # posts abroad and possessed heads are not the host country's; vague singulars stay vague
    ("Tokyo protested through its embassy in Seoul.", "embassy", None),
    ("The envoys in Cairo met again.", "envoys", None),
    ("They discussed a settlement in Sudan.", "settlement", None),
    # a modifier before the head still wins over the place
    ("Russian troops in Belarus held drills.", "troops", "RUSMIL"),
    # ethnic groups are coded by where they live
    ("Ethnic Hungarians in Slovakia protested.", "Hungarians", "SVK"),
    ("The Serbs of northern Kosovo boycotted the vote.", "Serbs", "KSV"),
    ("Bosnian Croats walked out of the talks.", "Croats", "BIH"),
    # a minority with no place in its phrase waits for the event's place or the state acting on it
    ("Ethnic Hungarians protested.", "Hungarians", "---CVL"),
    ("Bosnian Serb leaders rejected the ruling.", "leaders", "BIHGOV"),
    # "Greek Cypriot" is a Cypriot; hyphenated compounds read like spaced ones
    ("Greek Cypriot negotiators met on Monday.", "negotiators", "CYPGOV"),
    ("Turkish-Cypriot officials met on Monday.", "officials", "CYPGOV"),
    # the actor leading or flagging the thing
    ("The Saudi-led coalition struck a port.", "coalition", "SAU"),
    ("U.S.-led forces left the base.", "forces", "USAMIL"),
    ("A Panama-flagged vessel was seized.", "vessel", "PAN"),
    ("A Liberian-flagged tanker was seized.", "tanker", "LBRBUS"),  # tankers are business
    # demonyms the generated data lacked; ISO names with "Islands"
    ("Swedish police detained him.", "police", "SWECOP"),
    ("Azeri troops crossed the line.", "troops", "AZEMIL"),
    ("The Marshall Islands protested.", "Islands", "MHL"),
])
def test_phrase_reading(nlp, resolver, text, head, code):
    ref = resolver.resolve(head_of(nlp(text), head), "2025-06-01")
    assert (ref.code if ref else None) == code, (text, ref)


def test_apposition_role_beats_stale_lexicon_role(nlp, resolver):
    # Rutte's role in the lexicon for 2020 is Dutch prime minister; the apposition says more.
    doc = nlp("Mark Rutte, the NATO Secretary General, visited Kyiv.")
    assert resolver.resolve(head_of(doc, "Rutte"), "2020-06-01").code == "IGOWSTNAT"
    # An unknown person takes the role the apposition gives.
    doc = nlp("Jan Kowalski, a Polish diplomat, was expelled.")
    assert resolver.resolve(head_of(doc, "Kowalski"), "2025-06-01").code == "POLGOV"
    # A role without a country does not erase a known person's country.
    doc = nlp("Vladimir Putin, a former intelligence officer, spoke.")
    assert resolver.resolve(head_of(doc, "Putin"), "2025-06-01").code == "RUSGOV"


@pytest.mark.parametrize(("text", "word"), [
    ("Ships sailed through the South China Sea.", "China"),
    ("Ships sailed through the South China Sea.", "Sea"),
    ("The tanker sank in the Gulf of Aden near Yemen.", "Aden"),
    ("Missiles fell into the Sea of Japan.", "Japan"),
    ("Drones flew over the Strait of Hormuz.", "Hormuz"),
    ("Rescuers reached Lake Victoria.", "Victoria"),
])
def test_place_names_are_not_actors(nlp, resolver, text, word):
    assert resolver.resolve(head_of(nlp(text), word), "2025-06-01") is None
    assert all(word not in r.text for r in resolver.find_all(nlp(text), "2025-06-01"))


def test_find_all_reads_post_modifiers_once(nlp, resolver):
    assert codes(resolver, nlp, "Protesters in central Dhaka clashed with police.", "2025-06-01") == \
        ["BGDOPP", "---COP"]
    assert codes(resolver, nlp, "The Saudi-led coalition struck a port in Yemen.", "2025-06-01") == ["SAU", "YEM"]


def test_word_classes_file_is_validated(tmp_path: Path):
    from detente.actors.data import load_word_classes_tsv

    with pytest.raises(DataFileError) as info:
        load_word_classes_tsv("class\tword\nethnonym\tserbs\ncolour\tred\n", "x.tsv")
    assert info.value.line == 3 and "unknown word class" in str(info.value)
    with pytest.raises(DataFileError):
        load_word_classes_tsv("class\tword\nethnonym\tTwo Words\n", "x.tsv")


# ---- role nouns, longer names, coreference of descriptions, plurals, titled officials ----------

@pytest.mark.parametrize(("text", "head", "code"), [
    ("Estonia's prime minister phoned his Latvian counterpart on Friday.", "counterpart", "LVAGOV"),
    ("She will meet her Egyptian counterparts in Cairo.", "counterparts", "EGYGOV"),
    ("A Greek delegation walked out of the session.", "delegation", "GRCGOV"),
    ("The Hamas delegation arrived in Doha.", "delegation", "PSEREBHMS"),
])
def test_role_nouns_take_their_nationality(nlp, resolver, text, head, code):
    ref = resolver.resolve(head_of(nlp(text), head), "2025-06-01")
    assert ref is not None and ref.code == code


@pytest.mark.parametrize(("text", "word"), [
    ("Atletico Madrid signed the winger on a free transfer.", "Madrid"),
    ("Paris Saint-Germain sacked its coach after the defeat.", "Germain"),
    ("Paris Saint-Germain sacked its coach after the defeat.", "Paris"),
    ("Manchester United appointed a new manager.", "United"),
    ("Bayern Munich thrashed the visitors 5-0.", "Munich"),
    ("Dynamo Kyiv lost the first leg.", "Kyiv"),
])
def test_clubs_named_after_places_are_not_states(nlp, resolver, text, word):
    doc = nlp(text)
    assert resolver.resolve(head_of(doc, word), "2025-06-01") is None
    assert all(r.code[:3] not in ("ESP", "FRA", "GBR", "DEU", "UKR") for r in resolver.find_all(doc, "2025-06-01"))


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Madrid rejected the Catalan proposal.", "Madrid", "ESPGOV"),
    ("Drones struck Kyiv Oblast overnight.", "Kyiv", "UKRGOV"),
    ("Kenya Airways suspended flights to the region.", "Airways", "KENBUS"),
    ("Ukraine President Volodymyr Zelensky thanked the donors.", "Zelensky", "UKRGOV"),
])
def test_places_beside_known_or_qualifying_words_stay_places(nlp, resolver, text, word, code):
    ref = resolver.resolve(head_of(nlp(text), word), "2025-06-01")
    assert ref is not None and ref.code == code


def _anaphors(nlp, resolver, text: str, date: str = "2025-06-01") -> dict[str, object]:
    """Observe every resolvable head in order; map other heads to plural or anaphor results."""
    doc = nlp(text)
    coref = ArticleCoref(resolver, date)
    found: dict[str, object] = {}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        ref = resolver.resolve(token, date)
        if ref is not None:
            coref.observe(ref, token)
            continue
        plural = coref.resolve_plural(token)
        anaphor = coref.resolve_anaphor(token)
        found[token.text] = [p.code for p in plural] if plural else (anaphor.code if anaphor else None)
    return found


def test_description_with_its_own_nationality_is_not_an_anaphor(nlp, resolver):
    found = _anaphors(nlp, resolver, "Serbia cut gas supplies to the breakaway Bosnian republic on Monday.")
    assert found["republic"] is None


def test_description_skips_actors_of_its_own_clause(nlp, resolver):
    text = ("Fighting flared again in Libya. Libyan officials blamed rival militias. "
            "Turkey and Qatar urged the army to withdraw from the capital.")
    assert _anaphors(nlp, resolver, text)["army"] == "LBYMIL"


def test_passing_mention_yields_to_the_salient_country(nlp, resolver):
    text = ("Sudan's army retook the presidential palace. Sudanese officials said Sudan would hold talks. "
            "Kenya hosted an earlier round. Aid agencies warned of famine. The army said it had secured the area.")
    assert _anaphors(nlp, resolver, text)["army"] == "SDNMIL"
    # A country of the previous sentence is still the nearest antecedent.
    text = "Japan and Japan's navy held drills near Japan. South Korea joined them. The government welcomed it."
    assert _anaphors(nlp, resolver, text)["government"] == "KORGOV"


@pytest.mark.parametrize(("text", "word", "pair"), [
    ("Armenia and Azerbaijan traded fire. Georgia offered to mediate between the two governments.",
     "governments", ["ARMGOV", "AZEGOV"]),
    ("Thailand accused Cambodia of shelling. Both sides agreed to a truce.", "sides", ["THA", "KHM"]),
    ("Kenya and Somalia restored ties. Both leaders pledged cooperation.", "leaders", ["KENGOV", "SOMGOV"]),
    ("Chile and Bolivia met in Lima. The two countries will reopen the border.", "countries", ["CHL", "BOL"]),
    # the venue of their meeting is not a party
    ("Chile and Bolivia met in Ankara. The two countries will reopen the border.", "countries", ["CHL", "BOL"]),
])
def test_plural_descriptions_are_two_states(nlp, resolver, text, word, pair):
    doc = nlp(text)
    coref = ArticleCoref(resolver, "2025-06-01")
    for token in doc:
        if token.pos_ in ("PROPN",) and (ref := resolver.resolve(token, "2025-06-01")) is not None:
            coref.observe(ref, token)
    head = head_of(doc, word)
    assert resolver.resolve(head, "2025-06-01") is None
    assert coref.resolve_anaphor(head) is None
    assert sorted(r.code for r in coref.resolve_plural(head)) == sorted(pair)


def test_plural_needs_two_countries(nlp, resolver):
    doc = nlp("Both sides agreed to a truce.")
    assert ArticleCoref(resolver, "2025-06-01").resolve_plural(head_of(doc, "sides")) == []


def test_titled_officials_take_the_article_country(nlp, resolver):
    text = ("Vietnam protested to China over the islands. China's foreign ministry rejected the protest. "
            "Deputy Foreign Minister Ma Zhaoxu told reporters the islands were Chinese.")
    found = _anaphors(nlp, resolver, text)
    assert found["Zhaoxu"] == "CHNGOV"  # the last actor of the same institution
    text = "Nepal and Bhutan signed a trade pact. Commerce ministry spokesman Hari Adhikari welcomed it."
    assert _anaphors(nlp, resolver, text)["Adhikari"] in ("NPLGOV", "BTNGOV")
    text = "Ghana's cabinet met on Monday. Ghana's president spoke. Information minister Kwame Asante resigned."
    doc = nlp(text)
    ref = ArticleCoref(resolver, "2025-06-01").resolve_anaphor(head_of(doc, "Asante"))
    assert ref is None  # nothing observed yet: no country to give
    assert resolver.resolve_titled(head_of(doc, "Asante"), "2025-06-01").text == "Information minister Kwame Asante"


# ---- import cost and users' real dictionaries --------------------------------------------------

def test_actor_name_does_not_import_spacy():
    import subprocess
    import sys

    code = ("import sys; from detente.actors import actor_name; assert actor_name('RUSGOV') == 'Russia government'; "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_with_extra_reads_the_real_phoenix_files(shared_dir: Path, nlp, caplog):
    names = ["Phoenix.agents.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
             "Phoenix.MilNonState.actors.txt"]
    paths = [shared_dir / "dictionaries" / n for n in names]
    if not all(p.exists() for p in paths):
        pytest.skip("shared dictionaries not available")
    with caplog.at_level("WARNING", logger="detente.actors.data"):
        resolver = ActorResolver.with_extra(paths)
    messages = [r.getMessage() for r in caplog.records]
    assert any("Phoenix.agents.txt:544" in m and "}" in m for m in messages)  # "[~ENV}" read with a warning
    assert any("Phoenix.Countries.actors.txt:11939" in m for m in messages)  # IVO_JOSIPOVIC_ has no code
    doc = nlp("Croatian environmentalists protested in Zagreb.")
    assert resolver.resolve(head_of(doc, "environmentalists"), "2025-06-01").code == "HRVENV"
    assert resolver.resolve(head_of(nlp("Josipovic spoke."), "Josipovic"), "2013-01-01").code == "HRVGOV"


def test_petrarch_file_keeps_good_entries_and_warns(tmp_path: Path, caplog):
    path = tmp_path / "mixed.actors"
    path.write_text("NOBODY_AT_ALL_\nGOOD_FRONT_ [FRAREB]\nBAD_GROUP_ [FRAREB 20010]\n+BAD_GROUP_ALIAS\n"
                    "TWO_CODES_ [ITAGOV] [itagov]\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="detente.actors.data"):
        resolver = ActorResolver.with_extra([path])
    assert resolver.resolve_text("Good Front").code == "FRAREB"
    assert resolver.resolve_text("Two Codes").code == "ITAGOV"  # keeps its valid code
    assert resolver.resolve_text("Nobody At All") is None and resolver.resolve_text("Bad Group") is None
    messages = [r.getMessage() for r in caplog.records if str(path) in r.getMessage()]
    assert sorted(int(m[len(str(path)) + 1:].split(":")[0]) for m in messages) == [1, 3, 5]


def test_coref_handles_sentences_without_a_verb(nlp, resolver):
    # Headlines and datelines have no verb: finding a clause must still end.
    found = _anaphors(nlp, resolver, "Russia: no comment. Ukraine. The government, silent.")
    assert found["government"] == "UKRGOV"
    doc = nlp("Peace in Gaza? Both sides, again.")
    coref = ArticleCoref(resolver, "2025-06-01")
    assert coref.resolve_plural(head_of(doc, "sides")) == []


def test_capitalised_word_before_a_nationality_keeps_it(nlp, resolver):
    ref = resolver.resolve(head_of(nlp("Young Moroccans blocked the highway on Sunday."), "Moroccans"), "2025-06-01")
    assert ref is not None and ref.code[:3] == "MAR"
    with nlp.select_pipes(disable=["ner"]):  # the fast engine tags entities only where it must
        doc = nlp("Young Algerians blocked roads in Algiers on Sunday.")
    ref = resolver.resolve(head_of(doc, "Algerians"), "2025-06-01")
    assert ref is not None and ref.code[:3] == "DZA"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Leaders of Kenya and Tanzania signed the pact.", "Tanzania", "TZAGOV"),
    ("Officials in Beijing and Washington criticised the ruling.", "Washington", "USAGOV"),
    ("Protesters from Kenya and Uganda marched on Monday.", "Uganda", "UGAOPP"),
])
def test_conjoined_objects_share_the_sector(nlp, resolver, text, word, code):
    ref = resolver.resolve(head_of(nlp(text), word), None)
    assert ref is not None and ref.code == code


def test_undated_person_takes_most_recent_role_country(nlp, resolver):
    # Roles closed in the Phoenix data still give the country when the text has no date.
    assert codes(resolver, nlp, "Yasser Arafat shook hands with the envoy.") == ["PSEGOV"]


# ---- bare surnames in the generated data (scripts/build_actor_data.py) -------------------

def _build_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts/build_actor_data.py"
    spec = importlib.util.spec_from_file_location("build_actor_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bare_names(people, never=frozenset(), given=frozenset(), common=frozenset()) -> dict[str, str]:
    """Single-word name -> primary name of its owner, as person_rows writes them."""
    rows = _build_script().person_rows(people, set(never), set(given), set(common))
    return {n: row.split("\t")[2].split("|")[0] for row in rows
            for n in row.split("\t")[2].split("|") if " " not in n}


def test_explicit_alias_survives_shared_surname():
    people = [(["hosni mubarak", "mubarak"], ["EGYGOV@1981-10-14..2011-02-11"]),
              (["gamal mubarak"], ["EGYELI"]),
              (["mubarak al sabah"], ["KWTGOV@2001-01-01.."])]
    # "mubarak" is also a first name, but the alias is Hosni's own surname.
    assert _bare_names(people, given={"mubarak"})["mubarak"] == "hosni mubarak"
    # A first name given as an alias names too many people.
    prince = [(["hassan bin talal", "hassan"], ["JORELI"]), (["hassan rouhani"], ["IRNGOV"])]
    assert "hassan" not in _bare_names(prince, given={"hassan"})


def test_same_country_surname_goes_to_the_most_prominent_owner():
    people = [(["janet museveni"], ["UGAGOV@2009-03-01.."]),
              (["yoweri museveni", "yoweri kaguta museveni"], ["UGAELI@1962-01-01..2000-01-01",
                                                                "UGAGOV@1986-01-26..", "UGAELI"])]
    assert _bare_names(people)["museveni"] == "yoweri museveni"


@pytest.mark.parametrize("people", [
    # a minor official (no elite role, no aliases) must not shadow someone the files lack
    [(["domagoj ivan milosevic"], ["HRVGOV@2011-02-01.."])],
    # owners in two countries
    [(["ali sharifi", "president sharifi"], ["IRNELI"]), (["omar sharifi"], ["AFGGOV"])],
    # a family name shared by many
    [([f"{first} al thani", f"sheikh {first} al thani"], ["QATELI"]) for first in ("hamad", "tamim", "abdullah")],
])
def test_ambiguous_or_minor_surnames_are_not_added(people):
    assert _bare_names(people) == {}


def test_common_words_and_prominent_first_names_are_not_surnames():
    people = [(["selmon waters", "sir selmon waters"], ["VCTELI"]),
              (["farouk hosni", "farouq hosni"], ["EGYGOV"]),
              (["hosni mubarak", "president hosni mubarak"], ["EGYELI"])]
    bare = _bare_names(people, common={"waters"})
    assert "waters" not in bare and "hosni" not in bare
    assert bare["mubarak"] == "hosni mubarak"


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Museveni", "2025-06-01", "UGAGOV"),
    ("Mubarak", "2005-06-01", "EGYGOV"),
    ("Milosevic", "2025-06-01", "SRBELI"),  # Slobodan (hand-written), not the minor Croatian official
    ("Thani", "2025-06-01", None),
    ("Waters", "2025-06-01", None),
])
def test_packaged_bare_surnames(resolver, name, date, code):
    ref = resolver.resolve_text(name, date)
    assert (ref.code if ref else None) == code


def test_bare_surname_in_another_persons_name(nlp, resolver):
    # An unknown first name before a known surname is someone else...
    assert codes(resolver, nlp, "Hari Adhikari spoke to the press.", "2025-06-01") == []
    assert codes(resolver, nlp, "Melania Trump hosted the dinner.", "2025-06-01") == []
    # ...but a word of the known person's own names keeps him.
    assert codes(resolver, nlp, "Kaguta Museveni addressed the rally.", "2025-06-01") == ["UGAGOV"]


# ---- current officials, organisations and peoples (current_actors.tsv) -------------------

@pytest.mark.parametrize(("name", "date", "code"), [
    ("Deby", "2025-06-01", "TCDGOV"),            # the son, not the late father in the 2014 files
    ("Aliyev", "2025-06-01", "AZEGOV"),
    ("Kiir", "2025-06-01", "SSDGOV"),
    ("Mahama", "2020-06-01", "GHAOPP"),
    ("Mahama", "2025-06-01", "GHAGOV"),
    ("Boric", "2025-06-01", "CHLGOV"),
    ("Boric", "2026-06-01", "CHLELI"),
    ("Hayat Tahrir al-Sham", "2024-06-01", "SYRREB"),
    ("HTS", "2025-06-01", "SYRGOV"),
    ("Hossein Salami", "2025-01-01", "IRNMIL"),
    ("Mahmoud Ali Youssouf", "2025-06-01", "IGOAFRAFU"),
    ("Anura Kumara Dissanayake", "2025-06-01", "LKAGOV"),
])
def test_current_officials_by_date(resolver, name, date, code):
    ref = resolver.resolve_text(name, date)
    assert ref is not None and ref.code == code


@pytest.mark.parametrize(("name", "code"), [
    ("APEC", "IGOASABUSAPE"), ("Mercosur", "IGOSAMMER"), ("FAO", "IGOUNOAGRFAO"),
    ("European Central Bank", "IGOEUREEC"), ("OECD", "IGOWSTBUS"), ("East African Community", "IGOEAFEAC"),
    ("Oxfam", "NGOXFM"), ("Committee to Protect Journalists", "NGOHRIMED"), ("UNIFIL", "IGOUNO"),
    ("Arakan Army", "MMRREB"), ("ISWAP", "NGAREB"), ("Kataib Hezbollah", "IRQREB"),
    ("Popular Mobilization Forces", "IRQMIL"), ("ELN", "COLREB"), ("Sinaloa Cartel", "MEXCRM"),
    ("Tren de Aragua", "VENCRM"), ("Rohingya", "MMR"), ("Uyghurs", "CHN"), ("Alawites", "SYR"),
    ("Tigrayans", "ETH"), ("Polisario Front", "ESHREB"), ("Sahrawis", "ESH"), ("Georgian Dream", "GEOGOV"),
    ("ZANU-PF", "ZWEGOV"), ("MINURSO", "IGOUNO"),
])
def test_organisations_groups_and_peoples(resolver, name, code):
    ref = resolver.resolve_text(name, "2025-06-01")
    assert ref is not None and ref.code == code


def test_ethnonym_abroad_and_at_home(nlp, resolver):
    assert codes(resolver, nlp, "Rohingya refugees protested.", "2025-06-01") == ["MMRREF"]
    assert codes(resolver, nlp, "Tigrayan fighters attacked the town.", "2025-06-01") == ["ETHREB"]
    # "Kurds" live in several states: no country of their own
    assert codes(resolver, nlp, "Kurds marched on Sunday.", "2025-06-01") == []


def test_bare_surname_after_a_spelling_of_the_first_name(nlp, resolver):
    assert codes(resolver, nlp, "Vladimir Zelensky visited the front.", "2025-06-01") == ["UKRGOV"]


def test_news_agencies_have_no_country(resolver):
    # a dateline credit "(AFP)" or "(Reuters)" must never count as a country the article is about
    for name in ("AFP", "Reuters", "Xinhua"):
        ref = resolver.resolve_text(name)
        assert ref is not None and ref.code == "---MED"


def test_plain_congo_is_the_drc_as_wire_services_write_it(resolver):
    assert resolver.resolve_text("Congo", "2025-06-01").code == "COD"
    assert resolver.resolve_text("Republic of Congo", "2025-06-01").code == "COG"


def test_a_named_countrys_institution_is_that_countrys(nlp):
    from detente.pipeline import code_text

    got = {(m.source.code, m.target.code if m.target else None)
           for m in code_text("Colombia's president called Peru's Congress illegitimate.", date="2025-06-01")}
    assert ("COLGOV", "PERLEG") in got


def test_two_subjects_owned_by_its_do_not_recurse(nlp):
    from detente.pipeline import code_text
    # the parser may leave two "its" subjects on one verb; each asks for the other's owner
    assert isinstance(code_text("Its troops its officers shelled the village.", date="2025-06-01"), list)


def test_an_unnamed_ministry_is_not_the_country_whose_envoy_it_summons(nlp):
    from detente.pipeline import code_articles
    from detente.records import Article

    text = ("The Philippines said Chinese coast guard ships boarded one of its fishing boats on Thursday.\n\n"
            "The Department of Foreign Affairs summoned the Chinese ambassador in Manila.")
    coded = next(code_articles([Article(id="s1", paragraphs=text.split("\n\n"), published="2025-06-01")]))
    got = {(m.source.country, m.target.country if m.target else None, m.root_code) for m in coded.mentions}
    assert ("PHL", "CHN", "11") in got


def test_an_unnamed_ministry_calling_in_an_envoy_is_not_the_envoys_country(nlp):
    from detente.pipeline import code_articles
    from detente.records import Article

    # the parser takes "called in" for a verb and a preposition: the envoy is still the act's object
    text = ("NAIROBI - Kenya accused Uganda on Monday of letting armed cattle raiders cross into Turkana. "
            "A government spokesman said the raiders had come from the Ugandan side of the frontier.\n\n"
            "The foreign ministry called in Uganda's ambassador on Tuesday.")
    coded = next(code_articles([Article(id="s1", paragraphs=text.split("\n\n"), published="2025-06-01")]))
    got = {(m.source.country, m.target.country if m.target else None, m.root_code) for m in coded.mentions
           if m.sentence_index == 3}
    assert got == {("KEN", "UGA", "11")}


# ---- definite descriptions that repeat a name's head word or hang on a possessor ----------------

def test_description_repeating_a_names_head_word_is_that_actor(nlp, resolver):
    text = ("Kenya's National Intelligence Service arrested two men in Nairobi on Monday. "
            "The service accused Somalia of sheltering their network.")
    doc = nlp(text)
    named = resolver.resolve(head_of(doc, "Service"), "2025-06-01")
    assert named is not None
    assert _anaphors(nlp, resolver, text)["service"] == named.code
    # a one-word name gives no head word to repeat, and a head word of the clause's own actor is no antecedent
    assert _anaphors(nlp, resolver, "Ghana protested. The service denied it.")["service"] is None


def test_possessor_referring_back_gives_the_institution(nlp, resolver):
    text = ("Iran's Revolutionary Guards seized a tanker on Friday. "
            "The Guards' navy said it had detained the crew.")
    assert _anaphors(nlp, resolver, text)["navy"] == "IRNMIL"
    text = "Pakistan rejected the claim on Monday. Officials said the country's navy was on alert."
    assert _anaphors(nlp, resolver, text)["navy"] == "PAKMIL"


@pytest.mark.parametrize(("text", "head", "code"), [
    ("The Unification Ministry said it would send aid.", "Ministry", "KORGOV"),
    ("ISPR said two soldiers were killed.", "ISPR", "PAKMIL"),
    ("The Tatmadaw bombed the village.", "Tatmadaw", "MMRMIL"),
])
def test_institutions_only_one_state_has(nlp, resolver, text, head, code):
    ref = resolver.resolve(head_of(nlp(text), head), "2025-06-01")
    assert ref is not None and ref.code == code


# ---- 2025-26 coverage: officials, institutions, metonyms, former office holders -------------

@pytest.mark.parametrize(("name", "date", "code"), [
    # interior ministers, central bankers, spokespeople and envoys the generated data lacks
    ("Alexander Dobrindt", "2025-06-01", "DEUGOV"),
    ("Laurent Nunez", "2025-06-01", "FRACOP"),           # Paris police prefect...
    ("Laurent Nuñez", "2025-11-01", "FRAGOV"),           # ...then interior minister
    ("Shabana Mahmood", "2025-10-01", "GBRGOV"),
    ("Kipchumba Murkomen", "2025-06-01", "KENGOV"),
    ("Mohsin Naqvi", "2025-06-01", "PAKGOV"),
    ("Kash Patel", "2025-06-01", "USACOP"),
    ("Jerome Powell", "2025-06-01", "USAGOVBUS"),
    ("Elvira Nabiullina", "2025-06-01", "RUSGOVBUS"),
    ("Christine Lagarde", "2025-06-01", "IGOEUREEC"),
    ("Christine Lagarde", "2015-06-01", "IGOBUSIMF"),
    ("Randhir Jaiswal", "2025-06-01", "INDGOV"),
    ("Tammy Bruce", "2025-06-01", "USAGOV"),
    ("Kao Kim Hourn", "2025-06-01", "IGOSEAASN"),
    ("Marta Kos", "2025-06-01", "IGOEUREEC"),
    ("Andrej Plenković", "2025-06-01", "HRVGOV"),
    ("Irfaan Ali", "2025-06-01", "GUYGOV"),
    ("Ukhnaa Khurelsukh", "2025-06-01", "MNGGOV"),
    ("Sihasak Phuangketkeow", "2025-10-01", "THAGOV"),
    # former office holders: the country's elite once the role has ended
    ("Maris Sangiampongsa", "2025-12-01", "THAELI"),
    ("Bruno Retailleau", "2025-12-01", "FRAELI"),
    ("Gen Nakatani", "2025-12-01", "JPNELI"),
    ("Moon Jae-in", "2025-06-01", "KORELI"),
    ("Pedro Castillo", "2025-06-01", "PERELI"),
    ("Abdalla Hamdok", "2025-06-01", "SDNOPP"),
    # a former IGO official is an elite of his own country, not the organisation
    ("Josep Borrell", "2025-06-01", "ESPELI"),
    ("Josep Borrell", "2022-06-01", "IGOEUREEC"),
    ("Martin Griffiths", "2025-06-01", "GBRELI"),
])
def test_current_and_former_officials_2025_26(resolver, name, date, code):
    ref = resolver.resolve_text(name, date)
    assert ref is not None and ref.code == code


@pytest.mark.parametrize(("name", "code"), [
    ("Bundeswehr", "DEUMIL"), ("Rada", "UKRLEG"), ("Majlis", "IRNLEG"), ("Sejm", "POLLEG"),
    ("Bundestag", "DEULEG"), ("FSB", "RUSSPY"), ("SBU", "UKRSPY"), ("ISI", "PAKSPY"),
    ("Roskomnadzor", "RUSGOV"), ("Border Security Force", "INDMIL"), ("FARDC", "CODMIL"),
    ("Bank of England", "GBRGOVBUS"), ("Reserve Bank of India", "INDGOVBUS"),
    ("Viv Ansanm", "HTIREB"), ("Los Lobos", "ECUREB"), ("Jaish al-Adl", "IRNREB"),
    ("SPLM-IO", "SSDREB"), ("Allied Democratic Forces", "UGAREB"), ("AQAP", "IMGMUSALQ"),
    ("Lakurawa", "NGAREB"), ("Nepali", "NPL"), ("Somalis", "SOM"), ("Kosovars", "KSV"),
    ("Rawalpindi", "PAKMIL"), ("Blue House", "KORGOV"), ("Casa Rosada", "ARGGOV"),
])
def test_institutions_groups_and_demonyms_2025_26(resolver, name, code):
    ref = resolver.resolve_text(name, "2025-06-01")
    assert ref is not None and ref.code == code


def test_tplf_was_an_armed_group_only_during_the_tigray_war(resolver):
    assert resolver.resolve_text("TPLF", "2021-06-01").code == "ETHREB"
    assert resolver.resolve_text("TPLF", "2025-06-01").code == "ETHOPP"


@pytest.mark.parametrize(("text", "head", "code"), [
    # a seat of government stands for it...
    ("Tehran rejected the accusation.", "Tehran", "IRNGOV"),
    ("The Casa Rosada rejected the accusation.", "Rosada", "ARGGOV"),
    # ...but with a sector word or as a place it is only the country
    ("Protesters in Nairobi blocked the road.", "Protesters", "KENOPP"),
    ("Moscow residents queued for fuel.", "residents", "RUSCVL"),
    ("Beijing police detained two activists.", "police", "CHNCOP"),
    ("Washington lawmakers criticised the deal.", "lawmakers", "USALEG"),
    # members of a seat of power are that institution
    ("Kremlin officials denied the report.", "officials", "RUSGOV"),
    ("Pentagon officials denied the report.", "officials", "USAMIL"),
    # an organisation's own head or body is the organisation
    ("The World Bank president visited Kenya.", "president", "IGOUNODEVWBK"),
    ("The ICC prosecutor sought a warrant.", "prosecutor", "IGOJUDICC"),
    ("NATO troops patrolled the border.", "troops", "IGOWSTNATMIL"),
    # titles and institution names
    ("Britain's home secretary announced the measure.", "secretary", "GBRGOV"),
    ("The Israeli military chief of staff visited the base.", "chief", "ISRMIL"),
    ("Saudi air defences intercepted the drone.", "defences", "SAUMIL"),
    ("The Somali National Army retook the town.", "Army", "SOMMIL"),
    ("Eritrean officials rejected the claim.", "officials", "ERIGOV"),
    ("Nepali protesters stormed the parliament.", "protesters", "NPLOPP"),
])
def test_phrases_2025_26(nlp, resolver, text, head, code):
    ref = resolver.resolve(head_of(nlp(text), head), "2025-06-01")
    assert ref is not None and ref.code == code


def test_hyphenated_name_split_by_the_parser_is_one_person(nlp, resolver):
    # the parser may make "Itamar", "Ben" and "Gvir" sibling subjects; the PERSON span joins them
    doc = nlp("Itamar Ben-Gvir criticised Germany on Tuesday.")
    for word in ("Itamar", "Ben", "Gvir"):
        ref = resolver.resolve(head_of(doc, word), "2025-06-01")
        assert ref is not None and ref.code == "ISRGOV" and ref.text == "Itamar Ben-Gvir"


def test_generated_aliases_take_the_hand_written_roles(resolver):
    # the 2014 files hold "Russian President Vladimir Putin" with roles closed in 2015
    assert resolver.resolve_text("Russian President Vladimir Putin", "2025-06-01").code == "RUSGOV"
    assert resolver.resolve_text("President Xi Jinping", "2025-06-01").code == "CHNGOV"


def test_absorb_aliases_links_only_unambiguous_full_names():
    from detente.actors.data import Lexicon

    new = Entry("person", (Role("XXXGOV", "2020-01-01"),), ("Ann Lee", "Lee"), "current")
    old = Entry("person", (Role("XXXGOV", None, "2015-12-31"),), ("ann lee", "president ann lee"), "generated")
    shared_surname = Entry("person", (Role("YYYGOV"),), ("bob lee", "lee"), "generated")
    lexicon = Lexicon()
    for entry in (old, shared_surname):
        lexicon.add_entry(entry, override=False)
    lexicon.add_entry(new, override=True)
    assert lexicon.absorb_aliases([old, shared_surname], [new]) == 1
    assert lexicon.names[("president", "ann", "lee")] == [new]
    assert lexicon.names[("bob", "lee")] == [shared_surname]  # a surname alone links nobody


def test_a_qualified_body_noun_is_a_new_body_not_the_last_organisation(nlp, resolver):
    text = ("The European Union urged calm on Monday. "
            "Peru said it would convene the binational commission on river navigation.")
    assert _anaphors(nlp, resolver, text)["commission"] is None
    text = "The European Union urged calm on Monday. Peru said the commission had failed."
    assert _anaphors(nlp, resolver, text)["commission"] == "IGOEUREEC"


def test_a_nationality_word_after_inter_or_pan_names_no_one_state(nlp, resolver):
    doc = nlp("The Inter-American Commission on Human Rights condemned the arrests.")
    ref = resolver.resolve(head_of(doc, "Commission"), "2026-02-01")
    assert ref is not None and ref.code == "IGOOAS"
    doc = nlp("The Pan-American Health Organization sent vaccines.")
    ref = resolver.resolve(head_of(doc, "Organization"), "2026-02-01")
    assert ref is None or ref.country != "USA"


def test_a_party_is_its_government_only_while_it_rules(resolver):
    assert resolver.resolve_text("Awami League", "2020-03-01").code == "BGDGOV"
    assert resolver.resolve_text("Awami League", "2025-03-01").code == "BGDOPP"
    assert resolver.resolve_text("PTI", "2025-03-01") is None  # also the Press Trust of India


@pytest.mark.parametrize("word", ["Kyiv-backed", "O’Neill", "São", "U.S.-led", "Erdoğan's", ""])
def test_remembered_word_parts_are_the_parts(word):
    assert word_parts(word) == tuple(parts(word))
    assert word_parts(word) is word_parts(word)  # split once, then remembered


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesian student leaders demanded reforms.", "IDNEDU"),
    ("Kenyan opposition leaders called for protests.", "KENOPP"),
    ("Afghan community leaders met the governor.", "AFGCVL"),
    ("Kenyan leaders met in Nairobi.", "KENGOV"),
])
def test_leaders_of_a_sector_of_society_are_of_that_sector(resolver, nlp, text, expected):
    assert codes(resolver, nlp, text)[0] == expected
