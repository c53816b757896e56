"""Round 10: publication dates from mixed-case agency datelines, credit lines and issue/running-header lines."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import (
    credit_sentence_date,
    find_agency_dateline,
    find_header_zone_date,
    find_lead_dateline,
    infer_header,
    parse_furniture_dateline,
)
from timeline.ingest.reader import read_text

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("line", "month", "day", "year"),
    [
        ("Baku, November 18, AZERTAC", 11, 18, None),
        ("Astana, 4 March (Kazinform) – The two governments agreed", 3, 4, None),
        ("Tashkent, May 2 /Dunyo/. Uzbekistan and Korea signed", 5, 2, None),
        ("BISHKEK, Oct. 7 — AKIpress", 10, 7, None),
        ("Tbilisi, 12 May 2025, Interpressnews", 5, 12, 2025),
        ("Yerevan, June 9 — Armenpress — The parliament approved", 6, 9, None),
        ("Almaty, 4 March 2025 (Kazinform)", 3, 4, 2025),
    ],
)
def test_agency_dateline_any_case(line: str, month: int, day: int, year: int | None) -> None:
    found = find_lead_dateline(line)
    assert found is not None and (found.month, found.day, found.year) == (month, day, year)


@pytest.mark.parametrize(
    "line",
    [
        "Baku, November 18 — Azerbaijan and China signed a deal",  # prose after the dash, no credit
        "Baku, November 18, Tuesday",  # a weekday is not an agency
        "Moscow, May 5 (local time) the talks began",  # no dash or colon after the parentheses
        "On Monday, May 2, Xinhua said the talks went well",
        "Paris, March 3, when the talks opened, was cold",
        "Since March, 4 (four) ministers resigned",
    ],
)
def test_not_an_agency_dateline(line: str) -> None:
    assert find_agency_dateline(line) is None


def _wire(dateline: str, lead: str, more: str = "") -> str:
    return f"Ministers review trade at commission\n\n{dateline}\n\n{lead}\n\n{more}\n"


def test_own_line_dateline_year_inferred_from_the_text() -> None:
    text = _wire(
        "Kyiv, October 14, Ukrinform",
        "The commission held its session in Kyiv on Tuesday, the ministry said.",
        "Exports reached EUR 1.2 billion in January-August 2026, up from the same period of 2025.",
    )
    info = infer_header(text, today=TODAY)
    assert info.published == dt.date(2026, 10, 14) and info.published_precision == "day"
    assert info.dateline == "Kyiv, October 14, Ukrinform"


def test_own_line_dateline_stays_undated_when_years_are_ambiguous() -> None:
    text = _wire(
        "Tbilisi, 12 May, Interpressnews",
        "The ministers met on Monday to discuss transit.",
        "Trade grew 5 percent in 2025.",
    )
    info = infer_header(text, today=TODAY)
    assert info.published is None and info.dateline == "Tbilisi, 12 May, Interpressnews"
    assert "2025, 2026" in (info.dateline_note or "")


def test_own_line_dateline_with_year_dates_the_article() -> None:
    article = read_text(_wire("Almaty, 3 June 2025, Kazinform", "The forum opened on Tuesday."), "w.txt")
    assert article.published == dt.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Interview by Chen Li, Geneva, 4 September 2025.", dt.date(2025, 9, 4)),
        ("Text and photos: Anna Berg, 12 March 2026", dt.date(2026, 3, 12)),
        ("Interviewed by Omar Said in Cairo on 2 May 2025.", dt.date(2025, 5, 2)),
        ("Words and pictures by Tom Hale, Almaty, 3 June 2024", dt.date(2024, 6, 3)),
        ("*Text: Ivan Petrov | 7 October 2025*", dt.date(2025, 10, 7)),
    ],
)
def test_credit_sentence_dates(sentence: str, expected: dt.date) -> None:
    got = credit_sentence_date(sentence)
    assert got is not None and got.date == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by Ali Musa in Baku; editing by Jo Lee",  # no date: nothing
        "Interview by Chen Li, Geneva, in 2025.",  # a year alone
        "Story by the ministry, which said on 3 May 2025 that talks would resume.",
        "Interview by Chen Li, Geneva, 4 September 2025, about the talks of 5 May 2025.",
        "Photos: Reuters, 3 May 2025",  # a photo credit dates the picture, not the text
        "The interview by the committee took place on 4 September 2025.",
    ],
)
def test_not_a_credit_date(sentence: str) -> None:
    assert credit_sentence_date(sentence) is None


def test_credit_closing_the_standfirst_dates_the_article() -> None:
    text = (
        "INTERVIEW\n\n"
        '"Ports first, then trains"\n\n'
        "The minister on freight corridors and what comes next. Interview by Maria Costa, Lisbon, 9 June 2025.\n\n"
        "Q: How was the year?\n\nA: We opened the terminal in March and signed the deal in April.\n"
    )
    zone = find_header_zone_date(text, today=TODAY)
    assert zone is not None and zone.date == dt.date(2025, 6, 9) and zone.kind == "credit sentence"
    assert read_text(text, "i.txt").published == dt.date(2025, 6, 9)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BALTIC TRADE REVIEW                       September 2025 | Issue 9", dt.date(2025, 9, 1)),
        ("Vol. 12, No. 3 (March 2026)", dt.date(2026, 3, 1)),
        ("Policy Brief No. 41 · March 2026", dt.date(2026, 3, 1)),
        ("March 2026 | Issue 14", dt.date(2026, 3, 1)),
    ],
)
def test_issue_lines_give_the_month(line: str, expected: dt.date) -> None:
    got = parse_furniture_dateline(line)
    assert got is not None and got.date == expected and got.precision == "month"


@pytest.mark.parametrize(
    "line",
    [
        "Vol. 12, No. 3 (The talks of March 2026)",
        "Issue 9 (the March 2026 summit)",
        "The talks resumed   in March 2026 after a pause",
    ],
)
def test_not_an_issue_line(line: str) -> None:
    assert parse_furniture_dateline(line) is None


def test_credit_day_refines_the_issue_month() -> None:
    text = (
        "ANDES MINING QUARTERLY                    June 2025 | Issue 21\n\n"
        "The minister on lithium, ports and prices. Interview by Ana Ruiz, Santiago, 12 June 2025.\n\n"
        "Q: What changed this year?\n\nA: We signed the contract in May.\n"
    )
    article = read_text(text, "q.txt")
    assert article.published == dt.date(2025, 6, 12) and article.published_precision == "day"


def test_credit_day_outside_the_issue_month_does_not_refine() -> None:
    text = (
        "ANDES MINING QUARTERLY                    June 2025 | Issue 21\n\n"
        "The minister on lithium, ports and prices. Interview by Ana Ruiz, Santiago, 28 April 2025.\n\n"
        "Q: What changed this year?\n\nA: We signed the contract in May.\n"
    )
    article = read_text(text, "q.txt")
    assert article.published == dt.date(2025, 6, 1) and article.published_precision == "month"


@pytest.mark.parametrize(
    "header",
    ["Sent: Tuesday, 18 November 2025 09:14", "Date: Tue, 18 Nov 2025 08:01:22 +0400"],
)
def test_mail_headers_date_the_newsletter(header: str) -> None:
    text = f"From: Desk <desk@example.org>\n{header}\nSubject: Morning brief\n\nThe ministers met on Monday.\n"
    assert read_text(text, "m.txt").published == dt.date(2025, 11, 18)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Interview by Maria Costa, Lisbon, 9 June 2025.", dt.date(2025, 6, 9)),
        ("*Text and photos: Maria Costa, 9 June 2025*", dt.date(2025, 6, 9)),
        ("Interviewed by Omar Said in Cairo on 2 May 2025.", dt.date(2025, 5, 2)),
        ("Reporting by Maria Costa in Lisbon; editing by Tom Hale", None),
    ],
)
def test_closing_credit_dates_an_undated_text(closing: str, expected: dt.date | None) -> None:
    text = (
        "Ports first\n\nQ: How was the year?\n\n"
        f"A: We opened the terminal in March and signed the deal in April with the bank.\n\n{closing}\n"
    )
    article = read_text(text, "c.txt")
    assert article.published == expected
    assert all("Maria" not in article.text[s:e] and "Omar" not in article.text[s:e] for s, e in article.body_spans)
