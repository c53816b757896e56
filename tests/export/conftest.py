"""Fixtures of the export tests: the query tests' sample timeline, loaded by path (no test packages)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

_PATH = Path(__file__).resolve().parent.parent / "query" / "sample_data.py"
_spec = importlib.util.spec_from_file_location("query_sample_data", _PATH)
assert _spec and _spec.loader
sample_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_data)


@pytest.fixture
def sample(session: Session) -> dict[str, Any]:
    """The sample timeline inserted into ``session``'s database."""
    return sample_data.build(session)


@pytest.fixture
def build_sample() -> Any:
    """The sample builder itself, for tests that bring their own session."""
    return sample_data.build


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_sample_db(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, dict[str, Any]]]:
    """The sample timeline built once per engine for a module whose tests only read it."""
    yield from sample_data.shared_database(request, tmp_path_factory)
