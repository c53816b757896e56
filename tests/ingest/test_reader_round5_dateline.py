"""Round 5: the year of a yearless wire dateline — bare lead weekdays, weekdays after a reporting verb, and
whole-year figures that raise the floor and pick the year after them."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.metadata import infer_header
from timeline.ingest.reader import read_text

TODAY = dt.date(2026, 11, 23)


def wire(lead: str, background: str) -> str:
    return f"Ports deal signed\n\nTASHKENT, Oct. 7 (Steppe Wire) -- {lead}\n\n{background}\n"


# Oct. 7: a Tuesday in 2025, a Wednesday in 2026, a Monday in 2024.
FIGURE_2024 = "Trade between the two countries reached 12.4 billion U.S. dollars in 2024, customs data showed."


@pytest.mark.parametrize(
    "lead",
    [
        "The two presidents held talks here Tuesday and agreed to build a new dry port.",
        "Uzbekistan and Kazakhstan signed a ports agreement, the transport ministry said Tuesday.",
        "The two countries will open a joint dry port next year, Uzbekistan's transport minister said on Tuesday.",
    ],
)
def test_bare_or_reported_weekday_and_annual_figure_give_the_year(lead: str) -> None:
    info = infer_header(wire(lead, FIGURE_2024), today=TODAY)
    assert info.published == dt.date(2025, 10, 7)
    assert info.dateline_note is not None and "whole year" in info.dateline_note


def test_annual_figure_alone_decides_when_only_one_year_fits() -> None:
    # Wednesday: Oct. 7, 2026 itself, or Oct. 8 filed the day after in 2025? Only 2026 fits "Wednesday" on
    # the dateline day or the day before (Oct. 7, 2025 is a Tuesday: its day before is a Monday).
    text = wire("The minister said on Wednesday the port would open soon.", FIGURE_2024.replace("2024", "2025"))
    assert infer_header(text, today=TODAY).published == dt.date(2026, 10, 7)


@pytest.mark.parametrize(
    "background",
    [
        "The two countries first discussed the port in 2024.",  # an event year, not a whole year's figure
        "Trade is expected to reach 15 billion dollars in 2027.",  # future: no floor
        "Trade reached 12.4 billion dollars in 2020 and 2021, officials said; talks began in 2024.",
    ],
)
def test_without_a_whole_year_figure_several_years_stay_ambiguous(background: str) -> None:
    info = infer_header(wire("The two presidents held talks here Tuesday.", background), today=TODAY)
    assert info.published is None


def test_figure_of_the_running_year_is_ignored() -> None:
    # 2026 is the ingestion year: a total "in 2026" cannot be complete, so it does not raise the floor to 2027.
    text = wire("The two presidents held talks here Tuesday.", FIGURE_2024.replace("2024", "2026"))
    info = infer_header(text, today=TODAY)
    assert info.published is None or info.published.year <= 2026


def test_future_weekday_in_the_lead_is_not_evidence() -> None:
    text = wire("The two presidents will hold talks here Tuesday.", FIGURE_2024)
    info = infer_header(text, today=TODAY)
    assert info.published is None


def test_reader_keeps_a_warning_and_a_note() -> None:
    article = read_text(wire("The two presidents held talks here Tuesday.", FIGURE_2024), "wire.txt")
    assert article.published == dt.date(2025, 10, 7)
    assert any(w.startswith("publication year inferred: ") for w in article.warnings)
    assert "whole year" in article.metadata["published_note"]
