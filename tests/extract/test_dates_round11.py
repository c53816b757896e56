"""Round 11 of the date tagger: a bare month after a "last year" clause, the noun "plan" as no future cue, a
past verb after a clause-opening month, and "a year earlier" after a span of months or days."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

MAY = dt.date(2025, 5, 14)
APR = dt.date(2026, 4, 2)
JUL = dt.date(2026, 7, 2)


def value_of(text: str, ref: dt.date, expr: str) -> str | None:
    found = [m for m in tag_dates(text, ref) if m.text == expr]
    assert len(found) == 1, [(m.text, m.value) for m in tag_dates(text, ref)]
    return found[0].value


# ------------------------------------------------- a bare month after a "last year" clause


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated clause with its own subject and time adverbial counts from the reference, like "last year"
        "Last year the cabinet ordered foreign-owned mines to hire local staff, and in March prosecutors opened "
        "an inquiry into unpaid fees.",
        "Last year, exports to China fell by a fifth; in March the ministry announced new quotas.",
        "Last year the two banks merged their card networks, but in February regulators blocked the deal.",
        "A year ago the port handled half as many containers, and in early April the operator ordered new cranes.",
        # a new sentence opening with the month
        "Last year the government signed a loan for the bypass road. In March, the contractor began work on it.",
    ],
)
def test_month_after_a_last_year_clause_is_of_the_publication_year(text: str) -> None:
    month = next(m for m in tag_dates(text, MAY) if m.precision == "month")
    assert month.value is not None and month.value.startswith("2025-"), month


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the month inside the "last year" clause itself stays in last year
        ("Last year, in March, the cabinet ordered foreign-owned mines to hire local staff.", "March", "2024-03"),
        ("Last year the cabinet ordered foreign-owned mines to hire local staff in March.", "March", "2024-03"),
        # a month after the reference month is last year's anyway
        ("Last year the cabinet ordered mines to hire staff, and in October prosecutors opened an inquiry.",
         "October", "2024-10"),
        # a stated year frames the story: the month stays in it
        ("In 2023 the cabinet ordered mines to hire staff, and in March prosecutors opened an inquiry.",
         "March", "2023-03"),
        # a month with "last year" is a story point: a later month in a past clause stays in that year
        ("He attended the summit in Xi'an in May last year and returned in October for the forum.", "October",
         "2024-10"),
    ],
)  # fmt: skip
def test_month_in_or_after_a_stated_frame_keeps_its_year(text: str, expr: str, value: str) -> None:
    assert value_of(text, MAY, expr) == value


# ------------------------------------------------- "plan" as a noun, a past verb after a clause-opening month


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # published in April: February is the past one, not the next
        ("In February, the foreign minister held talks in Beijing, and they agreed on a plan of consultations.",
         "2026-02"),
        ("In February, the minister held talks in Beijing, and the two sides will meet again in June.", "2026-02"),
        ("In February the Cabinet approved a plan that will be carried out by the regions.", "2026-02"),
        ("In February the trade ministers signed the action plan for the next two years.", "2026-02"),
    ],
)  # fmt: skip
def test_past_clause_opened_by_a_month(text: str, value: str) -> None:
    assert value_of(text, APR, "February") == value


@pytest.mark.parametrize(
    "text",
    [
        "In February, the ministers will meet to adopt the plan.",
        "In February the company is expected to open a plant.",
        "In February the new line, built by a Chinese firm, will open to traffic.",
        "The company plans to open a plant in February.",
        "The government unveiled a plan to open a plant in February.",
    ],
)
def test_future_clause_opened_by_a_month_stays_future(text: str) -> None:
    assert value_of(text, APR, "February") == "2027-02"


# ------------------------------------------------- "a year earlier" after a span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The railway counted 162 container trains between January and May, compared with 97 a year earlier.",
         "2025-01/2025-05"),
        ("Trade reached $2bn in January-May, up from $1.5bn a year earlier.", "2025-01/2025-05"),
        ("Between January and May 2025 trade rose 20 percent from a year earlier.", "2024-01/2024-05"),
        ("In the first half of 2023, cargo volumes more than doubled compared with a year earlier.",
         "2022-01/2022-06"),
    ],
)  # fmt: skip
def test_a_year_earlier_after_a_span_is_the_span_a_year_back(text: str, value: str) -> None:
    found = tag_dates(text, JUL)
    assert found[-1].value == value and found[-1].precision == "interval"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # another sentence: the comparison is not of the span
        ("The fair ran from 3 to 6 May. A year earlier the city hosted a summit.", "A year earlier", "2025-05-03"),
        # after a month, "a year earlier" keeps the month (fiscal-period convention of TimeML)
        ("In March 2024 the two sides signed a memorandum. A year earlier, they had opened talks.",
         "A year earlier", "2023-03"),
        ("Exports rose 12 percent in May from a year earlier.", "a year earlier", "2025-05"),
    ],
)  # fmt: skip
def test_a_year_earlier_elsewhere(text: str, expr: str, value: str) -> None:
    assert value_of(text, JUL, expr) == value


# ------------------------------------------------- a weekday after a reporting verb, an act still to come

FRI = dt.date(2026, 3, 6)  # a Friday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the weekday is the adjunct of "said": the report's day, though the quote looks ahead
        ("A Pentagon spokesman said Thursday that the troops will remain in the region.", "2026-03-05"),
        ('"We will concentrate on our core businesses," the chairman said Monday.', "2026-03-02"),
        ("The ministry announced Tuesday that it intends to sell its stake.", "2026-03-03"),
        ("The government predicted Wednesday that exiles will try to delay the ruling.", "2026-03-04"),
    ],
)
def test_weekday_of_a_reporting_verb_is_past(text: str, value: str) -> None:
    weekday = next(m for m in tag_dates(text, FRI) if m.precision == "day")
    assert weekday.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister will travel to Beijing on Tuesday.", "2026-03-10"),
        ("The spokesman said the talks will resume on Tuesday.", "2026-03-10"),  # "on Tuesday" belongs to "resume"
    ],
)
def test_weekday_of_a_future_act_stays_future(text: str, value: str) -> None:
    weekday = next(m for m in tag_dates(text, FRI) if m.precision == "day")
    assert weekday.value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("NATO has decided to admit Poland, Hungary and the Czech Republic in early March, an official said.",
         "early March", "2027-03"),
        ("The two sides agreed to hold the next meeting of the commission in Baku in February.", "February", "2027-02"),
        ("The bank pledged to open a branch in Tashkent by January.", "January", "2027-01"),
        # the decision's own date, before the verb or right after it, stays in the past
        ("In February the two sides agreed to build a logistics centre.", "February", "2026-02"),
        ("The two sides agreed in February to build a logistics centre.", "February", "2026-02"),
        # a new clause after the infinitive has its own time: the story's, not the decision's future
        (
            "The minister visited Astana in June last year, where the two sides agreed to expand rail links, and "
            "came back in November for the forum.",
            "November",
            "2025-11",
        ),
    ],
)  # fmt: skip
def test_date_of_an_infinitive_after_a_decision(text: str, expr: str, value: str) -> None:
    assert value_of(text, dt.date(2026, 4, 2), expr) == value


# ------------------------------------------------- deadlines, "until" in a past clause, years after a determiner

OCT = dt.date(2026, 10, 30)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a deadline set ahead of the telling: the nearer occurrence, though the verb is past
        ("The offer, due to expire last Thursday, was extended to Nov. 16.", "Nov. 16", "2026-11-16"),
        ("The company said it would extend its bid, due to expire last Thursday, to Nov. 6.", "Nov. 6", "2026-11-06"),
        ("The new office of the chairman, effective Feb. 1, was created on Monday.", "Feb. 1", "2027-02-01"),
        ("The talks were postponed until January.", "January", "2027-01"),
        # the nearer occurrence can be the past one
        ("The ban was extended to Sept. 30 and then lifted.", "Sept. 30", "2026-09-30"),
    ],
)  # fmt: skip
def test_deadline_is_the_nearer_occurrence(text: str, expr: str, value: str) -> None:
    assert value_of(text, OCT, expr) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Until Thursday, investigators had not called him a suspect.", "2026-10-29"),
        ("The border stays closed until Thursday.", "2026-11-05"),
    ],
)
def test_until_in_a_past_clause(text: str, value: str) -> None:
    weekday = next(m for m in tag_dates(text, OCT) if m.precision == "day")
    assert weekday.value == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 1996 law named for him strengthened the trade embargo.", True),
        ("This 1995 treaty lapsed when the parties failed to renew it.", True),
        ("Vision 2030 is the government's development plan.", False),
        ("The 1000 delegates met in the capital.", False),
    ],
)
def test_year_after_a_sentence_initial_determiner(text: str, found: bool) -> None:
    assert any(m.precision == "year" for m in tag_dates(text, OCT)) is found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry expects to complete the sale by year-end.", "2026"),
        ("The index has risen 5 percent since year-end.", "2025"),
        ("The plant should open before year end.", "2026"),
    ],
)
def test_year_end(text: str, value: str) -> None:
    assert value_of(text, OCT, next(m.text for m in tag_dates(text, OCT))) == value


def test_year_end_results_are_no_date() -> None:
    assert tag_dates("The bank published its year-end results.", OCT) == []
