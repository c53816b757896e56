"""Round 4: yearless wire datelines with several places, and the same-day preference among fitting years."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import find_lead_dateline, infer_header
from timeline.ingest.reader import read_text

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("line", "month", "day"),
    [
        ("BAKU/TEHRAN, May 20 (Caspian Wire) - Officials said ...", 5, 20),
        ("ASTANA / BISHKEK, 4 March (Agency) — The ministers said ...", 3, 4),
        ("NEW DELHI/ISLAMABAD, Sept. 12 (Wire) -- The talks ...", 9, 12),
    ],
)
def test_slash_joined_places(line: str, month: int, day: int) -> None:
    found = find_lead_dateline(line)
    assert found is not None and (found.month, found.day, found.year) == (month, day, None)
    assert line[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "Baku/Tehran, May 20 - lower case places",
        "BAKU/, May 20 (Wire) - broken",
        "BAKU/TEHRAN May 20 (Wire) - no comma",
    ],
)
def test_not_slash_datelines(line: str) -> None:
    assert find_lead_dateline(line) is None


def story(lead_day: str, later: str) -> str:
    # March 4: a Monday in 2024, a Tuesday in 2025 (whose Monday before it also fits "on Monday").
    return (
        "Pipeline reopens after repairs\n\n"
        f"BAKU/TBILISI, March 4 (Caspian Wire) - The energy ministry said on {lead_day} that the pipeline had "
        "reopened, ending a long dispute with the operator.\n\n"
        f"{later} The pipeline was shut in June 2022 after a leak.\n"
    )


def test_same_day_reading_preferred_when_the_day_before_is_narrated() -> None:
    info = infer_header(story("Monday", "Engineers finished the last tests on Sunday evening."), today=TODAY)
    assert info.published == dt.date(2024, 3, 4)
    assert info.dateline_note is not None and info.dateline_note.startswith("year inferred: ")
    assert "preferred 2024" in info.dateline_note and "2025" in info.dateline_note


def test_possessive_weekday_counts_as_narrated() -> None:
    info = infer_header(story("Monday", "Sunday's final tests went smoothly, engineers said."), today=TODAY)
    assert info.published == dt.date(2024, 3, 4)


def test_reader_warns_about_the_preferred_year() -> None:
    article = read_text(story("Monday", "Engineers finished the last tests on Sunday evening."), "wire.txt")
    assert any("preferred 2024" in w for w in article.warnings)


@pytest.mark.parametrize(
    "later",
    [
        "Engineers will inspect the valves on Sunday.",  # future: not narrated
        "Engineers finished the last tests on Friday.",  # not the day before the lead weekday
        "Engineers finished the last tests over the weekend.",
        # the day after the lead weekday is named: the day-before reading (filed on Tuesday) is as likely
        "Engineers finished the last tests on Sunday and will report to parliament later on Tuesday.",
        "Sunday's tests went well. Tuesday's papers carried the news.",
    ],
)
def test_no_preference_without_the_day_before(later: str) -> None:
    info = infer_header(story("Monday", later), today=TODAY)
    assert info.published is None
    assert info.dateline_note is not None and "2024, 2025" in info.dateline_note


def test_preference_for_another_weekday() -> None:
    # Tuesday lead: March 4 is a Tuesday in 2025; in 2026 (a Wednesday) the Tuesday would be the day before.
    info = infer_header(story("Tuesday", "Engineers finished the tests on Monday."), today=TODAY)
    assert info.published == dt.date(2025, 3, 4)
    assert info.dateline_note is not None and "2026" in info.dateline_note
