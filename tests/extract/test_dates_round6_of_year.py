"""Round 6: "<season / period> of this / last / next year" and "of that year" are one expression."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

OCT = date(2025, 10, 20)


def _values(text: str, ref: date | None = OCT) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant is expected to open in the autumn of this year.", ("the autumn of this year", "2025-23")),
        ("Negotiations stalled in the spring of last year.", ("the spring of last year", "2024-21")),
        ("The railway line will be finished by the summer of next year.", ("the summer of next year", "2026-22")),
        ("Construction began in autumn this year, the ministry said.", ("autumn this year", "2025-23")),
        ("Officials met in the winter of last year.", ("the winter of last year", "2024-24")),
    ],
)
def test_season_of_relative_year_is_one_mention(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_season_of_that_year_takes_the_year_in_focus() -> None:
    text = "The accord was signed in 2016. In the summer of that year, the first trains ran."
    assert ("the summer of that year", "2016-22") in _values(text)
    text = "The accord was signed in 2016. In the spring of the following year, the first trains ran."
    assert ("the spring of the following year", "2017-21") in _values(text)


def test_half_of_that_year_takes_the_year_in_focus() -> None:
    text = "The war began in 2008. In the second half of the following year, talks resumed."
    assert ("the second half of the following year", "2009-07/2009-12") in _values(text)


def test_relative_year_without_reference_is_unresolved() -> None:
    assert _values("Talks were held in the spring of last year.", None) == [("the spring of last year", "XXXX-21")]


@pytest.mark.parametrize(
    "text",
    [
        "The summer, this year, was unusually hot.",  # apposition across commas: two mentions
        "Last spring, last year's winners lost their seats.",
    ],
)
def test_comma_separated_year_stays_apart(text: str) -> None:
    assert len(_values(text)) == 2
