"""Exports: coded mentions (JSONL/CSV), GDELT 2.0 Event and Mentions tables, and
analysis tables (Parquet/CSV/JSONL). Every writer works over records, not the store."""

from __future__ import annotations

from detente.export.flat import EVENT_COLUMNS, MENTION_COLUMNS, event_row, mention_row, write_mentions
from detente.export.gdelt import event_columns, fips_code, mention_columns, write_gdelt_events, write_gdelt_mentions
from detente.export.tables import EventMentions, store_mentions_with_events, write_table, write_tables

__all__ = [
    "EVENT_COLUMNS", "MENTION_COLUMNS", "EventMentions", "event_columns", "event_row", "fips_code",
    "mention_columns", "mention_row", "store_mentions_with_events", "write_gdelt_events", "write_gdelt_mentions",
    "write_mentions", "write_table", "write_tables",
]
