"""Readers for corpora with one article per record: JSONL, JSON arrays, CSV/TSV.

Fields: ``text`` (required; ``body``/``content`` accepted), ``id``, ``title``,
``date``, ``url``, ``source`` (the publisher) and optionally ``subtitle`` and
``authors``. A bad record is reported and skipped; the others are still read.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from detente.errors import InputError
from detente.ingest.dates import normalise_date
from detente.ingest.paragraphs import clean_inline, join_cut, split_blocks
from detente.ingest.streams import text_lines
from detente.ingest.urls import publisher_name, repair_url
from detente.records import Article, content_hash

logger = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "body", "content")
_ALIASES = {
    "id": ("id", "doc_id", "article_id", "uid"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "standfirst", "summary", "description"),
    "date": ("date", "published", "publish_date", "pubdate", "published_at", "datetime", "timestamp"),
    "url": ("url", "link", "source_url"),
    "source": ("source", "publisher", "outlet", "sitename", "site"),
    "authors": ("authors", "author", "byline"),
}
_FIELDS_HINT = 'each record needs "text" (optional: "id", "title", "date", "url", "source")'

Report = Callable[[InputError], None]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed the 128 KiB default


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _ALIASES[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def record_paragraphs(text: str) -> list[str]:
    """Paragraphs of a record's text: blank lines separate, single newlines are joined."""
    return join_cut([" ".join(block) for block in split_blocks(text)])


def article_from_record(record: dict[str, Any], *, path: str, line: int, fmt: str) -> Article:
    """Build an :class:`Article` from one corpus record.

    Args:
        record: The parsed record (keys lower-cased for CSV).
        path: Source file, for provenance and messages.
        line: 1-based line (JSONL/CSV) or record number (JSON array).
        fmt: ``jsonl``, ``json`` or ``csv``.

    Raises:
        InputError: The record has no usable text.
    """
    text = next((record[key] for key in TEXT_FIELDS if key in record and record[key] is not None), None)
    if text is None:
        raise InputError(path, f'no "text" field — {_FIELDS_HINT}', line)
    if not isinstance(text, str):
        raise InputError(path, f'"text" is a {type(text).__name__}, not a string — put the article body in "text" as a string', line)
    paragraphs = record_paragraphs(text)
    if not paragraphs:
        raise InputError(path, 'empty article: "text" has no words — remove the record or fill in its text', line)
    raw_date = _field(record, "date")
    published = normalise_date(raw_date)
    if raw_date is not None and published is None:
        logger.warning("%s:%s: date %r not understood; stored without a date (use YYYY-MM-DD)", path, line, raw_date)
    url = _field(record, "url")
    url = (repair_url([str(url)]) or str(url)) if url is not None else None
    authors = _field(record, "authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    title = _field(record, "title")
    subtitle = _field(record, "subtitle")
    source = _field(record, "source")
    record_id = _field(record, "id")
    article = Article(
        id=str(record_id) if record_id is not None else content_hash("\n\n".join(paragraphs)),
        paragraphs=paragraphs,
        title=(clean_inline(str(title)) or None) if title is not None else None,
        subtitle=(clean_inline(str(subtitle)) or None) if subtitle is not None else None,
        authors=[str(a) for a in authors] if isinstance(authors, list) else [],
        published=published,
        url=url,
        publisher=str(source) if source is not None else publisher_name(url),
        source_path=path,
        format=fmt,
        record=line,
    )
    return article


def read_jsonl(lines: Iterable[str], path: str, report: Report) -> Iterator[Article]:
    """Read JSON Lines: one JSON object per line; blank lines are ignored.

    Args:
        lines: The input split at ``\\n`` (see :mod:`detente.ingest.streams`); read lazily.
        path: Source name for provenance and messages.
        report: Receives each bad record.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno}) — "
                                    'each line must be one JSON object like {"id": "a1", "text": "..."}', number))
            continue
        yield from _record(record, path, number, "jsonl", report)


def read_json(text: str, path: str, report: Report) -> Iterator[Article]:
    """Read a JSON array of article objects (or a single object)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n{" in text or text.lstrip().startswith("{"):
            yield from read_jsonl(text_lines(text), path, report)  # JSON Lines saved as .json
            return
        report(InputError(path, f"not valid JSON ({exc.msg})", exc.lineno))
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield from _record(record, path, number, "json", report)


def _record(record: Any, path: str, number: int, fmt: str, report: Report) -> Iterator[Article]:
    if not isinstance(record, dict):
        report(InputError(path, f"a JSON {type(record).__name__} is not an article — {_FIELDS_HINT}", number))
        return
    try:
        yield article_from_record(record, path=path, line=number, fmt=fmt)
    except InputError as exc:
        report(exc)


def read_csv(lines: Iterable[str], path: str, report: Report, delimiter: str = ",") -> Iterator[Article]:
    """Read CSV/TSV with a header row; ``line`` is the line where each record starts.

    Args:
        lines: The input split at ``\\n`` (see :mod:`detente.ingest.streams`); read lazily.
        path: Source name for provenance and messages.
        report: Receives each bad record.
        delimiter: ``,`` or a tab.
    """
    # also split at a bare \r (old Mac line ends), which the csv module rejects inside a line
    parts = (part for line in lines for part in line.splitlines(keepends=True))
    reader = csv.reader(parts, delimiter=delimiter)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        report(InputError(path, "empty file — a CSV corpus needs a header row with a text column", 1))
        return
    except csv.Error as exc:
        report(InputError(path, f"cannot parse the header row ({exc})", 1))
        return
    if not set(header) & set(TEXT_FIELDS):
        report(InputError(path, f'no "text" column in the header ({", ".join(header)}) — '
                                'name the article body column "text"', 1))
        return
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report(InputError(path, f"malformed CSV ({exc}) — check quoting; stopped reading this file", line))
            return
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            report(InputError(path, f"{len(row)} fields but the header has {len(header)} — quote fields that contain the delimiter", start))
            continue
        yield from _record(dict(zip(header, row)), path, start, "csv", report)
