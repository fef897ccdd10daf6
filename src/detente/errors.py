"""The one exception hierarchy of detente.

Every error a user can cause derives from :class:`DetenteError`; its message says
what went wrong and how to fix it. The CLI prints it without a traceback.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Root of every error detente raises on purpose."""


class InputError(DetenteError):
    """An input file or record cannot be read as news.

    Attributes:
        path: The file (or ``-`` for stdin) that failed.
        line: The 1-based line or record number, when known.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class DataFileError(DetenteError):
    """A packaged or user-supplied data file (lexicon, code table) is malformed."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ModelError(DetenteError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(DetenteError):
    """The event database cannot be opened, migrated or queried."""


class ConfigError(DetenteError):
    """A command-line option or setting has an invalid value."""
