"""Round 8: one person taking one office is one event however each article tells it ("sworn in as
president" on a day, "succeeded X as president in March", "took office in 2019", "became president",
"was inaugurated"). Invented sentences of several outlets' styles; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import offices_taken

D = dt.date
MIRA = replace(actor("Lena Mirova"), country="KAZ")
OSKO = replace(actor("Pavel Oskov"), country="KAZ")
SENATE = actor("Senate of Kazakhstan", "organisation")


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("Lena Mirova, until then speaker of the Senate, is sworn in as president.", {"president"}),
        ("Mirova took office in 2019 after her predecessor stepped down.", {"?"}),
        ("In March 2019 she succeeded Pavel Oskov as president.", {"president"}),
        ("She became the country's second president in 2019.", {"president"}),
        ("He was sworn in on Monday as the nation's first female prime minister.", {"prime minister"}),
        ("He became prime minister (1999-2002) and later succeeded Oskov as president.",
         {"prime minister", "president"}),
        ("She assumed the presidency in 1993.", {"president"}),
        ("The new leader was inaugurated on Saturday in the capital.", {"?"}),
        ("He was appointed vice-president in 2017.", {"vice president"}),
    ],
)
def test_office_taking_is_read_from_news_prose(text: str, offices: set[str]) -> None:
    assert offices_taken(text) == offices


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was inaugurated by the president in 2019.",
        "He was elected president in April 2019.",
        "She became close to the president during the campaign.",
        "The presidents met in Astana.",
    ],
)
def test_no_office_taking(text: str) -> None:
    assert offices_taken(text) == frozenset()


_SWORN = "20 March 2019 - Lena Mirova, until then Chair of the Senate, is sworn in as president."
_SUCCEEDED = "She chaired the Senate and, in March 2019, succeeded Pavel Oskov as president."
_TOOK = "Mirova, a career diplomat who studied in Beijing, took office in 2019 when Oskov stepped down."
_BECAME = "Mirova became president of the republic in 2019, the wire recalled."


def _office_claims() -> dict[str, list]:
    return {
        "chronology.md": [claim("Mirova sworn in", "COOPERATE", "2019-03-20", quote=_SWORN, actors=[MIRA],
                                keywords=("office", "took"), end=len(_SWORN))],
        "profile.txt": [claim("Mirova appointed", "COOPERATE", "2019-03", quote=_SUCCEEDED,
                              actors=[MIRA, SENATE], keywords=("appoint",), end=len(_SUCCEEDED))],
        "wire.txt": [claim("Mirova appointed", "COOPERATE", "2019", quote=_TOOK,
                           actors=[MIRA, actor("Beijing", "place", "location")], keywords=("appoint",),
                           end=len(_TOOK))],
        "brief.txt": [claim("Mirova appointed", "COOPERATE", "2019", quote=_BECAME, actors=[MIRA],
                            keywords=("appoint",), end=len(_BECAME))],
    }


def _store_all(session: Session, sources: dict[str, list], order: tuple[str, ...]) -> list[set[str]]:
    for uri in order:
        src = source(session, uri, outlet=uri.split(".")[0], published=D(2025, 3, 1))
        store_extraction(session, src, extraction(src, *sources[uri]))
    session.flush()
    return [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]


@pytest.mark.parametrize("order", list(itertools.permutations(range(4)))[::5])
def test_one_office_taking_told_four_ways_is_one_event(session: Session, order: tuple[int, ...]) -> None:
    sources = _office_claims()
    uris = list(sources)
    groups = _store_all(session, sources, tuple(uris[i] for i in order))
    assert groups == [{_SWORN, _SUCCEEDED, _TOOK, _BECAME}]


def test_another_person_or_another_office_stays_apart(session: Session) -> None:
    other_person = "Pavel Oskov took office in 2019 as head of the Senate."
    premier = "Mirova became prime minister in January 2019."
    sources = {
        "chronology.md": _office_claims()["chronology.md"],
        "senate.txt": [claim("Oskov appointed", "COOPERATE", "2019", quote=other_person, actors=[OSKO],
                             keywords=("appoint",), end=len(other_person))],
        "premier.txt": [claim("Mirova appointed", "COOPERATE", "2019-01", quote=premier, actors=[MIRA],
                              keywords=("appoint",), end=len(premier))],
    }
    groups = _store_all(session, sources, tuple(sources))
    assert len(groups) == 3


def test_a_second_term_or_another_happening_of_the_person_stays_apart(session: Session) -> None:
    second = "Mirova was sworn in for a second term as president on 2 April 2024."
    opened = "Mirova, who took office in 2019, opened the new railway bridge in September 2019."
    sources = {
        "chronology.md": _office_claims()["chronology.md"],
        "wire.txt": _office_claims()["wire.txt"],
        "term.txt": [claim("Mirova sworn in", "COOPERATE", "2024-04-02", quote=second, actors=[MIRA],
                           keywords=("office",), end=len(second))],
        "bridge.txt": [claim("bridge opened", "COOPERATE", "2019-09", quote=opened, actors=[MIRA],
                             keywords=("bridge", "railway"), end=len(opened))],
    }
    groups = _store_all(session, sources, tuple(sources))
    assert {_SWORN, _TOOK} in groups
    assert {second} in groups and {opened} in groups


# --- leaving an office ----------------------------------------------------------------------------

_RESIGNS = "19 March 2019 - Oskov announces his resignation as president in a televised address."
_STEPPED = "Mirova took office in 2019 when Pavel Oskov stepped down after almost three decades in power."
_QUIT_BOARD = "Oskov resigned as chairman of the football federation board in 2019."


def test_leaving_an_office_told_twice_is_one_event(session: Session) -> None:
    sources = {
        "chronology.md": [claim("Oskov resigns", "RETREAT", "2019-03-19", quote=_RESIGNS, actors=[OSKO],
                                keywords=("resign",), end=len(_RESIGNS))],
        "wire.txt": [claim("Oskov withdraws", "RETREAT", "2019", quote=_STEPPED, actors=[MIRA, OSKO],
                           keywords=("withdraw",), end=len(_STEPPED))],
    }
    assert _store_all(session, sources, tuple(sources)) == [{_RESIGNS, _STEPPED}]


def test_leaving_another_post_or_taking_office_is_not_leaving_it(session: Session) -> None:
    sources = {
        "chronology.md": [claim("Oskov resigns", "RETREAT", "2019-03-19", quote=_RESIGNS, actors=[OSKO],
                                keywords=("resign",), end=len(_RESIGNS))],
        "sport.txt": [claim("Oskov resigns", "RETREAT", "2019", quote=_QUIT_BOARD, actors=[OSKO],
                            keywords=("resign", "football", "federation"), end=len(_QUIT_BOARD))],
        "profile.txt": _office_claims()["profile.txt"],
    }
    assert len(_store_all(session, sources, tuple(sources))) == 3
