"""Round 12 merging, through the real pipeline: short invented articles are read, extracted and stored
into a real SQLite database, then the events are checked. Classes: different acts of one sentence stay
apart; a signatory follow-up joins the signing; a plan joins its realisation; one session of a standing
body told at two precisions; strong identity with two dates is one event in conflict. Positive and
negative cases of each class, in several outlets' styles."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text
from timeline.models import Event, Source
from timeline.resolve.merge import store_extraction


@pytest.fixture
def db(sqlite_engine: Engine) -> Session:
    with Session(sqlite_engine) as session:
        yield session


def _store(session: Session, *articles: tuple[str, str]) -> list[Event]:
    """Read, extract and store each (uri, text) in order; the events with their citations."""
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
    return list(session.scalars(select(Event).order_by(Event.id)))


def _holding(events: list[Event], *words: str, etype: str | None = None) -> list[Event]:
    """Events citing a quote that contains every one of ``words`` (in a citation of ``etype``, if given)."""
    return [
        e
        for e in events
        if any(all(w in c.quote for w in words) and etype in (None, c.event_type) for c in e.citations)
    ]


def _one(events: list[Event], *words: str, etype: str | None = None) -> Event:
    found = _holding(events, *words, etype=etype)
    assert len(found) == 1, [(e.id, e.title, [c.quote for c in e.citations]) for e in events]
    return found[0]


# --- 3. a signatory follow-up joins the signing just told -------------------------------------------


def test_signatory_for_a_state_joins_the_signing(db: Session) -> None:
    text = ("BAKU, 12 March 2025 (Caspian Wire) -- Azerbaijan's Ministry of Energy and China Energy Engineering "
            "Corporation signed an agreement on Tuesday to build a 200 MW wind farm near Shamakhi. "
            "Energy Minister Parviz Shahbazov signed for Azerbaijan.\n")
    events = _store(db, ("wire.txt", text))
    assert _one(events, "wind farm") is _one(events, "signed for Azerbaijan")


def test_two_signatories_for_two_states_join_the_signing(db: Session) -> None:
    text = ("TASHKENT, 4 June 2025 -- Uzbekistan and China signed an intergovernmental agreement on Wednesday on "
            "the joint production of electric buses. Deputy Prime Minister Jamshid Khodjaev signed for "
            "Uzbekistan and Vice Minister Li Fei for China.\n")
    events = _store(db, ("gov.txt", text))
    assert _one(events, "electric buses") is _one(events, "signed for")


def test_signatory_on_behalf_of_a_state_joins_the_contract(db: Session) -> None:
    text = ("Published: 20 May 2024\n\nKazakhstan's national railway company and China Railway Construction "
            "Corporation signed a contract on Monday for a new container terminal at Khorgos. "
            "Kazakh Transport Minister Marat Karabayev signed on behalf of Kazakhstan.\n")
    events = _store(db, ("rail.txt", text))
    assert _one(events, "container terminal") is _one(events, "on behalf of")


def test_a_second_document_signed_for_a_state_stays_apart(db: Session) -> None:
    text = ("BAKU, 12 March 2025 (Caspian Wire) -- Azerbaijan's Ministry of Energy and China Energy Engineering "
            "Corporation signed an agreement on Tuesday to build a 200 MW wind farm near Shamakhi. "
            "Energy Minister Parviz Shahbazov also signed for Azerbaijan a memorandum on green hydrogen.\n")
    events = _store(db, ("wire.txt", text))
    hydrogen = _holding(events, "green hydrogen")
    assert hydrogen and _one(events, "wind farm") not in hydrogen


def test_a_signatory_after_a_meeting_is_no_part_of_it(db: Session) -> None:
    text = ("ASTANA, 2 October 2025 -- Kazakh President Kassym-Jomart Tokayev met Chinese Premier Li Qiang in "
            "Astana on Wednesday. Foreign Minister Murat Nurtleu signed for Kazakhstan.\n")
    events = _store(db, ("kz.txt", text))
    signed = _holding(events, "signed for Kazakhstan")
    assert all(not _holding([e], "met Chinese Premier") for e in signed)


def test_signatory_for_a_company_joins_the_contract(db: Session) -> None:
    text = ("Published: 20 May 2024\n\nKazakhstan's national railway company and China Railway Construction "
            "Corporation signed a contract on Monday for a new container terminal at Khorgos. "
            "Deputy Chairman Wang Wei signed for China Railway Construction Corporation.\n")
    events = _store(db, ("rail.txt", text))
    assert _one(events, "container terminal") is _one(events, "signed for")
