"""Round 7 units: the header-zone fallback, dates in file names/URLs, furniture date forms, and the guards that keep
event dates, chronologies and announced occasions from becoming publication dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest.metadata import (
    _find_dates,
    date_from_name,
    find_header_zone_date,
    implausible_publication,
    infer_header,
    zone_metadata_line,
    zone_occasion_headline,
)
from timeline.ingest.reader import read_path, read_text

D = dt.date
TODAY = D(2026, 11, 23)
BODY = "Officials from both sides met to discuss pipeline tariffs, the ministry said in a statement.\n"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("12-Jun-2026 18:40", D(2026, 6, 12)),
        ("03/SEP/2025", D(2025, 9, 3)),
        ("12 JUN 2026", D(2026, 6, 12)),
        ("2026.06.12", D(2026, 6, 12)),
        ("2026/06/12 09:00", D(2026, 6, 12)),
        ("Jun 12 2026 at 6:40 PM", D(2026, 6, 12)),
    ],
)
def test_furniture_date_forms(line: str, date: dt.date) -> None:
    assert [d.date for d in _find_dates(line)] == [date]


@pytest.mark.parametrize("line", ["12/06/2026", "version 2026.13.40", "build 2026.1.5.4", "12-Jux-2026"])
def test_furniture_forms_not_guessed(line: str) -> None:
    assert _find_dates(line) == []


@pytest.mark.parametrize(
    ("line", "date", "rank"),
    [
        ("Nordic Wire | Updated 04-Mar-2025 08:15 (Oslo time)", D(2025, 3, 4), 2),
        ("*By our Danube correspondent · 7 May 2024*", D(2024, 5, 7), 1),
        ("Evening Report, aired 7 May 2024, 19:30", D(2024, 5, 7), 0),
        ("Updated 9 May 2024 · first published 7 May 2024", D(2024, 5, 7), 0),
        ("Harbour Radio — 7 May 2024, 08:00 CET", D(2024, 5, 7), 1),
    ],
)
def test_zone_metadata_line(line: str, date: dt.date, rank: int) -> None:
    found = zone_metadata_line(line)
    assert found is not None and (found[0].date, found[1]) == (date, rank)


@pytest.mark.parametrize(
    "line",
    [
        "7 May 2024 — Ceasefire agreed",  # a chronology entry: no label, time, byline or outlet
        "Retrieved 7 May 2024 from the archive",
        "© 2024 Harbour Media | All rights reserved",
        "7 May 2024 · 9 May 2024 | Harbour Radio",  # two unlabelled dates: undecided
        "Talks ended on 7 May 2024 | The ministers left for home.",
        'Analysis | The "Charter of 7 May 2024"',
    ],
)
def test_zone_metadata_line_negative(line: str) -> None:
    assert zone_metadata_line(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Spokesperson's Regular Press Conference on 14 May 2024", D(2024, 5, 14)),
        ("Monthly review, March 2025", D(2025, 3, 1)),
        ("# Morning Bulletin: your weekly roundup for 9 June 2025", D(2025, 6, 9)),
        ("Remarks by the Minister at the Investment Forum — June 9, 2025", D(2025, 6, 9)),
    ],
)
def test_zone_occasion_headline(line: str, date: dt.date) -> None:
    found = zone_occasion_headline(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Ministers agree to meet again on 14 May 2024",  # no occasion named
        "Revisiting the press conference of 14 May 1994",  # looks back
        "After the briefing of 14 May 2024, questions remain",  # date not at the end
        "Summit in March 2025",  # month precision without a periodical
        "What the minister said at the briefing on 14 May 2024",  # prose words around the occasion
    ],
)
def test_zone_occasion_headline_negative(line: str) -> None:
    assert zone_occasion_headline(line) is None


def test_zone_first_sentence_of_show_notes() -> None:
    text = (
        "River Talk\nEpisode 31: Dams and diplomacy\n"
        "Episode notes: Recorded on 8 April 2025. Our guest, a hydrologist, explains how upstream dams change "
        "trade between neighbours and what that means for farmers.\n\n" + BODY
    )
    found = find_header_zone_date(text, today=TODAY)
    assert found is not None and (found.date, found.kind) == (D(2025, 4, 8), "first sentence")


def test_zone_stops_at_first_body_paragraph() -> None:
    text = "Pipeline tariffs\n\n" + BODY + "\nHarbour Radio — 7 May 2024, 08:00 CET\n"
    assert find_header_zone_date(text, today=TODAY) is None


def test_zone_prefers_published_label_over_unlabelled() -> None:
    text = "Weekly briefing on 5 May 2025\n\nPosted 6 May 2025 · Harbour Radio\n\n" + BODY
    found = find_header_zone_date(text, today=TODAY)
    assert found is not None and found.date == D(2025, 5, 6)


def test_zone_rejects_date_before_an_exact_past_date_of_the_text() -> None:
    text = "Weekly briefing on 5 May 2025\n\nThe talks were held on 2 June 2025 in Oslo, officials said.\n"
    assert find_header_zone_date(text, today=TODAY) is None


def test_implausible_publication_reasons() -> None:
    assert implausible_publication(BODY, D(2030, 1, 1), TODAY) is not None
    text = "The ministers will meet on 6 May 2025 in Oslo."
    assert "future" in (implausible_publication(text, D(2025, 5, 6), TODAY) or "")
    assert implausible_publication(text, D(2025, 5, 2), TODAY) is None


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("/data/in/statement_20250204.txt", (D(2025, 2, 4), "day")),
        ("/data/in/2025-02-04-statement.md", (D(2025, 2, 4), "day")),
        ("https://example.net/news/2025/2/4/statement", (D(2025, 2, 4), "day")),
        ("https://example.net/news/2025/02/statement", (D(2025, 2, 1), "month")),
        ("/data/2025-02-04/statement.txt", None),  # folders of a local path do not count
        ("/data/in/statement_20250204_20250205.txt", None),  # two dates
        ("/data/in/id_9f20250204e.txt", None),  # inside a hash
        ("/data/in/scan_20251304.txt", None),  # impossible
        ("https://example.net/news/2030/01/05/plan", None),  # after the ingestion day
        ("https://example.net/history/1994/statement", None),  # a year alone
    ],
)
def test_date_from_name(uri: str, expected: tuple[dt.date, str] | None) -> None:
    found = date_from_name(uri, today=TODAY)
    assert (found[:2] if found else None) == expected


def test_chronology_in_head_is_not_a_dateline() -> None:
    text = "Milestones\n\n4 May 2024 — Border reopens\n9 May 2024 — Trade resumes at the crossing\n\n" + BODY
    assert infer_header(text, today=TODAY).published is None


def test_published_beats_updated_on_one_head_line() -> None:
    info = infer_header("Pipeline tariffs\n\nUpdated 9 May 2024 (first published 7 May 2024)\n\n" + BODY)
    assert (info.published, info.dateline_updated) == (D(2024, 5, 7), False)


def test_fallback_is_noted_and_metadata_line_leaves_body() -> None:
    article = read_text("# Pipeline tariffs\n\n*By our Danube correspondent · 7 May 2024*\n\n" + BODY, "x.md")
    assert article.published == D(2024, 5, 7)
    assert "header-zone metadata line" in article.metadata["published_note"]
    assert all("correspondent" not in article.text[s:e] for s, e in article.body_spans)


def test_file_name_is_weaker_than_the_text(tmp_path: Path) -> None:

    path = tmp_path / "statement_20250204.txt"
    path.write_text("Pipeline tariffs\n\nPublished 3 February 2025\n\n" + BODY, encoding="utf-8")
    assert read_path(path).published == D(2025, 2, 3)
    path.write_text("Pipeline tariffs\n\n" + BODY, encoding="utf-8")
    article = read_path(path)
    assert article.published == D(2025, 2, 4)
    assert "file name or URL" in article.metadata["published_note"]


SLASHED_HEAD = "Pipeline tariffs\n\nNews desk | 12/06/2025 18:40\n\n"


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("The previous round of talks was held on 25/05/2025 in Oslo, officials said.\n", D(2025, 6, 12)),
        ("The previous round of talks was held on 05/25/2025 in Oslo, officials said.\n", D(2025, 12, 6)),
        ("The previous round of talks was held in Oslo, officials said.\n", None),  # nothing decides the order
        ("Talks were held on 25/05/2025 and on 05/26/2025, officials said in Oslo.\n", None),  # orders disagree
    ],
)
def test_ambiguous_slashed_date_follows_the_texts_convention(tail: str, date: dt.date | None) -> None:
    assert read_text(SLASHED_HEAD + BODY + "\n" + tail, "x.txt").published == date
