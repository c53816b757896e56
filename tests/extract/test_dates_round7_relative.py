"""Round 7: relative expressions resolved against a known reference date."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

OCT = date(2026, 10, 20)
FEB = date(2025, 2, 11)


def _values(text: str, ref: date | None = OCT) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The museum reopened the September before last.", OCT, ("the September before last", "2024-09")),
        ("The museum reopened the April before last.", OCT, ("the April before last", "2025-04")),
        ("Floods hit the region the summer before last.", OCT, ("the summer before last", "2025-22")),
        ("The spring before last, the airline went bust.", FEB, ("The spring before last", "2023-21")),
        ("The winter before last was the coldest on record.", OCT, ("The winter before last", "2024-24")),
        ("The line should open the spring after next.", OCT, ("the spring after next", "2028-21")),
        ("The census is due the March after next.", OCT, ("the March after next", "2028-03")),
        # "last October" written in November is a year earlier, so the one before it is two years back
        ("He moved to Shanghai the October before last.", date(2026, 11, 3), ("the October before last", "2024-10")),
    ],
)
def test_named_month_or_season_before_last(text: str, ref: date, expected: tuple[str, str]) -> None:
    assert _values(text, ref) == [expected]


def test_before_last_without_reference_has_no_value() -> None:
    mentions = tag_dates("The museum reopened the September before last.", None)
    assert [(m.text, m.value) for m in mentions] == [("the September before last", None)]


@pytest.mark.parametrize(
    "text",
    [
        "She won the race before last and then retired.",
        "The match before last ended in a draw.",
        "It was the hearing before last that changed the verdict.",
    ],
)
def test_before_last_without_a_month_or_season_is_not_a_date(text: str) -> None:
    assert [v for _, v in _values(text) if v is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hotel opened in January of last year.", ("January of last year", "2025-01")),
        ("The hotel opened in September last year.", ("September last year", "2025-09")),
        ("Exports slumped earlier this month.", ("earlier this month", "2026-10")),
        ("Exports slumped late last year.", ("late last year", "2025")),
        ("Growth should pick up in the second half of this year.", ("the second half of this year", "2026-07/2026-12")),
        ("A year ago, the mill still employed 400 people.", ("A year ago", "2025")),
    ],
)
def test_relative_to_the_reference(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_count_later_anchored_to_a_date_in_the_same_sentence() -> None:
    assert ("two years later", "2019") in _values("The terminal was built in 2017; two years later, it was sold.")
    assert ("three years later", "2013") in _values("The firm was founded in 2010 and three years later it listed.")


def test_the_same_month_takes_the_month_in_focus() -> None:
    values = _values("The smelter closed in May 2019. The same month, the workers went on strike.")
    assert ("The same month", "2019-05") in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel ran short in the last week of March.", ("the last week of March", "2026-03-25/2026-03-31")),
        ("Strikes began in the first week of last month.", ("the first week of last month", "2026-09-01/2026-09-07")),
        (
            "The rally took place in the third week of June 2024.",
            ("the third week of June 2024", "2024-06-15/2024-06-21"),
        ),
        (
            "The talks will resume in the second week of December.",
            ("the second week of December", "2026-12-08/2026-12-14"),
        ),
    ],
)
def test_week_of_a_month(text: str, expected: tuple[str, str]) -> None:
    values = _values(text)
    assert values == [expected]
    assert all(t.lower() != "last week" for t, _ in values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She took office in March 2019 and resigned the following September.", ("the following September", "2019-09")),
        (
            "She took office in October 2019 and resigned the following September.",
            ("the following September", "2020-09"),
        ),
        ("The firm was founded in 2012 and listed the following April.", ("the following April", "2013-04")),
        (
            "He was expelled in May 2020, having been warned the previous September.",
            ("the previous September", "2019-09"),
        ),
    ],
)
def test_month_counted_from_the_date_in_focus(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_following_month_needs_a_month_name() -> None:
    # "the following week" / "the following months" are other expressions, not a month in focus
    values = _values("The company was founded in 2012; in the following months it hired 40 people.")
    assert all("following" not in t for t, v in values if v and len(v) == 7)
