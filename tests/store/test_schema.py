"""The schema holds what the data needs, with working constraints and cascades, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from timeline.models import Actor, ActorAlias, Citation, Event, EventActor, ObservationRow, Source


def _source(uri: str = "seeds/a.txt") -> Source:
    return Source(uri=uri, content_hash="0" * 64, text="On April 2, 1992, relations were established.",
                  extractor_version="test", published=dt.date(2024, 7, 4), published_precision="day")


def test_round_trip_and_cascades(session: Session) -> None:
    heydar = Actor(name="Heydar Aliyev", kind="person", country="AZE", wikidata="Q170576")
    heydar.aliases.append(ActorAlias(alias="President Aliyev", alias_norm="president aliyev",
                                     valid_from=dt.date(1993, 6, 24), valid_to=dt.date(2003, 10, 31)))
    src = _source()
    ev = Event(title="Diplomatic relations established", event_type="COOPERATE", edtf="1992-04-02",
               date_start=dt.date(1992, 4, 2), date_end=dt.date(1992, 4, 2), precision="day")
    ev.actors.append(EventActor(actor=heydar, role="participant"))
    session.add_all([heydar, src, ev])
    session.flush()
    session.add(Citation(event_id=ev.id, source_id=src.id, quote=src.text, start=0, end=len(src.text),
                         date_text="On April 2, 1992", claimed_edtf="1992-04-02"))
    session.add(ObservationRow(source_id=src.id, indicator="trade_turnover", value=2.2e9, unit="USD",
                               period_edtf="2019", quote="x", start=0, end=1))
    session.commit()

    row = session.execute(text("SELECT title, source_count, actors FROM chronology")).one()
    assert row == ("Diplomatic relations established", 1, "Heydar Aliyev")

    session.delete(src)  # ON DELETE CASCADE removes its citations and observations
    session.commit()
    assert session.scalar(select(func.count()).select_from(Citation)) == 0
    assert session.scalar(select(func.count()).select_from(ObservationRow)) == 0
    assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_constraints_reject_bad_values(session: Session) -> None:
    session.add(Event(title="x", event_type="AGREE", status="maybe"))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()
    session.add_all([_source("same"), _source("same")])
    with pytest.raises(IntegrityError):
        session.flush()
