"""Dyad charts: PNG/SVG files a person can read at a glance."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest

from detente.charts import dyad_chart, period_start
from detente.errors import ConfigError
from detente.records import DyadPeriod

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def make_period(period: str, q1: int, q2: int, q3: int, q4: int, source: str = "RUS",
                target: str = "UKR") -> DyadPeriod:
    counts = {1: q1, 2: q2, 3: q3, 4: q4}
    scores = {1: 2.0, 2: 6.0, 3: -4.0, 4: -9.0}
    total = q1 + q2 + q3 + q4
    goldstein_sum = sum(scores[q] * n for q, n in counts.items())
    return DyadPeriod(period=period, source=source, target=target, counts=counts,
                      goldstein_sum=goldstein_sum, goldstein_mean=goldstein_sum / total if total else None,
                      conflict_share=(q3 + q4) / total if total else None, top_codes=[("042", q1)])


def crisis_year(source: str = "RUS", target: str = "UKR") -> list[DyadPeriod]:
    """A year that starts with talks, turns to threats and fighting, then calms down."""
    shape = [(8, 3, 1, 0), (9, 2, 2, 0), (6, 1, 5, 1), (3, 0, 9, 4), (2, 0, 12, 14), (1, 0, 10, 18),
             (2, 1, 8, 11), (4, 1, 6, 5), (0, 0, 0, 0), (7, 2, 3, 1), (9, 4, 2, 0), (10, 5, 1, 0)]
    return [make_period(f"2023-{month:02d}", *counts, source=source, target=target)
            for month, counts in enumerate(shape, start=1)]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_dyad_chart_png(artifacts_dir: Path) -> None:
    path = dyad_chart(crisis_year(), artifacts_dir / "dyad_rus_ukr.png", title="Russia and Ukraine, 2023",
                      names={"RUS": "Russia", "UKR": "Ukraine"})
    width, height = png_size(path)
    assert (width, height) == (1320, 612)
    assert 20_000 < path.stat().st_size < 2_000_000


def test_dyad_chart_both_ways_gets_a_panel_per_direction(artifacts_dir: Path) -> None:
    periods = crisis_year() + crisis_year("UKR", "RUS")[2:]
    path = dyad_chart(periods, artifacts_dir / "dyad_rus_ukr_both_ways.png", title="Russia ⇄ Ukraine, 2023",
                      names={"RUS": "Russia", "UKR": "Ukraine"})
    width, height = png_size(path)
    assert width == 1320 and height > 1.8 * 612


def test_dyad_chart_svg_and_undated_periods(tmp_path: Path) -> None:
    periods = [make_period(label, 2, 1, 1, 0) for label in ("early", "late")]
    path = dyad_chart(periods, tmp_path / "chart.svg", title="Undated")
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "early" in text


def test_dyad_chart_rejects_bad_suffix_and_empty_series(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\.png or \.svg"):
        dyad_chart(crisis_year(), tmp_path / "chart.jpg", title="x")
    with pytest.raises(ConfigError, match="no events"):
        dyad_chart([], tmp_path / "chart.png", title="x")


@pytest.mark.parametrize(("label", "expected"), [
    ("2024-03-05", (date(2024, 3, 5), 1)),
    ("2024-W10", (date(2024, 3, 4), 7)),
    ("2024-03", (date(2024, 3, 1), 30)),
    ("2024-Q2", (date(2024, 4, 1), 91)),
    ("2024", (date(2024, 1, 1), 365)),
    ("March", None),
])
def test_period_start(label: str, expected: tuple[date, int] | None) -> None:
    assert period_start(label) == expected


def stored_dyad(path: Path) -> str:
    """An event database with a few months of Russia–Ukraine events in both directions."""
    from detente.codes import lookup
    from detente.records import ActorRef, Article, CodedArticle, Mention
    from detente.store import Store

    plan = [("2024-01-10", "RUSGOV", "UKRGOV", "042"), ("2024-01-20", "UKRGOV", "RUSGOV", "036"),
            ("2024-02-03", "RUSMIL", "UKRMIL", "190"), ("2024-02-04", "RUSGOV", "UKRGOV", "130"),
            ("2024-04-15", "UKRGOV", "RUSGOV", "112"), ("2024-04-16", "RUSGOV", "UKRGOV", "0831")]
    names = {"GOV": "government", "MIL": "military"}
    country = {"RUS": "Russia", "UKR": "Ukraine"}
    coded = []
    for day, source, target, code in plan:
        text = f"{source} acted towards {target} on {day} under code {code}."
        entry = lookup(code)
        mention = Mention(
            doc_id=f"doc-{day}-{code}", sentence_index=0, sentence=text, sentence_start=0,
            source=ActorRef(source, f"{country[source[:3]]} ({names[source[3:]]})", source, 0, len(source)),
            target=ActorRef(target, f"{country[target[:3]]} ({names[target[3:]]})", target,
                            text.index(target), text.index(target) + len(target)),
            event_code=code, root_code=code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
            date=day, confidence=0.7)
        article = Article(id=mention.doc_id, paragraphs=[text], published=day)
        coded.append(CodedArticle(article, [(0, len(text))], [mention]))
    with Store(path) as store:
        store.add_batch(coded)
    return str(path)


def test_cli_chart_dyad_both_ways(tmp_path: Path, artifacts_dir: Path, capsys) -> None:
    from detente.cli import main

    db = stored_dyad(tmp_path / "events.db")
    out = artifacts_dir / "cli_chart_rus_ukr.png"
    assert main(["chart", "dyad", "RUS", "UKR", "--both-ways", "-o", str(out), "--db", db]) == 0
    assert str(out) in capsys.readouterr().err
    assert png_size(out)[0] == 1320
    width, height = png_size(out)
    assert width == 1320 and height > 1.8 * 612
    svg = tmp_path / "chart.svg"
    assert main(["chart", "dyad", "RUS", "UKR", "--by", "week", "-o", str(svg), "--db", db]) == 0
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_cli_chart_without_events_is_a_clear_error(tmp_path: Path, capsys) -> None:
    from detente.cli import main

    db = stored_dyad(tmp_path / "events.db")
    assert main(["chart", "dyad", "USA", "CHN", "-o", str(tmp_path / "x.png"), "--db", db]) == 2
    assert "no events for this dyad" in capsys.readouterr().err
