"""A date range in a title line is the period an issue covers, weaker than a plain dateline."""

import datetime as dt

import pytest

from timeline.ingest.metadata import infer_header, parse_dateline

_BODY = "\n\nThe ministers met on Monday in the capital to discuss the transport corridor.\n"


@pytest.mark.parametrize(
    ("line", "range_end"),
    [
        ("Energy Brief, 3-9 June 2023", True),
        ("3 June – 9 June 2023", True),
        ("June 3 to June 9, 2023", True),
        ("Posted: 9 June 2023", False),
        ("9 June 2023 14:05", False),
    ],
)
def test_range_end_is_marked(line: str, range_end: bool) -> None:
    found = parse_dateline(line)
    assert found is not None and found.date == dt.date(2023, 6, 9)
    assert found.range_end is range_end


@pytest.mark.parametrize("label", ["Published", "Posted:", "Updated", "Date:"])
def test_labelled_dateline_wins_over_title_range(label: str) -> None:
    info = infer_header(f"Energy Brief, 3-9 June 2023\n\n{label} 12 June 2023{_BODY}")
    assert info.published == dt.date(2023, 6, 12)
    assert info.title == "Energy Brief, 3-9 June 2023"


def test_plain_dateline_after_range_wins() -> None:
    info = infer_header(f"Energy Brief, 3-9 June 2023\n\n10 June 2023 09:30{_BODY}")
    assert info.published == dt.date(2023, 6, 10)


def test_range_alone_still_dates_the_issue() -> None:
    info = infer_header(f"Energy Brief, 3-9 June 2023{_BODY}")
    assert info.published == dt.date(2023, 6, 9) and info.title == "Energy Brief, 3-9 June 2023"


def test_first_plain_dateline_still_beats_later_range() -> None:
    info = infer_header(f"Energy Brief\n\n12 June 2023\n\nCovering 3-9 June 2023{_BODY}")
    assert info.published == dt.date(2023, 6, 12)
