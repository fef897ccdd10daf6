"""``detente watch``: keep coding new files and feed items into the database."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from detente.cli import EXIT_OK, EXIT_SKIPPED


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``watch`` command."""
    parser = subparsers.add_parser(
        "watch",
        help="poll directories and RSS/Atom feeds, code and store what is new",
        description="Every --every interval, read new or changed files under the given directories and "
        "new items of the given feeds (their pages are fetched and extracted), code them and store them. "
        "What was stored is remembered in DB.watch.json, so a restart codes nothing twice.",
    )
    parser.add_argument("sources", nargs="+", metavar="DIR|FEED_URL", help="directories, files or http(s) feed URLs")
    parser.add_argument("--every", default="15m", metavar="INTERVAL",
                        help="time between cycles: 90, 30s, 15m, 1h (default 15m)")
    parser.add_argument("--db", default="detente.db", metavar="FILE", help="event database (default detente.db)")
    parser.add_argument("--once", action="store_true", help="run one cycle and exit (for cron and tests)")
    parser.add_argument("--settle", type=float, default=2.0, metavar="SECONDS",
                        help="leave files modified less than this long ago for the next cycle (default 2)")
    parser.set_defaults(handler=run_watch)


def run_watch(args: argparse.Namespace) -> int:
    """Run the watcher; print one line per cycle on stderr."""
    from detente.watch import parse_duration, watch

    every = parse_duration(args.every)
    errors = 0

    def show(report) -> None:
        nonlocal errors
        errors += report.errors
        stamp = datetime.now().isoformat(timespec="seconds")
        print(f"detente watch {stamp}: {report.line()}", file=sys.stderr, flush=True)

    watch(args.sources, args.db, every=every, once=args.once, on_cycle=show, settle=args.settle)
    return EXIT_SKIPPED if errors else EXIT_OK
