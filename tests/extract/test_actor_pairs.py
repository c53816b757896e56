""""The two presidents", "both foreign ministers" with nobody told before: the office holders, on the claim's
date, of the article's two main states (ActorDictionary.group_holders, used by the engine's group anaphora)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

D = ActorDictionary.default()
AZ_CN = ("Azerbaijan and China established diplomatic relations in 1992. Chinese firms are building plants in "
         "Azerbaijan, and Baku wants more trains from China.\n\n")
GE_CN = ("Georgia signed a free trade agreement with China. Tbilisi hopes investors from China will come to "
         "Georgia.\n\n")


@pytest.mark.parametrize(("noun", "on", "expected"), [
    ("presidents", dt.date(2024, 7, 3), ["Ilham Aliyev", "Xi Jinping"]),
    ("heads of state", dt.date(1994, 3, 7), ["Heydar Aliyev", "Jiang Zemin"]),
    ("foreign ministers", dt.date(2023, 5, 1), ["Jeyhun Bayramov", "Qin Gang"]),
    ("premiers", dt.date(2024, 1, 10), ["Ali Asadov", "Li Qiang"]),
])
def test_group_holders_by_date(noun: str, on: dt.date, expected: list[str]) -> None:
    assert [m.name for m in D.group_holders(noun, ["Azerbaijan", "China"], on)] == expected


def test_group_holders_without_date_or_office() -> None:
    assert [m.name for m in D.group_holders("presidents", ["Azerbaijan", "China"], None)] == ["Azerbaijan", "China"]
    assert D.group_holders("sides", ["Azerbaijan", "China"], dt.date(2024, 1, 1)) == []


def _actors(lead: str, body: str) -> list[set[str]]:
    art = read_text("---\npublished: 2025-06-01\n---\n" + lead + body, "pairs.md")
    return [{a.name for a in c.actors if a.role != "location"} for c in extract(art).claims
            if c.quote and c.quote in body]


@pytest.mark.parametrize(("lead", "body", "people"), [
    (AZ_CN, "In July 2024 the two presidents signed a joint statement on a strategic partnership.",
     {"Ilham Aliyev", "Xi Jinping"}),
    (AZ_CN, "The two heads of state first met in Beijing in March 1994.", {"Heydar Aliyev", "Jiang Zemin"}),
    (GE_CN, "In June 2024 the two prime ministers met in Dalian.", {"Irakli Kobakhidze", "Li Qiang"}),
])
def test_engine_names_the_holders(lead: str, body: str, people: set[str]) -> None:
    found = _actors(lead, body)
    assert found and people <= found[0]


def test_people_told_before_come_first() -> None:
    body = ("Nikol Pashinyan was received by Irakli Kobakhidze in Tbilisi on 5 May 2024. "
            "The two leaders then opened a new border crossing.")
    found = _actors(GE_CN, body)
    assert any({"Nikol Pashinyan", "Irakli Kobakhidze"} <= f for f in found)
    assert not any("Li Qiang" in f or "Xi Jinping" in f for f in found)


def test_plain_the_leaders_is_no_pair() -> None:
    body = "The leaders met again in Xi'an in May 2023, when China hosted a summit of the region."
    assert not any("Ilham Aliyev" in f or "Xi Jinping" in f for f in _actors(AZ_CN, body))
