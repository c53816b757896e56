"""Round 4: ranges told with month names, seasons or years are one interval mention."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 10)


def _values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Exports to China rose between April and June this year, customs data showed.",
         "April and June this year", "2025-04/2025-06"),
        ("Wheat shipments were halted between April and June, traders said.", "April and June", "2025-04/2025-06"),
        ("The exhibition ran from March to May 2023 in the capital.", "March to May 2023", "2023-03/2023-05"),
        ("Output fell in April–June 2024, the statistics office said.", "April–June 2024", "2024-04/2024-06"),
        ("Clashes flared in the spring and summer of 2019 along the border.",
         "the spring and summer of 2019", "2019-21/2019-22"),
        ("Gas prices soared between late 2021 and early 2022.", "late 2021 and early 2022", "2021/2022"),
        ("The strike lasted from November to February 2023.", "November to February 2023", "2022-11/2023-02"),
        ("Parliament sat between 3 March and 10 April 2024.", "3 March and 10 April 2024", "2024-03-03/2024-04-10"),
    ],
)  # fmt: skip
def test_range_is_one_interval(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text)


def test_range_without_reference_keeps_unknown_year() -> None:
    assert ("April and June", "XXXX-04/XXXX-06") in _values("Flights were suspended between April and June.", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two separate months joined by a bare "and": two dates, not a span
        ("The ministers met in March and October 2023.", ["March", "October 2023"]),
        # a weekday or "today" is not a range end
        ("Shares bought from Sept. 14 to Thursday rose.", ["Sept. 14", "Thursday"]),
        ("The fund has gained 4% this year through August.", ["this year", "August"]),
        # a noun modifier names an event, it does not open a range
        ("Since the 2020 war and June 2021, talks stalled.", ["2020", "June 2021"]),
    ],
)
def test_not_a_range(text: str, expected: list[str]) -> None:
    assert [t for t, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year heading and a dated list entry are not a range (the pipeline dates the entry by its heading)
        ("## 2022\n\n- 12 May: talks in Baku.", ["2022", "12 May"]),
        ("**2014** – 5 May: the foreign ministers meet in Tbilisi.", ["2014", "5 May"]),
    ],
)
def test_heading_and_entry_are_not_a_range(text: str, expected: list[str]) -> None:
    assert [t for t, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The referendum was postponed from March to May.", ["March", "May"]),
        ("Organisers moved the summit from June to September 2024.", ["June", "September 2024"]),
        ("Talks were pushed back from 3 March to 10 April.", ["3 March", "10 April"]),
    ],
)
def test_a_moved_date_is_not_a_range(text: str, expected: list[str]) -> None:
    assert [t for t, _ in _values(text)] == expected
