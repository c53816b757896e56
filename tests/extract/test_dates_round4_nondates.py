"""Round 4: numbers that look like dates but are not (times, scores, article numbers, phones, ISBNs)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 10)


def _texts(text: str) -> list[str]:
    return [m.text for m in tag_dates(text, REF)]


@pytest.mark.parametrize(
    "text",
    [
        "**14:05** – The foreign minister arrived at the airport.",
        "09:30 — Delegations take their seats in the plenary hall.",
        "The plane landed at 09:30 local time.",
        "The talks ended at 2030 GMT.",
        "The hotline runs 24/7 for stranded travellers.",
        "The home side won 2-1 after extra time.",
        "The score was 3–2 at the break.",
        "Under Article 9 of the treaty, troops must leave.",
        "Resolution 822 demanded the withdrawal of occupying forces.",
        "The council adopted resolution 2334 without a veto.",
        "Decree No. 2015 on customs duties was signed.",
        "For details call +994 12 492 2020 or (012) 555-2019.",
        "ISBN 978-1-2019-0000-3 lists the second edition.",
        "ISBN 0-306-40615-2 was assigned to the atlas.",
        "Flight 2019 from Urumqi landed safely.",
    ],
)
def test_not_a_date(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN Security Council resolution 2334 (2016) condemned the settlements.", [("2016", "2016")]),
        ("Resolutions 822, 853, 874 and 884 (1993) called for a ceasefire.", [("1993", "1993")]),
        ("The delegation arrived at 10:30 on 5 June.", [("5 June", "2025-06-05")]),
        ("The side lost 2–0 in 2019 and again in 2021.", [("2019", "2019"), ("2021", "2021")]),
    ],
)
def test_date_beside_a_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_dates(text, REF)] == expected
