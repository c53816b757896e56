"""Actors round 9: titles in apposition to a named person and bodies inside a person's membership title.
Sentences are written for these tests (no dev-set sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

LATE = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def names(d: ActorDictionary, text: str, on: dt.date | None = LATE) -> list[str]:
    return [m.name for m in d.find(text, on=on)]


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("Hu Jintao, then China's president, opened the pipeline.", "Hu Jintao", "Xi Jinping"),
        ("Nursultan Nazarbayev, the former president of Kazakhstan, spoke first.", "Nursultan Nazarbayev",
         "Kassym-Jomart Tokayev"),
        ("Heydar Aliyev, the national leader of Azerbaijan, signed the accord.", "Heydar Aliyev", "Ilham Aliyev"),
        ("Kassym-Jomart Tokayev, who was then chairman of the Senate, took the oath.", "Kassym-Jomart Tokayev",
         "Maulen Ashimbayev"),
        ("Li Keqiang, at the time China's premier, toured the plant.", "Li Keqiang", "Li Qiang"),
    ],
)
def test_appositive_title_is_the_named_person(d: ActorDictionary, text: str, person: str, other: str) -> None:
    got = names(d, text)
    assert person in got
    assert other not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people: the titled name after a comma is another person
        ("Xi Jinping, President Aliyev and Vladimir Putin met in Astana.",
         ["Xi Jinping", "Ilham Aliyev", "Vladimir Putin"]),
        # the title is not set off by an appositive word: the date decides, as before
        ("Hu Jintao met China's president in the hall.", ["Hu Jintao", "Xi Jinping"]),
    ],
)
def test_not_an_apposition(d: ActorDictionary, text: str, expected: list[str]) -> None:
    assert [n for n in names(d, text) if n in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi arrived in Baku.",
        "Wang Yi, member of the Political Bureau of the CPC Central Committee, arrived in Baku.",
        "A member of the Standing Committee of the Political Bureau and Vice Premier Ding Xuexiang opened the forum.",
    ],
)
def test_membership_title_body_is_no_actor(d: ActorDictionary, text: str) -> None:
    got = d.find(text, on=LATE)
    assert not [m for m in got if m.kind == "organisation"]
    assert [m for m in got if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Kazakhstan is a member of the Shanghai Cooperation Organisation and Tokayev attended the summit.",
         "Shanghai Cooperation Organisation"),
        ("Azerbaijan became a member of the Organization of Turkic States in 2009.", "Organization of Turkic States"),
        ("Georgia, a member of the Council of Europe, hosted Ilham Aliyev.", "Council of Europe"),
    ],
)
def test_membership_of_a_state_stays(d: ActorDictionary, text: str, org: str) -> None:
    assert org in names(d, text)


# ------------------------------------------------------------------ a title taken up on the date ("became")


@pytest.mark.parametrize(
    ("text", "on", "holder", "predecessor"),
    [
        ("Aliyev, who became president of Azerbaijan in 2003, has since visited China often.", dt.date(2003, 6, 30),
         "Ilham Aliyev", "Heydar Aliyev"),
        ("Later that year he became President of Kazakhstan.", dt.date(2019, 3, 20), "Kassym-Jomart Tokayev",
         "Nursultan Nazarbayev"),
        ("In 2022 the son was sworn in as president of Turkmenistan.", dt.date(2022, 3, 1), "Serdar Berdimuhamedov",
         "Gurbanguly Berdimuhamedov"),
    ],
)
def test_became_title_is_the_new_holder(
    d: ActorDictionary, text: str, on: dt.date, holder: str, predecessor: str
) -> None:
    got = names(d, text, on=on)
    assert holder in got
    assert predecessor not in got


def test_title_without_became_keeps_the_date_holder(d: ActorDictionary) -> None:
    # in office on the date: the predecessor, as before
    assert names(d, "The president of Azerbaijan received the envoy.", on=dt.date(2003, 6, 30)) == ["Heydar Aliyev"]


def test_apposed_title_names_the_bare_surname(d: ActorDictionary) -> None:
    got = d.find("Aliyev, then president of Azerbaijan, opened the terminal.", on=dt.date(1998, 5, 1))
    assert [m.name for m in got if m.kind == "person"] == ["Heydar Aliyev", "Heydar Aliyev"]


# ------------------------------------------------------------------------------ the state a person acts for


@pytest.mark.parametrize(
    ("name", "on", "nationality", "state"),
    [
        ("Ilham Aliyev", dt.date(2015, 12, 10), False, "Azerbaijan"),
        ("Heydar Aliyev", dt.date(1994, 3, 7), False, "Azerbaijan"),
        ("Heydar Aliyev", dt.date(2010, 1, 1), False, None),  # out of office (died 2003)
        ("Heydar Aliyev", dt.date(2010, 1, 1), True, "Azerbaijan"),
        ("Wang Yi", dt.date(2024, 4, 1), False, "China"),
        ("Dai Houliang", dt.date(2025, 1, 1), False, None),  # a company head acts for the company
        ("Dai Houliang", dt.date(2025, 1, 1), True, "China"),
        ("Ji Shumin", None, True, "China"),
        ("Samvel Shahramanyan", None, True, None),  # no state
        ("CNPC", None, True, None),
        ("Nobody Known", None, True, None),
    ],
)
def test_office_state(
    d: ActorDictionary, name: str, on: dt.date | None, nationality: bool, state: str | None
) -> None:
    assert d.office_state(name, on, nationality=nationality) == state
