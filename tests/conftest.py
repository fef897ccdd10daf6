"""Shared fixtures: the spaCy pipeline and the actor resolver (loaded once per session), an
in-memory store, paths to the shared reference material and to the test artefact folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session."""
    from detente.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def resolver():
    """The packaged actor resolver, loaded once for the whole test session."""
    from detente.actors import ActorResolver

    return ActorResolver.default()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared material beside the project (skips when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Folder for pictures and screenshots a person can look at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def store():
    """An empty in-memory event store, closed after the test."""
    from detente.store import Store

    with Store(":memory:") as db:
        yield db
