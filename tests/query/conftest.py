"""Fixtures of the query tests: the hand-made sample timeline on both engines."""

from __future__ import annotations

from typing import Any

import pytest
from sample_data import build
from sqlalchemy.orm import Session


@pytest.fixture
def sample(session: Session) -> dict[str, Any]:
    """The sample timeline (see sample_data.py) inserted into ``session``'s database."""
    return build(session)
