"""Exports: mention JSONL/CSV, GDELT 2.0 Event/Mentions tables, Parquet/CSV/JSONL tables."""

from __future__ import annotations

import csv
import io
import json

import pytest

from detente.errors import ConfigError
from detente.export import (
    fips_code,
    write_gdelt_events,
    write_gdelt_mentions,
    write_mentions,
    write_table,
    write_tables,
)
from detente.export.gdelt import actor_fields, event_record
from detente.records import ActorRef, Article, Event, Location, Mention

# GDELT 2.0 Event Codebook column order, written out here independently of the writer.
GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
    "NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier "
    "SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence "
    "MentionDocLen MentionDocTone MentionDocTranslationInfo Extras"
).split()

TEXT = ("Russian Foreign Minister Sergei Lavrov met Ukrainian officials in Geneva on Monday.\n\n"
        "Moscow demanded that Kyiv withdraw its troops from the border.")


def make_article() -> Article:
    return Article(id="a1", paragraphs=TEXT.split("\n\n"), title="Talks in Geneva",
                   published="2024-03-04", url="https://www.example.org/news/talks", publisher="Example News")


def make_mentions() -> list[Mention]:
    second = TEXT.index("Moscow")
    return [
        Mention(doc_id="a1", sentence_index=0, sentence=TEXT[:second - 2], sentence_start=0,
                source=ActorRef("RUSGOV", "Russia (government)", "Russian Foreign Minister Sergei Lavrov", 0, 38),
                target=ActorRef("UKRGOV", "Ukraine (government)", "Ukrainian officials", 43, 62),
                event_code="042", root_code="04", quad_class=1, goldstein=1.9,
                plover_type="CONSULT", plover_mode="visit", date="2024-03-04",
                location=Location("Geneva", "CHE", 46.2022, 6.1457), confidence=0.85, rule="verb:meet",
                verb_text="met", verb_start=39, verb_end=42),
        Mention(doc_id="a1", sentence_index=1, sentence=TEXT[second:], sentence_start=second,
                source=ActorRef("RUSGOV", "Russia (government)", "Moscow", second, second + 6),
                target=ActorRef("UKRGOV", "Ukraine (government)", "Kyiv", second + 21, second + 25),
                event_code="1056", root_code="10", quad_class=3, goldstein=-5.0,
                plover_type="DEMAND", plover_mode="withdraw", negated=False, hypothetical=True,
                date="2024-03-04", confidence=0.6, rule="verb:demand",
                verb_text="demanded", verb_start=second + 7, verb_end=second + 15),
    ]


def make_events() -> list[Event]:
    return [
        Event(id=7, source_code="RUSGOV", target_code="UKRGOV", event_code="042", root_code="04",
              quad_class=1, goldstein=1.9, date="2024-03-04", plover_type="CONSULT", plover_mode="visit",
              source_name="Russia (government)", target_name="Ukraine (government)",
              location=Location("Kyiv", "UKR", 50.4501, 30.5234), num_mentions=3, num_sources=2,
              num_articles=2, first_seen="2024-03-04T09:15:00", source_url="https://www.example.org/news/talks",
              confidence=0.85),
        Event(id=8, source_code="USAMIL", target_code="IGOWSTNAT", event_code="0231", root_code="02",
              quad_class=1, goldstein=3.4, date="2023-12-31", source_name="United States (military)",
              target_name="NATO", num_mentions=1, num_sources=1, num_articles=1,
              first_seen="2024-01-01", source_url=None, confidence=0.5),
    ]


def test_write_mentions_jsonl_is_one_to_dict_per_line() -> None:
    out = io.StringIO()
    mentions = make_mentions()
    assert write_mentions(mentions, out, "jsonl") == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [m.to_dict() for m in mentions]


def test_write_mentions_csv_flattens_every_field() -> None:
    out = io.StringIO()
    assert write_mentions(make_mentions(), out, "csv") == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    first, second = rows
    assert first["event_code"] == "042" and first["root_code"] == "04"
    assert first["source_code"] == "RUSGOV" and first["source_text"].startswith("Russian Foreign Minister")
    assert first["target_name"] == "Ukraine (government)"
    assert first["plover_type"] == "CONSULT" and first["plover_mode"] == "visit"
    assert first["location_name"] == "Geneva" and first["location_lat"] == "46.2022"
    assert first["verb"] == "met" and first["verb_start"] == "39" and first["rule"] == "verb:meet"
    assert first["negated"] == "False" and second["hypothetical"] == "True"
    assert second["sentence_start"] == str(TEXT.index("Moscow")) and second["confidence"] == "0.6"


def test_write_mentions_csv_batches_share_one_header() -> None:
    out = io.StringIO()
    first, second = make_mentions()
    write_mentions([first], out, "csv", header=True)
    write_mentions([second], out, "csv", header=False)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["event_code"] for row in rows] == ["042", "1056"]


def test_write_mentions_rejects_unknown_format() -> None:
    with pytest.raises(ConfigError, match="jsonl, csv"):
        write_mentions(make_mentions(), io.StringIO(), "xml")


@pytest.mark.parametrize(("iso", "fips"), [
    ("USA", "US"), ("RUS", "RS"), ("CHN", "CH"), ("DEU", "GM"), ("GBR", "UK"), ("UKR", "UP"),
    ("ISR", "IS"), ("IRN", "IR"), ("JPN", "JA"), ("KOR", "KS"), ("PRK", "KN"), ("IND", "IN"),
    ("PAK", "PK"), ("TUR", "TU"), ("FRA", "FR"), ("UA", "UP"), ("XYZ", ""), (None, ""),
])
def test_fips_codes(iso: str | None, fips: str) -> None:
    assert fips_code(iso) == fips


def test_actor_fields_split_cameo_codes() -> None:
    assert actor_fields("RUSGOVMIL", "Russia") == ["RUSGOVMIL", "Russia", "RUS", "", "", "", "", "GOV", "MIL", ""]
    assert actor_fields("IGOWSTNAT", "NATO") == ["IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO", "", ""]
    assert actor_fields("IRQREBSHI", None)[2:10] == ["IRQ", "", "", "SHI", "", "REB", "", ""]
    assert actor_fields(None, None) == [""] * 10


def test_unknown_country_actors_have_no_gdelt_country() -> None:
    # GDELT codes actors of unknown country without one: "CVL", empty CountryCode
    assert actor_fields("---CVL", "Civilians") == ["CVL", "Civilians", "", "", "", "", "", "CVL", "", ""]
    assert actor_fields("---GOVMIL", None)[:3] + actor_fields("---GOVMIL", None)[7:] == ["GOVMIL", "", "", "GOV",
                                                                                           "MIL", ""]
    assert actor_fields("---", "Unidentified actor") == ["", "Unidentified actor", *[""] * 8]


def read_gdelt(text: str, columns: list[str]):
    pd = pytest.importorskip("pandas")
    return pd.read_csv(io.StringIO(text), sep="\t", header=None, names=columns, dtype=str,
                       keep_default_na=False, quoting=3)


def test_gdelt_events_read_back_with_published_columns() -> None:
    out = io.StringIO()
    mentions = make_mentions()
    assert write_gdelt_events(make_events(), out, mentions=lambda eid: mentions if eid == 7 else []) == 2
    text = out.getvalue()
    assert all(line.count("\t") == 60 for line in text.splitlines())
    frame = read_gdelt(text, GDELT_EVENT_COLUMNS)
    assert frame.shape == (2, 61)
    talks, appeal = frame.to_dict("records")
    assert talks["GLOBALEVENTID"] == "7" and talks["SQLDATE"] == "20240304"
    assert talks["MonthYear"] == "202403" and talks["Year"] == "2024" and talks["FractionDate"] == "2024.1749"
    assert (talks["Actor1Code"], talks["Actor1CountryCode"], talks["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert talks["Actor2CountryCode"] == "UKR" and talks["Actor2Name"] == "Ukraine (government)"
    assert (talks["EventCode"], talks["EventBaseCode"], talks["EventRootCode"]) == ("042", "042", "04")
    assert talks["QuadClass"] == "1" and talks["GoldsteinScale"] == "1.9" and talks["IsRootEvent"] == "1"
    assert (talks["NumMentions"], talks["NumSources"], talks["NumArticles"]) == ("3", "2", "2")
    assert talks["ActionGeo_Type"] == "4" and talks["ActionGeo_FullName"] == "Kyiv"
    assert talks["ActionGeo_CountryCode"] == "UP" and talks["ActionGeo_Lat"] == "50.4501"
    assert talks["Actor1Geo_Type"] == "0" and talks["Actor1Geo_CountryCode"] == ""
    assert talks["DATEADDED"] == "20240304091500"
    assert talks["SOURCEURL"] == "https://www.example.org/news/talks"
    # leading zeros survive in every code column
    assert (appeal["EventCode"], appeal["EventBaseCode"], appeal["EventRootCode"]) == ("0231", "023", "02")
    assert appeal["SQLDATE"] == "20231231" and appeal["FractionDate"] == "2024.0000"
    assert appeal["Actor2KnownGroupCode"] == "NAT" and appeal["Actor2CountryCode"] == ""
    assert appeal["Actor1Type1Code"] == "MIL" and appeal["IsRootEvent"] == "0"
    assert appeal["ActionGeo_Type"] == "0" and appeal["DATEADDED"] == "20240101000000"
    assert appeal["SOURCEURL"] == ""


def test_gdelt_events_header_option_names_the_columns() -> None:
    out = io.StringIO()
    write_gdelt_events(make_events()[:1], out, header=True)
    assert out.getvalue().splitlines()[0].split("\t") == GDELT_EVENT_COLUMNS


def test_gdelt_mentions_read_back_with_published_columns() -> None:
    out = io.StringIO()
    event = make_events()[0]
    mentions = make_mentions()
    count = write_gdelt_mentions([(event, m) for m in mentions], out, articles={"a1": make_article()})
    assert count == 2
    frame = read_gdelt(out.getvalue(), GDELT_MENTION_COLUMNS)
    assert frame.shape == (2, 16)
    first, second = frame.to_dict("records")
    assert first["GLOBALEVENTID"] == "7" and first["EventTimeDate"] == "20240304091500"
    assert first["MentionTimeDate"] == "20240304000000" and first["MentionType"] == "1"
    assert first["MentionSourceName"] == "example.org"
    assert first["MentionIdentifier"] == "https://www.example.org/news/talks"
    assert (first["SentenceID"], second["SentenceID"]) == ("1", "2")
    assert (first["Actor1CharOffset"], first["Actor2CharOffset"], first["ActionCharOffset"]) == ("0", "43", "39")
    assert first["InRawText"] == "1" and first["Confidence"] == "85" and second["Confidence"] == "60"
    assert first["MentionDocLen"] == str(len(TEXT))


def test_gdelt_times_are_utc_and_bad_dates_stay_empty() -> None:
    event = make_events()[0]
    event.first_seen = "2024-03-04T09:15:00+02:00"
    event.date = "around March"
    fields = dict(zip(GDELT_EVENT_COLUMNS, event_record(event)))
    assert fields["DATEADDED"] == "20240304071500"
    assert (fields["SQLDATE"], fields["MonthYear"], fields["Year"], fields["FractionDate"]) == ("", "", "", "")


def test_gdelt_mentions_without_article_fall_back_to_ids() -> None:
    out = io.StringIO()
    event, mention = make_events()[0], make_mentions()[0]
    mention.target = ActorRef("UKRGOV", "Ukraine (government)", "it", None, None)
    write_gdelt_mentions([(event, mention)], out, articles=lambda doc_id: None)
    fields = out.getvalue().rstrip("\n").split("\t")
    assert len(fields) == 16
    row = dict(zip(GDELT_MENTION_COLUMNS, fields))
    assert row["MentionIdentifier"] == "a1" and row["MentionSourceName"] == ""
    assert row["Actor2CharOffset"] == "-1" and row["InRawText"] == "0" and row["MentionDocLen"] == ""


def test_parquet_tables_keep_types_for_pyarrow_pandas_duckdb_polars(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    mentions = make_mentions()
    written = write_tables(make_events(), [(7, mentions[0]), (None, mentions[1])], tmp_path / "out", "parquet")
    events_path, events_rows = written["events"]
    mentions_path, mentions_rows = written["mentions"]
    assert (events_rows, mentions_rows) == (2, 2)

    events = pq.read_table(events_path)
    assert str(events.schema.field("event_code").type) == "string"
    assert events.column("event_code").to_pylist() == ["042", "0231"]
    assert events.column("plover_type").to_pylist() == ["CONSULT", None]
    table = pq.read_table(mentions_path)
    assert table.column("event_id").to_pylist() == [7, None]
    assert table.column("hypothetical").to_pylist() == [False, True]

    pd = pytest.importorskip("pandas")
    frame = pd.read_parquet(mentions_path)
    assert list(frame["root_code"]) == ["04", "10"] and list(frame["plover_mode"]) == ["visit", "withdraw"]

    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(f"SELECT event_code, num_mentions FROM '{events_path}' ORDER BY id").fetchall()
    assert rows == [("042", 3), ("0231", 1)]

    pl = pytest.importorskip("polars")
    polars_frame = pl.read_parquet(mentions_path)
    assert polars_frame["source_code"].to_list() == ["RUSGOV", "RUSGOV"]
    assert polars_frame["location_lat"].to_list() == [46.2022, None]


def test_csv_and_jsonl_tables(tmp_path) -> None:
    events = make_events()
    assert write_table("events", events, tmp_path / "events.csv", "csv") == 2
    rows = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    assert rows[1]["event_code"] == "0231" and rows[0]["location_country"] == "UKR"
    assert write_table("mentions", [(None, m) for m in make_mentions()], tmp_path / "m.jsonl", "jsonl") == 2
    records = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[1]["event_code"] == "1056" and records[1]["plover_type"] == "DEMAND"
    assert records[0]["event_id"] is None and records[0]["verb"] == "met"


def test_empty_parquet_table_still_has_the_schema(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert write_table("events", [], tmp_path / "e.parquet", "parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
    assert "plover_mode" in pq.read_schema(tmp_path / "e.parquet").names


def test_write_table_rejects_unknown_format(tmp_path) -> None:
    with pytest.raises(ConfigError, match="parquet, csv, jsonl"):
        write_table("events", [], tmp_path / "x", "xlsx")


# -- CLI against a real (temporary) event database ---------------------------------------


@pytest.fixture()
def db_path(tmp_path) -> str:
    from detente.records import CodedArticle
    from detente.store import Store

    art = make_article()
    path = str(tmp_path / "events.db")
    sentences = [(m.sentence_start, m.sentence_end) for m in make_mentions()]
    with Store(path) as store:
        store.add_batch([CodedArticle(art, sentences, make_mentions())])
    return path


def _many_events_store():
    """A store of 7 events (three with two mentions, one from a second article) and one negated mention."""
    from dataclasses import replace

    from detente.records import CodedArticle
    from detente.store import Store

    store = Store(":memory:")
    base = make_mentions()[0]
    first = make_article()
    second = Article(id="a2", paragraphs=TEXT.split("\n\n"), title="Talks again", published="2024-03-04",
                     url="https://other.example/b", publisher="Other")
    second.paragraphs[1] += " Officials confirmed it."
    days = [f"2024-03-{day:02d}" for day in range(1, 8)]
    ones = [replace(base, date=day) for day in days]
    again = [replace(base, date=day, doc_id="a2") for day in days[:3]]
    negated = replace(base, sentence_index=1, negated=True)
    store.add_batch([CodedArticle(first, [(0, 10)], [*ones, negated]), CodedArticle(second, [(0, 10)], again)])
    return store


def test_event_mentions_fetch_in_chunks_what_one_by_one_gives() -> None:
    from detente.export import EventMentions, store_mentions_with_events

    store = _many_events_store()
    events = store.events()
    assert len(events) == 7
    lookup = EventMentions(store, events, chunk=3)
    assert [lookup(e.id) for e in events] == [store.event_mentions(e.id) for e in events]
    pairs = list(EventMentions(store, events, chunk=2).pairs())
    assert [(e.id, m) for e, m in pairs] == [(e.id, m) for e in events for m in store.event_mentions(e.id)]
    assert len(pairs) == 10
    # articles come with the chunk: the first three events were reported by a2 as well
    assert [m.doc_id for m in lookup(events[0].id)] == ["a1", "a2"] and lookup.article("a2").title == "Talks again"
    with_ids = list(store_mentions_with_events(store))
    assert sorted(event_id or 0 for event_id, _ in with_ids) == sorted([0] + [e.id for e, _ in pairs])
    assert all(event_id == m.event_id for event_id, m in with_ids)
    store.close()


def test_gdelt_mentions_written_in_bulk_match_per_event_rows() -> None:
    from detente.export import EventMentions

    store = _many_events_store()
    events = store.events()
    bulk, single = io.StringIO(), io.StringIO()
    lookup = EventMentions(store, events, chunk=4)
    write_gdelt_mentions(lookup.pairs(), bulk, articles=lookup.article)
    one_by_one = [(e, m) for e in events for m in store.event_mentions(e.id)]
    write_gdelt_mentions(one_by_one, single, articles=store.article)
    assert bulk.getvalue() == single.getvalue() and bulk.getvalue().count("\n") == 10
    roots, plain = io.StringIO(), io.StringIO()
    write_gdelt_events(events, roots, mentions=EventMentions(store, events, chunk=3))
    write_gdelt_events(events, plain, mentions=store.event_mentions)
    assert roots.getvalue() == plain.getvalue()
    store.close()


def test_cli_export_gdelt_events_and_mentions(db_path, tmp_path, capsys) -> None:
    from detente.cli import main

    events_file, mentions_file = tmp_path / "events.tsv", tmp_path / "mentions.tsv"
    assert main(["export", "gdelt", "-o", str(events_file), "--db", db_path]) == 0
    assert "wrote 1 gdelt row(s)" in capsys.readouterr().err
    frame = read_gdelt(events_file.read_text(encoding="utf-8"), GDELT_EVENT_COLUMNS)
    assert frame.shape == (1, 61)  # the hypothetical demand forms no event
    row = frame.iloc[0]
    assert (row["EventCode"], row["EventRootCode"], row["SQLDATE"]) == ("042", "04", "20240304")
    assert row["Actor1CountryCode"] == "RUS" and row["Actor2Type1Code"] == "GOV" and row["IsRootEvent"] == "1"
    assert row["ActionGeo_CountryCode"] == "SZ" and row["SOURCEURL"] == "https://www.example.org/news/talks"
    assert len(row["DATEADDED"]) == 14

    assert main(["export", "gdelt-mentions", "-o", str(mentions_file), "--db", db_path]) == 0
    mentions = read_gdelt(mentions_file.read_text(encoding="utf-8"), GDELT_MENTION_COLUMNS)
    assert mentions.shape == (1, 16)
    assert mentions.iloc[0]["GLOBALEVENTID"] == row["GLOBALEVENTID"]
    assert mentions.iloc[0]["Confidence"] == "85" and mentions.iloc[0]["MentionSourceName"] == "example.org"


def test_cli_export_gdelt_to_stdout_with_header(db_path, capsys) -> None:
    from detente.cli import main

    assert main(["export", "gdelt", "-o", "-", "--header", "--db", db_path, "--since", "2024-03-05"]) == 0
    assert capsys.readouterr().out.splitlines() == ["\t".join(GDELT_EVENT_COLUMNS)]


def test_cli_export_parquet_directory(db_path, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from detente.cli import main

    out = tmp_path / "tables"
    assert main(["export", "parquet", "-o", str(out), "--db", db_path]) == 0
    events = pq.read_table(out / "events.parquet").to_pylist()
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    assert [e["event_code"] for e in events] == ["042"] and events[0]["plover_type"] == "CONSULT"
    by_code = {m["event_code"]: m for m in mentions}
    assert by_code["042"]["event_id"] == events[0]["id"]
    assert by_code["1056"]["event_id"] is None and by_code["1056"]["hypothetical"] is True


def test_cli_export_single_table_file_and_errors(db_path, tmp_path, capsys) -> None:
    from detente.cli import main

    target = tmp_path / "mentions.csv"
    assert main(["export", "csv", "--table", "mentions", "-o", str(target), "--db", db_path]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert sorted(row["event_code"] for row in rows) == ["042", "1056"]
    capsys.readouterr()
    assert main(["export", "jsonl", "-o", "-", "--db", db_path]) == 2
    assert "give -o DIRECTORY" in capsys.readouterr().err
    assert main(["export", "gdelt", "-o", "-", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no event database" in capsys.readouterr().err
