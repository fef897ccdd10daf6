"""``detente export``, ``detente chart dyad`` and ``detente brief``: get results out of the store."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from detente.cli import EXIT_OK
from detente.cli._options import add_date_options, add_db_option, add_dyad_arguments, text_output
from detente.errors import ConfigError

logger = logging.getLogger(__name__)

EXPORT_KINDS = ("gdelt", "gdelt-mentions", "parquet", "csv", "jsonl")


def _run_export(args: argparse.Namespace) -> int:
    from detente.export import (
        EventMentions,
        store_mentions_with_events,
        write_gdelt_events,
        write_gdelt_mentions,
        write_table,
    )
    from detente.export.tables import TABLES
    from detente.store import Store

    with Store(args.db, create=False) as store:
        if args.kind in ("gdelt", "gdelt-mentions"):
            events = store.events(since=args.since, until=args.until)
            mentions = EventMentions(store, events)
            with text_output(args.output) as out:
                if args.kind == "gdelt":
                    rows = write_gdelt_events(events, out, mentions=mentions, header=args.header)
                else:
                    rows = write_gdelt_mentions(mentions.pairs(), out, articles=mentions.article,
                                                header=args.header)
            print(f"detente: wrote {rows} {args.kind} row(s) to {args.output}", file=sys.stderr)
            return EXIT_OK
        if args.output == "-":
            raise ConfigError(f"{args.kind} export writes files: give -o DIRECTORY (or -o FILE with --table)")
        tables = TABLES if args.table == "all" else (args.table,)
        target = Path(args.output)
        if args.table == "all" or target.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            paths = {table: target / f"{table}.{args.kind}" for table in tables}
        else:
            paths = {args.table: target}
        for table, path in paths.items():
            if table == "events":
                records = store.events(since=args.since, until=args.until)
            else:
                records = store_mentions_with_events(store, since=args.since, until=args.until)
            try:
                rows = write_table(table, records, path, args.kind)
            except OSError as exc:
                raise ConfigError(f"cannot write {path}: {exc}; choose another -o path") from exc
            print(f"detente: wrote {rows} {table} row(s) to {path}", file=sys.stderr)
    return EXIT_OK


def _run_chart(args: argparse.Namespace) -> int:
    from detente.actors import actor_name
    from detente.analysis.dyads import check_dyad_side, dyad_series
    from detente.charts import dyad_chart
    from detente.store import Store

    source, target = check_dyad_side(args.source, "SOURCE"), check_dyad_side(args.target, "TARGET")
    with Store(args.db, create=False) as store:
        periods = dyad_series(store, source, target, by=args.by, since=args.since, until=args.until)
        if args.both_ways:
            periods += dyad_series(store, target, source, by=args.by, since=args.since, until=args.until)
    names = {code: actor_name(code) for code in (source, target)}
    if not any(period.total for period in periods):
        periods = []
    arrow = "⇄" if args.both_ways else "→"
    title = args.title or f"{names[source]} {arrow} {names[target]}: events by {args.by}"
    path = dyad_chart(periods, Path(args.output), title=title, names=names)
    print(f"detente: wrote {path}", file=sys.stderr)
    return EXIT_OK


def _run_brief(args: argparse.Namespace) -> int:
    import json

    from detente.analysis.brief import brief_for_dyad, to_markdown
    from detente.store import Store

    with Store(args.db, create=False) as store:
        brief = brief_for_dyad(store, args.a, args.b, since=args.since, until=args.until)
    text = to_markdown(brief) if args.format == "markdown" else \
        json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
    with text_output(args.output) as out:
        out.write(text)
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export``, ``chart dyad`` and ``brief``."""
    export = subparsers.add_parser(
        "export", help="export events and mentions (GDELT 2.0, Parquet, CSV, JSONL)",
        description="gdelt: GDELT 2.0 Event table (61 tab-separated columns, no header); gdelt-mentions: "
                    "GDELT 2.0 Mentions table (16 columns); parquet/csv/jsonl: events and mentions tables "
                    "with every field, written as events.<fmt> and mentions.<fmt> into the -o directory.",
    )
    export.add_argument("kind", choices=EXPORT_KINDS, help="what to write")
    export.add_argument("-o", "--output", required=True, metavar="PATH",
                        help="output file ('-' for stdout) for gdelt*, directory for parquet/csv/jsonl")
    export.add_argument("--table", choices=("all", "events", "mentions"), default="all",
                        help="parquet/csv/jsonl: only this table; -o may then name the file")
    export.add_argument("--header", action="store_true", help="gdelt*: write a header line of column names")
    add_db_option(export)
    add_date_options(export)
    export.set_defaults(handler=_run_export)

    chart = subparsers.add_parser("chart", help="draw charts (PNG or SVG)", description="Draw charts.")
    charts = chart.add_subparsers(dest="chart", metavar="CHART", required=True)
    dyad = charts.add_parser(
        "dyad", help="cooperation and conflict between two actors over time",
        description="Stacked bars of cooperation (up) and conflict (down) events per period with the mean "
                    "Goldstein score as a line; the file type follows the -o suffix (.png or .svg).",
    )
    add_dyad_arguments(dyad, both_ways_help="also draw TARGET to SOURCE, as a second panel")
    dyad.add_argument("-o", "--output", required=True, metavar="FILE", help="chart file ending in .png or .svg")
    dyad.add_argument("--title", help="chart title (default: the actor names)")
    add_db_option(dyad)
    add_date_options(dyad)
    dyad.set_defaults(handler=_run_chart)

    brief = subparsers.add_parser(
        "brief", help="positions brief: where two actors stand towards each other",
        description="Demands, threats and red lines, offers, rejections, accusations and actions of A towards "
                    "B and of B towards A, with dates and evidence sentences; negated and hypothetical "
                    "statements are listed apart.",
    )
    brief.add_argument("a", metavar="A", help="first actor code, e.g. RUS")
    brief.add_argument("b", metavar="B", help="second actor code, e.g. UKR")
    brief.add_argument("--format", choices=("markdown", "json"), default="markdown", help="output format")
    brief.add_argument("-o", "--output", default="-", metavar="FILE", help="write here instead of stdout")
    add_db_option(brief)
    add_date_options(brief)
    brief.set_defaults(handler=_run_brief)
