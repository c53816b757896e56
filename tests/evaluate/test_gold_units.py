"""Units of gold observations compare by meaning: the annotator may name what is counted."""

from __future__ import annotations

import pytest

from timeline.evaluate.gold import _unit


@pytest.mark.parametrize(("gold", "extracted"), [("visitors", "people"), ("Tourists", "people"), ("US$", "USD"),
                                                 ("tonnes", "t"), ("percent", "%")])
def test_equivalent_units(gold: str, extracted: str) -> None:
    assert _unit(gold) == _unit(extracted)


@pytest.mark.parametrize(("gold", "extracted"), [("visitors", "t"), ("usd", "eur"), ("TEU", "t")])
def test_different_units(gold: str, extracted: str) -> None:
    assert _unit(gold) != _unit(extracted)


@pytest.mark.parametrize(
    ("gold", "extracted"), [("barrels per day", "barrels/day"), ("trucks per week", "trucks/week")]
)
def test_per_written_out(gold: str, extracted: str) -> None:
    """Session 17: "barrels per day" in a gold file is the extractor's "barrels/day"."""
    assert _unit(gold) == _unit(extracted)
