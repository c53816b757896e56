"""Session 15 (helper B2), resolver merging on the older dev sets: invented names, places and dates;
positive and negative cases. Section 1 checks that last session's coarse joins (one candidate only) stay
safe with two candidates whatever order the articles come in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, extraction, source, store_articles
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction

# --- 1. coarse joins with two candidates, in every order ---------------------------------------------------

_AID_MARCH = "Dushanbe, 2 April 2022. Uzbekistan sent a team of doctors and supplies to Tajikistan in March 2022."
_AID_JULY = "Tashkent, 9 August 2022. Uzbekistan sent medical supplies to Tajikistan in July 2022."
_AID_YEAR = "Tashkent, 1 October 2022. In 2022 Uzbekistan sent several batches of medical supplies to Tajikistan."

_ORDERS = [(0, 1, 2), (2, 0, 1), (0, 2, 1), (2, 1, 0)]


@pytest.mark.parametrize("order", _ORDERS)
def test_aid_by_year_joins_neither_of_two_deliveries_in_any_order(session: Session, order: tuple[int, ...]) -> None:
    texts = [("a.txt", _AID_MARCH), ("b.txt", _AID_JULY), ("c.txt", _AID_YEAR)]
    events = store_articles(session, *(texts[i] for i in order))
    aid = [e for e in events if e.event_type == "AID"]
    assert len(aid) == 3, [(e.edtf, [c.quote[:30] for c in e.citations]) for e in aid]


TOKAYEV = replace(actor("Kassym-Jomart Tokayev"), country="KAZ", role="actor")
KAZ = replace(actor("Kazakhstan", "state"), country="KAZ", role="actor")
MNG = replace(actor("Mongolia", "state"), country="MNG", role="recipient")
UB = replace(actor("Ulaanbaatar", "place"), role="location")

_VISIT_YEAR = "When Kazakh President Kassym-Jomart Tokayev visits Mongolia later this year, he will see a new airport."


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 2, 1))
    store_extraction(session, src, extraction(src, *claims))


def _visit(when: str, quote: str, actors: list | None = None):  # type: ignore[no-untyped-def]
    return claim("Tokayev visit", "CONSULT", when, mode="visit", actors=actors or [TOKAYEV, MNG, UB],
                 keywords=("visit",), quote=quote, end=len(quote))


_VISITS = [
    ("a.txt", "2026-04-06", "Kassym-Jomart Tokayev arrived in Ulaanbaatar on a working visit to Mongolia on Monday."),
    ("b.txt", "2026-10-12", "Kassym-Jomart Tokayev arrived in Ulaanbaatar on a state visit to Mongolia on Monday."),
    ("c.txt", "2026", _VISIT_YEAR),
]


@pytest.mark.parametrize("order", _ORDERS)
def test_a_visit_told_by_its_year_joins_neither_of_two_visits_in_any_order(
    session: Session, order: tuple[int, ...]
) -> None:
    for i in order:
        uri, when, quote = _VISITS[i]
        actors = [TOKAYEV, KAZ, MNG] if when == "2026" else None
        _store(session, uri, _visit(when, quote, actors))
    visits = [e for e in session.scalars(select(Event).order_by(Event.id)) if e.mode == "visit"]
    assert len(visits) == 3, [(e.edtf, len(e.citations)) for e in visits]


def _milestone(when: str, quote: str, obj: str | None = None):  # type: ignore[no-untyped-def]
    return claim("completed", "COOPERATE", when, named_object=obj, keywords=("complet",), quote=quote,
                 end=len(quote))


_FACILITIES = [
    ("a.txt", _milestone("2021-09", "Uzbek engineers complete the Kamchik bridge near Angren.", "Kamchik bridge")),
    ("b.txt", _milestone("2021-09", "Chinese builders complete the Chirchiq bridge near Tashkent.", "Chirchiq bridge")),
    ("c.txt", _milestone("2021-09", "The bridge was completed in September 2021.")),
]


@pytest.mark.parametrize("order", _ORDERS)
def test_a_facility_told_by_its_kind_joins_neither_of_two_in_any_order(
    session: Session, order: tuple[int, ...]
) -> None:
    for i in order:
        _store(session, *_FACILITIES[i])
    assert len(list(session.scalars(select(Event)))) == 3


UZ_STATE = replace(actor("Uzbekistan", "state"), country="UZB")
TJ_STATE = replace(actor("Tajikistan", "state"), country="TJK")
KZ_STATE = replace(actor("Kazakhstan", "state"), country="KAZ")


def _signing(when: str, quote: str, parties=None):  # type: ignore[no-untyped-def]
    return claim("agreement signed", "AGREE", when, actors=parties or [UZ_STATE, TJ_STATE], keywords=("agree", "sign"),
                 quote=quote, end=len(quote))


_SIGNINGS = [
    ("a.txt", _signing("2024-02", "The investment agreement for the cement plant was signed in Khujand in February.")),
    ("b.txt", _signing("2024-10", "The investment agreement for the dam was signed in Termez in October 2024.")),
    ("c.txt", _signing("2024", "The investment agreement for the project was signed in 2024.")),
]


@pytest.mark.parametrize("order", _ORDERS)
def test_a_vague_premodified_document_joins_neither_of_two_signings_in_any_order(
    session: Session, order: tuple[int, ...]
) -> None:
    for i in order:
        _store(session, *_SIGNINGS[i])
    assert len(list(session.scalars(select(Event)))) == 3


@pytest.mark.parametrize("order", _ORDERS)
def test_a_vague_mention_stays_with_its_one_candidate_when_another_pair_signs(
    session: Session, order: tuple[int, ...]
) -> None:
    other = ("b.txt", _signing("2024-10", "The investment agreement for the dam was signed in Termez in October 2024.",
                               [UZ_STATE, KZ_STATE]))
    texts = [_SIGNINGS[0], other, _SIGNINGS[2]]
    for i in order:
        _store(session, *texts[i])
    events = list(session.scalars(select(Event).order_by(Event.id)))
    assert len(events) == 2
    assert sorted(len(e.citations) for e in events) == [1, 2]
    assert any(e.edtf == "2024-02" and len(e.citations) == 2 for e in events)  # not blurred by the vague one


# --- 2. the document just told, named again with its parties ---------------------------------------------


def test_modified_follow_up_pattern() -> None:
    from timeline.resolve.merge import _modified_follow_up

    assert _modified_follow_up("The agreement between Kazakh Railways and the port authority was signed in Aktau.")
    assert _modified_follow_up("The contract with the Turkish operator was signed by the transport minister.")
    assert not _modified_follow_up("The agreement, which runs for ten years, was signed in Aktau.")  # not a modifier
    assert not _modified_follow_up("The agreement between the two banks was also signed on Friday.")  # another act
    assert not _modified_follow_up("A second agreement between the two banks was signed on Friday.")


_PORT = (
    "Astana, 4 March 2025. Kazakhstan on Monday signed a 15-year contract to run a grain terminal at Georgia's "
    "Poti port, officials said. The agreement between the state grain company and Georgia's port authority "
    "was signed in Tbilisi in the presence of Agriculture Minister Aidarbek Saparov."
)


def test_the_document_named_again_with_its_parties_is_the_signing_just_told(session: Session) -> None:
    events = store_articles(session, ("a.txt", _PORT))
    agree = [e for e in events if e.event_type == "AGREE"]
    assert len(agree) == 1, [e.title for e in agree]
    assert len(agree[0].citations) == 2


def test_a_document_named_again_on_another_day_stays_apart(session: Session) -> None:
    text = _PORT.replace("was signed in Tbilisi", "was signed in Tbilisi on 20 February")
    events = store_articles(session, ("a.txt", text))
    assert len([e for e in events if e.event_type == "AGREE"]) == 2
