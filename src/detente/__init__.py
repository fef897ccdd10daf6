"""detente: news in, CAMEO/PLOVER-coded political events out.

The public Python API is re-exported lazily so ``import detente`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "Article": "detente.records",
    "ActorRef": "detente.records",
    "Mention": "detente.records",
    "Event": "detente.records",
    "DetenteError": "detente.errors",
    "read_paths": "detente.ingest",
    "read_text": "detente.ingest",
    "code_articles": "detente.pipeline",
    "code_text": "detente.pipeline",
    "Store": "detente.store",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'detente' has no attribute {name!r}")
