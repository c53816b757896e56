"""Round 9 (session 7): dateless follow-ups borrow their date.

"On the same day" / "that day" take the last day told, however far back (as long as it is the last day-precise
date); a paragraph opening with "They also/then <verb>" continues the paragraph before and takes the people of
the sentence just before as its parties. Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

BACKGROUND = (
    "Relations between the two countries were established in 1992.\n\n"
    "Trade grew in 2019 and again in 2021.\n\n"
    "In January 2023 the two governments discussed a new border crossing.\n\n"
    "Since 2010 the countries have cooperated in energy.\n\n"
    "A rail link was first proposed in 2015.\n\n"
    "Investment rose in 2022, officials said.\n\n"
)


def claims_of(text: str) -> list[Claim]:
    return extract(replace(read_text(text, "test://borrow.txt"), published=dt.date(2024, 3, 12))).claims


def quoted(found: list[Claim], words: str) -> list[Claim]:
    return [c for c in found if words in c.quote]


def test_same_day_reaches_past_a_long_background() -> None:
    text = ("Ministers meet\nTBILISI, 12 March 2024 -- On 7 March, Georgian Foreign Minister Ilia Darchiashvili held "
            "talks with Armenian Foreign Minister Ararat Mirzoyan in Tbilisi.\n\n" + BACKGROUND
            + "On the same day, Georgian Prime Minister Irakli Kobakhidze received Mirzoyan in Tbilisi.\n")
    assert {c.date.value for c in quoted(claims_of(text), "On the same day")} == {"2024-03-07"}


def test_that_day_takes_the_last_day_told_not_the_lead() -> None:
    text = ("Ministers meet\nTBILISI, 12 March 2024 -- On 7 March, Georgian Foreign Minister Ilia Darchiashvili held "
            "talks with Armenian Foreign Minister Ararat Mirzoyan in Tbilisi.\n\n" + BACKGROUND
            + "Mirzoyan flew to Batumi on 9 March, officials said.\n\n"
            + "That day Georgian Prime Minister Irakli Kobakhidze received Mirzoyan in Batumi.\n")
    assert {c.date.value for c in quoted(claims_of(text), "That day")} == {"2024-03-09"}


def test_same_month_does_not_reach_far() -> None:
    text = ("Ministers meet\nTBILISI, 12 March 2024 -- On 7 March, Georgian Foreign Minister Ilia Darchiashvili held "
            "talks with Armenian Foreign Minister Ararat Mirzoyan in Tbilisi.\n\n" + BACKGROUND
            + "The same week, Georgian Prime Minister Irakli Kobakhidze received Mirzoyan in Batumi.\n")
    assert quoted(claims_of(text), "The same week") == []


def test_same_day_without_any_day_told_claims_nothing() -> None:
    text = ("Ministers meet\nTBILISI -- Georgian Foreign Minister Ilia Darchiashvili held talks with Armenian Foreign "
            "Minister Ararat Mirzoyan in Tbilisi in March 2023.\n\n" + BACKGROUND
            + "On the same day, Georgian Prime Minister Irakli Kobakhidze received Mirzoyan in Tbilisi.\n")
    assert quoted(claims_of(text), "On the same day") == []


def test_they_also_witnessed_continues_the_visit() -> None:
    text = ("Leaders meet in Tbilisi\nTBILISI, 12 March 2024 -- Georgian Prime Minister Irakli Kobakhidze held talks "
            "with Armenian Prime Minister Nikol Pashinyan in Tbilisi on Monday.\n\n"
            "After the talks, Kobakhidze and Pashinyan signed a joint declaration on strategic partnership.\n\n"
            "They also witnessed the signing of 12 cooperation documents on transport, customs and education.\n")
    found = quoted(claims_of(text), "They also witnessed")
    assert [c.date.value for c in found] == ["2024-03-11"]
    assert {a.name for a in found[0].actors if a.role != "location"} == {"Irakli Kobakhidze", "Nikol Pashinyan"}


def test_they_after_a_dateless_commentary_claims_nothing() -> None:
    text = ("Analysis\nTBILISI, 12 March 2024 -- Georgia and Armenia have long argued about transit fees.\n\n"
            "Experts say Irakli Kobakhidze and Nikol Pashinyan disagree on tariffs.\n\n"
            "They also witnessed the signing of several documents.\n")
    assert quoted(claims_of(text), "They also witnessed") == []


def test_talks_between_the_heads_of_state_on_the_same_day() -> None:
    text = ("Armenian leader in Georgia\nTBILISI, 12 March 2024 -- Armenian Prime Minister Nikol Pashinyan arrived in "
            "Tbilisi on 7 March for a state visit to Georgia.\n\n"
            "Georgia and Armenia have signed 40 agreements since 1992, and Armenia is a key partner.\n\n" + BACKGROUND
            + "Talks between the Heads of State in narrow and extended formats took place at the Presidential Palace "
            "on the same day.\n")
    found = quoted(claims_of(text), "Talks between the Heads of State")
    assert [c.date.value for c in found] == ["2024-03-07"]
    assert {a.name for a in found[0].actors if a.role != "location"} == {"Georgia", "Armenia"}
