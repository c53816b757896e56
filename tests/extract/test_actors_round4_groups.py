"""Round 4: peoples (plural demonyms) and role-bearing groups are actors of their state; private groups are not."""

from __future__ import annotations

import pytest

from timeline.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenians went to the polls on Sunday.", [("Armenia", "Armenians")]),
        ("He said Azerbaijanis would not forget.", [("Azerbaijan", "Azerbaijanis")]),
        ("The Kazakhs and the Uzbeks signed a border deal.", [("Kazakhstan", "Kazakhs"), ("Uzbekistan", "Uzbeks")]),
        ("Kazakh voters backed the plan in a referendum.", [("Kazakhstan", "Kazakh voters")]),
        ("Georgian protesters blocked the avenue outside parliament.", [("Georgia", "Georgian protesters")]),
        ("Azerbaijani activists camped on the road for months.", [("Azerbaijan", "Azerbaijani activists")]),
        ("Kyrgyz lawmakers approved the agreement.", [("Kyrgyzstan", "Kyrgyz lawmakers")]),
        ("Azerbaijani troops and Armenian forces exchanged fire.",
         [("Azerbaijan", "Azerbaijani troops"), ("Armenia", "Armenian forces")]),
    ],
)
def test_peoples_and_groups_are_their_state(d: ActorDictionary, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.surface) for m in d.find(text) if m.kind == "state"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of ethnic Armenians left the region.",
        "More than 100,000 Karabakh Armenians fled.",
        "Georgian opposition protesters rallied again.",
        "Chinese investors and Turkish engineers toured the site.",
        "The three leaders met in Astana.",
        "Chinese companies won most of the tenders.",
    ],
)
def test_ethnic_private_and_collective_groups_are_not_a_state(d: ActorDictionary, text: str) -> None:
    assert [m for m in d.find(text) if m.kind == "state"] == []
