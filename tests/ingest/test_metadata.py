"""Metadata inference: seeds, dateline shapes, bylines, front matter parsing, URLs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest.metadata import (
    MetadataError,
    infer_header,
    is_person_name,
    is_timestamp_line,
    outlet_from_url,
    parse_dateline,
    parse_published,
    split_front_matter,
)
from timeline.ingest.reader import read_path, read_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


# ---------------------------------------------------------------- seeds


@pytest.mark.parametrize(
    ("prefix", "published"),
    [("000", None), ("001", dt.date(2021, 6, 7)), ("002", dt.date(2024, 7, 5)), ("003", dt.date(2024, 7, 4)),
     ("004", None)],
)
def test_seed_published(prefix: str, published: dt.date | None) -> None:
    article = read_path(seed(prefix))
    assert article.published == published
    assert article.published_precision == ("day" if published else None)


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", "China and Azerbaijan: New horizons of strategic partnership"),
        ("001", "Baku-Beijing ties gear up in light of Azerbaijan’s rising global role"),
        ("002", "Azerbaijan, China forge strategic partnership amid SCO summit"),
        ("003", None),  # starts with a dateline; no headline
        ("004", "China relations: A new balance in Azerbaijan's foreign policy"),
    ],
)
def test_seed_title(prefix: str, title: str | None) -> None:
    assert read_path(seed(prefix)).title == title


@pytest.mark.parametrize(
    ("prefix", "author", "outlet"),
    [
        ("000", "Seymur Mammadov", "News.Az"),
        ("001", "Vafa Ismayilova", None),
        ("002", "Matanat Nasibova", None),
        ("003", "Nazrin Abdul", None),
        ("004", None, None),  # the analyst quoted in the text is not a byline
    ],
)
def test_seed_author_and_outlet(prefix: str, author: str | None, outlet: str | None) -> None:
    article = read_path(seed(prefix))
    assert article.author == author
    assert article.outlet == outlet


def test_seed_002_subtitle_recorded() -> None:
    assert read_path(seed("002")).metadata["subtitle"] == "A milestone in bilateral ties"


# ---------------------------------------------------------------- dateline shapes (own examples)


@pytest.mark.parametrize(
    ("line", "expected", "precision"),
    [
        ("12 March 2019 09:15 (UTC+04:00)", dt.date(2019, 3, 12), "day"),
        ("21 October 2022 - 08:05", dt.date(2022, 10, 21), "day"),
        ("POLITICS\u00a0\u00a0 21 October 2022 - 08:05", dt.date(2022, 10, 21), "day"),
        (" date 2023-02-01 1 February 2023 11:00 (UTC+04:00)", dt.date(2023, 2, 1), "day"),
        ("March 12, 2019", dt.date(2019, 3, 12), "day"),
        ("Sept. 3, 2018, 4:30 p.m. ET", dt.date(2018, 9, 3), "day"),
        ("Published: 2019-03-12", dt.date(2019, 3, 12), "day"),
        ("2019-03-12T09:15:00+04:00", dt.date(2019, 3, 12), "day"),
        ("Tuesday, 12 March 2019", dt.date(2019, 3, 12), "day"),
        ("12.03.2019 10:20", dt.date(2019, 3, 12), "day"),
        ("Published: March 2019", dt.date(2019, 3, 1), "month"),
        ("25/12/2020", dt.date(2020, 12, 25), "day"),
    ],
)
def test_dateline_shapes(line: str, expected: dt.date, precision: str) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "line",
    [
        "In March 2005",  # a heading, not a dateline
        "The summit took place on 3 July 2024 in the capital of Kazakhstan.",
        "Azerbaijan and China sign declaration on 3 July 2024 at the SCO summit in Astana",
        "04/05/2020",  # ambiguous day and month
        "31 February 2020",  # not a calendar date
        "Leaders meet again",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_timestamp_lines() -> None:
    assert is_timestamp_line("08 July 2024 - 17:20")
    assert is_timestamp_line("17:20")
    assert not is_timestamp_line("Ministers met at 17:20 to discuss trade")
    assert not is_timestamp_line("")


def test_date_in_body_or_link_list_is_not_publication_date() -> None:
    text = (
        "Talks continue on the corridor\n\n"
        "Officials from both countries met again to discuss the route of the corridor and its cost.\n\n"
        "They did not announce a date for the next round of talks, a spokesman said.\n\n"
        "The first talks were held on 12 March 2019 in the capital.\n\n"
        "Read also\n\n"
        "Another headline about trade\n\n"
        "08 July 2024 - 17:20\n"
    )
    assert read_text(text, "mem://x").published is None


def test_dateline_after_many_lines_is_ignored() -> None:
    lines = [f"Line number {i} of a long list of short items" for i in range(12)]
    text = "\n".join(["Some headline", *lines, "5 July 2024 - 17:38", "Body sentence here."])
    assert infer_header(text).published is None


def test_published_label_preferred_over_updated() -> None:
    text = "Headline of the story\nUpdated: 2024-07-06\nPublished: 2024-07-05\n\nBody text of the story.\n"
    assert infer_header(text).published == dt.date(2024, 7, 5)


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("text", "author", "outlet"),
    [
        ("Trade grows\n\nBy John Smith\n\nTrade grew.", "John Smith", None),
        ("Trade grows\n\nBy Jane Doe and Omar Aliyev, Reuters\n\nTrade grew.", "Jane Doe and Omar Aliyev", "Reuters"),
        ("Trade grows\n\nBY ANNA MARIA DE SOUSA\n\nTrade grew.", "ANNA MARIA DE SOUSA", None),
        ("Trade grows\n\nWritten by Li Wei, a correspondent for Global Post.\n\nTrade grew.", "Li Wei", "Global Post"),
        ("Trade grows\n12 March 2019\nAnna Smith\n\nTrade grew a lot.", "Anna Smith", None),
        ("Editor's note: Ali Hasanov, an analyst at Baku Review.\n\nTrade grew.", "Ali Hasanov", "Baku Review"),
        ("Trade grows\n\nBy Steppe Wire staff\n\nTrade grew.", None, "Steppe Wire"),
    ],
)
def test_bylines(text: str, author: str | None, outlet: str | None) -> None:
    info = infer_header(text)
    assert info.author == author
    assert info.outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Trade grows\n\nLatest News\n\nTrade grew.",  # a navigation line, not a name
        "Trade grows\n\nA bit of history\n\nTrade grew.",
        "Trade grows\n\nThe ministers met on Monday and agreed to build it.\n\nNazrin Abdul",  # after prose
        "By the end of the year, trade had grown to record levels in the region.\n\nMore text.",
    ],
)
def test_not_bylines(text: str) -> None:
    assert infer_header(text).author is None


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Matanat Nasibova", True),
        ("Ludwig van Beethoven", True),
        ("J. R. Smith", True),
        ("Azerbaijan", False),
        ("Latest News", False),
        ("One Belt, One Road project", False),
        ("Ann Lee 2024", False),
        ("Monday June", False),
    ],
)
def test_is_person_name(name: str, ok: bool) -> None:
    assert is_person_name(name) is ok


def test_title_is_not_taken_from_a_sentence() -> None:
    assert infer_header("The ministers met on Monday.\n\nThey agreed.\n").title is None


def test_markdown_heading_title() -> None:
    assert infer_header("# Rail deal signed\n\nText of the story.").title == "Rail deal signed"


# ---------------------------------------------------------------- front matter, published, URLs


def test_split_front_matter() -> None:
    data, start = split_front_matter("---\ntitle: T\npublished: 2024-07-05\n---\nBody\n")
    assert data == {"title": "T", "published": "2024-07-05"}
    assert start == len("---\ntitle: T\npublished: 2024-07-05\n---\n")
    assert split_front_matter("No front matter\n---\n") == (None, 0)


def test_split_front_matter_dots_close() -> None:
    data, _ = split_front_matter("---\ntitle: T\n...\nBody\n")
    assert data == {"title": "T"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2020, 1, 2), (dt.date(2020, 1, 2), "day")),
        (dt.datetime(2020, 1, 2, 3, 4), (dt.date(2020, 1, 2), "day")),
        (2020, (dt.date(2020, 1, 1), "year")),
        ("June 7, 2021", (dt.date(2021, 6, 7), "day")),
        ("June 2021", (dt.date(2021, 6, 1), "month")),
        ("2021-06-07 16:32", (dt.date(2021, 6, 7), "day")),
    ],
)
def test_parse_published(value: object, expected: tuple[dt.date, str]) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["soon", "2021-13-01", "June 7, 2021 or so", "7/8/2021"])
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(MetadataError, match="'published' is not a date"):
        parse_published(value)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.caliber.az/en/post/1", "caliber.az"),
        ("http://m.example.co.uk/a?b=c", "example.co.uk"),
        ("news.az/articles/1", "news.az"),
        ("not a url", None),
        ("file:///tmp/x.txt", None),
    ],
)
def test_outlet_from_url(url: str, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_nameless_byline_is_header_not_body() -> None:
    article = read_text("Trade grows\n\nBy a contributing analyst\n\nTrade grew by a third last year.\n", "m://")
    assert article.author is None
    assert [article.text[s:e] for s, e in article.body_spans] == ["Trade grew by a third last year."]


def test_author_equal_to_outlet_is_dropped() -> None:
    doc = "---\nauthor: Steppe Monitor\noutlet: Steppe Monitor\n---\nTrade grew by a third last year.\n"
    article = read_text(doc, "m://")
    assert (article.author, article.outlet) == (None, "Steppe Monitor")
