"""Round 6: a weekday told with a date in any order, abbreviated weekdays, "early next / this week"."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

REF = date(2025, 10, 22)  # a Wednesday


def _values(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks opened on Thursday 16 January in Baku.", ("Thursday 16 January", "2025-01-16")),
        ("The talks opened 16 January, Thursday.", ("16 January, Thursday", "2025-01-16")),
        ("The forum opens on January 16, Thursday, in Tashkent.", ("January 16, Thursday", "2025-01-16")),
        ("Thu, 16 Jan 2025 09:14 GMT", ("Thu, 16 Jan 2025", "2025-01-16")),
        ("Posted Wed., 15 Jan. 2025 at 10:00", ("Wed., 15 Jan. 2025", "2025-01-15")),
        ("Updated: Sun, 12 Oct", ("Sun, 12 Oct", "2025-10-12")),
    ],
)
def test_weekday_with_date_is_one_mention(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_weekday_after_the_date_settles_the_year() -> None:
    # 16 January is a Friday in 2026, a Thursday in 2025: the weekday decides, not the tense
    assert _values("The summit will open on 16 January, Friday.") == [("16 January, Friday", "2026-01-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sun, 16 January edition carried the story.", [("16 January", "2026-01-16")]),
        ("On 16 January, Thursday and Friday were declared holidays.",
         # two consecutive weekdays joined by "and" are one interval since session 10
         [("16 January", "2025-01-16"), ("Thursday and Friday", "2025-10-16/2025-10-17")]),
    ],
)  # fmt: skip
def test_weekday_that_is_not_the_dates_stays_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation will arrive early next week.", ("early next week", "2025-10-27/2025-11-02")),
        ("A decision is due by early next week, an aide said.", ("early next week", "2025-10-27/2025-11-02")),
        ("Officials met early this week.", ("early this week", "2025-10-20/2025-10-22")),
        ("Talks will resume late this week.", ("late this week", "2025-10-22/2025-10-26")),
    ],
)
def test_early_or_late_week_counts_from_the_reference(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_week_without_reference_is_unresolved() -> None:
    assert _values("The delegation will arrive early next week.", None) == [("early next week", None)]
