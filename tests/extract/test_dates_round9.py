"""Round 9 of the date tagger: ranges of days closed by a weekday, forward narration of yearless months,
expectations as future, and "the start of <year>" as its first month."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import clause_tense, tag_dates
from timeline.extract.types import DateMention

THU = dt.date(2025, 4, 24)  # a Thursday
OCT = dt.date(2025, 10, 16)


def values(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


def only(text: str, ref: dt.date) -> DateMention:
    found = tag_dates(text, ref)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


# ----------------------------------------------------------------- ranges of days closed by a weekday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The premier arrived in Rome on Tuesday for a visit that runs until Thursday.", "2025-04-22/2025-04-24"),
        ("The envoy landed in Hanoi on Monday for a state visit to Vietnam that lasts until Wednesday.",
         "2025-04-21/2025-04-23"),
        ("The fair ran from Monday to Wednesday.", "2025-04-21/2025-04-23"),
        ("Between Monday and Wednesday, the two delegations met three times.", "2025-04-21/2025-04-23"),
        ("Negotiators opened on Monday for a round of talks lasting until Wednesday.", "2025-04-21/2025-04-23"),
        ("He arrived on 14 April for a visit through Thursday.", "2025-04-14/2025-04-17"),
    ],
)  # fmt: skip
def test_range_of_days_closed_by_a_weekday(text: str, value: str) -> None:
    m = only(text, THU)
    assert (m.value, m.precision) == (value, "interval")


@pytest.mark.parametrize(
    "text",
    [
        "He arrived on Tuesday and left on Thursday.",  # two events
        "The ministry met on Monday and Wednesday.",  # a bare "X and Y" of weekdays is two days
        "The vote was moved from Monday to Wednesday.",  # a date changed, not a span
        "The deal signed on 14 March runs until Friday.",  # not the same occasion
    ],
)
def test_two_days_stay_two_mentions(text: str) -> None:
    assert len(tag_dates(text, THU)) == 2


# ----------------------------------------------------------------- forward narration of yearless months


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a later event told after an earlier one: the next occurrence of the month
        ("The two leaders signed a pact in Minsk in June 2023 and upgraded it when the premier flew to Hanoi in "
         "April.", "April", "2024-04"),
        ("He was elected mayor in November 2019. In March he was sworn in.", "March", "2020-03"),
        ("The law was passed in November 2024 and took effect in September.", "September", "2025-09"),
        # forward in the same year: unchanged
        ("The company opened a plant in February 2023. In April it began exporting.", "April", "2023-04"),
        # a flashback keeps the story's year
        ("The ministers agreed a roadmap in October 2023. They had first discussed it in April.", "April", "2023-04"),
        ("The pact was signed in October 2023. Earlier, in April, the two sides met in Rome.", "April", "2023-04"),
    ],
)  # fmt: skip
def test_yearless_month_follows_the_narration(text: str, span: str, value: str) -> None:
    got = dict(values(text, OCT))
    assert got[span] == value


def test_the_story_moves_on_with_the_later_month() -> None:
    text = (
        "The two leaders signed a pact in Minsk in June 2024 and upgraded it when the premier flew to Hanoi in "
        "April. At the start of September he was back in Hanoi for a forum."
    )
    got = dict(values(text, OCT))
    assert got["April"] == "2025-04"
    assert got["the start of September"] == "2025-09"


def test_without_a_later_month_the_story_year_holds() -> None:
    text = "The ministers met in Riga in June 2024. At the start of September the president was back in Beijing."
    assert dict(values(text, OCT))["the start of September"] == "2024-09"


def test_next_occurrence_after_the_reference_is_not_taken() -> None:
    # April 2026 would come after the publication date: keep the story's year
    text = "The pact was signed in June 2025 and the premier flew to Hanoi in April."
    assert dict(values(text, OCT))["April"] == "2025-04"


# ----------------------------------------------------------------- expectations are future


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The railway signed a deal with the port in June 2024. It expects a second weekly train to start "
         "running in November.", "November", "2025-11"),
        ("The operator expects the new line to open in December.", "December", "2025-12"),
    ],
)  # fmt: skip
def test_expects_object_to_is_future(text: str, span: str, value: str) -> None:
    assert dict(values(text, OCT))[span] == value


def test_wants_object_to_is_not_a_future_cue() -> None:
    text = "The ministry wants the court to suspend the order issued Thursday."
    m = only(text, THU)
    assert clause_tense(text, m.start, m.end) != "future"
    assert m.value == "2025-04-24"


# ----------------------------------------------------------------- the start of a year


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gas purchases stopped altogether at the start of 2016.", "the start of 2016", "2016-01"),
        ("The tariff took effect at the very beginning of 2020.", "the very beginning of 2020", "2020-01"),
        ("Prices will rise at the beginning of next year.", "the beginning of next year", "2026-01"),
    ],
)
def test_start_of_a_year_is_its_first_month(text: str, span: str, value: str) -> None:
    m = only(text, OCT)
    assert (m.text, m.value, m.precision) == (span, value, "month")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports grew in early 2016.", "2016"),  # vaguer: the whole year (TimeML/gold convention)
        ("The port should be finished by the end of 2026.", "2026"),  # a deadline: the year
        ("Trade slumped at the start of the 1990s.", "199X"),  # decades keep the unit
    ],
)
def test_other_parts_keep_the_unit(text: str, value: str) -> None:
    assert only(text, OCT).value == value


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2018 parliament met. Pashinyan, who became prime minister in April, spoke first.",
        "The plant opened in June 2024. Output, which has grown since April, is sold abroad.",
    ],
)
def test_background_clauses_keep_the_story_year(text: str) -> None:
    got = [m for m in tag_dates(text, OCT) if m.text == "April"]
    assert got and got[0].value is not None and not got[0].value.startswith(("2019", "2025"))


# ----------------------------------------------------------------- a "since" clause is background, not the story


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("During his visit to Rome in May 2025, his first since he attended a summit there in May 2019, the two "
         "sides signed a treaty on 14 May. In early September he was back.", "14 May", "2025-05-14"),
        ("On his trip to Seoul in March 2025, the first since talks collapsed in June 2018, he met the premier on "
         "4 March.", "4 March", "2025-03-04"),
    ],
)  # fmt: skip
def test_since_clause_sets_no_story(text: str, span: str, value: str) -> None:
    assert dict(values(text, dt.date(2025, 11, 20)))[span] == value


def test_a_plain_past_date_still_sets_the_story() -> None:
    text = "He attended a summit in Rome in May 2019. The two sides signed a treaty on 14 May."
    assert dict(values(text, dt.date(2025, 11, 20)))["14 May"] == "2019-05-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Relations were established at the very end of 1991.", "1991-12"),
        ("Relations were established at the very end of nineteen ninety-one.", "1991-12"),
        ("The scheme began at the beginning of two thousand and five.", "2005-01"),
        ("Work stopped by the very close of 2020.", "2020-12"),
    ],
)
def test_very_end_and_spoken_edges_of_a_year(text: str, value: str) -> None:
    m = only(text, OCT)
    assert (m.value, m.precision) == (value, "month")


def test_plain_end_of_a_year_is_its_last_month() -> None:
    """Session 12: "at the end of YEAR" is the year's last month (dev gold 3 of 5); "by the end of YEAR" (a
    deadline) keeps the year (8 of 9)."""
    assert only("The pipeline entered service at the end of 2009.", OCT).value == "2009-12"
    assert only("The pipeline is due to enter service by the end of 2029.", OCT).value == "2029"
