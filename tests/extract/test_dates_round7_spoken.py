"""Round 7: years spoken or spelled out, as in transcripts, interviews and speeches."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.dates_spoken import century_of_short, decade_start, full_year, two_digits

REF = date(2026, 6, 15)


def _values(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My father came to Ganja in nineteen sixty-eight, he told the interviewer.", ("nineteen sixty-eight", "1968")),
        ("The cannery shut down in two thousand nine and never reopened.", ("two thousand nine", "2009")),
        ("Since two thousand and eleven, the ferry has run every day.", ("two thousand and eleven", "2011")),
        ("We signed the first contract in twenty fourteen, the director recalled.", ("twenty fourteen", "2014")),
        ("By twenty twenty-two the mine employed half the valley.", ("twenty twenty-two", "2022")),
        ("In the year two thousand, nobody had a smartphone.", ("two thousand", "2000")),
        ("The bridge was finished in twenty oh-seven.", ("twenty oh-seven", "2007")),
        ("Nineteen forty-five changed everything for this town.", ("Nineteen forty-five", "1945")),
    ],
)
def test_full_spoken_year(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike started in February of nineteen eighty-nine.", ("February of nineteen eighty-nine", "1989-02")),
        ("She first ran for office in October twenty nineteen.", ("October twenty nineteen", "2019-10")),
        ("We arrived in the spring of two thousand and three.", ("the spring of two thousand and three", "2003-21")),
        ("It all began in November of eighty-eight.", ("November of eighty-eight", "1988-11")),
        ("The flood came in the summer of oh-two.", ("the summer of oh-two", "2002-22")),
        ("Prices collapsed in late August of ninety-eight.", ("late August of ninety-eight", "1998-08")),
        ("They married in June of '97 in Tbilisi.", ("June of '97", "1997-06")),
    ],
)
def test_month_or_season_with_spoken_year(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_month_of_short_year_is_not_the_publication_years_month() -> None:
    """ "in March of ninety-two" used to resolve to March of the publication year: a false date."""
    values = _values("He was arrested in March of ninety-two and held for a year.")
    assert values == [("March of ninety-two", "1992-03")]
    assert all(v != "2026-03" for _, v in values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was still a student back in oh-nine.", ("oh-nine", "2009")),
        ("That was back in ninety-six, before the pipeline.", ("ninety-six", "1996")),
        ("The club has not won the cup since '87.", ("'87", "1987")),
    ],
)
def test_short_year_after_back_in_or_marked(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nineteen-seventies were years of shortages.", ("The nineteen-seventies", "197X")),
        ("Growth was fast through the late two thousands.", ("the late two thousands", "200X")),
        ("Cheap credit defined the twenty-tens.", ("the twenty-tens", "201X")),
        ("Life was hard in the nineteen eighties, she said.", ("the nineteen eighties", "198X")),
    ],
)
def test_spoken_decades(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some twenty thousand people marched through the capital.",
        "She set a record in the nineteen ninety-one-metre event.",
        "The village has two thousand five hundred inhabitants.",
        "The amendment received ninety-two votes in the chamber.",
        "They sold two thousand and five copies in a week.",
        "In two thousand homes the heating failed.",
        "The team played in ninety-two countries.",
        "He ordered twenty thirteen-inch screens for the office.",
        "Thirty-five delegates and forty-two observers attended.",
        "Only the two thousands of refugees at the border were counted.",
    ],
)
def test_numbers_in_words_are_not_years(text: str) -> None:
    assert _values(text) == []


def test_short_year_without_cue_is_not_a_year() -> None:
    # a bare spoken two-digit number after "in" is a count, not a year; a month alone keeps no false year
    assert _values("The index fell in ninety-two of the hundred markets.") == []


def test_spoken_year_helpers() -> None:
    assert full_year("nineteen ninety-one") == 1991
    assert full_year("two thousand and five") == 2005
    assert full_year("twenty twenty-four") == 2024
    assert full_year("nineteen hundred") == 1900
    assert two_digits("oh-eight") == 8
    assert two_digits("'92") == 92
    assert decade_start("nineteen-nineties") == 1990
    assert decade_start("two thousands") == 2000
    assert century_of_short(92, 2026) == 1992
    assert century_of_short(8, 2026) == 2008
    assert century_of_short(26, 2026) == 2026
    assert century_of_short(95, None) == 1995


def test_short_year_century_follows_the_reference() -> None:
    # written in 1998, "oh-two" cannot be 2002 yet: it is 1902
    assert _values("The church was rebuilt back in oh-two.", date(1998, 3, 1)) == [("oh-two", "1902")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was born on the ninth of April, nineteen seventy-two.",
            ("the ninth of April, nineteen seventy-two", "1972-04-09"),
        ),
        (
            "The accord was signed on June second, nineteen ninety-seven.",
            ("June second, nineteen ninety-seven", "1997-06-02"),
        ),
        ("The line opened on 14 July twenty nineteen.", ("14 July twenty nineteen", "2019-07-14")),
        ("Flights resumed on October 1st, two thousand and one.", ("October 1st, two thousand and one", "2001-10-01")),
    ],
)
def test_day_and_month_with_spoken_year(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_month_and_ordinal_word_day() -> None:
    assert _values("The referendum was held on April twenty-second.") == [("April twenty-second", "2026-04-22")]
    assert _values("May fifth graders take the test.") == []


def test_day_month_before_a_count_keeps_only_the_day() -> None:
    # "twenty thousand people" is not a year of "3 March"
    assert _values("On 3 March twenty thousand people marched.") == [("3 March", "2026-03-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From nineteen eighty-one to nineteen eighty-nine he taught in Sumgait.",
            ("nineteen eighty-one to nineteen eighty-nine", "1981/1989"),
        ),
        (
            "She chaired the board from twenty eleven until twenty fifteen.",
            ("twenty eleven until twenty fifteen", "2011/2015"),
        ),
    ],
)
def test_spoken_year_span_is_one_interval(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


def test_spoken_span_must_run_forward() -> None:
    values = _values("Output fell from nineteen ninety-five to nineteen ninety-one levels.")
    assert all("/" not in (v or "") for _, v in values)


@pytest.mark.parametrize(
    "text",
    [
        "Hindsight is twenty-twenty, the coach said after the match.",
        "In nineteen hundred and fifty homes the water was cut.",
    ],
)
def test_idioms_and_counts_without_a_date_cue(text: str) -> None:
    assert _values(text) == []


def test_ordinal_word_before_a_hyphenated_noun_is_not_a_day() -> None:
    values = _values("Sales rose in March first-quarter figures.")
    assert all(t != "March first" for t, _ in values)


def test_the_year_two_thousand_before_a_verb() -> None:
    assert _values("Fears about the year two thousand were overblown.") == [("two thousand", "2000")]
    assert _values("They counted two thousand were missing.") == []
