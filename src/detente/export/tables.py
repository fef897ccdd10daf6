"""Analysis tables: events and mentions as Parquet, CSV or JSONL with every field.

Parquet files carry an explicit Arrow schema (codes as strings, flags as booleans,
coordinates as doubles), so DuckDB, polars and pandas read the same types.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError
from detente.export.flat import EVENT_COLUMNS, MENTION_COLUMNS, event_row, mention_row
from detente.records import Article, Event, Mention

if TYPE_CHECKING:
    import pyarrow as pa

    from detente.store import Store

logger = logging.getLogger(__name__)

TABLE_FORMATS = ("parquet", "csv", "jsonl")
TABLES = ("events", "mentions")
_CHUNK_ROWS = 10_000

_INT_COLUMNS = {"id", "event_id", "sentence_index", "quad_class", "num_mentions", "num_sources",
                "num_articles", "source_start", "source_end", "target_start", "target_end",
                "sentence_start", "sentence_end", "verb_start", "verb_end"}
_FLOAT_COLUMNS = {"goldstein", "confidence", "location_lat", "location_lon"}
_BOOL_COLUMNS = {"negated", "hypothetical"}

MentionWithEvent = tuple[int | None, Mention]


def table_columns(table: str) -> tuple[str, ...]:
    """Column names of ``events`` or ``mentions`` (mentions lead with ``event_id``)."""
    return EVENT_COLUMNS if table == "events" else ("event_id", *MENTION_COLUMNS)


def _arrow_schema(columns: Iterable[str]) -> pa.Schema:
    import pyarrow as pa

    def arrow_type(name: str) -> pa.DataType:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        if name in _BOOL_COLUMNS:
            return pa.bool_()
        return pa.string()

    return pa.schema([(name, arrow_type(name)) for name in columns])


def _rows(table: str, records: Iterable[Any]) -> Iterator[dict[str, Any]]:
    if table == "events":
        yield from (event_row(event) for event in records)
    else:
        yield from ({"event_id": event_id, **mention_row(mention)} for event_id, mention in records)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_table(table: str, records: Iterable[Any], path: Path, fmt: str) -> int:
    """Write one table to one file.

    Args:
        table: ``events`` (records are :class:`Event`) or ``mentions`` (records are
            ``(event_id or None, Mention)`` pairs).
        records: The records, streamed.
        path: Output file.
        fmt: ``parquet``, ``csv`` (with header) or ``jsonl`` (one flat object per line).

    Returns:
        The number of rows written.

    Raises:
        ConfigError: For an unknown table or format.
    """
    if table not in TABLES:
        raise ConfigError(f"unknown table {table!r}; use one of {', '.join(TABLES)}")
    if fmt not in TABLE_FORMATS:
        raise ConfigError(f"unknown table format {fmt!r}; use one of {', '.join(TABLE_FORMATS)}")
    columns = table_columns(table)
    rows = _rows(table, records)
    count = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(columns)
        with pq.ParquetWriter(path, schema) as writer:
            for chunk in _chunks(rows):
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
            if count == 0:
                writer.write_table(schema.empty_table())
        return count
    with open(path, "w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        else:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count


def write_tables(
    events: Iterable[Event],
    mentions: Iterable[MentionWithEvent],
    directory: Path,
    fmt: str,
) -> dict[str, tuple[Path, int]]:
    """Write ``events.<fmt>`` and ``mentions.<fmt>`` into ``directory`` (created if needed).

    Returns:
        ``{"events": (path, rows), "mentions": (path, rows)}``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[Path, int]] = {}
    for table, records in (("events", events), ("mentions", mentions)):
        path = directory / f"{table}.{fmt}"
        written[table] = (path, write_table(table, records, path, fmt))
    return written


def store_mentions_with_events(
    store: Store, *, since: str | None = None, until: str | None = None,
) -> Iterator[MentionWithEvent]:
    """Every stored mention in the date range, with the id of the event it counts towards.

    One query: each stored mention carries its event id (None for mentions that
    belong to no event, e.g. negated or hypothetical ones).
    """
    for mention in store.mentions(since=since, until=until):
        yield mention.event_id, mention


class EventMentions:
    """The mentions (and their articles) of an ordered list of events, fetched in bulk.

    Asking for one event's mentions loads those of the next :attr:`chunk` events of the
    list with one query (and their articles with one more), so a writer walking the
    list in order makes two queries per chunk and holds one chunk at a time.

    Args:
        store: The event store.
        events: The events being exported, in export order.
        chunk: Events fetched per query.
    """

    def __init__(self, store: Store, events: Sequence[Event], *, chunk: int = 500) -> None:
        self._store = store
        self._events = list(events)
        self._position = {event.id: index for index, event in enumerate(self._events)}
        self.chunk = max(int(chunk), 1)
        self._mentions: dict[int, list[Mention]] = {}
        self._articles: dict[str, Article] = {}

    def _load(self, event_id: int) -> None:
        start = self._position[event_id]
        ids = [event.id for event in self._events[start:start + self.chunk]]
        found = self._store.mentions_by_event(ids)
        self._mentions = {event: found.get(event, []) for event in ids}
        self._articles = self._store.articles_by_id(
            mention.doc_id for mentions in found.values() for mention in mentions)

    def __call__(self, event_id: int) -> list[Mention]:
        """The mentions of one event of the list (in storage order)."""
        if event_id not in self._mentions:
            self._load(event_id)
        return self._mentions[event_id]

    def article(self, doc_id: str) -> Article | None:
        """The article of a mention returned by the last call (None if unknown)."""
        return self._articles.get(doc_id)

    def pairs(self) -> Iterator[tuple[Event, Mention]]:
        """``(event, mention)`` for every mention of every event, in list order."""
        for event in self._events:
            for mention in self(event.id):
                yield event, mention
