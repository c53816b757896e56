"""The typed read API: chronologies, actor timelines, conflicts, sources, counts, observations.

Every function takes a :class:`~sqlalchemy.orm.Session` first and returns frozen dataclasses,
never ORM objects, so results can be kept, compared and serialised after the session closes.

How a chronology is read (the rules the exports and the CLI inherit):

* **Order**: ``date_start``, then coarser before finer (``date_end`` descending: the year 2015
  comes before 8 Dec 2015), then ``id`` — the same order as the ``chronology`` view.
* **Window**: an event is in ``[start, end]`` when any part of its interval overlaps it.
  Rejected events are never returned; undated events only with ``include_context=True``
  (after the dated ones).
* **Filters** are SQL (bound parameters only; text search escapes ``%`` and ``_``); a page
  (``limit``) is read along the index ``ix_events_chronology`` (see :func:`_page`); actors,
  citations and sources of the selected events are loaded by two further queries (no N+1).
* **Actors** are matched by name or alias, case- and punctuation-insensitively. An alias with a
  validity period ("President Aliyev": Heydar Aliyev 1993-06-24..2003-10-31, Ilham Aliyev from
  2003-10-31) matches an event only when the event's ``date_start`` lies in the period
  (inclusive bounds), so the alias resolves per event date. Several names match events having
  any of them (``all_actors=True``: all of them). With ``members=True`` a state also stands for
  the people and organisations whose ``country`` is its code ("Azerbaijan" finds Ilham Aliyev's
  visits and SOCAR's contracts even when the quote never names the state); places never do.
* **Countries of participants**: every view of an event also lists, with role ``country``, the state of
  each person or organisation taking part (``actors.country``; places excluded) that the event does not
  already name — the convention of event data sets that code actors by country (ICEWS, PLOVER's
  actor country) and of our annotators. They are derived when read, not stored: merging never sees
  them, and the actor filters match them only with ``members=True``.
* **as_known_on=DATE**: the timeline as it could have been written on DATE. Only citations from
  sources published on or before DATE count; sources without a publication date are left out
  (we cannot tell when they became known). Events without such a citation disappear. The date
  of each remaining event is recomputed from its remaining claims: the claimed date backed by
  the most distinct sources wins, ties go to the most precise claim (narrowest interval), then
  to the earliest claimed start; when no remaining citation claims a date, the stored date is
  kept. Claims conflict when two of them are disjoint intervals. This mode filters, orders and
  paginates the candidate events in Python after one SQL pre-selection, so it is slower than
  the default mode on very large databases.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    exists,
    extract,
    false,
    func,
    or_,
    select,
    table,
    true,
    union,
    union_all,
    values,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from timeline.models import SPAN_CLASSES, Actor, ActorAlias, Citation, Event, EventActor, ObservationRow, Source
from timeline.query.display import show_date
from timeline.query.filters import DateInput, InvalidDateError, normalise_name, parse_bound

__all__ = [
    "COUNTRY_ROLE",
    "ActorMatch",
    "ActorSummary",
    "ActorView",
    "CitationView",
    "ClaimView",
    "EventNotFoundError",
    "EventView",
    "InvalidDateError",
    "ObservationView",
    "QueryError",
    "SourceSummary",
    "SourceView",
    "UnknownActorError",
    "actor_timeline",
    "chronology",
    "conflicts",
    "counts_by_year",
    "event",
    "list_actors",
    "list_sources",
    "observations",
    "resolve_actor",
    "sources_for",
]

DEFAULT_START = 1992
DEFAULT_END = 2024
#: Role of a participant's state listed on an event view (derived when read; see the module doc).
COUNTRY_ROLE = "country"
#: Rows per ``IN (...)`` list when loading the actors/citations of many events.
_CHUNK = 500
#: Deeper pages are left to the database's own ORDER BY ... OFFSET (cheaper than moving keys to Python).
_INDEX_PAGE_MAX_OFFSET = 1000
#: Longest free-text filter kept (longer input cannot match a title anyway; keeps SQL small).
_MAX_TEXT = 1000

_PRECISION_RANK = {"century": 0, "decade": 1, "year": 2, "season": 3, "quarter": 3, "month": 4,
                   "week": 5, "interval": 5, "day": 6}


# --------------------------------------------------------------------------- errors


class QueryError(Exception):
    """Base class of the read API's expected errors (bad input, unknown things)."""


class UnknownActorError(QueryError, LookupError):
    """No actor has this name or alias; ``suggestions`` holds close names."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        shown = name if len(name) <= 60 else name[:60] + "…"
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown actor {shown!r}{hint}")


class EventNotFoundError(QueryError, LookupError):
    """No event has this id."""

    def __init__(self, event_id: object) -> None:
        self.event_id = event_id
        super().__init__(f"no event with id {event_id!r}")


# --------------------------------------------------------------------------- result types


@dataclass(frozen=True, slots=True)
class SourceView:
    """An article as cited."""

    id: int
    uri: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class ActorView:
    """An actor's part in an event (role ``country``: the state of a participant, derived when read)."""

    id: int
    name: str
    kind: str
    role: str
    wikidata: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class CitationView:
    """One source's claim about an event: the quote, where it is, and the date it gives."""

    id: int
    source: SourceView
    quote: str
    start: int
    end: int
    date_text: str | None
    claimed_edtf: str | None
    claimed_start: dt.date | None
    claimed_end: dt.date | None
    claimed_precision: str | None
    rule: str | None = None
    status: str | None = None
    curated: bool = False

    @property
    def claimed_display(self) -> str:
        return show_date(self.claimed_edtf)


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A distinct date claimed for an event, with the sources that claim it."""

    edtf: str
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    sources: tuple[SourceView, ...]
    date_texts: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        return show_date(self.edtf)


@dataclass(frozen=True, slots=True)
class EventView:
    """An event with its actors, citations (sources and quotes) and date claims."""

    id: int
    title: str
    type: str
    mode: str | None
    context: str | None
    edtf: str | None
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    status: str
    actors: tuple[ActorView, ...]
    citations: tuple[CitationView, ...]
    has_conflict: bool
    #: The distinct claimed dates when the sources disagree (empty when they do not).
    conflicts: tuple[ClaimView, ...]
    source_count: int
    #: Names of fields set by an analyst's correction.
    curated: tuple[str, ...] = ()
    rule: str | None = None
    date_rule: str | None = None
    summary: str | None = None
    named_object: str | None = None
    rejected: bool = False
    #: Every distinct date claimed by the citations (conflicting or not).
    claims: tuple[ClaimView, ...] = field(default=())

    @property
    def display_date(self) -> str:
        """The date at its precision ("8–11 Dec 2015", "Dec 2015", "1994")."""
        return show_date(self.edtf)

    @property
    def actor_names(self) -> list[str]:
        """Distinct names of the actors the sources name, in first-seen order (derived countries left out)."""
        return list(dict.fromkeys(a.name for a in self.actors if a.role != COUNTRY_ROLE))

    @property
    def sources(self) -> list[SourceView]:
        """Distinct sources in citation order."""
        return list({c.source.id: c.source for c in self.citations}.values())


@dataclass(frozen=True, slots=True)
class ObservationView:
    """A dated figure reported by a source."""

    id: int
    indicator: str
    subject: str | None
    period_edtf: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    value: float
    unit: str
    quote: str
    source: SourceView

    @property
    def period_display(self) -> str:
        return show_date(self.period_edtf)


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """An actor with its aliases and how many (non-rejected) events it takes part in."""

    id: int
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    event_count: int


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source with its counts."""

    source: SourceView
    citation_count: int
    event_count: int
    observation_count: int


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor a name refers to, within an optional period (inclusive bounds)."""

    actor_id: int
    name: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


# --------------------------------------------------------------------------- actors


def _alias_key(name: str) -> str:
    """The colleague's alias normaliser when present (must equal ``alias_norm``), else ours."""
    try:
        from timeline.extract.actors import normalise_alias  # type: ignore[attr-defined]
    except ImportError:
        return normalise_name(name)
    return str(normalise_alias(name))


def _suggest(session: Session, name: str, limit: int = 5) -> list[str]:
    try:
        from timeline.store.actors import suggest_actor_names
    except ImportError:
        pass
    else:
        return list(suggest_actor_names(session, name[:200], limit=limit))
    from rapidfuzz import fuzz, process, utils

    names = dict(session.execute(select(Actor.name, Actor.name)).all())
    for alias, actor_name in session.execute(select(ActorAlias.alias, Actor.name).join(Actor)):
        names.setdefault(alias, actor_name)
    found = process.extract(name[:200], list(names), scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit * 3, score_cutoff=60)
    return list(dict.fromkeys(names[choice] for choice, _score, _i in found))[:limit]


def resolve_actor(session: Session, name_or_alias: str) -> list[ActorMatch]:
    """Every actor ``name_or_alias`` can refer to, with the period of each alias.

    A canonical name matches without a period. Raises :class:`UnknownActorError` (with
    suggestions) when nothing matches.
    """
    name = _clean(name_or_alias)
    key = _alias_key(name) if name else ""
    matches: dict[tuple[int, dt.date | None, dt.date | None], ActorMatch] = {}
    if key and len(name) <= 255:
        by_name = select(Actor.id, Actor.name).where(
            or_(Actor.name == name, func.lower(Actor.name) == name.lower()))
        for actor_id, actor_name in session.execute(by_name):
            matches[(actor_id, None, None)] = ActorMatch(actor_id, actor_name)
        by_alias = (select(Actor.id, Actor.name, ActorAlias.valid_from, ActorAlias.valid_to)
                    .join(ActorAlias, ActorAlias.actor_id == Actor.id).where(ActorAlias.alias_norm == key))
        for actor_id, actor_name, vf, vt in session.execute(by_alias):
            if (actor_id, None, None) not in matches:
                matches[(actor_id, vf, vt)] = ActorMatch(actor_id, actor_name, vf, vt)
        if not matches:  # canonical names differing only in case/punctuation/accents
            for actor_id, actor_name in session.execute(select(Actor.id, Actor.name)):
                if _alias_key(actor_name) == key:
                    matches[(actor_id, None, None)] = ActorMatch(actor_id, actor_name)
    if not matches:
        raise UnknownActorError(name_or_alias, _suggest(session, name_or_alias) if key else [])
    # An actor matched without a period makes its periodic matches redundant.
    unrestricted = {m.actor_id for m in matches.values() if m.valid_from is None and m.valid_to is None}
    return [m for m in matches.values()
            if m.actor_id not in unrestricted or (m.valid_from is None and m.valid_to is None)]


#: Actor kinds that act for the state they belong to (places are only where something happened).
_MEMBER_KINDS = ("person", "organisation")


def _members_of(session: Session, matches: Sequence[ActorMatch]) -> list[ActorMatch]:
    """The people and organisations of the states among ``matches`` (same ``country`` code), unrestricted.

    ``members=True`` in :func:`chronology`: "Azerbaijan" then also finds the visits of its presidents,
    ministers and companies, which the sources name without naming the state.
    """
    ids = [m.actor_id for m in matches]
    codes = select(Actor.country).where(Actor.id.in_(ids), Actor.kind == "state", Actor.country.is_not(None))
    rows = session.execute(select(Actor.id, Actor.name).where(Actor.country.in_(codes),
                                                             Actor.kind.in_(_MEMBER_KINDS)))
    known = set(ids)
    return [ActorMatch(actor_id, name) for actor_id, name in rows if actor_id not in known]


def _takes_part(actor_ids: Sequence[int]) -> ColumnElement[bool]:
    """A probe of the event_actors primary key per event (cheap per row, never a whole actor's list)."""
    return exists().where(EventActor.event_id == Event.id, EventActor.actor_id.in_(actor_ids))


def _actor_condition(matches: Sequence[ActorMatch]) -> ColumnElement[bool]:
    """Events involving any of ``matches`` (each periodic match checked against date_start)."""
    plain = sorted({m.actor_id for m in matches if m.valid_from is None and m.valid_to is None})
    conds: list[ColumnElement[bool]] = []
    if plain:
        conds.append(_takes_part(plain))
    for m in matches:
        if m.valid_from is None and m.valid_to is None:
            continue
        period: list[ColumnElement[bool]] = [_takes_part([m.actor_id])]
        if m.valid_from is not None:
            period.append(Event.date_start >= m.valid_from)
        if m.valid_to is not None:
            period.append(Event.date_start <= m.valid_to)
        conds.append(and_(*period))
    return or_(*conds) if conds else false()


# --------------------------------------------------------------------------- chronology


def _window(start: DateInput, end: DateInput) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = parse_bound(start), parse_bound(end, end=True)
    if lo and hi and lo > hi:
        raise InvalidDateError(f"the window starts ({lo}) after it ends ({hi})")
    return lo, hi


def _overlap(lo: dt.date | None, hi: dt.date | None) -> list[ColumnElement[bool]]:
    """Events whose [date_start, date_end] overlaps [lo, hi] (date_end NULL = a point)."""
    conds: list[ColumnElement[bool]] = []
    if hi is not None:
        conds.append(Event.date_start <= hi)
    if lo is not None:
        conds.append(or_(Event.date_end >= lo, and_(Event.date_end.is_(None), Event.date_start >= lo)))
    return conds


def _clean(value: str) -> str:
    """User text made safe to bind on every engine: NUL removed (SQLite truncates, PostgreSQL refuses)."""
    return value.replace("\x00", "").strip()[:_MAX_TEXT]


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if v is not None]


def _text_condition(text: str) -> ColumnElement[bool]:
    q = _clean(text)
    if not q:
        return false()
    quote_match = exists().where(Citation.event_id == Event.id, Citation.quote.icontains(q, autoescape=True))
    return or_(Event.title.icontains(q, autoescape=True), Event.summary.icontains(q, autoescape=True),
               Event.named_object.icontains(q, autoescape=True), quote_match)


_SEARCH_MIN = 3  # the trigram index answers substrings of 3 or more characters


def _text_candidates(session: Session, text: str) -> Select[Any] | None:
    """Ids of the events containing ``text`` (a superset), from the text-search index of migration 0005.

    SQLite: trigram phrase queries on ``search_events`` / ``search_quotes``; PostgreSQL: LIKE on
    ``lower(...)``, answered by the pg_trgm indexes when they exist. None when the query is shorter
    than 3 characters or the SQLite database has no search tables: the caller then tests each event.
    """
    q = _clean(text)
    if len(q) < _SEARCH_MIN:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if not session.connection().exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_quotes'").scalar():
            return None
        phrase = '"' + q.replace('"', '""') + '"'
        events_fts = table("search_events", column("rowid", Integer))
        quotes_fts = table("search_quotes", column("rowid", Integer))
        in_events = select(events_fts.c.rowid.label("id")).where(
            sql_text("search_events MATCH :search_events_q").bindparams(search_events_q=phrase))
        in_quotes = select(quotes_fts.c.rowid).where(
            sql_text("search_quotes MATCH :search_quotes_q").bindparams(search_quotes_q=phrase))
        return union(in_events, select(Citation.event_id).where(Citation.id.in_(in_quotes)))
    pattern = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    def like(col: Any) -> ColumnElement[bool]:
        return func.lower(col).like(pattern, escape="\\")
    return union(select(Event.id.label("id")).where(or_(like(Event.title), like(Event.summary),
                                                        like(Event.named_object))),
                 select(Citation.event_id).where(like(Citation.quote)))


def _source_condition(source: str | int) -> ColumnElement[bool]:
    if isinstance(source, int) and not isinstance(source, bool):
        src_match: ColumnElement[bool] = Source.id == source
    else:
        s = _clean(str(source))
        if not s:
            return false()
        src_match = or_(Source.uri == s, Source.uri.icontains(s, autoescape=True),
                        Source.outlet.icontains(s, autoescape=True), Source.url == s)
    return Event.id.in_(select(Citation.event_id).join(Source, Source.id == Citation.source_id).where(src_match))


@dataclass(frozen=True)
class _Filters:
    lo: dt.date | None
    hi: dt.date | None
    conds: tuple[ColumnElement[bool], ...]
    include_context: bool
    as_known_on: dt.date | None
    #: Actor ids per requested name; every selected event involves one of them for any (all) names.
    actor_groups: tuple[tuple[int, ...], ...] = ()
    all_actors: bool = False
    #: (types, statuses, conflicts only) when those are the only filters: the page statements of
    #: such filters are built once and cached (see _statement); None otherwise.
    shape: tuple[Any, ...] | None = None
    #: A text or source filter: rare matches, so a page reads the window once instead of first finding
    #: its last day (which would read the window twice when fewer rows than the page match).
    one_pass: bool = False
    #: Ids of the events matching the text filter, from the search index (None: no index, or no text).
    text_ids: Any = None
    source_filter: bool = False


def _build_filters(session: Session, start: DateInput, end: DateInput, *, actors: str | Iterable[str] | None,
                   types: str | Iterable[str] | None, status: str | Iterable[str] | None, text: str | None,
                   source: str | int | None, as_known_on: DateInput, include_context: bool,
                   all_actors: bool, conflicts_only: bool, members: bool = False) -> _Filters:
    lo, hi = _window(start, end)
    known = parse_bound(as_known_on, end=True)
    conds: list[ColumnElement[bool]] = [Event.rejected.is_(False)]
    names = _as_list(actors)
    groups: list[tuple[int, ...]] = []
    if names:
        matches = [resolve_actor(session, n) for n in names]
        if members:
            matches = [[*found, *_members_of(session, found)] for found in matches]
        groups = [tuple(sorted({m.actor_id for m in found})) for found in matches]
        actor_conds = [_actor_condition(found) for found in matches]
        conds.append(and_(*actor_conds) if all_actors else or_(*actor_conds))
    type_list = tuple(_clean(t).upper() for t in _as_list(types) if t.strip())
    status_list = tuple(_clean(s).lower() for s in _as_list(status) if s.strip())
    shape: tuple[Any, ...] | None = (type_list, status_list, conflicts_only and known is None)
    conds.extend(_simple_conds(type_list, status_list, False))
    text_ids = None
    if text and text.strip():
        conds.append(_text_condition(text))
        text_ids = _text_candidates(session, text)
    if source is not None and str(source).strip():
        conds.append(_source_condition(source))
    if known is not None:  # a probe per event (an IN list would hold every known citation)
        conds.append(exists().where(Citation.event_id == Event.id, Citation.source_id == Source.id,
                                    Source.published <= known))
    elif conflicts_only:
        conds.append(Event.has_conflict.is_(True))
    one_pass = bool(text and text.strip()) or (source is not None and bool(str(source).strip()))
    if names or one_pass or known is not None:
        shape = None
    return _Filters(lo, hi, tuple(conds), include_context, known, tuple(groups), all_actors and len(groups) > 1,
                    shape, one_pass, text_ids, source is not None and bool(str(source).strip()))


def _simple_conds(types: tuple[str, ...], statuses: tuple[str, ...], conflicts_only: bool) -> list[ColumnElement[bool]]:
    """Type, status and conflict filters (the ones whose statements are cached)."""
    conds: list[ColumnElement[bool]] = []
    if types:
        # ``|| ''`` keeps SQLite off ix_events_type_start, whose date range cannot be bounded below (see
        # _class_ranges): it would read every earlier event of the type.
        conds.append(Event.event_type.concat("").in_(types))
    if statuses:
        conds.append(Event.status.in_(statuses))
    if conflicts_only:
        conds.append(Event.has_conflict.is_(True))
    return conds


def _ordered(stmt: Select[Any], include_context: bool) -> Select[Any]:
    if include_context:
        stmt = stmt.order_by(Event.date_start.is_(None))
    return stmt.order_by(Event.date_start, Event.date_end.desc().nulls_last(), Event.id)


def _event_columns() -> tuple[Any, ...]:
    return (Event.id, Event.title, Event.event_type, Event.mode, Event.context, Event.edtf, Event.date_start,
            Event.date_end, Event.precision, Event.status, Event.has_conflict, Event.curated, Event.rule,
            Event.date_rule, Event.summary, Event.named_object, Event.rejected)


def chronology(
    session: Session,
    start: DateInput = DEFAULT_START,
    end: DateInput = DEFAULT_END,
    *,
    actors: str | Iterable[str] | None = None,
    types: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    text: str | None = None,
    source: str | int | None = None,
    as_known_on: DateInput = None,
    include_context: bool = False,
    all_actors: bool = False,
    members: bool = False,
    limit: int | None = None,
    offset: int = 0,
    _conflicts_only: bool = False,
) -> list[EventView]:
    """Events overlapping ``[start, end]`` in chronological order (see the module doc for the rules).

    ``actors`` — names or aliases (any of them; ``all_actors=True``: all); ``types`` — PLOVER types;
    ``status`` — occurred/planned/reported; ``text`` — case-insensitive substring of the title,
    summary, named object or a quote; ``source`` — a source id, URI, or part of a URI/outlet;
    ``as_known_on`` — only what sources published by that date say; ``include_context`` — also
    undated events (last); ``members`` — a state in ``actors`` also stands for its people and
    organisations (actors with its country code). Raises :class:`InvalidDateError` for bad bounds and
    :class:`UnknownActorError` for unknown actors.
    """
    if limit is not None and limit < 0:
        raise QueryError("limit must not be negative")
    if offset < 0:
        raise QueryError("offset must not be negative")
    flt = _build_filters(session, start, end, actors=actors, types=types, status=status, text=text,
                         source=source, as_known_on=as_known_on, include_context=include_context,
                         all_actors=all_actors, conflicts_only=_conflicts_only, members=members)
    if flt.as_known_on is not None:
        return _chronology_as_known(session, flt, limit, offset, conflicts_only=_conflicts_only)
    if include_context:
        window = _overlap(flt.lo, flt.hi)
        where = [*flt.conds, or_(Event.date_start.is_(None), and_(*window)) if window else true()]
        stmt = _ordered(select(*_event_columns()).where(*where), include_context)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        return _assemble(session, session.execute(stmt).all())
    return _assemble(session, _dated_rows(session, flt, limit, offset))


# --------------------------------------------------------------------------- dated pages
#
# The window condition (date_start <= hi AND date_end >= lo) bounds date_start only from above, so
# an index on date_start would be read from the first event ever. ``events.span_class`` (computed by
# the database) fixes that: an event of class c overlapping the window starts on or after
# lo - SPAN_CLASSES[c] days, so the events of a window are one short range per class of
# ix_events_span_chronology (rejected, span_class, date_start, date_end, id), read in date order.


def _class_ranges(has_lo: bool, has_hi: bool) -> list[list[ColumnElement[bool]]]:
    """Per span class: the conditions of its index range (implied by the window, so they only narrow reads).

    Bounds are the parameters ``from<class>`` (window start minus the class's longest span) and ``hi``.
    """
    out = []
    for cls, longest in SPAN_CLASSES.items():
        conds: list[ColumnElement[bool]] = [Event.rejected.is_(False), Event.span_class == cls]
        if has_lo and longest is not None:
            conds.append(Event.date_start >= bindparam(f"from{cls}", type_=Date))
        if has_hi:
            conds.append(Event.date_start <= bindparam("hi", type_=Date))
        out.append(conds)
    return out


def _range_params(lo: dt.date | None, hi: dt.date | None) -> dict[str, Any]:
    """Values of the parameters of _class_ranges and _reaches."""
    params: dict[str, Any] = {"hi": hi, "lo": lo}
    if lo is not None:
        params.update({f"from{cls}": _days_before(lo, longest) for cls, longest in SPAN_CLASSES.items()
                       if longest is not None})
    return params


def _days_before(day: dt.date, days: int) -> dt.date:
    return dt.date.min if day.toordinal() - dt.date.min.toordinal() <= days else day - dt.timedelta(days=days)


def _reaches(has_lo: bool) -> list[ColumnElement[bool]]:
    """The lower half of the window test, parameter ``lo`` (the upper half is in each class range)."""
    if not has_lo:
        return []
    lo = bindparam("lo", type_=Date)
    return [or_(Event.date_end >= lo, and_(Event.date_end.is_(None), Event.date_start >= lo))]


def _chrono_order(columns: Any) -> tuple[Any, ...]:
    return (columns.date_start, columns.date_end.desc().nulls_last(), columns.id)


def _build_statement(kind: str, conds: Sequence[ColumnElement[bool]], has_lo: bool, has_hi: bool) -> Select[Any]:
    """The statements of a dated window, with bound parameters (see _range_params).

    ``last``: the date_start of the ``n``-th event in order (parameters ``n``, ``skip`` = n - 1). Each
    class gives its first ``n`` start dates (an index range read in order); the n-th smallest of them
    all is the n-th of the window. ``page``: rows ``offset`` .. ``offset + limit`` of the window,
    reading every row up to ``hi`` (that last day included, so the order inside a day — date_end
    descending, then id — is exact), keys only, then the page's rows by id. ``all``: every row.
    """
    where = [*conds, *_reaches(has_lo)]
    ranges = _class_ranges(has_lo, has_hi)
    if kind == "last":
        n = bindparam("n", type_=Integer)
        firsts = [select(Event.date_start.label("d")).where(*where, *r).order_by(Event.date_start).limit(n)
                  .subquery() for r in ranges]
        merged = union_all(*[select(f.c.d) for f in firsts]).subquery()
        return select(merged.c.d).order_by(merged.c.d).offset(bindparam("skip", type_=Integer)).limit(1)
    if kind == "all":
        rows = union_all(*[select(*_event_columns()).where(*where, *r) for r in ranges]).subquery()
        return select(rows).order_by(*_chrono_order(rows.c)).offset(bindparam("offset", type_=Integer))
    k = union_all(*[select(Event.id, Event.date_start, Event.date_end).where(*where, *r) for r in ranges]).subquery()
    page = (select(k).order_by(*_chrono_order(k.c)).limit(bindparam("limit", type_=Integer))
            .offset(bindparam("offset", type_=Integer)).subquery())
    return select(*_event_columns()).join(page, page.c.id == Event.id).order_by(*_chrono_order(page.c))


@lru_cache(maxsize=256)
def _cached_statement(kind: str, shape: tuple[Any, ...], has_lo: bool, has_hi: bool) -> Select[Any]:
    return _build_statement(kind, [Event.rejected.is_(False), *_simple_conds(*shape)], has_lo, has_hi)


def _statement(kind: str, flt: _Filters, has_lo: bool, has_hi: bool) -> Select[Any]:
    """A dated-window statement: built once per filter shape when the filters are simple."""
    if flt.shape is not None:
        return _cached_statement(kind, flt.shape, has_lo, has_hi)
    return _build_statement(kind, flt.conds, has_lo, has_hi)


def _dated_rows(session: Session, flt: _Filters, limit: int | None, offset: int) -> list[Any]:
    """Dated events of the window in chronology order (one page when ``limit`` is given)."""
    if limit == 0:
        return []
    conn = session.connection()  # Core execution: the rows are plain tuples anyway
    candidates, flt = _few_candidates(session, flt)
    if candidates is not None:
        where = [*flt.conds, *_overlap(flt.lo, flt.hi), Event.id.in_(candidates)]
        stmt = select(*_event_columns()).where(*where).order_by(*_chrono_order(Event))
        return list(conn.execute(stmt.limit(limit).offset(offset or None)).all())
    has_lo = flt.lo is not None
    params = _range_params(flt.lo, flt.hi)
    if limit is None:
        return list(conn.execute(_statement("all", flt, has_lo, flt.hi is not None), {**params, "offset": offset}))
    n = offset + limit
    day = None
    if not flt.one_pass:
        last = _statement("last", flt, has_lo, flt.hi is not None)
        day = conn.execute(last, {**params, "n": n, "skip": n - 1}).scalar()
    if day is not None:
        params["hi"] = day if flt.hi is None else min(flt.hi, day)
    page = _statement("page", flt, has_lo, params["hi"] is not None)
    return list(conn.execute(page, {**params, "limit": limit, "offset": offset}))


def _few_candidates(session: Session, flt: _Filters) -> tuple[Select[Any] | None, _Filters]:
    """A statement of candidate event ids when a filter selects few events (a rare actor, a rare text),
    else None (walk the chronology index instead), and the filters to walk with: a text the index
    finds in many events is no reason to read the window in one pass (see ``_Filters.one_pass``)."""
    few = _few_actor_events(session, flt)
    if few is not None:
        return select(EventActor.event_id).where(EventActor.actor_id.in_(few)), flt
    if flt.text_ids is not None:
        found = select(func.count()).select_from(flt.text_ids.limit(_FEW_ACTOR_LINKS + 1).subquery())
        if (session.scalar(found) or 0) <= _FEW_ACTOR_LINKS:
            return flt.text_ids, flt
        if not flt.source_filter:
            return None, replace(flt, one_pass=False)
    return None, flt


#: An actor filter with at most this many (event, actor) links reads those events directly by id.
_FEW_ACTOR_LINKS = 3000


def _few_actor_events(session: Session, flt: _Filters) -> tuple[int, ...] | None:
    """The actor ids whose events to read directly, when an actor filter selects few events (None: walk
    the chronology instead).

    Reading a rare actor's events by id (``events.id IN (SELECT event_id FROM event_actors …)``: the
    actor index, then a primary-key probe per event) and sorting them beats walking the chronology until
    enough of them turn up; a frequent actor is the opposite. The candidates are a superset (periods
    and the other filters are still applied in SQL).
    """
    groups = sorted(flt.actor_groups, key=len) if flt.all_actors else [tuple(sorted({a for g in flt.actor_groups
                                                                                  for a in g}))]
    for group in groups:
        if not group:
            continue
        links = select(EventActor.event_id).where(EventActor.actor_id.in_(group)).limit(_FEW_ACTOR_LINKS + 1)
        if (session.scalar(select(func.count()).select_from(links.subquery())) or 0) <= _FEW_ACTOR_LINKS:
            return group
        if not flt.all_actors:
            break
    return None


def _assemble(session: Session, rows: Sequence[Any], known: dt.date | None = None) -> list[EventView]:
    ids = [r.id for r in rows]
    actors = _load_actors(session, ids)
    citations = _load_citations(session, ids, known)
    return [_event_view(r, actors.get(r.id, []), citations.get(r.id, [])) for r in rows]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


@lru_cache(maxsize=1)
def _actors_statement() -> Select[Any]:
    """Actors of a set of events (parameter ``ids``, expanding): built once, executed through Core."""
    return (select(EventActor.event_id, EventActor.role, Actor.id, Actor.name, Actor.kind, Actor.wikidata,
                   Actor.country)
            .join(Actor, Actor.id == EventActor.actor_id)
            .where(EventActor.event_id.in_(bindparam("ids", expanding=True))))


@lru_cache(maxsize=2)
def _citations_statement(known: bool) -> Select[Any]:
    """Citations of a set of events with their sources (``ids``; ``known``: sources published by then)."""
    stmt = (select(Citation.event_id, Citation.id, Citation.quote, Citation.start, Citation.end,
                   Citation.date_text, Citation.claimed_edtf, Citation.claimed_start, Citation.claimed_end,
                   Citation.claimed_precision, Citation.rule, Citation.status, Citation.curated,
                   Source.id, Source.uri, Source.title, Source.outlet, Source.published, Source.url,
                   Source.author)
            .join(Source, Source.id == Citation.source_id)
            .where(Citation.event_id.in_(bindparam("ids", expanding=True))))
    if known:
        stmt = stmt.where(Source.published.is_not(None), Source.published <= bindparam("known", type_=Date))
    return stmt


_ROLE_ORDER = {"actor": 0, "recipient": 1, "participant": 2, "location": 3, COUNTRY_ROLE: 4}
#: Kinds of participants whose state is listed with role ``country`` (places are where, not who).
_HAS_COUNTRY = frozenset({"person", "organisation"})


def _load_actors(session: Session, ids: Sequence[int]) -> dict[int, list[ActorView]]:
    out: dict[int, list[ActorView]] = defaultdict(list)
    conn = session.connection()
    for chunk in _chunks(ids):
        for ev_id, role, a_id, name, kind, wikidata, country in conn.execute(_actors_statement(),
                                                                            {"ids": list(chunk)}):
            out[ev_id].append(ActorView(a_id, name, kind, role, wikidata, country))
    _add_countries(session, out)
    for views in out.values():
        views.sort(key=lambda a: (_ROLE_ORDER.get(a.role, 9), a.name))
    return out


def _add_countries(session: Session, actors: dict[int, list[ActorView]]) -> None:
    """Append to each event the states of its participants that it does not name (role ``country``)."""
    codes = {a.country for views in actors.values() for a in views if a.kind in _HAS_COUNTRY and a.country}
    if not codes:
        return
    states: dict[str, ActorView] = {}
    stmt = (select(Actor.id, Actor.name, Actor.wikidata, Actor.country)
            .where(Actor.kind == "state", Actor.country.in_(sorted(codes))).order_by(Actor.id))
    for a_id, name, wikidata, code in session.connection().execute(stmt):
        states.setdefault(code, ActorView(a_id, name, "state", COUNTRY_ROLE, wikidata, code))
    for views in actors.values():
        named = {a.id for a in views}
        wanted = dict.fromkeys(a.country for a in views if a.kind in _HAS_COUNTRY and a.country)
        for code in wanted:
            state = states.get(code)
            if state is not None and state.id not in named:
                views.append(state)
                named.add(state.id)


def _load_citations(session: Session, ids: Sequence[int], known: dt.date | None) -> dict[int, list[CitationView]]:
    out: dict[int, list[CitationView]] = defaultdict(list)
    conn = session.connection()
    stmt = _citations_statement(known is not None)
    for chunk in _chunks(ids):
        for r in conn.execute(stmt, {"ids": list(chunk), "known": known}):
            src = SourceView(r[13], r[14], r[15], r[16], r[17], r[18], r[19])
            out[r[0]].append(CitationView(r[1], src, r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                                          r[11], bool(r[12])))
    for views in out.values():
        views.sort(key=lambda c: (c.source.published or dt.date.max, c.source.id, c.start, c.id))
    return out


def _claims(citations: Sequence[CitationView]) -> list[ClaimView]:
    """Distinct claimed dates, most-supported first."""
    groups: dict[str, list[CitationView]] = defaultdict(list)
    for c in citations:
        if c.claimed_edtf:
            groups[c.claimed_edtf].append(c)
    claims = []
    for edtf, cites in groups.items():
        first = cites[0]
        sources = tuple({c.source.id: c.source for c in cites}.values())
        texts = tuple(dict.fromkeys(c.date_text for c in cites if c.date_text))
        claims.append(ClaimView(edtf, first.claimed_start, first.claimed_end, first.claimed_precision,
                                sources, texts))
    claims.sort(key=_claim_rank)
    return claims


def _claim_rank(claim: ClaimView) -> tuple[Any, ...]:
    """Most distinct sources, then most precise (narrowest), then earliest start, then EDTF."""
    span = (claim.end - claim.start).days if claim.start and claim.end else 10**7
    return (-len(claim.sources), span, -_PRECISION_RANK.get(claim.precision or "", -1),
            claim.start or dt.date.max, claim.edtf)


def _disjoint(claims: Sequence[ClaimView]) -> bool:
    """True when two dated claims are disjoint intervals."""
    dated = [(c.start, c.end or c.start) for c in claims if c.start is not None]
    return any(a_end < b_start or b_end < a_start
               for i, (a_start, a_end) in enumerate(dated) for (b_start, b_end) in dated[i + 1:]
               if a_end is not None and b_end is not None)


def _event_view(row: Any, actors: list[ActorView], citations: list[CitationView]) -> EventView:
    claims = tuple(_claims(citations))
    curated = tuple(sorted(row.curated)) if isinstance(row.curated, dict) else ()
    return EventView(
        id=row.id, title=row.title, type=row.event_type, mode=row.mode, context=row.context, edtf=row.edtf,
        start=row.date_start, end=row.date_end, precision=row.precision, status=row.status,
        actors=tuple(actors), citations=tuple(citations), has_conflict=bool(row.has_conflict),
        conflicts=claims if row.has_conflict else (), source_count=len({c.source.id for c in citations}),
        curated=curated, rule=row.rule, date_rule=row.date_rule, summary=row.summary,
        named_object=row.named_object, rejected=bool(row.rejected), claims=claims,
    )


def _recompute(view: EventView) -> EventView:
    """The event as its (already filtered) citations date it: see the module doc."""
    claims = view.claims
    conflict = _disjoint(claims)
    if "date" in view.curated or not claims or claims[0].start is None:
        return replace(view, has_conflict=conflict, conflicts=claims if conflict else ())
    best = claims[0]
    rule = "as known on: most sources, then most precise"
    return replace(view, edtf=best.edtf, start=best.start, end=best.end or best.start, precision=best.precision,
                   has_conflict=conflict, conflicts=claims if conflict else (), date_rule=rule)


def _chronology_as_known(session: Session, flt: _Filters, limit: int | None, offset: int, *,
                         conflicts_only: bool) -> list[EventView]:
    """Pre-select in SQL (stored date or a known claim overlaps the window), recompute, filter in Python.

    The dates are recomputed from the candidates' known claims alone (a few columns per citation);
    only the page's events are then assembled in full (and recomputed the same way).
    """
    known = flt.as_known_on
    assert known is not None
    columns = (Event.id, Event.date_start, Event.date_end, Event.curated)
    conn = session.connection()
    found: dict[int, Any] = {}
    # 1. the stored date overlaps the window: one index range per span class
    for r in _class_ranges(flt.lo is not None, flt.hi is not None):
        stmt = select(*columns).where(*flt.conds, *_reaches(flt.lo is not None), *r)
        found.update((row.id, row) for row in conn.execute(stmt, _range_params(flt.lo, flt.hi)))
    # 2. a known claim overlaps it: one pass over the citations (they have no date index), each
    # matching claim's source checked by key (driving from the known sources would read them all)
    claim = [Citation.claimed_start.is_not(None),
             exists().where(Source.id == Citation.source_id, Source.published <= known)]
    if flt.hi is not None:
        claim.append(Citation.claimed_start <= flt.hi)
    if flt.lo is not None:
        claim.append(func.coalesce(Citation.claimed_end, Citation.claimed_start) >= flt.lo)
    claimed = Event.id.in_(select(Citation.event_id).where(*claim))
    stmt = select(*columns).where(*flt.conds, or_(claimed, Event.date_start.is_(None)) if flt.include_context
                                  else claimed)
    found.update((row.id, row) for row in conn.execute(stmt))
    candidates = list(found.values())
    claims = _known_claims(session, [r.id for r in candidates], known)
    keep = []
    for r in candidates:
        start, end, conflict = _known_date(r, claims.get(r.id, []))
        if conflicts_only and not conflict:
            continue
        if start is None:
            if flt.include_context:
                keep.append((True, dt.date.min, 1, r.id))
            continue
        if (flt.hi is None or start <= flt.hi) and (flt.lo is None or (end or start) >= flt.lo):
            keep.append((False, start, -end.toordinal() if end else 1, r.id))
    keep.sort()
    ids = [k[-1] for k in keep[offset:offset + limit if limit is not None else None]]
    rows: dict[int, Any] = {}
    for chunk in _chunks(ids):
        rows.update((r.id, r) for r in session.execute(select(*_event_columns()).where(Event.id.in_(chunk))))
    return [_recompute(v) for v in _assemble(session, [rows[i] for i in ids], known)]


def _known_claims(session: Session, ids: Sequence[int], known: dt.date) -> dict[int, list[CitationView]]:
    """The date claims of known citations per event, in citation order, as bare CitationViews."""
    out: dict[int, list[CitationView]] = defaultdict(list)
    for chunk in _chunks(ids):
        stmt = (select(Citation.event_id, Citation.id, Citation.start, Citation.claimed_edtf, Citation.claimed_start,
                       Citation.claimed_end, Citation.claimed_precision, Source.id, Source.published)
                .join(Source, Source.id == Citation.source_id)
                .where(Citation.event_id.in_(chunk), Source.published.is_not(None), Source.published <= known))
        for ev, cid, qstart, edtf, cs, ce, prec, sid, published in session.connection().execute(stmt):
            src = SourceView(sid, "", None, None, published)
            out[ev].append(CitationView(cid, src, "", qstart, qstart, None, edtf, cs, ce, prec))
    for views in out.values():
        views.sort(key=lambda c: (c.source.published or dt.date.max, c.source.id, c.start, c.id))
    return out


def _known_date(row: Any, citations: Sequence[CitationView]) -> tuple[dt.date | None, dt.date | None, bool]:
    """(start, end, has_conflict) of an event as its known claims date it: what _recompute gives."""
    claims = _claims(citations)
    conflict = _disjoint(claims)
    curated = row.curated if isinstance(row.curated, dict) else {}
    if "date" in curated or not claims or claims[0].start is None:
        return row.date_start, row.date_end, conflict
    return claims[0].start, claims[0].end or claims[0].start, conflict


def actor_timeline(session: Session, name_or_alias: str, start: DateInput = DEFAULT_START,
                   end: DateInput = DEFAULT_END, **filters: Any) -> list[EventView]:
    """The chronology of one actor, resolving aliases per event date (see the module doc).

    Raises :class:`UnknownActorError` with suggestions when the name is unknown.
    """
    extra = _as_list(filters.pop("actors", None))
    return chronology(session, start, end, actors=[name_or_alias, *extra], all_actors=bool(extra), **filters)


def conflicts(session: Session, start: DateInput = DEFAULT_START, end: DateInput = DEFAULT_END,
              **filters: Any) -> list[EventView]:
    """Events whose sources claim incompatible dates; each :class:`EventView` lists its claims."""
    return chronology(session, start, end, _conflicts_only=True, **filters)


def event(session: Session, event_id: int) -> EventView:
    """One event (rejected ones included, flagged) with all citations; :class:`EventNotFoundError` if none."""
    try:
        key = int(event_id)
    except (TypeError, ValueError):
        raise EventNotFoundError(event_id) from None
    if not -(2**63) <= key < 2**63:
        raise EventNotFoundError(event_id)
    rows = session.execute(select(*_event_columns()).where(Event.id == key)).all()
    if not rows:
        raise EventNotFoundError(event_id)
    return _assemble(session, rows)[0]


def sources_for(session: Session, event_id: int) -> list[SourceView]:
    """The distinct sources citing an event, earliest published first."""
    return event(session, event_id).sources


def counts_by_year(session: Session, start: DateInput = DEFAULT_START, end: DateInput = DEFAULT_END, *,
                   types: str | Iterable[str] | None = None,
                   actors: str | Iterable[str] | None = None, members: bool = False) -> dict[int, int]:
    """Number of (non-rejected, dated) events per year of ``date_start`` overlapping the window.

    ``members`` as in :func:`chronology`. Years without events are absent. Without an actor filter:
    one statement of index-only range counts, one per (year, span class), on ix_events_span_chronology;
    with one: the actors' events are read by id and grouped.
    """
    flt = _build_filters(session, start, end, actors=actors, types=types, status=None, text=None, source=None,
                         as_known_on=None, include_context=False, all_actors=False, conflicts_only=False,
                         members=members)
    conn = session.connection()
    reach = _reaches(flt.lo is not None)
    where, params = [*flt.conds, *reach], {"lo": flt.lo}
    year = _year_of(session, Event.date_start)
    if flt.actor_groups:
        ids = sorted({a for g in flt.actor_groups for a in g})
        linked = Event.id.in_(select(EventActor.event_id).where(EventActor.actor_id.in_(ids)))
        stmt = select(year, func.count()).where(*where, *_overlap(flt.lo, flt.hi), linked).group_by(year)
        return _year_counts(conn.execute(stmt, params))
    lo, hi = flt.lo, flt.hi
    if lo is None or hi is None:
        first = conn.scalar(select(func.min(Event.date_start)))  # separately: each is one index probe
        last = conn.scalar(select(func.max(Event.date_start)))
        if first is None or last is None:
            return {}
        lo, hi = lo or first, hi or last
    counts: dict[int, int] = defaultdict(int)
    inside, straddling = _count_spans(lo, hi, flt.lo)
    for spans, extra in ((inside, []), (straddling, reach)):
        for y, k in _span_counts(session, [*flt.conds, *extra], spans, params):
            counts[y] += k
    unbounded = [c for c, longest in SPAN_CLASSES.items() if longest is None]
    stmt = (select(year, func.count()).where(*where, Event.span_class.in_(unbounded), Event.date_start <= hi)
            .group_by(year))
    for y, k in _year_counts(conn.execute(stmt, params)).items():
        counts[y] += k
    return {y: k for y, k in sorted(counts.items()) if k}


_Span = tuple[int, int | None, dt.date, dt.date]
_BOUNDED = tuple(cls for cls, longest in SPAN_CLASSES.items() if longest is not None)


def _count_spans(lo: dt.date, hi: dt.date, window_lo: dt.date | None) -> tuple[list[_Span], list[_Span]]:
    """(year, class, first, last start day) ranges covering the window's bounded classes, split in two.

    Events of a bounded class starting on or after the window start all overlap it: counted from the
    index alone, all bounded classes at once (class None). Those starting earlier (at most one longest
    span of their class before) must reach into the window.
    """
    start = window_lo or lo
    inside: list[_Span] = [(y, None, a, b) for y, a, b in _years(start, hi)]
    straddling: list[_Span] = []
    if window_lo is not None and window_lo > dt.date.min:
        for cls in _BOUNDED:
            first = _days_before(window_lo, SPAN_CLASSES[cls] or 0)
            straddling += [(y, cls, a, b) for y, a, b in _years(first, window_lo - dt.timedelta(days=1))
                           if first < window_lo]
    return inside, straddling


def _span_counts(session: Session, where: list[ColumnElement[bool]], spans: list[_Span],
                 params: dict[str, Any]) -> list[tuple[int, int]]:
    """One statement: an index range count per span (a correlated count over a VALUES list)."""
    if not spans:
        return []
    every = spans[0][1] is None
    cols = [column("y", Integer), column("a", Date), column("b", Date)] + ([] if every else [column("c", Integer)])
    v = values(*cols, name="spans").data([(y, a, b) if every else (y, a, b, c) for y, c, a, b in spans]).cte("spans")
    cls = Event.span_class.in_(_BOUNDED) if every else Event.span_class == v.c.c
    n = select(func.count()).where(*where, cls, Event.date_start >= v.c.a, Event.date_start <= v.c.b).scalar_subquery()
    return [(int(y), int(k)) for y, k in session.connection().execute(select(v.c.y, n), params)]


def _years(lo: dt.date, hi: dt.date) -> list[tuple[int, dt.date, dt.date]]:
    """(year, first day, last day) of each calendar year of [lo, hi], clipped to it."""
    return [(y, max(lo, dt.date(y, 1, 1)), min(hi, dt.date(y, 12, 31))) for y in range(lo.year, hi.year + 1)]


def _year_of(session: Session, column: Any) -> Any:
    """The year of a date column: its ISO text prefix on SQLite, ``extract`` elsewhere."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 4, type_=String)
    return extract("year", column)


def _year_counts(rows: Iterable[Any]) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for y, n in rows:
        out[int(y)] += int(n)
    return dict(sorted(out.items()))


def observations(session: Session, indicator: str | None = None, *, subject: str | None = None,
                 start: DateInput = None, end: DateInput = None) -> list[ObservationView]:
    """Dated figures (optionally one indicator / subject substring), by period then indicator."""
    lo, hi = _window(start, end)
    stmt = (select(ObservationRow, Source.id, Source.uri, Source.title, Source.outlet, Source.published,
                   Source.url, Source.author)
            .join(Source, Source.id == ObservationRow.source_id))
    if indicator:
        stmt = stmt.where(ObservationRow.indicator == _clean(indicator))
    if subject and subject.strip():
        stmt = stmt.where(ObservationRow.subject.icontains(_clean(subject), autoescape=True) if _clean(subject)
                          else false())
    if hi is not None:
        stmt = stmt.where(ObservationRow.period_start <= hi)
    if lo is not None:
        stmt = stmt.where(func.coalesce(ObservationRow.period_end, ObservationRow.period_start) >= lo)
    stmt = stmt.order_by(ObservationRow.period_start, ObservationRow.indicator, ObservationRow.id)
    out = []
    for row in session.execute(stmt):
        o = row[0]
        src = SourceView(*row[1:])
        out.append(ObservationView(o.id, o.indicator, o.subject, o.period_edtf, o.period_start, o.period_end,
                                   o.value, o.unit, o.quote, src))
    return out


def list_actors(session: Session, *, kind: str | None = None, query: str | None = None) -> list[ActorSummary]:
    """Actors with aliases and event counts, most events first; ``query`` filters names/aliases."""
    counts = (select(EventActor.actor_id, func.count(func.distinct(EventActor.event_id)).label("n"))
              .join(Event, Event.id == EventActor.event_id).where(Event.rejected.is_(False))
              .group_by(EventActor.actor_id).subquery())
    stmt = (select(Actor.id, Actor.name, Actor.kind, Actor.country, Actor.wikidata, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.actor_id == Actor.id))
    if kind:
        stmt = stmt.where(Actor.kind == _clean(kind).lower())
    if query and query.strip():
        q = _clean(query) or "\x01"  # only NULs: match nothing
        alias_match = select(ActorAlias.actor_id).where(ActorAlias.alias.icontains(q, autoescape=True))
        stmt = stmt.where(or_(Actor.name.icontains(q, autoescape=True), Actor.id.in_(alias_match)))
    rows = session.execute(stmt).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for chunk in _chunks(ids):
        for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias)
                                               .where(ActorAlias.actor_id.in_(chunk)).order_by(ActorAlias.id)):
            if alias not in aliases[actor_id]:
                aliases[actor_id].append(alias)
    out = [ActorSummary(r[0], r[1], r[2], r[3], r[4], tuple(aliases.get(r[0], [])), int(r[5])) for r in rows]
    out.sort(key=lambda a: (-a.event_count, a.name.casefold()))
    return out


def list_sources(session: Session) -> list[SourceSummary]:
    """Every source with its numbers of citations, events and observations, by publication date."""
    cites = (select(Citation.source_id, func.count().label("c"), func.count(func.distinct(Citation.event_id))
                    .label("e")).group_by(Citation.source_id).subquery())
    obs = select(ObservationRow.source_id, func.count().label("o")).group_by(ObservationRow.source_id).subquery()
    stmt = (select(Source.id, Source.uri, Source.title, Source.outlet, Source.published, Source.url, Source.author,
                   func.coalesce(cites.c.c, 0), func.coalesce(cites.c.e, 0), func.coalesce(obs.c.o, 0))
            .outerjoin(cites, cites.c.source_id == Source.id).outerjoin(obs, obs.c.source_id == Source.id))
    rows = session.execute(stmt).all()
    out = [SourceSummary(SourceView(*r[:7]), int(r[7]), int(r[8]), int(r[9])) for r in rows]
    out.sort(key=lambda s: (s.source.published is None, s.source.published or dt.date.min, s.source.uri))
    return out
