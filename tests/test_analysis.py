"""Deduplication rules, near-duplicate detection, dyad series and top dyads
(pure functions and over an in-memory store), plus the ``dyad`` / ``top-dyads`` commands."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from test_store import REPORT_A, REPORT_B, REPOST_A, coded, make_article, make_mention

from detente.analysis import dedup, dyad_series, neardup, top_dyads
from detente.analysis.dyads import dyad_actor, dyad_pair, period_of, periods_between
from detente.cli import main
from detente.errors import ConfigError
from detente.records import Location
from detente.store import Store

# One short sentence per event (too short for near-duplicate checks, distinct by content hash)
EVENT_TEXT = "{src} {verb} {tgt} on day {day}."


def event_article(doc_id: str, day: str, source: str, target: str, code: str, *,
                  publisher: str = "Wire", negated: bool = False):
    """A coded one-sentence article reporting SOURCE -code-> TARGET on ``day``."""
    words = {"src": f"Actor{source}", "verb": f"did{code}", "tgt": f"Actor{target}", "day": day}
    article = make_article(doc_id, [EVENT_TEXT.format(**words)], publisher=publisher, published=day)
    mention = make_mention(article, words["src"], (source, words["src"]), (target, words["tgt"]), code,
                           words["verb"], negated=negated)
    return coded(article, mention)


@pytest.fixture
def history(store: Store) -> Store:
    """RUS→UKR: cooperation in January, fighting in March; USA→CHN talks throughout."""
    items = [
        event_article("r1", "2024-01-03", "RUSGOV", "UKRGOV", "036"),
        event_article("r2", "2024-01-10", "RUSGOV", "UKRGOV", "057"),
        event_article("r3", "2024-03-04", "RUSMIL", "UKRMIL", "190"),
        event_article("r4", "2024-03-05", "RUSMIL", "UKR", "193"),
        event_article("r5", "2024-03-06", "RUSMIL", "UKR", "190"),
        event_article("r6", "2024-03-06", "RUSGOV", "UKRGOV", "111"),
        event_article("u1", "2024-03-06", "UKRGOV", "RUSGOV", "112"),
        event_article("c1", "2024-01-15", "USAGOV", "CHNGOV", "042"),
        event_article("c2", "2024-03-15", "USAGOV", "CHNGOV", "042"),
        event_article("d1", "2024-02-01", "RUSGOV", "RUSMIL", "173"),  # domestic
        event_article("n1", "2024-02-02", "RUSGOV", "UKRGOV", "057", negated=True),
    ]
    store.add_batch(items)
    return store


# -- dedup (pure) ------------------------------------------------------------------------


def test_event_key_one_a_day_and_factual_only() -> None:
    article = make_article("k", REPORT_A)
    mention = make_mention(article, "arrived", ("RUSGOV", "Lavrov"), ("CHN", "Beijing"), "042", "arrived",
                           date="2024-03-05T22:10:00Z")
    assert dedup.event_key(mention, "2030-01-01") == "RUSGOV|CHN|042|2024-03-05"
    mention.date = None
    assert dedup.event_key(mention, "2030-01-01") == "RUSGOV|CHN|042|2030-01-01"
    mention.target = None
    assert dedup.event_key(mention, "2030-01-01") == "RUSGOV||042|2030-01-01"
    mention.hypothetical = True
    assert dedup.event_key(mention, "2030-01-01") is None


def test_source_key_prefers_publisher_then_host() -> None:
    assert dedup.source_key(" The  Guardian", "https://x.com", "a") == "pub:the guardian"
    assert dedup.source_key(None, "https://www.bbc.co.uk/news/1", "a") == "host:bbc.co.uk"
    assert dedup.source_key("", None, "a7") == "article:a7"


def test_summarise_counts_a_copy_once() -> None:
    beijing = Location("Beijing", "CHN")
    origins = [
        dedup.MentionOrigin(article=1, canonical=1, source="pub:reuters", confidence=0.5, url="u1",
                            added_at="2024-03-05T10:00:00"),
        dedup.MentionOrigin(article=1, canonical=1, source="pub:reuters", confidence=0.7, url="u1",
                            added_at="2024-03-05T10:00:00"),
        # a syndicated copy of article 1 with one mention: adds nothing
        dedup.MentionOrigin(article=2, canonical=1, source="pub:reuters", confidence=0.9, url="u2",
                            added_at="2024-03-05T11:00:00"),
        dedup.MentionOrigin(article=3, canonical=3, source="pub:ap", confidence=0.5, url=None,
                            added_at="2024-03-04T09:00:00", location=beijing),
    ]
    summary = dedup.summarise(origins)
    assert (summary.num_mentions, summary.num_articles, summary.num_sources) == (3, 2, 2)
    assert summary.confidence == pytest.approx(1 - (1 - 0.9) * (1 - 0.5))
    assert summary.source_url == "u1"
    assert summary.first_seen == "2024-03-04T09:00:00"
    assert summary.location == beijing
    with pytest.raises(ValueError):
        dedup.summarise([])


# -- near duplicates (pure) -----------------------------------------------------------------


def test_neardup_signatures() -> None:
    original = "\n\n".join(REPORT_A)
    assert neardup.similarity(neardup.signature(original), neardup.signature("\n\n".join(REPOST_A))) >= neardup.THRESHOLD
    assert neardup.similarity(neardup.signature(original), neardup.signature("\n\n".join(REPORT_B))) < 0.2
    # punctuation and case do not matter; too-short texts are not compared at all
    assert neardup.similarity(neardup.signature(original), neardup.signature(original.upper().replace(",", ""))) == 1.0
    assert neardup.signature("Russia condemned the strike.") is None
    sig = neardup.signature(original)
    assert (neardup.decode(neardup.encode(sig)) == sig).all()
    keys = neardup.band_keys(sig)
    assert len(keys) == neardup.BANDS and len(set(keys)) == neardup.BANDS
    assert neardup.shingles("A b, c d!") == {"a b c", "b c d"}


# -- dyad series ---------------------------------------------------------------------------


def test_periods() -> None:
    assert period_of("2024-03-05", "month") == "2024-03"
    assert period_of("2024-01-01", "week") == "2024-W01"
    assert period_of("2024-12-30", "week") == "2025-W01"  # ISO week year
    assert periods_between("2023-11-20", "2024-02-01", "month") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert periods_between("2024-03-06", "2024-03-20", "week") == ["2024-W10", "2024-W11", "2024-W12"]
    assert periods_between("2024-02-28", "2024-03-01", "day") == ["2024-02-28", "2024-02-29", "2024-03-01"]


def test_dyad_series_by_month(history: Store) -> None:
    series = dyad_series(history, "RUS", "UKR", by="month")
    assert [p.period for p in series] == ["2024-01", "2024-02", "2024-03"]
    january, february, march = series
    assert january.counts == {1: 2, 2: 0, 3: 0, 4: 0}
    assert january.goldstein_sum == pytest.approx(4.0 + 8.0)
    assert january.goldstein_mean == pytest.approx(6.0)
    assert january.conflict_share == 0.0
    # the negated agreement of February is no event: a quiet month with zero counts
    assert february.total == 0 and february.goldstein_mean is None and february.conflict_share is None
    assert march.counts == {1: 0, 2: 0, 3: 1, 4: 3}
    assert march.conflict_share == 1.0
    assert march.top_codes[0] == ("190", 2)
    assert march.goldstein_mean == pytest.approx((-10 - 10 - 10 - 2) / 4)
    assert march.to_dict()["q4"] == 3 and march.source == "RUS" and march.target == "UKR"


def test_dyad_series_both_ways_exact_codes_and_window(history: Store) -> None:
    both = dyad_series(history, "RUS", "UKR", both_ways=True, by="month", since="2024-03-01", until="2024-04-30")
    assert [(p.period, p.total) for p in both] == [("2024-03", 5), ("2024-04", 0)]
    assert dict(both[0].top_codes)["112"] == 1
    exact = dyad_series(history, "RUSGOV", "UKRGOV", by="week")
    assert [(p.period, p.total) for p in exact if p.total] == [("2024-W01", 1), ("2024-W02", 1), ("2024-W10", 1)]
    assert len(exact) == 10  # every week from W01 to W10, quiet ones at zero
    assert dyad_series(history, "CHN", "USA") == []
    with pytest.raises(ConfigError):
        dyad_series(history, "RUS", "UKR", by="year")


# -- top dyads -----------------------------------------------------------------------------


def test_dyad_actor_and_pair() -> None:
    assert dyad_actor("RUSGOVMIL") == "RUS" and dyad_actor("IGOWSTNAT") == "IGOWSTNAT"
    assert dyad_pair("IGOUNO", "---BUS") is None and dyad_pair("USA", None) is None
    assert dyad_pair("RUSGOV", "RUSMIL") is None and dyad_pair("---CVL", "RUS") is None
    assert dyad_pair("RUSMIL", "IGOWSTNAT") == ("RUS", "IGOWSTNAT")


def test_stats_top_dyads_fold_in_sql(store: Store) -> None:
    store.add_batch(event_article(f"f{i}", day, src, tgt, code) for i, (day, src, tgt, code) in enumerate([
        ("2024-01-01", "RUSGOV", "UKR", "111"), ("2024-01-02", "RUSGOV", "UKR", "173"),
        ("2024-01-03", "RUSMIL", "UKRMIL", "190"), ("2024-01-04", "RUSGOV", "RUSMIL", "173"),
        ("2024-01-05", "IGOWSTNAT", "RUS", "111"), ("2024-01-06", "---JUD", "RUS", "111"),
        ("2024-01-07", "RUSGOV", "---CVL", "173")]))
    assert store.stats()["top_dyads"] == [
        {"source": "RUS", "target": "UKR", "events": 3, "goldstein_mean": -5.667},
        {"source": "IGOWSTNAT", "target": "RUS", "events": 1, "goldstein_mean": -2.0}]
    assert [(t.source, t.target, t.events) for t in store.dyad_tallies(limit=1)] == [("RUS", "UKR", 3)]


def test_top_dyads_most_active(history: Store) -> None:
    rows = top_dyads(history, limit=5)
    assert [(r["source"], r["target"], r["events"]) for r in rows] == [
        ("RUS", "UKR", 6), ("USA", "CHN", 2), ("UKR", "RUS", 1)]
    rus_ukr = rows[0]
    assert rus_ukr["conflict_share"] == pytest.approx(4 / 6, abs=1e-3)
    # window 2024-01-03..2024-03-15 splits after 2024-02-07
    assert rus_ukr["first_half"] == {"events": 2, "goldstein_mean": 6.0}
    assert rus_ukr["second_half"] == {"events": 4, "goldstein_mean": -8.0}
    assert rus_ukr["goldstein_change"] == -14.0 and rus_ukr["volume_change"] == 2
    assert top_dyads(history, limit=1) == rows[:1]


def test_top_dyads_most_changed(history: Store) -> None:
    changed = top_dyads(history, order="changed")
    assert (changed[0]["source"], changed[0]["target"]) == ("RUS", "UKR")
    steady = next(r for r in changed if r["source"] == "USA")
    assert steady["goldstein_change"] == 0.0 and steady["change_score"] == 0.0
    # within March only, nothing was seen in the first half: volume change alone
    march = top_dyads(history, since="2024-03-01", until="2024-03-31", order="changed")
    assert all(r["goldstein_change"] is None for r in march)
    assert top_dyads(history, since="2025-01-01") == []
    with pytest.raises(ConfigError):
        top_dyads(history, order="loudest")


# -- SQL aggregation equals the plain Python fold over events ------------------------------

ACTORS = ["RUSGOV", "RUSMIL", "UKRGOV", "UKR", "USAGOV", "CHN", "IGOWSTNAT", "IGOUNO", "---CVL"]
CODES = ["036", "042", "057", "111", "112", "173", "190", "193"]


@pytest.fixture
def random_history(store: Store) -> Store:
    """300 seeded random events over 2023-12-20..2025-01-10 (ISO week-years change at both ends),
    with one-actor events, domestic pairs, organisations and actors of unknown country."""
    import random
    from datetime import date, timedelta

    rng = random.Random(7)
    items = []
    for i in range(300):
        day = (date(2023, 12, 20) + timedelta(days=rng.randrange(388))).isoformat()
        source, code = rng.choice(ACTORS), rng.choice(CODES)
        target = rng.choice([*ACTORS, None])
        text = f"Actor{i} did{code} Other{i} on day {day}."
        article = make_article(f"x{i}", [text], published=day)
        mention = make_mention(article, f"Actor{i}", (source, f"Actor{i}"),
                               (target, f"Other{i}") if target else None, code, f"did{code}")
        items.append(coded(article, mention))
    store.add_batch(items)
    return store


def _exact(values) -> Fraction:
    """Exact sum of Goldstein scores (a float sum may round a mean like 0.2375 either way)."""
    return sum((Fraction(str(value)) for value in values), Fraction(0))


def _python_tally(events) -> dict:
    counts, codes = {1: 0, 2: 0, 3: 0, 4: 0}, {}
    for event in events:
        counts[event.quad_class] += 1
        codes[event.event_code] = codes.get(event.event_code, 0) + 1
    return {"counts": counts, "codes": codes, "goldstein_sum": _exact(e.goldstein for e in events)}


def _mean(events) -> float | None:
    return round(float(_exact(e.goldstein for e in events) / len(events)), 3) if events else None


def python_series(store: Store, source: str, target: str, *, both_ways: bool = False, by: str = "month",
                  since: str | None = None, until: str | None = None) -> list[dict]:
    """The dyad series folded in Python over every matching event (the pre-SQL algorithm)."""
    events = store.events(source=source, target=target, both_ways=both_ways, since=since, until=until)
    first = since or (events[0].date if events else None)
    last = until or (events[-1].date if events else None)
    if first is None or last is None:
        return []
    rows = []
    for label in periods_between(first, last, by):
        tally = _python_tally([e for e in events if period_of(e.date, by) == label])
        n = sum(tally["counts"].values())
        rows.append({
            "period": label, "source": source.upper(), "target": target.upper(),
            **{f"q{q}": tally["counts"][q] for q in (1, 2, 3, 4)}, "total": n,
            "goldstein_sum": round(float(tally["goldstein_sum"]), 2),
            "goldstein_mean": round(float(tally["goldstein_sum"] / n), 3) if n else None,
            "conflict_share": round((tally["counts"][3] + tally["counts"][4]) / n, 3) if n else None,
            "top_codes": [list(item) for item in
                          sorted(tally["codes"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]],
        })
    return rows


def python_top_dyads(store: Store, *, since: str | None = None, until: str | None = None) -> list[dict]:
    """Most active dyads folded in Python over every event (the pre-SQL algorithm)."""
    from datetime import date, timedelta

    events = [e for e in store.events(since=since, until=until) if e.target_code]
    if not events:
        return []
    start, end = date.fromisoformat(since or events[0].date), date.fromisoformat(until or events[-1].date)
    middle = (start + timedelta(days=(end - start).days // 2)).isoformat()
    grouped: dict = {}
    for event in events:
        pair = dyad_pair(event.source_code, event.target_code)
        if pair is not None:
            grouped.setdefault(pair, ([], []))[0 if event.date <= middle else 1].append(event)
    rows = []
    for (source, target), (first, second) in grouped.items():
        both = first + second
        half = [{"events": len(h), "goldstein_mean": _mean(h)} for h in (first, second)]
        rows.append({"source": source, "target": target, "events": len(both), "goldstein_mean": _mean(both),
                     "conflict_share": round(sum(e.quad_class >= 3 for e in both) / len(both), 3),
                     "first_half": half[0], "second_half": half[1], "volume_change": len(second) - len(first)})
    rows.sort(key=lambda row: (-row["events"], row["source"], row["target"]))
    return rows


def test_period_labels_in_sql_match_python() -> None:
    import sqlite3
    from datetime import date, timedelta

    from detente.store.queries import period_sql

    days = [(date(2019, 12, 1) + timedelta(days=n)).isoformat() for n in range(2700)]
    conn = sqlite3.connect(":memory:")
    for by in ("day", "week", "month"):
        labels = [row[0] for row in conn.execute(
            f"SELECT {period_sql(by, 'd')} FROM (SELECT value AS d FROM json_each(?))", (json.dumps(days),))]
        assert labels == [period_of(day, by) for day in days], by
    with pytest.raises(ConfigError, match="day, week, month"):
        period_sql("year", "d")


@pytest.mark.parametrize(("source", "target", "kwargs"), [
    ("RUS", "UKR", {}),
    ("RUS", "UKR", {"both_ways": True, "by": "week"}),
    ("RUSGOV", "UKR", {"by": "day", "since": "2024-02-01", "until": "2024-03-31"}),
    ("USA", "IGOWSTNAT", {"by": "week"}),
    ("IGOWSTNAT", "RUS", {"both_ways": True, "by": "week", "since": "2024-06-01"}),
    ("IGOUNO", "CHN", {"both_ways": True, "until": "2024-06-30"}),
])
def test_dyad_series_equals_python_fold(random_history: Store, source, target, kwargs) -> None:
    sql = [period.to_dict() for period in dyad_series(random_history, source, target, **kwargs)]
    assert sql == python_series(random_history, source, target, **kwargs)
    assert sum(row["total"] for row in sql) > 0


@pytest.mark.parametrize("window", [{}, {"since": "2024-03-01", "until": "2024-09-30"}, {"since": "2024-12-25"}])
def test_top_dyads_equal_python_fold(random_history: Store, window) -> None:
    sql = top_dyads(random_history, limit=100, **window)
    expected = python_top_dyads(random_history, **window)
    assert [{key: row[key] for key in expected[0]} for row in sql] == expected
    assert not any(UNKNOWN in (row["source"], row["target"]) for row in sql)
    assert all(row["source"] != row["target"] for row in sql)
    stats = random_history.stats(top=100)["top_dyads"] if not window else None
    if stats is not None:
        assert stats == [{key: row[key] for key in ("source", "target", "events", "goldstein_mean")}
                         for row in expected]


def test_world_timeline_equals_python_fold(random_history: Store) -> None:
    from detente.server.queries import world_timeline

    for by in ("month", "week"):
        timeline = world_timeline(random_history, by=by)["periods"]
        events = random_history.events()
        labels = periods_between(events[0].date, events[-1].date, by)
        assert [row["period"] for row in timeline] == labels
        for row in timeline:
            members = [e for e in events if period_of(e.date, by) == row["period"]]
            tally = _python_tally(members)
            assert [row[f"q{q}"] for q in (1, 2, 3, 4)] == [tally["counts"][q] for q in (1, 2, 3, 4)]
            assert row["goldstein_mean"] == _mean(members)


UNKNOWN = "---"


def test_unknown_country_actors_form_no_dyads(random_history: Store) -> None:
    assert random_history.count_events(source="---CVL") > 0  # stored as events all the same
    for source, target in (("---", "RUS"), ("RUS", "---CVL"), ("---cvl", "UKR")):
        with pytest.raises(ConfigError, match="unknown country"):
            dyad_series(random_history, source, target)
    with pytest.raises(ConfigError, match="placeholder for an actor of unknown country"):
        random_history.events(actor="---")


def test_dyad_names_come_from_the_actor_tables() -> None:
    from detente.analysis.dyads import dyad_names

    rows = dyad_names([{"source": "RUS", "target": "IGOWSTNAT", "events": 2}])
    assert rows == [{"source": "RUS", "target": "IGOWSTNAT", "events": 2,
                     "source_name": "Russia", "target_name": "NATO"}]


# -- CLI -------------------------------------------------------------------------------------


@pytest.fixture
def db_file(tmp_path) -> str:
    path = tmp_path / "analysis.db"
    with Store(path) as db:
        db.add_batch(event_article(f"r{i}", day, src, tgt, code) for i, (day, src, tgt, code) in enumerate([
            ("2024-01-03", "RUSGOV", "UKRGOV", "036"), ("2024-03-04", "RUSMIL", "UKRMIL", "190"),
            ("2024-03-06", "UKRGOV", "RUSGOV", "112"), ("2024-03-15", "USAGOV", "CHNGOV", "042")]))
    return str(path)


def test_cli_dyad(db_file: str, capsys) -> None:
    assert main(["dyad", "RUS", "UKR", "--db", db_file]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Russia (RUS) → Ukraine (UKR), events by month"
    assert [line.split()[:2] for line in lines[3:]] == [["2024-01", "1"], ["2024-02", "0"], ["2024-03", "1"]]
    assert main(["dyad", "rus", "ukr", "--both-ways", "--by", "week", "--since", "2024-03-01",
                 "--until", "2024-03-10", "--db", db_file, "--format", "json"]) == 0
    periods = json.loads(capsys.readouterr().out)
    assert [(p["period"], p["total"], p["q4"], p["q3"]) for p in periods] == [("2024-W09", 0, 0, 0),
                                                                              ("2024-W10", 2, 1, 1)]
    assert main(["dyad", "RUS", "UKR", "--db", db_file, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("period,source,target,q1") and lines[1].endswith("036:1")
    assert main(["dyad", "--db", db_file, "--", "---CVL", "RUS"]) == 2
    assert "unknown country" in capsys.readouterr().err


def test_cli_top_dyads(db_file: str, capsys) -> None:
    assert main(["top-dyads", "--db", db_file]) == 0
    out = capsys.readouterr().out
    assert "Most active dyads" in out and "Most changed dyads" in out
    assert main(["top-dyads", "--db", db_file, "--limit", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["target"], r["events"]) for r in data["active"]] == [("RUS", "UKR", 2)]
    assert len(data["changed"]) == 1
    assert main(["top-dyads", "--db", db_file, "--until", "31/12/2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
