"""Actors round 9: an outlet credited by a sentence is its source, not a party; a political body in the office
set off after a person's name describes the person. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

ON = dt.date(2025, 5, 1)


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def orgs(d: ActorDictionary, text: str) -> list[str]:
    return [m.name for m in d.find(text, on=ON) if m.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed rail transit in Baku on Tuesday, AZERTAC reports.",
        "The two leaders agreed to raise trade, according to Xinhua.",
        "Tokayev told Kazinform that the new crossing would open in 2027.",
        "Trend News Agency reports that the talks ended without a statement.",
        "The envoy said in an interview with CGTN that the corridor was a priority.",
        "The plant will start production next year, TASS reported, citing the company.",
        "The memorandum was signed in Tashkent, Reuters reported.",
    ],
)
def test_credited_outlet_is_no_actor(d: ActorDictionary, text: str) -> None:
    assert orgs(d, text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Xinhua and AZERTAC signed a news exchange agreement in Baku.", "AZERTAC"),
        ("SOCAR reported record output and signed a deal with CNPC.", "SOCAR"),
        ("The contract was signed, SOCAR said.", "SOCAR"),
        ("Kazinform opened a bureau in Beijing.", "Kazinform"),
    ],
)
def test_outlet_or_company_acting_stays(d: ActorDictionary, text: str, org: str) -> None:
    assert org in orgs(d, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji, chairman of the Standing Committee of the National People's Congress, will also meet the guest.",
        "Li Hui, then a member of the Secretariat of the Party committee, led the talks.",
    ],
)
def test_political_body_in_apposed_office_is_no_actor(d: ActorDictionary, text: str) -> None:
    assert orgs(d, text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Tokayev met Xi, and the Senate of Kazakhstan approved the treaty.", "Senate of Kazakhstan"),
        ("Sahiba Gafarova met the delegation of the National People's Congress in Baku.", "National People's Congress"),
    ],
)
def test_political_body_as_party_stays(d: ActorDictionary, text: str, org: str) -> None:
    assert org in orgs(d, text)
