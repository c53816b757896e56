"""Round 7: compact numeric and abbreviated date forms."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

REF = date(2026, 6, 15)


def _values(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shipment left the port on 03-Feb-2025, the manifest shows.", ("03-Feb-2025", "2025-02-03")),
        ("INCIDENT REPORT 21-SEP-2019: two vessels collided.", ("21-SEP-2019", "2019-09-21")),
        ("Filed 7-Mar-24 by the clerk of the court.", ("7-Mar-24", "2024-03-07")),
        ("The log entry dated 30-NOV-98 mentions the fire.", ("30-NOV-98", "1998-11-30")),
        ("Minutes of the board meeting, 14-October-2022.", ("14-October-2022", "2022-10-14")),
    ],
)
def test_day_month_year_joined_by_hyphens(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agreement was initialled on 2024.11.05 in Beijing.", ("2024.11.05", "2024-11-05")),
        ("Notice published 2019/3/8 on the ministry site.", ("2019/3/8", "2019-03-08")),
    ],
)
def test_year_first_numeric_dates(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_iso_week() -> None:
    mentions = tag_dates("Deliveries were rescheduled to 2025-W07, the supplier said.", REF)
    assert [(m.text, m.value, m.timex) for m in mentions] == [("2025-W07", "2025-02-10/2025-02-16", "2025-W07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceremony is set for September the 9th.", ("September the 9th", "2026-09-09")),
        ("He was born on April the twenty-first, 1961.", ("April the twenty-first, 1961", "1961-04-21")),
        ("The vote took place on May the 2nd, officials said.", ("May the 2nd", "2026-05-02")),
    ],
)
def test_month_the_ordinal_day(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed on Jun 12 2025 after a pause.", ("Jun 12 2025", "2025-06-12")),
        ("Talks resumed on 12 Jun. 2025 after a pause.", ("12 Jun. 2025", "2025-06-12")),
        ("Talks resumed on the 12th of June, 2025, after a pause.", ("the 12th of June, 2025", "2025-06-12")),
    ],
)
def test_abbreviated_forms_already_read(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Replace filter 12-JUN-2026X before use.",
        "Firmware 2025.11.05.3 fixes the bug.",
        "The index stood at 2024.13.40 points.",
        "May the 4th be with you, the poster said.",
        "Set the dial to 31-Feb-2024 and wait.",
        "Cable 2019-W77 was not found.",
    ],
)
def test_lookalikes_are_not_dates(text: str) -> None:
    assert _values(text) == []


def test_dotted_year_first_needs_two_digit_month_and_day() -> None:
    assert _values("Install release 2024.1.2 before Friday's update.", REF) == [("Friday", "2026-06-12")]
