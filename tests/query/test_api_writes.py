"""The read API after writes of its own (each test on a fresh database; the sample timeline where asked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.query import chronology


def test_year_sorts_before_a_day_inside_it(session: Session) -> None:
    d = dt.date
    session.add_all([
        Event(title="day", event_type="AGREE", edtf="2015-01-01", date_start=d(2015, 1, 1), date_end=d(2015, 1, 1),
              precision="day"),
        Event(title="month", event_type="AGREE", edtf="2015-01", date_start=d(2015, 1, 1), date_end=d(2015, 1, 31),
              precision="month"),
        Event(title="year", event_type="AGREE", edtf="2015", date_start=d(2015, 1, 1), date_end=d(2015, 12, 31),
              precision="year"),
    ])
    session.commit()
    assert [v.title for v in chronology(session)] == ["year", "month", "day"]


def test_text_wildcards_are_literal(session: Session, sample: dict[str, Any]) -> None:
    session.add(Event(title="Growth of 5% in trade_volume", event_type="COOPERATE", edtf="2020",
                      date_start=dt.date(2020, 1, 1), date_end=dt.date(2020, 12, 31), precision="year"))
    session.commit()
    assert [v.title for v in chronology(session, text="5%")] == ["Growth of 5% in trade_volume"]
    assert [v.title for v in chronology(session, text="trade_v")] == ["Growth of 5% in trade_volume"]
    assert chronology(session, text="5_") == []


def test_pages_across_groups_of_the_same_start_day(session: Session) -> None:
    d = dt.date
    ends = [d(2015, 1, 1), d(2015, 12, 31), d(2015, 1, 31), d(2015, 12, 31), d(2015, 1, 1), None, d(2015, 1, 31)]
    for i, end in enumerate(ends * 2):
        session.add(Event(title=f"e{i}", event_type="AGREE", date_start=d(2015, 1, 1), date_end=end))
    session.add(Event(title="before", event_type="AGREE", date_start=d(2014, 5, 1), date_end=d(2014, 5, 1)))
    session.add(Event(title="after", event_type="AGREE", date_start=d(2015, 2, 1), date_end=d(2015, 2, 1)))
    session.commit()
    full = [v.title for v in chronology(session)]
    assert full[0] == "before" and full[-1] == "after"
    for size in (1, 2, 3, 5):
        paged = [v.title for o in range(0, len(full), size) for v in chronology(session, limit=size, offset=o)]
        assert paged == full, size
