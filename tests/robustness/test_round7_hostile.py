"""Hostile input for the round-7 code: header-zone publication dates, new date forms, masked views, actors.

Everything goes through the public functions (read_text/read_bytes, tag_dates, normalise_date, extract,
the header-zone helpers of timeline.ingest.metadata, ingest into a temporary SQLite database). Each case only
asserts that the call returns and that its output is well formed: no timings (growth on long inputs was
measured by hand; the two quadratic scans found are bounded in dates._with_stay and
ActorDictionary.context_distances, and the long-input cases below are their reproductions).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract.actors import ActorDictionary
from timeline.extract.dates import normalise_date, parse_edtf, tag_dates
from timeline.extract.grammar import masked_views
from timeline.extract.pipeline import extract
from timeline.ingest import metadata
from timeline.ingest.reader import ReadError, read_bytes, read_text
from timeline.store.jobs import ingest

BODY = "On 5 May 2024 the foreign ministers of Kazakhstan and Georgia met in Tbilisi."
YEAR_UNKNOWN = re.compile(r"XXXX(-\d\d){0,2}(/(XXXX|\d{4})(-\d\d){0,2})?")
REFERENCES = [None, dt.date(2026, 6, 12), dt.date(1, 1, 1), dt.date(9999, 12, 31)]

OVERFLOWING = [
    "",
    " \t\n",
    "\x00",
    "year 99999",
    "in 99999",
    "day 0",
    "0 June 2024",
    "31 February 2024",
    "Monday 30 February 2024",
    "week 54 of 2026",
    "2026-W99",
    "2026-W00",
    "9999-W53",
    "0000-W01",
    "the 53rd week of 2026",
    "12-JUN-99999",
    "00-Jun-2026",
    "32-Jun-2026",
    "2026.13.45",
    "2026/13/45",
    "2026/02/30",
    "0000-00-00",
    "-0001-01-01",
    "the year after next",
    "the September before last",
    "the decade after next",
    "the last week of February 9999",
    "the first week of January 0001",
    "March of twenty ninety-nine",
    "from nineteen ninety-one to nineteen ninety-four",
    "in the 99990s",
    "the 0th century",
    "BAKU, May 32 (Xinhua)",
]


def _well_formed(text: str, mentions: list) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.text
        if m.value is not None and not YEAR_UNKNOWN.fullmatch(m.value):
            parse_edtf(m.value)


@pytest.mark.parametrize("reference", REFERENCES, ids=str)
@pytest.mark.parametrize("expr", OVERFLOWING)
def test_overflowing_dates_leave_the_expression_unresolved(expr: str, reference: dt.date | None) -> None:
    sentence = f"On {expr} the two presidents met in Baku, and the year after next they will meet again."
    _well_formed(sentence, tag_dates(sentence, reference))
    got = normalise_date(expr, reference)
    assert got is None or got.value is None or YEAR_UNKNOWN.fullmatch(got.value) or parse_edtf(got.value)


HEADER_LINES = [
    "News desk | 13/13/9999 25:61",
    "Published: 0001-01-01",
    "Published: 9999-12-31",
    "Updated 00/00/0000 00:00",
    "\u202e31 May 2024\u202c | AFP",
    "📅 5 May 2024 🕐 10:00",
    "5\u0301 May 2024",
    "Baku, 99999 May (Trend)",
    "> " * 2000 + "5 May 2024",
    "\x00\x01\x07 5 May 2024",
    "Source:" + " Ministry" * 2000 + ", 3 July 2024",
    "Statement by the High Representative on the elections in 9999, 31 December 9999",
    "| | | | |",
]
NAMES = [
    "_99999999.txt",
    "2026-13-45-x.txt",
    "https://x.org/2026/13/45/a.html",
    "https://x.org/0000/00/00/a",
    "a" * 3000 + ".txt",
    "\u202e.txt",
    "20260231.txt",
    "https://x.org/?d=2026-99-99",
    "",
]


@pytest.mark.parametrize("line", HEADER_LINES, ids=range(len(HEADER_LINES)))
def test_hostile_header_lines_read_and_extract(line: str) -> None:
    for text in (f"{line}\n\n{BODY}\n", f"Talks in Tbilisi\n{line}\n\n{BODY}\n"):
        assert metadata.zone_metadata_line(line) is None or metadata.zone_metadata_line(line)[0].date
        metadata.zone_occasion_headline(line)
        metadata.find_header_zone_date(text, today=dt.date(2026, 11, 23))
        try:
            article = read_text(text, "hostile.md")
        except ReadError as err:  # NUL bytes: a clear one-line refusal
            assert "\n" not in str(err)
            continue
        for claim in extract(article).claims:
            assert article.text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_absurd_file_names_and_urls(name: str) -> None:
    for today in (dt.date(1, 1, 1), dt.date(2026, 11, 23), dt.date(9999, 12, 31)):
        got = metadata.date_from_name(name, today=today)
        assert got is None or got[0] <= today
    article = read_text(f"Talks\n\n{BODY}\n", name or "unnamed.txt")
    assert "Kazakhstan" in article.text


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\t", "\x00" * 50, "😀" * 100], ids=["empty", "space", "ws", "nul", "emoji"]
)
def test_empty_and_junk_texts_give_a_clear_error_or_nothing(text: str) -> None:
    try:
        article = read_text(text, "junk.txt")
    except ReadError as err:
        assert str(err) and "\n" not in str(err)
        return
    extract(article)


LONG_INPUTS = {
    # one run of slashed dates with no sentence end: each date used to search the rest of the text for a stay
    "dates-on-one-line": "12/06/2025 " * 600,
    # a run of capitalised words with generic institution nouns: each noun read the whole 'sentence' for countries
    "capitalised-run": " ".join(["Minister President Foreign Affairs Committee Of The National Bank"] * 150) + ".",
    "and-run": "Azerbaijan " + "and " * 5000 + "China signed a deal on 5 May 2024.",
    # 10 000 items measured by hand: extraction grows linearly (~2.6 ms a dated item)
    "list-items": "\n".join(f"- item {i}: Kazakhstan and China met on 5 May 2024" for i in range(1500)),
    "blockquotes": "\n".join("> " * 30 + "On 5 May 2024 Baku hosted talks." for _ in range(300)),
    "one-megabyte-line": "x" * 1_000_000,
    "subordinate-titles": "Deputy " * 2000 + "Minister of Foreign Affairs of Azerbaijan met Wang Yi.",
    "hyphenated-dates": "12-Jun-2026-" * 1000,
}


@pytest.mark.parametrize("case", sorted(LONG_INPUTS))
def test_long_hostile_inputs_return(case: str) -> None:
    text = f"Title\n\n{LONG_INPUTS[case]}\n\n{BODY}\n"
    article = read_text(text, f"{case}.txt")
    if case != "one-megabyte-line":
        _well_formed(article.text, tag_dates(article.text, dt.date(2026, 6, 12)))
        ActorDictionary.default().find(article.text)
        masked_views(article.text)
    for claim in extract(article).claims:
        assert article.text[claim.start : claim.end] == claim.quote


def test_deeply_nested_unclosed_html_is_a_read_error_or_text() -> None:
    page = ("<html><body>" + "<div><span><b>" * 3000 + f"<p>{BODY}").encode()
    try:
        article = read_bytes(page, "nested.html", suffix=".html")
    except ReadError as err:
        assert "nested.html" in str(err)
        return
    extract(article)


TOKENS = st.sampled_from(
    [
        "12/06/2025",
        "31/02/2026",
        "2026-W99",
        "9999-12-31",
        "0001-01-01",
        "Published:",
        "Updated",
        "| ",
        "By Anna Berg",
        "AFP",
        "18:40",
        "GMT",
        "\n",
        "\n\n",
        "> ",
        "# ",
        "**",
        "12-Jun-2026",
        "week 54",
        "the year after next",
        "twenty",
        "nineteen ninety-one",
        "Statement on the elections",
        "in",
        "99999",
        "May",
        "0",
        "32",
        "and ",
        "President ",
        "Aliyev ",
        "Minister of Foreign Affairs ",
        "Deputy ",
        "the September before last",
        ".",
        ",",
        "\u202e",
        "😀",
        "\x00",
        "\u0301",
        "<div>",
    ]
)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(TOKENS, max_size=40).map("".join), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_header_zone_and_dates_never_raise(text: str, day: dt.date) -> None:
    metadata.find_header_zone_date(text, today=day)
    metadata.slashed_date_convention(text)
    metadata.implausible_publication(text, day, day)
    metadata.date_from_name("https://x.org/" + text, today=day)
    _well_formed(text, tag_dates(text, day))
    try:
        article = read_text(text, "fuzz.md")
    except ReadError:
        return
    extract(article)


def test_hostile_files_are_ingested_or_reported(tmp_path: Path, sqlite_url: str) -> None:
    files = {
        "_99999999.txt": f"Published: 9999-12-31\n\n{BODY} The year after next they will meet again.\n",
        "2026-13-45-x.md": f"---\ntitle: T\npublished: 0001-01-01\n---\n\n{BODY} Last week they met too.\n",
        "empty.txt": "",
        "nul.txt": "\x00\x01",
        "rtl.txt": f"\u202eNews desk | 31/02/2026\u202c\n\n{BODY}\n",
    }
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = ingest(sorted(folder.iterdir()), url=sqlite_url)
    assert report.files_seen == len(files)
    assert report.files_failed == len(report.errors) <= 2  # only the empty and the NUL file may fail
    assert report.events_created >= 1
    for err in report.errors:
        assert err.error and "Traceback" not in err.error
