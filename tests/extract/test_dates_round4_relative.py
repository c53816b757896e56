"""Round 4: relative years and chains ("the year before last", "three years after that", "two years on")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 10)


def _values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The year before last, the two governments signed a transit deal.", ("The year before last", "2023")),
        ("The new terminal should open the year after next, officials said.", ("the year after next", "2027")),
        ("Prices peaked the month before last.", ("the month before last", "2025-04")),
        ("Talks collapsed the week before last.", ("the week before last", "2025-05-26/2025-06-01")),
    ],
)
def test_two_steps_from_the_reference(text: str, pair: tuple[str, str]) -> None:
    assert pair in _values(text)


def test_before_last_without_reference_has_no_value() -> None:
    assert _values("The year before last was hard.", None) == [("The year before last", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pipeline deal was signed in 2012. Two years later it was ratified. Three years after that it "
         "was suspended.", [("2012", "2012"), ("Two years later", "2014"), ("Three years after that", "2017")]),
        ("War broke out in 2008. A decade later, relations thawed. A year after that, they froze again.",
         [("2008", "2008"), ("A decade later", "2018"), ("A year after that", "2019")]),
        ("The railway opened in 2010. Five years on, freight volumes had tripled.",
         [("2010", "2010"), ("Five years on", "2015")]),
        ("The accord was signed in 2010. Four years before, talks had begun in secret.",
         [("2010", "2010"), ("Four years before", "2006")]),
        ("In March 2020 the border closed. The previous month, talks had failed.",
         [("March 2020", "2020-03"), ("The previous month", "2020-02")]),
        ("In 2019 the leaders met in Baku. That autumn, a road deal was signed.",
         [("2019", "2019"), ("That autumn", "2019-23")]),
    ],
)  # fmt: skip
def test_chains_count_from_the_date_just_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_decades_from_the_reference() -> None:
    assert _values("A decade ago the route did not exist.") == [("A decade ago", "201X")]
    assert _values("Earlier this decade, trade was small.") == [("Earlier this decade", "202X")]


@pytest.mark.parametrize(
    "text",
    [
        "Three years after that agreement was signed, trade collapsed.",  # "that" names an event: no chain
        "The team won two years on the trot.",  # "on the trot" is not "later"
        "He spent two years on the project.",
    ],
)
def test_not_a_chain(text: str) -> None:
    assert not any(t.endswith(("after that", "years on")) for t, _ in _values(text))
