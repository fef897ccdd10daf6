"""Property test over the OpenAPI schema: Schemathesis generates requests for every
operation and parameter; the API must never answer with a server error, and its
responses must match the status codes, content types and bodies the schema documents."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_corpus import build_db

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

CHECKS = ["not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_schema_conformance"]


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    from detente.server.app import create_app

    # A token is set so POST reaches authentication; generated clients do not know it (401).
    app = create_app(build_db(tmp_path_factory.mktemp("schema") / "events.db"), token="unknown-to-clients")
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def _operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


def test_schema_lists_every_api_operation(schema):
    labels = {operation.label for operation in _operations(schema)}
    assert len(labels) == 11
    assert "POST /api/articles" in labels and "GET /api/dyads/{source}/{target}/series" in labels


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_requests_get_no_server_error(schema, data):
    operations = _operations(schema)
    operation = data.draw(st.sampled_from(operations), label="operation")
    case = data.draw(operation.as_strategy(), label="case")
    checks = [getattr(schemathesis.checks, name) for name in CHECKS]
    case.call_and_validate(checks=checks)
