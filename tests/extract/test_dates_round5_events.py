"""Round 5: dates counted from a named event of the text ("the day before the summit", "on the eve of the vote")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 17)


def _values(text: str, ref: dt.date | None = REF) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The summit opened in Astana on 17 June. On the eve of the summit, Xi met Tokayev.",
         "the eve of the summit", "2025-06-16"),
        ("The election was held on 9 October 2024. On the eve of the presidential election, the opposition rallied.",
         "the eve of the presidential election", "2024-10-08"),
        ("The forum opened on 25 April 2019. The day before the forum, Aliyev met Xi.",
         "The day before the forum", "2019-04-24"),
        ("The conference began on 3 March 2021 in Geneva. Two days after the conference, the envoy resigned.",
         "Two days after the conference", "2021-03-05"),
    ],
)
def test_counted_from_a_dated_event(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "On the eve of the summit, Xi met Tokayev.",  # the summit is not dated
        "On the eve of war, nobody listened.",
        "It was the eve of a new era for the region.",
        "Christmas Eve of 2019 was quiet.",
    ],
)
def test_no_date_without_a_dated_event(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if "eve" in m.text.lower() and m.value]


def test_years_ago_counts_from_the_publication_date() -> None:
    got = _values("Three years ago President Japarov chose Beijing for his first foreign trip.")
    assert got["Three years ago"] == "2022"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The final blow came in September 2023. Peacekeepers, deployed under the truce that ended the 2020 war, "
         "did not intervene when the army retook the region in a lightning offensive. A month after the offensive, "
         "parliament voted.", "A month after the offensive", "2023-10"),
        ("The standoff ended in 2014. Rebels then took the airport in a surprise attack. "
         "A year after the attack, the airport reopened.", "A year after the attack", "2015"),
    ],
)
def test_event_told_without_a_date_takes_the_date_of_the_story(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        # a month does not give "two days after" a day
        "The crisis peaked in March 2019. Protesters filled the square during the vote. Two days after the vote, "
        "the mayor resigned.",
        # the story's date is in another paragraph than the sentence that names the event
        "The crisis peaked in March 2019.\n\nProtesters filled the square. Police watched. Nobody spoke of the "
        "summit. A month after the summit, the mayor resigned.",
    ],
)
def test_event_without_a_close_dated_story_stays_undated(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if "after the" in m.text and m.value]


def test_date_counted_from_an_event_frames_no_later_yearless_date() -> None:
    text = (
        "The final blow came in September 2023. The army retook the region in a lightning offensive.\n\n"
        "A month after the offensive, parliament ratified the statute. Mongolia ignored that duty when it "
        "received the president in September."
    )
    got = [(m.text, m.value) for m in tag_dates(text, dt.date(2025, 6, 10))]
    assert ("A month after the offensive", "2023-10") in got
    assert ("September", "2024-09") in got  # the publication year, not the year counted from the offensive
