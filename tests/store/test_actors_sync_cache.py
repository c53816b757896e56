"""A no-op dictionary sync is cheap (two aggregate queries), and any change to the tables or the dictionary
makes it compare everything again (real databases, statements counted on the engine)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, event, select
from sqlalchemy.orm import Session

from timeline.extract.actors import ActorDictionary
from timeline.models import Actor, ActorAlias
from timeline.store.actors import sync_actor_dictionary

DATA = {
    "role_types": {"president": {"titles": ["President"], "prefix": ["President"]}},
    "states": [{"name": "Ruritania", "country": "RUR", "short": ["Ruritania"], "demonyms": ["Ruritanian"]}],
    "people": [{"name": "Rudolf Elphberg", "country": "RUR"}],
    "offices": [
        {"id": "rur_president", "state": "Ruritania", "type": "president",
         "holders": [{"name": "Rudolf Elphberg", "from": "1990-01-01"}]},
    ],
}  # fmt: skip


@contextmanager
def statements(session: Session) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = session.get_bind()

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_second_sync_only_checks_aggregates(session: Session) -> None:
    small = ActorDictionary.from_data(DATA)
    assert sync_actor_dictionary(session, small) > 0
    session.commit()
    with statements(session) as seen:
        assert sync_actor_dictionary(session, small) == 0
    assert len(seen) <= 2 and all("count" in s.lower() for s in seen)


def test_deleted_alias_is_restored_despite_the_cache(session: Session) -> None:
    small = ActorDictionary.from_data(DATA)
    sync_actor_dictionary(session, small)
    session.commit()
    session.execute(delete(ActorAlias).where(ActorAlias.alias_norm == "president elphberg"))
    session.commit()
    assert sync_actor_dictionary(session, small) == 1
    session.commit()
    assert session.scalars(select(ActorAlias.id).where(ActorAlias.alias_norm == "president elphberg")).first()


def test_changed_dictionary_is_synced(session: Session) -> None:
    sync_actor_dictionary(session, ActorDictionary.from_data(DATA))
    session.commit()
    bigger = dict(DATA, organisations=[{"name": "Ruritanian Railways", "country": "RUR"}])
    assert ActorDictionary.from_data(bigger).fingerprint() != ActorDictionary.from_data(DATA).fingerprint()
    assert sync_actor_dictionary(session, ActorDictionary.from_data(bigger)) >= 2
    session.commit()
    assert session.scalars(select(Actor).where(Actor.name == "Ruritanian Railways")).one().origin == "dictionary"


def test_rolled_back_sync_is_done_again(session: Session) -> None:
    small = ActorDictionary.from_data(DATA)
    assert sync_actor_dictionary(session, small) > 0
    session.rollback()
    assert sync_actor_dictionary(session, small) > 0
    session.commit()
    assert sync_actor_dictionary(session, small) == 0


def test_equal_dictionaries_have_equal_fingerprints() -> None:
    assert ActorDictionary.from_data(DATA).fingerprint() == ActorDictionary.from_data(DATA).fingerprint()
