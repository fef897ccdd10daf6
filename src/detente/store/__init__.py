"""SQLite event store: articles, sentences, actors, mentions and deduplicated events.

Usage::

    with Store("detente.db") as store:
        result = store.add_batch(code_articles(articles))
        for event in store.events(source="RUS", target="UKR", since="2024-01-01"):
            ...
"""

from detente.store.database import BatchResult, Store
from detente.store.queries import DyadTally, PeriodTally
from detente.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "BatchResult", "DyadTally", "PeriodTally", "Store"]
