"""``detente eval``: accuracy of the coder on a gold-coded JSONL file."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from detente.cli._options import add_dictionary_options, coder_from_args

logger = logging.getLogger(__name__)


def _eval(args: argparse.Namespace) -> int:
    from detente.evaluate import evaluate, format_report, update_baseline

    report = evaluate(Path(args.gold), coder_from_args(args))
    if args.update_baseline:
        floors = update_baseline(report, Path(args.update_baseline), allow_lower=args.allow_lower)
        logger.warning("baseline %s updated for %s: %s", args.update_baseline, Path(args.gold).name, floors)
    print(format_report(report, by_root=args.by_root, errors=args.errors))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``eval`` command."""
    parser = subparsers.add_parser(
        "eval", help="score the coder against a gold-coded JSONL file",
        description="Code each gold sentence and report micro P/R/F1 on (source country, target country, "
                    "CAMEO root) triples; the last line is 'P=... R=... F1=...'.")
    parser.add_argument("gold", help="gold JSONL file ({id, text, events: [{source, target, root}], date?, noevents?})")
    parser.add_argument("--by-root", action="store_true", help="per-root P/R/F1 table")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show the N worst sentences")
    add_dictionary_options(parser)
    parser.add_argument("--update-baseline", metavar="JSON",
                        help="raise the accuracy floors in this baseline file to the measured values")
    parser.add_argument("--allow-lower", action="store_true", help="let --update-baseline lower floors")
    parser.set_defaults(handler=_eval)
