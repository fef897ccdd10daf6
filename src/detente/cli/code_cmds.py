"""``detente code``: read news, code events, print them and optionally store them."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys

from detente.cli import EXIT_OK, EXIT_SKIPPED
from detente.cli._options import add_dictionary_options, coder_from_args, text_output

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``code`` command."""
    parser = subparsers.add_parser(
        "code",
        help="code news files into events (JSONL/CSV), optionally storing them",
        description="Read articles (crawler text, HTML, JSONL, CSV, plain text, directories, '-' for "
        "stdin), code their events and write one event per line.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="input files or directories; '-' reads stdin")
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default jsonl)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write events here instead of stdout")
    parser.add_argument("--db", metavar="FILE", help="also store articles and events in this SQLite database")
    add_dictionary_options(parser)
    parser.add_argument("--quiet", action="store_true", help="do not write events, only store")
    parser.add_argument("--workers", type=int, default=0, metavar="N",
                        help="worker processes (default: every CPU; small inputs are coded in-process)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="local processes (default) or a Dask cluster (needs the 'dask' extra)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://host:8786 (default: start a local cluster)")
    parser.add_argument("--parquet", metavar="DIR",
                        help="with --engine dask: where workers write articles/ and mentions/ Parquet "
                             "parts (a path every worker can reach)")
    parser.set_defaults(handler=run_code)


def run_code(args: argparse.Namespace) -> int:
    """Code the inputs, stream events out, store batches, report skipped input."""
    from detente.export import write_mentions

    skipped: list[str] = []

    def report(error: object) -> None:
        skipped.append(str(error))
        print(f"detente: skipped {error}", file=sys.stderr)

    if args.engine == "dask":
        coded = _code_with_dask(args, report)
    else:
        from detente.ingest import read_paths
        from detente.pipeline import code_articles

        coded = code_articles(read_paths(args.paths, on_error=report), coder=coder_from_args(args),
                              n_process=args.workers)
    articles = events = 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(text_output(args.output))
        store = None
        if args.db:
            from detente.store import Store

            store = stack.enter_context(Store(args.db))
        batch = []
        for item in coded:
            articles += 1
            events += len(item.mentions)
            if not args.quiet:
                write_mentions(item.mentions, out, fmt=args.format, header=articles == 1)
            if store is not None:
                batch.append(item)
                if len(batch) >= 64:
                    store.add_batch(batch)
                    batch.clear()
        if store is not None and batch:
            store.add_batch(batch)
    print(f"detente: coded {articles} article(s), {events} event(s); skipped {len(skipped)} input(s)",
          file=sys.stderr)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _code_with_dask(args: argparse.Namespace, report):
    """Code on a Dask cluster into Parquet parts, then stream the result back for output/storage."""
    from detente import scale
    from detente.errors import ConfigError

    if not args.parquet:
        raise ConfigError("--engine dask needs --parquet DIR: the folder (shared by all workers) "
                          "where they write their articles/ and mentions/ parts")
    summary = scale.code_with_dask(args.paths, args.parquet, scheduler=args.scheduler,
                                   workers=args.workers or None, verbs=args.verbs, actors=args.actors)
    for message in summary["errors"]:
        report(message)
    return scale.iter_coded(args.parquet)
