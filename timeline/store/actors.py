"""Actors in the database: dictionary sync, creation from mentions, alias lookup by date, suggestions.

Aliases are stored with their validity period (inclusive; ``NULL`` = open): the role titles of the
dictionary ("President Aliyev", "Chinese Foreign Minister") become aliases of each holder for the time
they held the office, so ``find_actors(session, "President Aliyev", on=date(1994, 3, 7))`` is Heydar
Aliyev and on 2015-12-10 Ilham Aliyev. Lookups go through ``alias_norm`` (:func:`normalise_alias`),
always with bound parameters.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import and_, event, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from timeline.extract.actors import ActorDictionary, ActorEntry, normalise_alias
from timeline.extract.types import ActorMention
from timeline.models import Actor, ActorAlias

#: Rows per IN (...) list, well under every backend's parameter limit.
_CHUNK = 500

AliasKey = tuple[str, dt.date | None]  # (alias_norm, valid_from): the unique key within one actor
T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items (for ``IN (...)`` lists)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def dictionary_aliases(dictionary: ActorDictionary, entry: ActorEntry) -> dict[AliasKey, tuple[str, dt.date | None]]:
    """The aliases an entry should have in the database: {(alias_norm, valid_from): (alias, valid_to)}."""
    wanted: dict[AliasKey, tuple[str, dt.date | None]] = {}
    for alias in (entry.name, *entry.aliases):
        norm = normalise_alias(alias)
        if norm:
            wanted.setdefault((norm, None), (alias[:255], None))
    for sense in dictionary.senses_of(entry.name):
        norm = normalise_alias(sense.alias)
        if not norm or len(norm) > 255:
            continue
        key = (norm, sense.start)
        old = wanted.get(key)
        # the same title from two overlapping offices: keep the longest validity
        if old is None or (old[1] is not None and (sense.end is None or sense.end > old[1])):
            wanted[key] = (sense.alias[:255], sense.end)
    return wanted


#: (database, dictionary fingerprint) -> the state of the actor tables right after this process synced them.
_SYNCED: dict[tuple[str, str], tuple[int, int, int, int]] = {}
_SYNCED_LOCK = threading.Lock()


def _tables_state(session: Session) -> tuple[int, int, int, int]:
    """Row counts and highest ids of the actor tables: any insert or delete since a sync changes them."""
    actors = session.execute(select(func.count(Actor.id), func.max(Actor.id))).one()
    aliases = session.execute(select(func.count(ActorAlias.id), func.max(ActorAlias.id))).one()
    return (actors[0] or 0, actors[1] or 0, aliases[0] or 0, aliases[1] or 0)


def _database_key(session: Session) -> str:
    bind = session.get_bind()
    return bind.url.render_as_string(hide_password=True) if hasattr(bind, "url") else repr(bind)


def sync_actor_dictionary(session: Session, dictionary: ActorDictionary | None = None, *, force: bool = False) -> int:
    """Insert or update the dictionary's actors and aliases; returns the number of rows changed.

    Idempotent: a second run changes nothing and returns 0. Actors curated by an analyst keep their
    fields; actors first created from text (origin "extracted") become dictionary actors. Aliases are
    only added or have their end date updated, never deleted (analysts' aliases live in the same table).
    The caller commits.

    Cheap when nothing changed: once this process has synced a dictionary (by fingerprint) into a
    database, a later call checks only two aggregate queries (row counts and highest ids of actors and
    aliases) and returns 0 when they are as the sync left them. ``force`` always compares everything.
    """
    dictionary = dictionary or ActorDictionary.default()
    key = (_database_key(session), dictionary.fingerprint())
    state = _tables_state(session)
    with _SYNCED_LOCK:
        if not force and _SYNCED.get(key) == state:
            return 0
    changed = _sync(session, dictionary)
    session.flush()
    after = _tables_state(session)
    with _SYNCED_LOCK:
        _SYNCED[key] = after
    # a rolled-back sync must be redone: forget it
    event.listen(session, "after_rollback", lambda _s: _forget(key, after), once=True)
    return changed


def _forget(key: tuple[str, str], state: tuple[int, int, int, int]) -> None:
    with _SYNCED_LOCK:
        if _SYNCED.get(key) == state:
            del _SYNCED[key]


def _sync(session: Session, dictionary: ActorDictionary) -> int:
    """The full comparison of dictionary and tables (see :func:`sync_actor_dictionary`)."""
    entries = list(dictionary.entries.values())
    existing = _actors_by_name(session, [e.name for e in entries])
    changed = 0
    new_rows = []
    for e in entries:
        actor = existing.get(e.name)
        if actor is None:
            new_rows.append(
                {"name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata, "origin": "dictionary"}
            )
        elif actor.origin != "curated" and (
            (actor.kind, actor.country, actor.wikidata, actor.origin) != (e.kind, e.country, e.wikidata, "dictionary")
        ):
            actor.kind, actor.country, actor.wikidata, actor.origin = e.kind, e.country, e.wikidata, "dictionary"
            changed += 1
    if new_rows:
        session.execute(insert(Actor), new_rows)
        changed += len(new_rows)
        existing = _actors_by_name(session, [e.name for e in entries])
    session.flush()
    changed += _sync_aliases(session, dictionary, entries, {n: a.id for n, a in existing.items()})
    return changed


def _actors_by_name(session: Session, names: Sequence[str]) -> dict[str, Actor]:
    """The stored actors with these exact names, by name."""
    found: dict[str, Actor] = {}
    for chunk in _chunks(names):
        for actor in session.scalars(select(Actor).where(Actor.name.in_(chunk))):
            found[actor.name] = actor
    return found


def _sync_aliases(
    session: Session, dictionary: ActorDictionary, entries: Iterable[ActorEntry], ids: dict[str, int]
) -> int:
    """Insert missing dictionary aliases and update changed end dates; returns the number of rows written."""
    have: dict[int, dict[AliasKey, tuple[int, dt.date | None]]] = {}
    for chunk in _chunks(sorted(ids.values())):
        rows = session.execute(
            select(
                ActorAlias.id, ActorAlias.actor_id, ActorAlias.alias_norm, ActorAlias.valid_from, ActorAlias.valid_to
            ).where(ActorAlias.actor_id.in_(chunk))
        )
        for row_id, actor_id, norm, start, stop in rows:
            have.setdefault(actor_id, {})[(norm, start)] = (row_id, stop)
    inserts, updates = [], []
    for e in entries:
        actor_id = ids[e.name]
        current = have.get(actor_id, {})
        for (norm, start), (alias, stop) in dictionary_aliases(dictionary, e).items():
            row = current.get((norm, start))
            if row is None:
                inserts.append(
                    {"actor_id": actor_id, "alias": alias, "alias_norm": norm, "valid_from": start, "valid_to": stop}
                )
            elif row[1] != stop:
                updates.append({"id": row[0], "valid_to": stop})
    if inserts:
        session.execute(insert(ActorAlias), inserts)
    for u in updates:
        session.execute(update(ActorAlias).where(ActorAlias.id == u["id"]).values(valid_to=u["valid_to"]))
    return len(inserts) + len(updates)


def get_or_create_actor(session: Session, mention: ActorMention) -> Actor:
    """The stored actor of a mention, created if needed (never duplicated).

    Known mentions are looked up by canonical name (and created from the mention if the dictionary
    was not synced); unknown ones by name, then created with ``origin="extracted"``. The surface form
    is recorded as an alias when it differs from the name.
    """
    name = " ".join(mention.name.split())[:255]
    if not name:
        raise ValueError("an actor mention needs a name")
    actor = session.scalars(select(Actor).where(Actor.name == name)).first()
    if actor is None:
        actor = _create(session, mention, name)
    _ensure_alias(session, actor, mention.surface)
    return actor


def _create(session: Session, mention: ActorMention, name: str) -> Actor:
    """A new actor from a mention (in a savepoint: a concurrent job may create the same name first)."""
    actor = Actor(
        name=name,
        kind=mention.kind,
        country=mention.country,
        wikidata=mention.wikidata,
        origin="dictionary" if mention.known else "extracted",
    )
    try:
        with session.begin_nested():
            session.add(actor)
            session.flush()
    except IntegrityError:  # created meanwhile by a concurrent job
        found = session.scalars(select(Actor).where(Actor.name == name)).first()
        if found is None:
            raise
        return found
    _ensure_alias(session, actor, name)
    return actor


def _ensure_alias(session: Session, actor: Actor, alias: str) -> None:
    """Record ``alias`` for ``actor`` unless it is there already (or normalises to nothing)."""
    norm = normalise_alias(alias)
    if not norm or len(norm) > 255:
        return
    exists = session.scalars(
        select(ActorAlias.id).where(ActorAlias.actor_id == actor.id, ActorAlias.alias_norm == norm).limit(1)
    ).first()
    if exists is None:
        session.add(ActorAlias(actor_id=actor.id, alias=alias.strip()[:255], alias_norm=norm))
        session.flush()


def find_actors(session: Session, name_or_alias: str, on: dt.date | None = None) -> list[Actor]:
    """Actors whose name or alias matches exactly (after normalisation), valid on ``on`` when given.

    Without a date every period counts: "President Aliyev" gives both Heydar and Ilham Aliyev.
    """
    norm = normalise_alias(name_or_alias)
    if not norm:
        return []
    cond = ActorAlias.alias_norm == norm
    if on is not None:
        cond = and_(
            cond,
            or_(ActorAlias.valid_from.is_(None), ActorAlias.valid_from <= on),
            or_(ActorAlias.valid_to.is_(None), ActorAlias.valid_to >= on),
        )
    ids = select(ActorAlias.actor_id).where(cond)
    stmt = select(Actor).where(or_(Actor.id.in_(ids), Actor.name == name_or_alias.strip())).order_by(Actor.name)
    return list(session.scalars(stmt))


def suggest_actor_names(session: Session, name: str, limit: int = 5) -> list[str]:
    """Names of stored actors closest to ``name`` (for "unknown actor, did you mean …")."""
    query = normalise_alias(name)
    if not query or limit <= 0:
        return []
    rows = session.execute(
        select(ActorAlias.alias_norm, Actor.name).join(Actor, Actor.id == ActorAlias.actor_id).distinct()
    ).all()
    choices: dict[str, set[str]] = {}
    for norm, actor_name in rows:
        choices.setdefault(norm, set()).add(actor_name)
    for actor_name in session.scalars(select(Actor.name)):
        choices.setdefault(normalise_alias(actor_name), set()).add(actor_name)
    out: list[str] = []
    best = process.extract(query, list(choices), scorer=fuzz.token_sort_ratio, limit=limit * 8, score_cutoff=70)
    for choice, _score, _index in best:
        for actor_name in sorted(choices[choice]):
            if actor_name not in out:
                out.append(actor_name)
    return out[:limit]
