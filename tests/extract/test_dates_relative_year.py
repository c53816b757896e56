"""Session 4 rules: days "last/this/next year", "this week", the future seen from a report, "a year later"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import clause_tense, tag_dates

D = dt.date
REF = D(2021, 6, 15)  # a Tuesday


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war broke out on 27 September last year.", ("27 September last year", "2020-09-27")),
        ("The war broke out on September 27 last year.", ("September 27 last year", "2020-09-27")),
        ("The plant was hit on Sept. 27 of last year.", ("Sept. 27 of last year", "2020-09-27")),
        ("The vote is due on 5 March next year.", ("5 March next year", "2022-03-05")),
        ("The bridge opened on 3 May this year.", ("3 May this year", "2021-05-03")),
        ("Talks ran from 8 to 11 December last year.", ("8 to 11 December last year", "2020-12-08/2020-12-11")),
        ("It began in September last year.", ("September last year", "2020-09")),
        # two days that are no interval: the first one, in the year said
        ("The courts sat on March 5 and 19 last year.", ("March 5 and 19 last year", "2020-03-05")),
    ],
)
def test_day_with_last_this_next_year(text: str, expected: tuple[str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war broke out on 27 September last year.", ("27 September last year", "XXXX-09-27")),
        ("We first met in May last year.", ("May last year", "XXXX-05")),
        ("We first met last May.", ("last May", "XXXX-05")),
    ],
)
def test_relative_years_without_a_reference_stay_year_unknown(text: str, expected: tuple[str, str]) -> None:
    (m,) = tag_dates(text, None)
    assert ((m.text, m.value), m.lower, m.note) == (expected, None, "year unknown")


@pytest.mark.parametrize(
    "text",
    ["The ceasefire held for 12 days last year.", "Exports grew by 88% last year.",
     "The 44-day war ended last year.", "Some 20 and 21 people were hurt last year."],
)  # fmt: skip
def test_numbers_before_last_year_are_no_days(text: str) -> None:
    assert values(text) == [("last year", "2020")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The president visited Mongolia this week.", "2021-06-14/2021-06-15"),
        ("Earlier this week the president met the premier.", "2021-06-14/2021-06-15"),
        ("The president will visit Mongolia this week.", "2021-06-15/2021-06-20"),
        ("The president is to visit Mongolia later this week.", "2021-06-15/2021-06-20"),
    ],
)
def test_this_week_is_cut_at_the_reference_day(text: str, value: str) -> None:
    (m,) = tag_dates(text, REF)
    assert (m.value, m.timex, m.precision) == (value, "2021-W24", "week")


def test_this_week_on_a_monday_is_that_day() -> None:
    (m,) = tag_dates("The president visited Mongolia this week.", D(2021, 6, 14))
    assert (m.value, m.precision) == ("2021-06-14", "day")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the future seen from Monday's agreement: the next June 1, not the one before
        ("The parties agreed on Monday that the election would be held on June 1.", "2022-06-01"),
        ("Officials said on Monday the vote would take place in March.", "2022-03"),
        # no date for the report: a week before the publication
        ("Officials said the vote would take place on June 10.", "2021-06-10"),
        ("Officials said the vote would take place on June 1.", "2022-06-01"),
        # the report's own date decides
        ("In May, officials said the vote would take place on June 1.", "2021-06-01"),
        # not governed by "would": the past stays past
        ("The vote was held on June 1.", "2021-06-01"),
        ("He said the vote would have been held on June 1 but for the war.", "2021-06-01"),
        ("Aid would flow to the towns where the June 1 floods hit hardest.", "2021-06-01"),
        ("The aid would flow again, after the floods of June 1 were over.", "2021-06-01"),
    ],
)
def test_would_tells_the_future_seen_from_the_report(text: str, value: str) -> None:
    assert values(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi came in September 2013. A year later, work on the line began.", ("A year later", "2014")),
        ("The mine opened in August 2005. Six months later, it flooded.", ("Six months later", "2006-02")),
        ("Sales rose in March 2010. A year earlier they fell.", ("A year earlier", "2009-03")),
    ],
)
def test_a_year_later_than_a_month_is_a_year(text: str, expected: tuple[str, str]) -> None:
    assert values(text, D(2024, 1, 1))[-1] == expected


@pytest.mark.parametrize(
    ("ref", "text", "value"),
    [
        (D(2024, 11, 13), "The plant opened last October.", "2023-10"),  # the month just past is "last month"
        (D(2024, 12, 1), "The plant opened last October.", "2024-10"),
        (D(2024, 11, 13), "The plant opened last November.", "2023-11"),
        (D(2024, 1, 5), "The plant opened last December.", "2022-12"),
        (D(2024, 11, 13), "The plant opened this past October.", "2024-10"),
        (D(2024, 11, 13), "The plant opened in October.", "2024-10"),
    ],
)
def test_last_month_name_skips_the_month_just_past(ref: dt.date, text: str, value: str) -> None:
    assert values(text, ref)[-1][1] == value


STAY_REF = D(2025, 4, 23)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The president arrived in Rome on Tuesday for a three-day state visit.", "2025-04-22/2025-04-24"),
        ("On Monday the president began a two-day visit to Rome.", "2025-04-21/2025-04-22"),
        ("The president's five-day visit to Rome, which ended on Saturday, was a success.", "2025-04-15/2025-04-19"),
        ("He wrapped up a four-day tour of the region on Friday.", "2025-04-15/2025-04-18"),
        ("The minister will arrive on Monday for a two-day visit.", "2025-04-28/2025-04-29"),
    ],
)
def test_a_day_opening_or_closing_a_stay_is_its_span(text: str, value: str) -> None:
    (m,) = tag_dates(text, STAY_REF)
    assert m.lower is not None and m.upper is not None
    days = (m.upper - m.lower).days + 1
    assert (m.value, m.precision, m.note) == (value, "interval", f"a {days}-day stay")
    assert m.timex is not None and "/" not in m.timex  # TimeML keeps the day


@pytest.mark.parametrize(
    "text",
    [
        "The president, who is on a three-day visit, said on Tuesday that ties were strong.",
        "The president arrived in Rome on Tuesday evening for the three-day visit.",
        "The 44-day war ended on November 10.",
        "Talks lasted 12 days and ended on Friday.",
        "On Monday, officials said a two-day visit would start soon.",
        "He arrived on Tuesday for a 30-day stay.",
    ],
)
def test_days_that_open_no_stay_stay_days(text: str) -> None:
    (m,) = tag_dates(text, STAY_REF)
    assert m.precision == "day" and m.lower == m.upper


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Trade reached $1.9 billion in January-September.", "January-September", "2023-01/2023-09"),  # ended
        ("Exports rose 12% in January-May.", "January-May", "2024-01/2024-05"),
        ("The exhibition runs in June-August.", "June-August", "2024-06/2024-08"),  # no tense: the span begun
        ("Trade will reach $2 billion in January-September.", "January-September", "2024-01/2024-09"),
        ("In November-December the talks stalled.", "November-December", "2023-11/2023-12"),
        ("Trade reached $1.9 billion in January-September 2022.", "January-September 2022", "2022-01/2022-09"),
    ],
)
def test_yearless_month_span_is_one_interval(text: str, span: str, value: str) -> None:
    assert values(text, D(2024, 7, 5)) == [(span, value)]


def test_yearless_month_span_takes_the_narrative_year_and_stays_unknown_without_reference() -> None:
    assert values("In 2019, trade reached $1bn. In January-March it fell.", D(2024, 7, 5))[-1] == (
        "January-March", "2019-01/2019-03")  # fmt: skip
    assert values("Trade fell in January-March.", None) == [("January-March", "XXXX-01/XXXX-03")]
    # not a span: a backwards pair
    assert [v for _, v in values("Trade fell in September-January.", D(2024, 7, 5))] == ["2023-09", "2024-01"]


@pytest.mark.parametrize(
    ("text", "tense"),
    [("Trade reached $1.9 billion in January.", "past"), ("Exports rose 12% in January.", "past"),
     ("Output grew in January.", "past"), ("Exports rose by 12% in January.", "past"),
     ("Output is growing in January.", None)],
)  # fmt: skip
def test_past_verbs_before_figures_set_the_past_tense(text: str, tense: str | None) -> None:
    start = text.index("January")
    assert clause_tense(text, start, start + len("January")) == tense


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date counted from a stated one states its year for the next sentence
        ("The first flight took off on 23 June 2023. Three months later, a second route opened. By December, "
         "four airlines flew it.", ("December", "2023-12")),
        # a relative opener right after a sentence end opens a frame ("Two years later, …")
        ("In 2010 the pipeline opened. Two years later, the second line followed. In March, the third began.",
         ("March", "2012-03")),
        ("The pipeline opened long ago. In 2012, the second line followed. In March, the third began.",
         ("March", "2012-03")),
        # a frame needs the opener: a clause-internal relative year does not anchor two sentences on
        ("The pipeline opened in 2010. The line was then extended. In March, a third began.", ("March", "2025-03")),
    ],
)
def test_frames_from_counted_dates_and_openers(text: str, expected: tuple[str, str]) -> None:
    assert values(text, D(2025, 3, 14))[-1] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two sides discussed the visit, expected in April.", "2025-04"),
        ("A decision is due in February.", "2026-02"),
        ("A ruling, due on Monday, will set the rules.", "2025-03-17"),
        ("Payment was due on March 1 but was late.", "2025-03-01"),
        ("Results were expected on Monday.", "2025-03-10"),
    ],
)
def test_expected_and_due_before_a_date_look_ahead_unless_past(text: str, value: str) -> None:
    assert values(text, D(2025, 3, 14))[-1][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Since …" runs up to the present: no past frame for the next sentence
        ("Since February 2022, freight has been rerouted. The first quarter saw volumes rise 40%.",
         ("The first quarter", "2024-33")),
        ("He has lived in Baku since March 2019. On June 2 he was arrested.", ("June 2", "2024-06-02")),
        ("He moved to Baku in March 2019. On June 2 he was arrested.", ("June 2", "2019-06-02")),
        # a quarter told in the past is not the next one, even when that is nearer
        ("The first quarter saw volumes rise 40%.", ("The first quarter", "2024-33")),
        ("The first quarter will bring more.", ("The first quarter", "2025-33")),
    ],
)
def test_since_opens_no_frame_and_past_quarters_stay_past(text: str, expected: tuple[str, str]) -> None:
    assert values(text, D(2024, 10, 2))[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The valves were opened on a cold December morning in 2009.", [("December morning in 2009", "2009-12")]),
        ("One June night in 1992, the border closed.", [("June night in 1992", "1992-06")]),
        # the month alone with a year later in the sentence is not joined
        ("In December the plant ran as it did in 2009.", [("December", "XXXX-12"), ("2009", "2009")]),
    ],
)
def test_a_month_day_part_in_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, None) == expected
