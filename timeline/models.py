"""The database schema (SQLAlchemy 2.x, typed). Built only by the Alembic migrations in ``migrations/``.

Tables, following the data flow:

- ``sources``        one row per article (identified by ``uri``, versioned by ``content_hash``);
- ``actors``         people, states, organisations, places; ``actor_aliases`` with validity periods;
- ``events``         one row per real-world event (merged across sources), date as EDTF + bounds;
- ``event_actors``   who took part, with a PLOVER-style role;
- ``citations``      which source supports which event: quote, offsets, the date that source claims;
- ``observations``   dated figures (trade turnover 2019 = 2.2e9 USD) with their source;
- ``ingestion_runs`` one row per ingestion job, with counts and per-file errors;
- ``corrections``    analysts' decisions, re-applied after every ingest and reprocess.

Views (created by migrations, documented in the README): ``chronology``, ``event_citations``,
``actor_events``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PRECISIONS = ("century", "decade", "year", "season", "quarter", "month", "week", "day", "interval")
STATUSES = ("occurred", "planned", "reported")
ROLES = ("actor", "recipient", "participant", "location")
ACTOR_KINDS = ("person", "state", "organisation", "place", "other")
RUN_STATUSES = ("running", "succeeded", "partial", "failed")

intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
timestamp = Annotated[dt.datetime, mapped_column(DateTime(timezone=True), server_default=func.now())]
short_str = Annotated[str, mapped_column(String(255))]


#: ``events.span_class`` → the longest ``date_end - date_start`` (days) of the class; ``None``: unbounded.
#: Class 0 also holds dated events without an end (a point at ``date_start``); the unbounded class
#: also holds inverted intervals (end before start). An event of class ``c`` that overlaps a window
#: starting on ``lo`` starts on or after ``lo - SPAN_CLASSES[c]`` days, and every event of a bounded
#: class starting on or after ``lo`` overlaps it: the read side turns a window into one short index
#: range per class (timeline/query/api.py). Changing the limits needs a migration that recomputes
#: the column and its triggers (see migration 0003).
SPAN_CLASSES: dict[int, int | None] = {0: 0, 1: 31, 2: 366, 3: 3660, 4: None}


def span_class_of(start: dt.date | None, end: dt.date | None) -> int | None:
    """The ``span_class`` of an event dated ``[start, end]`` (None when undated)."""
    if start is None:
        return None
    days = 0 if end is None else (end - start).days
    if days < 0:
        return max(SPAN_CLASSES)
    return next(cls for cls, longest in SPAN_CLASSES.items() if longest is None or days <= longest)


#: Prefix of the text-search objects of migration 0005 (FTS5 tables and their shadow tables on SQLite,
#: pg_trgm indexes on PostgreSQL): built by the migration, not part of the ORM metadata.
SEARCH_PREFIXES = ("search_", "ix_search_")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic autogenerate filter: leave the text-search objects (see :data:`SEARCH_PREFIXES`) alone."""
    return not (name or "").startswith(SEARCH_PREFIXES)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """One article. ``text`` is the stored text that citation offsets point into."""

    __tablename__ = "sources"

    id: Mapped[intpk]
    uri: Mapped[str] = mapped_column(String(1024), unique=True)
    #: Indexed: a new file whose content is already stored under another URI is a duplicate.
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255))
    author: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_precision: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[timestamp]
    updated_at: Mapped[timestamp] = mapped_column(onupdate=func.now())
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id", ondelete="SET NULL"))

    citations: Mapped[list[Citation]] = relationship(back_populates="source", passive_deletes=True)
    observations: Mapped[list[ObservationRow]] = relationship(back_populates="source", passive_deletes=True)

    __table_args__ = (
        CheckConstraint(
            f"published_precision IS NULL OR {_in('published_precision', PRECISIONS)}",
            name="published_precision",
        ),
    )


class Actor(Base):
    """A person, state, organisation or place."""

    __tablename__ = "actors"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    country: Mapped[str | None] = mapped_column(String(64))
    wikidata: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)
    #: "dictionary" (shipped data file), "extracted" (found in text), "curated" (an analyst).
    origin: Mapped[str] = mapped_column(String(16), default="dictionary")
    created_at: Mapped[timestamp]

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(_in("kind", ACTOR_KINDS), name="kind"),
        #: Case-insensitive lookup of a canonical name (the query API's actor filter); migration 0006.
        Index("ix_actors_name_lower", func.lower(name)),
        #: Members of a state (``members=True``): actors by country code; migration 0006.
        Index("ix_actors_country", "country"),
    )


class ActorAlias(Base):
    """A name an actor goes by, optionally only within a period (inclusive bounds).

    "President Aliyev" → Heydar Aliyev from 1993-06-24 to 2003-10-31, Ilham Aliyev from 2003-10-31.
    ``alias_norm`` is the lookup key: case-folded, punctuation and whitespace collapsed.
    """

    __tablename__ = "actor_aliases"

    id: Mapped[intpk]
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255))
    alias_norm: Mapped[str] = mapped_column(String(255), index=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    actor: Mapped[Actor] = relationship(back_populates="aliases")

    __table_args__ = (
        UniqueConstraint("actor_id", "alias_norm", "valid_from", name="uq_actor_aliases_actor_alias_from"),
    )


class Event(Base):
    """A real-world event, merged from one or more claims (citations)."""

    __tablename__ = "events"

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str | None] = mapped_column(String(32))
    context: Mapped[str | None] = mapped_column(String(64))
    #: Canonical date as EDTF ("1994-03-07", "2015-12-08/2015-12-11", "2008-08", "1994").
    edtf: Mapped[str | None] = mapped_column(String(64))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="occurred")
    summary: Mapped[str | None] = mapped_column(Text)
    named_object: Mapped[str | None] = mapped_column(Text)
    #: Rule/cue that produced the first claim (explainability); citations keep their own.
    rule: Mapped[str | None] = mapped_column(String(64))
    #: True when the sources give incompatible dates (see ``citations.claimed_*``).
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    #: How the canonical date was chosen among conflicting claims.
    date_rule: Mapped[str | None] = mapped_column(String(255))
    #: Fields set by an analyst's correction: {"title": "...", "date": "..."}.
    curated: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Hidden by a correction ("reject"); kept so the decision survives re-ingestion.
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Length class of ``[date_start, date_end]`` (see ``SPAN_CLASSES``); derived, never set by hand:
    #: the ORM hook below sets it on flush, database triggers (migration 0003) on any other write.
    span_class: Mapped[int | None] = mapped_column(SmallInteger)
    created_at: Mapped[timestamp]
    updated_at: Mapped[timestamp] = mapped_column(onupdate=func.now())

    actors: Mapped[list[EventActor]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    citations: Mapped[list[Citation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_events_chronology", "date_start", "date_end"),
        Index("ix_events_type_start", "event_type", "date_start"),
        Index("ix_events_type_object", "event_type", "named_object"),
        #: Chronology pages and year counts: one short, ordered, index-only range per span class
        #: (type and conflict filters are read from the index too).
        Index("ix_events_span_chronology", "rejected", "span_class", "date_start", "date_end", "id", "event_type",
              "has_conflict"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint(f"precision IS NULL OR {_in('precision', PRECISIONS)}", name="precision"),
    )


@event.listens_for(Event, "before_insert")
def _span_class_on_insert(_mapper: Mapper[Event], _conn: Any, target: Event) -> None:
    target.span_class = span_class_of(target.date_start, target.date_end)


@event.listens_for(Event, "before_update")
def _span_class_on_update(_mapper: Mapper[Event], _conn: Any, target: Event) -> None:
    state = inspect(target)
    if state.attrs.date_start.history.has_changes() or state.attrs.date_end.history.has_changes():
        target.span_class = span_class_of(target.date_start, target.date_end)


class EventActor(Base):
    """An actor's part in an event."""

    __tablename__ = "event_actors"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)

    event: Mapped[Event] = relationship(back_populates="actors")
    actor: Mapped[Actor] = relationship()

    __table_args__ = (
        Index("ix_event_actors_actor", "actor_id", "event_id"),
        CheckConstraint(_in("role", ROLES), name="role"),
    )


class Citation(Base):
    """One source's claim about one event: the sentence that supports it and the date it gives."""

    __tablename__ = "citations"

    id: Mapped[intpk]
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    quote: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    #: The date expression as written in the source ("on July 5", "in 1994").
    date_text: Mapped[str | None] = mapped_column(String(255))
    claimed_edtf: Mapped[str | None] = mapped_column(String(64))
    claimed_start: Mapped[dt.date | None] = mapped_column(Date)
    claimed_end: Mapped[dt.date | None] = mapped_column(Date)
    claimed_precision: Mapped[str | None] = mapped_column(String(16))
    event_type: Mapped[str | None] = mapped_column(String(32))
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(16))
    rule: Mapped[str | None] = mapped_column(String(64))
    #: Extra claim details kept for re-merging (actors, keywords, named object).
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Split off the event by a correction: never re-merged into it.
    curated: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[timestamp]

    event: Mapped[Event] = relationship(back_populates="citations")
    source: Mapped[Source] = relationship(back_populates="citations")


class ObservationRow(Base):
    """A dated figure reported by a source."""

    __tablename__ = "observations"

    id: Mapped[intpk]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    indicator: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(String(255))
    period_edtf: Mapped[str | None] = mapped_column(String(64))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    quote: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    source: Mapped[Source] = relationship(back_populates="observations")

    __table_args__ = (Index("ix_observations_indicator_period", "indicator", "period_start"),)


class IngestionRun(Base):
    """One ingestion job: what it saw, what it did, what failed."""

    __tablename__ = "ingestion_runs"

    id: Mapped[intpk]
    started_at: Mapped[timestamp]
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), default="running")
    command: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    files_seen: Mapped[int] = mapped_column(Integer, default=0)
    files_new: Mapped[int] = mapped_column(Integer, default=0)
    files_changed: Mapped[int] = mapped_column(Integer, default=0)
    files_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    files_failed: Mapped[int] = mapped_column(Integer, default=0)
    events_created: Mapped[int] = mapped_column(Integer, default=0)
    events_merged: Mapped[int] = mapped_column(Integer, default=0)
    #: [{"path": ..., "error": ...}, ...]
    errors: Mapped[list[Any] | None] = mapped_column(JSON)

    __table_args__ = (CheckConstraint(_in("status", RUN_STATUSES), name="status"),)


class Correction(Base):
    """An analyst's decision, stored so every later ingest/reprocess re-applies it."""

    __tablename__ = "corrections"

    id: Mapped[intpk]
    #: "reject", "merge", "split", "set", "alias".
    action: Mapped[str] = mapped_column(String(16))
    #: What the correction targets and does, as written in the curation file.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: Stable identity of the correction (hash of action + payload) so re-curating is a no-op.
    key: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str | None] = mapped_column(String(1024))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[timestamp]
