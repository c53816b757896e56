"""Dictionary coverage of the neighbourhood: dated offices, organisation heads, places that are not actors.

Sentences are written for these tests; each checks a category rule (the title resolves by date), not a
particular article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

D = dt.date


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("The Mongolian President opened the session.", D(2022, 5, 1), "Ukhnaagiin Khurelsukh"),
        ("The Mongolian President opened the session.", D(2012, 5, 1), "Tsakhiagiin Elbegdorj"),
        ("Armenia's Foreign Minister flew to Paris.", D(2019, 3, 1), "Zohrab Mnatsakanyan"),
        ("Armenia's Foreign Minister flew to Paris.", D(2023, 3, 1), "Ararat Mirzoyan"),
        ("The Georgian Foreign Minister replied.", D(2020, 1, 10), "David Zalkaliani"),
        ("The Kazakh Prime Minister chaired the meeting.", D(2023, 1, 10), "Alikhan Smailov"),
        ("The Pakistani Foreign Minister arrived.", D(2022, 10, 1), "Bilawal Bhutto Zardari"),
        ("The Russian Defence Minister inspected the troops.", D(2020, 1, 10), "Sergei Shoigu"),
        ("The SCO Secretary-General welcomed the delegates.", D(2023, 6, 1), "Zhang Ming"),
        ("The CSTO Secretary General criticised the decision.", D(2021, 6, 1), "Stanislav Zas"),
        ("The Iranian Parliament Speaker met the envoy.", D(2022, 6, 1), "Mohammad Bagher Ghalibaf"),
        ("The World Bank President promised support.", D(2024, 2, 1), "Ajay Banga"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_date(dic: ActorDictionary, sentence: str, on: D, expected: str) -> None:
    found = dic.find(sentence, on=on)
    assert expected in [m.name for m in found], found


def test_titled_full_names_of_the_region_are_known(dic: ActorDictionary) -> None:
    text = (
        "Mongolian Prime Minister Luvsannamsrain Oyun-Erdene and Uzbek Foreign Minister Bakhtiyor Saidov "
        "met Kazakh Foreign Minister Murat Nurtleu."
    )
    found = [m for m in dic.find(text, on=D(2024, 3, 1)) if m.kind == "person"]
    assert [(m.name, m.known) for m in found] == [
        ("Luvsannamsrain Oyun-Erdene", True),
        ("Bakhtiyor Saidov", True),
        ("Murat Nurtleu", True),
    ]


def test_a_new_capital_stands_for_its_state(dic: ActorDictionary) -> None:
    found = dic.find("Ulaanbaatar and Moscow signed a transit deal.")
    assert [m.name for m in found] == ["Mongolia", "Russia"]
    assert [m.name for m in dic.find("The talks took place in Ulaanbaatar.")] == ["Ulaanbaatar"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam on the Aras River was inaugurated by both leaders.",
        "Water from the Amu Darya is shared with Turkmenistan.",
        "Routes across the Tian Shan and the Pamir Mountains are being studied.",
        "Trade across Eurasia and the South Caucasus is growing.",
    ],
)
def test_rivers_mountains_and_regions_are_places_not_actors(dic: ActorDictionary, sentence: str) -> None:
    for m in dic.find(sentence):
        assert m.kind in ("place", "state"), m
        assert m.known, m


def test_organisations_of_the_neighbourhood(dic: ActorDictionary) -> None:
    found = dic.find("The ICC issued a warrant, while the EDB and Samruk-Kazyna signed a loan.")
    assert [(m.name, m.kind) for m in found] == [
        ("International Criminal Court", "organisation"),
        ("Eurasian Development Bank", "organisation"),
        ("Samruk-Kazyna", "organisation"),
    ]
