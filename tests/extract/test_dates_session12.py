"""Session 12 (helper M): year edges, anniversary counts, weeks named after weekdays, appositions, frame years,
finer dates and subordinate clauses.

- "at / towards the end of 1991" is the year's last month; "by / before / until the end of 2027" (a deadline)
  keeps the year (dev gold: 8 of 9 "by the end of YEAR" are the year, 3 of 5 "at the end of YEAR" the month);
- "so today we mark 34 years", "Today marks the 30th anniversary": the day of the telling is no event date;
- "on Wednesday and Thursday last week", "on Monday next week": the days of that week;
- "on 29 March, the start of the summer schedule,": an apposition naming the same day gives no second date;
- "The turn came in 2015." and "joined X in 2015 and was admitted to Y in July": the paragraph's or clause's
  stated year dates a yearless month of a past clause;
- "This year X met Y … in June 2025": the finer date of the cue's own clause wins over a fronted coarse frame;
- "announced only days after a visit to X" dates the visit by the main day's month; "was announced after the
  ministers met in March": the main act is not dated by the subordinate clause's month.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

REF = dt.date(2026, 2, 27)  # a Friday


def values(text: str, ref: dt.date = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


def dated(body: str, published: dt.date = REF) -> set[tuple[str, str]]:
    text = "Report\nQUITO, 27 February 2026 -- Officials gave details.\n\n" + body + "\n"
    claims = extract(replace(read_text(text, "test://session12.txt"), published=published)).claims
    return {(c.rule.split("+")[0], c.date.value or "") for c in claims}


# -- the end of a year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ecuador recognized the new state at the end of 1993.", "1993-12"),
        ("Towards the end of 2003 the talks stalled.", "2003-12"),
        ("The line opened at the close of 1999.", "1999-12"),
        ("The end of 2011 saw the first trains cross.", "2011-12"),
        ("At the start of 2016 the line opened.", "2016-01"),
    ],
)
def test_edge_of_a_year_is_its_edge_month(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The plant is due to feed the grid by the end of 2029.",
        "Talks must conclude before the end of 2028.",
        "The moratorium stays in force until the end of 2030.",
    ],
)
def test_deadline_at_the_end_of_a_year_keeps_the_year(text: str) -> None:
    (value,) = [v for _, v in values(text)]
    assert value is not None and len(value) == 4


# -- the day of an anniversary count


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 1993 Chile and Vietnam opened embassies, so today we mark 33 years.",
        "Today marks the 30th anniversary of the treaty of 1996.",
        "Today is the tenth anniversary of the bridge.",
        "Today the two countries celebrate thirty years of relations.",
    ],
)
def test_today_of_an_anniversary_count_is_no_date(text: str) -> None:
    assert all(t.lower() != "today" for t, _ in values(text))


@pytest.mark.parametrize("text", ["Today the ministers signed a treaty.", "Today we mark the opening of the port."])
def test_other_todays_stay(text: str) -> None:
    assert ("Today", "2026-02-27") in values(text)


def test_anniversary_count_keeps_the_original_date_of_the_act() -> None:
    got = dated("On 14 May 1993 Chile and Vietnam established diplomatic relations, so today we mark 33 years.")
    assert got == {("agree.relations", "1993-05-14")}


# -- weekdays of a named week


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council met in Quito on Tuesday and Wednesday last week.", "2026-02-17/2026-02-18"),
        ("The council met on Wednesday last week.", "2026-02-18"),
        ("The council met on Monday of last week.", "2026-02-16"),
        ("The council will meet on Monday next week.", "2026-03-02"),
        ("The talks ran from Monday to Wednesday last week.", "2026-02-16/2026-02-18"),
    ],
)
def test_weekdays_of_a_named_week(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Wednesday and Thursday.", [("Wednesday and Thursday", "2026-02-25/2026-02-26")]),
        ("He arrived on Monday, and last week he met the king.",
         [("Monday", "2026-02-23"), ("last week", "2026-02-16/2026-02-22")]),
    ],
)  # fmt: skip
def test_weekdays_without_a_week_phrase_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_named_week_gives_one_claim() -> None:
    got = dated("The Chile-Vietnam intergovernmental commission held its fifth meeting in Santiago on Tuesday and "
                "Wednesday last week.")
    assert {v for _, v in got} == {"2026-02-17/2026-02-18"}


# -- an apposition naming the same day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferries will resume on 31 March, the start of the summer season, the operator said.", ["2026-03-31"]),
        ("The fair opens on 21 March, the first day of spring.", ["2026-03-21"]),
        ("The session closed on 5 June, the end of the spring session.", ["2025-06-05"]),
    ],
)
def test_apposition_after_a_date_gives_no_second_date(text: str, expected: list[str]) -> None:
    assert [v for _, v in values(text)] == expected


def test_season_schedule_is_no_season() -> None:
    assert values("The summer schedule of the airline starts in late March.") == [("late March", "2026-03")]


def test_a_date_after_a_comma_and_clause_stays() -> None:
    got = values("The talks ended on 3 May, and the end of 2029 is the target.")
    assert ("the end of 2029", "2029-12") in got


# -- a year stated for the paragraph or the clause


PUB = dt.date(2024, 9, 1)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The change came in 2016. Peru joined the bank as a founding member and was admitted to the forum in May.",
         "2016-05"),
        ("Everything changed in 2008. The ministers met in Lima in October.", "2008-10"),
        ("Chile joined the WTO in 1995 and was admitted as an observer to the forum at the Osaka summit in November.",
         "1995-11"),
    ],
)  # fmt: skip
def test_stated_year_dates_a_yearless_month(text: str, month: str) -> None:
    assert values(text, PUB)[-1][1] == month


@pytest.mark.parametrize(
    "text",
    [
        "Chile joined the WTO in 1995. It was admitted to the forum in November.",
        "Chile, which joined the WTO in 1995, was admitted to the forum in November.",
        "Chile joined the WTO in 1995, the minister said in November.",
        "Chile joined the WTO in 1995 and will host the forum in November.",
        "The bank was founded in 1995. In July it opened a branch in Lima.",
        "Construction began in 2019. The ministers met in Lima in July.",
    ],
)
def test_other_yearless_months_keep_the_publication_year(text: str) -> None:
    assert values(text, PUB)[-1][1] in ("2023-11", "2024-11", "2024-07")


# -- the finer date of the cue's own clause


def test_finer_date_after_the_cue_beats_a_fronted_frame() -> None:
    got = dated("This year President Tokayev met Chinese President Xi Jinping at the summit in Astana in June 2025.",
                dt.date(2025, 9, 10))
    assert got == {("consult.meeting", "2025-06")}


def test_fronted_year_and_a_later_day_of_it() -> None:
    got = dated("In 2019 President Tokayev met Chinese President Xi Jinping in Beijing on 11 September.",
                dt.date(2025, 9, 10))
    assert got == {("consult.meeting", "2019-09-11")}


def test_finer_date_outside_the_frame_does_not_win() -> None:
    got = dated("This year President Tokayev met Chinese President Xi Jinping at the summit in Astana in June 2024.",
                dt.date(2025, 9, 10))
    assert got == {("consult.meeting", "2025")}


def test_finer_date_of_a_relative_clause_does_not_win() -> None:
    got = dated("In 2019 President Tokayev met Chinese President Xi Jinping, who had visited Astana on 11 September.",
                dt.date(2025, 9, 10))
    assert ("consult.meeting", "2019") in got


# -- subordinate clauses


def test_occasion_days_before_a_dated_act_takes_its_month() -> None:
    got = dated("On 22 October the government confirmed that Kazakhstan had formally applied to join the OECD, an "
                "application announced only days after a visit to Astana by French President Emmanuel Macron.",
                dt.date(2025, 11, 5))
    assert ("consult.visit.noun", "2025-10") in got


def test_main_act_is_not_dated_by_a_trailing_after_clause() -> None:
    got = dated("The corridor was announced after the foreign ministers of Kazakhstan and China met in Beijing in "
                "March.", dt.date(2025, 9, 10))
    assert got == {("consult.meeting", "2025-03")}


def test_after_a_noun_phrase_still_dates_the_act() -> None:
    got = dated("Kazakhstan and China signed the agreement after talks held in Beijing in March.",
                dt.date(2025, 9, 10))
    assert ("agree.sign", "2025-03") in got


def test_a_span_from_the_end_of_a_year_keeps_the_year() -> None:
    assert values("The bonds are redeemable after the end of 1997.") == [("the end of 1997", "1997")]


def test_a_deictic_year_does_not_date_a_coordinated_day() -> None:
    got = values("The two countries signed a partnership in Lima last year and upgraded it on 22 April.")
    assert got[-1] == ("22 April", "2025-04-22")


def test_a_finer_date_of_a_coordinated_clause_does_not_win() -> None:
    got = dated("Earlier this year Armenia froze its participation in the CSTO, and it did not send its prime minister "
                "to last week's summit.", dt.date(2024, 12, 5))
    assert {v for _, v in got} == {"2024"}


def test_finer_date_taken_by_a_later_coordinated_cue_returns_to_the_framed_cue() -> None:
    got = dated("This year President Tokayev met Chinese President Xi Jinping at the summit in Astana in June 2025 and "
                "attended the forum in Shanghai at the end of August.", dt.date(2025, 10, 1))
    assert ("consult.meeting", "2025-06") in got and ("consult.meeting", "2025") not in got


@pytest.mark.parametrize(
    ("follow", "value"),
    [
        ("Weeks after that remark, a court in Samara ordered the terminal closed.", "2021-03/2021-06"),
        ("Weeks after that, a court in Samara ordered the terminal closed.", "2021-03/2021-06"),
    ],
)
def test_count_after_a_demonstrative_noun_runs_from_the_date_just_told(follow: str, value: str) -> None:
    got = values("In March 2021 the minister criticised the pipeline operator in a speech. " + follow)
    assert got[-1][1] == value


def test_count_after_a_demonstrative_noun_needs_a_pause() -> None:
    got = values("In March 2021 the minister criticised the operator. Weeks after that remark the court ruled it.")
    assert [t for t, _ in got] == ["March 2021"]


def test_count_later_runs_from_a_date_of_its_own_sentence() -> None:
    got = values("Chile signed a trade treaty with Peru in May 1998. The port, leased to Peru under an agreement "
                 "concluded in 1999 and extended ten years later until 2060, is still busy.", dt.date(2024, 5, 1))
    assert ("ten years later", "2009") in got


def test_count_later_skips_a_date_naming_an_earlier_event() -> None:
    got = values("Luis Arce was sworn in as president on November 8 after the October 18 general election, and David "
                 "Choquehuanca took office as vice-president two days later.", dt.date(2021, 3, 1))
    assert ("two days later", "2020-11-10") in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rebels launched an offensive in March 2019. Two weeks after the offensive, parliament met.",
         "2019-03/2019-04"),
        ("The strike began in May 2018. Three days after the strike, the minister resigned.", "2018-05/2018-06"),
        ("The vote was held on 3 May 2023. Two weeks after the vote, parliament met.", "2023-05-17"),
    ],
)  # fmt: skip
def test_days_or_weeks_after_an_event_of_a_known_month(text: str, value: str) -> None:
    assert values(text)[-1][1] == value


def test_days_after_an_event_of_a_known_year_stay_unresolved() -> None:
    assert [t for t, _ in values("The war began in 2020. Two weeks after the war, parliament met.")] == ["2020"]


def test_days_after_an_event_are_not_counted_from_a_month_of_the_same_sentence() -> None:
    got = values("The premier visited Lima in May 2013, less than two weeks after the general election.")
    assert got[-1][1] is None or got[-1][0] == "May 2013"
