"""What the API and the pages share: settings, the per-request store, rendering, errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates

from detente import __version__
from detente.codes import QUAD_CLASS_NAMES
from detente.server.svg import QUADS

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"


@dataclass(frozen=True)
class Settings:
    """How one app instance is configured.

    Attributes:
        db_path: The SQLite event database.
        token: Bearer token that enables ``POST /api/articles`` (None: posting is off).
        max_body_bytes: Largest request body accepted (413 above).
        max_batch: Most articles one POST may add (413 above).
    """

    db_path: Path
    token: str | None
    max_body_bytes: int
    max_batch: int


def settings(request: Request) -> Settings:
    """The settings of the app serving ``request``."""
    return request.app.state.settings


@contextmanager
def open_store(request: Request) -> Iterator[Any]:
    """Open the event store for one request, in the thread that will use it.

    SQLite connections belong to the thread that made them, and FastAPI may run a
    dependency and its endpoint in different worker threads, so every handler opens
    its own short-lived connection here (cheap: WAL mode, schema already migrated).
    """
    from detente.store import Store

    shared = request.app.state.shared_store
    if shared is not None:  # ":memory:" exists once, in the connection the app holds
        yield shared
        return
    with Store(settings(request).db_path, create=False) as store:
        yield store


def wants_json(request: Request) -> bool:
    """True for API paths, ``?format=json`` and clients that ask for JSON only."""
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def query_string(request: Request, **changes: Any) -> str:
    """The current query string with ``changes`` applied (None removes a key), e.g. for paging links."""
    params = dict(request.query_params)
    params.pop("format", None)
    for key, value in changes.items():
        if value is None or value is False or value == "":
            params.pop(key, None)
        else:
            params[key] = "1" if value is True else str(value)
    return "?" + urlencode(params) if params else ""


def _signed(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:+.{digits}f}"


templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
templates.env.globals.update(version=__version__, quad_names=QUAD_CLASS_NAMES, quads=QUADS, query_string=query_string)
templates.env.filters["signed"] = _signed
# CAMEO names end catch-all codes with ", not specified below": true, but noise in a table
templates.env.filters["short_code_name"] = lambda name: name.removesuffix(", not specified below")


def render(request: Request, template: str, data: dict[str, Any], *, view: dict[str, Any] | None = None,
           status_code: int = 200) -> Response:
    """Return ``data`` as JSON for ``?format=json``, else the HTML page built from it.

    Args:
        request: The request (its query string decides the format).
        template: Jinja2 template under ``templates/``.
        data: The page's data, exactly what the JSON twin returns.
        view: Extra values only the HTML needs (charts, highlighted text).
        status_code: HTTP status.
    """
    if request.query_params.get("format") == "json":
        return JSONResponse(data, status_code=status_code)
    context = {"data": data, **(view or {})}
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def error_response(request: Request, status: int, message: str,
                   details: list[dict[str, Any]] | None = None) -> Response:
    """A clear error: JSON ``{"status", "error", "message", "details"}`` or an HTML page."""
    from http import HTTPStatus

    title = HTTPStatus(status).phrase
    body: dict[str, Any] = {"status": status, "error": title, "message": message}
    if details:
        body["details"] = details
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"data": body}, status_code=status)
