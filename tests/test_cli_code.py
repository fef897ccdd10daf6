"""`detente code` end to end through the CLI: formats, storage, skipped input, the shared example."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from detente.cli import EXIT_OK, EXIT_SKIPPED, main

TEXT = (
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Riyadh on Tuesday.\n\n"
    "China accused Japan of provoking tensions in the East China Sea."
)


@pytest.fixture
def news_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    records = [
        {"id": "a1", "text": TEXT, "date": "2025-02-18", "url": "https://example.org/a1", "source": "Wire"},
        {"id": "a2", "text": "The weather in Oslo was mild for the season, forecasters said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
def test_code_jsonl_uses_record_ids_and_full_event_shape(news_file, capsys):
    assert main(["code", str(news_file)]) == EXIT_OK
    events = _events(capsys.readouterr().out)
    assert events, "the meeting and the accusation should be coded"
    assert {e["doc_id"] for e in events} == {"a1"}
    meeting = [e for e in events if e["root_code"] == "04"]
    assert meeting and meeting[0]["source"]["code"].startswith("RUS")
    assert meeting[0]["target"]["code"].startswith("USA")
    for event in events:
        assert set(event) >= {"doc_id", "sentence_index", "sentence", "source", "target", "event_code",
                              "root_code", "quad_class", "goldstein", "plover", "negated", "hypothetical",
                              "date", "location", "confidence", "evidence"}
        assert event["date"] == "2025-02-18"
        assert event["evidence"]["rule"]
        start, end = event["evidence"]["verb_start"], event["evidence"]["verb_end"]
        assert TEXT[start:end] == event["evidence"]["verb"]


@pytest.mark.slow
def test_code_csv_to_file_and_database(news_file, tmp_path, capsys):
    out = tmp_path / "events.csv"
    db = tmp_path / "events.db"
    assert main(["code", str(news_file), "--format", "csv", "-o", str(out), "--db", str(db)]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(row["event_code"][:1] in "012" for row in rows)
    capsys.readouterr()
    assert main(["db", "stats", "--db", str(db), "--json"]) == EXIT_OK
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 2 and stats["mentions"] == len(rows)
    # Re-coding the same file stores nothing new.
    assert main(["code", str(news_file), "--db", str(db), "--quiet"]) == EXIT_OK
    capsys.readouterr()
    main(["db", "stats", "--db", str(db), "--json"])
    assert json.loads(capsys.readouterr().out)["mentions"] == len(rows)


@pytest.mark.slow
def test_bad_records_are_reported_and_the_rest_is_coded(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "good", "text": TEXT}) + "\n" + "{not json\n" + json.dumps({"id": "no-text"}) + "\n",
        encoding="utf-8",
    )
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 10)
    assert main(["code", str(path), str(binary), str(tmp_path / "missing.txt")]) == EXIT_SKIPPED
    captured = capsys.readouterr()
    assert {e["doc_id"] for e in _events(captured.out)} == {"good"}
    assert "mixed.jsonl:2:" in captured.err and "mixed.jsonl:3:" in captured.err
    assert "scan.pdf" in captured.err and "missing.txt" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.slow
def test_moscow_times_example_codes_geneva_meeting_not_the_ruled_out_acts(shared_dir, capsys):
    path = shared_dir / "examples/crawler-text/moscowtimes_putin_mindset.txt"
    assert main(["code", str(path)]) == EXIT_OK
    events = _events(capsys.readouterr().out)
    factual = [e for e in events if not (e["negated"] or e["hypothetical"])]
    countries = {(e["source"]["code"][:3], (e["target"] or {}).get("code", "")[:3], e["root_code"]) for e in factual}
    assert ("RUS", "USA", "04") in countries and ("USA", "RUS", "04") in countries
    # A reset, detente, concession, apology or shouting match is ruled out in the text, never a fact.
    ruled_out = ("reset", "détente", "concession", "apology", "shouting match")
    for event in factual:
        sentence = event["sentence"].lower()
        # The only fact in those sentences is the Geneva meeting itself.
        assert not any(word in sentence for word in ruled_out) or event["root_code"] == "04", event


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err.lower()


@pytest.mark.slow
def test_dask_engine_gives_the_local_events(news_file, tmp_path, capsys):
    pytest.importorskip("distributed")
    assert main(["code", str(news_file)]) == EXIT_OK
    local = _events(capsys.readouterr().out)
    parquet = tmp_path / "parts"
    db = tmp_path / "dask.db"
    assert main(["code", str(news_file), "--engine", "dask", "--workers", "1", "--parquet", str(parquet),
                 "--db", str(db)]) == EXIT_OK
    distributed = _events(capsys.readouterr().out)
    assert distributed == local
    assert (parquet / "mentions").is_dir()


def test_dask_engine_needs_a_parquet_folder(news_file, capsys):
    assert main(["code", str(news_file), "--engine", "dask"]) == 2
    assert "--parquet" in capsys.readouterr().err


def test_unwritable_output_is_a_user_error(news_file, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "events.jsonl"
    assert main(["code", str(news_file), "-o", str(target)]) == 2
    assert "choose another -o path" in capsys.readouterr().err
