"""Round 9: publication dates from credit bylines, status sentences of a standfirst and yearless wire datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import (
    _annual_figure_year,
    _status_sentence_date,
    find_header_zone_date,
    infer_dateline_year,
    zone_metadata_line,
)
from timeline.ingest.reader import read_text

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("*Compiled by Maria Lopez and Tomas Berg · 14 February 2026*", dt.date(2026, 2, 14)),
        ("Prepared by the Black Sea desk, 3 May 2025", dt.date(2025, 5, 3)),
        ("Edited by Hannah Reyes | 9 October 2024", dt.date(2024, 10, 9)),
        ("Written by the editors, 21 March 2025", dt.date(2025, 3, 21)),
        ("Researched by Ole Hansen — 2 December 2023", dt.date(2023, 12, 2)),
    ],
)
def test_credit_byline_dates_the_head_line(line: str, expected: dt.date) -> None:
    got = zone_metadata_line(line)
    assert got is not None and got[0].date == expected and got[1] == 1


@pytest.mark.parametrize(
    "line",
    [
        "Edited by Hannah Reyes, who covers energy, 3 May 2025",  # a sentence, not a byline
        "By the way, 3 May 2025 was a Saturday",
        "Compiled by the ministry in 2025",  # a year alone
        "The report was prepared by the ministry on 3 May 2025.",
    ],
)
def test_not_a_credit_byline(line: str) -> None:
    assert zone_metadata_line(line) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("*A working list of dates for students. Corrections welcome by e-mail. Last updated: 4 August 2025.*",
         dt.date(2025, 8, 4)),
        ("Our guide to the Danube talks. Updated on 3 May 2025.", dt.date(2025, 5, 3)),
        ("This timeline was last revised on 2 June 2024. It covers three decades of ties.", dt.date(2024, 6, 2)),
        ("The key projects at a glance. All figures correct as of 1 March 2025.", dt.date(2025, 3, 1)),
        ("Rolling coverage of the summit. Last updated 12 July 2024 at 18:05 GMT.", dt.date(2024, 7, 12)),
    ],
)  # fmt: skip
def test_status_sentence_anywhere_in_the_standfirst(paragraph: str, expected: dt.date) -> None:
    got = _status_sentence_date(paragraph)
    assert got is not None and got.date == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "As of 12 July 2024, the two sides had signed 30 deals.",  # a frame of the news, not a status line
        "The list of projects was updated on 3 May 2025 to add a cement plant.",
        "The ministry said it last updated the figures on 3 May 2025.",
        "Trade figures were revised. Officials met on 3 May 2025.",
    ],
)
def test_no_status_sentence(paragraph: str) -> None:
    assert _status_sentence_date(paragraph) is None


def test_status_sentence_dates_an_undated_chronology() -> None:
    text = (
        "Georgia and Japan: key dates\n\n"
        "*A reference list for the seminar. Working draft, comments welcome. Last updated: 4 August 2025.*\n\n"
        "- 1992 — Diplomatic relations are established.\n"
        "- 2 March 2023 — The two foreign ministers meet in Tokyo.\n"
    )
    zone = find_header_zone_date(text, today=TODAY)
    assert zone is not None and zone.date == dt.date(2025, 8, 4) and zone.rank == 2
    article = read_text(text, "file:///tmp/georgia_japan_dates.md")
    assert article.published == dt.date(2025, 8, 4)


def test_byline_line_dates_an_undated_chronology() -> None:
    text = (
        "# Moldova and Romania: a chronology\n\n"
        "*Compiled by Ana Popescu and Ion Rusu · 14 February 2026*\n\n"
        "The two states have been close since 1991. The entries below list the main visits.\n"
    )
    article = read_text(text, "file:///tmp/moldova_romania.md")
    assert article.published == dt.date(2026, 2, 14)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Mongolia exported about 83 million tonnes of coal to China in 2024, customs data show.", 2024),
        ("The port handled 2.1 million containers in 2025.", 2025),
        ("Kazakhstan shipped 5 million tonnes of grain to China in 2023.", 2023),
    ],
)
def test_annual_quantity_is_a_whole_year_figure(sentence: str, year: int) -> None:
    got = _annual_figure_year(sentence, TODAY)
    assert got is not None and got[0] == year


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan exported grain to China in 2025.",  # no figure
        "The line carried 40,000 passengers in 2025 and 2026.",
        "The plant will produce 2 million tonnes in 2027.",
    ],
)
def test_not_an_annual_quantity(sentence: str) -> None:
    assert _annual_figure_year(sentence, TODAY) is None


_WIRE_NO_WEEKDAY = (
    "ULAANBAATAR, April 9 (Wire) - Mongolia has granted a Chinese group a licence to build a coal railway, the "
    "mining ministry said, a deal that ties the country closer to its largest customer.\n\n"
    "Mongolia exported about 83 million tonnes of coal to China in 2025, customs data show.\n"
)


def test_yearless_dateline_one_year_between_floor_and_ingestion_day() -> None:
    lead_end = _WIRE_NO_WEEKDAY.index(" - ") + 3
    year, why = infer_dateline_year(_WIRE_NO_WEEKDAY, 4, 9, lead_end, today=TODAY)
    assert year == 2026 and "without a weekday" in why


def test_yearless_dateline_two_years_fit_stays_undated() -> None:
    lead_end = _WIRE_NO_WEEKDAY.index(" - ") + 3
    year, _ = infer_dateline_year(_WIRE_NO_WEEKDAY, 4, 9, lead_end, today=dt.date(2027, 6, 1))
    assert year is None


def test_yearless_dateline_without_an_annual_figure_stays_undated() -> None:
    text = _WIRE_NO_WEEKDAY.replace(
        "exported about 83 million tonnes of coal to China in 2025", "began exports in 2019"
    )
    year, _ = infer_dateline_year(text, 4, 9, text.index(" - ") + 3, today=TODAY)
    assert year is None


def _summit_wire(tail: str) -> str:
    return (
        "BISHKEK, June 12 (Wire) - Leaders of the bloc on Wednesday adopted a declaration at a summit in the "
        "Kyrgyz capital, officials said.\n\n"
        "On Tuesday, the host met the visiting premier on the sidelines. A rail line opened in March 2023.\n\n" + tail
    )


def test_future_day_after_does_not_block_the_same_day_reading() -> None:
    # 12 June is a Wednesday in 2024; in 2025 it is a Thursday (the lead's Wednesday the day before)
    text = _summit_wire("The premier is due to pay a state visit to Tajikistan on Thursday.\n")
    year, why = infer_dateline_year(text, 6, 12, text.index(" - ") + 3, today=TODAY)
    assert year == 2024 and "preferred 2024" in why


@pytest.mark.parametrize(
    "tail",
    [
        "The premier was due to meet the president later on Thursday.\n",  # the day after is today
        "The premier left for Tajikistan on Thursday.\n",  # told in the past: today is Thursday
    ],
)
def test_day_after_named_as_today_keeps_it_undecided(tail: str) -> None:
    text = _summit_wire(tail)
    year, _ = infer_dateline_year(text, 6, 12, text.index(" - ") + 3, today=TODAY)
    assert year is None


def test_short_status_line_in_the_head() -> None:
    text = (
        "Armenia and India: defence deals\n\n"
        "Figures as of 1 March 2025\n\n"
        "- 2020 — A radar contract is signed.\n"
        "- 2022 — Artillery systems are ordered.\n"
    )
    zone = find_header_zone_date(text, today=TODAY)
    assert zone is not None and zone.date == dt.date(2025, 3, 1) and zone.kind == "status line"
