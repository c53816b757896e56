"""Session 11 conflicts (timeline.resolve.conflicts): one-off acts that two articles date a unit apart
are one event with a flagged conflict — a person's first state visit, the first run of a transport
service, a numbered gathering at one place — while recurring acts stay apart. Invented sentences of
other countries, names and dates; positive and negative cases; both ingest orders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.models import Event
from timeline.resolve.conflicts import conflict_cues
from timeline.resolve.merge import store_extraction

D = dt.date
_KG = replace(actor("Kyrgyzstan", "state"), country="KGZ")
_TR = replace(actor("Türkiye", "state"), country="TUR")
_TR_HOST = replace(_TR, role="recipient")
_KG_HOST = replace(_KG, role="recipient")
_IN = replace(actor("India", "state"), country="IND")
_JAPAROV = actor("Sadyr Japarov")
_BISHKEK = actor("Bishkek", "place", "location")
_MERSIN = actor("Mersin", "place", "location")
_IZMIR = actor("Izmir", "place", "location")
_OSH = actor("Osh", "place", "location")


def _c(quote: str, when: str, text: str, event_type: str = "COOPERATE", *, actors: tuple = (),
       mode: str | None = None, keywords: tuple[str, ...] = (), named_object: str | None = None) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), mode=mode,
                 actors=list(actors), keywords=keywords, named_object=named_object)
    return replace(made, date=date(when, text))


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2026, 12, 1))
    store_extraction(session, src, extraction(src, *claims))


def _both_orders(session: Session, order: tuple[int, int], items: list[tuple[str, Claim]]) -> list[Event]:
    for i in order:
        _store(session, items[i][0], items[i][1])
    return list(session.scalars(select(Event).order_by(Event.id)))


_ORDERS = [(0, 1), (1, 0)]


# --- cues ---------------------------------------------------------------------------------------------


def test_conflict_cues() -> None:
    assert conflict_cues("Japarov paid his first state visit to Ankara in 2021.") == {"state visit"}
    assert conflict_cues("The first direct flight from Osh landed in Izmir in May.") == {"first run:flight"}
    assert conflict_cues("The maiden voyage of the new ferry left Mersin.") == {"first run:ferry"}
    assert "first run:train" in conflict_cues("The first weekly freight train from Mersin reached Bishkek in July.")
    # not one-offs
    assert conflict_cues("It was the first train from Mersin since the floods of 2019.") == frozenset()
    assert conflict_cues("Heads of state visited the fair.") == frozenset()
    assert conflict_cues("He has paid three state visits to Türkiye.") == frozenset()


# --- 1. a person's first state visit ------------------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_first_state_visit_and_state_visit_a_unit_apart_are_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("annals.kg", _c("Japarov made his first state visit to Türkiye in February 2021.", "2021-02",
                         "February 2021", "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit",
                         keywords=("visit", "state"))),
        ("wire.tr", _c("The state visit of President Sadyr Japarov to Türkiye in 2022 opened a new chapter.",
                       "2022", "2022", "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit",
                       keywords=("visit", "state"))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_state_visits_without_first_stay_apart(session: Session) -> None:
    _store(session, "annals.kg", _c("Japarov paid a state visit to Türkiye in November 2022.", "2022-11",
                                    "November 2022", "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit",
                                    keywords=("visit", "state")))
    _store(session, "wire.tr", _c("Japarov's state visit to Türkiye in 2023 produced a new trade plan.", "2023",
                                  "2023", "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit",
                                  keywords=("visit", "state")))
    assert len(list(session.scalars(select(Event)))) == 2


def test_first_state_visit_and_an_official_visit_stay_apart(session: Session) -> None:
    _store(session, "annals.kg", _c("Japarov made his first state visit to Türkiye in February 2021.", "2021-02",
                                    "February 2021", "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit",
                                    keywords=("visit", "state")))
    _store(session, "wire.tr", _c("Japarov came to Ankara on an official visit in 2022.", "2022", "2022",
                                  "CONSULT", actors=(_JAPAROV, _TR_HOST), mode="visit", keywords=("visit",)))
    assert len(list(session.scalars(select(Event)))) == 2


# --- 2. the first run of a transport service ----------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_first_train_day_and_next_month_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("rail.tr", _c("The first train of a new weekly service between Mersin and Bishkek arrived on 9 March.",
                       "2026-03-09", "on 9 March", actors=(_MERSIN, _BISHKEK), keywords=("first", "train"))),
        ("talk.kg", _c("When the first weekly freight train from Mersin reached Bishkek in April, traders cheered.",
                       "2026-04", "in April", actors=(_MERSIN, _BISHKEK), keywords=("first", "train", "weekly"))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_first_train_and_first_flight_stay_apart(session: Session) -> None:
    _store(session, "rail.tr", _c("The first train between Mersin and Bishkek arrived on 9 March.", "2026-03-09",
                                  "on 9 March", actors=(_MERSIN, _BISHKEK), keywords=("first", "train")))
    _store(session, "air.kg", _c("The first flight between Mersin and Bishkek landed in April.", "2026-04",
                                 "in April", actors=(_MERSIN, _BISHKEK), keywords=("first", "flight")))
    assert len(list(session.scalars(select(Event)))) == 2


def test_first_trains_of_other_routes_stay_apart(session: Session) -> None:
    _store(session, "rail.tr", _c("The first train between Mersin and Bishkek arrived on 9 March.", "2026-03-09",
                                  "on 9 March", actors=(_MERSIN, _BISHKEK), keywords=("first", "train")))
    _store(session, "rail2.kg", _c("The first train between Izmir and Osh arrived in April.", "2026-04",
                                   "in April", actors=(_IZMIR, _OSH), keywords=("first", "train")))
    assert len(list(session.scalars(select(Event)))) == 2


# --- 3. one numbered gathering at one place --------------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_numbered_summit_and_summit_at_same_place_next_month_are_one(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("brief.in", _c("28–29 October 2025 — First India–Kyrgyzstan summit in Bishkek.", "2025-10-28/2025-10-29",
                        "28–29 October 2025", "CONSULT", actors=(_IN, _KG, _BISHKEK), mode="multilateral",
                        keywords=("first", "summit"), named_object="First India–Kyrgyzstan summit")),
        ("herald.kg", _c("After the summit in Bishkek in November 2025, the two governments added scholarships.",
                         "2025-11", "in November 2025", "CONSULT", actors=(_IN, _KG, _BISHKEK),
                         mode="multilateral", keywords=("summit",))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_numbered_summit_and_summit_a_year_later_stay_apart(session: Session) -> None:
    _store(session, "brief.in", _c("28–29 October 2025 — First India–Kyrgyzstan summit in Bishkek.",
                                   "2025-10-28/2025-10-29", "28–29 October 2025", "CONSULT",
                                   actors=(_IN, _KG, _BISHKEK), mode="multilateral", keywords=("first", "summit"),
                                   named_object="First India–Kyrgyzstan summit"))
    _store(session, "herald.kg", _c("The summit in Bishkek in 2026 set up a trade council.", "2026", "in 2026",
                                    "CONSULT", actors=(_IN, _KG, _BISHKEK), mode="multilateral",
                                    keywords=("summit",)))
    assert len(list(session.scalars(select(Event)))) == 2


def test_two_numbered_summits_a_month_apart_stay_apart(session: Session) -> None:
    _store(session, "brief.in", _c("28–29 October 2025 — First India–Kyrgyzstan summit in Bishkek.",
                                   "2025-10-28/2025-10-29", "28–29 October 2025", "CONSULT",
                                   actors=(_IN, _KG, _BISHKEK), mode="multilateral", keywords=("first", "summit"),
                                   named_object="First India–Kyrgyzstan summit"))
    _store(session, "herald.kg", _c("The second India–Kyrgyzstan summit was held in Bishkek in November 2025.",
                                    "2025-11", "in November 2025", "CONSULT", actors=(_IN, _KG, _BISHKEK),
                                    mode="multilateral", keywords=("summit",),
                                    named_object="Second India–Kyrgyzstan summit"))
    assert len(list(session.scalars(select(Event)))) == 2


# --- 4. diplomatic relations, a capital read as its state ----------------------------------------------

_GE = replace(actor("Georgia", "state"), country="GEO")
_CN = replace(actor("China", "state"), country="CHN")
_AZ = replace(actor("Azerbaijan", "state"), country="AZE")
_TBILISI = actor("Tbilisi", "place", "location")
_BEIJING = actor("Beijing", "place", "location")
_SHEVARDNADZE = replace(actor("Eduard Shevardnadze"), country="GEO")


@pytest.mark.parametrize("order", _ORDERS)
def test_relations_with_a_capital_for_its_state_are_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("essay.ge", _c("Ever since Georgia and China established diplomatic relations in 1991, trade grew slowly.",
                        "1991", "in 1991", "AGREE", actors=(_GE, _CN), keywords=("diplomatic", "relation"))),
        ("wire.cn", _c("Shevardnadze came to Beijing in 1993, a year after the countries established diplomatic"
                       " relations.", "1992", "a year after", "AGREE", actors=(_SHEVARDNADZE, _BEIJING),
                       keywords=("diplomatic", "relation"))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_relations_of_another_pair_signed_in_a_capital_stay_apart(session: Session) -> None:
    _store(session, "essay.ge", _c("Georgia and Azerbaijan established diplomatic relations in 1991.", "1991",
                                   "in 1991", "AGREE", actors=(_GE, _AZ), keywords=("diplomatic", "relation")))
    _store(session, "wire.cn", _c("Georgia and Azerbaijan established diplomatic relations in Beijing in 1992.",
                                  "1992", "in 1992", "AGREE", actors=(_GE, _AZ, _BEIJING),
                                  keywords=("diplomatic", "relation")))
    _store(session, "note.ge", _c("Georgia and China established diplomatic relations in Tbilisi in 1992.",
                                  "1992", "in 1992", "AGREE", actors=(_GE, _CN, _TBILISI),
                                  keywords=("diplomatic", "relation")))
    events = list(session.scalars(select(Event).order_by(Event.id)))
    georgia_china = [e for e in events if any("China" in c.quote for c in e.citations)]
    assert len(georgia_china) == 1 and len(georgia_china[0].citations) == 1
