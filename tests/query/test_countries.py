"""Event views list the states of their participants with role ``country`` (derived when read, never stored)."""

from __future__ import annotations

import json
from typing import Any

from sample_data import add_place_event
from sample_data import set_countries as _set_countries
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timeline.export import export_events
from timeline.models import EventActor
from timeline.query import chronology, event
from timeline.query.api import COUNTRY_ROLE


def _roles(session: Session, event_id: int) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in event(session, event_id).actors]


def test_a_person_brings_their_state(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    # Ilham Aliyev's 1999 trip names no state: Azerbaijan comes in as his country, after the named actors
    assert _roles(session, ev["socar1999"])[-1] == ("Azerbaijan", COUNTRY_ROLE)
    # Xi phones Ilham: both states, once each
    roles = _roles(session, ev["call2021"])
    assert sorted(n for n, r in roles if r == COUNTRY_ROLE) == ["Azerbaijan", "China"]


def test_a_state_already_named_is_not_repeated(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    roles = _roles(session, ev["visit2015"])  # Ilham (actor) visits China (recipient)
    assert [n for n, _ in roles].count("China") == 1
    assert ("China", "recipient") in roles and ("Azerbaijan", COUNTRY_ROLE) in roles


def test_places_and_actors_without_country_bring_nothing(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    # countries unset (the sample's default): views are exactly the stored participants
    stored = session.scalar(select(func.count()).select_from(EventActor).where(EventActor.event_id == ev["socar1999"]))
    assert len(event(session, ev["socar1999"]).actors) == stored
    _set_countries(session)
    assert _roles(session, add_place_event(session)) == [("Baku", "location")]


def test_derived_countries_are_not_stored_nor_matched_by_plain_filters(session: Session,
                                                                        sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    before = session.scalar(select(func.count()).select_from(EventActor))
    chronology(session)
    assert session.scalar(select(func.count()).select_from(EventActor)) == before
    assert ev["socar1999"] not in {v.id for v in chronology(session, actors=["Azerbaijan"])}
    assert ev["socar1999"] in {v.id for v in chronology(session, actors=["Azerbaijan"], members=True)}
    # the table's actor column shows what the sources name
    view = event(session, ev["socar1999"])
    assert "Azerbaijan" not in view.actor_names


def test_json_export_lists_the_country_role(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    doc = json.loads(export_events(session, "json", start=None, end=None))
    trip = next(e for e in doc["events"] if e["id"] == ev["socar1999"])
    assert {"name": "Azerbaijan", "kind": "state", "role": COUNTRY_ROLE}.items() <= trip["actors"][-1].items()
