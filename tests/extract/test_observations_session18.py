"""Session 18 observations: barrels a day written "bpd" and a quantity of a commodity bought ("bought 1.2 million
barrels per day of Chilean crude"); a route's volumes in tonnes are its freight; rupees written "Rs" or "₹" with the
Indian scales crore and lakh, and goods "exchanged" are trade; a multiple over a span with no period of its own ("has
tripled in a decade") is no observation.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 11, 12)


def figures(body: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, period) of each observation."""
    art = read_text("Headline\n\n" + body + "\n", "mem://session18-observations")
    art.published = PUB
    art.published_precision = "day"
    return [(round(o.value, 3), o.unit, o.period.value) for o in extract(art).observations]


def test_bpd_is_barrels_a_day() -> None:
    found = figures("- 1.25 million bpd: Norway's imports of Chilean crude in May 2026, per customs data.")
    assert (1.25e6, "barrels/day", "2026-05") in found


def test_commodity_bought_is_imports() -> None:
    found = figures("Norway bought about 1.2 million barrels per day of Chilean crude in March 2026.")
    assert (1.2e6, "barrels/day", "2026-03") in found


def test_company_bought_is_no_commodity_import() -> None:
    found = figures("Equinor bought 10 percent of Andes Petroleum in 2023 for about $1.5 billion.")
    assert all(unit != "barrels/day" for _v, unit, _p in found)


def test_route_volumes_in_tonnes_are_freight() -> None:
    found = figures("Volumes on the Andes Transport Corridor reached 2.3 million tonnes in January-October 2026.")
    assert (2.3e6, "t", "2026-01/2026-10") in found


def test_volume_of_something_else_is_no_freight() -> None:
    assert figures("The volume of the new reservoir is 2.3 million tonnes of water, officials said in 2026.") == []


def test_rupees_in_crore_and_lakh() -> None:
    assert (4.4e8, "INR", "2019") in figures("Traders exchanged goods worth about Rs 44 crore in 2019, officials said.")
    assert (5e6, "INR", "2021") in figures("Trade at the border post amounted to ₹50 lakh in 2021.")


def test_multiple_over_a_span_is_no_observation() -> None:
    assert figures("Trade between Chile and Norway has tripled in a decade, but remains concentrated.") == []


def test_multiple_in_a_year_stays_a_change() -> None:
    assert (200.0, "%", "2025") in figures("Trade between Chile and Norway tripled in 2025.")


def test_base_in_the_same_period_last_year_is_the_whole_a_year_back() -> None:
    found = figures(
        "Norway bought about 1.2 million barrels per day of Chilean crude in the first ten months of this year, "
        "according to customs data, down from 1.4 million bpd in the same period last year."
    )
    assert (1.2e6, "barrels/day", "2026-01/2026-10") in found
    assert (1.4e6, "barrels/day", "2025-01/2025-10") in found


def test_change_against_the_same_period_adds_no_level() -> None:
    found = figures("Trade between Chile and Norway rose 12 percent in the first half of 2026 compared with the same "
                    "period last year.")
    assert all(p != "2025-01/2025-06" for _v, _u, p in found)
