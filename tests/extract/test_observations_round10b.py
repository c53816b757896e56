"""Round 10b observations: counted things with more modifiers ("38 new Chinese companies", "1,850 China-Europe freight
trains"), a base "a year earlier" (the period of the figure before, one year back), "a year earlier" is no rate,
a parallel "while" clause without a comma, tonnes handled by a port, and a date opening a later coordinated clause."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 10, 20)


def figures(body: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation: the indicator name is not under test."""
    art = read_text("Headline\n\n" + body + "\n", "mem://round10b")
    art.published = PUB
    art.published_precision = "day"
    return [(round(o.value, 3), o.unit, o.period.value) for o in extract(art).observations]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In the first ten months of 2026, 38 new Chinese companies registered in Georgia.",
         (38.0, "companies", "2026-01/2026-10")),
        ("A total of 1,850 China-Europe freight trains passed through Kazakhstan in January-March, the railway said.",
         (1850.0, "trains", "2026-01/2026-03")),
    ],
)
def test_counted_things_with_more_modifiers(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_new_companies_without_an_origin_stay_skipped() -> None:
    assert figures("In 2025, 120 new companies registered in the free zone.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade reached $1.9 billion in January-June, compared with $1.6 billion a year earlier.",
         [(1.9e9, "USD", "2026-01/2026-06"), (1.6e9, "USD", "2025-01/2025-06")]),
        ("Gas exports reached 12 bcm in 2025, against 10 bcm a year earlier.",
         [(12e9, "m3", "2025"), (10e9, "m3", "2024")]),
    ],
)
def test_a_base_a_year_earlier_is_the_same_period_one_year_back(
    body: str, expected: list[tuple[float, str, str]]
) -> None:
    assert figures(body) == expected


def test_a_year_after_a_sum_is_still_a_rate_when_nothing_follows() -> None:
    # "$50 million a year" stays one figure (money takes no rate unit); "a year earlier" would be a date
    got = figures("In 2024 the fund paid out $50 million a year to the region.")
    assert all(p == "2024" for _, _, p in got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("China's imports from Azerbaijan totalled $380 million in 2025 while exports to Azerbaijan reached $2.9 "
         "billion.", (2.9e9, "USD", "2025")),
        ("The port's throughput in 2025 was 4.5 million tonnes, against 3.9 million tonnes in 2024.",
         (3.9e6, "t", "2024")),
        ("In 2024 the terminal handled 2.2 million tonnes of goods.", (2.2e6, "t", "2024")),
        ("In 2025 bilateral trade grew 9% to $4.1 billion, and in the first quarter of 2026 it reached $1.2 billion.",
         (1.2e9, "USD", "2026-33")),
    ],
)
def test_more_figures_find_their_period(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_a_later_clause_takes_its_own_opening_date_only() -> None:
    got = figures("In 2023 the port handled 30,000 TEU, and in 2024 it handled 45,000 TEU.")
    assert (45000.0, "TEU", "2024") in got
    assert (30000.0, "TEU", "2024") not in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Last year 4,300 Chinese tourists visited Armenia, twice as many as in 2023.", (4300.0, "people", "2025")),
        ("In 2025 exports reached $90 million, three times as much as in 2021.", (90e6, "USD", "2025")),
    ],
)
def test_as_many_as_in_a_year_is_a_comparison_base(body: str, expected: tuple[float, str, str]) -> None:
    assert figures(body) == [expected]
