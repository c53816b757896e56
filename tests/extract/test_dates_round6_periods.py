"""Round 6: quarters and halves without a year (latest begun by the reference; future tense: the nearer)."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

OCT = date(2025, 10, 20)


def _values(text: str, ref: date | None = OCT) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first quarter, exports to the region rose 12 percent.", ("the first quarter", "2025-33")),
        ("Freight volumes fell in the second quarter.", ("the second quarter", "2025-34")),
        ("The first quarter saw a sharp rise in arrivals.", ("The first quarter", "2025-33")),
        ("Oil output in the third quarter was flat.", ("the third quarter", "2025-35")),
        ("Exports to China rose 12% in the first half.", ("the first half", "2025-01/2025-06")),
        ("Turnover grew in the first half of the year.", ("the first half of the year", "2025-01/2025-06")),
    ],
)
def test_period_without_year_is_latest_begun(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth is expected to pick up; the bank will publish data for the first quarter.",
         ("the first quarter", "2026-33")),
        ("The company will report third-quarter results next week.", ("third-quarter", "2025-35")),
        ("Trade will recover in the second half, officials said.", ("the second half", "2025-07/2025-12")),
    ],
)  # fmt: skip
def test_future_period_is_the_nearer(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_period_in_spring_article_is_this_year() -> None:
    assert ("the first quarter", "2025-33") in _values("Sales rose in the first quarter.", date(2025, 4, 20))
    assert ("the second quarter", "2024-34") in _values("Sales rose in the second quarter.", date(2025, 3, 2))


@pytest.mark.parametrize(
    "text",
    [
        "Smith scored twice in the second half.",
        "The first half of the report deals with history.",
        "The visitors led for most of the first half.",
    ],
)
def test_bare_half_outside_figures_is_no_date(text: str) -> None:
    assert not any("half" in t for t, _ in _values(text))


def test_period_without_reference_has_unspecified_year() -> None:
    assert _values("Sales rose in the first quarter.", None) == [("the first quarter", "XXXX-33")]


def test_modal_of_expectation_reads_the_period_ahead() -> None:
    assert ("the first quarter", "2026-33") in _values("The merger should close in the first quarter.")
    assert ("the first quarter", "2025-33") in _values("The merger should have closed in the first quarter.")
