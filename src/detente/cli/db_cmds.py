"""``detente db stats`` and ``detente events``: look inside the event database."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from typing import Any, TextIO

from detente.cli import EXIT_ERROR
from detente.cli._options import add_date_options, add_db_option, glyphs, render_table, signed

logger = logging.getLogger(__name__)


def _format_stats(stats: dict[str, Any], out: TextIO) -> str:
    arrow, block = glyphs(out)
    lines = [f"detente event database: {stats['path']} (schema v{stats['schema_version']})", ""]
    originals = stats["articles"] - stats["near_duplicates"]
    facts = [
        ("articles", stats["articles"],
         f"{originals:,} original, {stats['near_duplicates']:,} near duplicates, {stats['sources']:,} sources"),
        ("sentences", stats["sentences"], ""),
        ("mentions", stats["mentions"], f"{stats['factual_mentions']:,} factual"),
        ("events", stats["events"], "deduplicated: source, target, code, day"),
        ("actors", stats["actors"], ""),
    ]
    for label, number, note in facts:
        lines.append(f"  {label:<10} {number:>10,}" + (f"   ({note})" if note else ""))
    if stats["first_date"]:
        lines.append(f"  {'dates':<10} {stats['first_date']} {arrow} {stats['last_date']}")
    dyads = stats["top_dyads"]
    if dyads:
        lines += ["", "Top dyads (events, mean Goldstein)"]
        most = max(row["events"] for row in dyads)
        pairs = [f"{row['source']} {arrow} {row['target']}" for row in dyads]
        names = [f"{row['source_name']} {arrow} {row['target_name']}" for row in dyads]
        width, name_width = max(map(len, pairs)), max(map(len, names))
        for row, pair, name in zip(dyads, pairs, names):
            bar = block * max(1, round(24 * row["events"] / most))
            lines.append(f"  {pair:<{width}}  {name:<{name_width}} {row['events']:>7,}  "
                         f"{signed(row['goldstein_mean']):>6}  {bar}")
    elif stats["events"] == 0:
        lines += ["", "No events yet: code and store some articles first."]
    return "\n".join(lines)


def _stats(args: argparse.Namespace) -> int:
    from detente.analysis.dyads import dyad_names
    from detente.store import Store

    with Store(args.db, create=False) as store:
        stats = store.stats(top=args.top)
    stats["top_dyads"] = dyad_names(stats["top_dyads"])
    if args.json:
        print(json.dumps(stats, indent=2))
    else:
        print(_format_stats(stats, sys.stdout))
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 3].rstrip() + "..."


def _events(args: argparse.Namespace) -> int:
    from detente.codes import lookup
    from detente.export import EVENT_COLUMNS, event_row
    from detente.store import Store

    source, target = args.dyad if args.dyad else (None, None)
    with Store(args.db, create=False) as store:
        events = store.events(
            source=source, target=target, both_ways=args.both_ways, actor=args.actor,
            since=args.since, until=args.until, root=args.root, limit=args.limit, offset=args.offset,
        )
    if args.format == "json":
        print(json.dumps([event.to_dict() for event in events], indent=2))
    elif args.format == "csv":
        # the export's event columns, with id and date first as in the table view
        fields = ["id", "date", *(name for name in EVENT_COLUMNS if name not in ("id", "date"))]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(event_row(event) for event in events)
    else:
        rows = [
            (e.id, e.date, e.source_code, e.target_code or "", e.event_code, _clip(lookup(e.event_code).name, 34),
             e.quad_class, f"{e.goldstein:+.1f}", e.num_mentions, e.num_sources, e.num_articles)
            for e in events
        ]
        headers = ("ID", "DATE", "SOURCE", "TARGET", "CODE", "EVENT", "Q", "GOLD", "MENT", "SRC", "ART")
        print(render_table(headers, rows, right=(0, 6, 7, 8, 9, 10)) if rows else "no matching events")
    return 0


def _db_help(parser: argparse.ArgumentParser):
    def handler(args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return EXIT_ERROR

    return handler


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``db`` (with ``stats``) and ``events``."""
    db = subparsers.add_parser("db", help="inspect the event database", description="Inspect the event database.")
    db.set_defaults(handler=_db_help(db))
    db_commands = db.add_subparsers(dest="db_command", metavar="SUBCOMMAND")
    stats = db_commands.add_parser("stats", help="summary: counts, date range, top dyads",
                                   description="Print a summary of the event database.")
    add_db_option(stats)
    stats.add_argument("--top", type=int, default=10, metavar="N", help="dyads to list (default 10)")
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    stats.set_defaults(handler=_stats)

    events = subparsers.add_parser(
        "events", help="list deduplicated events",
        description="List deduplicated events (one per source, target, CAMEO code and day), oldest first. "
                    "A 3-letter actor (RUS) matches every actor of that country; a longer code matches exactly.",
    )
    add_db_option(events)
    events.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"), help="only events from SOURCE to TARGET")
    events.add_argument("--both-ways", action="store_true", help="with --dyad, also TARGET to SOURCE")
    events.add_argument("--actor", metavar="CODE", help="only events with this actor on either side")
    add_date_options(events)
    events.add_argument("--root", metavar="NN", help="only this CAMEO root code (01..20)")
    events.add_argument("--limit", type=int, default=50, metavar="N", help="at most N events (default 50)")
    events.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N events")
    events.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format")
    events.set_defaults(handler=_events)
