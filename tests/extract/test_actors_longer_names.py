"""A dictionary surname inside another capitalised name is not that person ("Aydin Karimov", "Ling Ji")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

ON = dt.date(2025, 9, 9)


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def _names(d: ActorDictionary, text: str) -> list[tuple[str, str, bool]]:
    return [(m.name, m.kind, m.known) for m in d.find(text, on=ON)]


@pytest.mark.parametrize(
    ("text", "other", "new"),
    [
        ("Deputy governor Rustam Karimov opened the fair in Samarkand.", "Islam Karimov", None),
        ("The talks were chaired by Vice Minister of Commerce Ling Hui.", "Sergei Ling", "Ling Hui"),
        ("Farid Aliyev, a political analyst, said the visit mattered.", "Ilham Aliyev", "Farid Aliyev"),
        ("Elnur Aliyev, a lawyer from Ganja, met the visitors.", "Ilham Aliyev", None),
        ("The motorcade drove along Aliyev Avenue to the port.", "Ilham Aliyev", None),
    ],
)
def test_surname_inside_another_name(d: ActorDictionary, text: str, other: str, new: str | None) -> None:
    got = _names(d, text)
    assert not any(name == other for name, _, _ in got)
    if new is not None:
        assert (new, "person", False) in got


@pytest.mark.parametrize(
    "text",
    [
        "President Karimov flew to Beijing.",
        "Uzbek leader Karimov flew to Beijing.",
        "Then Karimov flew to Beijing.",
        "Putin met Karimov Monday in the Kremlin.",
        '"We agree," Karimov said.',
        "When Karimov arrived, the talks began.",
    ],
)
def test_bare_surname_still_found(d: ActorDictionary, text: str) -> None:
    got = [m.name for m in d.find(text, on=dt.date(2005, 5, 25))]
    assert "Islam Karimov" in got


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a lower office named after the title is not its holder; the state still is
        ("Vice Minister of Commerce of the People's Republic of China Li Fei opened the fair.", "Wang Wentao",
         "Li Fei"),
        ("Elchin Amirbayov, Representative of the President of Azerbaijan on special assignments, spoke.",
         "Ilham Aliyev", "Azerbaijan"),
        ("An Assistant to the President of Azerbaijan travelled to Beijing.", "Ilham Aliyev", "Azerbaijan"),
    ],
)
def test_subordinate_office_is_not_the_holder(d: ActorDictionary, text: str, absent: str, present: str) -> None:
    got = [name for name, _, _ in _names(d, text)]
    assert absent not in got
    assert present in got


def test_holder_title_still_resolves(d: ActorDictionary) -> None:
    got = [name for name, _, _ in _names(d, "The President of Azerbaijan received the delegation.")]
    assert got == ["Ilham Aliyev"]


def test_titled_unknown_name_after_a_long_office(d: ActorDictionary) -> None:
    got = _names(d, "Deputy Minister of Energy of the Republic of Kazakhstan Yerlan Sadykov met the delegation.")
    assert ("Yerlan Sadykov", "person", False) in got


def test_second_mention_of_a_chinese_name_is_the_family_name(d: ActorDictionary) -> None:
    text = "The delegation was led by Zhou Minghua, chairman of a provincial trade council. Zhou met the mayor."
    mentions = d.find(text, on=ON)
    later = [m.name for m in mentions if m.surface == "Zhou"]
    assert later == ["Zhou Minghua"]


def test_text_person_wins_over_a_dictionary_namesake(d: ActorDictionary) -> None:
    text = "Analyst Rustam Karimov said the line was late. Karimov said the railway would pay off."
    later = [m.name for m in d.find(text, on=ON) if m.surface == "Karimov"]
    assert later == ["Rustam Karimov"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("A loan was signed by the Development Bank of Kazakhstan and the Export-Import Bank of China.",
         ["Development Bank of Kazakhstan", "Export-Import Bank of China"]),
        ("The Ministry of Culture and Tourism of Azerbaijan hosted the show.",
         ["Ministry of Culture and Tourism of Azerbaijan"]),
    ],
)
def test_coordinated_bodies(d: ActorDictionary, text: str, orgs: list[str]) -> None:
    got = [name for name, kind, _ in _names(d, text) if kind == "organisation"]
    assert got == orgs
