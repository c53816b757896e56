"""Round 10 observations: counts over a period with an event verb and their comparison bases ("412 trains arrived ...,
compared with 260 in 2025"), parts ("68 of them", "of which ...: 18,600 TEU"), academic years, year-to-date totals
("by the end of October ... had arrived this year"), a change and a level joined by "and exceeded", key-figure lines
("Freight in 9M 2025: 11.4 million tonnes"), and precision: plant sizes ("the 240 MW solar plant"), capacities of
counted things, intentions ("plans to invest")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Observation
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 11, 20)


def observe(body: str, published: dt.date | None = PUB) -> list[Observation]:
    art = read_text("Headline\n\n" + body + "\n", "mem://round10")
    art.published = published
    art.published_precision = "day" if published else None
    return extract(art).observations


def figures(body: str, published: dt.date | None = PUB) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation: the indicator name is not under test."""
    return [(o.value, o.unit, o.period.value) for o in observe(body, published)]


# --------------------------------------------------------------------------- counts and comparison bases


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("From January to June 2026, 96 freight block trains reached the port of Poti from Chongqing, compared with "
         "51 in the same months of 2025.", (96.0, "trains", "2026-01/2026-06")),
        ("Some 1,450 container trains crossed Kazakhstan in 2025, against 1,100 in the whole of 2024.",
         (1450.0, "trains", "2025")),
        ("In 2025 the ministry offered 45 scholarships to Armenian students.", (45.0, "scholarships", "2025")),
        ("The embassy said 30 Uzbek government scholarships were awarded in 2024.",
         (30.0, "scholarships", "2024")),
    ],
)
def test_counts_with_an_event_verb(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Some 1,450 container trains crossed Kazakhstan in 2025, against 1,100 in the whole of 2024.",
         (1100.0, "trains", "2024")),
        ("In January-September 2026, 412 goods trains arrived from Xi'an, compared with 300 in all of 2025.",
         (300.0, "trains", "2025")),
        ("Exports of wine to China reached $96 million in 2025, up from 71 million in 2024.",
         (71e6, "USD", "2024")),
        ("Trade totalled USD 1.9 billion in 2025 versus 1.6 billion in 2024, the customs office said.",
         (1.6e9, "USD", "2024")),
    ],
)
def test_a_comparison_base_is_its_own_observation(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


@pytest.mark.parametrize(
    "body",
    [
        # a bare number with no figure before it, a year, a number not followed by a period, a percentage base
        "Delegates compared with 260 participants in 2025 said the forum had grown.",
        "Trade reached $2 billion in 2025, up from 2024 levels.",
        "In 2025, 412 trains arrived, compared with 260 last time the route was measured by the railway.",
        "Exports rose 12% in 2025, against 9 in 2024.",
    ],
)
def test_no_comparison_base_without_a_figure_and_a_period(body: str) -> None:
    values = [v for v, _, _ in figures(body)]
    assert 260.0 not in values and 2024.0 not in values and 9.0 not in values


# --------------------------------------------------------------------------- parts and academic years


def test_a_part_counted_with_of_them_takes_the_unit_and_its_own_period() -> None:
    body = "Today more than 900 Kazakh students study in Turkey, 40 of them this academic year on state grants."
    got = figures(body, dt.date(2026, 4, 2))
    assert (40.0, "students", "2025-09/2026-06") in got
    assert (900.0, "students", "2026-04-02") in got


@pytest.mark.parametrize(
    ("body", "published", "period"),
    [
        ("Some 350 Kazakh students enrolled at Chinese universities in the 2024/25 academic year.",
         dt.date(2026, 1, 5), "2024-09/2025-06"),
        ("Last academic year 90 Georgian students won government scholarships.", dt.date(2026, 1, 5),
         "2024-09/2025-06"),
        ("This school year 120 Mongolian students joined the programme.", dt.date(2025, 10, 1), "2025-09/2026-06"),
    ],
)
def test_academic_years(body: str, published: dt.date, period: str) -> None:
    assert [p for _, _, p in figures(body, published)] == [period]


def test_of_them_needs_a_counted_figure_before() -> None:
    assert all(v != 5.0 for v, _, _ in figures("Trade reached $3 billion in 2025; 5 of them were new contracts."))


def test_a_part_after_of_which_takes_the_period_of_the_whole() -> None:
    body = ("- Rail containers in 9M 2025: 80,000 TEU, of which transit to Turkey:\n  9,500 TEU.\n\n"
            "- Port cargo, H1 2024: 3.1 million tonnes, including containers: 41,000 TEU.")
    got = figures(body)
    assert (80000.0, "TEU", "2025-01/2025-09") in got
    assert (9500.0, "TEU", "2025-01/2025-09") in got
    assert (41000.0, "TEU", "2024-01/2024-06") in got


def test_an_unlabelled_part_stays_skipped() -> None:
    # a share of the figure with no row label of its own ("including 7,000 TEU of transit boxes")
    got = figures("In 2024 the terminal handled 60,000 TEU, including 7,000 TEU of transit boxes.")
    assert got == [(60000.0, "TEU", "2024")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Cargo carried in 9M 2025: 4.2 million tonnes, up 3% y-o-y.", (4.2e6, "t", "2025-01/2025-09")),
        ("Key figures\n\n- Container throughput, H1 2024: 52,000 TEU", (52000.0, "TEU", "2024-01/2024-06")),
        ("Transit volume (2023: 1.1 million tonnes) kept growing.", (1.1e6, "t", "2023")),
    ],
)
def test_key_figure_lines_take_the_period_of_their_label(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_a_label_with_a_figure_between_is_no_period() -> None:
    # the date belongs to the first figure; the second has its own label without a date
    got = figures("Exports in 2024: $40 million; imports, 15% lower: $30 million")
    assert (40e6, "USD", "2024") in got


# --------------------------------------------------------------------------- year to date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("By the end of October, 470 freight trains had crossed the border this year.",
         (470.0, "trains", "2026-01/2026-10")),
        ("As of 30 September, exports of wine to China had reached $40 million so far this year.",
         (40e6, "USD", "2026-01-01/2026-09-30")),
        ("By the end of August the port had handled 20,000 TEU so far this year.", (20000.0, "TEU", "2026-01/2026-08")),
    ],
)
def test_year_to_date_totals(body: str, expected: tuple[float, str, str]) -> None:
    assert figures(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "By the end of 2027, the port will handle 50,000 TEU a year.",
        "By the end of October the railway expects to have run 500 trains this year.",
    ],
)
def test_year_to_date_is_not_a_target(body: str) -> None:
    assert figures(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Exports to China reached $40 million by May.", (40e6, "USD", "2026-05")),
        ("By August the port had handled 20,000 TEU.", (20000.0, "TEU", "2026-08")),
    ],
)
def test_by_a_date_without_the_year_named_is_left_alone(body: str, expected: tuple[float, str, str]) -> None:
    # no "this year", "so far this year", "since January": the running total has no known start
    assert expected in figures(body)


# --------------------------------------------------------------------------- a change and a level


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("It was noted that trade between the two countries grew by 18 percent in 2025 and exceeded USD 3.6 "
         "billion.", (3.6e9, "USD", "2025")),
        ("Customs data show exports rose 7% in 2024 and reached $410 million.", (410e6, "USD", "2024")),
        ("Bilateral commerce fell by 4 per cent in 2023 and has totalled 900 million euros.",
         (900e6, "EUR", "2023")),
    ],
)
def test_change_and_level_joined_by_and(body: str, level: tuple[float, str, str]) -> None:
    got = figures(body)
    assert level in got
    assert any(u == "%" and p == level[2] for _, u, p in got)  # the change stays its own observation


def test_and_with_a_new_subject_does_not_share() -> None:
    got = figures("Exports rose 7% in 2024 and imports reached $410 million.")
    assert all(v != 410e6 for v, _, _ in got)


# --------------------------------------------------------------------------- precision


@pytest.mark.parametrize(
    "body",
    [
        "The company signed the contract for the 240 MW solar plant in Bilasuvar in April 2026.",
        "Masdar broke ground on its 1,000 MW wind farm last week.",
        "The operator opened the 500 km railway line in 2024.",
    ],
)
def test_the_size_of_a_thing_is_no_observation(body: str) -> None:
    assert [u for _, u, _ in figures(body) if u in {"MW", "km"}] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The plant reached a capacity of 240 MW in April 2026.", (240.0, "MW", "2026-04")),
        ("In 2025 the country added 600 MW of wind capacity.", (600.0, "MW", "2025")),
    ],
)
def test_capacity_figures_still_count(body: str, expected: tuple[float, str, str]) -> None:
    assert expected in figures(body)


def test_the_capacity_of_counted_things_is_capacity() -> None:
    got = observe("The terminal, with a capacity of 400,000 containers a year, opened in 2025.")
    assert [(o.indicator, o.value) for o in got] == [("capacity", 400000.0)]


@pytest.mark.parametrize(
    "body",
    [
        "In August the zone signed an agreement with a glass maker, which plans to invest USD 75 million there.",
        "In 2025 the company said it aims to export 2 million tonnes of grain.",
        "On Monday the investor announced it intends to spend an additional $300 million on the port.",
    ],
)
def test_an_intention_is_no_measured_figure(body: str) -> None:
    assert figures(body) == []


def test_a_past_investment_still_counts() -> None:
    assert (75e6, "USD", "2025") in figures("In 2025 the glass maker invested USD 75 million in the zone.")
