"""Round 6 observations: report periods without a year ("the first nine months"), "9M 2023", container traffic in
TEU (also spelled out), and levels stated in the present perfect ("has reached")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Observation
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 10, 15)


def observe(body: str, published: dt.date | None = PUB) -> list[Observation]:
    art = read_text("Headline\n\n" + body + "\n", "mem://round6")
    art.published = published
    art.published_precision = "day" if published else None
    return extract(art).observations


def summary(body: str, published: dt.date | None = PUB) -> list[tuple[str, float, str, str | None]]:
    return [(o.indicator, o.value, o.unit, o.period.value) for o in observe(body, published)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Freight volumes on the route rose to 2.1 million tonnes in the first nine months, the railway said.",
         ("freight_volume", 2.1e6, "t", "2025-01/2025-09")),
        ("In the first five months, cargo shipments through the port grew to 800,000 tonnes.",
         ("freight_volume", 8e5, "t", "2025-01/2025-05")),
        ("Uzbekistan's exports to China reached $1.9 billion in 9M 2023.",
         ("exports", 1.9e9, "USD", "2023-01/2023-09")),
        ("Georgia's imports from Turkey totalled $700 million in 5M2024, the statistics office said.",
         ("imports", 7e8, "USD", "2024-01/2024-05")),
        ("Container traffic through Aktau was up 89% year on year in the first half.",
         ("container_traffic_change", 89.0, "%", "2025-01/2025-06")),
    ],
)
def test_report_periods(body: str, expected: tuple[str, float, str, str]) -> None:
    assert summary(body) == [expected]


def test_period_without_year_not_yet_ended_is_last_years() -> None:
    # published in mid-September: the first nine months of this year have not ended yet
    got = summary("Cargo through the port rose to 3 million tonnes in the first nine months.", dt.date(2025, 9, 15))
    assert got == [("freight_volume", 3e6, "t", "2024-01/2024-09")]


def test_period_without_year_needs_a_publication_date() -> None:
    assert observe("Cargo through the port rose to 3 million tonnes in the first nine months.", None) == []


def test_first_months_of_a_named_year_is_left_to_the_tagger() -> None:
    got = summary("Trade reached $2.4 billion in the first eight months of 2024.")
    assert got == [("trade_turnover", 2.4e9, "USD", "2024-01/2024-08")]


@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        ("Container traffic on the line rose to about 21,000 twenty-foot equivalent units (TEU) in the first half "
         "of 2025.", 21000, "2025-01/2025-06"),
        ("The terminal handled 150,000 TEU last year, its operator said.", 150000, "2024"),
        ("Poti port handled 90,000 twenty-foot equivalent units in 2023.", 90000, "2023"),
    ],
)
def test_container_traffic_in_teu(body: str, value: float, period: str) -> None:
    assert summary(body) == [("container_traffic", value, "TEU", period)]


def test_container_words_do_not_take_tonnes_or_money() -> None:
    got = summary("The port handled 4.5 million tonnes of cargo in 2024.")
    assert got == [("freight_volume", 4.5e6, "t", "2024")]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Cumulative Chinese investment in Georgia has reached about $2.4 billion, the ministry said.", 2.4e9),
        ("Total Turkish investment in Azerbaijan's economy has reached $19 billion.", 1.9e10),
    ],
)
def test_present_perfect_level_is_dated_by_publication_year(body: str, value: float) -> None:
    assert summary(body) == [("investment", value, "USD", "2025")]


@pytest.mark.parametrize(
    "body",
    [
        # simple past without a date: not a present level
        "Chinese investment in Georgia reached about $2.4 billion, the ministry said.",
        # a forecast
        "Chinese investment in Georgia is expected to reach $3 billion in the first nine months.",
        # a plain number with "M" that is no period
        "The company plans a 9M expansion of its fleet.",
    ],
)
def test_no_observation(body: str) -> None:
    assert observe(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Cargo on the route grew by more than a fifth last year, the railway said.",
         ("freight_volume_change", 20.0, "%", "2024")),
        ("Exports of wine to Russia fell by a third in 2023.", ("exports_change", -100 / 3, "%", "2023")),
        ("Bilateral trade rose by half in 2024.", ("trade_turnover_change", 50.0, "%", "2024")),
    ],
)
def test_change_told_as_a_fraction(body: str, expected: tuple[str, float, str, str]) -> None:
    (got,) = summary(body)
    assert got[0] == expected[0] and got[1] == pytest.approx(expected[1]) and got[2:] == expected[2:]


@pytest.mark.parametrize(
    "body",
    [
        "The delegation grew by a third.",  # no indicator, no period
        "Half of the cargo went by sea in 2024.",  # a share, not a change
        "Trade is expected to grow by a quarter in 2026.",  # a forecast
    ],
)
def test_fraction_without_an_observation(body: str) -> None:
    assert observe(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # published in October: the first quarter just told in the past tense is this year's
        ("Trade between the two countries rose to $1.1 billion in the first quarter.",
         ("trade_turnover", 1.1e9, "USD", "2025-33")),
        ("Exports to China reached $900 million in the third quarter, the ministry said.",
         ("exports", 9e8, "USD", "2025-35")),
    ],
)
def test_measured_period_does_not_lie_after_publication(body: str, expected: tuple[str, float, str, str]) -> None:
    assert summary(body) == [expected]


def test_explicit_future_year_is_kept_as_written() -> None:
    assert summary("Trade reached $3 billion in 2026.") == [("trade_turnover", 3e9, "USD", "2026")]
