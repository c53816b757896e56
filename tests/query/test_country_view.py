"""The SQL view country_events: a state's events, directly or through its people and organisations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from timeline.models import Actor, Event, EventActor
from timeline.query import chronology


def _set_countries(session: Session) -> dict[str, int]:
    codes = {"Azerbaijan": "AZE", "China": "CHN", "Heydar Aliyev": "AZE", "Ilham Aliyev": "AZE",
             "Xi Jinping": "CHN"}
    for actor in session.scalars(select(Actor)):
        actor.country = codes.get(actor.name)
    session.flush()
    return {a.name: a.id for a in session.scalars(select(Actor))}


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
    baku = Actor(name="Baku", kind="place", country="AZE")
    fair = Event(title="A fair in Baku", event_type="COOPERATE", edtf="2005", date_start=dt.date(2005, 1, 1),
                 date_end=dt.date(2005, 12, 31), precision="year")
    session.add_all([baku, fair])
    session.flush()
    session.add(EventActor(event_id=fair.id, actor_id=baku.id, role="location"))
    session.flush()
    found = _events_of(session, "Azerbaijan")
    assert fair.id not in found
    assert ev["rejected"] not in found
    assert ids["Azerbaijan"]  # the state itself is in the sample
