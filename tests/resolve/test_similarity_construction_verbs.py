"""A start of construction told with a verb of building ("began building", "started to build") is the same
cue as "construction began" or "broke ground", so the resolver's one-start-per-project rule sees it."""

from __future__ import annotations

import pytest

from timeline.resolve.similarity import quote_cues


@pytest.mark.parametrize(
    "quote",
    [
        "The three governments on Friday began building a railway across the mountains.",
        "Workers started constructing the second terminal in March.",
        "The consortium will begin to build the plant next spring.",
        "Chinese contractors are starting to construct the bridge this week.",
        "Construction of the depot began in December.",
        "The leaders broke ground on the highway on Tuesday.",
    ],
)
def test_construction_start_told_by_a_verb_of_building(quote: str) -> None:
    assert "construction start" in quote_cues(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The company has been building railways in Central Asia since 2005.",
        "Building materials worth $2 million were shipped in May.",
        "The ministers discussed the construction schedule of the section.",
        "Trust-building measures began in 2019.",
    ],
)
def test_building_without_a_start_is_no_construction_start(quote: str) -> None:
    assert "construction start" not in quote_cues(quote)
