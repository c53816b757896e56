"""Round 4: publication dates stated in the body head, in closing lines, in page markup; precedence notes."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import find_trailer_date, infer_header, parse_labelled_dateline
from timeline.ingest.reader import read_bytes, read_text

BODY = (
    "The two governments agreed to open a new freight route across the sea, officials said. "
    "The first trains are expected to run before the end of the season.\n\n"
    "Customs officers will be posted at both ends of the route, the ministry added.\n"
)


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("**Issue 9/2023 · Published Friday, 3 February 2023 · 4 min read**", dt.date(2023, 2, 3), None),
        ("Vol. 2 | Posted on 3 March 2024 by Jane Okafor | Energy", dt.date(2024, 3, 3), "Jane Okafor"),
        ("Posted on March 3, 2024 by Lev Brandt", dt.date(2024, 3, 3), "Lev Brandt"),
        ("Sent: Tuesday, June 4, 2024 8:12 AM", dt.date(2024, 6, 4), None),
        ("Date: Tue, 4 Jun 2024 08:12:00 +0000", dt.date(2024, 6, 4), None),
        ("First published: 12.09.2024 14:05 · Updated 13.09.2024", dt.date(2024, 9, 12), None),
    ],
)
def test_labelled_datelines(line: str, date: dt.date, author: str | None) -> None:
    found = parse_labelled_dateline(line)
    assert found is not None
    assert (found[0].date, found[1]) == (date, author)


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 3 March 2024 by the ministry, the statement said that talks would resume.",
        "Published in 2019, the report found that trade had doubled.",
        "Issue 17 · 6 min read · Energy",
        "Dated agreements from 3 March 2024 remain in force",
        "Week of 21–27 April · Sent to subscribers",
    ],
)
def test_not_labelled_datelines(line: str) -> None:
    assert parse_labelled_dateline(line) is None


def test_digest_issue_line_dates_the_article() -> None:
    text = (
        "# Caucasus Freight Weekly\n\n**Issue 9/2023 · Published Friday, 3 February 2023 · Week of 27 Jan–2 Feb**\n\n"
    )
    article = read_bytes((text + BODY).encode(), "digest.md", suffix=".md")
    assert (article.published, article.published_precision) == (dt.date(2023, 2, 3), "day")
    assert all("Issue" not in article.text[s:e] for s, e in article.body_spans)


def test_posted_on_byline_gives_date_and_author() -> None:
    info = infer_header("Rail link reopens\n\nPosted on 3 March 2024 by Jane Okafor\n\n" + BODY)
    assert (info.published, info.author) == (dt.date(2024, 3, 3), "Jane Okafor")


def test_email_header_block() -> None:
    text = (
        "From: Press Office <press@example.org>\nSent: Tuesday, June 4, 2024 8:12 AM\nTo: Editors\n"
        "Subject: Freight route agreed\n\n" + BODY
    )
    assert read_text(text, "mail.txt").published == dt.date(2024, 6, 4)


def test_published_line_wins_over_updated_line() -> None:
    text = "Rail link reopens\n\nLast updated: 14.09.2024 10:00\nPublished: 12.09.2024 14:05\n\n" + BODY
    assert read_text(text, "a.txt").published == dt.date(2024, 9, 12)


@pytest.mark.parametrize(
    ("closing", "date", "precision"),
    [
        ("*Interview recorded on 3 October 2025.*", dt.date(2025, 10, 3), "day"),
        ("This interview was conducted on 12 May 2024 in Baku.", dt.date(2024, 5, 12), "day"),
        ("(The conversation took place in March 2024.)", dt.date(2024, 3, 1), "month"),
        ("This article was first published on 2 July 2023.", dt.date(2023, 7, 2), "day"),
    ],
)
def test_closing_line_dates_an_undated_text(closing: str, date: dt.date, precision: str) -> None:
    article = read_text("Q: How did the talks go?\n\n" + BODY + "\n" + closing + "\n", "interview.txt")
    assert (article.published, article.published_precision) == (date, precision)
    assert "closing line" in article.metadata["published_note"]
    assert any("closing line" in w for w in article.warnings)
    assert all(closing.strip("*()") not in article.text[s:e] for s, e in article.body_spans)


def test_closing_line_does_not_override_a_head_dateline() -> None:
    text = "Talks resume\n\nPublished: 20 October 2025\n\n" + BODY + "\nInterview recorded on 3 October 2025.\n"
    article = read_text(text, "a.txt")
    assert article.published == dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    "closing",
    [
        "The treaty was signed on 3 October 2025 in Baku, officials recalled.",  # an event, not the text
        "The analysis published on 3 October 2025 by the bank found that trade doubled over the decade and more.",
    ],
)
def test_closing_prose_is_not_a_date_line(closing: str) -> None:
    assert find_trailer_date(BODY + "\n" + closing + "\n") is None


_PAGE = (
    "<html><head><title>Freight route agreed</title>{head}</head><body><article><h1>Freight route agreed</h1>"
    "{lead}<p>The two governments agreed to open a new freight route across the sea, officials said on Tuesday. "
    "The first trains are expected to run before the end of the season, according to the ministry.</p>"
    "<p>Customs officers will be posted at both ends of the route, the ministry added in its statement.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ('<meta property="article:published_time" content="2024-03-05T10:00:00Z">', dt.date(2024, 3, 5)),
        ('<meta property="og:published_time" content="2024-03-06">', dt.date(2024, 3, 6)),
        ('<meta name="dc.date" content="2024-03-07">', dt.date(2024, 3, 7)),
        ('<meta itemprop="datePublished" content="2024-03-08">', dt.date(2024, 3, 8)),
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-09T08:00:00+04:00"}'
            "</script>",
            dt.date(2024, 3, 9),
        ),
        (
            '<meta property="article:modified_time" content="2024-05-01">'
            '<meta property="article:published_time" content="2024-03-10">',
            dt.date(2024, 3, 10),
        ),
    ],
)
def test_html_markup_dates(head: str, date: dt.date) -> None:
    article = read_bytes(_PAGE.format(head=head, lead="").encode(), "p.html", suffix=".html")
    assert article.published == date


def test_html_time_element() -> None:
    page = _PAGE.format(head="", lead='<p><time datetime="2024-03-11">11 March</time></p>')
    assert read_bytes(page.encode(), "p.html", suffix=".html").published == dt.date(2024, 3, 11)


def test_markup_wins_over_text_dateline_and_the_disagreement_is_noted() -> None:
    page = _PAGE.format(
        head='<meta property="article:published_time" content="2024-03-05">', lead="<p>Published: 7 March 2024</p>"
    )
    article = read_bytes(page.encode(), "p.html", suffix=".html")
    assert article.published == dt.date(2024, 3, 5)
    assert "kept over" in article.metadata.get("published_note", "")


def test_front_matter_wins_and_disagreement_is_noted() -> None:
    text = "---\npublished: 2024-03-01\n---\nRail link reopens\n\nPublished: 7 March 2024\n\n" + BODY
    article = read_text(text, "a.txt")
    assert article.published == dt.date(2024, 3, 1)
    assert "front matter" in article.metadata["published_note"]


def test_agreeing_sources_leave_no_note() -> None:
    text = "---\npublished: 2024-03-07\n---\nRail link reopens\n\nPublished: 7 March 2024\n\n" + BODY
    assert "published_note" not in read_text(text, "a.txt").metadata


@pytest.mark.parametrize(
    ("line", "date"),
    [("Date: 2024-07-04", dt.date(2024, 7, 4)), ("Last updated: 12.09.2024 14:05", dt.date(2024, 9, 12))],
)
def test_plain_labelled_lines_still_date_the_article(line: str, date: dt.date) -> None:
    assert read_text(f"Rail link reopens\n\n{line}\n\n" + BODY, "a.txt").published == date
