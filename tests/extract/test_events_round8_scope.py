"""Round 8 (session 6): tenures, counterfactuals, coordinated subjects, announced aid, continued days.

- A role apposition after a name ("X, prime minister from 2003 to 2016, visits ...") holds a tenure, not the
  date of the sentence's event.
- A counterfactual ("a minister's trip to Z would have made a paragraph") or an inverted condition ("Had the
  deal been signed in 2019, ...") is no event.
- "announced grants/loans of <amount>" is aid, not a declaration; a clause coordinated with a subject of its own
  (", and the Chinese side announced ...") has only that subject as its party.
- A dateless past-tense event right after a day-dated sentence that no cue read ("X took part on 17 June in the
  summit. The leaders signed a treaty.") takes that day.

Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 6, 19)


def claims_of(text: str, published: dt.date | None = PUB) -> list[Claim]:
    return extract(replace(read_text(text, "test://scope.txt"), published=published)).claims


def parties(c: Claim) -> set[str]:
    return {a.name for a in c.actors if a.role != "location"}


# --------------------------------------------------------------------------- tenures


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("President Kassym-Jomart Tokayev, prime minister from 1999 to 2002, paid a state visit to Japan "
         "in May 2023.", "2023-05"),
        ("On 12 May 2023 Elmar Mammadyarov, foreign minister in 2004-2020, visited Beijing.", "2023-05-12"),
        ("Li Qiang (premier since March 2023) met Kazakh President Kassym-Jomart Tokayev in Beijing on "
         "4 June 2025.", "2025-06-04"),
    ],
)
def test_tenure_in_apposition_is_not_the_event_date(text: str, date: str) -> None:
    found = [c for c in claims_of(text) if c.event_type == "CONSULT"]
    assert found and {c.date.value for c in found} == {date}


def test_tenure_row_takes_the_row_date() -> None:
    text = (
        "| Date | Event |\n|---|---|\n"
        "| May 2017 | President Recep Tayyip Erdogan, prime minister from 2003 to 2014, makes a state visit to "
        "China. |\n"
        "| June 2018 | Xi Jinping visits Ankara. |\n"
    )
    found = [c for c in claims_of(text) if "Erdo" in c.quote]
    assert found and {c.date.value for c in found} == {"2017-05"}


def test_a_clause_after_a_name_is_no_tenure() -> None:
    text = ("Turkey's new ambassador to Georgia, Ali Kaan Orbay, presented his credentials to President "
            "Salome Zourabichvili on 2 June 2025, the presidential office said.")
    found = claims_of(text)
    assert found and {c.date.value for c in found} == {"2025-06-02"}


# --------------------------------------------------------------------------- counterfactuals


@pytest.mark.parametrize(
    "text",
    [
        "Twenty years ago a Kazakh prime minister's visit to Japan would have made the evening news.",
        "Had the pipeline deal been signed in 2019, gas could have flowed by 2022.",
        "Were the talks with Tokyo to resume in May 2019, both sides would gain.",
    ],
)
def test_counterfactual_is_no_event(text: str) -> None:
    assert claims_of(text) == []


def test_relative_clause_modal_keeps_the_event() -> None:
    text = ("Tokayev visited Tokyo in April 2015 and signed a memorandum that would have been unthinkable "
            "a decade before.")
    assert {c.event_type for c in claims_of(text)} >= {"CONSULT", "AGREE"}


# --------------------------------------------------------------------------- aid and coordinated subjects


def test_announced_grants_are_aid_of_the_clause_subject() -> None:
    text = ("On 17 June the leaders of Kazakhstan, Kyrgyzstan and Japan signed a Treaty on Friendship, and the "
            "Japanese side announced grants of 300 million dollars for projects in the region.")
    found = claims_of(text)
    treaty = [c for c in found if c.event_type == "AGREE"]
    aid = [c for c in found if c.event_type == "AID"]
    assert treaty and parties(treaty[0]) >= {"Kazakhstan", "Kyrgyzstan", "Japan"}
    assert aid and parties(aid[0]) == {"Japan"} and aid[0].date.value == "2025-06-17"


def test_announced_plan_stays_a_declaration() -> None:
    found = claims_of("On 17 June Japan and Kazakhstan announced a strategic partnership.")
    assert found and all(c.event_type != "AID" for c in found)


def test_shared_subject_after_and_keeps_both_parties() -> None:
    found = claims_of("On 3 May Tokayev met Kishida in Tokyo, and the two leaders signed a joint statement.")
    agree = [c for c in found if c.event_type == "AGREE"]
    assert agree and parties(agree[0]) >= {"Kassym-Jomart Tokayev", "Fumio Kishida"}


# --------------------------------------------------------------------------- a day no cue read


def test_dateless_signing_takes_the_day_told_just_before() -> None:
    text = ("President Tokayev took part on 17 June in the second Japan – Central Asia summit in Tokyo. The "
            "heads of state of Kazakhstan, Kyrgyzstan and Japan signed a Treaty on Friendship.")
    agree = [c for c in claims_of(text) if c.event_type == "AGREE"]
    assert agree and agree[0].date.value == "2025-06-17"


def test_no_day_borrowed_from_a_quotation_or_a_month() -> None:
    text = ("Kazakhstan's trade grew strongly in June 2025. The heads of state of Kazakhstan and Japan signed a "
            "Treaty on Friendship.")
    agree = [c for c in claims_of(text) if c.event_type == "AGREE"]
    assert all(c.date.value != "2025-06" for c in agree)


# --------------------------------------------------------------------------- "the delegation"


def test_the_delegation_is_led_by_the_person_introduced_before() -> None:
    text = (
        "A Japanese trade delegation led by Masakazu Tokura, chairman of Keidanren, toured a steel plant in "
        "Karaganda on 18 June 2025.\n\n"
        "The delegation, which includes executives of 30 Japanese companies, arrived in Astana on 16 June 2025 "
        "for a three-day visit.\n"
    )
    visits = [c for c in claims_of(text) if "arrived" in c.quote]
    assert visits and "Masakazu Tokura" in parties(visits[0])


def test_a_delegation_without_a_named_head_borrows_no_person() -> None:
    text = (
        "A Japanese trade delegation toured a steel plant in Karaganda on 18 June 2025. Kazakh officials led by "
        "Roman Sklyar met business groups.\n\n"
        "The delegation arrived in Astana on 16 June 2025.\n"
    )
    visits = [c for c in claims_of(text) if "arrived" in c.quote]
    assert all("Roman Sklyar" not in parties(c) for c in visits)


# --------------------------------------------------------------------------- a day restated by its occasion


def test_written_day_restated_by_the_eve_of_an_event_gives_one_date() -> None:
    found = claims_of("On 11.06.2025, on the eve of the forum, Tokayev held a bilateral meeting with Japanese "
                      "Prime Minister Shigeru Ishiba.")
    assert [c.date.value for c in found if c.event_type == "CONSULT"] == ["2025-06-11"]


def test_the_eve_alone_still_counts_from_its_event() -> None:
    found = claims_of("The forum opened in Tokyo on 12 June 2025. Tokayev met Japanese Prime Minister Shigeru "
                      "Ishiba on the eve of the forum.")
    met = [c for c in found if "eve" in c.quote]
    assert met and met[0].date.value == "2025-06-11"
