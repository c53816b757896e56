"""Round 9 (session 7): guards against non-events and borrowed parties.

A comparative count ("has met X more often than any other leader"), a present habit ("still receives
delegations"), a document named after its topic ("the Plan of Consultations ... was signed": no meeting of its
own), and a speaker who only comments on a retold event ("X said that since the establishment of relations ..."
: X is no party). Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

LEAD = ("Ministers meet\nTBILISI, 12 March 2024 -- On 7 March, Georgian Foreign Minister Ilia Darchiashvili held "
        "talks with Armenian Foreign Minister Ararat Mirzoyan in Tbilisi.\n\n")


def claims_of(text: str) -> list[Claim]:
    return extract(replace(read_text(text, "test://guards.txt"), published=dt.date(2024, 3, 12))).claims


def quoted(found: list[Claim], words: str) -> list[Claim]:
    return [c for c in found if words in c.quote]


def test_comparative_count_is_no_meeting() -> None:
    found = claims_of(LEAD + "Nikol Pashinyan, who speaks Russian, has met Irakli Kobakhidze more often than any "
                      "other foreign leader, by my count.\n\nKobakhidze has visited Yerevan as many times as any "
                      "Georgian premier.\n")
    assert quoted(found, "more often than") == [] and quoted(found, "as many times as") == []


def test_a_single_meeting_is_still_a_meeting() -> None:
    found = claims_of(LEAD + "Nikol Pashinyan met Irakli Kobakhidze in Tbilisi on 8 March, more than a year after "
                      "their last talks.\n")
    assert [c.date.value for c in quoted(found, "more than a year")] == ["2024-03-08"]


def test_still_receiving_delegations_is_a_habit() -> None:
    found = claims_of(LEAD + "Since January 2023 Nikol Pashinyan has chaired the party, and he still receives "
                      "visiting Georgian delegations in Yerevan.\n")
    assert [c for c in quoted(found, "still receives") if c.event_type == "CONSULT"] == []


def test_document_named_after_meetings_is_no_meeting() -> None:
    found = claims_of(LEAD + "Following the talks, the Plan of Consultations between the Ministries of Foreign "
                      "Affairs of Georgia and Armenia for 2024-2025 was signed.\n\nThe Programme of Meetings for "
                      "2025 was also signed by Georgia and Armenia on 7 March.\n")
    assert {c.event_type for c in quoted(found, "Plan of Consultations")} == {"AGREE"}
    assert {c.event_type for c in quoted(found, "Programme of Meetings")} == {"AGREE"}


def test_plain_consultations_are_still_a_meeting() -> None:
    found = claims_of(LEAD + "Georgia and Armenia held consultations on transit in Yerevan on 8 March.\n")
    assert {c.event_type for c in quoted(found, "held consultations")} == {"CONSULT"}


def test_commenting_speaker_is_no_party() -> None:
    found = claims_of(LEAD + "Ambassador Ararat Mirzoyan said that since the establishment of diplomatic relations "
                      "between Georgia and Armenia in 1993, trade has grown.\n")
    relations = [c for c in quoted(found, "establishment of diplomatic") if c.event_type == "AGREE"]
    assert relations and all("Ararat Mirzoyan" not in {a.name for a in c.actors} for c in relations)


def test_speaker_of_his_own_act_stays() -> None:
    found = claims_of(LEAD + "Ararat Mirzoyan said he signed a memorandum with Georgia in Tbilisi on 7 March.\n")
    assert any("Ararat Mirzoyan" in {a.name for a in c.actors} for c in quoted(found, "signed a memorandum"))


def test_speaker_telling_his_own_dated_act_stays() -> None:
    found = claims_of(LEAD + "Nikol Pashinyan said that in 2015 he signed a transit memorandum with Georgia.\n")
    assert any("Nikol Pashinyan" in {a.name for a in c.actors} for c in quoted(found, "transit memorandum"))
