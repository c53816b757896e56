"""Round 8: a planned gathering told by an earlier source joins the gathering held on a date within
the planned one when both name the same gathering (the same numbered summit in other words, or the
organisation whose initials name it at the same place); the event's status becomes occurred and the
plan stays a citation. A meeting of two leaders "during the summit" while one was on a visit to the
other's country belongs to the visit. Invented sentences; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Profile, bilateral_during_visit, quote_cues

D = dt.date
RU = replace(actor("Ruritania", "state"), country="RUR")
HOST_RU = replace(RU, role="recipient")
BO = replace(actor("Borduria", "state"), country="BOR")
VARNA = actor("Varna", "place", "location")
LAKE_ORG = actor("Lake Basin Cooperation Organisation", "organisation")
KAMA = replace(actor("Ivo Kamarov"), country="BOR")

_PLAN = "Ruritania took over the rotating chairmanship of the organisation and will host its summit in Varna next year."
_HELD = "**3-4 July 2024** - Varna hosts the LBCO summit; a tenth member state is admitted."
_NEXT = "Ruritania will host the organisation's summit in Varna in 2025."


def _events(session: Session) -> list[Event]:
    session.flush()
    return list(session.scalars(select(Event)))


def _store(session: Session, uri: str, published: dt.date, *claims: object) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=published)
    store_extraction(session, src, extraction(src, *claims))  # type: ignore[arg-type]


def _plan(quote: str, when: str) -> object:
    return claim("summit", "CONSULT", when, mode="multilateral", status="planned", quote=quote, end=len(quote),
                 actors=[RU, LAKE_ORG, VARNA], keywords=("summit",))


def _held() -> object:
    return claim("summit", "CONSULT", "2024-07-03/2024-07-04", mode="multilateral", quote=_HELD, end=len(_HELD),
                 actors=[RU, VARNA], named_object="LBCO summit", keywords=("summit",))


def test_a_planned_summit_joins_the_summit_held_that_year(session: Session) -> None:
    _store(session, "newsletter.txt", D(2023, 9, 1), _plan(_PLAN, "2024"))
    _store(session, "chronology.md", D(2025, 1, 1), _held())
    events = _events(session)
    assert len(events) == 1
    assert events[0].status == "occurred"
    assert {c.status for c in events[0].citations} == {"planned", "occurred"}


def test_the_next_summit_of_the_series_stays_apart(session: Session) -> None:
    _store(session, "newsletter.txt", D(2024, 7, 5), _plan(_NEXT, "2025"))
    _store(session, "chronology.md", D(2025, 1, 1), _held())
    assert len(_events(session)) == 2


_NUMBERED_PLAN = "Borduria is due to host the second Lake Basin summit next year, its foreign ministry said."
_NUMBERED_HELD = "Varna, 17 June 2025 - The second Lake Basin Summit was held today at the Palace of Independence."


def test_a_numbered_summit_planned_joins_the_one_held_in_other_words(session: Session) -> None:
    _store(session, "wire.txt", D(2024, 5, 1), claim(
        "summit", "CONSULT", "2025", mode="multilateral", status="planned", quote=_NUMBERED_PLAN,
        end=len(_NUMBERED_PLAN), actors=[BO], named_object="second Lake Basin summit", keywords=("summit",)))
    _store(session, "release.txt", D(2025, 6, 17), claim(
        "summit", "CONSULT", "2025-06-17", mode="multilateral", quote=_NUMBERED_HELD, end=len(_NUMBERED_HELD),
        actors=[BO, VARNA], named_object="Basin Summit", keywords=("summit",)))
    events = _events(session)
    assert len(events) == 1 and events[0].status == "occurred"


def test_a_planned_visit_postponed_to_another_month_stays_apart(session: Session) -> None:
    plan = "Kamarov will pay a state visit to Ruritania in June, the two ministries announced."
    held = "Kamarov arrived in Ruritania on 14 September for the state visit, postponed from June."
    _store(session, "wire.txt", D(2024, 3, 1), claim(
        "visit", "CONSULT", "2024-06", mode="visit", status="planned", quote=plan, end=len(plan),
        actors=[KAMA, HOST_RU], keywords=("visit",)))
    _store(session, "daily.txt", D(2024, 9, 15), claim(
        "visit", "CONSULT", "2024-09-14", mode="visit", quote=held, end=len(held), actors=[KAMA, HOST_RU],
        keywords=("visit",)))
    assert len(_events(session)) == 2


# --- a meeting of two leaders during a summit, while one was on a visit to the other -------------

_MET = "The president recalled that the two leaders last met in Varna in July last year during the LBCO summit."


def _meeting(**kw: object) -> Profile:
    base = Profile(event_type="CONSULT", lower=D(2024, 7, 1), upper=D(2024, 7, 31),
                   states=frozenset({"Ruritania", "Borduria"}), places=frozenset({"Varna"}), cues=quote_cues(_MET),
                   sources=frozenset({2}))
    return replace(base, **kw)  # type: ignore[arg-type]


def _visit(**kw: object) -> Profile:
    base = Profile(event_type="CONSULT", mode="visit", lower=D(2024, 7, 2), upper=D(2024, 7, 3),
                   states=frozenset({"Ruritania"}), hosts=frozenset({"Ruritania"}),
                   persons=frozenset({"Ivo Kamarov"}), actors=frozenset({"Ivo Kamarov"}), places=frozenset({"Varna"}),
                   sources=frozenset({1}))
    return replace(base, **kw)  # type: ignore[arg-type]


def test_a_meeting_of_two_leaders_may_be_part_of_one_leaders_visit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import timeline.resolve.similarity as sim

    monkeypatch.setattr(sim, "person_state", lambda name: "Borduria" if name == "Ivo Kamarov" else None)
    assert bilateral_during_visit(_meeting(), _visit())
    assert not bilateral_during_visit(_meeting(lower=D(2024, 7, 2), upper=D(2024, 7, 2)), _visit())  # talks of a day
    assert not bilateral_during_visit(_meeting(states=frozenset({"Ruritania", "Syldavia"})), _visit())
    assert not bilateral_during_visit(_meeting(places=frozenset({"Burgas"})), _visit())
    three = _meeting(states=frozenset({"Ruritania", "Borduria", "Syldavia"}))
    assert not bilateral_during_visit(three, _visit())
