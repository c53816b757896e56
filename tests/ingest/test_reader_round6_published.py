"""Round 6: credit-field furniture lines, "Posted by NAME on DATE" labels and print-edition closing lines."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import (
    find_lead_dateline,
    find_trailer_date,
    parse_furniture_dateline,
    parse_labelled_dateline,
)
from timeline.ingest.reader import read_text

BODY = (
    "Engineers began laying the new rail spur on the northern bank, the operator said. "
    "Freight trains are expected to use it from next spring.\n\n"
    "The project is financed by a consortium of regional banks.\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Source: Xinhua | 2024-07-03 21:04:15 | Editor: Li Wei", dt.date(2024, 7, 3)),
        ("Editor: Chen Bo · 3 July 2024", dt.date(2024, 7, 3)),
        ("12.05.2024 17:45 | Views: 1342", dt.date(2024, 5, 12)),
        ("Agency: Trend | 12 May 2024 | Photo: AFP", dt.date(2024, 5, 12)),
    ],
)
def test_credit_fields_around_a_date(line: str, date: dt.date) -> None:
    found = parse_furniture_dateline(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Source: talks resumed on the border. | 3 July 2024",  # the field value is a sentence
        "Editor: Li Wei | Talks were held on 3 July 2024 in Beijing.",  # the date sits inside a sentence
        "Source: Xinhua | 3 July 2024 | The ministers met on 2 July 2024.",
    ],
)
def test_credit_lines_with_prose_are_not_datelines(line: str) -> None:
    assert parse_furniture_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("Posted by Sam Hale on July 3, 2024", dt.date(2024, 7, 3), "Sam Hale"),
        ("Published by Nadia Orlova on 12 May 2024, 09:30", dt.date(2024, 5, 12), "Nadia Orlova"),
        ("posted by admin on 3 March 2024", dt.date(2024, 3, 3), None),
        ("Posted by Ana Ruiz at 3 July 2024 18:02", dt.date(2024, 7, 3), "Ana Ruiz"),
    ],
)
def test_posted_by_name_on_date(line: str, date: dt.date, author: str | None) -> None:
    found = parse_labelled_dateline(line)
    assert found is not None and found[0].date == date and found[1] == author


@pytest.mark.parametrize(
    "line",
    ["Posted by Sam Hale", "Published by the ministry on its website after talks on 3 July 2024"],
)
def test_posted_by_without_a_bare_date(line: str) -> None:
    assert parse_labelled_dateline(line) is None


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("This article appeared in the print edition of 6 July 2024.", dt.date(2024, 7, 6)),
        ("A version of this article appears in print on July 3, 2024.", dt.date(2024, 7, 3)),
        ("*This essay appeared in the print edition dated March 2025.*", dt.date(2025, 3, 1)),
    ],
)
def test_print_edition_closing_lines(tail: str, date: dt.date) -> None:
    found = find_trailer_date(BODY + "\n" + tail + "\n")
    assert found is not None and found.date == date
    assert read_text(BODY + "\n" + tail + "\n", "file:///mag.txt").published == date


def test_print_edition_in_a_sentence_is_not_a_closing_line() -> None:
    tail = "The minister's letter appeared in print on 3 July 2024, when the crisis deepened and talks broke down."
    assert find_trailer_date(BODY + "\n" + tail + "\n") is None


@pytest.mark.parametrize(
    ("lead", "month", "day", "year"),
    [
        ("MOSCOW, July 3. /TASS/. The two presidents spoke by phone.", 7, 3, None),
        ("ASTANA, 12 May 2024, 17:45 — Kazinform — The ministers signed a protocol.", 5, 12, 2024),
        ("MOSCOW. March 4 (Interfax) - The ministry said the talks would resume.", 3, 4, None),
        ("TASHKENT, 3 July 2024, 10:20 (UTC+5) - Uzbekistan opened a new border post.", 7, 3, 2024),
        ("KYIV, July 3, 2024 /Ukrinform/. The president met the delegation.", 7, 3, 2024),
        ("NEW DELHI [India], Dec 2 (ANI): India and Japan held talks.", 12, 2, None),
    ],
)
def test_agency_datelines(lead: str, month: int, day: int, year: int | None) -> None:
    found = find_lead_dateline(lead)
    assert found is not None and (found.month, found.day, found.year) == (month, day, year)


@pytest.mark.parametrize(
    "lead",
    [
        "In MOSCOW, July 3 - the talks resumed.",  # prose before the place
        "PARIS, July 3 and 4 - ministers met twice.",  # a day list, not a dateline
        "Moscow, July 3. /TASS/. lower-case places are prose openings here",
        "MOSCOW, July 3 the ministers met in the capital.",  # no credit, no dash
    ],
)
def test_not_agency_datelines(lead: str) -> None:
    assert find_lead_dateline(lead) is None


def test_agency_dateline_with_year_dates_the_article() -> None:
    text = (
        "Border post opens\n\nASTANA, 12 May 2024, 17:45 — Kazinform — The ministers signed a protocol.\n\n"
        + BODY
    )
    assert read_text(text, "file:///agency.txt").published == dt.date(2024, 5, 12)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Commentary by Jane Doe · 3 July 2024", "Jane Doe"),
        ("Analysis by Omar Haddad | 12 May 2024", "Omar Haddad"),
        ("Interview by Lena Park — March 4, 2024", "Lena Park"),
    ],
)
def test_genre_by_name_lines(line: str, author: str) -> None:
    article = read_text("Grain talks stall\n\n" + line + "\n\n" + BODY, "file:///genre.txt")
    assert article.published is not None and article.author == author


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Filed at 09:15 GMT, July 3, 2024", dt.date(2024, 7, 3)),
        ("Published 10:30 AM, 12 May 2024", dt.date(2024, 5, 12)),
        ("Posted at 17:45 UTC+4, 3 March 2024", dt.date(2024, 3, 3)),
    ],
)
def test_labelled_time_before_date(line: str, date: dt.date) -> None:
    found = parse_labelled_dateline(line)
    assert found is not None and found[0].date == date


@pytest.mark.parametrize(
    "line",
    ["Filed at 09:15 GMT, after the talks of July 3, 2024", "Published at the summit on 12 May 2024"],
)
def test_labelled_words_before_date_are_not_datelines(line: str) -> None:
    assert parse_labelled_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "date", "updated"),
    [
        ("Published July 3, 2024 Updated about 5 hours ago", dt.date(2024, 7, 3), False),
        ("Published 12 May 2024 last updated 14 May 2024", dt.date(2024, 5, 12), False),
    ],
)
def test_published_date_running_into_an_update_note(line: str, date: dt.date, updated: bool) -> None:
    found = parse_labelled_dateline(line)
    assert found is not None and found[0].date == date and found[0].updated is updated


def test_published_date_running_into_prose_is_not_a_dateline() -> None:
    assert parse_labelled_dateline("Published July 3, 2024 after a long review by the editors") is None


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("Baku, 3 July 2024", dt.date(2024, 7, 3)),
        ("Done at Astana, 12 May 2024", dt.date(2024, 5, 12)),
        ("*3 March 2024, 17:45*", dt.date(2024, 3, 3)),
        ("New York, March 4, 2024", dt.date(2024, 3, 4)),
    ],
)
def test_signoff_line_dates_an_undated_text(tail: str, date: dt.date) -> None:
    article = read_text(BODY + "\n" + tail + "\n", "file:///statement.txt")
    assert article.published == date
    assert "sign-off" in article.metadata["published_note"]


@pytest.mark.parametrize(
    "tail",
    [
        "March 2024",  # month only: an archive label, not a sign-off
        "The talks ended on 3 July 2024.",  # a sentence
        "1. Ministry statement, 3 July 2024",  # a list item
        "Retrieved 3 July 2024",
    ],
)
def test_not_signoff_lines(tail: str) -> None:
    assert read_text(BODY + "\n" + tail + "\n", "file:///statement.txt").published is None


def test_signoff_is_the_weakest_source() -> None:
    text = "Grain talks stall\n\nPublished 1 July 2024\n\n" + BODY + "\nBaku, 3 July 2024\n"
    assert read_text(text, "file:///statement.txt").published == dt.date(2024, 7, 1)


def test_signoff_only_on_the_last_line() -> None:
    text = BODY + "\nBaku, 3 July 2024\n\nThe delegations will meet again in autumn.\n"
    assert read_text(text, "file:///statement.txt").published is None


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("Source: Ministry of Foreign Affairs, 3 July 2024", dt.date(2024, 7, 3)),
        ("Press service of the President, 12 May 2024", dt.date(2024, 5, 12)),
        ("Office of the Spokesperson, March 4, 2024", dt.date(2024, 3, 4)),
    ],
)
def test_signoff_with_an_organisation_credit(tail: str, date: dt.date) -> None:
    assert read_text(BODY + "\n" + tail + "\n", "file:///statement.txt").published == date


@pytest.mark.parametrize(
    "tail",
    [
        "Talks ended, 3 July 2024",
        "The ministers met in Baku, 3 July 2024",
        "Next round expected, 12 May 2024",
    ],
)
def test_signoff_credit_must_be_a_name(tail: str) -> None:
    assert read_text(BODY + "\n" + tail + "\n", "file:///statement.txt").published is None
