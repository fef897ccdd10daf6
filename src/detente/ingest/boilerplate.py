"""Boilerplate line patterns for the crawler reader, loaded from data files.

The packaged patterns live in ``detente/data/ingest/boilerplate.tsv`` (one
``kind<TAB>regex`` per line; the file header documents the kinds). Users add their
own patterns, in the same format, with the environment variable
``DETENTE_BOILERPLATE`` (one file, or several separated by :data:`os.pathsep`) or by
passing ``extra`` files to :func:`load_boilerplate`; their patterns are tried after
the packaged ones. Every file is validated when loaded: a line that is not
``kind<TAB>regex``, an unknown kind or a regex that does not compile raises
:class:`~detente.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import DataFileError

logger = logging.getLogger(__name__)

ENV_VAR = "DETENTE_BOILERPLATE"
PACKAGED_FILE = "ingest/boilerplate.tsv"
KINDS = ("footer", "credit", "insert", "url_label", "sign_off")
# Groups the crawler reader reads from a match, per kind.
_REQUIRED_GROUPS = {"sign_off": "names"}


class Boilerplate:
    """Compiled boilerplate patterns by kind, each kind in file order."""

    def __init__(self, patterns: dict[str, tuple[re.Pattern[str], ...]]) -> None:
        self._patterns = {kind: patterns.get(kind, ()) for kind in KINDS}

    def match(self, kind: str, line: str) -> re.Match[str] | None:
        """The first pattern of ``kind`` found in ``line`` (``re.search``), or None.

        Args:
            kind: One of :data:`KINDS`.
            line: One stripped line of text.
        """
        for pattern in self._patterns[kind]:
            found = pattern.search(line)
            if found:
                return found
        return None


def parse_patterns(text: str, origin: str) -> list[tuple[str, re.Pattern[str]]]:
    """Parse and validate the text of a boilerplate file.

    Args:
        text: The file content.
        origin: File name used in error messages.

    Returns:
        ``(kind, compiled regex)`` pairs in file order.

    Raises:
        DataFileError: A line is malformed, names an unknown kind or holds a bad regex.
    """
    entries: list[tuple[str, re.Pattern[str]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, tab, regex = line.partition("\t")
        kind = kind.strip()
        if not tab or not regex.strip():
            raise DataFileError(origin, number, "expected kind<TAB>regex — separate the kind from the "
                                                "regex with one tab character")
        if kind not in KINDS:
            raise DataFileError(origin, number, f"unknown kind {kind!r} — use one of: {', '.join(KINDS)}")
        try:
            pattern = re.compile(regex, re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(origin, number, f"the regex does not compile ({exc}) — fix it or "
                                                "escape special characters with a backslash") from exc
        group = _REQUIRED_GROUPS.get(kind)
        if group and group not in pattern.groupindex:
            raise DataFileError(origin, number, f"a {kind} regex must capture a group (?P<{group}>...)")
        entries.append((kind, pattern))
    return entries


def _read_user_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, None, f"boilerplate file not found — check the path (or {ENV_VAR})") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not valid UTF-8 ({exc.reason}) — save the file as UTF-8") from None
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read the boilerplate file ({exc.strerror or exc}) — check its permissions") from None


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Boilerplate:
    text = resources.files("detente.data").joinpath(PACKAGED_FILE).read_text(encoding="utf-8")
    entries = parse_patterns(text, f"detente/data/{PACKAGED_FILE}")
    for path in extra:
        added = parse_patterns(_read_user_file(path), path)
        logger.info("%s: %d boilerplate patterns added", path, len(added))
        entries.extend(added)
    by_kind: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in KINDS}
    for kind, pattern in entries:
        by_kind[kind].append(pattern)
    return Boilerplate({kind: tuple(patterns) for kind, patterns in by_kind.items()})


def load_boilerplate(extra: Sequence[str | Path] = ()) -> Boilerplate:
    """The packaged patterns plus those of ``extra`` files (cached per file list).

    Args:
        extra: User pattern files in the packaged format, tried after the packaged patterns.

    Raises:
        DataFileError: A file is missing or malformed.
    """
    return _load(tuple(str(path) for path in extra))


def default_boilerplate() -> Boilerplate:
    """The packaged patterns plus the files named by ``DETENTE_BOILERPLATE`` (if set)."""
    setting = os.environ.get(ENV_VAR, "")
    return load_boilerplate([part for part in setting.split(os.pathsep) if part.strip()])
