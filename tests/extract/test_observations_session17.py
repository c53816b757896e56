"""Session 17 observations: a pledged level is a target, not a measure ("pledged to raise trade to 600 billion dollars
within ten years"); a figure its sentence calls unconfirmed is no observation; a table row counting visitors or
students with the year in its label ("| Chilean visitors to Norway, 2019 | 425,000 | ... |").
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 3, 12)


def figures(body: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation."""
    art = read_text("Headline\n\n" + body + "\n", "mem://session17-observations")
    art.published = PUB
    art.published_precision = "day"
    return [(round(o.value, 3), o.unit, o.period.value) for o in extract(art).observations]


@pytest.mark.parametrize(
    "body",
    [
        "On 22 January 2016 the two presidents signed 12 documents and pledged to raise trade to 50 billion dollars "
        "within ten years.",
        "Its text was never published, and the figure of $80 billion in Norwegian investment that circulated in "
        "March 2021 was never confirmed by either government.",
    ],
)
def test_target_or_rumour_is_no_observation(body: str) -> None:
    assert figures(body) == []


def test_measured_level_kept() -> None:
    assert figures("Trade between Chile and Norway reached $2.4 billion in 2024.") == [(2.4e9, "USD", "2024")]


def test_counted_table_rows() -> None:
    body = ("| Indicator | Value | Source |\n|---|---|---|\n"
            "| Chilean visitors to Norway, 2019 | 425,000 | Ministry of Tourism |\n"
            "| Norwegian students in Chile, 2021 | 1,200 | Ministry of Education |")
    assert sorted(figures(body)) == [(1200.0, "students", "2021"), (425000.0, "people", "2019")]


def test_row_without_counted_noun_is_skipped() -> None:
    body = "| Indicator | Value |\n|---|---|\n| Ports in Chile, 2019 | 12 |"
    assert figures(body) == []
