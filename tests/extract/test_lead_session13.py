"""Lead's session-13 fix: a reception told with its venue between the verb and the guest."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_cues_session13 import claims, names


def test_reception_with_venue_before_the_guest() -> None:
    text = (
        "President Shavkat Mirziyoyev today received at the Kuksaroy residence Prime Minister of Japan "
        "Fumio Kishida, who arrived in Tashkent on Tuesday."
    )
    found = [c for c in claims(text, dt.date(2026, 5, 6)) if c.rule == "consult.receive"]
    assert len(found) == 1
    assert {"Shavkat Mirziyoyev", "Fumio Kishida"} <= names(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The museum received at the Palace of Culture a collection of old coins.",
        "The minister received at the Palace of Independence the credentials of the new ambassador.",
    ],
)
def test_venue_reception_of_things_is_no_meeting(text: str) -> None:
    assert not [c for c in claims(text) if c.rule == "consult.receive"]
