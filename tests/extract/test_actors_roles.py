"""Dated roles, spelling variants, historical states and origin modifiers in the actor dictionary.

Sentences are written for these tests; each checks a rule (a title resolves by date, a spelling variant
resolves like the main spelling, "<Country>-based" is no actor), not a particular article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

D = dt.date


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


def names(dic: ActorDictionary, text: str, on: D | None = None) -> list[str]:
    return [m.name for m in dic.find(text, on=on)]


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        # father and son: the title and the bare surname go to the holder on the date, in any spelling
        ("President Berdymukhamedov opened the plant.", D(2010, 5, 1), "Gurbanguly Berdimuhamedov"),
        ("President Berdimuhamedow opened the plant.", D(2023, 5, 1), "Serdar Berdimuhamedov"),
        ("Berdimuhamedov opened the plant.", D(2015, 5, 1), "Gurbanguly Berdimuhamedov"),
        # foreign minister, later president
        ("The Kazakh Foreign Minister arrived.", D(2005, 5, 1), "Kassym-Jomart Tokayev"),
        ("The Kazakh Foreign Minister arrived.", D(2010, 5, 1), "Kanat Saudabayev"),
        ("President Tokaev arrived.", D(2021, 5, 1), "Kassym-Jomart Tokayev"),
        # prime minister, later president
        ("The Uzbek Prime Minister arrived.", D(2012, 5, 1), "Shavkat Mirziyoyev"),
        ("The Uzbek Prime Minister arrived.", D(2019, 5, 1), "Abdulla Aripov"),
        ("Prime Minister Pashinian arrived.", D(2019, 5, 1), "Nikol Pashinyan"),
        # Soviet leaders
        ("The Soviet leader arrived.", D(1975, 5, 1), "Leonid Brezhnev"),
        ("The Soviet leader arrived.", D(1987, 5, 1), "Mikhail Gorbachev"),
        ("The Soviet Foreign Minister arrived.", D(1988, 5, 1), "Eduard Shevardnadze"),
        # 2025–2026 office holders
        ("The Japanese Prime Minister arrived.", D(2025, 11, 10), "Sanae Takaichi"),
        ("The Japanese Prime Minister arrived.", D(2025, 3, 10), "Shigeru Ishiba"),
        ("The South Korean President arrived.", D(2025, 7, 1), "Lee Jae-myung"),
        ("The AIIB President arrived.", D(2026, 3, 1), "Zou Jiayi"),
        ("The Georgian Foreign Minister arrived.", D(2025, 3, 1), "Maka Botchorishvili"),
        ("The US Vice President arrived.", D(2025, 3, 1), "JD Vance"),
        ("The EU Enlargement Commissioner arrived.", D(2025, 2, 1), "Marta Kos"),
        ("India's External Affairs Minister arrived.", D(2023, 2, 1), "S. Jaishankar"),
        ("The Armenian Speaker arrived.", D(2023, 2, 1), "Alen Simonyan"),
    ],
)
def test_titles_and_spellings_resolve_by_date(dic: ActorDictionary, sentence: str, on: D, expected: str) -> None:
    assert expected in names(dic, sentence, on)


def test_bare_shared_surname_without_a_date_is_left_out(dic: ActorDictionary) -> None:
    assert names(dic, "Berdimuhamedov opened the plant.") == []


def test_soviet_union_is_a_state_with_its_organs(dic: ActorDictionary) -> None:
    found = dic.find("Soviet troops left and the USSR recognised the Soviet-era border.")
    assert [(m.name, m.kind) for m in found] == [("Soviet Union", "state"), ("Soviet Union", "state")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Singapore-registered fund and a U.S.-based firm bid.", []),
        ("Chinese-made drones and Turkish-built ships were shown.", []),
        ("A Russia-backed group attacked.", ["Russia"]),
    ],
)
def test_origin_modifiers_are_not_actors(dic: ActorDictionary, sentence: str, expected: list[str]) -> None:
    assert names(dic, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Georgian parliament adopted the bill.", "Parliament of Georgia"),
        ("Turkey's parliament ratified the accord.", "Grand National Assembly of Turkey"),
        ("The State Duma ratified the treaty.", "State Duma"),
        ("QazaqGaz signed a supply deal with PetroChina.", "QazaqGaz"),
        ("The Caspian Pipeline Consortium halted loadings.", "Caspian Pipeline Consortium"),
    ],
)
def test_parliaments_and_companies_are_organisations(dic: ActorDictionary, sentence: str, expected: str) -> None:
    found = {m.name: m.kind for m in dic.find(sentence)}
    assert found.get(expected) == "organisation", found


def test_unknown_titled_official_is_new_and_province_is_a_place(dic: ActorDictionary) -> None:
    found = dic.find("Deputy Foreign Minister Farid Talibzade toured Gansu province.", on=D(2024, 5, 1))
    assert [(m.name, m.kind, m.known) for m in found] == [
        ("Farid Talibzade", "person", False),
        ("Gansu", "place", True),
    ]


def test_every_qid_is_well_formed_and_unique(dic: ActorDictionary) -> None:
    qids = [e.wikidata for e in dic.entries.values() if e.wikidata]
    assert all(q.startswith("Q") and q[1:].isdigit() for q in qids)
    assert len(qids) == len(set(qids))


def test_led_by_qualifier_leaves_the_known_organisation(dic: ActorDictionary) -> None:
    found = dic.find("Armenia skipped the summit of the Russian-led Collective Security Treaty Organization.")
    assert [(m.name, m.known) for m in found] == [("Armenia", True), ("Collective Security Treaty Organization", True)]


def test_consortium_is_an_organisation_head(dic: ActorDictionary) -> None:
    found = dic.find("The state-owned Caspian Harbour Development Consortium won the tender.")
    assert [(m.name, m.kind, m.known) for m in found] == [
        ("Caspian Harbour Development Consortium", "organisation", False)
    ]


def test_spokesperson_office_needs_its_own_title(dic: ActorDictionary) -> None:
    on = D(2024, 1, 10)
    assert names(dic, "The State Department spokesperson said so.", on) == ["Matthew Miller"]
    assert names(dic, "The American spokesperson said so.", on) == []


def test_demonym_ministries_are_known_organisations(dic: ActorDictionary) -> None:
    found = dic.find("The Russian Defence Ministry and Armenia's Foreign Ministry replied.")
    assert [(m.name, m.kind) for m in found] == [
        ("Ministry of Defence of Russia", "organisation"),
        ("Ministry of Foreign Affairs of Armenia", "organisation"),
    ]


def test_surname_shared_with_a_product_needs_a_title(dic: ActorDictionary) -> None:
    assert names(dic, "Bayraktar TB2 drones were used.") == []
    assert names(dic, "Energy Minister Bayraktar spoke.", D(2024, 1, 10)) == ["Alparslan Bayraktar"]
    assert names(dic, "The Turkish Energy Minister spoke.", D(2020, 1, 10)) == ["Fatih Dönmez"]


CORE_STATES = ["Azerbaijani", "Chinese", "Russian", "Turkish", "Iranian", "Georgian", "Armenian", "Kazakh", "Uzbek",
               "Turkmen", "Kyrgyz", "Tajik"]


@pytest.mark.parametrize("on", [D(1999, 6, 1), D(2005, 6, 1), D(2015, 6, 1), D(2025, 6, 1), D(2026, 3, 1)])
@pytest.mark.parametrize("demonym", CORE_STATES)
def test_region_heads_of_state_and_foreign_ministers_are_covered(dic: ActorDictionary, demonym: str, on: D) -> None:
    for title in ("President", "Foreign Minister"):
        if title == "Foreign Minister" and on.year < 2010 and demonym in {"Georgian", "Turkmen", "Kyrgyz"}:
            continue  # not covered before the 2010s
        found = dic.find(f"The {demonym} {title} arrived.", on=on)
        assert [m.kind for m in found] == ["person"], (demonym, title, on, found)


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("Former president Nazarbayev arrived.", D(2024, 5, 1), "Nursultan Nazarbayev"),
        ("Then prime minister Garibashvili arrived.", D(2025, 5, 1), "Irakli Garibashvili"),
        ("President Aliyev arrived.", D(1985, 5, 1), "Azerbaijan"),  # shared surname, nobody in office: the state
        ("The Kazakh President arrived.", D(1985, 5, 1), "Kazakhstan"),  # a bare title out of every term
    ],
)
def test_named_title_out_of_office_is_still_the_person(
    dic: ActorDictionary, sentence: str, on: D, expected: str
) -> None:
    assert names(dic, sentence, on) == [expected]


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("The younger Berdimuhamedov won the vote.", D(2022, 3, 1), "Serdar Berdimuhamedov"),
        ("The elder Berdimuhamedov kept a seat.", D(2023, 3, 1), "Gurbanguly Berdimuhamedov"),
        ("The younger Aliyev has since travelled to China.", D(2019, 3, 1), "Ilham Aliyev"),
        ("The elder Aliyev visited China.", D(2019, 3, 1), "Heydar Aliyev"),
    ],
)
def test_younger_and_elder_pick_the_generation(dic: ActorDictionary, sentence: str, on: D, expected: str) -> None:
    assert names(dic, sentence, on)[0] == expected
