"""Round 5: publication dates from e-mail subjects, update/edit footers and head lines, weekday tag lines,
report covers and closing lines followed by an editorial sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import (
    find_footer_date,
    find_trailer_date,
    parse_furniture_dateline,
    parse_labelled_dateline,
    parse_subject_dateline,
)
from timeline.ingest.reader import read_bytes, read_text

BODY = (
    "The two governments agreed to open a new ferry line across the lake, officials said. "
    "The first crossings are expected before the end of the season.\n\n"
    "Customs officers will be posted at both piers, the transport ministry added.\n"
)


# ------------------------------------------------------------------ 1. e-mail subject lines


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Subject: Andes Energy Letter, 28 March 2025 | Lithium talks stall again", dt.date(2025, 3, 28)),
        ("Subject: Weekly brief — 3 Feb 2024", dt.date(2024, 2, 3)),
        ("Subject: Fwd: Baltic Notes, February 9, 2023 · Ports and pipes", dt.date(2023, 2, 9)),
        ("SUBJECT: 12 May 2024 | Morning digest", dt.date(2024, 5, 12)),
    ],
)
def test_subject_issue_dates(line: str, date: dt.date) -> None:
    found = parse_subject_dateline(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Subject: Talks to resume on 3 May 2024 in Geneva",  # the date belongs to the headline
        "Subject: Minister says the bridge, opened 3 May 2024, is already too small",
        "Subject: Your weekly reading list",
        "Topic: Weekly brief — 3 Feb 2024",  # not an e-mail subject
    ],
)
def test_subject_without_issue_date(line: str) -> None:
    assert parse_subject_dateline(line) is None


def test_newsletter_email_dated_by_subject_and_titled() -> None:
    text = (
        "From: Nordic Grid Letter <news@grid.example>\nTo: reader\n"
        "Subject: Nordic Grid Letter, 14 January 2026 | Cable repairs drag on\n\nDear readers,\n\n" + BODY
    )
    article = read_text(text, "mail.txt")
    assert (article.published, article.published_precision) == (dt.date(2026, 1, 14), "day")
    assert article.title is not None and article.title.startswith("Nordic Grid Letter")
    assert all("From:" not in article.text[s:e] for s, e in article.body_spans)


def test_date_header_beats_subject_date() -> None:
    text = "Subject: Weekly brief — 3 Feb 2024\nDate: Mon, 5 Feb 2024 07:00:00 +0000\n\n" + BODY
    assert read_text(text, "mail.txt").published == dt.date(2024, 2, 5)


# ------------------------------------------------------------------ 2. update / edit dates


@pytest.mark.parametrize(
    ("line", "date", "updated"),
    [
        ("This page was last edited on 5 November 2026", dt.date(2026, 11, 5), True),
        ("Page updated 2 June 2025", dt.date(2025, 6, 2), True),
        ("Last updated: 12 May 2024", dt.date(2024, 5, 12), True),
        ("The article was first published on 9 July 2022", dt.date(2022, 7, 9), False),
        ("Ministry of Transport — page updated 7 October 2025", dt.date(2025, 10, 7), True),
    ],
)
def test_update_labels(line: str, date: dt.date, updated: bool) -> None:
    found = parse_labelled_dateline(line)
    assert found is not None
    assert (found[0].date, found[0].updated) == (date, updated)


def test_footer_edit_date_used_and_noted() -> None:
    text = "# Lake ferries\n\n" + BODY + "\n*This page was last edited on 5 November 2026.*\n"
    article = read_text(text, "wiki.md")
    assert article.published == dt.date(2026, 11, 5)
    assert "update/edit" in article.metadata["published_note"]
    assert all("last edited" not in article.text[s:e] for s, e in article.body_spans)


@pytest.mark.parametrize(
    "tail",
    [
        '1. "Ferry line opens". Retrieved 20 February 2024.',
        "Accessed 3 March 2025",
        "© 2024 Lake Transport Authority",
        "12. Joint statement, published 13 June 2011.",
        "The ferry was last updated in 2019, when the ministry replaced its engines on 3 May 2019.",
    ],
)
def test_footer_citations_and_narrative_not_taken(tail: str) -> None:
    text = "# Lake ferries\n\n" + BODY + "\n" + tail + "\n"
    assert find_footer_date(text) is None
    assert read_text(text, "wiki.md").published is None


def test_published_label_beats_updated_head_line() -> None:
    text = "# Lake ferries\n\n*Transport desk — updated 12 May 2024*\n\n" + BODY + "\nFirst published 3 March 2024\n"
    article = read_text(text, "page.md")
    assert article.published == dt.date(2024, 3, 3)


def test_updated_head_line_alone_is_used_with_note() -> None:
    text = "# Lake ferries\n\n*Embassy of Ruritania — page updated 2 June 2025*\n\n" + BODY
    article = read_text(text, "page.md")
    assert article.published == dt.date(2025, 6, 2)
    assert "update/edit date of the head line" in article.metadata["published_note"]


def test_head_published_line_not_replaced_by_footer_update() -> None:
    text = "# Lake ferries\n\nPublished 3 March 2024\n\n" + BODY + "\nLast updated: 12 May 2024\n"
    assert read_text(text, "page.md").published == dt.date(2024, 3, 3)


# ------------------------------------------------------------------ 3. weekday date with a short tag


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("*Tuesday, 17 June 2025 — our newsroom's running digest, updated through the day*", dt.date(2025, 6, 17)),
        ("Monday 3 March 2025 | Live", dt.date(2025, 3, 3)),
        ("Live coverage · Friday, November 8, 2024", dt.date(2024, 11, 8)),
        ("Policy Report No. 14 | March 2025", dt.date(2025, 3, 1)),
        ("Working Paper 7/2024 — November 2024", dt.date(2024, 11, 1)),
        ("Research Brief #3 · 12 January 2026", dt.date(2026, 1, 12)),
    ],
)
def test_furniture_datelines(line: str, date: dt.date) -> None:
    found = parse_furniture_dateline(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "3 March 2025 — Talks open in the capital",  # a chronology entry: no weekday, no series
        "Monday 3 March 2025 — the minister flew to the capital and signed the agreement with his counterpart there.",
        "Tuesday, 17 June 2025 — Wednesday, 18 June 2025",
        "Energy and Climate | March 2025",  # a section and a month: no series number
        "Report says exports doubled | March 2025",
    ],
)
def test_not_furniture_datelines(line: str) -> None:
    assert parse_furniture_dateline(line) is None


def test_report_cover_gives_month_precision() -> None:
    text = "EASTERN CORRIDORS INSTITUTE\nPorts and Plains\nWorking Paper 7/2024 — November 2024\n\n" + BODY
    article = read_text(text, "paper.txt")
    assert (article.published, article.published_precision) == (dt.date(2024, 11, 1), "month")


def test_live_digest_head_line_dates_the_article() -> None:
    text = "# Harbour Live\n\n*Thursday, 9 October 2025 — running updates from the port*\n\n" + BODY
    article = read_bytes(text.encode(), "live.md", suffix=".md")
    assert (article.published, article.published_precision) == (dt.date(2025, 10, 9), "day")


# ------------------------------------------------------------------ 5. closing line with an editorial sentence


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Interview recorded on 3 October 2025 in Beijing. It has been edited for length and clarity.", (2025, 10, 3)),
        ("This interview was conducted on 12 May 2024. It has been condensed and translated.", (2024, 5, 12)),
        ("*The conversation took place in March 2024 in Tbilisi. Answers were shortened.*", (2024, 3, 1)),
    ],
)
def test_closing_line_with_editorial_sentence(line: str, date: tuple[int, int, int]) -> None:
    found = find_trailer_date(BODY + "\n" + line + "\n")
    assert found is not None and found.date == dt.date(*date)


@pytest.mark.parametrize(
    "line",
    [
        "Interview recorded on 3 October 2025 in Beijing. The minister then said the talks had failed on 4 October.",
        "Interview recorded on 3 October 2025. Two days later the ambassador left Beijing for Astana and Tashkent"
        " to take part in a long series of regional consultations on transport.",
    ],
)
def test_closing_line_followed_by_narrative_not_taken(line: str) -> None:
    assert find_trailer_date(BODY + "\n" + line + "\n") is None


@pytest.mark.parametrize(
    "tail",
    ["— updated 12 May 2024", "*— updated 12 May 2024*", "(Updated 12 May 2024)", "_Last updated: 12 May 2024_"],
)
def test_footer_update_line_shapes(tail: str) -> None:
    found = find_footer_date(BODY + "\n" + tail + "\n")
    assert found is not None and (found.date, found.updated) == (dt.date(2024, 5, 12), True)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("From: Nordic Grid Letter <news@grid.example>", "Nordic Grid Letter"),
        ('From: "Baltic Notes" <editor@baltic.example>', "Baltic Notes"),
        ("From: editor@baltic.example", None),  # an address alone names no outlet
    ],
)
def test_newsletter_sender_is_the_outlet(line: str, outlet: str | None) -> None:
    text = f"{line}\nTo: reader\nSubject: Weekly brief — 3 Feb 2024\n\n" + BODY
    assert read_text(text, "mail.txt").outlet == outlet


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("By Lena Park, Staff Reporter | 30 May 2024", dt.date(2024, 5, 30), "Lena Park"),
        ("Tomas Vidal · May 30, 2024 · 5 min read", dt.date(2024, 5, 30), "Tomas Vidal"),
        ("Amara Osei, Senior Correspondent — 30 May 2024", dt.date(2024, 5, 30), "Amara Osei"),
        ("Ministers meet in Baku to discuss the ferry line — 30 May 2024", None, None),  # a headline, no byline
    ],
)
def test_byline_with_a_date_part(line: str, date: dt.date | None, author: str | None) -> None:
    article = read_text("Ferry line to open\n\n" + line + "\n\n" + BODY, "x.txt")
    assert (article.published, article.author) == (date, author)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("This article was first published in The Harbour Review on 3 May 2024.", dt.date(2024, 5, 3)),
        ("Originally published by Steppe Weekly on 3 May 2024.", dt.date(2024, 5, 3)),
        ("This commentary first appeared on 3 May 2024 in Lake News.", dt.date(2024, 5, 3)),
        ("The interview was conducted by email in April 2024.", dt.date(2024, 4, 1)),
        ("Held in Baku on 3 May 2024, the summit ended without a deal.", None),
        ("Published in Baku on 3 May 2024 by the ministry, which said talks would resume in June.", None),
    ],
)
def test_closing_lines_naming_the_first_outlet_or_medium(line: str, date: dt.date | None) -> None:
    found = find_trailer_date(BODY + "\n" + line + "\n")
    assert (found.date if found else None) == date
