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
