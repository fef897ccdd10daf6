"""A corpus of a few hundred hand-built coded articles through every analysis command.

About 400 articles over 2024 (several dyads, stories reported by up to three outlets,
syndicated copies, exact re-posts, hypothetical statements, actors of unknown country)
are stored in a temporary database; ``detente db stats``, ``dyad``, ``top-dyads``,
``export gdelt|gdelt-mentions|parquet``, ``brief`` and ``chart`` then run through
:func:`detente.cli.main`, and their outputs are checked against the generator's own
ground truth. Wall times are written to ``test-artifacts/scale_corpus_timings.json``
for reading, never asserted (the machine is shared).
"""

from __future__ import annotations

import csv
import io
import json
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente.analysis.dyads import dyad_pair, periods_between
from detente.cli import main
from detente.codes import lookup
from detente.records import ActorRef, Article, CodedArticle, Mention

SEED = 2024
STORIES = 220
BATCH = 50
PUBLISHERS = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "Kyiv Independent", "TASS"]
SYNDICATORS = ["Yahoo News", "MSN"]

# (source code, source words, verb, CAMEO code, target code, target words)
TEMPLATES = [
    ("RUSMIL", "Russian forces", "shelled", "190", "UKR", "Ukrainian towns"),
    ("RUSGOV", "The Kremlin", "threatened", "130", "UKRGOV", "Kyiv"),
    ("UKRGOV", "Kyiv", "accused", "112", "RUSGOV", "Moscow"),
    ("UKRMIL", "Ukrainian troops", "attacked", "190", "RUSMIL", "Russian positions"),
    ("USAGOV", "Washington", "pledged", "071", "UKRGOV", "Kyiv"),
    ("USAGOV", "The White House", "criticized", "111", "CHNGOV", "Beijing"),
    ("CHNGOV", "Beijing", "rejected", "120", "USAGOV", "Washington"),
    ("IGOWSTNAT", "NATO", "condemned", "111", "RUSGOV", "Moscow"),
    ("RUSGOV", "Russian diplomats", "met", "036", "CHNGOV", "Chinese officials"),
    ("---CVL", "Protesters", "rallied against", "141", "RUSGOV", "the Kremlin"),
    ("RUSGOV", "Moscow", "detained", "173", "RUSOPP", "opposition activists"),
]
NAMES = {"RUSMIL": "Russia military", "RUSGOV": "Russia government", "UKR": "Ukraine",
         "UKRGOV": "Ukraine government", "UKRMIL": "Ukraine military", "USAGOV": "United States government",
         "CHNGOV": "China government", "IGOWSTNAT": "NATO", "---CVL": "Civilians", "RUSOPP": "Russia opposition"}
WORDS = ("analysts officials budget harbour winter grain pipeline talks council border rail ministry press "
         "market summit energy vote court river convoy sanctions treaty envoy reserve harvest bridge port "
         "coalition election drone airspace corridor mayor province bank currency tariff cable satellite "
         "refinery factory shipment minister parliament committee audit strike rally school hospital").split()


@dataclass
class Truth:
    """What the generator put in, for checking what the commands report."""

    stored_articles: int = 0
    near_duplicates: int = 0
    exact_duplicates: int = 0
    mentions: int = 0
    hypothetical: int = 0
    reports: Counter = field(default_factory=Counter)  # event key -> original articles reporting it
    sources: dict = field(default_factory=lambda: defaultdict(set))  # event key -> publishers
    copies: Counter = field(default_factory=Counter)  # event key -> syndicated copies reporting it
    maybe: Counter = field(default_factory=Counter)  # event key -> hypothetical mentions of it
    anchor: tuple = ()


def _filler(rng: random.Random, count: int) -> list[str]:
    """Random sentences, so independent reports share almost no word shingles."""
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 14))).capitalize() + "."
            for _ in range(count)]


def _mention(doc_id: str, text: str, sentence: str, index: int, template: tuple, day: str, *,
             hypothetical: bool = False) -> Mention:
    source_code, source_words, verb, code, target_code, target_words = template
    start = text.index(sentence)
    source_at, verb_at = start + sentence.index(source_words), start + sentence.index(verb)
    target_at = start + sentence.index(target_words, sentence.index(verb))
    entry = lookup(code)
    return Mention(
        doc_id=doc_id, sentence_index=index, sentence=sentence, sentence_start=start,
        source=ActorRef(source_code, NAMES[source_code], source_words, source_at, source_at + len(source_words)),
        target=ActorRef(target_code, NAMES[target_code], target_words, target_at, target_at + len(target_words)),
        event_code=code, root_code=code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
        plover_type=entry.plover_type, plover_mode=entry.plover_mode, hypothetical=hypothetical,
        date=day, confidence=0.7, rule=f"scale:{code}", verb_text=verb, verb_start=verb_at,
        verb_end=verb_at + len(verb))


def _coded(doc_id: str, paragraphs: list[str], sentences: list[str], mentions: list[tuple], published: str,
           publisher: str) -> CodedArticle:
    article = Article(id=doc_id, paragraphs=paragraphs, title=f"Story {doc_id}", published=published,
                      url=f"https://{publisher.lower().replace(' ', '')}.example/{doc_id}", publisher=publisher,
                      source_path="scale", format="jsonl")
    text = article.text
    spans, cursor = [], 0
    for sentence in sentences:
        start = text.index(sentence, cursor)
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    coded = [_mention(doc_id, text, sentences[index], index, template, day, hypothetical=flag)
             for index, template, day, flag in mentions]
    return CodedArticle(article, spans, coded)


def build_corpus() -> tuple[list[CodedArticle], Truth]:
    """The seeded corpus, in ingest order, with its ground truth."""
    rng = random.Random(SEED)
    truth = Truth()
    items: list[CodedArticle] = []
    for story in range(STORIES):
        template = TEMPLATES[0] if story == 0 else rng.choice(TEMPLATES)
        day = (date(2024, 1, 1) + timedelta(days=rng.randrange(366))).isoformat()
        outlets = 3 if story == 0 else rng.choice([1, 1, 1, 2, 3])
        key = (template[0], template[4], template[3], day)
        if story == 0:
            truth.anchor = key
        for report, publisher in enumerate(rng.sample(PUBLISHERS, outlets)):
            doc_id = f"s{story}-r{report}"
            lead = f"{template[1]} {template[2]} {template[5]} on {date.fromisoformat(day):%B %d}."
            first, second = _filler(rng, 2), _filler(rng, 3)
            sentences = [lead, *first]
            mentions = [(0, template, day, False)]
            paragraphs = [" ".join([lead, *first]), " ".join(second)]
            if rng.random() < 0.15:
                maybe = f"{template[1]} could {template[2]} {template[5]} again."
                paragraphs[0] += f" {maybe}"
                sentences.append(maybe)
                mentions.append((len(sentences) - 1, template, day, True))
            sentences += second
            published = (date.fromisoformat(day) + timedelta(days=rng.choice([0, 0, 1]))).isoformat()
            item = _coded(doc_id, paragraphs, sentences, mentions, published, publisher)
            items.append(item)
            truth.stored_articles += 1
            truth.mentions += len(mentions)
            truth.hypothetical += len(mentions) - 1
            truth.maybe[key] += len(mentions) - 1
            truth.reports[key] += 1
            truth.sources[key].add(publisher)
            if (story == 0 and report == 0) or rng.random() < 0.12:
                # a syndicated copy: one word changed, another outlet
                words = second[1].split(" ")
                words[len(words) // 2] = "reportedly"
                edited = [second[0], " ".join(words), second[2]]
                copy = _coded(f"{doc_id}-syn", [paragraphs[0], " ".join(edited)],
                              sentences[:-len(second)] + edited, mentions, published, rng.choice(SYNDICATORS))
                items.append(copy)
                truth.stored_articles += 1
                truth.near_duplicates += 1
                truth.mentions += len(mentions)
                truth.hypothetical += len(mentions) - 1
                truth.maybe[key] += len(mentions) - 1
                truth.copies[key] += 1
            if rng.random() < 0.05:
                # the same text posted again under another id: stored once
                items.append(_coded(f"{doc_id}-again", paragraphs, sentences, mentions, published, publisher))
                truth.exact_duplicates += 1
    return items, truth


@pytest.fixture(scope="module")
def timings(artifacts_dir: Path):
    """Wall times of the run, written for reading after the module (never asserted)."""
    measured: dict[str, float] = {}
    yield measured
    (artifacts_dir / "scale_corpus_timings.json").write_text(json.dumps(measured, indent=2) + "\n",
                                                             encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, timings) -> tuple[str, Truth]:
    """The corpus stored in batches of 50, as ``detente ingest`` would."""
    from detente.store import Store

    items, truth = build_corpus()
    path = tmp_path_factory.mktemp("scale") / "events.db"
    started = time.perf_counter()
    with Store(path) as store:
        results = [store.add_batch(items[i:i + BATCH]) for i in range(0, len(items), BATCH)]
    elapsed = time.perf_counter() - started
    timings.update({"articles_in": len(items), "ingest_seconds": round(elapsed, 3),
                    "ingest_articles_per_second": round(len(items) / elapsed, 1)})
    assert sum(r.articles_added for r in results) == truth.stored_articles - truth.near_duplicates
    assert sum(r.articles_near_duplicate for r in results) == truth.near_duplicates
    assert sum(r.articles_duplicate for r in results) == truth.exact_duplicates
    assert sum(r.mentions_added for r in results) == truth.mentions
    return str(path), truth


def run(timings: dict, name: str, argv: list[str], capsys) -> tuple[str, str]:
    """Run one command, record its wall time, return (stdout, stderr)."""
    started = time.perf_counter()
    status = main(argv)
    timings[f"{name}_seconds"] = round(time.perf_counter() - started, 3)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out, err


def dyad_counts(truth: Truth) -> Counter:
    """Events per country-level dyad, from the ground truth."""
    counts: Counter = Counter()
    for source, target, _code, _day in truth.reports:
        pair = dyad_pair(source, target)
        if pair is not None:
            counts[pair] += 1
    return counts


def test_corpus_is_a_few_hundred_articles(corpus) -> None:
    _, truth = corpus
    assert 350 <= truth.stored_articles + truth.exact_duplicates <= 450
    assert truth.near_duplicates >= 20 and truth.hypothetical >= 20
    assert max(truth.reports.values()) >= 3


def test_db_stats(corpus, timings, capsys) -> None:
    path, truth = corpus
    out, _ = run(timings, "db_stats", ["db", "stats", "--db", path, "--json"], capsys)
    stats = json.loads(out)
    assert stats["articles"] == truth.stored_articles and stats["near_duplicates"] == truth.near_duplicates
    assert stats["mentions"] == truth.mentions
    assert stats["factual_mentions"] == truth.mentions - truth.hypothetical
    assert stats["events"] == len(truth.reports)
    top = dyad_counts(truth).most_common(1)[0]
    assert (stats["top_dyads"][0]["source"], stats["top_dyads"][0]["target"]) == top[0]
    assert stats["top_dyads"][0]["events"] == top[1]
    text, _ = run(timings, "db_stats_text", ["db", "stats", "--db", path], capsys)
    assert f"{top[0][0]} → {top[0][1]}" in text or f"{top[0][0]} -> {top[0][1]}" in text


def test_same_event_from_three_articles_and_a_copy(corpus) -> None:
    from detente.store import Store

    path, truth = corpus
    source, target, code, day = truth.anchor
    with Store(path, create=False) as store:
        [event] = [e for e in store.events(source=source, target=target, code=code, since=day, until=day)
                   if e.source_code == source and e.target_code == target]
        mentions = store.event_mentions(event.id)
        assert store.article_info("s0-r0-syn")["near_duplicate_of"] == "s0-r0"
    # three outlets: one event, three mentions; the syndicated copy adds a stored mention only
    assert (event.num_mentions, event.num_articles) == (truth.reports[truth.anchor],) * 2
    assert event.num_sources == len(truth.sources[truth.anchor])
    assert len(mentions) == truth.reports[truth.anchor] + truth.copies[truth.anchor]
    assert {m.event_id for m in mentions} == {event.id}


def test_every_event_counts_its_original_reports(corpus) -> None:
    from detente.store import Store

    path, truth = corpus
    with Store(path, create=False) as store:
        events = store.events()
    assert len(events) == len(truth.reports)
    for event in events:
        key = (event.source_code, event.target_code, event.event_code, event.date)
        assert (event.num_mentions, event.num_articles) == (truth.reports[key], truth.reports[key])
        assert event.num_sources == len(truth.sources[key])


def test_dyad_series_over_twelve_months(corpus, timings, capsys) -> None:
    path, truth = corpus
    out, _ = run(timings, "dyad", ["dyad", "RUS", "UKR", "--db", path, "--format", "json"], capsys)
    periods = json.loads(out)
    expected = Counter(day[:7] for s, t, _c, day in truth.reports if s[:3] == "RUS" and t[:3] == "UKR")
    assert [p["period"] for p in periods] == periods_between(f"{min(expected)}-01", f"{max(expected)}-01", "month")
    assert len(periods) == 12
    assert {p["period"]: p["total"] for p in periods if p["total"]} == dict(expected)
    assert all(p["q4"] + p["q3"] == p["total"] for p in periods)  # shelling and threats only
    table, _ = run(timings, "dyad_week_table", ["dyad", "RUS", "UKR", "--both-ways", "--by", "week",
                                                "--db", path], capsys)
    assert table.splitlines()[0].startswith("Russia (RUS)") and len(table.splitlines()) > 40


def test_top_dyads(corpus, timings, capsys) -> None:
    path, truth = corpus
    out, _ = run(timings, "top_dyads", ["top-dyads", "--db", path, "--limit", "20", "--format", "json"], capsys)
    data = json.loads(out)
    expected = sorted(dyad_counts(truth).items(), key=lambda item: (-item[1], item[0]))
    assert [((r["source"], r["target"]), r["events"]) for r in data["active"]] == expected
    assert all("---" not in (r["source"], r["target"]) and r["source"] != r["target"] for r in data["changed"])
    assert {r["source_name"] for r in data["active"]} >= {"Russia", "NATO"}


def test_export_gdelt_events_and_mentions(corpus, timings, tmp_path, capsys) -> None:
    path, truth = corpus
    events_file, mentions_file = tmp_path / "events.tsv", tmp_path / "mentions.tsv"
    run(timings, "export_gdelt", ["export", "gdelt", "-o", str(events_file), "--db", path], capsys)
    rows = list(csv.reader(io.StringIO(events_file.read_text(encoding="utf-8")), delimiter="\t"))
    assert len(rows) == len(truth.reports) and all(len(row) == 61 for row in rows)
    countries = {row[7] for row in rows} | {row[17] for row in rows}
    assert "---" not in countries and "" in countries  # protesters of unknown country: no CountryCode
    assert {row[5] for row in rows if row[7] == "" and not row[5].startswith("IGO")} == {"CVL"}
    assert sum(int(row[31]) for row in rows) == sum(truth.reports.values())  # NumMentions
    run(timings, "export_gdelt_mentions", ["export", "gdelt-mentions", "-o", str(mentions_file), "--db", path],
        capsys)
    mention_rows = mentions_file.read_text(encoding="utf-8").splitlines()
    factual_copies = sum(truth.copies.values())
    assert len(mention_rows) == sum(truth.reports.values()) + factual_copies
    event_ids = {row[0] for row in rows}
    assert {line.split("\t")[0] for line in mention_rows} == event_ids


def test_export_parquet_tables(corpus, timings, tmp_path, capsys) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path, truth = corpus
    out = tmp_path / "tables"
    run(timings, "export_parquet", ["export", "parquet", "-o", str(out), "--db", path], capsys)
    events = pq.read_table(out / "events.parquet").to_pylist()
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    assert len(events) == len(truth.reports) and len(mentions) == truth.mentions
    counts = Counter(m["event_id"] for m in mentions if m["event_id"] is not None)
    by_id = {e["id"]: e for e in events}
    assert set(counts) == set(by_id)
    assert sum(m["event_id"] is None for m in mentions) == truth.hypothetical
    assert all(m["hypothetical"] for m in mentions if m["event_id"] is None)


def test_brief(corpus, timings, capsys) -> None:
    path, truth = corpus
    out, _ = run(timings, "brief", ["brief", "RUS", "UKR", "--db", path, "--format", "json"], capsys)
    brief = json.loads(out)
    assert [side["name"] for side in brief["sides"]] == ["Russia", "Ukraine"]
    # every mention between the two, stated or hypothetical, copies included (all of a kind the brief covers)
    assert brief["statements"] == sum(
        counter[key] for counter in (truth.reports, truth.copies, truth.maybe) for key in counter
        if {key[0][:3], key[1][:3]} == {"RUS", "UKR"})
    assert brief["unsummarised"] == 0
    kinds = {section["key"] for side in brief["sides"] for section in side["sections"]}
    assert {"threat", "accusation", "action"} <= kinds
    text, _ = run(timings, "brief_markdown", ["brief", "RUS", "UKR", "--db", path, "--since", "2024-06-01"],
                  capsys)
    assert text.startswith("# Positions brief: Russia and Ukraine")


def test_chart(corpus, timings, tmp_path, capsys) -> None:
    path, _ = corpus
    svg = tmp_path / "rus_ukr.svg"
    run(timings, "chart", ["chart", "dyad", "RUS", "UKR", "--both-ways", "-o", str(svg), "--db", path], capsys)
    assert "Russia ⇄ Ukraine" in svg.read_text(encoding="utf-8")
    assert main(["chart", "dyad", "--db", path, "-o", str(tmp_path / "x.svg"), "--", "---CVL", "RUS"]) == 2
    assert "unknown country" in capsys.readouterr().err
