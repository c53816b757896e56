"""Session 14 (helper B2), resolver merging on the older dev sets' splits: invented names, places and
dates; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source, store_articles
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction

# --- 1. a state starts its vaccination campaign once ------------------------------------------------------


_MARCH = "Ulaanbaatar, 2 May 2022. In March 2022 Mongolia began vaccinating its citizens with the Russian vaccine."


def _campaign_events(events):  # type: ignore[no-untyped-def]
    return [e for e in events if any("vaccin" in c.quote.lower() for c in e.citations)]


def test_one_campaign_start_told_a_month_apart_is_one_event_in_conflict(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _MARCH),
        ("b.txt", "Ulaanbaatar, 9 May 2022. Mongolia began its vaccination campaign with Sputnik V in April 2022."),
    )
    found = _campaign_events(events)
    assert len(found) == 1
    assert found[0].has_conflict


def test_a_booster_campaign_is_another_campaign(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _MARCH),
        ("b.txt", "Ulaanbaatar, 9 May 2022. Mongolia began its booster vaccination campaign in April 2022."),
    )
    assert len(_campaign_events(events)) == 2


def test_two_states_starting_campaigns_stay_two(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _MARCH),
        ("b.txt", "Bishkek, 9 May 2022. Kyrgyzstan began its vaccination campaign in April 2022."),
    )
    assert len(_campaign_events(events)) == 2


# --- 2. one delivery of aid told at two precisions ----------------------------------------------------------


def _aid_events(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type == "AID"]


_APRIL = "Bishkek, 2 June 2021. A group of Turkish medical experts arrived in Bishkek in April 2021."


def test_aid_told_by_year_joins_the_one_delivery_of_that_year(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. In 2021 Turkey sent several batches of medical supplies to Kyrgyzstan."),
    )
    aid = _aid_events(events)
    assert len(aid) == 1
    assert len(aid[0].citations) == 2
    assert aid[0].edtf == "2021-04"  # the vaguer mention does not blur the precise one


def test_aid_to_another_recipient_stays_apart(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. In 2021 Turkey sent several batches of medical supplies to Mongolia."),
    )
    assert len(_aid_events(events)) == 2


def test_aid_in_two_months_stays_two_deliveries(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. Turkey sent medical supplies to Kyrgyzstan in June 2021."),
    )
    assert len(_aid_events(events)) == 2


def test_aid_by_year_joins_neither_of_two_deliveries(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. Turkey sent medical supplies to Kyrgyzstan in June 2021."),
        ("c.txt", "Ankara, 1 July 2021. In 2021 Turkey sent several batches of medical supplies to Kyrgyzstan."),
    )
    aid = _aid_events(events)
    assert len(aid) == 3


# --- 3. a person's visit told by its year joins that person's one visit of the year ----------------------


JAPAROV = replace(actor("Sadyr Japarov"), country="KGZ", role="actor")
MONGOLIA = replace(actor("Mongolia", "state"), country="MNG", role="recipient")
KAZAKHSTAN = replace(actor("Kazakhstan", "state"), country="KAZ", role="recipient")
ULAANBAATAR = replace(actor("Ulaanbaatar", "place"), role="location")
ASTANA = replace(actor("Astana", "place"), role="location")

_YEAR_QUOTE = "When Kyrgyz President Sadyr Japarov visits Mongolia later this year, he will find a changed economy."


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2025, 6, 1))
    store_extraction(session, src, extraction(src, *claims))


def _visit(when: str, host, place, quote: str):  # type: ignore[no-untyped-def]
    return claim("Japarov visit", "CONSULT", when, mode="visit", actors=[JAPAROV, host, place],
                 keywords=("visit",), quote=quote, end=len(quote))


def _visits(session: Session) -> list[Event]:
    return [e for e in session.scalars(select(Event).order_by(Event.id)) if e.mode == "visit"]


KYRGYZSTAN = replace(actor("Kyrgyzstan", "state"), country="KGZ", role="actor")


def test_a_visit_told_by_its_year_joins_the_visit_of_that_year(session: Session) -> None:
    day = ("The President of Mongolia today received in Ulaanbaatar the President of the Kyrgyz Republic Sadyr "
           "Japarov, who arrived on an official visit on Monday.")
    held = claim("Japarov visit", "CONSULT", "2025-11-10", mode="visit", actors=[JAPAROV, ULAANBAATAR],
                 keywords=("visit",), quote=day, end=len(day))
    _store(session, "a.txt", held)
    year = claim("Japarov visit", "CONSULT", "2025", mode="visit", actors=[JAPAROV, KYRGYZSTAN, MONGOLIA],
                 keywords=("visit",), quote=_YEAR_QUOTE, end=len(_YEAR_QUOTE))
    _store(session, "b.txt", year)
    visits = _visits(session)
    assert len(visits) == 1
    assert visits[0].edtf == "2025-11-10"  # the vaguer mention does not blur the precise one


def test_a_visit_told_by_its_year_stays_apart_from_a_visit_to_another_state(session: Session) -> None:
    _store(session, "a.txt", _visit("2025-11-10", KAZAKHSTAN, ASTANA,
                                    "Sadyr Japarov arrived in Astana on a state visit to Kazakhstan on Monday."))
    _store(session, "b.txt", _visit("2025", MONGOLIA, ULAANBAATAR, _YEAR_QUOTE))
    assert len(_visits(session)) == 2


def test_a_visit_told_by_its_year_joins_neither_of_two_visits_that_year(session: Session) -> None:
    _store(session, "a.txt", _visit("2025-03-03", MONGOLIA, ULAANBAATAR,
                                    "Sadyr Japarov arrived in Ulaanbaatar on a working visit to Mongolia on Monday."))
    _store(session, "c.txt", _visit("2025-11-10", MONGOLIA, ULAANBAATAR,
                                    "Sadyr Japarov arrived in Ulaanbaatar on a state visit to Mongolia on Monday."))
    _store(session, "b.txt", _visit("2025", MONGOLIA, ULAANBAATAR, _YEAR_QUOTE))
    assert len(_visits(session)) == 3


def test_a_visit_told_by_its_year_stays_apart_from_a_visit_whose_quote_names_another_host(session: Session) -> None:
    day = "The President of Kazakhstan received in Astana Sadyr Japarov, who arrived on an official visit on Monday."
    held = claim("Japarov visit", "CONSULT", "2025-11-10", mode="visit", actors=[JAPAROV, ASTANA],
                 keywords=("visit",), quote=day, end=len(day))
    _store(session, "a.txt", held)
    year = claim("Japarov visit", "CONSULT", "2025", mode="visit", actors=[JAPAROV, KYRGYZSTAN, MONGOLIA],
                 keywords=("visit",), quote=_YEAR_QUOTE, end=len(_YEAR_QUOTE))
    _store(session, "b.txt", year)
    assert len(_visits(session)) == 2
