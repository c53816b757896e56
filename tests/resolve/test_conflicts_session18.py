"""Session 18 conflicts (timeline.resolve.conflicts): one act told by two or three articles with dates that disagree.

- A state visit told in the same month of the neighbouring year is one visit whose year slipped, also when the
  article dating it to the month arrives after the one dating it to the year (the merger's re-check).
- One restoration of relations of a pair, told by its broker and parties a month off and coded as a statement,
  talks or brokering, is one event in conflict; another pair, a plan or dates further apart stay apart.
- A visit named by its visitor's possessive and its year ("X's 1989 trip"), against the visit of the same visitor
  to the same host dated to the month in the neighbouring year, is that visit misdated; a visit dated plainly
  to a year, or told as the second, stays apart.
- A summit of two states at a city that is no capital, told definitely to the year ("the informal summit in
  Samarkand in 2019") and by another article to the day a year earlier, is one summit; a summit in a capital,
  another city, a summit told as the second or annual, or told indefinitely stay apart.
- A date lent by the news lead to a sentence that tells its own date is set aside, not a conflict.
Invented sentences of other countries, names and dates."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, store_in_order
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.models import Citation
from timeline.resolve.conflicts import conflict_cues
from timeline.resolve.merge import _date_lent

_KE = replace(actor("Kenya", "state"), country="KEN")
_KE_HOST = replace(_KE, role="recipient")
_SO = replace(actor("Somalia", "state"), country="SOM")
_ET = replace(actor("Ethiopia", "state"), country="ETH")
_BR = replace(actor("Brazil", "state"), country="BRA")
_KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
_UZ = replace(actor("Uzbekistan", "state"), country="UZB")
_UZ_HOST = replace(_UZ, role="recipient")
_NBO = replace(actor("Nairobi", "place"), role="location")
_KING = actor("King Tomas Aldaro")
_MENON = actor("Rajesh Menon")
_ORDERS = [(0, 1), (1, 0)]


def _c(quote: str, when: str, text: str, event_type: str = "CONSULT", *, actors: tuple = (),
       mode: str | None = "visit", keywords: tuple[str, ...] = ("visit",)) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), mode=mode,
                 actors=list(actors), keywords=keywords)
    return replace(made, date=date(when, text))


# ------------------------------------------------------------------- a state visit's year slipped, month second

def _royal(quote: str, when: str, text: str, state: bool = True) -> Claim:
    return _c(quote, when, text, actors=(_KING, _KE_HOST), keywords=("visit", "state") if state else ("visit",))


_YEAR_STATE = ("ministry.br", _royal("In 2017, King Tomas Aldaro paid a state visit to Kenya.", "2017", "In 2017"))
_MONTH_PLAIN = ("analysis.br", _royal("King Tomas Aldaro's visit to Kenya in March 2017 produced agreements worth "
                                      "$6 billion.", "2017-03", "in March 2017", state=False))
_SLIPPED = ("newsletter.ke", _royal("King Tomas Aldaro's own state visit to Kenya in March 2016 was the last royal "
                                    "trip of comparable scale.", "2016-03", "in March 2016"))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_slipped_year_is_one_visit_with_both_tellings_whatever_the_order(
    session: Session, order: tuple[int, ...]
) -> None:
    # (0, 2, 1): the month last, the slipped year met no month before it (the re-check); (1, 2, 0): the year last,
    # against a visit whose canonical date may be the slipped one on a tie (the rival date of a conflict)
    events = store_in_order(session, order, [_YEAR_STATE, _MONTH_PLAIN, _SLIPPED])
    assert len(events) == 1 and events[0].has_conflict
    assert len(events[0].citations) == 3


@pytest.mark.parametrize("order", _ORDERS)
def test_a_slipped_year_against_the_month_is_one_visit(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_MONTH_PLAIN, _SLIPPED])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_second_state_visit_a_year_earlier_stays_apart_whatever_the_order(
    session: Session, order: tuple[int, ...]
) -> None:
    second = ("newsletter.ke", _royal("King Tomas Aldaro's second state visit to Kenya in March 2016 was shorter.",
                                      "2016-03", "in March 2016"))
    events = store_in_order(session, order, [_YEAR_STATE, _MONTH_PLAIN, second])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ----------------------------------------------------------------- one restoration of relations, a month off

def test_relations_restored_cue() -> None:
    for told in (
        "the agreement of 10 March 2023, under which Kenya and Somalia agreed to restore diplomatic relations",
        "Kenya and Somalia issued a joint statement announcing the resumption of diplomatic relations.",
        "Brazil brokered the restoration of relations between Kenya and Somalia in April 2023.",
        "Diplomatic ties were normalised in 1998.",
    ):
        assert "relations restored" in conflict_cues(told), told
    for told in (
        "Kenya and Somalia established diplomatic relations in 1960.",
        "Flights were restored in April 2023.",
        "The deal restored trust between the neighbours.",
        "The ministers discussed the resumption of diplomatic relations in Brasilia.",
        "Kenya said it was ready to restore ties with Somalia.",
    ):
        assert "relations restored" not in conflict_cues(told), told


def _restored(quote: str, when: str, text: str, event_type: str, *states) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, event_type, actors=states or (_BR, _KE, _SO), mode=None,
              keywords=("relation", "restor"))


_AGREED = ("analysis.ke", _restored("Nothing did more for Brazil's image than the agreement of 10 March 2023, "
                                    "announced in Brasilia, under which Kenya and Somalia agreed to restore "
                                    "diplomatic relations within two months.", "2023-03-10", "of 10 March 2023",
                                    "AGREE"))
_TALKS = ("ministry.br", _restored("In March 2023, with the support of Brazil, Kenya and Somalia held a dialogue and "
                                   "issued a joint statement announcing the resumption of diplomatic relations.",
                                   "2023-03", "In March 2023", "CONSULT"))
_BROKERED = ("wire.so", _restored("Brazil brokered the restoration of relations between Kenya and Somalia in April "
                                  "2023, a deal that raised its profile.", "2023-04", "in April 2023", "COOPERATE"))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_one_restoration_told_three_ways_is_one_event_in_conflict(session: Session, order: tuple[int, ...]) -> None:
    events = store_in_order(session, order, [_AGREED, _TALKS, _BROKERED])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2023-03-10"


_RESTORED_APART = [
    # another pair restoring its relations through the same broker
    _restored("Brazil brokered the restoration of relations between Kenya and Ethiopia in April 2023.", "2023-04",
              "in April 2023", "COOPERATE", _BR, _KE, _ET),
    # relations restored again after a new break, months later
    _restored("Brazil brokered the restoration of relations between Kenya and Somalia in July 2023.", "2023-07",
              "in July 2023", "COOPERATE"),
    # a plan
    replace(_restored("Kenya and Somalia are expected to restore diplomatic relations in April 2023, Brazil said.",
                      "2023-04", "in April 2023", "COOPERATE"), status="planned"),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("other", _RESTORED_APART)
def test_another_pair_a_later_restoration_or_a_plan_stays_apart(
    session: Session, order: tuple[int, int], other: Claim
) -> None:
    events = store_in_order(session, order, [_AGREED, ("wire.so", other)])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------------------------ a visit named by its year

def test_year_named_visit_cue() -> None:
    assert "year-named visit:1989" in conflict_cues("Anyone who remembers Rajesh Menon's 1989 trip to Nairobi will "
                                                    "recognise the choreography.")
    assert "year-named visit:1972" in conflict_cues("Since the premier's historic 1972 visit, ties have grown.")
    assert not any(c.startswith("year-named") for c in conflict_cues("Rajesh Menon visited Nairobi in 1989."))
    assert not any(c.startswith("year-named") for c in conflict_cues("Menon's 1989 visits were many."))


def _menon(quote: str, when: str, text: str) -> Claim:
    return _c(quote, when, text, actors=(_MENON, _KE_HOST, _NBO))


_MONTH_VISIT = ("paper.in", _menon("The thaw began with Prime Minister Rajesh Menon's visit to Nairobi in December "
                                   "1988, the first by a prime minister in 34 years.", "1988-12", "in December 1988"))
_YEAR_NAMED = ("oped.in", _menon("Anyone who remembers Rajesh Menon's 1989 trip to Nairobi will recognise the "
                                 "choreography.", "1989", "1989"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_visit_named_by_its_year_a_year_off_is_one_visit_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_MONTH_VISIT, _YEAR_NAMED])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "1988-12"


_YEAR_APART = [
    ("Rajesh Menon visited Nairobi again in 1989.", "1989"),  # dated plainly, told as a repeat
    ("Rajesh Menon visited Nairobi in 1989 for talks on trade.", "1989"),  # dated plainly
    ("Rajesh Menon's 1989 trip to Nairobi, his second, was shorter.", "1989"),  # named, but the second
    ("Anyone who remembers Rajesh Menon's 1990 trip to Nairobi will recognise the choreography.", "1990"),  # 2 years
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _YEAR_APART)
def test_a_visit_dated_plainly_or_told_as_the_second_stays_apart(
    session: Session, order: tuple[int, int], told: tuple[str, str]
) -> None:
    events = store_in_order(session, order, [_MONTH_VISIT, ("oped.in", _menon(told[0], told[1], told[1]))])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# --------------------------------------------------------------------------- a summit at a provincial city

_SAMARKAND = replace(actor("Samarkand", "place"), role="location")
_TASHKENT = replace(actor("Tashkent", "place"), role="location")
_KHORGOS = replace(actor("Khorgos", "place"), role="location")


def _summit(quote: str, when: str, text: str, place=_SAMARKAND) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, actors=(_KZ, _UZ, place), mode="multilateral", keywords=("summit", "informal"))


_SUMMIT_DAYS = ("explainer.kz", _summit("**2018** — The first informal summit, in Samarkand on 27 and 28 April.",
                                        "2018-04-27/2018-04-28", "27 and 28 April"))
_SUMMIT_YEAR = ("wire.uz", _summit("Officials have compared the current phase to the period after the informal "
                                   "summit in Samarkand in 2019, when both sides tried to put the dispute behind "
                                   "them.", "2019", "in 2019"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_summit_at_a_provincial_city_told_a_year_off_is_one_summit(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_SUMMIT_DAYS, _SUMMIT_YEAR])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2018-04-27/2018-04-28"


_SUMMITS_APART = [
    # in the capital: leaders meet there on every visit
    (_summit("**2018** — The first informal summit, in Tashkent on 27 and 28 April.", "2018-04-27/2018-04-28",
             "27 and 28 April", _TASHKENT),
     _summit("the period after the informal summit in Tashkent in 2019", "2019", "in 2019", _TASHKENT)),
    # another city
    (_SUMMIT_DAYS[1], _summit("the period after the informal summit in Khorgos in 2019", "2019", "in 2019", _KHORGOS)),
    # the second summit, the same city
    (_SUMMIT_DAYS[1], _summit("the second informal summit in Samarkand in 2019 set up a trade dialogue", "2019",
                              "in 2019")),
    # an annual summit
    (_SUMMIT_DAYS[1], _summit("the annual summit in Samarkand in 2019 was postponed", "2019", "in 2019")),
    # told indefinitely: one of their summits there
    (_SUMMIT_DAYS[1], _summit("The two presidents held a summit in Samarkand in 2019.", "2019", "in 2019")),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("pair", _SUMMITS_APART)
def test_a_summit_in_a_capital_another_city_the_second_annual_or_indefinite_stays_apart(
    session: Session, order: tuple[int, int], pair: tuple[Claim, Claim]
) -> None:
    events = store_in_order(session, order, [("explainer.kz", pair[0]), ("wire.uz", pair[1])])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------------ a date lent by the lead, set aside

_LENT_QUOTE = ("The renewal came days after the foreign minister visited Nairobi, where he was received on Monday and "
               "held talks with his counterpart.")


def test_a_lead_day_in_a_sentence_telling_another_date_is_lent() -> None:
    assert _date_lent(Citation(rule="consult.visit.noun+lead-day", quote=_LENT_QUOTE, date_text="Thursday"))
    assert _date_lent(Citation(rule="agree.sign+shared-date", quote="signed in May 2024 and ratified in June 2024",
                               date_text="June 2024"))
    # the lead's day in a sentence with no date of its own is the report's dating of the act
    assert not _date_lent(Citation(rule="consult.visit.noun+lead-day", quote="He held talks with his counterpart.",
                                   date_text="Thursday"))
    assert not _date_lent(Citation(rule="consult.visit.noun", quote=_LENT_QUOTE, date_text="on Monday"))


def _talks(quote: str, when: str, text: str, rule: str) -> Claim:
    made = _c(quote, when, text, actors=(actor("Amina Ruto"), actor("Joao Silva")), mode="meeting",
              keywords=("talk", "co-chair"))
    return replace(made, rule=rule)  # type: ignore[arg-type]


@pytest.mark.parametrize("order", _ORDERS)
def test_a_lead_day_against_the_day_a_source_states_is_no_conflict(session: Session, order: tuple[int, int]) -> None:
    own = ("agency.ke", _talks("Earlier on Monday, Amina Ruto and Joao Silva co-chaired the fifth meeting of the "
                               "political subcommittee.", "2026-11-16", "Earlier on Monday", "consult.meeting"))
    lent = ("wire.br", _talks("The renewal came days after Joao Silva visited Nairobi, where he held talks with "
                              "Amina Ruto on Monday.", "2026-11-19", "Thursday", "consult.meeting+lead-day"))
    events = store_in_order(session, order, [own, lent])
    joined = [e for e in events if len(e.citations) == 2]
    assert joined and not joined[0].has_conflict and joined[0].edtf == "2026-11-16"


# ------------------------------------------------------------------------- the day a report was made, set aside

def test_a_day_carried_by_a_reporting_verb_is_the_reports() -> None:
    told = ("Kenya and Brazil have agreed to set up a joint mechanism to protect workers, officials said Friday, "
            "after a string of attacks.")
    assert _date_lent(Citation(rule="agree.agree", quote=told, date_text="Friday"))
    assert _date_lent(Citation(rule="agree.agree", quote="The ministry announced on 14 March that the deal was done.",
                               date_text="14 March"))
    # the act's own day, or a year after a reporting verb, is no report day
    assert not _date_lent(Citation(rule="agree.sign", quote="The agreement was signed on Thursday, officials said.",
                                   date_text="Thursday"))
    assert not _date_lent(Citation(rule="agree.sign", quote="Officials said in 2019 that the plant was complete.",
                                   date_text="in 2019"))


def _deal(quote: str, when: str, text: str) -> Claim:
    return _c(quote, when, text, "AGREE", actors=(_KE, _BR, actor("Amina Ruto"), actor("Joao Silva")), mode=None,
              keywords=("agreement", "mechanism", "sign"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_report_day_against_the_signing_day_is_no_conflict(session: Session, order: tuple[int, int]) -> None:
    said = ("wire.ke", _deal("Kenya and Brazil have agreed to set up a joint security mechanism, officials said "
                             "Friday.", "2026-03-13", "Friday"))
    signed = ("agency.br", _deal("The security mechanism agreement was signed in Nairobi on Thursday by Amina Ruto and "
                                 "Joao Silva.", "2026-03-12", "on Thursday"))
    events = store_in_order(session, order, [said, signed])
    joined = [e for e in events if len(e.citations) == 2]
    assert joined and not joined[0].has_conflict and joined[0].edtf == "2026-03-12"
