"""Session 16 (helper M3), resolver merging on the older dev sets: invented names, places and dates;
positive and negative cases for each class."""

from __future__ import annotations

import datetime as dt

from resolve_helpers import store_articles
from sqlalchemy.orm import Session

from timeline.resolve.merge import _agreed_when_met
from timeline.resolve.similarity import Profile, judge

# --- 1. the next meeting of a standing body, announced, and the session held -------------------------------

_NEXT_AUTUMN = (
    "Ulaanbaatar, 2 March 2023. In the autumn of 2023 we will hold the next meeting of the intergovernmental "
    "commission on trade and economic cooperation, and we want to open a new school in Darkhan."
)
_HELD_OCTOBER = (
    "Astana, 1 December 2023. The intergovernmental commission on trade and economic cooperation held its "
    "eighth session in Astana in October 2023."
)
_HELD_MAY = (
    "Astana, 1 June 2023. The intergovernmental commission on trade and economic cooperation held its "
    "seventh session in Astana in May 2023."
)
_BORDER_HELD = "Astana, 1 December 2023. The joint border commission held its eighth session in Astana in October 2023."


def _sessions(events: list) -> list:
    return [e for e in events if e.event_type == "CONSULT"]


def test_next_meeting_announced_joins_the_session_held_within_its_season(session: Session) -> None:
    events = _sessions(store_articles(session, ("a.txt", _NEXT_AUTUMN), ("b.txt", _HELD_OCTOBER)))
    assert len(events) == 1, [(e.edtf, e.status) for e in events]
    assert events[0].status == "occurred"


def test_next_meeting_joins_in_either_order(session: Session) -> None:
    events = _sessions(store_articles(session, ("b.txt", _HELD_OCTOBER), ("a.txt", _NEXT_AUTUMN)))
    assert len(events) == 1, [(e.edtf, e.status) for e in events]


def test_next_meeting_in_autumn_is_not_a_session_held_in_may(session: Session) -> None:
    events = _sessions(store_articles(session, ("a.txt", _NEXT_AUTUMN), ("b.txt", _HELD_MAY)))
    assert len(events) == 2, [(e.edtf, e.status) for e in events]


def test_next_meeting_of_one_commission_is_not_a_session_of_another(session: Session) -> None:
    events = _sessions(store_articles(session, ("a.txt", _NEXT_AUTUMN), ("b.txt", _BORDER_HELD)))
    assert len(events) == 2, [(e.edtf, e.status) for e in events]


# --- 2. an agreement told in a relative clause of its meeting ----------------------------------------------

_MET_AT_WHICH = (
    "Tashkent, 1 May 2023. In March Tokayev held a meeting with Mirziyoyev in Tashkent at which the two sides "
    "agreed to build a new border crossing."
)
_MET_AND_AGREED = (
    "Tashkent, 1 May 2023. In March Tokayev held talks with Mirziyoyev in Tashkent and the two sides agreed to "
    "build a new border crossing."
)


def test_agreement_at_which_meeting_is_one_line(session: Session) -> None:
    events = store_articles(session, ("a.txt", _MET_AT_WHICH))
    assert len(events) == 1, [(e.event_type, e.title) for e in events]


def test_talks_and_agreement_side_by_side_stay_two_lines(session: Session) -> None:
    events = store_articles(session, ("a.txt", _MET_AND_AGREED))
    assert len(events) == 2, [(e.event_type, e.title) for e in events]


def test_at_which_clause_needs_agreeing_not_signing() -> None:
    meeting, agreement = ("CONSULT", None), ("AGREE", None)
    assert _agreed_when_met(meeting, agreement, "talks during which they agreed to open a consulate")
    signed = "a meeting at which the two sides signed an agreement on visas"
    assert not _agreed_when_met(meeting, agreement, signed)
    assert not _agreed_when_met(meeting, agreement, "the meeting was held, and they agreed on a plan")


# --- 3. a party named by its leader on one side, by the state on the other ------------------------------------


def _visit(states: set[str], persons: set[str], hosts: set[str], day: tuple[dt.date, dt.date], src: int) -> Profile:
    return Profile(
        event_type="CONSULT",
        mode="visit",
        lower=day[0],
        upper=day[1],
        states=frozenset(states),
        actors=frozenset(persons),
        persons=frozenset(persons),
        hosts=frozenset(hosts),
        sources=frozenset({src}),
        keywords=frozenset({"visit", "state"}),
    )


_DAYS = (dt.date(2019, 5, 6), dt.date(2019, 5, 8))


def test_states_named_through_leaders_do_not_clash() -> None:
    # "Tokayev pays a state visit to Uzbekistan on 6-8 May" / "Kazakhstan … Mirziyoyev received the guest"
    a = _visit({"Uzbekistan"}, {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"Uzbekistan"}, _DAYS, 1)
    b = _visit({"Kazakhstan"}, {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}, set(), _DAYS, 2)
    assert judge(a, b) != "states or modes clash"


def test_states_of_other_parties_still_clash() -> None:
    # the same visitor, two different hosts: parties through persons do not contain each other
    a = _visit({"Uzbekistan"}, {"Kassym-Jomart Tokayev"}, {"Uzbekistan"}, _DAYS, 1)
    b = _visit({"Mongolia"}, {"Kassym-Jomart Tokayev"}, {"Mongolia"}, _DAYS, 2)
    assert judge(a, b) == "states or modes clash"


def test_two_visits_each_way_stay_apart() -> None:
    # Tokayev to Uzbekistan and Mirziyoyev to Kazakhstan the same days: the hosts differ
    a = _visit({"Uzbekistan"}, {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"Uzbekistan"}, _DAYS, 1)
    b = _visit({"Kazakhstan"}, {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}, {"Kazakhstan"}, _DAYS, 2)
    assert judge(a, b) == "visit hosts differ"


# --- 4. one loan told as agreed and as lent ----------------------------------------------------------------

_LOAN_AGREED = (
    "Bishkek, 3 July 2011. In June 2011, the Eurasian Development Bank agreed to lend Kyrgyzstan $2 billion to "
    "build a new railway."
)
_LOAN_LENT = "Almaty, 3 March 2012. The Eurasian Development Bank lent USD 2 billion in 2011 for the railway."
_LOAN_OTHER_SUM = "Almaty, 3 March 2012. The Eurasian Development Bank lent USD 5 billion in 2011 for the railway."
_LOAN_LATER = "Almaty, 3 March 2014. The Eurasian Development Bank lent USD 2 billion in 2013 for the railway."


def _money(events: list) -> list:
    return [e for e in events if e.event_type in ("AGREE", "AID")]


def test_loan_agreed_and_loan_lent_are_one_line(session: Session) -> None:
    events = _money(store_articles(session, ("a.txt", _LOAN_AGREED), ("b.txt", _LOAN_LENT)))
    assert len(events) == 1, [(e.event_type, e.edtf) for e in events]


def test_loan_lent_then_agreed_is_one_line(session: Session) -> None:
    events = _money(store_articles(session, ("b.txt", _LOAN_LENT), ("a.txt", _LOAN_AGREED)))
    assert len(events) == 1, [(e.event_type, e.edtf) for e in events]


def test_another_sum_is_another_loan(session: Session) -> None:
    events = _money(store_articles(session, ("a.txt", _LOAN_AGREED), ("b.txt", _LOAN_OTHER_SUM)))
    assert len(events) == 2, [(e.event_type, e.edtf) for e in events]


def test_the_same_sum_two_years_later_is_another_loan(session: Session) -> None:
    events = _money(store_articles(session, ("a.txt", _LOAN_AGREED), ("b.txt", _LOAN_LATER)))
    assert len(events) == 2, [(e.event_type, e.edtf) for e in events]


# --- 5. a happening placed at the ceremony the sentence before told ------------------------------------------

_PLANT_OPENED = (
    "Tashkent, 1 May 2024. A Korean-built car plant opened in the Jizzakh industrial zone on Monday, at a ceremony "
    "attended by the deputy prime minister."
)


def _cooperation(events: list) -> list:
    return [e for e in events if e.event_type == "COOPERATE"]


def test_first_output_during_the_ceremony_is_part_of_the_opening(session: Session) -> None:
    text = _PLANT_OPENED + " The first 50 cars rolled off the line during the ceremony."
    events = _cooperation(store_articles(session, ("a.txt", text)))
    assert len(events) == 1, [(e.title, e.edtf) for e in events]


def test_first_output_without_the_ceremony_stays_its_own_line(session: Session) -> None:
    text = _PLANT_OPENED + " The first 50 cars rolled off the line the same day."
    events = _cooperation(store_articles(session, ("a.txt", text)))
    assert len(events) == 2, [(e.title, e.edtf) for e in events]


def test_during_the_ceremony_needs_the_definite_ceremony() -> None:
    from timeline.resolve.merge import _DURING_THE_CEREMONY

    assert _DURING_THE_CEREMONY.search("The first buses rolled off the line during the ceremony.")
    assert _DURING_THE_CEREMONY.search("Production began at the opening ceremony.")
    assert not _DURING_THE_CEREMONY.search("Production began during a separate ceremony in May.")


# --- 6. in a chronology entry, what was agreed in the sentence after the meeting --------------------------

_ENTRY_AGREED = (
    "Chronology\n\n6 May 2021 — At their meeting in Samarkand, Tokayev and Mirziyoyev confirm their commitment "
    "to the water accord. Kazakhstan agrees to host a monitoring office.\n"
)
_ENTRY_SIGNED = (
    "Chronology\n\n9 May 2021 — Tokayev and Mirziyoyev meet in Tashkent. Uzbekistan signs an agreement on a "
    "monitoring office with Kazakhstan.\n"
)


def test_agreement_after_the_entry_meeting_is_part_of_it(session: Session) -> None:
    events = store_articles(session, ("a.txt", _ENTRY_AGREED))
    assert len(events) == 1, [(e.event_type, e.title) for e in events]
    assert {c.event_type for c in events[0].citations} == {"CONSULT", "AGREE"}


def test_document_signed_after_the_entry_meeting_is_its_own_line(session: Session) -> None:
    events = store_articles(session, ("a.txt", _ENTRY_SIGNED))
    assert len(events) == 2, [(e.event_type, e.title) for e in events]


# --- 7. one start of construction told at two precisions ---------------------------------------------------

_RAIL_DAY = (
    "Bishkek, 14 March 2017. Kazakhstan and Kyrgyzstan on 13 March 2017 began building a railway across the "
    "mountains, a project first sketched out in the 1990s."
)
_RAIL_MONTH = (
    "Almaty, 3 May 2018. The Kazakhstan–Kyrgyzstan railway, whose construction began in March 2017, is being "
    "built under an intergovernmental agreement."
)
_PLANT_MONTH = "Almaty, 3 May 2018. Construction of a new cement plant in Kyrgyzstan began in March 2017."
_RAIL_OTHER_YEAR = (
    "Almaty, 3 May 2019. The Kazakhstan–Kyrgyzstan railway, whose construction began in March 2018, is being "
    "built under an intergovernmental agreement."
)


def test_works_start_by_month_joins_the_day(session: Session) -> None:
    events = _cooperation(store_articles(session, ("a.txt", _RAIL_DAY), ("b.txt", _RAIL_MONTH)))
    assert len(events) == 1, [(e.title, e.edtf) for e in events]
    assert events[0].edtf == "2017-03-13"


def test_works_start_by_month_joins_in_either_order(session: Session) -> None:
    events = _cooperation(store_articles(session, ("b.txt", _RAIL_MONTH), ("a.txt", _RAIL_DAY)))
    assert len(events) == 1, [(e.title, e.edtf) for e in events]


def test_start_of_another_built_thing_stays_apart(session: Session) -> None:
    events = _cooperation(store_articles(session, ("a.txt", _RAIL_DAY), ("c.txt", _PLANT_MONTH)))
    assert len(events) == 2, [(e.title, e.edtf) for e in events]


def test_start_told_for_another_year_stays_apart(session: Session) -> None:
    events = _cooperation(store_articles(session, ("a.txt", _RAIL_DAY), ("d.txt", _RAIL_OTHER_YEAR)))
    assert len(events) == 2, [(e.title, e.edtf) for e in events]


def test_a_document_after_the_meeting_is_never_the_meeting() -> None:
    from dataclasses import replace

    from resolve_helpers import claim

    from timeline.resolve.merge import _agreed_at_entry_meeting

    def agreeing(quote: str) -> object:
        return replace(claim(quote, "AGREE", "2021-05-09", quote=quote), rule="agree.sign+continued-date")

    assert _agreed_at_entry_meeting(agreeing("Kazakhstan agrees to host a monitoring office."), "CONSULT", None)
    protocol = agreeing("The protocol they signed lists some forty projects.")
    assert not _agreed_at_entry_meeting(protocol, "CONSULT", None)
    memo = agreeing("A memorandum on water sharing follows.")
    assert not _agreed_at_entry_meeting(memo, "CONSULT", None)
    # a visit (mode) or a sentence dated on its own is not the entry's meeting
    assert not _agreed_at_entry_meeting(agreeing("Kazakhstan agrees to host an office."), "CONSULT", "visit")
    own_date = replace(agreeing("Kazakhstan agrees to host an office."), rule="agree.agree")
    assert not _agreed_at_entry_meeting(own_date, "CONSULT", None)


def test_relations_established_after_the_meeting_are_not_agreed_at_it() -> None:
    from dataclasses import replace

    from resolve_helpers import claim

    from timeline.resolve.merge import _agreed_at_entry_meeting

    quote = "Opening the talks, Tokayev noted the 30 years since the establishment of diplomatic relations."
    told = replace(claim(quote, "AGREE", "2022-05-09", quote=quote), rule="agree.relations+continued-date")
    assert not _agreed_at_entry_meeting(told, "CONSULT", None)
