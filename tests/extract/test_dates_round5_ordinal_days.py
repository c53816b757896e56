"""Round 5: days of the month told as ordinals ("on the sixth of June", "the 5th of this month", "on the sixth")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 10)


def _values(text: str, ref: dt.date | None = REF) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The accord was signed on the sixth of June 2011 in Minsk.", "the sixth of June 2011", "2011-06-06"),
        ("Parliament met on the twenty-first of March.", "the twenty-first of March", "2025-03-21"),
        ("Elections are due on the thirtieth of November.", "the thirtieth of November", "2025-11-30"),
        ("The first of May 2019 saw the border reopen.", "first of May 2019", "2019-05-01"),
        ("The minister arrived on the 5th of this month.", "the 5th of this month", "2025-06-05"),
        ("The strike began on the twelfth of last month.", "the twelfth of last month", "2025-05-12"),
        ("Voting ends on the 3rd of next month.", "the 3rd of next month", "2025-07-03"),
    ],
)
def test_ordinal_day_of_a_month(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Last June, on the sixth, the president flew to Ankara.", "the sixth", "2024-06-06"),
        ("The talks resumed in March 2019. They ended on the 14th, when both delegations left.", "the 14th",
         "2019-03-14"),
        ("In September 2001, on the eleventh: the towers fell.", "the eleventh", "2001-09-11"),
    ],
)
def test_ordinal_day_of_the_month_in_focus(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_ordinal_day_of_that_month() -> None:
    got = _values("The crisis began in October 2008. On the fourth of that month the bank failed.")
    assert got["the fourth of that month"] == "2008-10-04"


@pytest.mark.parametrize(
    "text",
    [
        "He spoke on the sixth day of the talks.",  # a day of an event, not of a month
        "The team finished on the third, behind Italy.",  # no month in focus
        "The first of the new trains arrived.",
        "In May, offices opened on the first and second floors.",
        "The sixth of the ten reactors was closed.",
        "The plan has five parts. On the first, the two sides agree.",
    ],
)
def test_not_a_day(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if m.precision == "day"]


def test_no_reference_keeps_the_year_unknown() -> None:
    got = _values("The accord was signed on the sixth of June.", None)
    assert got["the sixth of June"] == "XXXX-06-06"
    assert _values("The minister arrived on the 5th of this month.", None)["the 5th of this month"] is None


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("**3-7 March 1993** - Ruritania opens relations with three states: Freedonia on the 3rd, Sylvania on "
         "the 5th and Latveria on the 7th.", "the 5th", "1993-03-05"),
        ("The tour ran from 3 to 7 March 1993. The president visited Freedonia on the 3rd, and Oslo on the 7th.",
         "the 7th", "1993-03-07"),
        ("The tour ran from 30 March to 2 April 1993, with a stop in Oslo on the 1st.", "the 1st", "1993-04-01"),
        ("The talks opened on 3 May 2011 and closed on the 5th.", "the 5th", "2011-05-05"),
    ],
)
def test_ordinal_day_inside_a_span_or_after_a_day(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "The games ran 3-7 March 1993. Norway won on the 9th, sadly.",  # outside the span, no month in focus
        "In May 2020 offices opened on the 3rd and 4th floors.",
        "The talks opened on 3 May 2011. Two weeks on, the envoy left. He arrived on the 5th.",  # too far
    ],
)
def test_ordinal_day_without_a_span_or_month(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if m.text.startswith("the") and m.precision == "day"]
