"""The FastAPI application: JSON API under ``/api`` and the HTML dashboard, one process.

FastAPI, Jinja2 and uvicorn are the ``[server]`` extra: nothing outside
``detente.server`` imports them, and the CLI imports this module only when serving.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente import __version__
from detente.errors import DetenteError, StoreError
from detente.server.common import STATIC_DIR, Settings, error_response
from detente.server.queries import NotFoundError

logger = logging.getLogger(__name__)

TOKEN_ENV = "DETENTE_TOKEN"
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_BATCH = 20
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"),
]


def create_app(db_path: str | Path, token: str | None = None, *,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, max_batch: int = DEFAULT_MAX_BATCH) -> FastAPI:
    """Build the detente web app over one event database.

    Args:
        db_path: SQLite database written by ``detente ingest`` (created empty if missing).
        token: Enables ``POST /api/articles`` for clients sending ``Authorization: Bearer <token>``;
            defaults to the ``DETENTE_TOKEN`` environment variable; without one, posting is off (403).
        max_body_bytes: Largest accepted request body.
        max_batch: Most articles accepted in one POST.

    Raises:
        StoreError: The database cannot be opened or migrated.
    """
    from detente.server import api, pages
    from detente.store import Store

    in_memory = str(db_path) == ":memory:"
    db_path = Path(db_path)
    # Open (and migrate) once now, so a bad file fails at start rather than per request.
    first = Store(":memory:" if in_memory else db_path)
    if not in_memory:
        first.close()
    app = FastAPI(
        title="detente",
        version=__version__,
        description="Political events coded from news (CAMEO/PLOVER) with their evidence: "
                    "events, articles, actors, dyad time series and positions briefs.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the Swagger UI would load scripts from a CDN; /api lists the routes instead
        redoc_url=None,
    )
    app.state.settings = Settings(db_path=db_path, token=token or os.environ.get(TOKEN_ENV) or None,
                                  max_body_bytes=max_body_bytes, max_batch=max_batch)
    app.state.write_lock = threading.Lock()
    app.state.shared_store = first if in_memory else None
    app.add_middleware(_BodyLimit, max_bytes=max_body_bytes)
    _add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """One readable sentence per problem, naming the parameter and the value sent."""
    details, sentences = [], []
    for error in errors:
        where = [str(part) for part in error.get("loc", ())]
        kind = where[0] if where else "request"
        name = ".".join(where[1:]) or kind
        label = {"query": "query parameter", "path": "path segment", "header": "header"}.get(kind, kind)
        value = error.get("input")
        shown = "" if isinstance(value, (dict, list)) or value is None else f" (got {str(value)[:60]!r})"
        sentences.append(f"{label} {name!r}: {error.get('msg', 'invalid')}{shown}")
        details.append({"location": ".".join(where), "message": error.get("msg"), "type": error.get("type")})
    return "; ".join(sentences), details


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        errors = list(exc.errors())
        if any(error.get("type") == "json_invalid" for error in errors):
            return error_response(request, 400, "the request body is not valid JSON; send "
                                  '{"articles": [{"content": "..."}]} with Content-Type: application/json')
        message, details = _validation_message(errors)
        return error_response(request, 422, f"{message}. The parameters are described in /api/openapi.json",
                              details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; the dashboard starts at / and the API at /api"
        response = error_response(request, exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        logger.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 503, f"the event database is unavailable: {exc}")

    @app.exception_handler(DetenteError)
    async def user_error(request: Request, exc: DetenteError) -> Response:
        return error_response(request, 400, str(exc))


class _BodyLimit:
    """ASGI middleware: refuse bodies over ``max_bytes`` with 413, add security headers,
    and drop empty query parameters.

    The body is buffered (it is small by construction) so that the limit holds even
    without a Content-Length header, before any handler parses it. An empty parameter
    (``?source=&since=``, what a filter form sends for a blank field) means "not set".
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + _SECURITY_HEADERS
            await send(message)

        if scope.get("query_string"):
            kept = [part for part in scope["query_string"].split(b"&") if part.partition(b"=")[2]]
            scope = {**scope, "query_string": b"&".join(kept)}
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send_with_headers)
            return
        too_large = JSONResponse(
            {"status": 413, "error": "Content Too Large",
             "message": f"the request body is over {self.max_bytes} bytes; send fewer or shorter articles per request"},
            status_code=413)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await JSONResponse({"status": 400, "error": "Bad Request",
                                    "message": "the Content-Length header is not a number"},
                                   status_code=400)(scope, receive, send_with_headers)
                return
            if int(declared) > self.max_bytes:
                await too_large(scope, receive, send_with_headers)
                return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await too_large(scope, receive, send_with_headers)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)
