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
        ("The talks were chaired by Vice Minister of Commerce Ling Ji.", "Sergei Ling", "Ling Ji"),
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
