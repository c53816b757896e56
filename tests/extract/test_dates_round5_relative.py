"""Round 5: vague counts beside an explicit date, and "a year later" counted from a season."""

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
        # the explicit date overlaps the vague span counted from the story
        ("The senator resigned in May 2012. Months later, on a visit to Lyon, she joined the board in 2012.",
         "Months later", "2012"),
        ("The plant was sold in November 2003. Weeks later, in December 2003, the new owner cut 400 jobs.",
         "Weeks later", "2003-12"),
        # nothing to count from: the vague span came from the publication date
        ("Months later, the new bridge opened in 2019.", "Months later", "2019"),
        ("Years later, during 2008, the firm moved its headquarters to Oslo.", "Years later", "2008"),
    ],
)
def test_explicit_date_of_the_sentence_wins(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a date that names a thing, not the time of the clause, does not replace the span
        ("Months later, the 2019 report was finally published.", "Months later", "2025-07/2026-06"),
        # a different sentence does not decide
        ("The club was founded in March 1998. Months later it joined the league. That was in 2003.",
         "Months later", "1998-04/1999-03"),
        # explicit date far outside a span counted from the story: both kept as told
        ("He became mayor in May 2012. Months later, he signed the accord in 2014.", "Months later",
         "2012-06/2013-05"),
    ],
)
def test_vague_span_kept(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The line opened in October 2017, and that autumn the first trains ran. A year later the port opened.",
         "2018"),
        ("Floods hit the valley in the spring of 2009. A year later a new dam was finished.", "2010"),
        ("The strike began in the winter of 2011. Two years later the union split.", "2013"),
    ],
)
def test_years_later_than_a_season_is_a_year(text: str, value: str) -> None:
    got = [m for m in tag_dates(text, REF) if "later" in m.text]
    assert got and got[0].value == value
    assert "-2" not in (got[0].value or "")  # never a season code such as 2018-23


def test_months_later_than_a_season_keeps_the_count() -> None:
    got = _values("Floods hit the valley in the spring of 2009. Six months later a new dam was finished.")
    assert got["Six months later"] not in {"2009", "2010"}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # session 17: counted from a month, the month (gold conventions D6: a count finer than its anchor)
        ("The minister toured Kazakhstan in September 2013. Days later, in Astana, he unveiled the plan.",
         "Days later", "2013-09"),
        ("Talks opened in March 2021. Days before, the envoy had resigned.", "Days before", "2021-03"),
        # counted from a day: still a span of days
        ("The vote was held on 5 May 2019. Days later, protests began.", "Days later", "2019-05-06/2019-05-19"),
    ],
)
def test_days_from_a_month_are_the_month(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value
