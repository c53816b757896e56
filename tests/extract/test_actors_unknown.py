"""Unknown actors: titled and subject-position people become new actors; places never leak in as actors.

Names here are invented (or dictionary people used to check they stay known); sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


def people(d: ActorDictionary, text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.known) for m in d.find(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deputy Foreign Minister Kalle Virtanen arrived in Baku on Monday.", [("Kalle Virtanen", False)]),
        ("Ruritanian President Rudolf Elphberg received the delegation.", [("Rudolf Elphberg", False)]),
        ("Tomas Ruddle led the delegation to Tashkent.", [("Tomas Ruddle", False)]),
        ("The talks ended. Jonas Bergqvist visited the port the next day.", [("Jonas Bergqvist", False)]),
        ("“Marta Lindqvist signed the memorandum,” the ministry said.", [("Marta Lindqvist", False)]),
        ("Iranian President Ebrahim Raisi inaugurated the dam.", [("Ebrahim Raisi", True)]),
        ("Damdin Sukhbaatar led the 1921 revolution.", [("Damdin Sukhbaatar", True)]),
    ],
)
def test_people_are_kept_as_new_or_known_actors(dic: ActorDictionary, sentence: str, expected: list) -> None:
    assert people(dic, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Central Asia welcomed the decision of the summit.",
        "South Caucasus states signed a transit protocol.",
        "Caspian Pipeline announced higher volumes.",
        "Silk Way announced new cargo flights.",
        "Middle Corridor volumes arrived faster this year.",
        "Greater Eurasia remained a slogan.",
        "Aras River floods damaged the bridge.",
        "Tian Shan passes reopened in May.",
        "Later, the Kura River was dammed.",
    ],
)
def test_places_and_things_in_subject_position_are_not_people(dic: ActorDictionary, sentence: str) -> None:
    assert people(dic, sentence) == []
    assert all(m.known for m in dic.find(sentence)), dic.find(sentence)


def test_subject_rule_needs_an_action_verb_and_the_sentence_start(dic: ActorDictionary) -> None:
    assert people(dic, "Jonas Bergqvist is a common name in the north.") == []
    assert people(dic, "Reports about Jonas Bergqvist visited every newsroom.") == []
