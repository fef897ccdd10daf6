"""Accuracy of the coder against gold-coded sentences.

Each gold record (``{"id", "text", "events": [{"source", "target", "root", ...}],
"date"?, "noevents"?}``) is coded as a one-sentence article. Scores are micro
precision/recall/F1 over multisets of (source country, target country, CAMEO
root) per sentence, counting only factual predicted events (neither negated nor
hypothetical) that have a target; gold events missing source, target or code are
not scored, nor are predicted events whose source or target country is unknown (``---``).
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.coding.dates import BACKGROUND_DAYS
from detente.errors import InputError
from detente.records import Article, Mention

if TYPE_CHECKING:
    from detente.coding import Coder

logger = logging.getLogger(__name__)

HIGH_CONFIDENCE = 0.8
UNKNOWN_COUNTRY = "---"

Triple = tuple[str, str, str]


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SentenceResult:
    """Gold versus predicted triples of one record."""

    id: str
    text: str
    expected: Counter
    produced: Counter
    rules: dict[Triple, str]
    noevents: bool = False

    @property
    def errors(self) -> int:
        """Missed plus spurious triples."""
        return sum((self.expected - self.produced).values()) + sum((self.produced - self.expected).values())


@dataclass
class EvalReport:
    """Everything ``detente eval`` prints."""

    path: str
    overall: Counts = field(default_factory=Counts)
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_band: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    sentences: list[SentenceResult] = field(default_factory=list)
    noevent_records: int = 0
    noevent_with_events: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Headline figures as a JSON-ready dict."""
        return {"path": self.path, "precision": round(self.overall.precision, 4),
                "recall": round(self.overall.recall, 4), "f1": round(self.overall.f1, 4),
                "noevent_records": self.noevent_records, "noevent_with_events": self.noevent_with_events,
                "sentences": len(self.sentences)}

    def worst(self, n: int) -> list[SentenceResult]:
        """The ``n`` sentences with the most errors."""
        ranked = sorted((s for s in self.sentences if s.errors), key=lambda s: -s.errors)
        return ranked[:n]


def _iso_date(value: Any) -> str | None:
    text = str(value or "").strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text[:10] or None


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read gold records from a JSONL file.

    A record is a sentence (``text``) or an article file (``file``, relative to the gold
    file) whose events name their sentence with a ``sentence`` substring.

    Raises:
        InputError: Unreadable file or a line that is not a JSON object with ``text``.
    """
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror}); check the path") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not JSON ({exc.msg}); each line must be one gold record", number) from None
        if not isinstance(record, dict) or not (isinstance(record.get("text"), str)
                                                 or isinstance(record.get("file"), str)):
            raise InputError(str(path), "a gold record needs a string 'text' field (a sentence) or "
                                        "'file' (an article beside the gold file)", number)
        record.setdefault("id", Path(record["file"]).stem if "file" in record else f"line{number}")
        records.append(record)
    return records


def gold_triples(record: dict[str, Any]) -> Counter:
    """Scored gold triples of one record (events with source, target and root)."""
    triples: Counter = Counter()
    for event in record.get("events") or []:
        root = event.get("root") or (str(event["code"])[:2] if event.get("code") else None)
        if event.get("source") and event.get("target") and root:
            triples[(event["source"][:3], event["target"][:3], root)] += 1
    return triples


def predicted_triples(mentions: list[Mention], published: str | None = None) -> tuple[Counter, dict[Triple, Mention]]:
    """Scored predicted triples: factual mentions with a target.

    Like gold events without a source or target, predicted events whose source or target
    country is unknown (``---`` codes such as ``---CVL``) are not scored. Neither are events
    the text itself dates more than a month before ``published`` (background such as "struck
    Iranian sites in June 2025"): the gold sets code what the story reports as news.
    """
    triples: Counter = Counter()
    by_triple: dict[Triple, Mention] = {}
    for mention in mentions:
        if not mention.is_factual or mention.target is None:
            continue
        if published and mention.date and mention.date < published[:10] and _background(mention.date, published):
            continue
        if UNKNOWN_COUNTRY in (mention.source.country, mention.target.country):
            continue
        triple = (mention.source.country, mention.target.country, mention.root_code)
        triples[triple] += 1
        by_triple.setdefault(triple, mention)
    return triples, by_triple


def _background(when: str, published: str) -> bool:
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(when[:10])).days > BACKGROUND_DAYS
    except ValueError:
        return False


def evaluate(gold_path: Path, coder: Coder | None = None) -> EvalReport:
    """Code every record of ``gold_path`` and score the result.

    Sentence records are scored one by one; article records (``file``) per sentence of the
    article, each gold event placed by its ``sentence`` substring (unplaceable events count
    as missed).

    Args:
        gold_path: JSONL gold file.
        coder: Coder to evaluate (default: the packaged one).

    Raises:
        InputError: The gold file or an article it names cannot be read.
    """
    from detente.pipeline import code_articles

    started = time.perf_counter()
    gold_path = Path(gold_path)
    records = read_gold(gold_path)
    report = EvalReport(str(gold_path))
    articles = [_article(record, gold_path.parent) for record in records]
    # The same path `detente code` runs (sentence pre-filter included), so the figures are the product's.
    for record, coded in zip(records, code_articles(articles, coder=coder)):
        mentions = coded.mentions
        if "text" in record:
            _add_result(report, str(record["id"]), record["text"], gold_triples(record), mentions,
                        bool(record.get("noevents")), coded.article.published)
            continue
        sentences = [coded.article.text[start:end] for start, end in coded.sentences]
        placed: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for event in record.get("events") or []:
            where = next((i for i, sent in enumerate(sentences) if event.get("sentence")
                          and event["sentence"] in sent), -1)
            placed[where].append(event)
        for index in sorted(set(placed) | {m.sentence_index for m in mentions}):
            text = sentences[index] if index >= 0 else "(events whose sentence was not found)"
            _add_result(report, f"{record['id']}#{index}", text, gold_triples({"events": placed[index]}),
                        [m for m in mentions if m.sentence_index == index], False, coded.article.published)
    report.seconds = time.perf_counter() - started
    return report


def _article(record: dict[str, Any], base: Path) -> Article:
    """The article a gold record stands for (a sentence, or a text file beside the gold file)."""
    date = _iso_date(record.get("date"))
    if "text" in record:
        return Article(id=str(record["id"]), paragraphs=[record["text"]], published=date)
    from detente.ingest import read_paths

    path = base / record["file"]
    errors: list[InputError] = []
    found = list(read_paths([path], on_error=errors.append))
    if not found:
        raise errors[0] if errors else InputError(str(path), "no article could be read from this file")
    article = found[0]
    return Article(id=str(record["id"]), paragraphs=article.paragraphs, title=article.title,
                   published=date or article.published)


def _add_result(report: EvalReport, rid: str, text: str, expected: Counter, mentions: list[Mention],
                noevents: bool, published: str | None = None) -> None:
    produced, by_triple = predicted_triples(mentions, published)
    if noevents:
        report.noevent_records += 1
        report.noevent_with_events += bool(produced)
    _score(report.overall, expected, produced)
    for root in {t[2] for t in expected} | {t[2] for t in produced}:
        _score(report.by_root[root], Counter({t: n for t, n in expected.items() if t[2] == root}),
               Counter({t: n for t, n in produced.items() if t[2] == root}))
    for triple, count in produced.items():
        band = "high" if by_triple[triple].confidence >= HIGH_CONFIDENCE else "low"
        hits = min(count, expected.get(triple, 0))
        report.by_band[band].tp += hits
        report.by_band[band].fp += count - hits
    report.sentences.append(SentenceResult(rid, text, expected, produced,
                                           {t: m.rule for t, m in by_triple.items()}, noevents))


def _score(counts: Counts, expected: Counter, produced: Counter) -> None:
    hits = sum((expected & produced).values())
    counts.tp += hits
    counts.fp += sum(produced.values()) - hits
    counts.fn += sum(expected.values()) - hits


def _fmt(triples: Counter) -> str:
    return ", ".join(f"{s}→{t} {r}" + (f" x{n}" if n > 1 else "") for (s, t, r), n in sorted(triples.items())) or "-"


def format_report(report: EvalReport, *, by_root: bool = False, errors: int = 0) -> str:
    """Render the report as text; the last line is ``P=… R=… F1=…``."""
    lines = [f"{report.path}: {len(report.sentences)} sentences in {report.seconds:.1f}s"]
    if by_root:
        lines.append("root   tp   fp   fn      P      R     F1")
        for root in sorted(report.by_root):
            c = report.by_root[root]
            lines.append(f"{root:>4} {c.tp:4d} {c.fp:4d} {c.fn:4d}  {c.precision:.3f}  {c.recall:.3f}  {c.f1:.3f}")
    for band, label in (("high", f"confidence >= {HIGH_CONFIDENCE}"), ("low", f"confidence <  {HIGH_CONFIDENCE}")):
        c = report.by_band.get(band, Counts())
        lines.append(f"precision at {label}: {c.precision:.3f} ({c.tp}/{c.tp + c.fp})")
    if report.noevent_records:
        lines.append(f"no-event sentences with events: {report.noevent_with_events}/{report.noevent_records}")
    if errors:
        lines.append(f"worst {errors} sentences:")
        for result in report.worst(errors):
            lines.append(f"- [{result.id}] {result.text}")
            lines.append(f"    expected: {_fmt(result.expected)}")
            lines.append(f"    produced: {_fmt(result.produced)}")
            for triple, rule in sorted(result.rules.items()):
                lines.append(f"    rule {triple[0]}→{triple[1]} {triple[2]}: {rule}")
    o = report.overall
    lines.append(f"P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    return "\n".join(lines)


def baseline_key(gold_path: Path) -> str:
    """Key of a gold file in a baseline: its folder and name ("gold/plover_gsr_cameo.jsonl")."""
    return f"{gold_path.parent.name}/{gold_path.name}"


def update_baseline(report: EvalReport, baseline_path: Path, *, allow_lower: bool = False,
                    margin: float = 0.01) -> dict[str, Any]:
    """Raise the accuracy floors for ``report``'s gold file to the measured value minus ``margin``.

    Floors are keyed by :func:`baseline_key`. Lower floors are refused unless ``allow_lower``.

    Raises:
        InputError: The baseline exists but is not valid JSON.
    """
    from detente.errors import ConfigError

    path = Path(baseline_path)
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not JSON ({exc.msg}); fix or delete the baseline file") from None
    key = baseline_key(Path(report.path))
    old = data.get(key, {})
    new = {
        "precision": round(max(0.0, report.overall.precision - margin), 3),
        "recall": round(max(0.0, report.overall.recall - margin), 3),
        "f1": round(max(0.0, report.overall.f1 - margin), 3),
        "max_noevent_with_events": report.noevent_with_events,
    }
    measured = {"precision": report.overall.precision, "recall": report.overall.recall, "f1": report.overall.f1}
    # a regression is a measured value under its floor; the margin alone never counts as one
    lowered = [k for k in ("precision", "recall", "f1") if k in old and measured[k] < old[k]]
    if "max_noevent_with_events" in old and new["max_noevent_with_events"] > old["max_noevent_with_events"]:
        lowered.append("max_noevent_with_events")
    if lowered and not allow_lower:
        raise ConfigError(f"the measured accuracy is below the pinned floor for {', '.join(lowered)} of {key} "
                          f"(pinned {old}, measured {measured}); fix the regression or pass --allow-lower")
    if not allow_lower:
        for k in ("precision", "recall", "f1"):
            new[k] = max(new[k], old.get(k, 0.0))
        if "max_noevent_with_events" in old:
            new["max_noevent_with_events"] = min(new["max_noevent_with_events"], old["max_noevent_with_events"])
    data[key] = new
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return new
