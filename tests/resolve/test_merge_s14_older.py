"""Session 14 (helper B2), resolver merging on the older dev sets' splits: invented names, places and
dates; positive and negative cases."""

from __future__ import annotations

from resolve_helpers import store_articles
from sqlalchemy.orm import Session

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
