"""Session 12 conflicts (timeline.resolve.conflicts.tender_award_once): two articles telling one tender
awarded to one company, dated a few days apart ("28 March" / "in April") and coded AGREE on one side and COOPERATE on
the other, are one event with a flagged conflict; another company, another place or dates far apart stay
apart. A partnership told established by a participle carrying the claim's own date ("builds on the
strategic partnership declared in 2021") is an establishment, and joins the dated one a year unit away.
Invented sentences of other countries, companies and dates; both ingest orders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.models import Event
from timeline.resolve.conflicts import conflict_cues
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import partnership_levels

D = dt.date
_HARBOUR = actor("Baltic Harbour Works", "organisation")
_DREDGE = actor("Nordic Dredging Group", "organisation")
_MINISTER = actor("Rasa Kalnina")
_LIEPAJA = actor("Liepaja", "place", "location")
_VENTSPILS = actor("Ventspils", "place", "location")


def _c(quote: str, when: str, text: str, event_type: str, *, actors: tuple = ()) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), actors=list(actors))
    return replace(made, date=date(when, text))


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2026, 12, 1))
    store_extraction(session, src, extraction(src, *claims))


_WON = ("On 28 March, Minister Kalnina announced that a consortium of Baltic Harbour Works had won the port tender.",
        "2025-03-28", "On 28 March", "AGREE", (_HARBOUR, _MINISTER))
_SELECTED = ("The consortium of Baltic Harbour Works was selected as the private partner in April 2025.",
             "2025-04", "in April 2025", "COOPERATE", (_HARBOUR,))


def test_tender_award_cues() -> None:
    assert "tender award" in conflict_cues("A consortium of Baltic Harbour Works had won the port tender.")
    assert "tender award" in conflict_cues("Nordic Dredging Group was selected as the private partner.")
    assert "tender award" in conflict_cues("The government chose a consortium led by Nordic Dredging Group.")
    assert "tender award" in conflict_cues("The group was the winner of a tender launched by the ministry.")
    assert "tender award" not in conflict_cues("Baltic Harbour Works submitted a bid in the port tender.")
    assert "tender award" not in conflict_cues("The ministry launched a tender for the port in May.")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_tender_won_and_partner_selected_next_month_are_one_event(session: Session, order: tuple[int, int]) -> None:
    items = [("news.lv", _c(*_WON[:4], actors=_WON[4])), ("wire.lv", _c(*_SELECTED[:4], actors=_SELECTED[4]))]
    for i in order:
        _store(session, *items[i])
    events = list(session.scalars(select(Event)))
    assert len(events) == 1 and events[0].has_conflict


def test_tenders_of_other_companies_stay_apart(session: Session) -> None:
    _store(session, "news.lv", _c(*_WON[:4], actors=_WON[4]))
    _store(session, "wire.lv", _c("Nordic Dredging Group was selected as the private partner in April 2025.",
                                  "2025-04", "in April 2025", "COOPERATE", actors=(_DREDGE,)))
    assert len(list(session.scalars(select(Event)))) == 2


def test_tenders_at_other_places_stay_apart(session: Session) -> None:
    _store(session, "news.lv", _c("Baltic Harbour Works won the tender for the port of Liepaja on 28 March.",
                                  "2025-03-28", "on 28 March", "AGREE", actors=(_HARBOUR, _LIEPAJA)))
    _store(session, "wire.lv", _c("Baltic Harbour Works was selected as the partner in Ventspils in April 2025.",
                                  "2025-04", "in April 2025", "COOPERATE", actors=(_HARBOUR, _VENTSPILS)))
    assert len(list(session.scalars(select(Event)))) == 2


def test_tenders_far_apart_stay_apart(session: Session) -> None:
    _store(session, "news.lv", _c(*_WON[:4], actors=_WON[4]))
    _store(session, "wire.lv", _c("The consortium of Baltic Harbour Works was selected as the private partner in "
                                  "October 2025.", "2025-10", "in October 2025", "COOPERATE", actors=(_HARBOUR,)))
    assert len(list(session.scalars(select(Event)))) == 2


# --- a partnership told established by a dated participle -------------------------------------------------

_MN = replace(actor("Mongolia", "state"), country="MNG")
_KR = replace(actor("South Korea", "state"), country="KOR")


def test_partnership_declared_with_its_date_is_an_establishment() -> None:
    text = "The new plan builds on the strategic partnership declared in 2021, and both sides want results."
    assert partnership_levels(text, "2021") == {"strategic"}
    assert partnership_levels("Trade grew under the comprehensive partnership signed in May 2020.", "May 2020") == {
        "comprehensive"
    }


def test_partnership_built_on_without_its_date_stays_no_establishment() -> None:
    # the claim's date is the deepening, not the participle's: no establishment told
    text = "On 5 May the ministers agreed to deepen the strategic partnership established in 2019."
    assert partnership_levels(text, "On 5 May") == frozenset()
    assert partnership_levels("The plan builds on the strategic partnership of the two states.", "2021") == frozenset()


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_partnership_declared_a_year_apart_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    items = [
        ("annals.mn", _c("On 14 June 2022 Mongolia and South Korea signed a joint statement establishing a strategic "
                         "partnership.", "2022-06-14", "On 14 June 2022", "AGREE", actors=(_MN, _KR))),
        ("digest.kr", _c("The roadmap builds on the strategic partnership declared in 2021, and both sides want "
                         "results.", "2021", "2021", "AGREE", actors=(_MN, _KR))),
    ]
    for i in order:
        _store(session, *items[i])
    events = list(session.scalars(select(Event)))
    assert len(events) == 1 and events[0].has_conflict
