"""Session 11 (helper B): anniversaries told on their day, offsets that date the subject, stays and plans.

"N years ago today" is one day N years back (not the year plus a second "today"); "the trip comes five months
after his visit" counts from the visit to the trip, so it gives the visit no date; a day in a clause about another
noun does not open a stay told earlier in the sentence; the infinitive of "agreed to hold …" reaches past a long
name to its date, which is then still to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2026, 4, 2)  # a Thursday


def values(text: str, ref: dt.date = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-four years ago today, Chile and Peru established relations.",
         [("Thirty-four years ago today", "1992-04-02")]),
        ("Ten years ago today the bridge over the Danube opened.", [("Ten years ago today", "2016-04-02")]),
        ("Five months ago today the mine collapsed.", [("Five months ago today", "2025-11-02")]),
        ("Exactly 20 years ago this day, the treaty was signed.", [("20 years ago this day", "2006-04-02")]),
    ],
)  # fmt: skip
def test_ago_today_is_one_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_ago_without_today_keeps_the_unit() -> None:
    assert values("Twenty years ago, the treaty was signed.") == [("Twenty years ago", "2006")]


def test_ago_today_without_reference_is_unresolved() -> None:
    got = tag_dates("Thirty years ago today the port opened.", None)
    assert [m.value for m in got] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor's trip comes five months after his state visit to Brazil.",
        "The call came a month after the summit in Lima.",
        "Her tour follows two weeks after the election.",
    ],
)
def test_offset_after_a_succession_verb_gives_no_date(text: str) -> None:
    assert all(v is None for _, v in values(text))


def test_offset_from_a_dated_event_still_counts() -> None:
    got = values("The summit was held on 3 March. The minister resigned two weeks after the summit.")
    assert got[-1] == ("two weeks after the summit", "2026-03-17")


def test_own_date_of_the_visit_stays() -> None:
    got = values("The trip comes five months after his visit to Chile in May.", dt.date(2025, 10, 20))
    assert ("May", "2025-05") in got


def test_day_of_another_clause_does_not_open_the_stay() -> None:
    text = ("Lula arrived in Lima on Monday for a three-day visit that is combined with the Andean summit, "
            "which opened in the city today.")  # fmt: skip
    got = dict(values(text, dt.date(2025, 6, 17)))
    assert got["Monday"] == "2025-06-16/2025-06-18"
    assert got["today"] == "2025-06-17"


def test_stay_closed_by_its_own_relative_clause() -> None:
    got = values("The five-day visit, which ended on Saturday, was his first abroad.", dt.date(2025, 6, 17))
    assert got == [("Saturday", "2025-06-10/2025-06-14")]


def test_plan_with_a_long_name_resolves_forward() -> None:
    text = ("The two sides agreed to hold the next session of the Peru-Chile Joint Commission on Trade and "
            "Economic Cooperation in Santiago in October, and to prepare high-level visits.")  # fmt: skip
    assert values(text, dt.date(2026, 7, 8)) == [("October", "2026-10")]


def test_past_meeting_in_october_stays_past() -> None:
    text = "The two sides held the last session of the Peru-Chile Joint Commission on Trade in Santiago in October."
    assert values(text, dt.date(2026, 7, 8)) == [("October", "2025-10")]


def test_ago_this_month_is_that_month() -> None:
    assert values("Thirty years ago this month, Peru and Chile signed the treaty.") == [
        ("Thirty years ago this month", "1996-04")
    ]


def test_short_count_ago_this_month_keeps_its_own_reading() -> None:
    got = values("Two weeks ago this month the plant opened.")
    assert ("Two weeks ago", "2026-03-16/2026-03-22") in got
    assert all(t != "Two weeks ago this month" for t, _ in got)
