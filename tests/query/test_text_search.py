"""The text filter's search index (migration 0005): same answers as a LIKE scan, kept in step with writes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session

from timeline.models import Citation, Event, Source
from timeline.query import chronology
from timeline.query.api import _text_candidates


def _event(title: str, year: int, **kw: object) -> Event:
    return Event(title=title, event_type="AGREE", edtf=str(year), date_start=dt.date(year, 1, 1),
                 date_end=dt.date(year, 12, 31), precision="year", **kw)


def _titles(session: Session, q: str) -> list[str]:
    return [v.title for v in chronology(session, text=q)]


def _index_present(session: Session) -> bool:
    if session.get_bind().dialect.name == "sqlite":
        return bool(session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_events'")).scalar())
    return bool(session.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_search_events_title'")).scalar())


def test_migration_builds_the_index_and_queries_use_it(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":  # PostgreSQL: only where pg_trgm can be installed
        assert _index_present(session)
    assert _text_candidates(session, "Baku") is not None
    assert _text_candidates(session, "Ba") is None  # under 3 characters: the LIKE scan


def test_index_follows_inserts_updates_and_deletes(session: Session) -> None:
    src = Source(uri="test://a", content_hash="a" * 64, text="x", extractor_version="t")
    ev = _event("Aliyev visits Beijing", 2015, summary="State visit", named_object="Silk Road Forum")
    other = _event("Trade protocol signed", 2016)
    session.add_all([src, ev, other])
    session.flush()
    session.add(Citation(event_id=other.id, source_id=src.id, quote="The ministers met in Urumqi on Monday.",
                         start=0, end=10, status="occurred"))
    session.commit()
    assert _titles(session, "BEIJING") == ["Aliyev visits Beijing"]  # case-insensitive
    assert _titles(session, "silk road") == ["Aliyev visits Beijing"]  # named object
    assert _titles(session, "state vis") == ["Aliyev visits Beijing"]  # summary
    assert _titles(session, "in urumqi") == ["Trade protocol signed"]  # a quote
    assert _titles(session, "visits Beijing in") == []  # substrings only, not words in any order

    session.execute(update(Event).where(Event.id == ev.id).values(title="Aliyev visits Shanghai"))
    session.commit()
    assert _titles(session, "Beijing") == []
    assert _titles(session, "Shanghai") == ["Aliyev visits Shanghai"]

    session.execute(delete(Citation).where(Citation.event_id == other.id))
    session.commit()
    assert _titles(session, "Urumqi") == []

    session.execute(delete(Event).where(Event.id == ev.id))
    session.commit()
    assert _titles(session, "Shanghai") == []
    assert _titles(session, "protocol") == ["Trade protocol signed"]


def test_query_syntax_is_literal(session: Session) -> None:
    session.add_all([_event('The "Baku Declaration" (2024) OR NOT*', 2024), _event("Plain title", 2023)])
    session.commit()
    assert _titles(session, '"Baku Declaration"') == ['The "Baku Declaration" (2024) OR NOT*']
    assert _titles(session, "OR NOT*") == ['The "Baku Declaration" (2024) OR NOT*']
    assert _titles(session, "title OR Baku") == []  # not an FTS expression
    assert _titles(session, "NEAR(") == []
