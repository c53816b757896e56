"""Round 10: a capitalised season opening a proper name is not a season date; own-line datelines stay mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 9, 17)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in tag_dates(text, REF)]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister will attend the Summer Davos forum in Dalian.",
        "Athletes arrived for the Winter Olympics in Milan.",
        "Millions travelled home for the Spring Festival holiday.",  # a lunar holiday, not the season
        "The Autumn Fair in Guangzhou drew record crowds.",
        "She spoke at the Summer School on energy policy.",
        "Summer Davos 2025 was held in Tianjin.",
    ],
)
def test_season_in_a_name_is_not_a_date(text: str) -> None:
    assert not [v for t, v in _values(text) if t.lower().endswith(("summer", "winter", "spring", "autumn"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The line opened in Summer 2024.", ("Summer 2024", "2024-22")),
        ("The talks resumed in spring. Xi then visited.", ("spring", "2025-21")),
        ("Work resumed in Spring. The minister said so.", ("Spring", "2025-21")),
        ("They met in the summer of 2023 in Baku.", ("the summer of 2023", "2023-22")),
        ("In the Winter, trade slowed.", ("the Winter", "2024-24")),
    ],
)
def test_seasons_still_dates(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_own_line_dateline_date_stays_a_mention() -> None:
    text = "HAVANA, August 7 (Xinhua) --\n\nThe government said on Friday it would reply."
    assert ("August 7", "2025-08-07") in _values(text)


def test_lead_dateline_date_is_not_a_mention() -> None:
    text = "HAVANA, August 7 (Xinhua) -- The government said on Friday it would reply."
    assert "August 7" not in [t for t, _ in _values(text)]


def test_late_year_keeps_the_timeml_value_with_its_part() -> None:
    (m,) = tag_dates("The deal was signed in late 2024.", REF)
    assert m.value == "2024" and m.precision == "year" and "2024-09/2024-12" in (m.note or "")


def test_mixed_case_lead_dateline_is_not_a_mention() -> None:
    text = "Astana, 4 March (Kazinform) – The ministers met on Monday and agreed on new routes."
    assert "4 March" not in [t for t, _ in _values(text)]
    prose = "Astana, 4 March was the day the ministers met."  # no agency credit: prose, the date stays
    assert "4 March" in [t for t, _ in _values(prose)]
