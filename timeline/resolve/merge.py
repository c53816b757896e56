"""Merging one source's claims into stored events, keeping every disagreement visible.

``store_extraction`` writes one :class:`~timeline.models.Citation` per claim and attaches it to the
best matching existing event (same-event test: :mod:`timeline.resolve.similarity`), else to the
only event a vague claim can be (``vague_candidate``; with two or more, none), or to a new event.
Two claims of one sentence join when they have the same type, mode and claimed date and no
differing named object (the sentence codes one happening twice); a claim that matches nothing
also joins the event of a claim of its own sentence coded as the other type of its family
(AGREE–COOPERATE), same date, no other named object (``_sentence_partner``). Talks and the visit
(another mode) or a meeting and a signing (another quad-class type) of one sentence stay apart.
A coarse claim (month or vaguer) matching several finer events without a named object joins none.
Session 5: one cue of one sentence dated twice, one date within the other ("2005 — In March, the
president pays a state visit": the year heading and the month), is one event (``_refined_date``),
and so are a trip and the gathering its sentence says it was made for, dated alike ("paid a visit to
China in April 2019 when he attended the Second Belt and Road Forum"; ``_visit_for_gathering``; not
a state or official visit told beside a forum: two lines);
a state right after "in"/"at" ("on the margins of a summit in Kazakhstan") locates the claim and
is no party (``located_states``).
Session 6 (round 7), order independence: after a source is stored, the events its claims met but
did not join are asked again as if their citations arrived now (``_recheck``; bounded, one pass):
when all of them would join one event the source touched, without a conflict and with the same
mode, the two become one. Curated, rejected and conflicting events are never joined this way.
Session 7 (round 8): a name one article codes as an organisation and another as the named object
reach each other through the candidate query (so the re-check reaches them too); a meeting of two
leaders dated by month joins the only visit of one of them to the other's country, even when its
sentence names a gathering (``similarity.bilateral_during_visit``).
Round 9: a claim telling a partnership of a level established between two states
(``similarity.one_off_cues``, computed with the claim's or citation's date text) reaches events of
those countries a year either way, like the establishment of diplomatic relations: one partnership
dated differently by two articles is one event in conflict (``similarity.one_off``). A claim telling
a named thing starting to work reaches events a year either way that cite a quote naming it
(``_quote_names_any`` on ``similarity.thing_names``).
``recompute_event`` then derives the event's fields from all its citations:

- **date**: the canonical-date rule of :mod:`timeline.resolve.dates` (more independent sources →
  more precise → known year → earliest published → earlier date); for visits and multilateral
  meetings the different days one source gives are first joined into their span (arrival Tuesday,
  talks Wednesday → a two-day visit, not a conflict); ``has_conflict`` when two citations claim
  disjoint dates; ``date_rule`` says which step decided ("2 sources vs 1; day
  precision"). Every claim stays on its citation (``claimed_*``).
- **type / mode / context**: the value cited by most independent sources, ties → earliest citation;
  **status**: "occurred" if any citation says so, else "planned", else "reported".
- **title / named object**: of the first citation in (has a named object, source id, offset) order,
  so titles do not flip-flop when another source is re-ingested; **rule**: of the first citation.
- **actors**: the union of the citations' actors with their roles.

Analysts' corrections are respected: fields in ``events.curated`` (title, date, type, status) are
never recomputed, rejected events stay rejected (and may still gain citations), citations marked
``curated`` stay in their event.

Calling ``store_extraction`` again for a source that already has citations or observations
replaces them (it is ``replace_source``), so a repeated call never duplicates events.

Candidate events are found through indexes, never by scanning all events. Every query is limited
to 500 rows (``CANDIDATE_LIMIT``), nearest dates first where the index allows; only a claim whose
identity conditions match more than 500 events of its type family within the window would miss
candidates beyond them.

- every dated claim: same-family events with exactly the claim's bounds (``ix_events_type_start``:
  equality on type and start) — the only way to a join without identity (two sources, same day);
- every dated claim up to 400 days long: same-family events overlapping it (or, for day-like
  claims, up to 21 days away: possible date conflicts) and starting ≤ 400 days before it, one query
  per identity condition the same-event test could accept: sharing an actor through
  ``ix_event_actors_actor`` (any actor when the claim has content keywords — states plus keywords
  can be strong —, else a specific one), having a named object when the claim has one or names an
  occasion (this query also reaches events one unit of the claim's span away, at most a year:
  "July 2018" meets "12 June 2018", a possible conflict; and events of any type, since an event
  coded as another family may hold a citation of the claim's, session 5); plus year-unknown events
  (``date_start`` NULL) of the claim's month(s).
  Claims longer than 400 days ("the 1990s", "2024-2026") only meet events with the same bounds, and
  events longer than 400 days are only met by claims starting within 400 days of their start:
  vague spans are weak evidence and wide windows would scan many rows;
- claims naming an ordinal gathering ("the first summit") and a place also meet events linked to
  that place (session 5: the same ordinal gathering at the same place is one gathering);
- claims naming states or leaders (persons with a country) also meet events linked to a state or
  leader of those countries (two countries, or one with content keywords): "Xi and Aliyev
  signed" vs "China and Azerbaijan agreed", and the reverse; a claim whose quote tells a ceasefire
  also meets the other family of the bridge (:func:`~timeline.resolve.similarity.bridge_types`);
- year-unknown claims: same-family events of that month sharing an actor (any when the claim has
  content keywords, else a specific one; or a state of a named leader's country) or having a named
  object — the latter uses ``ix_events_type_object (event_type, named_object)`` when migration 0003 has created it.

Round 12: within one sentence, a set of documents and one act (``_set_beside_act``: "raised ties to a
partnership, and the two governments signed some twenty documents") are no twins; a signatory follow-up
naming the party it signed for ("X signed for Azerbaijan, Y for China"; ``_signed_for_party``) joins the
signing told just before; a gathering whose quote tells a standing body reaches CONSULT events a date
unit either way whose quotes tell that kind of body (one session told at another precision or date).

Actors are resolved once per source (cached by name, kind and surface).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, delete, exists, extract, func, insert, or_, select, true
from sqlalchemy.orm import Session, selectinload

from timeline.extract.actors import ActorDictionary
from timeline.extract.types import ActorMention, Claim, Extraction
from timeline.models import Actor, ActorAlias, Citation, Event, EventActor, ObservationRow, Source
from timeline.resolve.conflicts import (
    capital_codes,
    object_reach,
    place_reach,
    route_ends,
    subject_names,
    told_apart,
)
from timeline.resolve.dates import (
    ADJACENT_MAX_SPAN,
    CONFLICT_DAYS,
    DAYLIKE_SPAN,
    MONTHLIKE_SPAN,
    DatedClaim,
    choose_canonical,
    complete_near,
    edtf_bounds,
    other_date_told,
    span_days,
    unknown_year_parts,
)
from timeline.resolve.similarity import (
    OBJECT_MATCH,
    SPECIFIC_KINDS,
    Match,
    Profile,
    _best_object,
    bilateral_during_visit,
    bridge_types,
    contained_candidate,
    content_keywords,
    distinctive_words,
    document_kinds,
    family_types,
    gathering_frames,
    near_candidate,
    occasions_in,
    one_off_cues,
    ordinal_gatherings,
    quote_cues,
    quote_names,
    quote_tokens,
    same_event,
    thing_names,
    title_cues,
    topic_words,
    type_family,
    vague_candidate,
    year_unknown_candidate,
)

#: Claims spanning more days than this only merge with events of exactly the same bounds.
MAX_MERGE_SPAN = 400
#: Most candidate events examined per query.
CANDIDATE_LIMIT = 500

CURATED_FIELDS = ("title", "date", "type", "status")
#: Modes of events that may last several days: one source's different days of them are joined.
MULTI_DAY_MODES = frozenset({"visit", "multilateral"})


@dataclass(slots=True)
class MergeStats:
    """What ``store_extraction`` did. ``events_merged`` counts claims that joined an existing event
    (including one created by an earlier claim of the same source)."""

    events_created: int = 0
    events_merged: int = 0
    #: Events joined into another by the re-check after the source was stored (:func:`_recheck`).
    events_joined: int = 0
    citations: int = 0
    observations: int = 0
    actors_created: int = 0


@dataclass(slots=True)
class _Context:
    session: Session
    source: Source
    #: Profiles of events that lost all their citations in ``replace_source`` (by event id).
    ghosts: dict[int, Profile] = field(default_factory=dict)
    #: (event id) of curated citations removed by ``replace_source``, keyed by quote.
    curated_quotes: dict[str, int] = field(default_factory=dict)
    #: Event id of every citation removed by ``replace_source``, keyed by (quote, claimed date, type):
    #: a re-extracted claim identical to one the source made before goes back to the same event.
    previous: dict[tuple[str, str | None, str | None], int] = field(default_factory=dict)
    #: Actors already resolved for this source, by (name, kind, surface).
    actors: dict[tuple[str, str, str], Actor] = field(default_factory=dict)
    #: Highest actor id before this source's first actor creation (None: nothing created yet).
    max_actor_id: int | None = None
    #: Candidate events' citation rows and (actor name, kind) links, by event id: the claims of one
    #: source meet the same candidates again. Dropped for an event when a claim joins it.
    loaded: dict[int, tuple[list[Any], list[tuple[str, str]]]] = field(default_factory=dict)
    #: Candidate profiles by event id, with the event row they were built from.
    profiles: dict[int, tuple[Any, Profile]] = field(default_factory=dict)
    #: This source's stored claims: (start, end, type, claimed EDTF, named object, event id).
    stored: list[tuple[int, int, str, str | None, str | None, str | None, int]] = field(default_factory=list)
    #: Ids of every candidate event this source's claims met (for the re-check, :func:`_recheck`).
    met: set[int] = field(default_factory=set)
    #: Candidates of a claim that matched several of them and so joined none ("visited Türkiye in
    #: 2003" against two visits of 2003), one set per claim: the re-check must not settle that choice
    #: by ingest order (it may still find two of one set to be one event).
    ambiguous: list[frozenset[int]] = field(default_factory=list)

    def forget(self, event_id: int | None) -> None:
        """Drop what is cached about an event that has just changed."""
        self.loaded.pop(event_id, None)  # type: ignore[arg-type]
        self.profiles.pop(event_id, None)  # type: ignore[arg-type]


# --- public API ----------------------------------------------------------------------------------


def store_extraction(session: Session, source: Source, extraction: Extraction) -> MergeStats:
    """Write the citations, events, actors and observations of one source (the caller commits).

    A source already stored is re-merged with :func:`replace_source` instead of being duplicated.
    """
    if _already_stored(session, source):
        return replace_source(session, source, extraction)
    return _store(_Context(session, source), extraction)


def remove_source(session: Session, source_id: int) -> set[int]:
    """Drop a source's citations and observations; recompute or delete the events they touched.

    Events left without citations are deleted unless curated or rejected. Returns the ids of the
    touched events (deleted ones included).
    """
    touched, _ghosts, _curated, _previous = _detach(session, source_id)
    _finish(session, touched)
    return touched


def replace_source(session: Session, source: Source, extraction: Extraction) -> MergeStats:
    """Re-merge a changed source, keeping event ids stable.

    The old citations are removed first, the new claims are merged (landing in the events they
    left when they still match, ghost profiles standing in for the removed citations), and only
    then are events still without citations deleted (unless curated or rejected).
    """
    touched, ghosts, curated, previous = _detach(session, source.id)
    stats = _store(_Context(session, source, ghosts, curated, previous=previous), extraction)
    _finish(session, touched)
    return stats


def recompute_event(session: Session, event: Event, *, known_actor_ids: Collection[int] = ()) -> None:
    """Derive an event's date, conflict flag, type, title and actors from its citations.

    Fields named in ``event.curated`` are set from the curation instead. An event without
    citations is left as it is. ``known_actor_ids`` are actor ids the caller knows to exist in
    this transaction (not looked up again); other ids named by citations are checked, since an
    actor may have been merged away by a correction since the citation was written.
    """
    cits = sorted(event.citations, key=_citation_order)
    curated = event.curated or {}
    if cits:
        _recompute_date(event, cits)
        _recompute_labels(event, cits)
        _sync_actors(session, event, cits, known_actor_ids)
    _apply_curated(event, curated)


# --- storing -------------------------------------------------------------------------------------


def _store(ctx: _Context, extraction: Extraction) -> MergeStats:
    session = ctx.session
    stats = MergeStats()
    _prefetch_actors(ctx, [m for claim in extraction.claims for m in claim.actors])
    for claim in sorted(extraction.claims, key=_claim_order):
        _store_claim(ctx, claim, stats)
    _join_reported_leads(ctx, stats, extraction.claims)  # session 16 (M1)
    _recheck(ctx, stats)
    rows = [
        {
            "source_id": ctx.source.id,
            "indicator": obs.indicator[:64],
            "subject": obs.subject or None,
            "period_edtf": obs.period.value,
            "period_start": obs.period.lower,
            "period_end": obs.period.upper,
            "value": float(obs.value),
            "unit": obs.unit[:32],
            "quote": obs.quote,
            "start": obs.start,
            "end": obs.end,
        }
        for obs in extraction.observations
    ]
    if rows:  # one multi-row INSERT
        session.execute(insert(ObservationRow), rows)
    stats.observations = len(rows)
    session.flush()
    if ctx.max_actor_id is not None:
        stats.actors_created = len({a.id for a in ctx.actors.values() if a.id is not None and a.id > ctx.max_actor_id})
    return stats


def _already_stored(session: Session, source: Source) -> bool:
    if source.id is None:
        return False
    for model in (Citation, ObservationRow):
        if session.scalar(select(model.id).where(model.source_id == source.id).limit(1)) is not None:
            return True
    return False


def _claim_order(claim: Claim) -> tuple[int, int, int]:
    """Dated claims first, most precise first; then year-unknown and undated ones."""
    d = claim.date
    if d.lower and d.upper:
        return (0, span_days(d.lower, d.upper), claim.start)
    return (1, 0, claim.start)


def _store_claim(ctx: _Context, claim: Claim, stats: MergeStats) -> None:
    session = ctx.session
    links = _resolve_actors(ctx, located_states(claim))
    profile = _claim_profile(claim, links, ctx.source.id)
    curated_event_id = ctx.curated_quotes.pop(claim.quote, None)
    event = _get_event(session, curated_event_id) if curated_event_id is not None else None
    split_off = event is not None
    if event is None:
        previous_id = ctx.previous.pop((claim.quote, claim.date.value, claim.event_type), None)
        if previous_id is not None:
            event = _get_event(session, previous_id)
    if event is None:
        event = _best_candidate(ctx, claim, profile, links)
    if event is None:
        event = _sentence_partner(ctx, claim)
    if event is None:
        event = _follow_up(ctx, claim)
    if event is None:
        event = Event(
            title=claim.title[:1000] or claim.event_type,
            event_type=claim.event_type[:32],
            mode=claim.mode,
            status=claim.status,
            rule=claim.rule[:64] or None,
        )
        session.add(event)
        stats.events_created += 1
    else:
        stats.events_merged += 1
    event.citations.append(_citation(ctx.source, claim, links, curated=split_off))
    stats.citations += 1
    ctx.forget(event.id)
    # The new citation is still pending (``_citation_order`` puts it last among equals, where its
    # id will put it): one flush per claim writes the event as recomputed.
    recompute_event(session, event, known_actor_ids={a.id for a in ctx.actors.values() if a.id is not None})
    session.flush()
    ctx.stored.append(
        (claim.start, claim.end, claim.event_type, claim.date.value, claim.named_object, claim.mode, event.id)  # type: ignore[arg-type]
    )


# --- re-check: order independence ---------------------------------------------------------------

#: Span (days minus one) of the shortest month: February's 27.
MONTH_MIN_SPAN = 27

#: Most events the re-check of one source examines (:func:`_recheck`), nearest ids first.
RECHECK_LIMIT = 40


def _recheck(ctx: _Context, stats: MergeStats) -> None:
    """Order independence: ask again the events this source's claims met but did not join.

    A precise claim stored after a vaguer event (the vague claim, arriving second, would have joined
    the precise one), or a second source whose claim links two events (a third claim arriving after
    it would have joined it), changes what earlier claims would have joined. After a source is
    stored, each event its claims met as a candidate (at most :data:`RECHECK_LIMIT`) is re-examined
    as if its citations arrived now (:func:`_reselect`): when every one of them would join one and
    the same event this source touched, without a date conflict, the two events become one (the
    older id is kept). Two events of different modes (the talks and the visit they were held
    during, which gold conventions keep apart or fold) are left to the ingest-time rules.
    Curated or rejected events, events holding curated citations, events with
    a flagged date conflict and the candidates of a claim that matched several (which one it is
    stays undecided) are never joined by the re-check; one pass, no cascade beyond it.
    """
    touched = {row[-1] for row in ctx.stored}
    others = sorted(ctx.met - touched, reverse=True)[:RECHECK_LIMIT]
    loaded = _get_events(ctx.session, others)  # an `other` is only ever absorbed in its own turn
    for other_id in others:
        other = loaded.get(other_id)
        if other is None or not _recheckable(other):
            continue
        target_id = _reselect(ctx, other)
        if target_id is None or target_id not in touched or _undecided(ctx, other_id, target_id):
            continue
        target = _get_event(ctx.session, target_id)
        if target is None or not _recheckable(target) or target.mode != other.mode:
            continue  # talks and the visit they were held during: the ingest-time rules decide
        if _two_documents_apart(target, other):
            continue  # session 15: a memorandum and a statement of one sentence stay apart
        keep_id, gone_id = _join(ctx, stats, target, other)
        touched.discard(gone_id)
        touched.add(keep_id)
    _recheck_touched(ctx, stats, touched, set(others))
    _recheck_told_apart(ctx, stats, touched, set(others))  # session 16
    _release_ambiguous_coarse(ctx, touched)


def _recheck_touched(ctx: _Context, stats: MergeStats, touched: set[int], others: set[int]) -> None:
    """Round 10, events as wholes: a touched event and a met one that the same-event test matches
    both ways as events (the union of their citations: "the investment agreement for the Anaklia
    port signed on Tuesday" + its follow-up sentence, and "the Anaklia investment agreement was
    signed in September" + "Investment agreement for Anaklia port signed in September") are one
    event even when no single citation of either would move (the citation-wise :func:`_reselect`
    needs every citation to agree). Only a pair without a date conflict, of the same mode, each the
    other's only such match among the events this source touched or met, neither undecided; at
    most :data:`RECHECK_LIMIT` events each side, one pass: bounded, and symmetric in the two events,
    so independent of which article came first."""
    mine_ids, met_ids = sorted(touched)[:RECHECK_LIMIT], sorted(others)[:RECHECK_LIMIT]
    events = _get_events(ctx.session, [*mine_ids, *met_ids])
    mine = [e for i in mine_ids if (e := events.get(i)) is not None and _recheckable(e)]
    met = [e for i in met_ids if (e := events.get(i)) is not None and _recheckable(e)]
    if not mine or not met:
        return
    # cheap columns first (what _one_both_ways checks on the profiles before same_event): profiles are
    # built only for events of a pair of one mode and type family whose dates overlap
    near = [
        (t, o)
        for t in mine
        for o in met
        if t.mode == o.mode and _dates_overlap(t, o) and type_family(t.event_type) == type_family(o.event_type)
        and not _undecided(ctx, o.id, t.id) and not _undecided(ctx, t.id, o.id)
    ]
    if not near:
        return
    profiles = {e.id: _event_profile(e, list(e.citations)) for pair in near for e in pair}
    pairs = [(t, o) for t, o in near if _one_both_ways(profiles[t.id], profiles[o.id])]
    count = Counter([t.id for t, _ in pairs] + [o.id for _, o in pairs])
    for t, o in pairs:
        if count[t.id] != 1 or count[o.id] != 1:
            continue  # which one? none
        if _two_documents_apart(t, o):
            continue
        _join(ctx, stats, t, o)


def _recheck_told_apart(ctx: _Context, stats: MergeStats, touched: set[int], others: set[int]) -> None:
    """Session 16, order independence of the date-conflict rules whose evidence one article's sentence holds
    alone (:func:`~timeline.resolve.conflicts.told_apart`: a visit in a gap a sentence tells, "the first … in
    nine years" or "the first since his visit of June 2018"; one text of one pair a unit apart, "the 1962
    boundary agreement"): the re-check above joins no conflicting pair, so when the citation that makes the
    rule hold arrives after the misdated one, an event this source touched and one its claims met, dates
    disjoint, of one mode and type family, become one when that rule holds and the same-event test matches
    them both ways as events, as a date conflict, each the other's only such match. At most
    :data:`RECHECK_LIMIT` events each side, one pass; curated, rejected and conflicting events are left
    alone."""
    mine_ids, met_ids = sorted(touched)[:RECHECK_LIMIT], sorted(others)[:RECHECK_LIMIT]
    events = _get_events(ctx.session, [*mine_ids, *met_ids])
    mine = [e for i in mine_ids if (e := events.get(i)) is not None and _recheckable(e)]
    met = [e for i in met_ids if (e := events.get(i)) is not None and _recheckable(e)]
    if not mine or not met:
        return
    profiles: dict[int, Profile] = {}

    def profile_of(e: Event) -> Profile:
        if e.id not in profiles:
            profiles[e.id] = _event_profile(e, list(e.citations))
        return profiles[e.id]

    pairs = []
    for t in mine:
        for o in met:
            if t.id == o.id or o.mode != t.mode or type_family(o.event_type) != type_family(t.event_type):
                continue
            # cheap columns first: both dated and disjoint (a conflict), then the profiles
            if None in (t.date_start, t.date_end, o.date_start, o.date_end) or _dates_overlap(t, o):
                continue
            if not told_apart(profile_of(t), profile_of(o)):
                continue
            one, two = same_event(profile_of(t), profile_of(o)), same_event(profile_of(o), profile_of(t))
            if one is not None and two is not None and one.conflict and two.conflict:
                pairs.append((t, o))
    count = Counter([t.id for t, _ in pairs] + [o.id for _, o in pairs])
    for t, o in pairs:
        if count[t.id] == 1 and count[o.id] == 1:
            _join(ctx, stats, t, o)


def _release_ambiguous_coarse(ctx: _Context, touched: set[int]) -> None:
    """Session 15 (B2), order independence of the coarse joins (a vague mention joins only when no
    other event matches so: "In 2022 Uzbekistan sent medical supplies to Tajikistan" against the March
    and the July deliveries). A vague citation that joined an event coarsely while it was the only
    candidate is released into an event of its own when an event this source touched (a second
    delivery, visit or facility inside its span) matches it coarsely too and :func:`_break_tie` does
    not keep it where it is: arriving now, it would have joined neither. At most
    :data:`RECHECK_LIMIT` events and citations each; curated and conflicting events are left alone."""
    session = ctx.session
    for event_id in sorted(touched)[:RECHECK_LIMIT]:
        t = _get_event(session, event_id)
        if t is None or t.date_start is None or t.date_end is None or not _recheckable(t):
            continue
        rows = session.scalars(
            select(Citation)
            .where(
                Citation.event_id != t.id,
                Citation.event_type.in_(family_types(t.event_type)),
                Citation.claimed_start <= t.date_start,
                Citation.claimed_end >= t.date_end,
                Citation.curated.is_(False),
            )
            .order_by(Citation.id)
            .limit(RECHECK_LIMIT)
        ).all()
        t_profile: Profile | None = None
        for c in rows:
            e = c.event
            if span_days(c.claimed_start, c.claimed_end) < span_days(t.date_start, t.date_end):  # type: ignore[arg-type]
                continue  # finer than the touched event
            if e is None or e.id in touched or len(e.citations) < 2 or not _recheckable(e):
                continue
            rest = [x for x in e.citations if x is not c and not (x.source_id == c.source_id and x.start == c.start)]
            if not rest:
                continue
            profile, _links = _citation_profile(session, c)
            t_profile = t_profile or _event_profile(t, list(t.citations))
            e_profile = _event_profile(e, rest)
            m_t, m_e = same_event(profile, t_profile), same_event(profile, e_profile)
            if not (m_t and m_e and m_t.coarse and m_e.coarse) or _one_both_ways(e_profile, t_profile):
                continue
            if _break_tie(profile, [(e.id, e_profile, m_e), (t.id, t_profile, m_t)]) == e.id:
                continue
            det = c.details or {}
            own = Event(
                title=(det.get("title") or c.event_type or "")[:1000],
                event_type=(c.event_type or e.event_type)[:32],
                mode=c.mode,
                status=c.status or "occurred",
                rule=c.rule,
            )
            session.add(own)
            c.event = own
            session.flush()
            recompute_event(session, own)
            recompute_event(session, e)
            session.flush()
            ctx.forget(e.id)


def _two_documents_apart(a: Event, b: Event) -> bool:
    """Session 15: the two events hold claims of one sentence coding documents of different kinds ("signed a
    joint statement … and a memorandum"): kept apart at ingest (:func:`_documents_differ`), so the re-check
    does not join them when a later claim makes one of them look like the other."""
    mine = {(c.source_id, c.start, c.end): (c.details or {}).get("title") or "" for c in a.citations}
    return any(
        _documents_differ(mine[key], (c.details or {}).get("title") or "")
        for c in b.citations
        if (key := (c.source_id, c.start, c.end)) in mine
    )


def _dates_overlap(a: Event, b: Event) -> bool:
    """Both events dated and their intervals overlapping (the profiles' bounds are these columns)."""
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return False
    return not (a.date_end < b.date_start or b.date_end < a.date_start)  # type: ignore[operator]


def _join(ctx: _Context, stats: MergeStats, a: Event, b: Event) -> tuple[int, int]:
    """Make two events one (the older id is kept; this source's stored rows follow it); (kept, gone) ids."""
    keep, gone = (a, b) if a.id < b.id else (b, a)
    keep_id, gone_id = keep.id, gone.id
    _absorb(ctx, keep, gone)
    ctx.stored = [(*row[:-1], keep_id if row[-1] == gone_id else row[-1]) for row in ctx.stored]
    stats.events_joined += 1
    return keep_id, gone_id


def _one_both_ways(a: Profile, b: Profile) -> bool:
    """Both directions of the same-event test match, without a date conflict."""
    if type_family(a.event_type) != type_family(b.event_type) or not a.dated or not b.dated:
        return False
    if a.upper < b.lower or b.upper < a.lower:  # type: ignore[operator]
        return False  # disjoint dates: a conflict, left to the ingest-time rules
    one, two = same_event(a, b), same_event(b, a)
    return one is not None and two is not None and not one.conflict and not two.conflict


def _undecided(ctx: _Context, other_id: int, target_id: int) -> bool:
    """True when a claim of this source found ``other_id`` among several matches and the join would
    settle which one it meant; two of those matches found to be one event are no such choice."""
    return any(other_id in group and target_id not in group for group in ctx.ambiguous)


def _recheckable(event: Event) -> bool:
    """May the re-check join this event with another (not curated, rejected or in conflict)?"""
    if event.curated or event.rejected or event.has_conflict or not event.citations:
        return False
    return not any(c.curated for c in event.citations)


def _reselect(ctx: _Context, event: Event) -> int | None:
    """The one other event every citation of ``event`` would join if it arrived now (the same
    selection as a new claim's, without date conflicts; a candidate citing the citation's own
    sentence is skipped), else None."""
    chosen: set[int] = set()
    for c in sorted(event.citations, key=_citation_order):
        profile, links = _citation_profile(ctx.session, c)
        if not profile.dated and not unknown_year_parts(profile.edtf):
            return None
        rows = [r for r in _candidates(ctx.session, profile, links) if r.id != event.id]

        def probe_for(
            row: Any, cits: list[Any], ev_profile: Profile, c: Citation = c, profile: Profile = profile
        ) -> Profile | None:
            return None if _same_sentence(cits, c.source_id, c.start, c.end) else profile

        pick = _choose(ctx, rows, profile, probe_for)
        if pick is None or pick[1]:
            return None
        chosen.add(pick[0])
    return chosen.pop() if len(chosen) == 1 else None


def _citation_profile(session: Session, c: Citation) -> tuple[Profile, list[tuple[Actor, str]]]:
    """A stored citation as a claim: its profile and its (actor row, role) links."""
    det = c.details or {}
    mentioned = [a for a in det.get("actors", []) if a.get("id") is not None]
    ids = sorted({int(a["id"]) for a in mentioned})
    rows = {a.id: a for a in session.scalars(select(Actor).where(Actor.id.in_(ids)))} if ids else {}
    links = [(rows[int(a["id"])], a.get("role") or "participant") for a in mentioned if int(a["id"]) in rows]
    row = _ClaimRow(c.event_type, c.mode, c.claimed_start, c.claimed_end, c.claimed_edtf, det.get("named_object"))
    profile = replace(_build_profile(row, [c], []), by_source=(), status=c.status, statuses=frozenset())
    return profile, links


@dataclass(frozen=True, slots=True)
class _ClaimRow:
    """The event-row fields :func:`_build_profile` reads, taken from one citation."""

    event_type: str
    mode: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    edtf: str | None
    named_object: str | None


def _absorb(ctx: _Context, keep: Event, gone: Event) -> None:
    """Move ``gone``'s citations into ``keep``, delete ``gone`` and recompute ``keep``."""
    session = ctx.session
    for c in list(gone.citations):
        c.event = keep
    session.flush()
    session.delete(gone)
    session.flush()
    recompute_event(session, keep)
    session.flush()
    ctx.forget(keep.id)
    ctx.forget(gone.id)


def located_states(claim: Claim) -> list[ActorMention]:
    """The claim's actors, states that only say where it happened given the role "location".

    A state in apposition to a place ("at the fifth summit in Aktau, Kazakhstan", "in Shusha,
    Azerbaijan") or right after a locative preposition ("signed a declaration on the margins of a
    summit in Kazakhstan", session 5) locates the event; it is not a party, so it must not make the
    claim clash with another article's claim naming the parties. Other roles (a visit's host) are
    kept; a state named as a party elsewhere in the sentence stays a party through that mention.
    """
    out = []
    places = [m for m in claim.actors if m.kind == "place"]
    for m in claim.actors:
        party = m.kind == "state" and m.role in (None, "participant")
        if party and (_after_place(claim, m, places) or _after_locative(claim, m)):
            m = replace(m, role="location")
        out.append(m)
    return out


#: A locative preposition right before a state name ("a summit in Kazakhstan", "talks held in
#: China", "at the United Arab Emirates' invitation" is not: the preposition must end the text
#: before the name, optionally followed by "the").
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|within)\s+(?:the\s+)?$", re.IGNORECASE)


def _after_locative(claim: Claim, state: ActorMention) -> bool:
    """True when ``state`` follows "in"/"at" ("on the margins of a summit in Kazakhstan"): the
    sentence says where, not who. A possessive does not ("near villages in Armenia's Tavush
    region": the owner of the land is a party to a border deal)."""
    offset = state.start - claim.start
    if not 0 < offset <= len(claim.quote):
        return False
    end = state.end - claim.start
    if claim.quote[end : end + 2] in ("'s", "’s") or claim.quote[end : end + 1] in ("'", "’"):
        return False
    return _LOCATIVE_BEFORE.search(claim.quote[max(0, offset - 20) : offset]) is not None


def _after_place(claim: Claim, state: ActorMention, places: list[ActorMention]) -> bool:
    """True when ``state`` directly follows a place mention and a comma ("Aktau, Kazakhstan")."""
    for p in places:
        gap = claim.quote[p.end - claim.start : state.start - claim.start] if p.end <= state.start else None
        if gap is not None and gap.strip() == "," and 0 <= p.end - claim.start <= len(claim.quote):
            return True
    return False


def _actor_key(m: ActorMention) -> tuple[str, str, str]:
    return (m.name, m.kind, m.surface.casefold())


def _prefetch_actors(ctx: _Context, mentions: list[ActorMention]) -> None:
    """Resolve in two queries the mentions whose actor and alias are stored already.

    The same outcome as ``get_or_create_actor`` for them (the actor of that exact name, its surface
    already an alias or not recordable); the others are left to it, one by one.
    """
    from timeline.extract.actors import normalise_alias

    wanted: dict[tuple[str, str, str], tuple[str, str]] = {}
    for m in mentions:
        key = _actor_key(m)
        name = " ".join(m.name.split())[:255]
        if key not in ctx.actors and key not in wanted and name:
            wanted[key] = (name, normalise_alias(m.surface))
    if not wanted:
        return
    names = sorted({name for name, _ in wanted.values()})
    by_name: dict[str, Actor] = {}
    for actor in ctx.session.scalars(select(Actor).where(Actor.name.in_(names))):
        by_name.setdefault(actor.name, actor)
    norms = sorted({norm for name, norm in wanted.values() if name in by_name and 0 < len(norm) <= 255})
    have: set[tuple[int, str]] = set()
    if norms:
        rows = ctx.session.execute(
            select(ActorAlias.actor_id, ActorAlias.alias_norm).where(
                ActorAlias.actor_id.in_(sorted({a.id for a in by_name.values()})),
                ActorAlias.alias_norm.in_(norms),
            )
        )
        have = {(actor_id, norm) for actor_id, norm in rows}
    for key, (name, norm) in wanted.items():
        actor = by_name.get(name)
        if actor is not None and (not norm or len(norm) > 255 or (actor.id, norm) in have):
            ctx.actors[key] = actor


def _resolve_actors(ctx: _Context, mentions: list[ActorMention]) -> list[tuple[Actor, str]]:
    """(actor row, role) per mention, without duplicates (cached per source)."""
    get_or_create = _actor_factory()
    out: list[tuple[Actor, str]] = []
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        key = _actor_key(m)
        actor = ctx.actors.get(key)
        if actor is None:
            if ctx.max_actor_id is None:  # actors created from here on have higher ids
                ctx.max_actor_id = ctx.session.scalar(select(func.max(Actor.id))) or 0
            actor = ctx.actors[key] = get_or_create(ctx.session, m)
        if actor.id is None:
            ctx.session.flush()
        role = m.role or "participant"
        if (actor.id, role) not in seen:
            seen.add((actor.id, role))
            out.append((actor, role))
    return out


def _actor_factory():  # type: ignore[no-untyped-def]
    try:
        from timeline.store.actors import get_or_create_actor
    except ImportError:  # the store module is written in parallel; a minimal stand-in meanwhile
        return _get_or_create_actor_by_name
    return get_or_create_actor


def _get_or_create_actor_by_name(session: Session, mention: ActorMention) -> Actor:
    actor = session.scalar(select(Actor).where(Actor.name == mention.name))
    if actor is None:
        actor = Actor(
            name=mention.name,
            kind=mention.kind,
            country=mention.country,
            wikidata=mention.wikidata,
            origin="dictionary" if mention.known else "extracted",
        )
        session.add(actor)
        session.flush()
    return actor


def _citation(source: Source, claim: Claim, links: list[tuple[Actor, str]], *, curated: bool) -> Citation:
    d = claim.date
    details: dict[str, Any] = {
        "title": claim.title,
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "role": role} for a, role in links],
        "keywords": sorted(claim.keywords),
        "named_object": claim.named_object,
        "context": claim.context,
    }
    if d.note:
        details["date_note"] = d.note
    return Citation(
        source=source,
        source_id=source.id,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        date_text=d.text[:255] if d.text else None,
        claimed_edtf=d.value,
        claimed_start=d.lower,
        claimed_end=d.upper,
        claimed_precision=d.precision,
        event_type=claim.event_type[:32],
        mode=claim.mode,
        status=claim.status,
        rule=claim.rule[:64] or None,
        details=details,
        curated=curated,
    )


# --- profiles ------------------------------------------------------------------------------------


def _claim_profile(claim: Claim, links: list[tuple[Actor, str]], source_id: int) -> Profile:
    d = claim.date
    return Profile(
        event_type=claim.event_type,
        mode=claim.mode,
        lower=d.lower,
        upper=d.upper,
        edtf=d.value,
        actors=frozenset(a.name for a, _ in links if a.kind in SPECIFIC_KINDS),
        states=frozenset(a.name for a, role in links if a.kind == "state" and role != "location"),
        named_objects=(claim.named_object,) if claim.named_object else (),
        keywords=frozenset(claim.keywords),
        persons=frozenset(a.name for a, _ in links if a.kind == "person"),
        occasions=occasions_in(claim.quote) if claim.event_type == "CONSULT" else (),
        sources=frozenset({source_id}),
        names=quote_names(claim.quote),
        places=frozenset(a.name for a, role in links if a.kind == "place" or role == "location"),
        status=claim.status,
        hosts=frozenset(
            a.name for a, role in links if claim.mode == "visit" and a.kind == "state" and role == "recipient"
        ),
        words=topic_words(claim.quote),
        cues=quote_cues(claim.quote)
        | one_off_cues(claim.quote, claim.date.text)
        | title_cues(claim.title, claim.event_type, claim.rule, claim.quote),
        types=frozenset({claim.event_type}),
        ordinals=ordinal_gatherings(claim.quote),
        kinds=document_kinds(claim.quote),
        frames=gathering_frames(claim.quote),
        tokens=quote_tokens(claim.quote),
    )


def _event_profile(event: Event, citations: list[Citation]) -> Profile:
    """Profile of an ORM event (its actor links plus the given citations)."""
    links = [(link.actor.name, link.actor.kind) for link in event.actors]
    return _build_profile(event, citations, links)


def _build_profile(event: Any, citations: list[Any], links: list[tuple[str, str]]) -> Profile:
    """Profile from an event row and its citation rows (ORM objects or plain rows with the same
    attribute names) and (actor name, kind) links — links also cover events without citations."""
    actors: set[str] = set()
    states: set[str] = set()
    persons: set[str] = set()
    objects: list[str] = [event.named_object] if event.named_object else []
    keywords: set[str] = set()
    occasions: list[str] = []
    modes = {c.mode for c in citations if c.mode}
    kinds = list(links)
    for c in citations:
        det = c.details or {}
        kinds.extend((a["name"], a.get("kind")) for a in det.get("actors", []) if a.get("name"))
        if det.get("named_object") and det["named_object"] not in objects:
            objects.append(det["named_object"])
        keywords.update(det.get("keywords", []))
        if c.event_type == "CONSULT" and not det.get("named_object"):
            occasions.extend(occasions_in(c.quote))
    names: set[str] = set()
    words: set[str] = set()
    hosts: set[str] = set()
    by_source: dict[int, tuple[set[str], set[str]]] = {}
    for c in citations:
        names.update(quote_names(c.quote))
        words.update(topic_words(c.quote))
        own = by_source.setdefault(c.source_id, (set(), set()))
        for a in (c.details or {}).get("actors", []):
            if a.get("kind") == "state":
                own[0].add(a.get("name"))
            elif a.get("kind") == "person":
                own[1].add(a.get("name"))
        if c.mode == "visit":
            for a in (c.details or {}).get("actors", []):
                if a.get("kind") == "state" and a.get("role") == "recipient" and a.get("name"):
                    hosts.add(a["name"])
    located = {
        a.get("name")
        for c in citations
        for a in (c.details or {}).get("actors", [])
        if a.get("kind") == "state" and a.get("role") == "location"
    }
    if located:  # states that only locate the event in every citation naming them are places
        parties = {
            a.get("name")
            for c in citations
            for a in (c.details or {}).get("actors", [])
            if a.get("kind") == "state" and a.get("role") != "location"
        }
        located -= parties
        kinds = [(name, "place" if name in located else kind) for name, kind in kinds]
    places = {name for name, kind in kinds if kind == "place"}
    for name, kind in kinds:
        if kind in SPECIFIC_KINDS:
            actors.add(name)
            if kind == "person":
                persons.add(name)
        elif kind == "state":
            states.add(name)
    return Profile(
        event_type=event.event_type,
        mode=event.mode,
        lower=event.date_start,
        upper=event.date_end,
        edtf=event.edtf,
        actors=frozenset(actors),
        states=frozenset(states),
        named_objects=tuple(objects),
        keywords=frozenset(keywords),
        modes=frozenset(modes),
        persons=frozenset(persons),
        occasions=tuple(dict.fromkeys(occasions)),
        sources=frozenset(c.source_id for c in citations),
        names=frozenset(names),
        places=frozenset(places),
        statuses=frozenset(c.status for c in citations if getattr(c, "status", None)),
        hosts=frozenset(hosts),
        words=frozenset(words),
        by_source=tuple((i, frozenset(st), frozenset(pe)) for i, (st, pe) in sorted(by_source.items())),
        cues=frozenset(cue for c in citations for cue in quote_cues(c.quote))
        | frozenset(cue for c in citations for cue in one_off_cues(c.quote, getattr(c, "date_text", None)))
        | frozenset(
            cue
            for c in citations
            for cue in title_cues((c.details or {}).get("title") or "", c.event_type or "", c.rule, c.quote)
        ),
        types=frozenset(c.event_type for c in citations if c.event_type),
        ordinals=frozenset(o for c in citations for o in ordinal_gatherings(c.quote)),
        kinds=frozenset(k for c in citations for k in document_kinds(c.quote)),
        frames=frozenset(w for c in citations for w in gathering_frames(c.quote)),
        tokens=frozenset(t for c in citations for t in quote_tokens(c.quote)),
    )


# --- candidates ----------------------------------------------------------------------------------


_EVENT_COLUMNS = (
    Event.id,
    Event.event_type,
    Event.mode,
    Event.date_start,
    Event.date_end,
    Event.edtf,
    Event.named_object,
)
_CITATION_COLUMNS = (
    Citation.event_id,
    Citation.claimed_edtf,
    Citation.source_id,
    Citation.start,
    Citation.end,
    Citation.mode,
    Citation.event_type,
    Citation.details,
    Citation.quote,
    Citation.status,
    Citation.rule,
    Citation.claimed_start,
    Citation.claimed_end,
    Citation.date_text,
)


def _best_candidate(
    ctx: _Context, claim: Claim, profile: Profile, links: list[tuple[Actor, str]]
) -> Event | None:
    """The best matching candidate. Candidates are compared on plain rows (no ORM objects): only
    the winner is loaded as an :class:`Event`."""
    rows = _candidates(ctx.session, profile, links)
    ctx.met.update(r.id for r in rows)

    added = _ADDED_ACT.search(claim.quote) is not None

    def probe_for(row: Any, cits: list[Any], ev_profile: Profile) -> Profile | None:
        if added and _another_act(cits, ctx.source.id, claim):
            return None  # "They also signed a plan of consultations": not the signing told just before
        if not _same_sentence(cits, ctx.source.id, claim.start, claim.end):
            return profile
        probe = replace(profile, sources=frozenset())  # compared like a claim of another article
        if _sentence_twin(cits, ctx.source.id, claim) or _visit_for_gathering(probe, ev_profile, claim.quote):
            return probe
        if _sentence_match(probe, ev_profile, cits, ctx.source.id, claim):
            return probe
        if _act_beside_its_meeting(probe, ev_profile, cits, ctx.source.id, claim):
            return probe
        return None

    chosen = _choose(ctx, rows, profile, probe_for)
    return _get_event(ctx.session, chosen[0]) if chosen else None


def _choose(ctx: _Context, rows: list[Any], profile: Profile, probe_for: Any) -> tuple[int, bool] | None:
    """(event id, joined as a date conflict) of the candidate a claim joins, or None.

    ``probe_for(row, citations, event profile)`` gives the profile to compare with that candidate
    (None: skip it). The best :func:`same_event` match wins; without one, the only candidate of the
    only-candidate rules (two or more: none), else the only near candidate (a date conflict).
    """
    if not rows:
        return None
    _load_candidates(ctx, [r.id for r in rows])
    best: tuple[float, int, bool, bool] | None = None
    best_reasons: tuple[str, ...] = ()
    visits: list[int] = []
    vague: list[int] = []
    near: list[int] = []
    hits: list[int] = []
    coarse_modes: list[tuple[int, str | None]] = []
    coarse_rows: list[tuple[int, Profile, Match]] = []
    coarse = 0
    years: set[int | None] = set()
    for row in rows:
        cits = ctx.loaded[row.id][0]
        ev_profile = ctx.ghosts.get(row.id) or _candidate_profile(ctx, row)
        probe = probe_for(row, cits, ev_profile)
        if probe is None:
            continue
        match = same_event(probe, ev_profile) or _rival_date_match(probe, ev_profile, cits)
        if match:
            hits.append(row.id)
        if match and match.coarse:
            coarse_modes.append((row.id, row.mode))
            coarse_rows.append((row.id, ev_profile, match))
        coarse += bool(match and match.coarse)
        if match and not profile.dated:
            years.add(row.date_start.year if row.date_start else None)
        if match and (best is None or (match.score, -row.id) > (best[0], -best[1])):
            best = (match.score, row.id, match.coarse, match.conflict)
            best_reasons = match.reasons
        if bilateral_during_visit(probe, ev_profile):
            visits.append(row.id)
        if best is None and (
            vague_candidate(probe, ev_profile)
            or year_unknown_candidate(probe, ev_profile)
            or contained_candidate(probe, ev_profile)
        ):
            vague.append(row.id)
            hits.append(row.id)
        if best is None and near_candidate(probe, ev_profile):
            near.append(row.id)
    if len(visits) == 1 and (best is None or (best_reasons == ("occasion",) and visits[0] != best[1])):
        # "the two leaders met in Astana in July (during the summit)" while one of them was on a visit
        # to the other's country: their meeting was part of the visit, not the multilateral gathering
        return visits[0], False
    if best is not None and best[2] and coarse > 1 and profile.mode:
        # "visited China in April" against the arrival (a visit) and the talks of that visit: the visit
        same_mode = [i for i, mode in coarse_modes if mode == profile.mode]
        if len(same_mode) == 1:
            return same_mode[0], False
    if best is not None and best[2] and coarse > 1 and len(years) <= 1:
        chosen = _break_tie(profile, coarse_rows)
        if chosen is not None:
            return chosen, False
    if (best is not None and best[2] and coarse > 1) or len(years) > 1 or (best is None and len(vague) > 1):
        # "visited Türkiye in 2003" against two visits of 2003; "signed on April 23" (year unknown)
        # against the signings of two years; two only-candidates: which one? None of them.
        ctx.ambiguous.append(frozenset(hits))
        return None
    if best is None and len(vague) == 1:  # the only event it can be; two or more: do not guess
        return vague[0], False
    if best is None and not vague and len(near) == 1:  # the same happening, dates in conflict
        return near[0], True
    return (best[1], best[3]) if best else None


def _break_tie(profile: Profile, rows: list[tuple[int, Profile, Match]]) -> int | None:
    """Session 12: a month-or-vaguer claim that matches two or more events coarsely ("In Astana in July
    last year the two leaders signed a strategic partnership statement" against the Astana meeting and
    the statement signed there): the candidate that is clearly better, else None (a new event).

    Narrowed step by step, each step kept only when it leaves at least one candidate: the claim's own
    type (a signing joins the signing, not the meeting it was signed at); a shared named object; the
    closest date (the claim's bounds containing the event's, then the smallest gap). One candidate left:
    that one. Several left that are one happening told apart (each matches the others both ways, no
    date conflict, the same type): the oldest. Otherwise really different events: None."""
    left = rows
    own = [r for r in left if r[1].event_type == profile.event_type]
    left = own or left
    named = [r for r in left if (_best_object(profile, r[1]) or 0.0) >= OBJECT_MATCH]
    left = named or left
    if len(left) > 1 and profile.dated:
        inside = [r for r in left if r[1].dated and profile.lower <= r[1].lower and r[1].upper <= profile.upper]  # type: ignore[operator]
        left = inside or left
    if len(left) == 1:
        return left[0][0]
    if any(r[1].event_type != profile.event_type for r in left):
        return None
    for i, (_, a, _m) in enumerate(left):
        for _, b, _m2 in left[i + 1 :]:
            ab = same_event(replace(a, sources=frozenset()), b)
            ba = same_event(replace(b, sources=frozenset()), a)
            if ab is None or ba is None or ab.conflict or ba.conflict:
                return None
    return min(r[0] for r in left)


#: What recomputing an event reads: its citations with their sources, its actor links.
_EVENT_LOAD = (selectinload(Event.citations).selectinload(Citation.source), selectinload(Event.actors))


def _get_event(session: Session, event_id: int) -> Event | None:
    """An event with what ``recompute_event`` needs, in four queries (not one per cited source)."""
    return session.get(Event, event_id, options=_EVENT_LOAD)


def _get_events(session: Session, ids: list[int]) -> dict[int, Event]:
    """Several events as :func:`_get_event` loads them, in one statement (plus its two eager loads)."""
    if not ids:
        return {}
    stmt = select(Event).where(Event.id.in_(sorted(set(ids)))).options(*_EVENT_LOAD)
    return {e.id: e for e in session.scalars(stmt)}


def _rival_date_match(probe: Profile, event: Profile, cits: list[Any]) -> Match | None:
    """Session 18, order independence of a conflict of three tellings: an event already holding a date conflict
    is compared at each date its citations claim apart from the canonical one, so that a claim agreeing with the
    losing side meets it whichever won the tie ("X's visit to Nairobi in March 2017" and "X's state visit in March
    2016" joined, canonical March 2016 on a tie, then "In 2017, X paid a state visit": the year meets the March
    2017 telling). A match there is a date conflict with the canonical date; None when no rival date matches."""
    if not event.dated or not probe.dated:
        return None
    canon = (event.lower, event.upper)
    rivals = sorted(
        {
            (c.claimed_start, c.claimed_end, c.claimed_edtf)
            for c in cits
            if c.claimed_start and c.claimed_end and not _overlap((c.claimed_start, c.claimed_end), canon)
        }
    )
    for lower, upper, edtf in rivals:
        match = same_event(probe, replace(event, lower=lower, upper=upper, edtf=edtf))
        if match is not None:
            return replace(match, conflict=not _overlap((probe.lower, probe.upper), canon))
    return None


def _overlap(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _load_candidates(ctx: _Context, ids: list[int]) -> None:
    """Citation rows and actor links of the candidates not loaded yet (two queries at most)."""
    missing = [i for i in ids if i not in ctx.loaded]
    if not missing:
        return
    cits: dict[int, list[Any]] = {i: [] for i in missing}
    for c in ctx.session.execute(select(*_CITATION_COLUMNS).where(Citation.event_id.in_(missing))):
        cits[c.event_id].append(c)
    actors: dict[int, list[tuple[str, str]]] = {i: [] for i in missing}
    for event_id, name, kind in ctx.session.execute(
        select(EventActor.event_id, Actor.name, Actor.kind)
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(EventActor.event_id.in_(missing))
    ):
        actors[event_id].append((name, kind))
    for i in missing:
        ctx.loaded[i] = (cits[i], actors[i])


def _candidate_profile(ctx: _Context, row: Any) -> Profile:
    """The profile of a candidate row, reused while the event's row and citations are unchanged."""
    cached = ctx.profiles.get(row.id)
    if cached is not None and cached[0] == row:
        return cached[1]
    cits, links = ctx.loaded[row.id]
    profile = _build_profile(row, cits, links)
    ctx.profiles[row.id] = (row, profile)
    return profile


def _same_sentence(citations: list[Any], source_id: int, start: int, end: int) -> bool:
    """True when the event already cites an overlapping span of the same source."""
    return any(c.source_id == source_id and c.start < end and start < c.end for c in citations)


#: A trip told as made for a gathering: "when he attended", "to attend", "came … for the summit".
_TRIP_FOR = re.compile(
    r"\b(?:when|as|while)\s+(?:he|she|they|the\s+\w+)\s+(?:attended|took\s+part|participated)\b"
    r"|\bto\s+(?:attend|take\s+part\s+in)\b|\b(?:came|went|travell?ed|flew)\b[^.;]{0,60}\bfor\s+the\b",
    re.IGNORECASE,
)
#: A state or official visit is a timeline line of its own, even when a gathering was part of it.
_OWN_VISIT = re.compile(r"\b(?:state|official)\s+visit\b", re.IGNORECASE)


#: Attending a gathering ("will attend the … Annual Meeting", "attended the summit").
_ATTENDS = re.compile(r"\battend(?:s|ed|ing)?\b", re.IGNORECASE)


def _visit_for_gathering(probe: Profile, event: Profile, quote: str) -> bool:
    """One sentence tells a trip and the gathering it was made for ("paid a visit to China in April
    2019 when he attended the Second Belt and Road Forum"): the occasion rule of the same-event test
    joins them (the trip dated no more precisely than the gathering, which the sentence names). A
    state or official visit and a gathering told side by side ("paid a state visit … and took part
    in the first … Forum") stay two lines.

    Round 7: an unnamed gathering too ("is expected to visit Baku in June to attend a session of the
    commission", "came to Kostanay in November for the interregional forum") when both claims of the
    sentence carry its one date; and one person's attendance coded as a meeting without mode ("Vice
    President X will attend the … Annual Meeting in Davos"; two or more persons: a meeting held at
    the gathering, another line)."""
    if "multilateral" not in {probe.mode, event.mode} or probe.event_type != "CONSULT":
        return False
    if event.types - {"CONSULT"}:
        return False
    trip = probe if probe.mode != "multilateral" else event
    if trip.mode == "visit":
        if not _TRIP_FOR.search(quote) or _OWN_VISIT.search(quote):
            return False
    elif trip.mode is not None or len(trip.persons) > 1 or not _ATTENDS.search(quote):
        return False
    match = same_event(probe, event)
    if match is not None and match.reasons == ("occasion",):
        return True
    return probe.dated and (probe.lower, probe.upper) == (event.lower, event.upper)


#: A sentence adding another act to those just told: "They also signed …", "In addition, the two
#: ministries agreed …", "A second memorandum was signed …", "… was also signed".
_ADDED_ACT = re.compile(
    r"^\W*(?:in\s+addition|additionally|separately)\b"
    r"|\b(?:also|additionally|separately)\s+(?:\w+\s+)?(?:signed|agreed|approved|adopted|concluded|reached|"
    r"initialled|initialed|exchanged)\b"
    r"|\b(?:was|were)\s+also\s+(?:signed|agreed|approved|adopted|concluded|initialled|initialed)\b"
    r"|\b(?:another|a\s+second|a\s+third|a\s+further|a\s+separate)\s+(?:\w+\s+){0,2}(?:agreement|memorandum|"
    r"contract|deal|accord|protocol|document|declaration|statement)\b",
    re.IGNORECASE,
)


#: The document just told taken up again as the subject: "The agreement was also signed by …",
#: "In addition, the memorandum provides …": the same act, no other one.
_SAME_DOCUMENT_SUBJECT = re.compile(
    r"^\W*(?:(?:in\s+addition|additionally|separately),?\s+)?(?:the|this|that|these|those|it)\b"
    r"(?:\s+(?:\w+\s+)?(?:documents?|agreements?|deals?|memorand(?:um|a)|contracts?|accords?|protocols?|"
    r"statements?|declarations?|treat(?:y|ies)|texts?)\b|\s+was\b)",
    re.IGNORECASE,
)


def _another_act(citations: list[Any], source_id: int, claim: Claim) -> bool:
    """Session 11: the claim's sentence adds another act (:data:`_ADDED_ACT`) of the type family of one
    the same article told just before (at most :data:`FOLLOW_UP_GAP` characters earlier), and the event
    cites that earlier sentence: "Following the talks, the ministers signed an agreement on visa
    exemption. They also signed a plan of consultations …" are two signings, whatever else they share.
    An event citing the claim's own sentence is left to the same-sentence rules."""
    if not _ADDED_ACT.search(claim.quote) or _SAME_DOCUMENT_SUBJECT.search(claim.quote):
        return False
    family = type_family(claim.event_type)
    earlier = False
    for c in citations:
        if c.source_id != source_id:
            continue
        if c.start < claim.end and claim.start < c.end:
            return False
        if c.end <= claim.start and claim.start - c.end <= FOLLOW_UP_GAP and type_family(c.event_type) == family:
            earlier = True
    return earlier


def _sentence_twin(citations: list[Any], source_id: int, claim: Claim) -> bool:
    """True when the event cites the claim's own sentence with the same type, mode and date and no
    other named object: one sentence coding one happening twice ("agreed to raise relations … and
    signed a joint statement") is one event; another object, type or mode in the sentence is another
    event ("held talks … on the second day of a state visit": the talks and the visit). Session 5:
    the same cue dated twice, one date within the other (a year heading and "In March"), is one
    event too (:func:`_refined_date`)."""
    for c in citations:
        if c.source_id != source_id or not (c.start < claim.end and claim.start < c.end):
            continue
        det = c.details or {}
        if _set_beside_act(claim, det.get("title") or "", c.rule):
            return False  # "signed a joint statement … and witnessed the signing of 10 documents": two acts
        other = det.get("named_object")
        if (c.event_type, c.mode) != (claim.event_type, claim.mode):
            return False
        if _documents_differ(claim.title, det.get("title") or ""):
            return False  # "signed a memorandum on X and a protocol on Y": two documents, two events
        if c.claimed_edtf != claim.date.value and not _refined_date(c, claim) and not _visit_days(c, claim):
            return False
        if other and claim.named_object and other != claim.named_object:
            return False
    return True


def _documents_differ(title: str, other_title: str) -> bool:
    """Session 14: two claims of one sentence whose titles name kinds of document and share none
    ("memorandum of understanding signed" / "protocol signed"): two texts signed, not one act told twice."""
    mine, other = document_kinds(title), document_kinds(other_title)
    return bool(mine) and bool(other) and not mine & other


def _sentence_match(probe: Profile, event: Profile, citations: list[Any], source_id: int, claim: Claim) -> bool:
    """Round 11: two claims of one sentence that the same-event test matches BOTH ways, without a
    conflict, with one claimed date, are one happening told twice ("recalled his visit to Urumqi last
    summer, when, as first deputy premier, he took part in the Expo": the trip and the gathering it
    was made for, whatever words stand between). Bounded: the event holds nothing but this source's
    claims of this sentence (one sentence's coding, not a larger event it may be part of); a state
    or official visit beside a gathering (two lines, :data:`_OWN_VISIT`) and two modes other than a
    trip and its gathering (talks and the visit; two leaders meeting at a gathering) stay apart, as
    do a trip and a gathering in two different places (a visit to Beijing, an expo in Shanghai);
    judge() refuses the rest (two documents, two named objects). Symmetric in the two claims, so
    independent of their order."""
    if any(c.source_id != source_id or not (c.start < claim.end and claim.start < c.end) for c in citations):
        return False
    if any(_set_beside_act(claim, (c.details or {}).get("title") or "", c.rule) for c in citations):
        return False  # a set of documents and one act of the sentence (a partnership, a statement)
    if any(_documents_differ(claim.title, (c.details or {}).get("title") or "") for c in citations):
        return False  # session 14: a memorandum and a protocol signed side by side
    if any(c.claimed_edtf != claim.date.value for c in citations) or not probe.dated:
        return False
    modes = event.all_modes or frozenset({None})
    if probe.mode not in modes and {probe.mode, *modes} != {"visit", "multilateral"}:
        return False  # the talks and the visit they were held during; two leaders met at a gathering
    if _OWN_VISIT.search(claim.quote) and "multilateral" in {probe.mode, *event.all_modes}:
        return False
    if probe.places and event.places and not probe.places & event.places:
        return False  # "travelled to Beijing in November and attended the Import Expo in Shanghai": two places
    probe_back = replace(event, sources=frozenset())
    one, two = same_event(probe, event), same_event(probe_back, replace(probe, sources=frozenset({source_id})))
    return one is not None and two is not None and not one.conflict and not two.conflict


def _act_beside_its_meeting(probe: Profile, event: Profile, citations: list[Any], source_id: int, claim: Claim) -> bool:
    """Session 14: a sentence telling a meeting and the act announced at it ("Xi meets Prime Minister X in
    Chengdu; the leaders announce the establishment of a strategic partnership") whose meeting already
    joined an event that other articles made of that meeting and that act ("upgraded relations to a
    strategic partnership in July 2023, when X met Xi in Chengdu"): the act joins its meeting's event
    too, not another event of the sentence. Only when this source's citations of the sentence are all of
    the other type family (the meeting), the event holds the claim's own type from other articles, no set
    of documents stands beside the act, and the same-event test matches strongly without a conflict."""
    own = [c for c in citations if c.source_id == source_id and c.start < claim.end and claim.start < c.end]
    family = type_family(claim.event_type)
    if not own or any(type_family(c.event_type or "") == family for c in own):
        return False
    if not any(c.source_id != source_id and c.event_type == claim.event_type for c in citations):
        return False
    if any(_set_beside_act(claim, (c.details or {}).get("title") or "", c.rule) for c in citations):
        return False
    match = same_event(probe, event)
    return match is not None and match.strong and not match.conflict


#: A set of documents that is the act itself: "signed documents establishing a strategic partnership".
_SET_FOR_ACT = re.compile(
    r"\b(?:documents|agreements|memoranda|accords)\s+(?:on|establishing|to\s+establish|elevating|upgrading|"
    r"raising|that\s+\w+)\b[^,;.]{0,60}?\bpartnership\b",
    re.IGNORECASE,
)


def _set_beside_act(claim: Claim, other_title: str, other_rule: str | None) -> bool:
    """Round 12: one claim of a sentence names a set of documents (:func:`document_set`), the other one
    act (not a bare decision: :func:`~timeline.resolve.similarity.title_cues`), and the set is not the
    act's own instrument ("signed documents establishing a partnership")."""
    mine = title_cues(claim.title, claim.event_type, claim.rule, claim.quote)
    other = title_cues(other_title, claim.event_type, other_rule, claim.quote)
    if not mine or not other or mine == other:
        return False
    return _SET_FOR_ACT.search(claim.quote) is None


def _refined_date(citation: Any, claim: Claim) -> bool:
    """The claim and the citation of its own sentence come from one cue (same rule) and one date
    contains the other: the sentence dates one happening twice ("2005 — In March, the president
    pays a state visit": the year heading and the month). Two cues or disjoint dates: no."""
    lo, hi = claim.date.lower, claim.date.upper
    c_lo, c_hi = citation.claimed_start, citation.claimed_end
    if not (citation.rule and citation.rule == claim.rule):
        return False
    # Session 13: one side's year left unknown ("paid a state visit in January 2007, and on 15 January
    # the two presidents signed": XXXX-01-15 beside 2007-01) is read in the other side's year.
    if not (lo and hi) and c_lo and c_hi and claim.date.value:
        done = complete_near(claim.date.value, (c_lo, c_hi))
        lo, hi = (done[1], done[2]) if done else (None, None)
    elif lo and hi and not (c_lo and c_hi) and citation.claimed_edtf:
        done = complete_near(citation.claimed_edtf, (lo, hi))
        c_lo, c_hi = (done[1], done[2]) if done else (None, None)
    if not (lo and hi and c_lo and c_hi):
        return False
    return (lo <= c_lo and c_hi <= hi) or (c_lo <= lo and hi <= c_hi)


#: Most days between two days one sentence gives one visit (arrival on Monday, received "today").
VISIT_TWIN_DAYS = 3


def _visit_days(citation: Any, claim: Claim) -> bool:
    """Session 13: one sentence telling one visit on two days a few days apart ("received today Premier
    X, who arrived in Dushanbe on an official visit on Monday": the reception day and the arrival) is one
    visit (its date is their span, :func:`_recompute_date`). Both claims visits, each dated to a day or
    a few, at most :data:`VISIT_TWIN_DAYS` apart; the same visitor when both name one; the same host
    or place when both name one ("visited Baku on 3 May and Yerevan on 5 May" are two visits)."""
    if claim.mode != "visit" or citation.mode != "visit":
        return False
    lo, hi, c_lo, c_hi = claim.date.lower, claim.date.upper, citation.claimed_start, citation.claimed_end
    if not (lo and hi and c_lo and c_hi):
        return False
    if (hi - lo).days > DAYLIKE_SPAN or (c_hi - c_lo).days > DAYLIKE_SPAN:
        return False
    if max((c_lo - hi).days, (lo - c_hi).days) > VISIT_TWIN_DAYS:
        return False
    theirs = (citation.details or {}).get("actors") or []
    mine_persons = {m.name for m in claim.actors if m.kind == "person"}
    their_persons = {a.get("name") for a in theirs if a.get("kind") == "person"}
    if mine_persons and their_persons and not mine_persons & their_persons:
        return False
    hosts = ("recipient", "location")
    mine_hosts = {m.name for m in claim.actors if m.role in hosts and m.kind != "person"}
    their_hosts = {a.get("name") for a in theirs if a.get("role") in hosts and a.get("kind") != "person"}
    return not (mine_hosts and their_hosts and not mine_hosts & their_hosts)


def _sentence_partner(ctx: _Context, claim: Claim) -> Event | None:
    """The event of another claim of the claim's own sentence coding the same happening as another
    type of its family (AGREE–COOPERATE: "established diplomatic relations; … opened its embassy",
    "signed contracts … the pipeline started flowing"), with the same claimed date and no other
    named object; None when there is none or several. Used only when the claim matched no event.
    Also a summit and what was agreed at it (:func:`_gathering_decision`), and a visit or meeting
    and the support voiced during it (CONSULT–SUPPORT: "travelled to Tbilisi to congratulate …").
    Other close types stay apart: "met … and signed" names a meeting and a signing, two lines."""
    d = claim.date.value
    if not d:
        return None
    found = {
        event_id
        for start, end, etype, edtf, obj, mode, event_id in ctx.stored
        if (start, end) == (claim.start, claim.end)  # the same quote, not a neighbouring sentence
        and edtf == d
        and etype != claim.event_type
        and (
            type_family(etype) == type_family(claim.event_type)
            or _gathering_decision((etype, mode, obj), (claim.event_type, claim.mode, claim.named_object))
            or {etype, claim.event_type} == {"CONSULT", "SUPPORT"}
            or _agreed_when_met((etype, mode), (claim.event_type, claim.mode), claim.quote)
            or _met_and_agreed((etype, mode), (claim.event_type, claim.mode), claim.quote)
            or _ceremony_of_act((etype, mode), (claim.event_type, claim.mode), claim.quote)
            or _statement_and_its_call((etype, claim.event_type), claim.quote)  # session 17 (M1)
            or _visit_and_its_announcement((etype, mode), (claim.event_type, claim.mode), claim.quote)  # s17 (M1)
        )
        and not (obj and claim.named_object and obj != claim.named_object)
        and not _launch_and_signing((etype, claim.event_type), claim.quote)
        and not _launch_beside_partnership((etype, claim.event_type), claim.quote)
    }
    return _get_event(ctx.session, found.pop()) if len(found) == 1 else None


#: Session 17 (M1): a statement issued and the call it makes, one clause ("the three issued a joint statement
#: calling for an end to unilateral sanctions", "adopted a declaration that urged …").
_STATEMENT_CALLING = re.compile(
    r"\b(?:issu(?:e|es|ed|ing)|adopt(?:s|ed)?|releas(?:e|es|ed)|publish(?:es|ed)?|sign(?:s|ed)?)\s+(?:a|the|an)\s+"
    r"(?:joint\s+|final\s+)?(?:statement|declaration|communiqu[eé])\s+"
    r"(?:calling|urging|demanding|(?:that|which)\s+(?:call(?:s|ed)|urg(?:es|ed)|demand(?:s|ed)))\b",
    re.IGNORECASE,
)


def _statement_and_its_call(types: tuple[str, str], quote: str) -> bool:
    """Session 17 (M1): a sentence telling a statement issued and, in the same clause, what it calls for
    ("… and the three issued a joint statement calling for an end to "unilateral sanctions"") codes one
    happening twice, as AGREE (the statement) and REQUEST (its call): one event. A call made apart from a
    statement ("issued a statement and called on …") is its own act."""
    return set(types) == {"AGREE", "REQUEST"} and _STATEMENT_CALLING.search(quote) is not None


#: Session 17 (M1): a visit and, in a relative clause after it, its announcement ("… to prepare for a visit by
#: President X to Ruritania next year, which Foreign Minister Y had announced a day earlier").
_VISIT_ANNOUNCED = re.compile(
    r"\b(?:visit|trip)\b(?:(?!\b(?:statement|agreement|declaration|treaty|memorand\w*|deal|document|plan)s?\b)"
    r"[^.;,]){0,100},\s+which\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+|has\s+)?(?:announced|confirmed|disclosed)\b",
    re.IGNORECASE,
)


def _visit_and_its_announcement(a: tuple[str, str | None], b: tuple[str, str | None], quote: str) -> bool:
    """Session 17 (M1): a visit told with the announcement of it in a relative clause ("… a visit by President
    X to Ruritania next year, which Foreign Minister Y had announced a day earlier") codes one planned visit
    twice: as the visit (CONSULT, mode visit) and as the announcement (an AGREE): one event (gold E1/E4: the
    announcement is a mention of the visit). A visit and an agreement told by another clause stay apart."""
    if {a[0], b[0]} != {"CONSULT", "AGREE"}:
        return False
    visit_mode = a[1] if a[0] == "CONSULT" else b[1]
    return visit_mode == "visit" and _VISIT_ANNOUNCED.search(quote) is not None


#: Two acts of one subject coordinated by "and": a launch or opening and the signing of a document
#: ("launched, by video link, a container train … and signed an agreement on …"; "signed a memorandum
#: … and opened a trade house"). Each verb has its own object: two happenings.
_LAUNCH_VERB = r"(?:launched|opened|inaugurated|unveiled|commissioned|started)"
_SIGN_VERB = r"(?:also\s+)?signed\s+(?:an?|the|two|three|several|\w+\s+)?"
_LAUNCH_AND_SIGNING = re.compile(
    rf"\b{_LAUNCH_VERB}\b[^.;]{{0,200}}?,?\s+and\s+{_SIGN_VERB}"
    rf"|\bsigned\b[^.;]{{0,200}}?,?\s+and\s+(?:also\s+)?{_LAUNCH_VERB}\s+(?:an?|the)\b",
    re.IGNORECASE,
)


#: Opening a thing ("inaugurated the Angren-Pap line"), not "opened a new stage/chapter" of relations.
_LAUNCH_THING = re.compile(
    rf"\b{_LAUNCH_VERB}\s+(?:by\s+video\s+link\s+)?(?:the|an?|its|their)\s+(?!new\s+(?:stage|chapter|page|era|level)\b)",
    re.IGNORECASE,
)


def _launch_beside_partnership(types: tuple[str, str], quote: str) -> bool:
    """Session 12: the opening of a thing and a partnership level of the relations told by one sentence
    ("Xi and Karimov inaugurated the Angren-Pap line in June 2016, during Xi's state visit, at which the
    two sides also upgraded relations to a comprehensive strategic partnership"): two acts, two lines,
    although AGREE and COOPERATE are one family."""
    if set(types) != {"AGREE", "COOPERATE"}:
        return False
    if not any(c.startswith("partnership:") for c in one_off_cues(quote)):
        return False
    return _LAUNCH_THING.search(quote) is not None


def _launch_and_signing(types: tuple[str, str], quote: str) -> bool:
    """Session 11: an AGREE and a COOPERATE claim of one sentence that coordinates a launch (opening)
    and a signing with "and" (:data:`_LAUNCH_AND_SIGNING`) are two acts, never sentence partners.
    "Signed contracts under which the pipeline started flowing" (no coordination) may still be one."""
    return set(types) == {"AGREE", "COOPERATE"} and _LAUNCH_AND_SIGNING.search(quote) is not None


#: A sentence adding who signed what the previous one told signed: an anaphoric document as the
#: subject ("The document was signed at the Government House by …", "The agreement was signed on
#: behalf of …") or a signatory for one side ("X signed for the Azerbaijani side", "… signed it on
#: behalf of the ministry"). "A second agreement was signed", "They also signed a memorandum" are not.
_FOLLOW_UP = re.compile(
    r"^\W*(?:the|this|that|these|those)\s+(?:joint\s+)?(?:documents?|agreements?|deals?|memorand(?:um|a)|contracts?|"
    r"accords?|treat(?:y|ies)|protocols?|statements?|declarations?|mou|texts?|papers?)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been)"
    r"\s+(?:\w+\s+)?signed\b(?![^.;]{0,80}\b(?:also|another|second|too)\b)"
    r"|\bsign(?:s|ed)?\s+(?:it\s+|them\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:side|party|government|delegation)\b"
    r"|\bit\s+was\s+signed\s+(?:by|on\s+behalf\s+of)\b",
    re.IGNORECASE,
)
#: Round 12: a signatory for a party named by the claim itself ("X signed for Azerbaijan, Y for China",
#: "… signed it on behalf of Sinopec."): the words after "for" / "on behalf of" up to the clause's end.
_SIGNED_FOR = re.compile(
    r"\bsign(?:s|ed)?\s+(?:it\s+|them\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})(?=\s*(?:[,.;:]|\band\b|$))"
)
#: Session 15 (B2): the anaphoric document of :data:`_FOLLOW_UP` with a postmodifier naming its parties
#: or subject before the verb ("The agreement between the port company and the maritime authority was
#: signed in Tehran …", "The contract with the operator was signed by …"); no comma, no other verb.
_FOLLOW_UP_MODIFIED = re.compile(
    r"^\W*(?:the|this|that)\s+(?:agreement|deal|memorandum|contract|accord|treaty|protocol|document)\s+"
    r"(?:between|with|on|for|of)\s+[^,.;]{3,120}?\s+(?:was|had\s+been|has\s+been)\s+(?:(?!also\b)\w+\s+)?signed\b"
    r"(?![^.;]{0,80}\b(?:also|another|second|too)\b)",
    re.IGNORECASE,
)
#: Another act told by the sentence: "also signed for …", "a second memorandum".
_ANOTHER_ACT = re.compile(r"\b(?:also|another|second|separate|too|as\s+well)\b", re.IGNORECASE)
#: Most characters between the end of the signing told and the follow-up sentence (one sentence).
FOLLOW_UP_GAP = 300


#: A ceremony told as the act it was held for: "the signing ceremony", "a ground-breaking ceremony",
#: "a ceremony (in X) marking / to launch / for the start of …".
_CEREMONY_OF_ACT = re.compile(
    r"\b(?:signing|opening|inauguration|inaugural|ground-?breaking|launch(?:ing)?|commissioning|"
    r"foundation[- ]stone|hand-?over|unveiling|completion|ribbon-cutting)\s+ceremon(?:y|ies)\b"
    r"|\bceremon(?:y|ies)\b[^.;]{0,60}?\b(?:marking|to\s+mark|launching|to\s+launch|celebrating|to\s+celebrate|"
    r"dedicated\s+to|on\s+the\s+occasion\s+of|for\s+the\s+(?:start|launch|opening|signing|inauguration|"
    r"completion|commissioning))\b",
    re.IGNORECASE,
)
#: The same ceremony taken up again by the next sentence: "the signing ceremony", "the ceremony".
_THE_CEREMONY = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:signing|opening|inauguration|ground-?breaking|launch|commissioning|"
    r"hand-?over|unveiling|completion)\s+)?ceremony\b",
    re.IGNORECASE,
)


def _ceremony_of_act(a: tuple[str, str | None], b: tuple[str, str | None], quote: str) -> bool:
    """Round 11: attending a ceremony (CONSULT, multilateral: "took part in a ceremony") and the act the
    ceremony was held for (another quad type: "marking the start of construction", "the signing
    ceremony") told by one sentence are one timeline line. Talks (CONSULT without mode) or a visit
    beside a signing stay two lines. Arguments: (type, mode) of the two claims."""
    attend = [x for x in (a, b) if x == ("CONSULT", "multilateral")]
    act = [x for x in (a, b) if x[0] != "CONSULT"]
    return bool(attend) and bool(act) and _CEREMONY_OF_ACT.search(quote) is not None


#: Casualties of a violent happening told by their own sentence ("Six people were killed.").
_CASUALTIES = re.compile(
    r"\b(?:killed|died|dead|deaths?|injured|wounded|hurt|casualties|lost\s+their\s+lives|"
    r"hospitali[sz]ed|detained|arrested)\b",
    re.IGNORECASE,
)
#: Material-conflict types (PLOVER): a clash, a crackdown, a protest and their toll.
_MATERIAL_CONFLICT = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"})


def _consequence_of(claim: Claim, prev_type: str, prev_mode: str | None) -> bool:
    """Round 11: may ``claim``, the sentence right after another claim of the same article with the
    same date, be part of what that claim told? Attendance at "the (signing) ceremony" after an act
    ("… the agreement was signed in Beijing. X and Y took part in the signing ceremony by video link")
    and the toll of a violent happening after it ("Police open fire on protesters … Six people are
    killed."). Not another act: "They also signed …" has its own rules."""
    if (claim.event_type, claim.mode) == ("CONSULT", "multilateral") and prev_type != "CONSULT":
        return _THE_CEREMONY.search(claim.quote) is not None
    if claim.event_type in _MATERIAL_CONFLICT and prev_type in _MATERIAL_CONFLICT:
        return _CASUALTIES.search(claim.quote) is not None and len(claim.quote) <= 160
    if _talks_anaphor(claim, prev_type, prev_mode):  # session 17 (M1)
        return True
    return _during_the_ceremony(claim, prev_type) or _agreed_at_entry_meeting(claim, prev_type, prev_mode)


#: Session 17 (M1): a sentence placing itself in the talks just told ("During the talks, …", "At the meeting, …").
_THE_TALKS = re.compile(
    r"^\W*(?:during|in|at|in\s+the\s+course\s+of)\s+(?:the|these|those|their|that)\s+"
    r"(?:talks|meeting|discussions?|conversation|negotiations)\s*,",
    re.IGNORECASE,
)


def _talks_anaphor(claim: Claim, prev_type: str, prev_mode: str | None) -> bool:
    """Session 17 (M1): a CONSULT sentence opening with the talks just told ("X met Y in Beijing today. …
    During the talks, X and Y discussed bilateral relations …"), right after a meeting (not a visit: talks
    inside a visit are the visit's parts, kept by the gold as lines of their own) and with the same date:
    the same talks. Another type ("During the talks, the two sides signed …") is its own line."""
    if claim.event_type != "CONSULT" or claim.mode not in (None, "meeting") or claim.status != "occurred":
        return False
    if prev_type != "CONSULT" or prev_mode not in (None, "meeting"):
        return False
    return _THE_TALKS.search(claim.quote) is not None


#: Session 16: a happening placed at the ceremony just told ("during the ceremony", "at the opening ceremony").
_DURING_THE_CEREMONY = re.compile(
    r"\b(?:during|at)\s+(?:the|this|that)\s+(?:(?:opening|inauguration|launch|commissioning|unveiling)\s+)?"
    r"ceremony\b",
    re.IGNORECASE,
)


def _during_the_ceremony(claim: Claim, prev_type: str) -> bool:
    """Session 16: a COOPERATE sentence right after an opening told as a COOPERATE act, placing itself at
    "the ceremony" ("The plant was inaugurated on Monday …" → "The first 30 buses rolled off the line during
    the ceremony."): part of that opening. A document signed at the ceremony is its own line (gold E2), and so
    is anything without the definite ceremony."""
    if claim.event_type != "COOPERATE" or prev_type != "COOPERATE":
        return False
    if _SIGNS_DOCUMENT.search(claim.quote) or len(claim.quote) > 160:
        return False
    return _DURING_THE_CEREMONY.search(claim.quote) is not None


def _agreed_at_entry_meeting(claim: Claim, prev_type: str, prev_mode: str | None) -> bool:
    """Session 16: in a chronology entry, an agreement told by the sentence after a meeting and dated by the
    entry ("6 May 2021 — At the summit in Lisbon, the two leaders confirm their commitment to the accord.
    Portugal agrees to host a monitoring office."): what was agreed at that meeting, one line as
    :func:`_agreed_when_met`. A signed document or a partnership raised is its own line (gold E2), and a
    sentence with a date of its own is another happening."""
    if claim.event_type != "AGREE" or prev_type != "CONSULT" or prev_mode not in (None, "multilateral"):
        return False
    if not (claim.rule or "").endswith("+continued-date"):
        return False
    if _SIGNS_DOCUMENT.search(claim.quote) or _SIGNED.search(claim.quote) or document_kinds(claim.quote):
        return False  # "The protocol they signed lists forty projects": a document, its own line
    if "relations established" in quote_cues(claim.quote):
        return False  # "… since the establishment of diplomatic relations": a once-per-pair act of its own
    return not _partnership_act(claim.quote)


_SIGNED = re.compile(r"\bsign(?:s|ed|ing)?\b", re.IGNORECASE)


def _follow_up(ctx: _Context, claim: Claim) -> Event | None:
    """Round 10: a sentence adding who signed (or where) what the previous sentence of the same
    article told signed ("On Tuesday, the railways of the two countries signed an agreement …" →
    "The company's chairman signed for the Azerbaijani side."; "… signed the investment agreement on
    Tuesday" → "The document was signed at the Government House by …") is the same signing: it
    joins the event of the nearest claim before it in the article (at most one sentence away:
    :data:`FOLLOW_UP_GAP`), of its type family, with the same claimed date and no other named object.
    Used only when the claim matched nothing; a sentence telling another document ("A second
    agreement was signed", "They also signed a memorandum") is no follow-up."""
    d = claim.date.value
    if not d:
        return None
    signing = type_family(claim.event_type) == type_family("AGREE") and (
        _FOLLOW_UP.search(claim.quote) is not None or _signed_for_party(claim) or _modified_follow_up(claim.quote)
    )
    before = [row for row in ctx.stored if row[1] <= claim.start and claim.start - row[1] <= FOLLOW_UP_GAP]
    if not before:
        return None
    _start, _end, etype, edtf, obj, mode, event_id = max(before, key=lambda row: (row[1], row[0]))
    if edtf != d:
        return None
    same_signing = signing and type_family(etype) == type_family(claim.event_type)
    if not same_signing and not _consequence_of(claim, etype, mode):
        return None
    if obj and claim.named_object and obj != claim.named_object:
        return None
    return _get_event(ctx.session, event_id)


#: Session 16 (M1): a lead dated by its reporting verb ("Pakistan and China have agreed …, officials said
#: Friday"): the day it was told, not the day of the act.
_REPORTED_ON = r"\b(?:said|says|announced|confirmed|reported|told\s+\w+)\s+(?:on\s+)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
#: Most days between the act's own day told by a follow-up and the lead's reporting day.
REPORTED_LEAD_DAYS = 3


def _reported_lead(ctx: _Context, event_id: int, lead_start: int, lead_edtf: str | None, claim: Claim) -> bool:
    """Session 16 (M1): the lead before a follow-up is dated by its reporting verb ("… have agreed to set up
    a joint mechanism …, officials said Friday") and the follow-up tells the act's own day at most
    :data:`REPORTED_LEAD_DAYS` before it ("The agreement was signed in Islamabad on Thursday by …"): the
    same act, told on the day it was reported. A follow-up dated after the lead, or a lead dated by its
    own act ("signed an agreement on Friday"), is not this."""
    d = claim.date
    if d.precision != "day" or d.lower is None:
        return False
    lead = ctx.session.scalars(
        select(Citation).where(
            Citation.event_id == event_id, Citation.source_id == ctx.source.id, Citation.start == lead_start
        )
    ).first()
    if lead is None:
        return False
    if not lead_edtf:  # the lead left undated: its reporting verb names a weekday ("officials said Friday")
        return re.search(_REPORTED_ON + _WEEKDAY, lead.quote, re.IGNORECASE) is not None
    try:
        lead_day = dt.date.fromisoformat(lead_edtf) if len(lead_edtf) == 10 else None
    except ValueError:
        lead_day = None
    if lead_day is None or not 0 < (lead_day - d.lower).days <= REPORTED_LEAD_DAYS or not lead.date_text:
        return False
    return re.search(_REPORTED_ON + re.escape(lead.date_text) + r"\b", lead.quote, re.IGNORECASE) is not None


def _join_reported_leads(ctx: _Context, stats: MergeStats, claims: list[Claim]) -> None:
    """Session 16 (M1): a follow-up signing sentence ("The agreement was signed in Islamabad on Thursday by
    …", :data:`_FOLLOW_UP`) right after a lead dated by its reporting verb ("Pakistan and China have agreed
    to set up a joint mechanism …, officials said Friday", :func:`_reported_lead`) tells the lead's act:
    the two events become one, whichever event the follow-up joined (another article's telling of the
    signing, or its own). Of the AGREE family both; curated, rejected and conflicting events are left alone."""
    for claim in claims:
        if type_family(claim.event_type) != type_family("AGREE") or _FOLLOW_UP.search(claim.quote) is None:
            continue
        own = [row for row in ctx.stored if (row[0], row[1], row[2]) == (claim.start, claim.end, claim.event_type)]
        before = [row for row in ctx.stored if row[1] <= claim.start and claim.start - row[1] <= FOLLOW_UP_GAP]
        if len(own) != 1 or not before:
            continue
        lead = max(before, key=lambda row: (row[1], row[0]))
        if lead[-1] == own[0][-1] or type_family(lead[2]) != type_family(claim.event_type):
            continue
        if not _reported_lead(ctx, lead[-1], lead[0], lead[3], claim):
            continue
        a, b = _get_event(ctx.session, lead[-1]), _get_event(ctx.session, own[0][-1])
        if a is None or b is None or not _recheckable(a) or not _recheckable(b):
            continue
        _join(ctx, stats, a, b)
        ctx.forget(a.id)
        ctx.forget(b.id)


def _modified_follow_up(quote: str) -> bool:
    """Session 15 (B2): "The agreement between X and Y was signed in Tehran in the presence of …" right
    after "India on Monday signed a 10-year contract …": the document told just before, named again with
    its parties (:data:`_FOLLOW_UP_MODIFIED`); the caller checks the gap, the date and the type family."""
    return _FOLLOW_UP_MODIFIED.search(quote) is not None


def _signed_for_party(claim: Claim) -> bool:
    """Round 12: a sentence telling who signed for a party the claim names ("Energy Minister X signed for
    Azerbaijan, Deputy Premier Y for China"; "… signed on behalf of Sinopec."): a signatory follow-up of
    the signing told just before. The party after "for" must be one of the claim's own states or
    organisations (not "signed for 200 buses"); a sentence telling another act ("also signed for …",
    "a second memorandum") is none."""
    if _ANOTHER_ACT.search(claim.quote):
        return False
    parties = {
        _fold_name(name) for m in claim.actors if m.kind in _PARTY_KINDS for name in (m.surface or m.name, m.name)
    }
    for found in _SIGNED_FOR.finditer(claim.quote):
        name = found.group(1)
        if _fold_name(name) in parties:
            return True
        # the extractor may have dropped the party from the claim: a known state or organisation named whole
        known = ActorDictionary.default().find(name)
        if any(m.kind in _PARTY_KINDS and m.known and (m.start, m.end) == (0, len(name)) for m in known):
            return True
    return False


_PARTY_KINDS = ("state", "organisation")


def _fold_name(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


#: A meeting told as the occasion of what the sentence's main verb did: "agreed … when the two
#: presidents met", "signed at their meeting". Talks are not: the gold convention keeps the talks
#: of a visit day and the document signed after them apart ("elevated ties as X held talks with Y").
_OCCASION_CLAUSE = re.compile(
    r"\b(?:when|as|while|where)\b[^.;:]{0,80}?\b(?:met|meets)\b"
    r"|\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:their|the|a|his|her)\s+(?:\w+\s+){0,2}meeting\b"
    # session 14: a participle opening the clause ("11 January 2021 — Meeting in Moscow, the three leaders agree")
    r"|(?:^|[—–:]\s*)(?-i:Meeting\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,)",
    re.IGNORECASE,
)


#: A document signed (not a decision agreed): "signed a joint statement", "the two heads of state signed
#: a declaration", "initialled the treaty". Documents signed at a meeting or during a visit are their own
#: timeline lines (gold convention: seeds.yaml).
_SIGNS_DOCUMENT = re.compile(
    r"\b(?:signed|signs|sign|initialled|initialed|exchanged)\b[^.;]{0,40}?\b(?:statements?|declarations?|"
    r"agreements?|memorand(?:um|a)|treat(?:y|ies)|protocols?|documents?|accords?|contracts?|communiqu[eé]s?|"
    r"charters?|conventions?|roadmaps?|road\s+maps?)\b",
    re.IGNORECASE,
)


#: Words of a level of the relations ("strategic", "comprehensive cooperative"), not of one field
#: ("a transport partnership"): a partnership level named by :func:`one_off_cues`.
_RELATIONS_LEVEL = re.compile(
    r"\b(?:strategic|comprehensive|cooperative|all-round|all-weather|privileged|allied|enhanced|friendly|"
    r"everlasting|special|global)\b",
    re.IGNORECASE,
)

#: A partnership told as what the parties agreed on ("had agreed on a strategic partnership … when they
#: met"): a decision, the meeting's outcome, not an act of its own.
#: Session 15: also a partnership told as the decision taken ("when the two heads of state met in Astana, the
#: decision to raise our relations to the level of strategic partnership was a natural step").
_AGREED_ON_PARTNERSHIP = re.compile(
    r"\bagree(?:d|s)?\s+(?:on|upon|to)\b[^.;]{0,60}?\bpartnership\b"
    r"|\bdecisions?\s+(?:was\s+(?:taken|made)\s+)?to\s+(?:raise|upgrade|elevate|lift|establish|form|build)\b"
    r"[^.;]{0,60}?\bpartnership\b",
    re.IGNORECASE,
)


def _partnership_act(quote: str) -> bool:
    """Session 14: the sentence tells the relations raised to a partnership level ("upgraded ties to a
    strategic partnership", "established a comprehensive partnership") as an act, not a partnership of one
    field ("a transport partnership") nor a decision agreed on (:data:`_AGREED_ON_PARTNERSHIP`)."""
    levels = [c for c in one_off_cues(quote) if c.startswith("partnership:")]
    if not any(_RELATIONS_LEVEL.search(c) for c in levels):
        return False
    return _AGREED_ON_PARTNERSHIP.search(quote) is None


def _agreed_when_met(a: tuple[str, str | None], b: tuple[str, str | None], quote: str) -> bool:
    """An agreement and the meeting its sentence names as its occasion ("the two countries agreed on
    a partnership in July, when their presidents met in Astana"): one timeline line. A meeting and a
    signing told side by side ("held talks and signed", "signed after the talks") stay two lines,
    and so do a visit and a document signed during it. Arguments: (type, mode) of the two claims."""
    meeting = [x for x in (a, b) if x[0] == "CONSULT" and x[1] is None]
    agreement = [x for x in (a, b) if x[0] in ("AGREE", "COOPERATE")]
    if _SIGNS_DOCUMENT.search(quote):
        return False  # session 12: "when X met Y in Astana, the two signed a joint statement": a document, its own line
    if _partnership_act(quote):
        return False  # session 14: the relations raised to a partnership at a meeting: its own line (gold E2/E5)
    occasion = _OCCASION_CLAUSE.search(quote) is not None or _AT_WHICH_AGREED.search(quote) is not None
    return bool(meeting) and bool(agreement) and occasion


#: Session 16: the agreement told in a relative clause of its meeting ("a meeting with the premier at
#: which the two sides agreed to …", "talks during which they agreed on …"): the meeting is its occasion.
_AT_WHICH_AGREED = re.compile(
    r"\b(?:meeting|talks)\b[^.;:]{0,80}?\b(?:at|during|in)\s+which\b[^.;:]{0,60}?\b(?:agreed|agree|agrees)\b",
    re.IGNORECASE,
)


#: Session 16: a meeting and a bare decision coordinated or relative to it ("met in Samarkand in September 2022
#: … and agreed to synergise", "held talks and agreed that …", "a meeting at which the two sides agreed to"): the
#: decision is what the meeting did.
_MET_AND_AGREED = re.compile(
    r"\b(?:met|meet|meets|held\s+talks|hold\s+talks)\b[^.;]{0,160}?,?\s+and\s+(?:also\s+)?agreed\s+(?:to|that)\b"
    # "included a meeting with Xi at which the two sides agreed to celebrate …"
    r"|\b(?:meeting|talks)\b[^.;]{0,80}?\b(?:at|during|in)\s+which\b[^.;]{0,80}?\bagreed\s+(?:to|that)\b",
    re.IGNORECASE,
)


def _met_and_agreed(a: tuple[str, str | None], b: tuple[str, str | None], quote: str) -> bool:
    """Session 16: a meeting (CONSULT without mode) and a bare decision its sentence coordinates with it ("Xi
    Jinping and Aliyev met in Samarkand in September 2022, at the SCO summit, and agreed to synergise the
    Belt and Road with Azerbaijan's transport plans"): one timeline line, as when the meeting is the
    decision's occasion (:func:`_agreed_when_met`). A document signed ("met and signed a memorandum") or a
    partnership level raised stays its own line. Arguments: (type, mode) of the two claims."""
    meeting = [x for x in (a, b) if x[0] == "CONSULT" and x[1] is None]
    agreement = [x for x in (a, b) if x[0] == "AGREE"]
    if not meeting or not agreement or _SIGNS_DOCUMENT.search(quote) or _partnership_act(quote):
        return False
    return _MET_AND_AGREED.search(quote) is not None


def _gathering_decision(a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]) -> bool:
    """A summit (CONSULT, multilateral) and what its participants agreed there, told by one sentence
    ("At the fourth summit, in Astrakhan on 29 September 2014, the presidents agreed that …"): one
    timeline line. A named document signed at the summit ("ended with a joint declaration …") is a
    line of its own. Arguments: (type, mode, named object) of the two claims."""
    summit = [x for x in (a, b) if x[:2] == ("CONSULT", "multilateral")]
    decision = [x for x in (a, b) if x[0] in ("AGREE", "COOPERATE") and not x[2]]
    return bool(summit) and bool(decision)


def _candidates(session: Session, profile: Profile, links: list[tuple[Actor, str]]) -> list[Any]:
    """Events that might match, found through indexed queries (see the module docstring)."""
    types = family_types(profile.event_type) + bridge_types(profile.event_type, profile.cues)
    if profile.dated:
        queries = _dated_queries(types, profile, _identity_filter(profile, links))
    elif unknown_year_parts(profile.edtf):
        queries = _undated_queries(types, profile, _strong_filter(profile, links))
    else:
        queries = []
    found: dict[int, Any] = {}
    for q in queries:
        for row in session.execute(q.limit(CANDIDATE_LIMIT)):
            found.setdefault(row.id, row)
    return sorted(found.values(), key=lambda r: r.id)


def _identity_filter(profile: Profile, links: list[tuple[Actor, str]]) -> list:  # type: ignore[type-arg]
    """SQL conditions (one query each, so each can use its index) for events that could give a
    positive identity signal; empty when none can.

    Specific actors and named objects count on their own; content keywords only on events sharing
    at least one actor (states included), which is what SQL can check, or on any event when the
    claim has no actor at all.
    """
    specific = sorted({a.id for a, _ in links if a.kind in SPECIFIC_KINDS})
    every = sorted({a.id for a, _ in links if a.kind != "place"})
    conds = []
    if content_keywords(profile.keywords) and every:
        conds.append(_has_actor(every))
    elif content_keywords(profile.keywords):
        conds.append(true())
    elif specific:
        conds.append(_has_actor(specific))
    elif len(every) >= 2 and profile.dated and span_days(profile.lower, profile.upper) <= DAYLIKE_SPAN:
        conds.append(_has_actor(every))  # day-like: a near event of the same states (near_candidate)
    elif every and profile.dated and span_days(profile.lower, profile.upper) >= MONTH_MIN_SPAN:
        # a month (of any length: round 10) or year: the finer event it contains (contained_candidate)
        conds.append(_has_actor(every))
    codes = _party_countries(links)
    if len(codes) >= 2 or (codes and content_keywords(profile.keywords)):
        conds.append(_has_party_of(codes))  # "Xi and Aliyev signed …" vs "China and Azerbaijan …"
    if profile.named_objects or profile.occasions:
        conds.append(_ObjectCond(_object_filter((*profile.named_objects, *profile.occasions))))
    if unit := object_reach(profile):  # session 13: a named thing dated a unit away (resolve.conflicts)
        conds.append(_ObjectCond(_object_filter(profile.named_objects), reach=unit))
    # Round 8: a name one article codes as an organisation ("the Khorgos centre opened") another
    # codes as the named object: each reaches the other (the same-event test reads both as one name).
    orgs = tuple(sorted({a.name for a, _ in links if a.kind in ("organisation", "other")}))
    named_orgs = tuple(name for name in orgs if len(distinctive_words(name)) >= 2)
    if named_orgs:
        conds.append(_ObjectCond(_object_filter(named_orgs)))
    if profile.named_objects:
        cond = _organisation_named(profile.named_objects)
        if cond is not None:
            conds.append(_ObjectCond(cond))
    places = sorted({a.id for a, _ in links if a.kind == "place"})
    if profile.ordinals and places:  # "the first summit took place in Xi'an": the gathering held there
        conds.append(_has_actor(places))
    if places and any(c.startswith("attack:") for c in profile.cues):
        # session 16 (M1): one attack told by its casualties and place (timeline.resolve.retellings)
        conds.append(_has_actor(places))
    reach = place_reach(profile) if places else None
    if reach:  # session 11: a one-off act told by another article a date unit away (resolve.conflicts)
        conds.append(_ObjectCond(_has_actor(places), reach=reach))
    if "first visit" in profile.cues and specific:  # one person's first visit, dated a unit apart
        conds.append(_ObjectCond(_has_actor(specific), reach=ADJACENT_MAX_SPAN))
    if "state visit" in profile.cues and specific:  # session 14: one state visit told to the year a unit away
        conds.append(_ObjectCond(_has_actor(specific), reach=ADJACENT_MAX_SPAN))
    if "tender award" in profile.cues and specific:  # session 12: one tender awarded, days apart (resolve.conflicts)
        conds.append(_ObjectCond(_has_actor(specific), reach=CONFLICT_DAYS))
    told = sorted(n for n in thing_names(profile) if len(n) >= 4)
    if told:
        # round 10: a proper name of the quote that another event holds as its named object or in its
        # quotes ("the plant built by BYD at the Sumgait Chemical Industrial Park was inaugurated" /
        # "… opened the Sumgait Chemical Industrial Park"): reached, so the re-check reaches it too
        conds.append(or_(*[Event.named_object.ilike(f"%{n}%") for n in told], _quote_names_any(told)))
    whole = [n for n in profile.named_objects if len(distinctive_words(n)) >= 2]
    if whole:  # the reverse: events whose quotes tell the claim's object by its whole name
        conds.append(_quote_names_any(whole))
    persons = sorted({a.id for a, _ in links if a.kind == "person"})
    contract = any(c.startswith("contract:") for c in profile.cues)
    if specific and (contract or "body" in profile.cues):
        # round 10: one contract for one object, one session of a standing body: conflicts one date
        # unit of the coarser side away (at most a year)
        conds.append(_ObjectCond(_has_actor(specific), reach=ADJACENT_MAX_SPAN))
    kinds = sorted({c.split(":")[1] for c in profile.cues if c.startswith("body:")})
    if kinds and profile.event_type == "CONSULT":
        # round 12: one session of a standing body told by another article at another precision or a
        # date unit away ("the previous meeting of the Commission, held in Beijing in 2023" / "In June
        # 2023 the commission met in Beijing"), whoever each names: gatherings whose quotes tell the body
        told_body = and_(Event.event_type == "CONSULT", _quote_names_any(kinds))
        conds.append(_ObjectCond(told_body, reach=ADJACENT_MAX_SPAN))
    if profile.mode == "visit" and persons:
        # round 10: a visit before the one another article calls the person's first, a year either way;
        # session 17, in the same query: a state visit told by another article a year off in the same month
        # (conflicts.state_visit_year_slip), or a visit dated by a count of years ("A year later",
        # conflicts.counted_visit_once), whichever article came first
        counted = [Citation.date_text.ilike(f"%{w}%") for w in ("year later", "years later", "following year")]
        first_told = and_(
            _has_actor(persons),
            exists().where(
                Citation.event_id == Event.id,
                or_(
                    and_(
                        Citation.quote.ilike("%first%"),
                        or_(Citation.quote.ilike("%visit%"), Citation.quote.ilike("%trip%")),
                    ),
                    Citation.quote.ilike("%state visit%"),
                    *counted,
                    *_YEAR_NAMED_LIKE,  # session 18: "Rajesh Menon's 1989 trip" (conflicts.year_named_visit_once)
                ),
            ),
        )
        conds.append(_ObjectCond(first_told, reach=ADJACENT_MAX_SPAN))
    if profile.mode == "visit" and persons and any(c.startswith("year-named visit:") for c in profile.cues):
        conds.append(_ObjectCond(_has_actor(persons), reach=ADJACENT_MAX_SPAN))  # session 18: a visit named by its year
    if profile.mode == "visit" and persons and "counted years" in profile.cues:
        conds.append(_ObjectCond(_has_actor(persons), reach=ADJACENT_MAX_SPAN))  # session 17: its anchor misread
    once = "relations established" in profile.cues or any(c.startswith("partnership:") for c in profile.cues)
    if once and len(codes) == 2:  # once between two states (relations; a partnership level, round 9)
        conds.append(_ObjectCond(_has_party_of(codes), reach=ADJACENT_MAX_SPAN))
    wide = sorted(set(codes) | set(capital_codes([a.name for a, _ in links if a.kind == "place"])))
    if "relations established" in profile.cues and len(wide) == 2 and wide != codes:
        conds.append(_ObjectCond(_has_party_of(wide), reach=ADJACENT_MAX_SPAN))  # session 11: capitals
    if (ends := route_ends(profile)) and profile.event_type == "COOPERATE":  # session 16: a built route opened
        conds.append(_ObjectCond(and_(*[_quote_names_any([e]) for e in ends]), reach=ADJACENT_MAX_SPAN))
    if "boundary text" in profile.cues:  # session 16: one pair's boundary agreement a unit away (resolve.conflicts)
        conds.append(_ObjectCond(_quote_names_any(["boundary", "border"]), reach=ADJACENT_MAX_SPAN))
    # round 11: one intergovernmental text of the same parties; one state's application to one organisation
    applied = any(c.startswith("applied:") for c in profile.cues)
    if codes and (applied or ("intergovernmental text" in profile.cues and len(codes) >= 2)):
        conds.append(_ObjectCond(_has_party_of(codes), reach=ADJACENT_MAX_SPAN))
    routed = any(c.startswith("route:service:") for c in profile.cues)
    if places and routed and "service start" in profile.cues:
        # session 11: the first run of a service on one route, told by another article a unit away
        conds.append(_ObjectCond(_has_actor(places), reach=ADJACENT_MAX_SPAN))
    held = sorted({c.split(":")[1] for c in profile.cues if c.startswith("status:")})
    if held and type_family(profile.event_type) == "agree-cooperate":
        # session 13: one status granted to one state in an organisation, told by another article at another
        # precision ("has been an SCO dialogue partner since 2015"): events whose quotes tell that status
        conds.append(_ObjectCond(_quote_names_any(held), reach=ADJACENT_MAX_SPAN))
    texts = sorted({c.split(":")[1] for c in profile.cues if c.startswith("yeartext:")})
    texts += sorted(c.removeprefix("text:") for c in profile.cues if c.startswith("text:"))
    if texts and codes and profile.event_type == "AGREE":
        # session 16: a text named by its year, signed a year away (conflicts.one_text_apart)
        conds.append(_ObjectCond(_quote_names_any(texts), reach=ADJACENT_MAX_SPAN))
    if any(c.startswith("full member:") for c in profile.cues):
        # session 17: one state's full membership told a year off (conflicts.membership_once), any type
        conds.append(_ObjectCond(_quote_names_any(["full member", "full-fledged member"]), reach=ADJACENT_MAX_SPAN))
    if "relations restored" in profile.cues and len(codes) >= 2:
        # session 18: one restoration of relations told a month off, any type (conflicts.relations_restored_once)
        conds.append(_ObjectCond(_has_party_of(codes), reach=MONTHLIKE_SPAN))
    if (subjects := subject_names(profile)) and profile.event_type == "AGREE":
        # session 17: one memorandum of a pair named by its subject, a unit away (conflicts.one_text_apart)
        conds.append(_ObjectCond(_quote_names_any(["%".join(n.split()) for n in subjects]), reach=ADJACENT_MAX_SPAN))
    conds.extend(_suspension_told(profile))  # session 18 (M1)
    conds.extend(_designation_told(profile))  # session 18 (M1)
    names = sorted(thing_names(profile)) if "started" in profile.cues else []
    names += sorted(c.removeprefix("force:") for c in profile.cues if c.startswith("force:"))
    if names:  # round 9: a named thing starting to work, told by another article a year either way
        conds.append(_ObjectCond(_quote_names_any(names), reach=ADJACENT_MAX_SPAN))
    return conds


def _suspension_told(profile: Profile) -> list:  # type: ignore[type-arg]
    """Session 18 (M1): one transport service suspended told by another article
    (:func:`~timeline.resolve.retellings.suspension_told_twice`), whoever each names: events whose quotes
    tell that service and a suspension."""
    services = sorted(c.split(":", 1)[1] for c in profile.cues if c.startswith("suspended:"))
    if len(services) != 1:
        return []
    return [and_(_quote_names_any([services[0].removesuffix("y")]), _quote_names_any(["suspen"]))]  # "ferr": ferries


def _designation_told(profile: Profile) -> list:  # type: ignore[type-arg]
    """Session 18 (M1): a purchase of one designated product told again
    (:func:`~timeline.resolve.retellings.designated_purchase_told_twice`), whoever each names: events whose
    quotes name the designation ("CSS-2")."""
    codes = sorted(c.split(":", 1)[1] for c in profile.cues if c.startswith("designation:"))
    return [_quote_names_any(codes)] if codes else []
#: Session 18: quotes naming a visit by its visitor's possessive and its year ("Rajesh Menon's 1989 trip"), for the
#: candidate query of a visit dated a year away (:func:`~timeline.resolve.conflicts.year_named_visit_once`).
_YEAR_NAMED_LIKE = [Citation.quote.ilike(f"%{q}s ____ {w}%") for q in ("'", "’") for w in ("visit", "trip")]


@dataclass(frozen=True, slots=True)
class _ObjectCond:
    """The named-object (or first-visit) condition: it also reaches events one date unit away (a
    month claim meets a day of the previous month: "inaugurated in July 2018" vs "12 June 2018", a
    conflict). ``reach``: days to reach instead (a first visit: a year either way)."""

    cond: Any
    reach: int | None = None


def _strong_filter(profile: Profile, links: list[tuple[Actor, str]]) -> list:  # type: ignore[type-arg]
    """SQL conditions for events that could give a strong signal (specific actor or named object)."""
    specific = sorted({a.id for a, _ in links if a.kind in SPECIFIC_KINDS})
    every = sorted({a.id for a, _ in links if a.kind != "place"})
    conds = [_has_actor(every)] if every and content_keywords(profile.keywords) else []
    codes = _party_countries(links)
    if codes and content_keywords(profile.keywords):
        conds.append(_has_party_of(codes))
    if specific and not content_keywords(profile.keywords):
        conds.append(_has_actor(specific))
    if profile.named_objects:
        conds.append(_object_filter(profile.named_objects))
    return conds


def _party_countries(links: list[tuple[Actor, str]]) -> list[str]:
    """Country codes of the persons and states among the links (a leader acts for his state)."""
    return sorted({a.country for a, _ in links if a.kind in ("person", "state") and a.country})


def _has_party_of(codes: list[str]):  # type: ignore[no-untyped-def]
    """Events linked to a state or person of one of the country codes (correlated EXISTS, like
    :func:`_has_actor`): "Xi and Aliyev signed" meets "China and Azerbaijan agreed" and the reverse."""
    return exists().where(
        EventActor.event_id == Event.id,
        EventActor.actor_id == Actor.id,
        Actor.kind.in_(("state", "person")),
        Actor.country.in_(codes),
    )


def _object_filter(names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Events whose named object shares a distinctive word with one of ``names`` (case-insensitive
    substring of the word's stem); every event with a named object when a name has no distinctive
    word that appears as such in its text. Names without a shared distinctive word never match
    (:func:`timeline.resolve.similarity.object_similarity`), so nothing is lost."""
    patterns: set[str] = set()
    for name in names:
        words = distinctive_words(name)
        raw = name.casefold()
        if not words or any(w not in raw for w in words):
            return Event.named_object.is_not(None)
        patterns.update(w[: max(4, len(w) - 2)] for w in words)
    return or_(*[Event.named_object.ilike(f"%{p}%") for p in sorted(patterns)])


def _organisation_named(names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Events linked to an organisation whose name shares a distinctive word with one of ``names``
    (the reverse of the named-object condition for organisations; None when no name has two
    distinctive words)."""
    patterns = sorted(
        {w[: max(4, len(w) - 2)] for name in names if len(words := distinctive_words(name)) >= 2 for w in words}
    )
    if not patterns:
        return None
    return exists().where(
        EventActor.event_id == Event.id,
        EventActor.actor_id == Actor.id,
        Actor.kind.in_(("organisation", "other")),
        or_(*[Actor.name.ilike(f"%{p}%") for p in patterns]),
    )


def _quote_names_any(names: list[str]):  # type: ignore[no-untyped-def]
    """Events with a citation whose quote contains one of the names (case-insensitive)."""
    return exists().where(Citation.event_id == Event.id, or_(*[Citation.quote.ilike(f"%{n}%") for n in names]))


def _has_actor(ids: list[int]):  # type: ignore[no-untyped-def]
    """Events linked to one of the actors: a correlated EXISTS (a primary-key probe of
    ``event_actors`` per event of the date range), so that a busy actor's whole history is not read
    and sorted for every claim."""
    return exists().where(EventActor.event_id == Event.id, EventActor.actor_id.in_(ids))


def _dated_queries(types: tuple[str, ...], p: Profile, identity: list) -> list:  # type: ignore[type-arg]
    lo, hi = p.lower, p.upper
    assert lo is not None and hi is not None
    same_bounds = select(*_EVENT_COLUMNS).where(
        Event.event_type.in_(types), Event.date_start == lo, Event.date_end == hi
    )
    if span_days(lo, hi) > MAX_MERGE_SPAN:
        return [same_bounds.order_by(Event.id)]
    queries = [same_bounds.order_by(Event.id)]
    # Day-like claims also look a little further: a day-like event up to 21 days away may be the
    # same event with a conflicting date.
    base_tol = dt.timedelta(days=_tolerance(span_days(lo, hi)))
    for cond in identity:  # events overlapping the claim (containing it, inside it) or near it
        tol, back = base_tol, dt.timedelta(days=MAX_MERGE_SPAN)
        of_type = Event.event_type.in_(types)
        if isinstance(cond, _ObjectCond):
            # any type: an event coded as another type may hold a citation of the claim's family
            # (a summit and what was agreed at it), which the same-event test accepts
            of_type = true()
            days = cond.reach if cond.reach is not None else min(span_days(lo, hi), ADJACENT_MAX_SPAN)
            if cond.reach is not None:  # a year event ending a year before the claim starts earlier
                back += dt.timedelta(days=cond.reach)
            cond = cond.cond
            tol = max(base_tol, dt.timedelta(days=days))
        queries.append(
            select(*_EVENT_COLUMNS)
            .where(
                of_type,
                Event.date_start.between(_plus(lo, -back), _plus(hi, tol)),
                Event.date_end >= _plus(lo, -tol),
                cond,
            )
            .order_by(Event.date_start.desc())
        )
    months = _months(lo, hi)
    identity = [c.cond if isinstance(c, _ObjectCond) else c for c in identity]
    if identity and months:  # year-unknown events of the same month(s)
        queries.append(
            select(*_EVENT_COLUMNS)
            .where(
                Event.date_start.is_(None),
                Event.event_type.in_(types),
                or_(*[Event.edtf.like(f"XXXX-{m:02d}%") for m in months]),
            )
            .order_by(Event.id)
        )
    return queries


def _tolerance(span: int) -> int:
    """Days beyond a claim's bounds where a conflicting event may lie (``relation`` "near")."""
    if span <= DAYLIKE_SPAN:
        return CONFLICT_DAYS + DAYLIKE_SPAN
    return 1 if span <= MONTHLIKE_SPAN else 0


def _plus(d: dt.date, delta: dt.timedelta) -> dt.date:
    """``d + delta``, clamped to the calendar (a window around a date in year 1 or 9999)."""
    try:
        return d + delta
    except OverflowError:
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min


def _months(lo: dt.date, hi: dt.date) -> list[int]:
    if span_days(lo, hi) > 62:
        return []
    months, d = [], lo.replace(day=1)
    while d <= hi:
        months.append(d.month)
        if (d.year, d.month) == (dt.MAXYEAR, 12):
            break
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return months


def _undated_queries(types: tuple[str, ...], p: Profile, strong: list) -> list:  # type: ignore[type-arg]
    """Year-unknown claim: events of the same month sharing a specific actor or with a named object.

    The actor query uses ``ix_event_actors_actor``; the named-object one ``ix_events_type_start``
    (or ``ix_events_type_object`` once migration 0003 adds it).
    """
    parts = unknown_year_parts(p.edtf)
    assert parts is not None
    month = parts[0]
    same_month = or_(extract("month", Event.date_start) == month, Event.edtf.like(f"XXXX-{month:02d}%"))
    return [select(*_EVENT_COLUMNS).where(Event.event_type.in_(types), cond, same_month) for cond in strong]


# --- recomputation -------------------------------------------------------------------------------


#: Sort key of a citation not flushed yet: its id, when assigned, will be the highest.
_PENDING_ID = 1 << 62


def _citation_order(c: Citation) -> tuple[int, int, int]:
    return (c.source_id, c.start, c.id if c.id is not None else _PENDING_ID)


def _source_key(source: Source) -> str:
    outlet = (source.outlet or "").strip().casefold()
    return f"outlet:{outlet}" if outlet else f"source:{source.id}"


def _independent_votes(cits: list[Citation], value) -> Counter:  # type: ignore[no-untyped-def,type-arg]
    """Number of independent sources per value (first-seen order breaks ties in most_common)."""
    seen: dict[Any, set[str]] = {}
    for c in cits:
        v = value(c)
        if v:
            seen.setdefault(v, set()).add(_source_key(c.source))
    return Counter({v: len(s) for v, s in seen.items()})


#: Session 18: rule suffixes of a date lent to a claim by another act: of its sentence ("+shared-date") or the
#: news lead's day given to a dateless sentence of the next paragraphs ("+lead-day").
_LENT_DATES = ("+shared-date", "+lead-day")


def _date_lent(c: Citation) -> bool:
    """A citation whose date is the report's day (:func:`_report_day`), or was lent by another act
    (:data:`_LENT_DATES`) in a sentence that tells another date too (:func:`~timeline.resolve.dates.other_date_told`):
    an attachment guess set aside when it disagrees with a claim stating its own date
    (:func:`~timeline.resolve.dates.set_aside_shared`). Session 18: "The renewal came days after the minister visited
    the capital, where he was received on Monday" given the lead's Thursday is no source dating the visit otherwise.
    """
    if _report_day(c.quote, c.date_text):
        return True  # "…, officials said Friday": the day of the report, not of the act
    return any(s in (c.rule or "") for s in _LENT_DATES) and other_date_told(c.quote, c.date_text)


#: Session 18: verbs of a report whose day a date right after them gives ("officials said Friday", "the ministry
#: announced on Tuesday").
_REPORT_VERB = r"\b(?:said|says|announced|reported|confirmed|stated|told\s+(?:\w+\s+){0,2}?reporters)\s+(?:on\s+)?"


def _report_day(quote: str | None, date_text: str | None) -> bool:
    """Session 18: the claim's date is the day a reporting verb carries ("Pakistan and Chile have agreed to set up a
    joint mechanism, officials said Friday"): the report's day, not the act's, so it is set aside when a claim
    states the act's own date apart from it (the same article's "signed on Thursday" is no disagreement). A weekday
    or a day-month only; "said in 2019" and dates elsewhere in the sentence are not."""
    if not quote or not date_text or not re.fullmatch(r"(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})",
                                                          date_text):
        return False
    return re.search(_REPORT_VERB + re.escape(date_text) + r"\b", quote) is not None


def _recompute_date(event: Event, cits: list[Citation]) -> None:
    claims = [
        DatedClaim(
            c.claimed_edtf,
            c.claimed_start,
            c.claimed_end,
            c.claimed_precision,
            _source_key(c.source),
            c.source.published,
            f"source:{c.source_id}",
            shared=_date_lent(c),
        )
        for c in cits
    ]
    canon = choose_canonical(
        claims,
        multi_day=any(c.mode in MULTI_DAY_MODES for c in cits),
        visit=any(c.mode == "visit" for c in cits),
    )
    if canon is None:
        return
    event.edtf, event.date_start, event.date_end = canon.edtf, canon.lower, canon.upper
    event.precision = canon.precision
    event.has_conflict = canon.has_conflict
    event.date_rule = canon.rule[:255]


def _attendance(c: Citation) -> bool:
    """A citation telling someone's attendance at a gathering or ceremony (rule ``*.attend``)."""
    return c.event_type == "CONSULT" and c.mode == "multilateral" and "attend" in (c.rule or "")


def _recompute_labels(event: Event, cits: list[Citation]) -> None:
    # round 11: attending a ceremony and the act it was held for, told by one source, tie: the act's type
    types = _independent_votes(sorted(cits, key=_attendance), lambda c: c.event_type)
    if types:
        event.event_type = types.most_common(1)[0][0]
    same_type = [c for c in cits if c.event_type == event.event_type] or cits
    modes = _independent_votes(same_type, lambda c: c.mode)
    event.mode = modes.most_common(1)[0][0] if modes else None
    contexts = _independent_votes(cits, lambda c: (c.details or {}).get("context"))
    event.context = contexts.most_common(1)[0][0] if contexts else None
    statuses = {c.status for c in cits}
    event.status = next((s for s in ("occurred", "planned", "reported") if s in statuses), "occurred")
    first = min(cits, key=lambda c: (not (c.details or {}).get("named_object"), *_citation_order(c)))
    det = first.details or {}
    event.title = det.get("title") or event.title or event.event_type
    event.named_object = (det.get("named_object") or "")[:255] or None
    event.rule = cits[0].rule


def _sync_actors(session: Session, event: Event, cits: list[Citation], known: Collection[int] = ()) -> None:
    """Make the event's actor links the union of its citations' actors (those that still exist)."""
    wanted: dict[tuple[int, str], None] = {}
    for c in cits:
        for a in (c.details or {}).get("actors", []):
            if a.get("id") is not None:
                wanted[(int(a["id"]), a.get("role") or "participant")] = None
    current = {(ea.actor_id, ea.role): ea for ea in event.actors}
    linked = {actor_id for actor_id, _ in current}
    unchecked = {i for i, _ in wanted if i not in known and i not in linked}
    if unchecked:  # linked actors exist (foreign key); others may have been merged away
        existing_ids = set(session.scalars(select(Actor.id).where(Actor.id.in_(unchecked))))
        wanted = {k: None for k in wanted if k[0] not in unchecked or k[0] in existing_ids}
    for key, link in current.items():
        if key not in wanted:
            event.actors.remove(link)
    for actor_id, role in wanted:
        if (actor_id, role) not in current:
            event.actors.append(EventActor(actor_id=actor_id, role=role))


def _apply_curated(event: Event, curated: dict[str, Any]) -> None:
    if curated.get("title"):
        event.title = str(curated["title"])
    if curated.get("type"):
        event.event_type = str(curated["type"])[:32]
    if curated.get("status"):
        event.status = str(curated["status"])
    if curated.get("date"):
        edtf = str(curated["date"])
        bounds = edtf_bounds(edtf)
        event.edtf = edtf
        if bounds:
            event.date_start, event.date_end, event.precision = bounds
        event.date_rule = "curated"


# --- removal -------------------------------------------------------------------------------------


def _detach(
    session: Session, source_id: int
) -> tuple[set[int], dict[int, Profile], dict[str, int], dict[tuple[str, str | None, str | None], int]]:
    """Delete a source's citations and observations; recompute events that keep citations.

    Returns (touched event ids, ghost profiles of events left without citations, curated quotes,
    event id of each removed citation keyed by (quote, claimed date, type)).
    """
    cits = list(session.scalars(select(Citation).where(Citation.source_id == source_id)))
    touched: dict[int, Event] = {}
    curated: dict[str, int] = {}
    for c in cits:
        touched.setdefault(c.event_id, c.event)
    ghosts: dict[int, Profile] = {}
    previous: dict[tuple[str, str | None, str | None], int] = {}
    for ev in touched.values():
        mine = [c for c in ev.citations if c.source_id == source_id]
        if len(mine) == len(ev.citations):
            ghosts[ev.id] = _event_profile(ev, mine)
        for c in mine:
            if c.curated:
                curated[c.quote] = ev.id
            previous.setdefault((c.quote, c.claimed_edtf, c.event_type), ev.id)
            ev.citations.remove(c)
    session.execute(delete(ObservationRow).where(ObservationRow.source_id == source_id))
    session.flush()
    for ev in touched.values():
        if ev.citations:
            recompute_event(session, ev)
    session.flush()
    return set(touched), ghosts, curated, previous


def _finish(session: Session, touched: set[int]) -> None:
    """Delete touched events left without citations, unless curated or rejected."""
    for event_id in sorted(touched):
        ev = session.get(Event, event_id)
        if ev is None or ev.citations:
            continue
        if ev.curated or ev.rejected:
            continue
        session.delete(ev)
    session.flush()


__all__ = ["MergeStats", "recompute_event", "remove_source", "replace_source", "store_extraction"]
