"""Round 7 observations: report periods the date tagger half-reads ("the nine months of 2025", "in H1"), a change and a
level sharing one period ("grew 8% in 2024 to $3.1 billion"), counted students/trains/containers/flights, multiples
("more than doubled"), number words in the teens, comparison bases ("on the same period last year", "since 2021"
after the period), rates after the commodity ("of gas a year"), unit prices, parts after "including", crowds of
companies, and more forecast cues ("should", "is likely to", "envisages")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Observation
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 10, 15)


def observe(body: str, published: dt.date | None = PUB) -> list[Observation]:
    art = read_text("Headline\n\n" + body + "\n", "mem://round7")
    art.published = published
    art.published_precision = "day" if published else None
    return extract(art).observations


def summary(body: str, published: dt.date | None = PUB) -> list[tuple[str, float, str, str | None]]:
    return [(o.indicator, o.value, o.unit, o.period.value) for o in observe(body, published)]


def figures(body: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation: the indicator name is not under test."""
    return [(o.value, o.unit, o.period.value) for o in observe(body)]


# --------------------------------------------------------------------------- report periods


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # statistics-committee release
        ("Foreign trade turnover amounted to $21.4 billion in the nine months of 2025, the committee said.",
         (2.14e10, "USD", "2025-01/2025-09")),
        # business press
        ("Exports to China rose to $1.9 billion during 9 months of 2024.", (1.9e9, "USD", "2024-01/2024-09")),
        ("In six months of 2025 the railway moved 3.2 million tonnes of freight.", (3.2e6, "t", "2025-01/2025-06")),
        # embassy newsletter, no year: the latest such period ended by publication
        ("For the nine months, imports from China totalled $640 million.", (6.4e8, "USD", "2025-01/2025-09")),
        ("Trade turnover in H1 amounted to $800 million, the embassy's newsletter reports.",
         (8e8, "USD", "2025-01/2025-06")),
        ("Freight on the route reached 1.1 million tonnes in H2.", (1.1e6, "t", "2024-07/2024-12")),
    ],
)
def test_report_periods(body: str, expected: tuple[float, str, str]) -> None:
    assert figures(body) == [expected]


def test_half_year_without_year_not_yet_ended_is_last_years() -> None:
    got = summary("Trade turnover reached $700 million in H1.", dt.date(2025, 5, 2))
    assert got == [("trade_turnover", 7e8, "USD", "2024-01/2024-06")]


@pytest.mark.parametrize(
    "body",
    [
        "Trade turnover is expected to reach $2 billion for the nine months.",  # forecast: no last-ended period
        "Green H2 output reached 5,000 tonnes, the company said.",  # hydrogen, not a half-year
        "Work on the line went on for the six months after the flood, at a cost of $40 million.",
        "The plant employs 1,200 people and has been running for the nine months since its launch.",
    ],
)
def test_no_report_period(body: str) -> None:
    assert summary(body) == []


# --------------------------------------------------------------------------- a change and a level


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bilateral trade grew by 12.3% year-on-year in the nine months of 2025 to $2.1 billion.",
         [(12.3, "%", "2025-01/2025-09"), (2.1e9, "USD", "2025-01/2025-09")]),
        ("Trade grew 8% in 2024 to $3.1 billion.", [(8.0, "%", "2024"), (3.1e9, "USD", "2024")]),
        ("Exports reached $900 million in 2024, up 14% year-on-year.", [(9e8, "USD", "2024"), (14.0, "%", "2024")]),
        ("Exports halved in 2023 to $400 million.", [(-50.0, "%", "2023"), (4e8, "USD", "2023")]),
    ],
)
def test_change_and_level_share_a_period(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_year_before_to_is_not_a_range() -> None:
    # "2024 to $3.1 billion" is a date and a figure, not the range "2024 to 3.1"
    assert (3.1e9, "USD", "2024") in figures("Shipments rose in 2024 to $3.1 billion.")


def test_two_levels_do_not_share() -> None:
    # two sums of money: the second has no period of its own and is not a change
    assert figures("Exports reached $900 million in 2024 and imports $300 million.") == [(9e8, "USD", "2024")]


# --------------------------------------------------------------------------- counted things


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Around 3,000 Turkmen students are studying in China, the embassy said.",
         ("students", 3000.0, "students", "2025")),
        ("In 2024, 1,200 Chinese students studied at Kazakh universities.", ("students", 1200.0, "students", "2024")),
        ("Some 9,000 containers were shipped along the route in the first half of 2025.",
         ("container_traffic", 9000.0, "containers", "2025-01/2025-06")),
        ("Kazakh railways dispatched 25,000 containers to China last year.",
         ("container_traffic", 25000.0, "containers", "2024")),
        ("Over 400 container trains ran on the route in 2024.", ("trains", 400.0, "trains", "2024")),
        ("Airlines operated 300 direct flights between the two capitals in 2024.",
         ("flights", 300.0, "flights", "2024")),
    ],
)
def test_counted_things(body: str, expected: tuple[str, float, str, str]) -> None:
    assert summary(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "About 200 students attended the ceremony at the embassy on 12 May 2025.",  # a crowd on a day
        "A delegation of 35 Chinese companies attended the forum in Astana last week.",
        "More than 50 Kazakh companies took part in the expo on 12 June.",
        "The 2024 students arrived in Beijing for a summer school.",  # a year, not a count
        "Twenty trains a day will run on the line from 2027.",  # a forecast
    ],
)
def test_crowds_and_forecasts_are_not_counts(body: str) -> None:
    assert summary(body) == []


# --------------------------------------------------------------------------- values and vocabulary


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade was almost fourteen billion dollars last year.", (1.4e10, "USD", "2024")),
        ("Seventeen million tonnes of cargo crossed the border in 2024.", (1.7e7, "t", "2024")),
        ("Bilateral commerce came to roughly $3.8 billion in 2024.", (3.8e9, "USD", "2024")),
        ("In the first half of 2025, container shipments from China more than doubled compared with a year earlier.",
         (100.0, "%", "2025-01/2025-06")),
        ("Imports of Chinese cars tripled in 2024, customs data show.", (200.0, "%", "2024")),
    ],
)
def test_values_and_vocabulary(body: str, expected: tuple[float, str, str]) -> None:
    assert figures(body) == [expected]


def test_rate_after_the_commodity() -> None:
    got = summary("Under a 2009 deal, Turkmenistan supplies 40 billion cubic metres of gas a year to China.")
    assert [(v, u) for _, v, u, _ in got] == [(4e10, "m3/year")]
    got = summary("Kazakhstan exported 2 million tonnes of grain per year in 2023 and 2024.")
    assert [(v, u, p) for _, v, u, p in got] == [(2e6, "t/year", "2023"), (2e6, "t/year", "2024")]


# --------------------------------------------------------------------------- comparison bases and parts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade reached $31.5 billion in the first nine months of 2025, up 32% on the same period last year.",
         [(3.15e10, "USD", "2025-01/2025-09"), (32.0, "%", "2025-01/2025-09")]),
        ("Some 2.5 million tonnes of cargo moved along the corridor in 2024, a sharp rise since 2021.",
         [(2.5e6, "t", "2024")]),
        ("The port handled 5 million tonnes of cargo in 2024, including 40,000 TEU, up 10% year on year.",
         [(5e6, "t", "2024")]),
    ],
)
def test_comparison_bases_and_parts(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_cumulative_total_since_stays_skipped() -> None:
    # the since-date comes first: a cumulative total, and the part after "including" is skipped
    assert figures("Chinese firms have invested $5 billion since 2015, including $1 billion in 2024.") == []


# --------------------------------------------------------------------------- prices and forecasts


@pytest.mark.parametrize(
    "body",
    [
        "The price of gas for China was $250 per thousand cubic metres in 2024.",
        "Brent traded at $80 a barrel in 2024.",
        "GDP per capita reached $5,000 in 2024.",  # a ratio: "$5,000 per capita" is not GDP
        "Kazakhstan's GDP reached $2,500 per person in 2024.",
        "Bilateral trade should grow to $5 billion by the end of 2027.",
        "Trade is likely to reach $3 billion in 2026, the minister said.",
        "The programme envisages investment of $2 billion in 2026.",
        "Cargo traffic on the corridor is poised to hit 10 million tonnes in 2027.",
        "The 75-year-old president visited Beijing in 2024.",
        "The two countries marked the 30th anniversary of diplomatic relations in 2022.",
    ],
)
def test_prices_ratios_forecasts_ages_are_skipped(body: str) -> None:
    assert summary(body) == []


def test_should_be_noted_is_no_forecast() -> None:
    got = summary("It should be noted that trade reached $2 billion in 2024.")
    assert got == [("trade_turnover", 2e9, "USD", "2024")]


def test_money_a_year_is_still_a_total() -> None:
    # "a year" after money is a yearly rate of money, not a unit price
    got = summary("China invested $1.2 billion a year in the country in 2023 and 2024.")
    assert [(v, u, p) for _, v, u, p in got] == [(1.2e9, "USD", "2023"), (1.2e9, "USD", "2024")]


# --------------------------------------------------------------------------- scales and "the number of"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire style of the region's agencies
        ("Trade turnover between the two countries reached $2.1 bln in January-August 2025.",
         (2.1e9, "USD", "2025-01/2025-08")),
        ("In 2024, the trade turnover amounted to USD 1.2 bln.", (1.2e9, "USD", "2024")),
        ("Freight transportation along the corridor in 2024 amounted to 4.5 mln tons.", (4.5e6, "t", "2024")),
        ("The volume of mutual trade in 2024 amounted to $1.1 trln.", (1.1e12, "USD", "2024")),
    ],
)
def test_abbreviated_scales(body: str, expected: tuple[float, str, str]) -> None:
    assert figures(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The number of Chinese tourists visiting Georgia in 2024 reached 48,000.",
         ("tourist_arrivals", 48000.0, "people", "2024")),
        ("The number of Chinese students in Kazakhstan was 3,200 in 2024.", ("students", 3200.0, "students", "2024")),
        ("In 2024 the number of container trains on the route exceeded 800.", ("trains", 800.0, "trains", "2024")),
        ("The number of tourists rose to 1.2 million in 2024.", ("tourist_arrivals", 1.2e6, "people", "2024")),
    ],
)
def test_the_number_of(body: str, expected: tuple[str, float, str, str]) -> None:
    assert summary(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The number of flights is 12 a week.",  # a frequency
        "The number of victims reached 40 on Monday.",  # not a counted statistic
        "The number of students reached 2024 participants.",  # a year-like number is not read
        "The number of trains is expected to reach 1,000 in 2027.",  # a forecast
    ],
)
def test_the_number_of_negatives(body: str) -> None:
    assert summary(body) == []


# --------------------------------------------------------------------------- parallel clauses and "more than"


def test_percent_more_than_is_a_change() -> None:
    body = ("In January-October 2025, trade of Georgia with China amounted to USD 1.52 billion, 9.4% more than in the "
            "same period of 2024.")
    assert figures(body) == [(1.52e9, "USD", "2025-01/2025-10"), (9.4, "%", "2025-01/2025-10")]
    assert figures("Imports fell to $300 million in 2024, 6% lower than a year earlier.") == [
        (3e8, "USD", "2024"), (-6.0, "%", "2024")]


def test_parallel_while_clause_shares_the_period() -> None:
    body = "According to the statistics office, exports to China amounted to $260 million in 2024, while imports " \
           "totaled $1.4 billion."
    assert figures(body) == [(2.6e8, "USD", "2024"), (1.4e9, "USD", "2024")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Exports reached $260 million in 2024, while tonnage rose to 2 million tonnes.", [(2.6e8, "USD", "2024")]),
        # the date after ", and" belongs to the next clause
        ("In 2023, the port handled 30,000 TEU, and in 2024 - 45,000 TEU.", []),
    ],
)
def test_no_parallel_sharing(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_base_of_comparison_is_no_parallel_figure() -> None:
    got = figures("Exports reached $260 million in 2024, while a year earlier they stood at $200 million.")
    assert got[0] == (2.6e8, "USD", "2024") and (2e8, "USD", "2024") not in got


@pytest.mark.parametrize(
    "body",
    [
        "In January, a freight train carrying 62 containers of car parts left Chongqing for Tbilisi.",
        "The first vessel with 3,000 tonnes of grain reached the port in March 2025.",
        "A block train loaded with 41 containers arrived in Almaty in February.",
    ],
)
def test_load_of_one_vehicle_is_no_statistic(body: str) -> None:
    assert summary(body) == []


def test_trains_carrying_in_a_year_are_a_statistic() -> None:
    got = figures("In 2024, trains carrying 25,000 containers crossed the border at Khorgos.")
    assert got == [(25000.0, "containers", "2024")]


def test_more_than_in_year_is_the_base() -> None:
    body = "In 2024 the trade turnover amounted to 4.2 billion US dollars, which is 8 percent more than in 2023."
    assert figures(body) == [(4.2e9, "USD", "2024"), (8.0, "%", "2024")]


def test_today_count_is_a_standing_level() -> None:
    got = figures("Today, more than 2,300 Kazakh students are studying at Chinese universities.")
    assert [(v, u) for v, u, _ in got] == [(2300.0, "students")]
    assert got[0][2] is not None and got[0][2].startswith("2025")


def test_more_than_a_year_earlier_is_the_base() -> None:
    body = "Trade in January–May 2025 amounted to 5.4 billion dollars, 18 per cent more than a year earlier."
    assert figures(body) == [(5.4e9, "USD", "2025-01/2025-05"), (18.0, "%", "2025-01/2025-05")]
