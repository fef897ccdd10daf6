"""Flat, one-row-per-record views of mentions and events, and the ``detente code`` writer.

The same column lists serve CSV, JSONL tables and Parquet, so a column means the
same thing in every format.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable
from typing import Any, TextIO

from detente.errors import ConfigError
from detente.records import ActorRef, Event, Location, Mention

logger = logging.getLogger(__name__)

MENTION_FORMATS = ("jsonl", "csv")

_ACTOR_FIELDS = ("code", "name", "text", "start", "end")
_LOCATION_FIELDS = ("name", "country", "lat", "lon")

MENTION_COLUMNS: tuple[str, ...] = (
    "doc_id", "sentence_index",
    *(f"source_{name}" for name in _ACTOR_FIELDS),
    *(f"target_{name}" for name in _ACTOR_FIELDS),
    "event_code", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode",
    "negated", "hypothetical", "date",
    *(f"location_{name}" for name in _LOCATION_FIELDS),
    "confidence", "rule", "sentence_start", "sentence_end", "verb", "verb_start", "verb_end",
    "sentence",
)

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "source_code", "source_name", "target_code", "target_name",
    "event_code", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode", "date",
    *(f"location_{name}" for name in _LOCATION_FIELDS),
    "num_mentions", "num_sources", "num_articles", "first_seen", "source_url", "confidence",
)


def _actor_columns(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {f"{prefix}_{name}": getattr(actor, name) if actor else None for name in _ACTOR_FIELDS}


def _location_columns(location: Location | None) -> dict[str, Any]:
    return {f"location_{name}": getattr(location, name) if location else None for name in _LOCATION_FIELDS}


def mention_row(mention: Mention) -> dict[str, Any]:
    """Return ``mention`` as a flat dict keyed by :data:`MENTION_COLUMNS`."""
    return {
        "doc_id": mention.doc_id,
        "sentence_index": mention.sentence_index,
        **_actor_columns("source", mention.source),
        **_actor_columns("target", mention.target),
        "event_code": mention.event_code,
        "root_code": mention.root_code,
        "quad_class": mention.quad_class,
        "goldstein": mention.goldstein,
        "plover_type": mention.plover_type,
        "plover_mode": mention.plover_mode,
        "negated": mention.negated,
        "hypothetical": mention.hypothetical,
        "date": mention.date,
        **_location_columns(mention.location),
        "confidence": round(mention.confidence, 3),
        "rule": mention.rule,
        "sentence_start": mention.sentence_start,
        "sentence_end": mention.sentence_end,
        "verb": mention.verb_text,
        "verb_start": mention.verb_start,
        "verb_end": mention.verb_end,
        "sentence": mention.sentence,
    }


def event_row(event: Event) -> dict[str, Any]:
    """Return ``event`` as a flat dict keyed by :data:`EVENT_COLUMNS`."""
    row = {name: getattr(event, name) for name in EVENT_COLUMNS if not name.startswith("location_")}
    row.update(_location_columns(event.location))
    row["confidence"] = round(event.confidence, 3)
    return {name: row[name] for name in EVENT_COLUMNS}


def write_mentions(mentions: Iterable[Mention], out: TextIO, fmt: str = "jsonl", *, header: bool = True) -> int:
    """Write coded mentions to a text stream.

    Args:
        mentions: The mentions, written in the order given.
        out: A text stream (for CSV open it with ``newline=""``).
        fmt: ``jsonl`` — one :meth:`Mention.to_dict` object per line; ``csv`` — a header
            and one flat row per mention (:data:`MENTION_COLUMNS`).
        header: For CSV, write the header line (callers streaming several batches
            into one file pass False after the first).

    Returns:
        The number of mentions written.

    Raises:
        ConfigError: When ``fmt`` is not a supported format.
    """
    if fmt not in MENTION_FORMATS:
        raise ConfigError(f"unknown mention format {fmt!r}; use one of {', '.join(MENTION_FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for mention in mentions:
            out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=MENTION_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for mention in mentions:
        writer.writerow(mention_row(mention))
        count += 1
    return count
