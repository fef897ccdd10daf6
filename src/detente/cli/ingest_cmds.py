"""``detente article``: show how input files are read into articles."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap

from detente.cli import EXIT_OK, EXIT_SKIPPED
from detente.errors import InputError
from detente.ingest.sniffing import FORMATS

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``article`` command."""
    parser = subparsers.add_parser(
        "article",
        help="print the normalised article(s) read from files",
        description="Read news files (crawler text, plain text, HTML, JSONL, CSV; directories; - for stdin) "
                    "and print each article as detente sees it: metadata and clean paragraphs.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - (stdin)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per article per line")
    parser.add_argument("--format", dest="input_format", choices=FORMATS, default="auto",
                        help="reader to use for every input (default: by extension and content)")
    parser.set_defaults(handler=run_article)


def _show(article: dict) -> str:
    lines = [f"# {article['title'] or '(no title)'}"]
    if article["subtitle"]:
        lines.append(article["subtitle"])
    fields = [("id", article["id"]), ("published", article["published"]),
              ("authors", ", ".join(article["authors"])), ("publisher", article["publisher"]),
              ("url", article["url"]), ("format", article["format"])]
    where = article["source_path"] + (f":{article['record']}" if article["record"] else "")
    lines += [f"{key}: {value}" for key, value in fields if value] + [f"source: {where}", ""]
    for paragraph in article["paragraphs"]:
        lines += textwrap.wrap(paragraph, width=100) + [""]
    return "\n".join(lines)


def run_article(args: argparse.Namespace) -> int:
    """Print each article read from ``args.paths``; report skipped input on stderr."""
    from detente.ingest import read_paths

    skipped = 0

    def report(error: InputError) -> None:
        nonlocal skipped
        skipped += 1
        print(error, file=sys.stderr)

    first = True
    for article in read_paths(args.paths, report, fmt=args.input_format):
        data = article.to_dict()
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(("" if first else "\n") + _show(data))
        first = False
    return EXIT_SKIPPED if skipped else EXIT_OK
