"""Round 15 observations: the base of a change after "on"/"from" ("up 9 percent on the year before"), a record or level
compared with ("below the record set in 2024", "double the 2023 figure"), "grew by more than 15 percent", a date in a
"since" clause or a relative clause about a thing, contract terms, decade periods, an attribution between a level and
its change, a parallel "while" clause with an aside, possessive attributes ("CEEC's 100 MW project") and the load of one
train ("a train of 55 containers")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 3, 12)


def figures(body: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation: the indicator name is not under test."""
    art = read_text("Headline\n\n" + body + "\n", "mem://round15")
    art.published = PUB
    art.published_precision = "day"
    return [(round(o.value, 3), o.unit, o.period.value) for o in extract(art).observations]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Officials said exports to Turkey reached $2.4 billion in 2024, up 11 percent on the year before.",
         [(2.4e9, "USD", "2024"), (11.0, "%", "2024")]),
        ("Kazakh grain exports totalled 9.1 million tonnes in 2025, down 4% on 2024.",
         [(9.1e6, "t", "2025"), (-4.0, "%", "2025")]),
        ("The port handled 310,000 TEU in 2025, according to its operator, up 14 per cent from a year earlier.",
         [(310000.0, "TEU", "2025"), (14.0, "%", "2025")]),
    ],
)
def test_the_base_of_a_change_is_not_its_period(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_a_change_dated_in_its_own_clause_keeps_its_date() -> None:
    assert figures("Trade between Georgia and Armenia grew 6% in 2025.") == [(6.0, "%", "2025")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kyrgyzstan exported 2.3 million tonnes of coal last year, slightly below the record set in 2023.",
         [(2.3e6, "t", "2025")]),
        ("Gas exports reached 14 bcm in 2025, well above the previous peak of 2021.", [(14e9, "m3", "2025")]),
    ],
)
def test_a_record_compared_with_is_no_period(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_double_the_dated_figure_is_a_base() -> None:
    got = figures("The railway said that 4.1 million tonnes of cargo crossed in 2025, and that container traffic "
                  "reached 22,000 TEU, almost double the 2022 figure.")
    assert (22000.0, "TEU", "2022") not in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade between Kazakhstan and India grew by more than 12 percent in January-October 2025.",
         (12.0, "%", "2025-01/2025-10")),
        ("Exports to Iran fell by at least 8 percent in 2025.", (-8.0, "%", "2025")),
    ],
)
def test_a_change_with_more_than(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


@pytest.mark.parametrize(
    "body",
    [
        "Since the Trans-Anatolian pipeline opened in June 2018, it has carried Azerbaijani gas to Europe, with a "
        "capacity of 16 bcm a year.",
        "The Port of Poti, which opened at its new berth in 2019, is being expanded to handle 12 million tons of cargo "
        "a year.",
    ],
)
def test_a_date_of_another_event_does_not_date_the_figure(body: str) -> None:
    assert figures(body) == []


def test_a_date_after_a_relative_clause_still_dates_the_figure() -> None:
    got = figures("The terminal, which opened in 2019, handled 150,000 TEU in 2025.")
    assert got == [(150000.0, "TEU", "2025")]


@pytest.mark.parametrize(
    "body",
    [
        "In 2025 the ministers discussed raising deliveries above the 20 billion cubic metres a year already "
        "contracted.",
        "In 2024 Uzbekistan delivered less than the contracted volume of 10 bcm.",
    ],
)
def test_a_contract_term_is_no_measured_figure(body: str) -> None:
    assert figures(body) == []


def test_a_delivered_figure_beside_a_contract_is_kept() -> None:
    assert (25e9, "m3", "2025") in figures("Turkmenistan supplied 25 bcm of gas to China in 2025.")


@pytest.mark.parametrize(
    "body",
    [
        "Trade, which had stood at barely USD 50 million in the early 1990s, grew quickly afterwards.",
        "Until the mid-2000s bilateral trade rarely exceeded $200 million a year.",
    ],
)
def test_a_decade_is_too_vague_a_period(body: str) -> None:
    assert figures(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade reached 4.8 billion US dollars in 2025, while its imports from India, mostly medicines and "
         "machinery, stood at about 1.2 billion dollars.", [(4.8e9, "USD", "2025"), (1.2e9, "USD", "2025")]),
        ("Georgia's imports from Turkey reached 2.1 billion US dollars in 2025, while its exports to Turkey, still "
         "dominated by nuts and wine, stood at about 0.4 billion dollars.",
         [(2.1e9, "USD", "2025"), (4e8, "USD", "2025")]),
        ("Kazakh officials said trade exceeded 3 billion US dollars in 2025 for the first time, while Chinese customs "
         "put it at 3.2 billion dollars.", [(3e9, "USD", "2025"), (3.2e9, "USD", "2025")]),
    ],
)
def test_a_parallel_while_clause_with_an_aside(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(body) == expected


def test_a_while_clause_with_its_own_comparison_is_not_parallel() -> None:
    got = figures("Trade reached $2 billion in 2025, while imports, mostly cars, were lower than before at "
                  "$0.8 billion.")
    assert (0.8e9, "USD", "2025") not in got


@pytest.mark.parametrize(
    "body",
    [
        "Masdar's 230 MW solar plant near Baku, approved in May 2024, is the largest in the region.",
        "On a cold morning this month, a train of 64 containers from Xi'an was being moved onto the Georgian track.",
    ],
)
def test_attributes_and_single_loads_are_no_statistics(body: str) -> None:
    assert figures(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade between India and Kazakhstan reached 1.4 billion U.S. dollars in the first half of 2025, according to "
         "customs. Kazakh exports to India, mainly uranium, totaled 620 million dollars in the same period.",
         (6.2e8, "USD", "2025-01/2025-06")),
        ("Some 2.2 million tonnes of cargo crossed the Caspian in January-June 2025. Container traffic on the route "
         "reached 21,000 TEU over the same six months.", (21000.0, "TEU", "2025-01/2025-06")),
    ],
)
def test_the_same_period_is_that_of_the_figure_before(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_the_same_period_as_a_base_is_not_the_period() -> None:
    got = figures("Gas output grew 7% on the same period last year.")
    assert all(p != "2025" or u != "%" for _, u, p in got) and len(got) <= 1


def test_the_same_period_without_a_figure_before_is_skipped() -> None:
    assert figures("Armenian exports to Iran totaled 180 million dollars in the same period.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trade with Turkey grew quickly. According to Turkstat, trade turnover rose to USD 1.3 billion in 2018. "
         "In January-June 2019 it reached USD 0.8 billion.", (8e8, "USD", "2019-01/2019-06")),
    ],
)
def test_it_reached_takes_the_quantity_before(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_it_without_a_quantity_before_is_skipped() -> None:
    assert figures("In January-June 2019 it reached USD 0.8 billion.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chinese tourists to Georgia: about 42,000 in 2025.", (42000.0, "people", "2025")),
        ("- 318: China-Europe container trains that crossed Georgia in 2025, up from 204 in 2024.",
         (318.0, "trains", "2025")),
        ("Rail traffic from Kazakhstan through Georgia: about 1.3 million tonnes in 2024.", (1.3e6, "t", "2024")),
    ],
)
def test_key_figure_lines(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


@pytest.mark.parametrize(
    "body",
    [
        "Chinese tourists to Georgia: 12 percent of all arrivals in 2025.",
        "Students from Armenia in China: 1,200 USD a month in 2025.",
        "Rail traffic through Georgia rose sharply in 2024.",
    ],
)
def test_key_figure_lines_negatives(body: str) -> None:
    assert [f for f in figures(body) if f[1] in {"people", "students", "t"}] == []


def test_over_the_same_period_at_the_start_of_a_sentence() -> None:
    got = figures("Trade between Tajikistan and China reached $1.1 billion in January-May 2025.\n\n"
                  "Over the same period, rail shipments between the two countries reached 0.8 million tonnes.")
    assert (8e5, "t", "2025-01/2025-05") in got


def test_a_count_taken_as_of_a_day_is_a_standing_level() -> None:
    got = figures("As of 1 July 2025, the number of companies with Turkish capital operating in Georgia reached 2,150.")
    assert got == [(2150.0, "companies", "2025-07-01")]


def test_a_count_on_a_day_is_still_a_crowd() -> None:
    assert figures("On 14 May 2025, 60 Chinese companies took part in the Baku trade fair.") == []


def test_the_value_of_a_planned_thing_is_no_measured_figure() -> None:
    assert figures("In March 2021, an investor dropped plans for a 120 million dollar trade centre in Gori.") == []


def test_a_figure_after_plans_without_for_is_kept() -> None:
    assert (4.5e8, "USD", "2021") in figures("Despite the plans, trade reached 450 million dollars in 2021.")


def test_a_reported_and_that_clause_shares_the_period() -> None:
    got = figures("The railway says that 3.1 million tonnes of cargo crossed Georgia in 2025, and that container "
                  "traffic on the route reached 41,000 TEU.")
    assert got == [(3.1e6, "t", "2025"), (41000.0, "TEU", "2025")]


def test_and_that_with_its_own_comparison_is_not_parallel() -> None:
    got = figures("The railway says that 3.1 million tonnes of cargo crossed in 2025, and that traffic was 2 million "
                  "tonnes a year earlier.")
    assert (2e6, "t", "2025") not in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 18,000 Indian citizens visited Georgia in 2025.", (18000.0, "people", "2025")),
        ("In 2024 some 9,500 Turkish nationals visited Armenia.", (9500.0, "people", "2024")),
    ],
)
def test_citizens_visiting_are_counted_people(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_citizens_without_a_people_indicator_are_skipped() -> None:
    assert figures("In 2024, 300 Chinese citizens attended the opening ceremony.") == []
