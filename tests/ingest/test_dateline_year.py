"""Wire datelines opening the lead paragraph, and the year of a yearless one inferred from the text."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates
from timeline.ingest.metadata import find_lead_dateline, infer_dateline_year, infer_header

TODAY = dt.date(2026, 11, 23)


def story(weekday: str = "Saturday", background: str = "The pipeline was shut in June 2022 after a leak.") -> str:
    return (
        "Pipeline to reopen after repairs\n\n"
        f"BAKU, March 4 (Caspian Wire) - The energy ministry said on {weekday} that the pipeline would reopen "
        "within weeks, ending a long dispute with the operator.\n\n"
        f"{background} Officials said repairs cost more than expected.\n"
    )


@pytest.mark.parametrize(
    ("line", "month", "day", "year"),
    [
        ("TBILISI, May 30 (Reuters) - The ministry said on Wednesday ...", 5, 30, None),
        ("BAKU, 4 March (Agency) — Officials said ...", 3, 4, None),
        ("ASTANA, Kazakhstan, Sept. 12, 2023 (AP) -- The president said ...", 9, 12, 2023),
        ("NEW YORK, Jan 2 – Markets fell on Monday ...", 1, 2, None),
        ("Baku, Azerbaijan, March 4 (Trend) - Officials said ...", 3, 4, None),
    ],
)
def test_lead_datelines(line: str, month: int, day: int, year: int | None) -> None:
    found = find_lead_dateline(line)
    assert found is not None and (found.month, found.day, found.year) == (month, day, year)
    assert line[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "Baku, May 30 - a lower-case place is a sentence, not a dateline",
        "In May 30 days passed - nothing else",
        "TBILISI, May 32 (Reuters) - impossible day",
        "TBILISI (Reuters) - no date at all",
        "The talks, May 30 - June 2, went well.",
    ],
)
def test_not_lead_datelines(line: str) -> None:
    assert find_lead_dateline(line) is None


def test_year_inferred_from_the_latest_past_year_and_the_lead_weekday() -> None:
    info = infer_header(story("Saturday"), today=TODAY)
    assert (info.published, info.published_precision) == (dt.date(2023, 3, 4), "day")
    assert info.dateline == "BAKU, March 4 (Caspian Wire)"
    assert info.dateline_note is not None and "June 2022" in info.dateline_note
    assert info.as_metadata().extra["published_note"] == info.dateline_note


def test_weekday_may_be_the_day_before_the_dateline() -> None:
    # March 3, 2024 was a Sunday; no other year from June 2022 to today has a Sunday on March 3 or 4.
    assert infer_header(story("Sunday"), today=TODAY).published == dt.date(2024, 3, 4)


def test_several_fitting_years_leave_the_article_undated() -> None:
    # Monday: March 4, 2024 and March 3, 2025 both fit.
    info = infer_header(story("Monday"), today=TODAY)
    assert info.published is None and info.dateline == "BAKU, March 4 (Caspian Wire)"
    assert info.dateline_note is not None and "2024, 2025" in info.dateline_note


def test_no_weekday_in_the_lead_leaves_the_article_undated() -> None:
    text = story().replace("said on Saturday", "said")
    info = infer_header(text, today=TODAY)
    assert info.published is None and info.dateline_note is not None


def test_no_past_year_in_the_text_leaves_the_article_undated() -> None:
    info = infer_header(story(background="The pipeline was shut last summer."), today=TODAY)
    assert info.published is None and info.dateline_note == "no explicit past date in the text"


def test_a_future_year_does_not_raise_the_floor() -> None:
    text = story(background="The pipeline was shut in June 2022. A new line will open in 2029.")
    assert infer_header(text, today=TODAY).published == dt.date(2023, 3, 4)


def test_the_ingestion_day_bounds_the_year() -> None:
    # Before March 4, 2023 no year fits a Saturday (the only candidate lies in the future).
    assert infer_header(story("Saturday"), today=dt.date(2023, 3, 1)).published is None
    # Wednesday fits only March 4, 2026, which is before TODAY.
    assert infer_header(story("Wednesday"), today=TODAY).published == dt.date(2026, 3, 4)


def test_a_dateline_with_a_year_dates_the_article() -> None:
    text = "ASTANA, Sept. 12, 2023 (AP) - The president said on Tuesday that talks would resume.\n"
    info = infer_header(text, today=TODAY)
    assert (info.published, info.dateline_note) == (dt.date(2023, 9, 12), None)


def test_direct_call_reports_why() -> None:
    text = story("Saturday")
    lead = text.index("The energy")
    assert infer_dateline_year(text, 3, 4, lead, today=TODAY)[0] == 2023
    early = infer_dateline_year(text, 3, 4, lead, today=dt.date(2022, 1, 1))
    assert early == (None, "no explicit past date in the text")


def test_the_dateline_date_is_not_a_mention_of_the_lead() -> None:
    text = story("Saturday")
    mentions = tag_dates(text, dt.date(2023, 3, 4))
    assert [(m.text, m.value) for m in mentions][:2] == [("Saturday", "2023-03-04"), ("June 2022", "2022-06")]
    # the same words inside a sentence are a date
    assert [m.text for m in tag_dates("The talks in Baku, March 4 - 6, went well.", dt.date(2023, 3, 9))]


def test_a_weekday_with_a_day_in_the_text_decides_without_a_lead_weekday() -> None:
    # March 1 was a Friday in 2024 only, from June 2022 to TODAY.
    text = story().replace("said on Saturday", "said") + "The contract was signed on Friday, March 1, in Baku.\n"
    info = infer_header(text, today=TODAY)
    assert info.published == dt.date(2024, 3, 4)
    assert info.dateline_note is not None and "Friday, March 1" in info.dateline_note


def test_weekday_evidence_that_disagrees_leaves_the_article_undated() -> None:
    text = story("Saturday") + "The contract was signed on Friday, March 1, in Baku.\n"
    info = infer_header(text, today=TODAY)
    assert info.published is None and info.dateline_note is not None and "none" in info.dateline_note


def test_a_leap_day_dateline_is_checked_in_leap_years_only() -> None:
    text = story("Thursday").replace("March 4", "Feb. 29")
    # Feb. 29, 2024 was a Thursday; 2024 is the only leap year from June 2022 to TODAY.
    assert infer_header(text, today=TODAY).published == dt.date(2024, 2, 29)


def page(stamp: str, background: str = "The pipeline was shut in June 2022 after a leak.") -> str:
    return (
        "Pipeline to reopen after repairs\n\n"
        f"{stamp}\n\n"
        "The energy ministry said the pipeline would reopen within weeks, ending a long dispute.\n\n"
        f"{background} Officials said repairs cost more than expected.\n"
    )


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Saturday, March 4", dt.date(2023, 3, 4)),  # only 2023 from June 2022 to TODAY
        ("Saturday, 4 March, 14:05", dt.date(2023, 3, 4)),
        ("Monday, March 4", dt.date(2024, 3, 4)),
        ("Published: Wednesday March 4", dt.date(2026, 3, 4)),
    ],
)
def test_a_yearless_header_stamp_with_its_weekday(stamp: str, published: dt.date) -> None:
    info = infer_header(page(stamp), today=TODAY)
    assert (info.published, info.dateline) == (published, stamp)
    assert info.dateline_note is not None and "on the dateline" in info.dateline_note


def test_a_yearless_header_stamp_without_weekday_stays_undated() -> None:
    info = infer_header(page("4 March, 14:05"), today=TODAY)
    assert info.published is None and info.dateline == "4 March, 14:05" and info.dateline_note is not None
    # a stamp line is header, not body
    assert any(page("4 March, 14:05")[s:e] == "4 March, 14:05" for s, e in info.spans)


def test_a_weekday_that_fits_no_year_leaves_the_stamp_undated() -> None:
    # Friday, March 4 fits 2022 only, before the June 2022 floor
    assert infer_header(page("Friday, March 4"), today=TODAY).published is None
