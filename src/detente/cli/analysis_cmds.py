"""``detente dyad`` (time series of one dyad) and ``detente top-dyads`` (rankings)."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys

from detente.cli._options import add_date_options, add_db_option, add_dyad_arguments, glyphs, render_table, signed

logger = logging.getLogger(__name__)

SERIES_FIELDS = ["period", "source", "target", "q1", "q2", "q3", "q4", "total", "goldstein_sum",
                 "goldstein_mean", "conflict_share", "top_codes"]


def _dyad(args: argparse.Namespace) -> int:
    from detente.actors import actor_name
    from detente.analysis import dyad_series
    from detente.store import Store

    with Store(args.db, create=False) as store:
        series = dyad_series(store, args.source, args.target, both_ways=args.both_ways, by=args.by,
                             since=args.since, until=args.until)
    rows = [period.to_dict() for period in series]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=SERIES_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "top_codes": " ".join(f"{code}:{n}" for code, n in row["top_codes"])})
        return 0
    arrow, block = glyphs(sys.stdout)
    link = "↔" if args.both_ways and arrow == "→" else ("<->" if args.both_ways else arrow)
    source, target = args.source.upper(), args.target.upper()
    print(f"{actor_name(source)} ({source}) {link} {actor_name(target)} ({target}), events by {args.by}")
    if not rows:
        print("no events for this dyad")
        return 0
    most = max(row["total"] for row in rows) or 1
    table = [
        (row["period"], row["total"], row["q1"], row["q2"], row["q3"], row["q4"],
         signed(row["goldstein_mean"]),
         "-" if row["conflict_share"] is None else f"{row['conflict_share']:.0%}",
         " ".join(code for code, _ in row["top_codes"]),
         block * round(20 * row["total"] / most))
        for row in rows
    ]
    headers = ("PERIOD", "EVENTS", "Q1", "Q2", "Q3", "Q4", "GOLD", "CONFLICT", "TOP CODES", "")
    print(render_table(headers, table, right=(1, 2, 3, 4, 5, 6, 7)))
    return 0


def _top_dyads(args: argparse.Namespace) -> int:
    from detente.analysis import top_dyads
    from detente.analysis.dyads import dyad_names
    from detente.store import Store

    with Store(args.db, create=False) as store:
        active = top_dyads(store, since=args.since, until=args.until, limit=args.limit, order="active")
        changed = top_dyads(store, since=args.since, until=args.until, limit=args.limit, order="changed")
    active, changed = dyad_names(active), dyad_names(changed)
    if args.format == "json":
        print(json.dumps({"active": active, "changed": changed}, indent=2))
        return 0
    if not active:
        print("no dyadic events in this window")
        return 0
    arrow, _ = glyphs(sys.stdout)
    print("Most active dyads")
    print(render_table(
        ("DYAD", "NAMES", "EVENTS", "GOLD", "CONFLICT"),
        [(f"{r['source']} {arrow} {r['target']}", f"{r['source_name']} {arrow} {r['target_name']}",
          r["events"], signed(r["goldstein_mean"]), f"{r['conflict_share']:.0%}") for r in active],
        right=(2, 3, 4),
    ))
    print()
    print("Most changed dyads (first half vs second half of the window)")
    print(render_table(
        ("DYAD", "NAMES", "EVENTS 1ST", "EVENTS 2ND", "GOLD 1ST", "GOLD 2ND", "SHIFT", "SCORE"),
        [(f"{r['source']} {arrow} {r['target']}", f"{r['source_name']} {arrow} {r['target_name']}",
          r["first_half"]["events"], r["second_half"]["events"],
          signed(r["first_half"]["goldstein_mean"]), signed(r["second_half"]["goldstein_mean"]),
          signed(r["goldstein_change"]), f"{r['change_score']:.2f}") for r in changed],
        right=(2, 3, 4, 5, 6, 7),
    ))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dyad`` and ``top-dyads``."""
    dyad = subparsers.add_parser(
        "dyad", help="event time series of one dyad",
        description="Event counts by QuadClass, Goldstein sum and mean, conflict share and top CAMEO codes "
                    "per period for events from SOURCE to TARGET. Periods without events are listed with "
                    "zero counts. A 3-letter actor (RUS) covers every actor of that country.",
    )
    add_dyad_arguments(dyad, both_ways_help="count TARGET to SOURCE events too")
    add_date_options(dyad)
    add_db_option(dyad)
    dyad.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    dyad.set_defaults(handler=_dyad)

    top = subparsers.add_parser(
        "top-dyads", help="most active and most changed dyads",
        description="Rank country-level dyads by number of events and by change between the first and "
                    "second half of the window (mean Goldstein shift and volume change).",
    )
    add_date_options(top)
    top.add_argument("--limit", type=int, default=10, metavar="N", help="dyads per list (default 10)")
    add_db_option(top)
    top.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    top.set_defaults(handler=_top_dyads)
