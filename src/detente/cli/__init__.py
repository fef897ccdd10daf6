"""Command-line interface: translates arguments into calls of the stage functions.

Each command group lives in a ``*_cmds`` module of this package exposing
``register(subparsers)``; every handler takes the parsed ``argparse.Namespace``
and returns an exit status. No SQL and no spaCy here: handlers call
``detente.pipeline``, ``detente.store``, ``detente.analysis`` and friends.

Exit statuses: 0 success, 1 some input was skipped (reported on stderr), 2 error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from detente import __version__
from detente.errors import DetenteError

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level parser with every ``*_cmds`` module's subcommands."""
    parser = argparse.ArgumentParser(
        prog="detente",
        description="Turn news into CAMEO/PLOVER-coded political events with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"detente {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if module_info.name.endswith("_cmds"):
            importlib.import_module(f"{__name__}.{module_info.name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (also the console-script entry point)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.handler(args) or EXIT_OK)
    except DetenteError as exc:
        print(f"detente: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("detente: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `detente code ... | head`: the reader went away, which is not an error of ours
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
