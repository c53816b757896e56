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


def wire(extra: str) -> str:
    # November 12: a Tuesday in 2024, a Wednesday in 2025 (whose Tuesday before it also fits "on Tuesday").
    return (
        "Gas exports rise\n\n"
        "ASTANA, Nov. 12 (Steppe Wire) - The energy minister said on Tuesday that gas exports had risen again, "
        "helped by a new pipeline to the south.\n\n"
        f"Exports grew by a fifth last year after a slump in 2023. {extra}\n"
    )


def test_typical_wire_with_last_year_is_ambiguous() -> None:
    info = infer_header(wire("The pipeline operator expects more growth."), today=TODAY)
    assert info.published is None
    assert info.dateline_note is not None and "2024, 2025" in info.dateline_note


def test_future_tense_date_bounds_the_year() -> None:
    info = infer_header(wire("The two governments will hold the next round of talks in March 2025."), today=TODAY)
    assert info.published == dt.date(2024, 11, 12)
    assert info.dateline_note is not None and "not after 'March 2025'" in info.dateline_note


@pytest.mark.parametrize(
    "extra",
    [
        "The minister said in 2019 that the line would open in March 2025.",  # future in the past: no bound
        "The two governments held talks in March 2025.",  # past tense: a floor, not a bound
    ],
)
def test_no_bound_from_past_or_reported_future(extra: str) -> None:
    info = infer_header(wire(extra), today=TODAY)
    assert info.dateline_note is not None and "not after" not in info.dateline_note
