"""Session 14 (helper B2), resolver merging on the older dev sets' splits: invented names, places and
dates; positive and negative cases."""

from __future__ import annotations

from resolve_helpers import store_articles
from sqlalchemy.orm import Session

# --- 1. a state starts its vaccination campaign once ------------------------------------------------------


def _campaign_events(events):  # type: ignore[no-untyped-def]
    return [e for e in events if any("vaccin" in c.quote.lower() for c in e.citations)]


def test_one_campaign_start_told_a_month_apart_is_one_event_in_conflict(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", "Ulaanbaatar, 2 May 2022. In March 2022 Mongolia began vaccinating its citizens with the Russian vaccine."),
        ("b.txt", "Ulaanbaatar, 9 May 2022. Mongolia began its vaccination campaign with the Sputnik V vaccine in April 2022."),
    )
    found = _campaign_events(events)
    assert len(found) == 1
    assert found[0].has_conflict


def test_a_booster_campaign_is_another_campaign(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", "Ulaanbaatar, 2 May 2022. In March 2022 Mongolia began vaccinating its citizens with the Russian vaccine."),
        ("b.txt", "Ulaanbaatar, 9 May 2022. Mongolia began its booster vaccination campaign in April 2022."),
    )
    assert len(_campaign_events(events)) == 2


def test_two_states_starting_campaigns_stay_two(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", "Bishkek, 2 May 2022. In March 2022 Mongolia began vaccinating its citizens with the Russian vaccine."),
        ("b.txt", "Bishkek, 9 May 2022. Kyrgyzstan began its vaccination campaign with the Chinese vaccine in April 2022."),
    )
    assert len(_campaign_events(events)) == 2
