"""Round 7: known false tags — seasons naming things, dates inside agency datelines."""

from datetime import date

import pytest

from timeline.extract.dates import tag_dates

REF = date(2026, 6, 15)


def _values(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers still fetch the spring water from a pipe below the church.",
        "The shop put the winter coats on sale.",
        "Farmers sowed the winter wheat late because of the drought.",
        "The Summer Palace was closed to visitors.",
        "She cooked the summer squash with garlic.",
    ],
)
def test_season_naming_a_thing_is_not_a_date(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spring brought heavy rain to the valley.", ("The spring", "2026-21")),
        ("The talks dragged on through the winter, diplomats said.", ("the winter", "2025-24")),
        ("Prices fell in the summer and recovered later.", ("the summer", "2026-22")),
    ],
)
def test_season_as_time_is_still_a_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("MOSCOW, July 3. /TASS/. The ministers met on Monday.", "Monday"),
        ("ASTANA, 12 May 2024, 17:45 — Kazinform — The forum closed on 11 May.", "11 May"),
        ("BAKU/TBILISI, May 20 (Caspian Wire) - The border reopened on May 19.", "May 19"),
        ("TBILISI, March 4 (Reuters) - The vote was held on March 2.", "March 2"),
    ],
)
def test_agency_dateline_date_is_not_a_mention(text: str, kept: str) -> None:
    assert [t for t, _ in _values(text)] == [kept]


def test_dateline_shape_inside_a_sentence_is_a_date() -> None:
    # only a line start holds a dateline: the same words inside prose are a date
    values = _values("The statement, issued in Moscow, July 3, was carried by TASS.")
    assert [t for t, _ in values] == ["July 3"]
