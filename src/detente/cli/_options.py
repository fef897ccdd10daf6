"""Options and output helpers shared by the command modules.

One definition per common option keeps every command's ``--db``, ``--since``/``--until``,
dyad arguments and dictionary options spelled, defaulted and documented alike.
Not a ``*_cmds`` module, so :func:`detente.cli.build_parser` does not register it.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from detente.errors import ConfigError

if TYPE_CHECKING:
    from detente.coding import Coder

logger = logging.getLogger(__name__)

DEFAULT_DB = "detente.db"
PERIOD_CHOICES = ("day", "week", "month")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Add the common ``--db FILE`` option (default ``detente.db``)."""
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"event database (default {DEFAULT_DB})")


def add_date_options(parser: argparse.ArgumentParser) -> None:
    """Add the common ``--since`` / ``--until`` options (checked by the store)."""
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="first day (inclusive)")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="last day (inclusive)")


def add_dyad_arguments(parser: argparse.ArgumentParser, *, both_ways_help: str) -> None:
    """Add ``SOURCE TARGET``, ``--both-ways`` and ``--by`` for commands over one dyad."""
    parser.add_argument("source", metavar="SOURCE", help="source actor code, e.g. RUS or RUSGOV")
    parser.add_argument("target", metavar="TARGET", help="target actor code, e.g. UKR")
    parser.add_argument("--both-ways", action="store_true", help=both_ways_help)
    parser.add_argument("--by", choices=PERIOD_CHOICES, default="month", help="period (default month)")


def add_dictionary_options(parser: argparse.ArgumentParser) -> None:
    """Add the repeatable ``--verbs FILE`` and ``--actors FILE`` extra dictionaries."""
    parser.add_argument("--verbs", metavar="FILE", action="append", default=[],
                        help="extra verb dictionary (detente TSV or PETRARCH format); repeatable")
    parser.add_argument("--actors", metavar="FILE", action="append", default=[],
                        help="extra actor dictionary (PETRARCH format); repeatable")


def coder_from_args(args: argparse.Namespace) -> Coder | None:
    """Return a coder with the ``--verbs``/``--actors`` dictionaries, or None for the default coder."""
    if not (args.verbs or args.actors):
        return None
    from detente.coding import Coder

    return Coder.with_extra(verbs=[Path(p) for p in args.verbs], actors=[Path(p) for p in args.actors])


@contextlib.contextmanager
def text_output(path: str | None) -> Iterator[TextIO]:
    """Open an output text file (closed on exit), or give stdout for ``-`` or None.

    Raises:
        ConfigError: The file cannot be created.
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        out = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}; choose another -o path") from exc
    with out:
        yield out


def glyphs(out: TextIO) -> tuple[str, str]:
    """Return (arrow, bar block), falling back to ASCII when ``out`` cannot encode Unicode."""
    encoding = (getattr(out, "encoding", None) or "ascii").lower()
    return ("→", "█") if "utf" in encoding else ("->", "#")


def render_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, right: Sequence[int] = ()) -> str:
    """Return rows as an aligned text table; columns whose index is in ``right`` align right."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        parts = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def signed(value: float | None, digits: int = 2) -> str:
    """Format a Goldstein value with an explicit sign (``-`` for missing)."""
    return "-" if value is None else f"{value:+.{digits}f}"
