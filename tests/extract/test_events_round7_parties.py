"""Round 7 (session 5): a sentence that lists several parties, each with its own day, gives one claim per
party and day ("visited A on the 2nd, B on the 3rd and C on the 5th"); coordinated dates of one event
("in March 2005 and in December 2015") keep giving one claim each. Sentences are written for the test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims_of(sentence: str) -> list[Claim]:
    text = "Regional diplomacy\n\nBy our correspondent, 9 May 2025\n\n" + sentence + "\n"
    return extract(replace(read_text(text, "test://parties.txt"), published=dt.date(2025, 5, 9))).claims


def by_day(found: list[Claim], etype: str) -> dict[str, set[str]]:
    return {c.date.value: {a.name for a in c.actors if a.role != "location"} for c in found if c.event_type == etype}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In early May the Chinese envoy visited Uzbekistan on the 2nd, Kazakhstan on the 3rd and Kyrgyzstan "
            "on the 5th.",
            {"2025-05-02": "Uzbekistan", "2025-05-03": "Kazakhstan", "2025-05-05": "Kyrgyzstan"},
        ),
        (
            "Foreign Minister Wang Yi met Ilham Aliyev on May 2, Kassym-Jomart Tokayev on May 4 and "
            "Shavkat Mirziyoyev on May 6.",
            {"2025-05-02": "Ilham Aliyev", "2025-05-04": "Kassym-Jomart Tokayev", "2025-05-06": "Shavkat Mirziyoyev"},
        ),
        (
            "Last week the Turkish foreign minister held talks with Azerbaijan on 28 April, then with Georgia "
            "on 30 April.",
            {"2025-04-28": "Azerbaijan", "2025-04-30": "Georgia"},
        ),
    ],
)
def test_one_claim_per_party_and_day(sentence: str, expected: dict[str, str]) -> None:
    days = by_day(claims_of(sentence), "CONSULT")
    for day, party in expected.items():
        assert day in days and party in days[day]
        others = set(expected.values()) - {party}
        assert not (days[day] & others)  # the other days' parties are not this day's


def test_coordinated_dates_of_one_event_still_give_one_claim_each() -> None:
    found = claims_of("Azerbaijan and China signed cooperation agreements in March 2005 and in December 2015.")
    assert {c.date.value for c in found if c.event_type == "AGREE"} == {"2005-03", "2015-12"}


def test_one_party_with_a_range_is_no_list() -> None:
    found = claims_of("The Chinese envoy visited Uzbekistan on May 2 and returned to Beijing on May 4.")
    visits = [c for c in found if c.event_type == "CONSULT"]
    assert [c.date.value for c in visits] == ["2025-05-02"]


def test_parties_sharing_one_date_stay_one_claim() -> None:
    found = claims_of("The Chinese envoy visited Uzbekistan, Kazakhstan and Kyrgyzstan on 2-5 May.")
    visits = [c for c in found if c.event_type == "CONSULT"]
    assert len(visits) == 1
    assert {"Uzbekistan", "Kazakhstan", "Kyrgyzstan"} <= {a.name for a in visits[0].actors}
