"""Session 10 (lead, after the unseen analysis): compound spelled counts and two consecutive weekdays.

"Thirty-four years ago" was read as "four years ago"; "on Tuesday and Wednesday" gave two days instead of the
occasion's two-day interval.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2026, 4, 2)  # a Thursday


def values(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-four years ago, the two countries established relations.", [("Thirty-four years ago", "1992")]),
        ("The embassy opened twenty five years ago.", [("twenty five years ago", "2001")]),
        ("Forty-one years ago the dam was finished.", [("Forty-one years ago", "1985")]),
        ("Ninety-nine years ago the line was laid.", [("Ninety-nine years ago", "1927")]),
        ("The deal was signed four years ago.", [("four years ago", "2022")]),
    ],
)
def test_compound_counts_before_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", ["The forty-four-day war ended.", "Twenty-five years of relations were marked."])
def test_compound_counts_are_no_dates_alone(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were held on Tuesday and Wednesday in Astana.",
            [("Tuesday and Wednesday", "2026-03-31/2026-04-01")],
        ),
        ("The forum on Sunday and Monday drew 300 guests.", [("Sunday and Monday", "2026-03-29/2026-03-30")]),
    ],
)
def test_two_consecutive_weekdays_are_one_interval(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The ministers met on Tuesday and Thursday.", "He arrived on Tuesday and left on Wednesday."],
)
def test_other_weekday_pairs_stay_two_days(text: str) -> None:
    assert len(values(text)) == 2
