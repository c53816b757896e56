"""Fixtures of the query tests: the hand-made sample timeline on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sample_data import build, shared_database
from sqlalchemy import Engine
from sqlalchemy.orm import Session


@pytest.fixture
def sample(session: Session) -> dict[str, Any]:
    """The sample timeline (see sample_data.py) inserted into ``session``'s database."""
    return build(session)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_sample_db(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, dict[str, Any]]]:
    """The sample timeline built once per engine for a module whose tests only read it."""
    yield from shared_database(request, tmp_path_factory)
