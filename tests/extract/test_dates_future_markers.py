"""'meant to' / 'supposed to' / 'poised to' put a yearless month ahead of the reference, like 'due to'."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 2, 11)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The five presidents are meant to meet again in Astana in June.", "2025-06"),
        ("The ministers are supposed to sign the accord in March.", "2025-03"),
        ("The smelter is poised to open in May.", "2025-05"),
        ("The leaders were meant to meet in June, but the summit was called off.", "2024-06"),
    ],
)
def test_future_markers(text: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, REF)] == [value]
