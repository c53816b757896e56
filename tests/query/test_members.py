"""``members=True``: a state also stands for its people and organisations (by ``actors.country``)."""

from __future__ import annotations

from typing import Any

from sample_data import add_place_event
from sample_data import set_countries as _set_countries
from sqlalchemy.orm import Session

from timeline.query import actor_timeline, chronology, counts_by_year


def _ids(views: list[Any]) -> set[int]:
    return {v.id for v in views}


def test_state_with_members_adds_its_people(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    plain = _ids(chronology(session, actors=["Azerbaijan"]))
    wide = _ids(chronology(session, actors=["Azerbaijan"], members=True))
    assert plain == {ev["relations"], ev["agreement1994"], ev["port"], ev["declaration"]}
    # Heydar's Nakhchivan meeting and Ilham's visits name no state, yet they are Azerbaijan's.
    assert {ev["nakhchivan"], ev["visit1994"], ev["socar1999"], ev["visit2015"]} <= wide
    assert plain < wide
    assert ev["rejected"] not in wide  # other filters still apply


def test_members_never_cross_to_the_other_state(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    china = _ids(chronology(session, actors=["China"], members=True))
    assert ev["call2021"] in china  # Xi's phone call
    assert ev["socar1999"] not in china  # Ilham's Beijing trip names no Chinese actor
    assert ev["nakhchivan"] not in china


def test_places_are_not_members(session: Session, sample: dict[str, Any]) -> None:
    _set_countries(session)
    located = add_place_event(session)
    assert located not in _ids(chronology(session, actors=["Azerbaijan"], members=True))


def test_members_of_a_person_or_without_countries_change_nothing(session: Session, sample: dict[str, Any]) -> None:
    # countries unset: the flag is harmless
    assert _ids(chronology(session, actors=["Azerbaijan"], members=True)) == _ids(
        chronology(session, actors=["Azerbaijan"]))
    _set_countries(session)
    # a person is not a state: the flag adds nothing
    assert _ids(actor_timeline(session, "Ilham Aliyev", members=True)) == _ids(
        actor_timeline(session, "Ilham Aliyev"))


def test_counts_by_year_with_members(session: Session, sample: dict[str, Any]) -> None:
    _set_countries(session)
    plain = counts_by_year(session, actors="Azerbaijan")
    wide = counts_by_year(session, actors="Azerbaijan", members=True)
    assert sum(wide.values()) > sum(plain.values())
    assert wide[1999] == 1 and 1999 not in plain


def test_all_actors_with_members(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    _set_countries(session)
    both = _ids(chronology(session, actors=["Azerbaijan", "China"], all_actors=True, members=True))
    # Heydar's 1994 visit to China and Xi's call to Ilham are bilateral once members count.
    assert {ev["visit1994"], ev["call2021"], ev["relations"]} <= both
    assert ev["socar1999"] not in both
