"""Builders for hand-made sources, dates and claims (no extractor involved)."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Article, Claim, DateMention, Extraction
from timeline.models import Actor, Source
from timeline.resolve.dates import edtf_bounds
from timeline.resolve.merge import _claim_profile
from timeline.resolve.similarity import Match, Profile, judge


def date(value: str | None, text: str | None = None) -> DateMention:
    """A DateMention for an EDTF value ("2024-07-03", "2015-12-08/2015-12-11", "XXXX-07-05")."""
    bounds = edtf_bounds(value) if value and not value.startswith("XXXX") else None
    if value and value.startswith("XXXX"):
        precision = "day" if len(value) == 10 else "month"
    else:
        precision = bounds[2] if bounds else None
    return DateMention(
        0,
        0,
        text or value or "",
        value,
        bounds[0] if bounds else None,
        bounds[1] if bounds else None,
        precision,
        note="no reference date" if value and value.startswith("XXXX") else None,
    )


def actor(name: str, kind: str = "person", role: str | None = None) -> ActorMention:
    return ActorMention(name=name, kind=kind, start=0, end=len(name), surface=name, role=role)  # type: ignore[arg-type]


AZ = actor("Azerbaijan", "state")
CN = actor("China", "state")
GE = actor("Georgia", "state")


def claim(
    title: str,
    event_type: str,
    when: str | None,
    *,
    start: int = 0,
    end: int = 10,
    actors: list[ActorMention] | None = None,
    mode: str | None = None,
    named_object: str | None = None,
    keywords: tuple[str, ...] = (),
    status: str = "occurred",
    quote: str | None = None,
) -> Claim:
    return Claim(
        title=title,
        event_type=event_type,
        mode=mode,
        date=date(when),
        quote=quote or title,
        start=start,
        end=end,
        actors=list(actors or []),
        status=status,
        rule="test",  # type: ignore[arg-type]
        named_object=named_object,
        keywords=frozenset(keywords),
    )


def source(
    session: Session,
    uri: str,
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    text: str = "text",
) -> Source:
    src = Source(
        uri=uri,
        content_hash=hashlib.sha256(uri.encode()).hexdigest(),
        outlet=outlet,
        published=published,
        text=text,
        extractor_version="test",
    )
    session.add(src)
    session.flush()
    return src


def extraction(src: Source, *claims: Claim, observations: list | None = None) -> Extraction:
    article = Article(
        uri=src.uri, text=src.text, content_hash=src.content_hash, outlet=src.outlet, published=src.published
    )
    return Extraction(article=article, claims=list(claims), observations=list(observations or []))


def store_articles(session: Session, *articles: tuple[str, str]) -> list:
    """Read, extract and store each (uri, text) in order through the real pipeline; the events, by id."""

    from timeline.extract.pipeline import extract
    from timeline.ingest.reader import read_text
    from timeline.resolve.merge import store_extraction

    for uri, text in articles:
        article = read_text(text, uri)
        src = Source(
            uri=uri,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            outlet=uri.split(".")[0],
            published=article.published,
            text=article.text,
            extractor_version="test",
        )
        session.add(src)
        session.flush()
        store_extraction(session, src, extract(article))
    session.flush()
    return events_by_id(session)


def events_by_id(session: Session) -> list:
    """Every stored event, by id."""
    from sqlalchemy import select

    from timeline.models import Event

    return list(session.scalars(select(Event).order_by(Event.id)))


def store_in_order(
    session: Session, order: tuple[int, ...], items: list[tuple[str, Claim]], published: dt.date = dt.date(2026, 12, 1)
) -> list:
    """Store each (uri, claim) of ``items`` as its own article (outlet from the uri), in ``order``; the events, by id.

    Conflict tests run both orders: which article comes first must not change the result."""

    from timeline.resolve.merge import store_extraction

    for i in order:
        uri, made = items[i]
        src = source(session, uri, outlet=uri.split(".")[0], published=published)
        store_extraction(session, src, extraction(src, made))
    return events_by_id(session)


def claim_profile(c: Claim, source_id: int = 1) -> Profile:
    """A claim's profile as the merger builds it (actors as transient rows)."""
    links = [(Actor(name=m.name, kind=m.kind, country=m.country), m.role or "participant") for m in c.actors]
    return _claim_profile(c, links, source_id)


def verdict(a: Claim, b: Claim, *, same_source: bool = False) -> Match | str:
    """The judge's answer for two claims, from one source or two: a ``Match`` or the reason they stay apart."""
    return judge(claim_profile(a, 1), claim_profile(b, 1 if same_source else 2))


def joins(a: Claim, b: Claim, *, same_source: bool = False) -> bool:
    """The judge lets the two claims be one event."""
    return isinstance(verdict(a, b, same_source=same_source), Match)
