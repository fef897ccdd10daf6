"""``detente serve``: the HTTP API and dashboard over an event database."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from pathlib import Path

from detente.cli._options import add_db_option
from detente.errors import ConfigError

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the JSON API and the dashboard over an event database",
        description="Serve the dashboard (/) and the JSON API (/api) over a detente database. "
        "Posting articles (POST /api/articles) is enabled only when the DETENTE_TOKEN environment "
        "variable holds a token; clients then send 'Authorization: Bearer <token>'.",
    )
    add_db_option(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.set_defaults(handler=run_serve)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_serve(args: argparse.Namespace) -> int:
    """Start uvicorn with the detente app until interrupted."""
    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port} is not a TCP port: use 1..65535")
    if not Path(args.db).is_file():
        raise ConfigError(f"no event database at {args.db}: create one with "
                          f"'detente code --db {args.db} FILES' or pass --db FILE")
    try:
        import uvicorn

        from detente.server.app import create_app
    except ImportError as exc:
        raise ConfigError(f"serving needs the server extra ({exc.name} is missing): "
                          "pip install 'detente[server]'") from None
    app = create_app(args.db)
    if not _is_loopback(args.host):
        logger.warning("listening on %s: anyone who can reach this address can read the database", args.host)
    posting = "on (token from DETENTE_TOKEN)" if os.environ.get("DETENTE_TOKEN") else "off"
    print(f"detente: serving {args.db} at http://{args.host}:{args.port}/ "
          f"(API at /api, posting {posting}); Ctrl-C stops", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
