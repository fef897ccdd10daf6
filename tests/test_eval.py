"""The evaluation harness: scoring rules, report format, CLI and baseline floors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from detente.cli import main
from detente.errors import ConfigError, InputError
from detente.evaluate import Counts, evaluate, format_report, gold_triples, read_gold, update_baseline

RECORDS = [
    {"id": "a", "text": "Germany condemned Iran on Tuesday.", "date": "20250304",
     "events": [{"source": "DEU", "target": "IRN", "code": "111", "root": "11"}]},
    {"id": "b", "text": "Spain did not meet Morocco's delegation.", "events": []},
    {"id": "c", "text": "Brazil praised Chile.",
     "events": [{"source": "BRA", "target": "CHL", "code": "051", "root": "05"},
                {"source": None, "target": "CHL", "code": "051", "root": "05"}]},
    {"id": "d", "text": "The weather was mild in Lisbon.", "events": [], "noevents": True},
]


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_counts_arithmetic():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_gold_triples_skip_unscorable_events():
    assert gold_triples(RECORDS[2]) == Counter({("BRA", "CHL", "05"): 1})
    assert gold_triples({"events": [{"source": "USA", "target": "RUS", "code": None, "root": None}]}) == Counter()


def test_evaluate_scores_factual_targeted_events(gold: Path):
    report = evaluate(gold)
    assert report.overall.tp == 2 and report.overall.fp == 0 and report.overall.fn == 0
    assert report.noevent_records == 1 and report.noevent_with_events == 0
    assert set(report.by_root) == {"11", "05"}
    text = format_report(report, by_root=True, errors=3)
    assert text.splitlines()[-1] == "P=1.000 R=1.000 F1=1.000"
    assert "no-event sentences with events: 0/1" in text
    assert "confidence >= 0.8" in text


def test_cli_eval_prints_errors_and_last_line(gold: Path, capsys, tmp_path: Path):
    miss = tmp_path / "miss.jsonl"
    miss.write_text(json.dumps({"id": "x", "text": "Brazil praised Chile.",
                                "events": [{"source": "BRA", "target": "ARG", "root": "05"}]}) + "\n")
    assert main(["eval", str(miss), "--errors", "5", "--by-root"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "P=0.000 R=0.000 F1=0.000"
    joined = "\n".join(out)
    assert "expected: BRA→ARG 05" in joined and "produced: BRA→CHL 05" in joined and "rule BRA→CHL" in joined


def test_bad_gold_file(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok"}\nnot json\n')
    with pytest.raises(InputError) as info:
        read_gold(bad)
    assert info.value.line == 2
    assert main(["eval", str(tmp_path / "absent.jsonl")]) == 2


def test_update_baseline_raises_and_refuses_to_lower(gold: Path, tmp_path: Path):
    report = evaluate(gold)
    baseline = tmp_path / "baseline.json"
    floors = update_baseline(report, baseline)
    assert floors["f1"] == pytest.approx(0.99) and floors["max_noevent_with_events"] == 0
    report.overall = Counts(tp=1, fp=1, fn=1)
    with pytest.raises(ConfigError, match="allow-lower"):
        update_baseline(report, baseline)
    lowered = update_baseline(report, baseline, allow_lower=True)
    assert lowered["f1"] == pytest.approx(0.49)
    assert json.loads(baseline.read_text())[f"{gold.parent.name}/gold.jsonl"]["f1"] == pytest.approx(0.49)


def test_cli_update_baseline(gold: Path, tmp_path: Path, capsys):
    baseline = tmp_path / "b.json"
    assert main(["eval", str(gold), "--update-baseline", str(baseline)]) == 0
    assert json.loads(baseline.read_text())[f"{gold.parent.name}/gold.jsonl"]["precision"] == pytest.approx(0.99)
    assert capsys.readouterr().out.splitlines()[-1].startswith("P=")


def test_unknown_country_predictions_are_not_scored(nlp):
    from detente.coding import Coder
    from detente.evaluate import predicted_triples
    from detente.records import Article

    # two countries named equally: no country the article is about, so the militants stay unplaced
    article = Article(id="u", paragraphs=["Militants attacked soldiers near the border between Nigeria and Chad."])
    mentions = Coder.default().code_doc(nlp(article.text), article)
    assert mentions and mentions[0].source.code.startswith("---")
    assert predicted_triples(mentions)[0] == Counter()


def test_article_records_are_scored_per_sentence(tmp_path: Path):
    (tmp_path / "a1.txt").write_text("Border talks\nMarch 3, 2025\n\nGermany condemned Iran on Tuesday.\n\n"
                                     "Brazil praised Chile.\n", encoding="utf-8")
    gold = tmp_path / "articles.jsonl"
    gold.write_text(json.dumps({"file": "a1.txt", "date": "20250303", "events": [
        {"source": "BRA", "target": "CHL", "root": "05", "sentence": "Brazil praised"},
        {"source": "DEU", "target": "IRN", "root": "11", "sentence": "Germany condemned"}]}) + "\n")
    report = evaluate(gold)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 0, 0)
    assert {r.id for r in report.sentences} == {"a1#0", "a1#1"}


def test_update_baseline_twice_with_the_same_figures_is_no_regression(gold: Path, tmp_path: Path):
    report = evaluate(gold)
    baseline = tmp_path / "baseline.json"
    first = update_baseline(report, baseline)
    # the floor sits a margin under the measured value; measuring the same again must not count as lower
    assert update_baseline(report, baseline) == first
