"""The scorer's unit synonyms for observations: counted enterprises and firms are companies."""

from __future__ import annotations

from timeline.evaluate.gold import _unit


def test_enterprises_and_firms_are_companies() -> None:
    assert _unit("enterprises") == _unit("firms") == _unit("companies") == "companies"


def test_other_units_are_kept_apart() -> None:
    assert _unit("trains") != _unit("companies")
    assert _unit("tonnes") == "t"
