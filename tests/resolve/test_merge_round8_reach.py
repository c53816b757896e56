"""Round 8: pairs the same-event test matches both ways but the merger kept apart. (1) A name one
article codes as an organisation and another as the named object now reaches the other through the
candidate query (and so through the re-check), in any ingest order. (2) A sentence naming two ordinal
gatherings ("due to host the second summit, following the first meeting of the format held in X")
does not contradict the first gathering, and "meeting" is the generic word for a gathering. Invented
sentences; positive and negative cases."""

from __future__ import annotations

import datetime as dt

import pytest
from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Match, Profile, judge, ordinal_gatherings, quote_names, topic_words

D = dt.date
_ROW = "**May 2014** - The Lakeside Centre for Border Trade opens, letting traders cross without visas."
_BRIEF = "In 2014 the Lakeside Centre for Border Trade opened on the frontier, followed by a dry port."
_PORT = "In 2014 the Lakeside Dry Port Company opened a terminal on the frontier."
CENTRE = actor("Lakeside Centre for Border Trade", "organisation")
PORT = actor("Lakeside Dry Port Company", "organisation")


def _store(session: Session, order: list[str], claims: dict[str, object]) -> list[set[str]]:
    for uri in order:
        src = source(session, uri, outlet=uri.split(".")[0], published=D(2020, 1, 1))
        store_extraction(session, src, extraction(src, claims[uri]))  # type: ignore[arg-type]
    session.flush()
    return [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]


@pytest.mark.parametrize("first", ["row.md", "brief.txt"])
def test_an_organisation_and_the_same_name_as_named_object_meet_in_any_order(session: Session, first: str) -> None:
    claims = {
        "row.md": claim("centre opens", "COOPERATE", "2014-05", quote=_ROW, end=len(_ROW),
                        named_object="Lakeside Centre for Border Trade", keywords=("open",)),
        "brief.txt": claim("centre opened", "COOPERATE", "2014", quote=_BRIEF, end=len(_BRIEF), actors=[CENTRE],
                           keywords=("open",)),
    }
    order = [first, *(u for u in claims if u != first)]
    assert _store(session, order, claims) == [{_ROW, _BRIEF}]


def test_another_organisation_sharing_one_word_stays_apart(session: Session) -> None:
    claims = {
        "row.md": claim("centre opens", "COOPERATE", "2014-05", quote=_ROW, end=len(_ROW),
                        named_object="Lakeside Centre for Border Trade", keywords=("open",)),
        "port.txt": claim("terminal opened", "COOPERATE", "2014", quote=_PORT, end=len(_PORT), actors=[PORT],
                          keywords=("open",)),
    }
    assert len(_store(session, ["port.txt", "row.md"], claims)) == 2


def _g(quote: str, source: int, **kw: object) -> Profile:
    return Profile(
        event_type="CONSULT", lower=D(2023, 5, 1), upper=D(2023, 5, 31), sources=frozenset({source}),
        words=topic_words(quote), names=quote_names(quote), ordinals=ordinal_gatherings(quote), **kw,  # type: ignore[arg-type]
    )


_PLAN = (
    "Ruritania is due to host the second Lake Council summit next year, after the first meeting of the"
    " format held in Varna in May 2023."
)
_HELD = "The first Lake Council Summit was held in Varna in May 2023."


def test_the_first_meeting_of_a_format_is_its_first_summit_at_that_place() -> None:
    meeting = _g(_PLAN, 1, places=frozenset({"Varna"}), states=frozenset({"Ruritania"}))
    summit = _g(_HELD, 2, mode="multilateral", places=frozenset({"Varna"}), named_objects=("Lake Council Summit",))
    assert isinstance(judge(meeting, summit), Match)
    assert isinstance(judge(summit, meeting), Match)


def test_another_number_or_another_place_is_another_gathering() -> None:
    second = _g("The second Lake Council Summit was held in Varna in May 2023.", 2, mode="multilateral",
                places=frozenset({"Varna"}))
    first_elsewhere = _g("The first meeting of the Lake Council was held in Burgas in May 2023.", 1,
                         places=frozenset({"Burgas"}))
    held = _g(_HELD, 3, mode="multilateral", places=frozenset({"Varna"}))
    assert not isinstance(judge(first_elsewhere, held), Match)
    assert not isinstance(judge(second, held), Match)
