""""The two presidents", "both foreign ministers": the office holders of the text's two states on the date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

D = ActorDictionary.default()
AZ_CN = ("Azerbaijan and China established diplomatic relations in 1992. Chinese firms are building plants in "
         "Azerbaijan, and Baku wants more trains from Beijing. ")
GE_CN = "Georgia signed a free trade agreement with China. Tbilisi hopes Chinese investors will come to Georgia. "


def _pair(text: str, on: dt.date | None, lead: str = AZ_CN) -> list[str]:
    full = lead + text
    return [m.name for m in D.find(full, len(lead), on=on)]


@pytest.mark.parametrize(("text", "on", "expected"), [
    ("In 2024 the two presidents signed a joint statement.", dt.date(2024, 7, 3),
     ["Ilham Aliyev", "Xi Jinping"]),
    ("The agreement was signed in the presence of both heads of state.", dt.date(2015, 12, 10),
     ["Ilham Aliyev", "Xi Jinping"]),
    ("The leaders of the two countries met for the first time in March 1994.", dt.date(1994, 3, 7),
     ["Heydar Aliyev", "Jiang Zemin"]),
    ("The two foreign ministers spoke by phone.", dt.date(2023, 5, 1), ["Jeyhun Bayramov", "Qin Gang"]),
    ("The two countries' prime ministers held talks.", dt.date(2024, 1, 10), ["Ali Asadov", "Li Qiang"]),
])
def test_holders_by_date(text: str, on: dt.date, expected: list[str]) -> None:
    assert sorted(_pair(text, on)) == expected


def test_other_pair_of_states() -> None:
    assert sorted(_pair("The two prime ministers met in Dalian.", dt.date(2024, 6, 25), GE_CN)) == [
        "Irakli Kobakhidze", "Li Qiang"]


def test_without_a_date_the_states_stand_in() -> None:
    assert sorted(_pair("Both presidents praised the plan.", None)) == ["Azerbaijan", "China"]


def test_no_clear_pair_no_guess() -> None:
    lead = "Russia, Iran and Turkey met in Tehran. Moscow, Tehran and Ankara agreed. "
    assert _pair("The two presidents talked afterwards.", dt.date(2022, 7, 19), lead) == []


@pytest.mark.parametrize("text", [
    "Two presidents of the company resigned in 2020.",
    "The presidents of several Central Asian states attended.",
    "Both sides signed the protocol.",
])
def test_not_a_pair_of_office_holders(text: str) -> None:
    names = _pair(text, dt.date(2024, 1, 1))
    assert "Ilham Aliyev" not in names and "Xi Jinping" not in names
