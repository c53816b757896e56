"""A bare "the government" belongs to the nearest state only when that state is also the story's most named one."""

from __future__ import annotations

from timeline.extract.actors import ActorDictionary


def government_owner(text: str) -> list[str]:
    d = ActorDictionary.default()
    s = text.rindex("government")
    return [m.name for m in d.find(text) if m.start == s]


def test_the_dominant_nearest_state_owns_the_government() -> None:
    text = ("Armenia's parliament met in Yerevan. Armenian officials expect a vote soon, and Armenia's partners "
            "in Iran watch. Armenia is ready. The government approved the draft in May.")
    assert government_owner(text) == ["Armenia"]


def test_an_even_two_country_story_gives_the_government_to_nobody() -> None:
    text = "Kazakhstan and Mongolia signed trade papers. Mongolia buys grain from Kazakhstan. The government objected."
    assert government_owner(text) == []


def test_a_single_state_owns_the_government() -> None:
    text = "Georgia opened a new port terminal on the Black Sea. The government called it a milestone."
    assert government_owner(text) == ["Georgia"]
