"""Merging rules of session 4, round 5: a month or year claim joins the only event of its type family
whose finer date it contains (similarity.contained_candidate). Hand-made claims from invented
outlets, merged into real databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import store_extraction

AE = replace(actor("United Arab Emirates", "state"), country="ARE")
KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
AM = replace(actor("Armenia", "state"), country="ARM")
AZ = replace(actor("Azerbaijan", "state"), country="AZE")


def _store(session: Session, uri: str, *claims, published: dt.date = dt.date(2026, 2, 1)) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=published)
    store_extraction(session, src, extraction(src, *claims))


def _summit(when: str, quote: str, *, named: str | None = None, **kw) -> object:
    return claim("Summit held", "CONSULT", when, actors=[KZ], named_object=named, quote=quote, **kw)


def test_year_claim_naming_the_acronym_joins_the_only_summit_it_contains(session: Session) -> None:
    _store(
        session,
        "steppe-times.txt",
        _summit(
            "2024-07-03/2024-07-04",
            "Leaders gathered in Astana on 3-4 July for the SCO summit.",
            named="SCO summit in Astana",
            mode="multilateral",
        ),
    )
    _store(session, "review.md", _summit("2024", "Two years ago Kazakhstan hosted the SCO."))
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2
    assert ev.edtf == "2024-07-03/2024-07-04"  # the vaguer mention does not blur the precise one


def test_month_claim_joins_a_conference_longer_than_a_week(session: Session) -> None:
    conference = claim(
        "Climate conference held",
        "CONSULT",
        "2023-11-06/2023-11-17",
        actors=[AE],
        mode="multilateral",
        keywords=("climate",),
        quote="The climate conference in Dubai ran from 6 to 17 November.",
    )
    _store(session, "gulf-daily.txt", conference)
    later = claim(
        "Climate talks hosted",
        "CONSULT",
        "2023-11",
        actors=[AE],
        keywords=("climate",),
        quote="The Emirates hosted the climate gathering in November 2023.",
    )
    _store(session, "energy-monthly.md", later)
    [ev] = events_by_id(session)
    assert ev.edtf == "2023-11-06/2023-11-17"


def test_year_claim_with_only_topic_words_is_not_absorbed(session: Session) -> None:
    """A wrong-year claim must not be absorbed: a year says little, topic words and parties are not enough."""
    truce = claim(
        "Ceasefire",
        "RETREAT",
        "2020-11",
        actors=[AM, AZ],
        keywords=("ceasefire", "fighting"),
        quote="Armenia and Azerbaijan agreed a ceasefire in November 2020, ending the fighting.",
    )
    _store(session, "regional-wire.txt", truce)
    year = claim(
        "Ceasefire",
        "RETREAT",
        "2020",
        actors=[AM, AZ],
        keywords=("ceasefire",),
        quote="Armenia and Azerbaijan halted the ceasefire talks in 2020.",
    )
    _store(session, "opinion.md", year)
    assert len(events_by_id(session)) == 2


def test_year_claim_with_two_candidate_events_joins_neither(session: Session) -> None:
    _store(
        session,
        "steppe-times.txt",
        _summit("2024-07-04", "The SCO summit opened in Astana on 4 July.", named="SCO summit", start=0, end=40),
        _summit(
            "2024-05-21",
            "SCO foreign ministers met in Astana on 21 May.",
            named="SCO foreign ministers meeting",
            start=50,
            end=90,
        ),
    )
    _store(session, "review.md", _summit("2024", "Kazakhstan chaired the SCO in 2024."))
    assert len(events_by_id(session)) == 3


def test_month_claim_of_other_parties_stays_apart(session: Session) -> None:
    conference = claim(
        "Climate conference held",
        "CONSULT",
        "2023-11-06/2023-11-17",
        actors=[AE],
        keywords=("climate",),
        quote="The climate conference in Dubai ran from 6 to 17 November.",
    )
    _store(session, "gulf-daily.txt", conference)
    other = claim(
        "Climate meeting",
        "CONSULT",
        "2023-11",
        actors=[AM, AZ],
        keywords=("climate",),
        quote="Armenia and Azerbaijan discussed climate cooperation in November.",
    )
    _store(session, "caucasus-post.md", other)
    assert len(events_by_id(session)) == 2
