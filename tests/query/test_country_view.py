"""The SQL view country_events: a state's events, directly or through its people and organisations."""

from __future__ import annotations

from typing import Any

from sample_data import add_place_event
from sample_data import set_countries as _set_countries
from sqlalchemy import text
from sqlalchemy.orm import Session

from timeline.query import chronology


def _events_of(session: Session, state: str) -> set[int]:
    rows = session.execute(text("SELECT DISTINCT event_id FROM country_events WHERE state = :s"), {"s": state})
    return set(rows.scalars())


def test_view_matches_members_query(session: Session, sample: dict[str, Any]) -> None:
    _set_countries(session)
    for state in ("Azerbaijan", "China"):
        api = {v.id for v in chronology(session, actors=[state], members=True, start=None, end=None,
                                        include_context=True)}
        assert _events_of(session, state) == api


def test_rows_say_through_whom(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    rows = session.execute(text("SELECT through_actor, through_kind FROM country_events "
                                "WHERE state = 'Azerbaijan' AND event_id = :e"), {"e": ev["socar1999"]}).all()
    assert [tuple(r) for r in rows] == [("Ilham Aliyev", "person")]
    assert ev["socar1999"] not in _events_of(session, "China")


def test_places_and_rejected_events_are_left_out(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    ids = _set_countries(session)
    fair = add_place_event(session)
    found = _events_of(session, "Azerbaijan")
    assert fair not in found
    assert ev["rejected"] not in found
    assert ids["Azerbaijan"]  # the state itself is in the sample
