"""Actors in the database (SQLite and PostgreSQL): dictionary sync, creation, dated alias lookup, suggestions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timeline.extract.actors import ActorDictionary
from timeline.extract.types import ActorMention
from timeline.models import Actor, ActorAlias
from timeline.store.actors import (
    find_actors,
    get_or_create_actor,
    suggest_actor_names,
    sync_actor_dictionary,
)

D = dt.date

SMALL = """
role_types:
  president: {titles: [President], prefix: [President]}
states:
  - {name: Azerbaijan, country: AZE, wikidata: Q227, short: [Azerbaijan], official: [Republic of Azerbaijan],
     demonyms: [Azerbaijani]}
  - {name: China, country: CHN, wikidata: Q148, short: [China, PRC], demonyms: [Chinese]}
people:
  - {name: Heydar Aliyev, country: AZE, aliases: [Heydar Aliev]}
  - {name: Ilham Aliyev, country: AZE, aliases: [İlham Əliyev]}
places:
  - {name: Baku, country: AZE, metonym_of: Azerbaijan}
offices:
  - id: aze_president
    state: Azerbaijan
    type: president
    holders:
      - {name: Heydar Aliyev, from: 1993-06-24, to: 2003-10-31}
      - {name: Ilham Aliyev, from: 2003-10-31}
"""


@pytest.fixture
def small(tmp_path: Path) -> ActorDictionary:
    f = tmp_path / "actors.yaml"
    f.write_text(SMALL, encoding="utf-8")
    return ActorDictionary.from_yaml(f)


def counts(session: Session) -> tuple[int, int]:
    return (session.scalar(select(func.count()).select_from(Actor)) or 0,
            session.scalar(select(func.count()).select_from(ActorAlias)) or 0)


def test_sync_is_idempotent(session: Session, small: ActorDictionary) -> None:
    first = sync_actor_dictionary(session, small)
    session.commit()
    before = counts(session)
    assert first == before[0] + before[1] > 0
    assert before[0] == 5
    assert sync_actor_dictionary(session, small) == 0
    session.commit()
    assert counts(session) == before


def test_sync_stores_fields_and_dated_titles(session: Session, small: ActorDictionary) -> None:
    sync_actor_dictionary(session, small)
    session.commit()
    china = session.scalars(select(Actor).where(Actor.name == "China")).one()
    assert (china.kind, china.country, china.wikidata, china.origin) == ("state", "CHN", "Q148", "dictionary")
    rows = session.execute(
        select(ActorAlias.alias_norm, ActorAlias.valid_from, ActorAlias.valid_to)
        .join(Actor).where(Actor.name == "Heydar Aliyev", ActorAlias.alias_norm == "president aliyev")
    ).all()
    assert rows == [("president aliyev", D(1993, 6, 24), D(2003, 10, 31))]


@pytest.mark.parametrize(
    ("query", "on", "expected"),
    [
        ("President Aliyev", D(1994, 3, 7), ["Heydar Aliyev"]),
        ("President Aliyev", D(2015, 12, 10), ["Ilham Aliyev"]),
        ("President Aliyev", None, ["Heydar Aliyev", "Ilham Aliyev"]),
        ("president   ALIYEV", D(2015, 12, 10), ["Ilham Aliyev"]),
        ("Azerbaijani President", D(2003, 10, 31), ["Heydar Aliyev", "Ilham Aliyev"]),
        ("President Aliyev", D(1990, 1, 1), []),
        ("Ilham Aliyev", D(1980, 1, 1), ["Ilham Aliyev"]),
        ("Ilham Əliyev", None, ["Ilham Aliyev"]),
        ("PRC", None, ["China"]),
        ("Nobody", None, []),
        ("", None, []),
        ("'; DROP TABLE actors; --", None, []),
    ],
)
def test_find_actors(session: Session, small: ActorDictionary, query: str, on: dt.date | None,
                     expected: list[str]) -> None:
    sync_actor_dictionary(session, small)
    session.commit()
    assert [a.name for a in find_actors(session, query, on)] == expected


def test_get_or_create_unknown_never_duplicates(session: Session, small: ActorDictionary) -> None:
    sync_actor_dictionary(session, small)
    m1 = ActorMention(name="Farid Karimli", kind="person", start=0, end=13, surface="Farid Karimli", known=False)
    m2 = ActorMention(name="Farid Karimli", kind="person", start=50, end=63, surface="Farid  Karimli's",
                      known=False)
    a1 = get_or_create_actor(session, m1)
    a2 = get_or_create_actor(session, m2)
    session.commit()
    assert a1.id == a2.id and a1.origin == "extracted" and a1.kind == "person"
    assert session.scalar(select(func.count()).select_from(Actor).where(Actor.name == "Farid Karimli")) == 1
    assert [a.name for a in find_actors(session, "Farid Karimli's")] == ["Farid Karimli"]


def test_get_or_create_known_uses_the_dictionary_row(session: Session, small: ActorDictionary) -> None:
    sync_actor_dictionary(session, small)
    session.commit()
    before = counts(session)
    mention = ActorMention(name="Azerbaijan", kind="state", start=0, end=4, surface="Baku", country="AZE")
    actor = get_or_create_actor(session, mention)
    session.commit()
    assert actor.name == "Azerbaijan" and actor.origin == "dictionary"
    assert counts(session)[0] == before[0]
    # the surface a state was met under becomes an alias of it
    assert "Azerbaijan" in [a.name for a in find_actors(session, "Baku")]


def test_get_or_create_known_without_sync(session: Session) -> None:
    mention = ActorMention(name="Xi Jinping", kind="person", start=0, end=2, surface="Xi", country="CHN",
                           wikidata="Q15031")
    actor = get_or_create_actor(session, mention)
    again = get_or_create_actor(session, mention)
    session.commit()
    assert actor.id == again.id
    assert (actor.origin, actor.wikidata) == ("dictionary", "Q15031")


def test_sync_upgrades_extracted_actor(session: Session, small: ActorDictionary) -> None:
    get_or_create_actor(session, ActorMention(name="Heydar Aliyev", kind="other", start=0, end=1, surface="H",
                                              known=False))
    session.commit()
    sync_actor_dictionary(session, small)
    session.commit()
    heydar = session.scalars(select(Actor).where(Actor.name == "Heydar Aliyev")).one()
    assert (heydar.origin, heydar.kind, heydar.country) == ("dictionary", "person", "AZE")


def test_sync_keeps_curated_actor(session: Session, small: ActorDictionary) -> None:
    session.add(Actor(name="China", kind="state", country="CHN", wikidata="Q999", origin="curated"))
    session.commit()
    sync_actor_dictionary(session, small)
    session.commit()
    china = session.scalars(select(Actor).where(Actor.name == "China")).one()
    assert (china.wikidata, china.origin) == ("Q999", "curated")


def test_sync_updates_end_of_a_period(session: Session, small: ActorDictionary, tmp_path: Path) -> None:
    sync_actor_dictionary(session, small)
    session.commit()
    ended = tmp_path / "ended.yaml"
    ended.write_text(SMALL.replace("{name: Ilham Aliyev, from: 2003-10-31}",
                                   "{name: Ilham Aliyev, from: 2003-10-31, to: 2030-01-01}"), encoding="utf-8")
    changed = sync_actor_dictionary(session, ActorDictionary.from_yaml(ended))
    session.commit()
    assert changed > 0
    assert [a.name for a in find_actors(session, "President Aliyev", D(2031, 1, 1))] == []
    assert [a.name for a in find_actors(session, "President Aliyev", D(2029, 1, 1))] == ["Ilham Aliyev"]


def test_suggest_actor_names(session: Session, small: ActorDictionary) -> None:
    sync_actor_dictionary(session, small)
    session.commit()
    assert suggest_actor_names(session, "Ilham Aliev")[0] == "Ilham Aliyev"
    assert suggest_actor_names(session, "Azerbaijn", limit=1) == ["Azerbaijan"]
    assert len(suggest_actor_names(session, "Aliyev", limit=1)) == 1
    assert suggest_actor_names(session, "zzzzqqq") == []
    assert suggest_actor_names(session, "") == []


def test_full_dictionary_sync_and_dated_lookup(session: Session) -> None:
    dictionary = ActorDictionary.default()
    assert sync_actor_dictionary(session, dictionary) > 0
    session.commit()
    n_actors, n_aliases = counts(session)
    assert n_actors == len(dictionary)
    assert sync_actor_dictionary(session, dictionary) == 0
    assert counts(session) == (n_actors, n_aliases)
    assert [a.name for a in find_actors(session, "President Aliyev", D(1994, 3, 7))] == ["Heydar Aliyev"]
    assert [a.name for a in find_actors(session, "President Aliyev", D(2015, 12, 10))] == ["Ilham Aliyev"]
    assert [a.name for a in find_actors(session, "Chinese Foreign Minister", D(2023, 5, 1))] == ["Qin Gang"]
    assert [a.name for a in find_actors(session, "Xi’an")] == ["Xi'an"]
