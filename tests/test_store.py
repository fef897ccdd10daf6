"""The SQLite event store: idempotent ingest, live event counts, near duplicates,
queries, migrations and the ``db stats`` / ``events`` commands.

Mentions and articles are built by hand (no spaCy), so these tests are fast.
"""

from __future__ import annotations

import json
import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from detente.cli import main
from detente.codes import lookup
from detente.errors import ConfigError, StoreError
from detente.export import EVENT_COLUMNS
from detente.records import ActorRef, Article, CodedArticle, Location, Mention
from detente.store import SCHEMA_VERSION, Store
from detente.store.schema import migrate

ACTOR_NAMES = {
    "RUSGOV": "Russia government", "RUS": "Russia", "CHN": "China", "CHNGOV": "China government",
    "UKR": "Ukraine", "UKRMIL": "Ukraine military", "USA": "United States", "USAGOV": "United States government",
    "IGOWSTNAT": "NATO", "RUSMIL": "Russia military",
}

# Four independent reports of one visit, worded differently
REPORT_A = [
    "Russian Foreign Minister Sergei Lavrov arrived in Beijing on Tuesday for two days of talks "
    "with Chinese officials.",
    "The visit follows months of preparation by both foreign ministries. Analysts in Moscow expect "
    "agreements on energy and transport to be discussed during the stay, along with the war in Ukraine "
    "and new payment systems that avoid the dollar.",
]
REPORT_B = [
    "Moscow's top diplomat Sergei Lavrov travelled to China this week, landing in the Chinese capital "
    "on Tuesday morning.",
    "He is due to meet his counterpart Wang Yi and the premier. Officials said trade, pipelines and "
    "security in Central Asia were on the agenda.",
]
REPORT_C = [
    "Sergei Lavrov visited Beijing on Tuesday, the latest in a series of high-level trips between the "
    "two neighbours.",
    "Chinese state media welcomed the minister warmly. The talks come as both governments seek to "
    "expand cross-border rail links.",
]
REPORT_D = [
    "Reporting from the Chinese capital, our correspondent said Lavrov's visit to Beijing was carefully "
    "choreographed.",
    "Western diplomats watched the meeting closely. No joint statement had been released by Wednesday "
    "evening.",
]
# A syndicated re-post of REPORT_A with small edits
REPOST_A = [
    "Russian Foreign Minister Sergei Lavrov arrived in Beijing late on Tuesday for two days of talks "
    "with Chinese officials.",
    "The visit follows months of preparation by both foreign ministries. Analysts in Moscow said they "
    "expect agreements on energy and transport to be discussed during the stay, along with the war in "
    "Ukraine and new payment systems that avoid the dollar.",
]


def make_article(doc_id: str, paragraphs: list[str], *, publisher: str | None = None,
                 url: str | None = None, published: str | None = "2024-03-05") -> Article:
    """An article as ingest would produce it."""
    return Article(id=doc_id, paragraphs=paragraphs, title=f"Report {doc_id}", authors=["Staff"],
                   published=published, url=url, publisher=publisher, source_path="test.jsonl",
                   format="jsonl", record=1)


def _actor(article_text: str, code: str, words: str, after: int) -> ActorRef:
    start = article_text.index(words, after)
    return ActorRef(code, ACTOR_NAMES.get(code, code), words, start, start + len(words))


def make_mention(article: Article, sentence_words: str, source: tuple[str, str], target: tuple[str, str] | None,
                 code: str, verb: str, *, date: str | None = None, negated: bool = False,
                 hypothetical: bool = False, location: Location | None = None,
                 confidence: float = 0.6) -> Mention:
    """A mention of the sentence of ``article`` that contains ``sentence_words``.

    Actor and verb offsets are located in the article text, as the coder reports them.
    """
    text = article.text
    spans = sentence_spans(text)
    index, (start, end) = next((i, s) for i, s in enumerate(spans) if sentence_words in text[s[0]:s[1]])
    entry = lookup(code)
    verb_start = text.index(verb, start)
    return Mention(
        doc_id=article.id, sentence_index=index, sentence=text[start:end], sentence_start=start,
        source=_actor(text, source[0], source[1], start),
        target=_actor(text, target[0], target[1], start) if target else None,
        event_code=code, root_code=code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
        plover_type=entry.plover_type, plover_mode=entry.plover_mode, negated=negated,
        hypothetical=hypothetical, date=date or article.published, location=location,
        confidence=confidence, rule=f"test:{code}", verb_text=verb, verb_start=verb_start,
        verb_end=verb_start + len(verb),
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: runs ending in . ! or ? (good enough for hand-written text)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s.!?][^.!?]*[.!?]", text)]


def coded(article: Article, *mentions: Mention) -> CodedArticle:
    """Wrap an article and its mentions as the pipeline does."""
    return CodedArticle(article, sentence_spans(article.text), list(mentions))


def visit(article: Article, source_words: str = "Lavrov", target_words: str = "Beijing",
          **kwargs) -> CodedArticle:
    """The coded visit RUSGOV -042-> CHN reported in ``article``."""
    first = article.paragraphs[0]
    verb = next(word for word in ("arrived", "travelled", "visited", "visit") if word in first)
    mention = make_mention(article, first[:20], ("RUSGOV", source_words), ("CHN", target_words), "042",
                           verb, **kwargs)
    return coded(article, mention)


def three_reports() -> list[CodedArticle]:
    return [
        visit(make_article("a", REPORT_A, publisher="Reuters", url="https://www.reuters.com/a")),
        visit(make_article("b", REPORT_B, publisher="AP", url="https://apnews.com/b"), target_words="China"),
        visit(make_article("c", REPORT_C, publisher="AFP", url="https://afp.com/c")),
    ]


# -- storing and reading back ------------------------------------------------------------


def test_mentions_and_articles_round_trip(store: Store) -> None:
    article = make_article("a", REPORT_A, publisher="Reuters", url="https://www.reuters.com/a")
    item = visit(article, location=Location("Beijing", "CHN", 39.9, 116.4), confidence=0.8)
    store.add_batch([item])
    stored = store.mentions()
    # the store gives each mention the id of its event; everything else is as coded
    assert [m.event_id for m in stored] == [store.events()[0].id]
    assert [replace(m, event_id=None) for m in stored] == item.mentions
    assert store.article("a") == article
    assert store.article("a").text == article.text
    assert store.article_mentions("a") == stored
    info = store.article_info("a")
    assert info["content_hash"] == article.content_hash
    assert info["near_duplicate_of"] is None
    assert [tuple(span) for span in info["sentences"]] == item.sentences
    assert store.article("missing") is None and store.event(999) is None


def test_reingest_is_idempotent(store: Store) -> None:
    first = store.add_batch(three_reports())
    assert (first.articles_added, first.articles_duplicate, first.mentions_added) == (3, 0, 3)
    again = store.add_batch(three_reports())
    assert (again.articles_added, again.articles_duplicate, again.mentions_added) == (0, 3, 0)
    stats = store.stats()
    assert (stats["articles"], stats["mentions"], stats["events"]) == (3, 3, 1)
    # re-wrapped whitespace is the same content, and a repeat inside one batch is caught too
    rewrapped = make_article("a2", [p.replace(" ", "  ") for p in REPORT_A])
    batch = store.add_batch([visit(rewrapped), visit(make_article("d", REPORT_D)), visit(make_article("d", REPORT_D))])
    assert (batch.articles_added, batch.articles_duplicate) == (1, 2)


def test_same_event_from_three_publishers_is_one_event(store: Store) -> None:
    store.add_batch(three_reports())
    events = store.events()
    assert len(events) == 1
    event = events[0]
    assert (event.source_code, event.target_code, event.event_code, event.date) == ("RUSGOV", "CHN", "042", "2024-03-05")
    assert (event.num_mentions, event.num_sources, event.num_articles) == (3, 3, 3)
    assert event.source_url == "https://www.reuters.com/a"
    assert event.source_name == "Russia government" and event.target_name == "China"
    assert event.first_seen is not None
    assert event.quad_class == 1 and event.goldstein == pytest.approx(1.9)
    # noisy-OR of three independent 0.6 reports
    assert event.confidence == pytest.approx(1 - 0.4 ** 3, abs=1e-3)
    assert sorted(m.doc_id for m in store.event_mentions(event.id)) == ["a", "b", "c"]


def test_counts_stay_live_when_a_later_article_arrives(store: Store) -> None:
    store.add_batch(three_reports())
    before = store.events()[0]
    later = make_article("d", REPORT_D, publisher="BBC", published="2024-03-06")
    result = store.add_batch([visit(later, source_words="Lavrov", date="2024-03-05")])
    assert result.events_touched == 1
    after = store.event(before.id)
    assert (after.num_mentions, after.num_sources, after.num_articles) == (4, 4, 4)
    assert after.first_seen == before.first_seen and after.source_url == before.source_url


def test_sources_fall_back_to_url_host_then_article(store: Store) -> None:
    store.add_batch([
        visit(make_article("a", REPORT_A, url="https://www.example.org/1")),
        visit(make_article("b", REPORT_B, url="https://example.org/2"), target_words="China"),
        visit(make_article("c", REPORT_C)),
        visit(make_article("d", REPORT_D)),
    ])
    event = store.events()[0]
    assert (event.num_articles, event.num_sources) == (4, 3)


def test_syndicated_copy_is_linked_and_not_counted(store: Store) -> None:
    store.add_batch([visit(make_article("a", REPORT_A, publisher="Reuters", url="https://reuters.com/a"))])
    copy = make_article("copy", REPOST_A, publisher="Yahoo News", url="https://news.yahoo.com/x")
    result = store.add_batch([visit(copy)])
    assert (result.articles_added, result.articles_near_duplicate, result.mentions_added) == (0, 1, 1)
    assert store.article_info("copy")["near_duplicate_of"] == "a"
    assert store.article_info("copy")["similarity"] >= 0.7
    event = store.events()[0]
    assert (event.num_mentions, event.num_sources, event.num_articles) == (1, 1, 1)
    assert len(store.event_mentions(event.id)) == 2
    stats = store.stats()
    assert (stats["articles"], stats["near_duplicates"]) == (2, 1)


def test_independent_reports_are_not_near_duplicates(store: Store) -> None:
    result = store.add_batch(three_reports() + [visit(make_article("d", REPORT_D))])
    assert (result.articles_added, result.articles_near_duplicate) == (4, 0)
    assert all(store.article_info(doc)["near_duplicate_of"] is None for doc in "abcd")


def test_copy_within_one_batch_is_linked(store: Store) -> None:
    original = visit(make_article("a", REPORT_A, publisher="Reuters"))
    copy = visit(make_article("copy", REPOST_A, publisher="Yahoo News"))
    result = store.add_batch([original, copy])
    assert (result.articles_added, result.articles_near_duplicate) == (1, 1)
    assert store.events()[0].num_sources == 1


def test_negated_and_hypothetical_mentions_form_no_event(store: Store) -> None:
    article = make_article("n", REPORT_C)
    negated = make_mention(article, "Sergei Lavrov visited", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042",
                           "visited", negated=True)
    maybe = make_mention(article, "expand cross-border", ("CHNGOV", "governments"), None, "036", "seek",
                         hypothetical=True)
    result = store.add_batch([coded(article, negated, maybe)])
    assert result.mentions_added == 2
    assert store.count_events() == 0 and store.events() == []
    assert store.count_mentions() == 2
    assert store.mentions(factual_only=True) == []
    assert [m.negated for m in store.mentions()] == [True, False]
    assert store.stats()["factual_mentions"] == 0


def test_one_event_per_dyad_code_and_day(store: Store) -> None:
    article = make_article("x", REPORT_A)
    on_tuesday = make_mention(article, "arrived in Beijing", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042",
                              "arrived", date="2024-03-05")
    on_wednesday = make_mention(article, "arrived in Beijing", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042",
                                "arrived", date="2024-03-06T09:00:00")
    other_code = make_mention(article, "arrived in Beijing", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "043",
                              "talks", date="2024-03-05")
    same_again = make_mention(article, "arrived in Beijing", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042",
                              "talks", date="2024-03-05")
    store.add_batch([coded(article, on_tuesday, on_wednesday, other_code, same_again)])
    events = store.events()
    assert [(e.event_code, e.date, e.num_mentions, e.num_articles) for e in events] == [
        ("042", "2024-03-05", 2, 1), ("043", "2024-03-05", 1, 1), ("042", "2024-03-06", 1, 1)]


def test_undated_mentions_use_the_day_stored(store: Store) -> None:
    article = make_article("u", REPORT_C, published=None)
    store.add_batch([visit(article)])
    event = store.events()[0]
    assert event.date == event.first_seen[:10]
    assert store.mentions()[0].date is None


# -- queries -----------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    """Visits RUSGOV→CHN, a Ukrainian military strike on Russia, and a NATO criticism."""
    store.add_batch(three_reports())
    war = make_article("w", [
        "Ukrainian forces struck a Russian airbase overnight, officials in Kyiv said on Thursday.",
        "NATO criticised Moscow for the escalation. The strike destroyed several aircraft on the ground "
        "and damaged fuel depots near the runway, according to satellite images.",
    ], publisher="Kyiv Independent", published="2024-04-11")
    strike = make_mention(war, "Ukrainian forces struck", ("UKRMIL", "Ukrainian forces"), ("RUS", "Russian"),
                          "190", "struck")
    critic = make_mention(war, "NATO criticised", ("IGOWSTNAT", "NATO"), ("RUSGOV", "Moscow"), "111", "criticised")
    store.add_batch([coded(war, strike, critic)])
    return store


def test_actor_filters_match_country_prefix_or_exact_code(filled: Store) -> None:
    assert [e.event_code for e in filled.events(source="RUS", target="CHN")] == ["042"]
    assert [e.event_code for e in filled.events(source="rusgov", target="chn")] == ["042"]
    assert filled.events(source="RUSMIL") == []
    assert [e.event_code for e in filled.events(source="UKR", target="RUS")] == ["190"]
    assert filled.events(source="RUS", target="UKR") == []
    assert [e.event_code for e in filled.events(source="RUS", target="UKR", both_ways=True)] == ["190"]
    assert {e.event_code for e in filled.events(actor="RUS")} == {"042", "190", "111"}
    assert [e.event_code for e in filled.events(actor="IGOWSTNAT")] == ["111"]
    assert len(filled.mentions(source="RUS", target="CHN")) == 3


def test_date_code_and_text_filters(filled: Store) -> None:
    assert [e.event_code for e in filled.events(since="2024-04-01")] == ["190", "111"]
    assert [e.event_code for e in filled.events(until="2024-03-05")] == ["042"]
    assert [e.event_code for e in filled.events(root=19)] == ["190"]
    assert [e.event_code for e in filled.events(root="11", quad_class=3)] == ["111"]
    assert [e.event_code for e in filled.events(code="042")] == ["042"]
    assert [e.event_code for e in filled.events(text="AIRBASE")] == ["190"]
    assert [m.doc_id for m in filled.mentions(text="high-level trips")] == ["c"]
    assert {e.event_code for e in filled.events(article_id="w")} == {"190", "111"}
    assert filled.count_events(since="2024-04-01") == 2
    assert filled.count_mentions(actor="RUS") == 5


def test_pagination_and_order(filled: Store) -> None:
    everything = filled.events()
    assert [e.date for e in everything] == sorted(e.date for e in everything)
    assert filled.events(limit=2) + filled.events(limit=2, offset=2) == everything
    assert filled.events(newest_first=True) == everything[::-1]
    assert len(filled.mentions(limit=1, offset=4)) == 1


@pytest.mark.parametrize("bad", [{"since": "5 March"}, {"until": "2024-02-30"}, {"since": "20240301"},
                                 {"source": "R'; DROP TABLE events;--"},
                                 {"root": 42}, {"code": "4x"}, {"quad_class": 7}])
def test_bad_filters_are_config_errors(filled: Store, bad: dict) -> None:
    with pytest.raises(ConfigError):
        filled.events(**bad)
    assert filled.count_events() == 3


def test_full_text_search(filled: Store) -> None:
    assert sorted(a.id for a in filled.articles(query="Lavrov Beijing")) == ["a", "c"]
    assert [a.id for a in filled.articles(query='"satellite images"')] == ["w"]
    assert filled.count_articles("lavrov") == 3
    assert filled.count_articles() == 4
    # FTS5 syntax typed by a user is just words, never an error
    assert filled.articles(query='NEAR( AND "unbalanced OR *') == []
    assert filled.articles(query="...") == []
    assert [a.id for a in filled.articles(limit=2)] == ["w", "c"]


def test_actors_and_stats(filled: Store) -> None:
    actors = {row["code"]: row for row in filled.actors()}
    assert filled.actors(limit=2, offset=1) == filled.actors()[1:3]
    assert actors["RUSGOV"] == {"code": "RUSGOV", "name": "Russia government", "mentions": 4}
    assert actors["CHN"]["mentions"] == 3
    stats = filled.stats()
    assert {k: stats[k] for k in ("articles", "mentions", "factual_mentions", "events", "actors")} == {
        "articles": 4, "mentions": 5, "factual_mentions": 5, "events": 3, "actors": 5}
    assert (stats["first_date"], stats["last_date"]) == ("2024-03-05", "2024-04-11")
    assert stats["top_dyads"][0] == {"source": "IGOWSTNAT", "target": "RUS", "events": 1, "goldstein_mean": -2.0}
    assert {(d["source"], d["target"]) for d in stats["top_dyads"]} == {("IGOWSTNAT", "RUS"), ("RUS", "CHN"),
                                                                          ("UKR", "RUS")}


def test_mentions_carry_their_event_id(store: Store) -> None:
    store.add_batch(three_reports())
    copy = make_article("copy", REPOST_A, publisher="Yahoo News")
    article = make_article("n", REPORT_D, published="2024-03-07")
    negated = make_mention(article, "Reporting from", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042", "visit",
                           negated=True)
    store.add_batch([visit(copy), coded(article, negated)])
    event = store.events()[0]
    by_doc = {m.doc_id: m.event_id for m in store.mentions()}
    # a syndicated copy's mention belongs to the same event; a negated one to none
    assert by_doc == {"a": event.id, "b": event.id, "c": event.id, "copy": event.id, "n": None}
    assert store.mentions(event_id=event.id)[0].to_dict()["event_id"] == event.id


def test_bulk_lookups_equal_one_by_one(filled: Store) -> None:
    ids = [event.id for event in filled.events()]
    grouped = filled.mentions_by_event([*ids, 999])
    assert grouped == {event_id: filled.event_mentions(event_id) for event_id in ids}
    assert all(m.event_id == event_id for event_id, ms in grouped.items() for m in ms)
    assert filled.mentions_by_event([]) == {}
    found = filled.articles_by_id(["a", "w", "missing", "a"])
    assert found == {"a": filled.article("a"), "w": filled.article("w")}


def test_unknown_country_placeholder_in_filters(store: Store) -> None:
    article = make_article("p", ["Protesters marched on the Russian embassy in Kyiv on Monday."])
    protest = make_mention(article, "Protesters marched", ("---CVL", "Protesters"), ("RUSGOV", "Russian embassy"),
                           "141", "marched")
    store.add_batch([coded(article, protest)])
    assert [e.source_code for e in store.events(source="---CVL")] == ["---CVL"]  # a full code matches exactly
    for option in ("source", "target", "actor"):
        with pytest.raises(ConfigError, match=f"{option} '---' is the placeholder .* full code such as ---CVL"):
            store.events(**{option: "---"})
    assert store.stats()["top_dyads"] == []


def test_colliding_caller_ids_get_distinct_ids(store: Store) -> None:
    store.add_batch([visit(make_article("1", REPORT_A)), visit(make_article("1", REPORT_C))])
    ids = [a.id for a in store.articles(limit=None)]
    assert "1" in ids and len(set(ids)) == 2
    other = next(i for i in ids if i != "1")
    assert store.article_mentions(other)[0].doc_id == other


def test_failed_batch_stores_nothing(store: Store) -> None:
    good = visit(make_article("a", REPORT_A))
    broken = visit(make_article("b", REPORT_B), target_words="China")
    broken.mentions[0].sentence = None  # violates NOT NULL: the whole batch must roll back
    with pytest.raises(StoreError):
        store.add_batch([good, broken])
    assert store.stats()["articles"] == 0
    assert store.add_batch([good]).articles_added == 1


# -- files, WAL, migrations -----------------------------------------------------------------


def test_file_store_uses_wal_and_persists_signatures(tmp_path) -> None:
    path = tmp_path / "events.db"
    with Store(path) as db:
        assert db.journal_mode == "wal"
        assert db.schema_version == SCHEMA_VERSION
        db.add_batch([visit(make_article("a", REPORT_A, publisher="Reuters"))])
    with Store(path, create=False) as db:
        result = db.add_batch([visit(make_article("copy", REPOST_A, publisher="Yahoo"))])
        assert result.articles_near_duplicate == 1
        assert db.article_info("copy")["near_duplicate_of"] == "a"
        assert db.events()[0].num_sources == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # a per-connection setting …
    conn.close()
    with Store(path) as db:
        assert db._rows("PRAGMA foreign_keys")[0][0] == 1  # … which the store always turns on


def test_writer_and_readers_share_a_file(tmp_path) -> None:
    path = tmp_path / "shared.db"
    with Store(path) as writer, Store(path, create=False) as reader:
        writer.add_batch(three_reports())
        assert reader.count_events() == 1 and reader.events()[0].num_sources == 3
        # one Store may also be used from several threads (as the HTTP server does)
        with ThreadPoolExecutor(max_workers=4) as pool:
            later = pool.submit(writer.add_batch, [visit(make_article("d", REPORT_D, publisher="BBC"))])
            counts = list(pool.map(lambda _: writer.count_mentions(), range(20)))
            assert later.result().articles_added == 1
        assert set(counts) <= {3, 4} and reader.events()[0].num_sources == 4
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn) == 0  # already current: nothing to do, no write lock taken
    conn.close()


def test_migrates_an_existing_version_1_database(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO articles (id, content_hash, source_key, text, added_at) VALUES (?, ?, ?, ?, ?)",
        ("old", "0123456789abcdef", "article:old", "Envoys met quietly in Geneva.", "2024-01-01T00:00:00+00:00"),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Store(path) as db:
        assert db.schema_version == SCHEMA_VERSION
        assert [a.id for a in db.articles(query="geneva")] == ["old"]
        db.add_batch([visit(make_article("a", REPORT_A))])
        assert db.count_articles("Lavrov") == 1
    with Store(path) as db:  # reopening applies nothing twice
        assert db.count_articles() == 2


def test_refuses_newer_or_foreign_files(tmp_path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade detente"):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a detente event database"):
        Store(junk)
    with pytest.raises(StoreError, match="no event database"):
        Store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such.db")


# -- CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def db_file(tmp_path) -> str:
    path = tmp_path / "cli.db"
    with Store(path) as db:
        db.add_batch(three_reports())
        war = make_article("w", ["Ukrainian forces struck a Russian airbase overnight, officials said on Thursday. "
                                 "The strike destroyed several aircraft on the ground and damaged fuel depots."],
                           publisher="Kyiv Independent", published="2024-04-11")
        db.add_batch([coded(war, make_mention(war, "Ukrainian forces struck", ("UKRMIL", "Ukrainian forces"),
                                              ("RUS", "Russian"), "190", "struck"))])
    return str(path)


def test_cli_db_stats(db_file: str, capsys) -> None:
    assert main(["db", "stats", "--db", db_file]) == 0
    out = capsys.readouterr().out
    assert "events" in out and "2024-03-05" in out and "2024-04-11" in out
    assert re.search(r"RUS \S+ CHN\s+Russia \S+ China\s+1\s+\+1\.90", out)
    assert main(["db", "stats", "--db", db_file, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["articles"], stats["events"]) == (4, 2)


def test_cli_events_formats(db_file: str, capsys) -> None:
    assert main(["events", "--db", db_file, "--dyad", "RUS", "CHN"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["ID", "DATE", "SOURCE", "TARGET", "CODE"]
    assert len(table) == 3 and "Make a visit" in table[2]
    assert main(["events", "--db", db_file, "--actor", "UKR", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["source_code"], e["target_code"], e["event_code"]) for e in events] == [("UKRMIL", "RUS", "190")]
    assert main(["events", "--db", db_file, "--since", "2024-03-01", "--root", "04", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,date,source_code") and len(lines) == 2 and ",042," in lines[1]
    # the same columns as `detente export csv --table events`
    assert sorted(lines[0].split(",")) == sorted(EVENT_COLUMNS)


def test_cli_errors_exit_2(tmp_path, db_file: str, capsys) -> None:
    assert main(["db", "stats", "--db", str(tmp_path / "nothing.db")]) == 2
    assert "no event database" in capsys.readouterr().err
    assert main(["events", "--db", db_file, "--since", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["dyad", "RUS", "CHN", "--db", db_file, "--until", "2024-02-30"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert not (tmp_path / "nothing.db").exists()
