"""Analysts' corrections: stored once, applied at once, and re-applied after every ingest and reprocess.

A curation file (``timeline curate FILE``; commented example: ``docs/corrections.example.yaml``) is YAML:
a list of actions (or a mapping with a ``corrections:`` list). Actions:

- ``reject``  ``event: <selector>``: hide the event (``events.rejected``), keep it so the decision sticks;
- ``merge``   ``events: [<selector>, <selector>, ...]``: the first absorbs the others' citations/actors;
- ``split``   ``citation: {source, quote}`` (optional ``title``): the citation becomes its own event and
  is marked ``citations.curated`` so the resolver never merges it back;
- ``set``     ``event: <selector>`` plus any of ``date`` (EDTF), ``title``, ``type``, ``status``: the
  values go into the event and into ``events.curated`` (the resolver does not overwrite curated fields);
- ``alias``   ``actor: <name>``, ``alias: <name>``, optional ``valid_from``/``valid_to`` (ISO dates).

Every action may carry a ``note`` (kept, not part of its identity).

Selectors name events in a way that survives re-ingestion (event IDs do not, when a source is edited):

- ``{source: URI, quote: SNIPPET}`` (recommended): the event supported by a citation of that source
  (its URI as stored, or its trailing path, e.g. the file name) whose quote contains SNIPPET
  (case, spacing and curly/straight quotes ignored);
- ``{quote: SNIPPET}``: the same over all sources;
- ``{title: TITLE, date: EDTF}``: the event with that title (case-insensitive, the *current* title, so after
  a ``set title`` use the new one) whose dates lie within EDTF (``date`` optional);
- ``{id: N}``: a numeric event ID: only valid until the event is rebuilt; avoid in kept files.

A selector must designate exactly one event; otherwise the action is reported and skipped (never fatal).
Corrections are stored in ``corrections`` keyed by a hash of the action and its target, so curating the
same file twice adds nothing, and :func:`apply_corrections` replays them all, in the order they were
first curated, after every ingest and reprocess. Re-applying is idempotent: an action already in effect
produces no message. Deleting an entry from the file does not remove the stored correction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from timeline.extract.actors import normalise_alias
from timeline.extract.dates_edtf import parse_edtf
from timeline.models import STATUSES, Actor, ActorAlias, Citation, Correction, Event, EventActor, Source

ACTIONS = ("reject", "merge", "split", "set", "alias")
SET_FIELDS = {"date": "edtf", "title": "title", "type": "event_type", "status": "status"}
_SELECTOR_KEYS = {"source", "quote", "title", "date", "id"}


class CorrectionError(ValueError):
    """A curation file that cannot be used (the CLI exits with code 2); nothing was stored."""


@dataclass(slots=True)
class CurateReport:
    """What ``curate`` did."""

    added: int = 0
    known: int = 0
    messages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (what ``timeline curate --json`` prints)."""
        return {"added": self.added, "known": self.known, "messages": list(self.messages)}


# --------------------------------------------------------------------------------------------------
# Loading and validating


def _plain(value: Any) -> Any:
    """YAML values as JSON-able data (dates become ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _check_selector(sel: Any, where: str, *, citation: bool = False) -> list[str]:
    """The problems of an event (or, with ``citation``, a citation) selector."""
    if not isinstance(sel, Mapping) or not sel:
        return [f"{where}: expected a mapping such as {{source: ..., quote: ...}}"]
    unknown = set(sel) - _SELECTOR_KEYS
    if unknown:
        return [f"{where}: unknown key(s) {', '.join(sorted(unknown))}"]
    if citation and not sel.get("quote"):
        return [f"{where}: a citation is named by {{source: ..., quote: ...}}"]
    if not citation and not (sel.get("quote") or sel.get("title") or sel.get("id") is not None):
        return [f"{where}: give quote (with source), title (with date) or id"]
    if "date" in sel and sel["date"] is not None:
        return _check_date(sel["date"], where)
    return []


def _check_date(value: Any, where: str) -> list[str]:
    """The problem with an EDTF value, if any."""
    try:
        edtf_bounds(str(value))
    except ValueError as exc:
        return [f"{where}: bad date {value!r}: {exc}"]
    return []


def _check_merge(entry: Mapping[str, Any], where: str) -> list[str]:
    events = entry.get("events")
    if not isinstance(events, list) or len(events) < 2:
        return [f"{where} (merge): 'events' must list at least two selectors"]
    return [p for i, s in enumerate(events) for p in _check_selector(s, f"{where} (merge) events[{i}]")]


def _check_set(entry: Mapping[str, Any], where: str) -> list[str]:
    problems = _check_selector(entry.get("event"), f"{where} (set) event")
    values = {k: entry[k] for k in SET_FIELDS if entry.get(k) is not None}
    if not values:
        problems.append(f"{where} (set): give at least one of {', '.join(SET_FIELDS)}")
    if "date" in values:
        problems += _check_date(values["date"], f"{where} (set)")
    if "status" in values and values["status"] not in STATUSES:
        problems.append(f"{where} (set): status must be one of {', '.join(STATUSES)}")
    return problems


def _check_alias(entry: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    if not entry.get("actor") or not entry.get("alias"):
        problems.append(f"{where} (alias): give 'actor' and 'alias'")
    for key in ("valid_from", "valid_to"):
        value = entry.get(key)
        if value is not None and not isinstance(value, dt.date):
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                problems.append(f"{where} (alias): {key} must be an ISO date (YYYY-MM-DD)")
    return problems


_CHECKS: dict[str, Callable[[Mapping[str, Any], str], list[str]]] = {
    "reject": lambda entry, where: _check_selector(entry.get("event"), f"{where} (reject) event"),
    "merge": _check_merge,
    "split": lambda entry, where: _check_selector(entry.get("citation"), f"{where} (split) citation", citation=True),
    "set": _check_set,
    "alias": _check_alias,
}


def _check_action(entry: Any, where: str) -> list[str]:
    """Every problem of one curation-file entry (empty when it is usable)."""
    if not isinstance(entry, Mapping):
        return [f"{where}: expected a mapping with an 'action'"]
    action = entry.get("action")
    if action not in ACTIONS:
        return [f"{where}: unknown action {action!r} (expected one of {', '.join(ACTIONS)})"]
    return _CHECKS[action](entry, where)


def load_corrections(path: str | Path) -> list[dict[str, Any]]:
    """Read and validate a curation file; raise :class:`CorrectionError` listing every problem."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CorrectionError(f"{p}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CorrectionError(f"{p}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        raise CorrectionError(f"{p}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if isinstance(data, Mapping) and "corrections" in data:
        data = data["corrections"]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise CorrectionError(f"{p}: expected a list of corrections (or 'corrections: [...]')")
    problems = [msg for i, entry in enumerate(data) for msg in _check_action(entry, f"{p} item {i + 1}")]
    if problems:
        raise CorrectionError("\n".join(problems))
    return [_plain(entry) for entry in data]


def correction_key(entry: Mapping[str, Any]) -> str:
    """Stable identity of a correction: SHA-256 of its canonical JSON, without the note."""
    body = {k: v for k, v in _plain(entry).items() if k != "note"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def store_corrections(
    session: Session,
    entries: Sequence[Mapping[str, Any]],
    origin: str | None = None,
    report: CurateReport | None = None,
) -> CurateReport:
    """Insert the corrections not stored yet (the caller commits)."""
    report = report or CurateReport()
    known = set(session.scalars(select(Correction.key)))
    for entry in entries:
        key = correction_key(entry)
        if key in known:
            report.known += 1
            continue
        payload = {k: v for k, v in _plain(entry).items() if k not in ("action", "note")}
        session.add(Correction(action=entry["action"], payload=payload, key=key, origin=origin, note=entry.get("note")))
        known.add(key)
        report.added += 1
    session.flush()
    return report


def store_and_apply(session: Session, entries: Sequence[Mapping[str, Any]], origin: str | None = None) -> CurateReport:
    """Store the new ``entries`` (validated by :func:`load_corrections`) and apply all stored corrections.

    The caller commits.
    """
    report = store_corrections(session, entries, origin=origin)
    report.messages = apply_corrections(session)
    return report


def curate(session: Session, path: str | Path) -> CurateReport:
    """Store the corrections of a curation file and apply all stored corrections (the caller commits)."""
    return store_and_apply(session, load_corrections(path), origin=str(path))


def list_corrections(session: Session) -> list[dict[str, Any]]:
    """The stored corrections, oldest first."""
    rows = session.scalars(select(Correction).order_by(Correction.id))
    return [
        {"id": c.id, "key": c.key, "action": c.action, "payload": c.payload, "origin": c.origin, "note": c.note}
        for c in rows
    ]


# --------------------------------------------------------------------------------------------------
# Dates


def edtf_bounds(value: str) -> tuple[dt.date, dt.date, str]:
    """Bounds and precision of an EDTF value (:func:`timeline.extract.dates_edtf.parse_edtf`; ValueError if bad)."""
    lower, upper, precision = parse_edtf(value)
    return lower, upper, str(precision)


# --------------------------------------------------------------------------------------------------
# Selectors


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def _source_clause(source: str) -> Any:
    source = source.strip().removeprefix("./")
    return or_(Source.uri == source, Source.uri.endswith("/" + source))


def find_citations(session: Session, sel: Mapping[str, Any]) -> list[Citation]:
    """Citations matching ``{source?, quote}``."""
    stmt = select(Citation).join(Source, Citation.source_id == Source.id)
    if sel.get("source"):
        stmt = stmt.where(_source_clause(str(sel["source"])))
    snippet = _norm(str(sel.get("quote") or ""))
    return [c for c in session.scalars(stmt.order_by(Citation.id)) if snippet and snippet in _norm(c.quote)]


def find_events(session: Session, sel: Mapping[str, Any]) -> list[Event]:
    """Events matching a selector (see the module docstring), in id order."""
    if sel.get("id") is not None:
        event = session.get(Event, int(sel["id"]))
        return [event] if event is not None else []
    if sel.get("quote"):
        ids = sorted({c.event_id for c in find_citations(session, sel)})
        return [e for e in (session.get(Event, i) for i in ids) if e is not None]
    title = _norm(str(sel.get("title") or ""))
    events = [e for e in session.scalars(select(Event).order_by(Event.id)) if _norm(e.title) == title]
    if sel.get("date"):
        lower, upper, _ = edtf_bounds(str(sel["date"]))
        events = [
            e
            for e in events
            if e.date_start is not None and e.date_end is not None and lower <= e.date_start and e.date_end <= upper
        ]
    return events


def _describe(sel: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in sel.items())


def _one_event(session: Session, sel: Mapping[str, Any], label: str, out: list[str]) -> Event | None:
    events = find_events(session, sel)
    if len(events) == 1:
        return events[0]
    if not events:
        out.append(f"{label}: no event matches {_describe(sel)} (skipped)")
    else:
        out.append(
            f"{label}: {len(events)} events match {_describe(sel)} "
            f"(#{', #'.join(str(e.id) for e in events)}); make it more specific (skipped)"
        )
    return None


# --------------------------------------------------------------------------------------------------
# Actions


def _recompute(session: Session, event: Event) -> None:
    """Let the resolver recompute an event from its citations (it keeps curated fields)."""
    from timeline.resolve.merge import recompute_event  # lazily: the resolver imports the store

    session.flush()
    session.refresh(event)
    recompute_event(session, event)
    _reassert_curated(event)


def _reassert_curated(event: Event) -> None:
    """Put curated values back (in case a recomputation touched them)."""
    cur = event.curated or {}
    if "title" in cur:
        event.title = cur["title"]
    if "type" in cur:
        event.event_type = cur["type"]
    if "status" in cur:
        event.status = cur["status"]
    if "date" in cur:
        lower, upper, precision = edtf_bounds(cur["date"])
        event.edtf, event.date_start, event.date_end, event.precision = cur["date"], lower, upper, precision
    if cur.get("rejected"):
        event.rejected = True


def _curate_field(event: Event, name: str, value: Any) -> None:
    cur = dict(event.curated or {})
    cur[name] = value
    event.curated = cur


def _reject(session: Session, payload: Mapping[str, Any], label: str, out: list[str]) -> None:
    event = _one_event(session, payload["event"], label, out)
    if event is None or event.rejected:
        return
    event.rejected = True
    _curate_field(event, "rejected", True)
    out.append(f"{label}: rejected event #{event.id} {event.title!r}")


def _set(session: Session, payload: Mapping[str, Any], label: str, out: list[str]) -> None:
    event = _one_event(session, payload["event"], label, out)
    if event is None:
        return
    changed = []
    for key in SET_FIELDS:
        value = payload.get(key)
        if value is None:
            continue
        value = str(value)
        if (event.curated or {}).get(key) != value or _current(event, key) != value:
            _curate_field(event, key, value)
            changed.append(f"{key}={value!r}")
    if changed:
        _reassert_curated(event)
        out.append(f"{label}: event #{event.id}: set {', '.join(changed)}")


def _current(event: Event, key: str) -> str | None:
    return getattr(event, SET_FIELDS[key])


def _merge(session: Session, payload: Mapping[str, Any], label: str, out: list[str]) -> None:
    events: list[Event] = []
    for sel in payload["events"]:
        event = _one_event(session, sel, label, out)
        if event is None:
            return
        if all(event.id != e.id for e in events):
            events.append(event)
    if len(events) < 2:
        return
    target, others = events[0], events[1:]
    for other in others:
        for cit in session.scalars(select(Citation).where(Citation.event_id == other.id)).all():
            cit.event_id = target.id
        have = {(a.actor_id, a.role) for a in target.actors}
        for link in list(other.actors):
            if (link.actor_id, link.role) not in have:
                session.add(EventActor(event_id=target.id, actor_id=link.actor_id, role=link.role))
                have.add((link.actor_id, link.role))
        if other.curated:
            target.curated = {**other.curated, **(target.curated or {})}
        if other.rejected:
            target.rejected = True
        session.flush()
        session.expire(other)  # its citations moved: the cascade must not see them
        session.delete(other)
        session.flush()
    _curate_field(target, "merged", True)
    session.flush()
    _recompute(session, target)
    out.append(f"{label}: merged event(s) #{', #'.join(str(o.id) for o in others)} into #{target.id}")


def _split(session: Session, payload: Mapping[str, Any], label: str, out: list[str]) -> None:
    sel = payload["citation"]
    found = find_citations(session, sel)
    if len(found) != 1:
        what = "no citation" if not found else f"{len(found)} citations"
        out.append(f"{label}: {what} match {_describe(sel)} (skipped)")
        return
    cit = found[0]
    old = session.get(Event, cit.event_id)
    assert old is not None
    alone = (
        session.scalar(select(Citation.id).where(Citation.event_id == old.id, Citation.id != cit.id).limit(1)) is None
    )
    if alone:
        if not cit.curated:
            cit.curated = True
        if payload.get("title") and old.title != payload["title"]:
            _curate_field(old, "title", str(payload["title"]))
            _reassert_curated(old)
        return
    details = cit.details or {}
    title = str(payload.get("title") or details.get("title") or old.title)
    new = Event(
        title=title,
        event_type=cit.event_type or old.event_type,
        mode=cit.mode or old.mode,
        context=old.context,
        edtf=cit.claimed_edtf,
        date_start=cit.claimed_start,
        date_end=cit.claimed_end,
        precision=cit.claimed_precision,
        status=cit.status or old.status,
        rule="correction:split",
        curated={"split": True, **({"title": title} if payload.get("title") else {})},
    )
    session.add(new)
    session.flush()
    cit.event_id = new.id
    cit.curated = True
    for link in old.actors:
        session.add(EventActor(event_id=new.id, actor_id=link.actor_id, role=link.role))
    session.flush()
    _recompute(session, new)
    _recompute(session, old)
    out.append(f"{label}: split citation #{cit.id} off event #{old.id} into new event #{new.id}")


def alias_norm(text: str) -> str:
    """Lookup key of an alias (:func:`timeline.extract.actors.normalise_alias`, as the actor store uses)."""
    return normalise_alias(text)


def _date(value: Any) -> dt.date | None:
    """An ISO date (or None) from a stored payload."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _alias(session: Session, payload: Mapping[str, Any], label: str, out: list[str]) -> None:
    name = str(payload["actor"])
    actor = session.scalar(select(Actor).where(Actor.name == name))
    if actor is None:
        matches = [a for a in session.scalars(select(Actor)) if _norm(a.name) == _norm(name)]
        actor = matches[0] if len(matches) == 1 else None
    if actor is None:
        out.append(f"{label}: no actor named {name!r} (skipped)")
        return
    alias, norm = str(payload["alias"]), alias_norm(str(payload["alias"]))
    valid_from, valid_to = _date(payload.get("valid_from")), _date(payload.get("valid_to"))
    row = session.scalar(
        select(ActorAlias).where(
            ActorAlias.actor_id == actor.id,
            ActorAlias.alias_norm == norm,
            ActorAlias.valid_from.is_(None) if valid_from is None else ActorAlias.valid_from == valid_from,
        )
    )
    if row is not None:
        if row.valid_to != valid_to:
            row.valid_to = valid_to
            out.append(f"{label}: alias {alias!r} of {actor.name}: validity updated")
        return
    session.add(ActorAlias(actor_id=actor.id, alias=alias, alias_norm=norm, valid_from=valid_from, valid_to=valid_to))
    session.flush()
    out.append(f"{label}: added alias {alias!r} to {actor.name}")


_HANDLERS = {"reject": _reject, "merge": _merge, "split": _split, "set": _set, "alias": _alias}


def apply_corrections(session: Session) -> list[str]:
    """Re-apply every stored correction in order (the caller commits); return what changed or failed.

    A correction whose target no longer exists is reported and skipped. An unexpected error in one
    correction is reported and that correction's changes are rolled back (savepoint); the rest go on.
    """
    out: list[str] = []
    for corr in session.scalars(select(Correction).order_by(Correction.id)).all():
        label = f"correction {corr.id} ({corr.action})"
        handler = _HANDLERS.get(corr.action)
        if handler is None:
            out.append(f"{label}: unknown action (skipped)")
            continue
        savepoint = session.begin_nested()
        try:
            handler(session, corr.payload, label, out)
            session.flush()
        except Exception as exc:  # a bad stored payload or a resolver error must not stop the others
            savepoint.rollback()
            out.append(f"{label}: failed: {type(exc).__name__}: {exc}")
        else:
            savepoint.commit()
    return out
