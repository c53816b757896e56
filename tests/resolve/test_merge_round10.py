"""Round 10 merging: nested dates of one act (a day and the month or year containing it) join by
class of identity signal; more one-off conflicts (a numbered session of a standing body, one
contract for one object, a visit dated before the one another article calls the first); a quote's
proper name another event holds as its object is reached; a same-article follow-up sentence naming
who signed is the same signing. Invented sentences of several outlets' styles; positive and negative
cases; both ingest orders where order could matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import (
    Profile,
    contract_objects,
    in_force_words,
    judge,
    same_named_thing,
    two_documents_signed,
)

D = dt.date
_TJ = replace(actor("Tajikistan", "state"), country="TJK")
_TR = replace(actor("Türkiye", "state"), country="TUR")
_TR_HOST = replace(_TR, role="recipient")


def _c(quote: str, when: str, text: str, event_type: str = "AGREE", *, actors: tuple = (_TJ, _TR),
       mode: str | None = None, keywords: tuple[str, ...] = (), named_object: str | None = None,
       status: str = "occurred", start: int = 0) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=start, end=start + len(quote), mode=mode,
                 actors=list(actors), keywords=keywords, named_object=named_object, status=status)
    return replace(made, date=date(when, text))


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2026, 12, 1))
    store_extraction(session, src, extraction(src, *claims))


def _both_orders(session: Session, order: tuple[int, int], items: list[tuple[str, Claim]]) -> list[Event]:
    for i in order:
        _store(session, items[i][0], items[i][1])
    return events_by_id(session)


_ORDERS = [(0, 1), (1, 0)]
_RAHMON = actor("Emomali Rahmon")
_FIDAN = actor("Hakan Fidan")
_SHARIPOV = actor("Mirzo Sharipov")


# --- 1. nested dates of one act ---------------------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_same_two_persons_signing_day_and_month_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("wire.tj", _c("On 13 May, Rahmon and Fidan signed a transit accord in Dushanbe.", "2026-05-13", "13 May",
                       actors=(_RAHMON, _FIDAN), keywords=("transit",))),
        ("review.tr", _c("Rahmon and Fidan put their names to the deal in May 2026.", "2026-05", "May 2026",
                         actors=(_RAHMON, _FIDAN), keywords=("deal",))),
    ])
    assert len(events) == 1 and not events[0].has_conflict


def test_same_pair_meeting_on_a_day_is_not_their_meeting_of_the_year() -> None:
    day = Profile("CONSULT", lower=D(2026, 5, 13), upper=D(2026, 5, 13), actors=frozenset({"A", "B"}),
                  persons=frozenset({"A", "B"}), sources=frozenset({1}), keywords=frozenset({"talks"}))
    year = replace(day, lower=D(2026, 1, 1), upper=D(2026, 12, 31), sources=frozenset({2}),
                   keywords=frozenset({"met"}))
    month = replace(year, lower=D(2026, 5, 1), upper=D(2026, 5, 31))
    assert isinstance(judge(year, day), str)  # a pair meets several times a year
    assert not isinstance(judge(month, day), str)


def test_same_pair_meeting_twice_in_the_year_takes_no_year_claim(session: Session) -> None:
    for uri, quote, when in (("wire.tj", "Rahmon held talks with Fidan in Dushanbe on 13 May.", "2026-05-13"),
                             ("agency.tj", "Rahmon received Fidan in Dushanbe on 2 September.", "2026-09-02")):
        _store(session, uri, _c(quote, when, quote, "CONSULT", actors=(_RAHMON, _FIDAN), keywords=("talks",)))
    _store(session, "digest.tr", _c("Rahmon and Fidan met in 2026 in Antalya.", "2026", "2026",
                                    "CONSULT", actors=(_RAHMON, _FIDAN), keywords=("met",)))
    assert len(events_by_id(session)) == 3


def test_two_documents_of_one_visit_stay_two(session: Session) -> None:
    _store(session, "wire.tj", _c("On 13 May Rahmon and Fidan signed a treaty on eternal friendship.", "2026-05-13",
                                  "13 May", actors=(_RAHMON, _FIDAN), keywords=("friendship",)))
    _store(session, "blog.tr", _c("In May 2026 Rahmon and Fidan also signed a joint statement on energy.", "2026-05",
                                  "May 2026", actors=(_RAHMON, _FIDAN), keywords=("energy",)))
    assert len(events_by_id(session)) == 2


def test_visit_and_summit_of_one_month_stay_two(session: Session) -> None:
    _store(session, "wire.tj", _c("Rahmon arrived in Ankara on 13 May for a state visit.", "2026-05-13", "13 May",
                                  "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",)))
    _store(session, "digest.tr", _c("Rahmon attended the Turkic summit in Ankara in May 2026.", "2026-05",
                                    "May 2026", "CONSULT", actors=(_RAHMON, _TR), mode="multilateral",
                                    keywords=("summit",)))
    assert len(events_by_id(session)) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_visa_regime_in_force_day_and_month_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("mfa.tj", _c("The agreement on mutual visa exemption between Tajikistan and Türkiye entered into force on"
                      " 12 March.", "2026-03-12", "12 March", "COOPERATE", keywords=("agreement", "force"))),
        ("paper.tr", _c("The visa-free regime for Turkish citizens took effect in March 2026.", "2026-03",
                        "March 2026", "COOPERATE", actors=(_TR,), keywords=("visa-free", "travel"))),
    ])
    assert len(events) == 1 and not events[0].has_conflict


def test_two_texts_in_force_in_one_month_stay_two(session: Session) -> None:
    _store(session, "mfa.tj", _c("The double taxation convention entered into force on 12 March.", "2026-03-12",
                                 "12 March", "COOPERATE", keywords=("taxation",)))
    _store(session, "paper.tr", _c("The visa-free regime for Turkish citizens took effect in March 2026.",
                                   "2026-03", "March 2026", "COOPERATE", actors=(_TR,), keywords=("visa-free",)))
    assert len(events_by_id(session)) == 2


def test_in_force_words_leave_out_the_states_between_which() -> None:
    assert in_force_words("Last week the visa-free regime between Tajikistan and Türkiye came into force.") == {
        "visa"
    }


_ORIENT = actor("Orient Rail", "organisation")
_DUSHANBE = actor("Dushanbe", "place")
_KHUJAND = actor("Khujand", "place")


@pytest.mark.parametrize("order", _ORDERS)
def test_same_place_type_and_company_day_and_month_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("wire.tj", _c("Orient Rail signed a leasing agreement for 40 wagons in Dushanbe on 3 June.", "2026-06-03",
                       "3 June", actors=(_ORIENT, _DUSHANBE), keywords=("leasing",))),
        ("trade.tr", _c("In June 2026 Orient Rail sealed a deal in Dushanbe, its chief said.", "2026-06",
                        "June 2026", actors=(_ORIENT, _DUSHANBE), keywords=("deal",))),
    ])
    assert len(events) == 1


def test_same_company_in_two_places_one_month_stays_two(session: Session) -> None:
    _store(session, "wire.tj", _c("Orient Rail signed a leasing agreement in Dushanbe on 3 June.", "2026-06-03",
                                  "3 June", actors=(_ORIENT, _DUSHANBE), keywords=("leasing",)))
    _store(session, "trade.tr", _c("In June 2026 Orient Rail sealed a deal in Khujand, its chief said.", "2026-06",
                                   "June 2026", actors=(_ORIENT, _KHUJAND), keywords=("deal",)))
    assert len(events_by_id(session)) == 2


_COMMISSION = actor("Tajikistan-Türkiye Intergovernmental Commission on Economic Cooperation", "organisation")


@pytest.mark.parametrize("order", _ORDERS)
def test_numbered_session_of_a_body_day_and_month_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("ministry.tj", _c("The 7th meeting of the Tajikistan-Türkiye Intergovernmental Commission on Economic "
                           "Cooperation was held in Dushanbe on 14 October.", "2026-10-14", "14 October", "CONSULT",
                           actors=(_COMMISSION, _SHARIPOV, _FIDAN))),
        ("calendar.tr", _c("Mid-October, Dushanbe - 7th meeting of the Tajikistan-Türkiye Intergovernmental "
                           "Commission on Economic Cooperation.", "2026-10", "Mid-October", "CONSULT",
                           actors=(_COMMISSION, _TJ))),
    ])
    assert len(events) == 1 and not events[0].has_conflict


def test_other_numbered_session_of_the_body_stays_apart(session: Session) -> None:
    _store(session, "ministry.tj", _c("The 7th meeting of the Tajikistan-Türkiye Intergovernmental Commission on "
                                      "Economic Cooperation was held in Dushanbe on 14 October.", "2026-10-14",
                                      "14 October", "CONSULT", actors=(_COMMISSION, _SHARIPOV, _FIDAN)))
    _store(session, "calendar.tr", _c("October: 8th meeting of the Tajikistan-Türkiye Intergovernmental "
                                      "Commission on Economic Cooperation.", "2026-10", "October", "CONSULT",
                                      actors=(_COMMISSION, _TJ)))
    assert len(events_by_id(session)) == 2


def test_a_generic_object_is_no_differing_name() -> None:
    named = Profile("AGREE", named_objects=("Khatlon investment agreement",), sources=frozenset({1}))
    generic = Profile("AGREE", named_objects=("Investment agreement",), sources=frozenset({2}),
                      tokens=frozenset({"invest", "agreement", "khatlon", "port", "sign"}))
    assert same_named_thing(named, generic)
    other = replace(generic, tokens=frozenset({"invest", "agreement", "sughd", "sign"}))
    assert not same_named_thing(named, other)


# --- 2. one-off conflicts ---------------------------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_session_of_a_body_a_month_apart_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("ministry.tj", _c("The 7th meeting of the Tajikistan-Türkiye Intergovernmental Commission on Economic "
                           "Cooperation was held in Dushanbe on 14 October.", "2026-10-14", "14 October", "CONSULT",
                           actors=(_COMMISSION, _SHARIPOV, _FIDAN, _DUSHANBE))),
        ("weekly.tr", _c("The intergovernmental commission on economic cooperation, which met in Dushanbe in "
                         "September under Sharipov and Fidan, set new trade targets.", "2026-09", "September",
                         "CONSULT", actors=(_SHARIPOV, _FIDAN, _DUSHANBE))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_sessions_of_a_body_a_year_apart_stay_two(session: Session) -> None:
    _store(session, "ministry.tj", _c("The 7th meeting of the Tajikistan-Türkiye Intergovernmental Commission on "
                                      "Economic Cooperation was held in Dushanbe on 14 October.", "2026-10-14",
                                      "14 October", "CONSULT", actors=(_COMMISSION, _SHARIPOV, _FIDAN, _DUSHANBE)))
    _store(session, "weekly.tr", _c("The intergovernmental commission on economic cooperation, which met in "
                                    "Dushanbe in September 2025 under Sharipov and Fidan, set trade targets.",
                                    "2025-09", "September 2025", "CONSULT", actors=(_SHARIPOV, _FIDAN, _DUSHANBE)))
    assert len(events_by_id(session)) == 2


_SINO = actor("SinoHydro", "organisation")


def test_contract_objects() -> None:
    assert contract_objects("SinoHydro signed an engineering contract in Dushanbe on 18 March for a 120-megawatt"
                            " wind farm in the Khatlon region, officials said.") == {
        "120", "megawatt", "wind", "farm", "khatlon"}
    assert contract_objects("The firm won a contract to build the Vahdat-Yavan railway in 2025.") == {
        "vahdat", "yavan", "railway"}
    assert contract_objects("The two sides signed a memorandum on energy.") == set()


@pytest.mark.parametrize("order", _ORDERS)
def test_one_contract_for_one_plant_a_month_apart_is_one_event(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("energy.tj", _c("SinoHydro signed an engineering contract in Dushanbe on 18 March for a 120-megawatt wind"
                         " farm in the Khatlon region.", "2026-03-18", "18 March", actors=(_SINO, _TJ),
                         keywords=("contract",))),
        ("review.tr", _c("SinoHydro signed the EPC contract for the 120 MW wind farm in Khatlon in April 2026.",
                         "2026-04", "April 2026", actors=(_SINO,), keywords=("contract",),
                         named_object="EPC contract")),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_two_contracts_for_two_plants_stay_two(session: Session) -> None:
    _store(session, "energy.tj", _c("SinoHydro signed an engineering contract on 18 March for a 120-megawatt wind "
                                    "farm in the Khatlon region.", "2026-03-18", "18 March", actors=(_SINO, _TJ),
                                    keywords=("contract",)))
    _store(session, "review.tr", _c("SinoHydro signed a contract for the 300 MW solar park in Sughd in April 2026.",
                                    "2026-04", "April 2026", actors=(_SINO,), keywords=("contract",)))
    assert len(events_by_id(session)) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_visit_before_the_first_one_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("history.tj", _c("Rahmon's visit to Ankara in 1995 set the course for the decade.", "1995", "1995",
                          "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",))),
        ("essay.tr", _c("Rahmon made his first state visit to Türkiye in 1996, when trade was tiny.", "1996", "1996",
                        "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",))),
    ])
    assert len(events) == 1 and events[0].has_conflict


def test_visit_after_the_first_one_stays_apart(session: Session) -> None:
    _store(session, "essay.tr", _c("Rahmon made his first state visit to Türkiye in 1996, when trade was tiny.",
                                   "1996", "1996", "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit",
                                   keywords=("visit",)))
    _store(session, "history.tj", _c("Rahmon's visit to Ankara in 1997 opened a consulate.", "1997", "1997",
                                     "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",)))
    assert len(events_by_id(session)) == 2


# --- 3. a proper name of the quote that another event holds as its named object --------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_quote_naming_anothers_object_is_reached(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("city.tj", _c("Tajikistan and Türkiye opened the Khujand Textile Industrial Park last month.", "2026-09",
                       "last month", "COOPERATE", named_object="Khujand Textile Industrial Park")),
        ("wire.tr", _c("The weaving plant built by Karsan at the Khujand Textile Industrial Park was inaugurated on"
                       " 9 September 2026.", "2026-09-09", "9 September 2026", "COOPERATE",
                       actors=(actor("Karsan", "organisation"),))),
    ])
    assert len(events) == 1


# --- 4. a follow-up sentence of the same article naming who signed ------------------------------------


_ADY = actor("Orient Rail", "organisation")
_TCDD = actor("Turkish State Railways", "organisation")


def test_signatory_follow_up_is_the_same_signing(session: Session) -> None:
    lead = "On Tuesday, Orient Rail and Turkish State Railways signed an agreement in Ankara on a freight platform."
    follow = "Orient Rail chairman Jamshed Karimov signed for the Tajik side."
    _store(session, "wire.tj",
           _c(lead, "2026-11-17", "Tuesday", actors=(_ADY, _TCDD, _TR), keywords=("freight",)),
           _c(follow, "2026-11-17", "Tuesday", actors=(actor("Jamshed Karimov"), _TJ), start=len(lead) + 1))
    assert len(events_by_id(session)) == 1


def test_the_document_was_signed_by_is_the_same_signing(session: Session) -> None:
    lead = "The government and a Turkish consortium signed the investment agreement for the Panj port on Monday."
    follow = "The document was signed at the Government House in Dushanbe by the first deputy prime minister."
    _store(session, "news.tj",
           _c(lead, "2026-09-14", "Monday", actors=(_TJ, actor("Kalyon Consortium", "organisation"))),
           _c(follow, "2026-09-14", "Monday", actors=(actor("Government House", "organisation"), _TJ, _TR),
              start=len(lead) + 1))
    assert len(events_by_id(session)) == 1


def test_another_document_signed_next_is_no_follow_up(session: Session) -> None:
    lead = "On Tuesday, Orient Rail and Turkish State Railways signed an agreement in Ankara on a freight platform."
    follow = "They also signed a memorandum on training railway staff, the ministry said."
    _store(session, "wire.tj",
           _c(lead, "2026-11-17", "Tuesday", actors=(_ADY, _TCDD, _TR), keywords=("freight",)),
           _c(follow, "2026-11-17", "Tuesday", actors=(_TJ,), keywords=("training",), start=len(lead) + 1))
    assert len(events_by_id(session)) == 2


def test_follow_up_with_another_date_is_another_signing(session: Session) -> None:
    lead = "On Tuesday, Orient Rail and Turkish State Railways signed an agreement in Ankara on a freight platform."
    follow = "The document was signed on behalf of the ministry by its deputy head a week earlier."
    _store(session, "wire.tj",
           _c(lead, "2026-11-17", "Tuesday", actors=(_ADY, _TCDD, _TR), keywords=("freight",)),
           _c(follow, "2026-11-10", "a week earlier", actors=(_TJ,), start=len(lead) + 1))
    assert len(events_by_id(session)) == 2


# --- 3b. the re-check in the other direction ----------------------------------------------------------


_KALYON = actor("Kalyon Consortium", "organisation")


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 0, 1), (0, 2, 1)])
def test_day_signing_with_follow_up_and_two_month_retellings_is_one_event(
    session: Session, order: tuple[int, int, int]
) -> None:
    lead = "The government and the Kalyon Consortium signed the investment agreement for the Panj river port on Monday."
    follow = "The document was signed at the Government House in Dushanbe by the first deputy prime minister."
    items = [
        ("news.tj", [_c(lead, "2026-09-14", "Monday", actors=(_TJ, _KALYON), keywords=("invest",)),
                     _c(follow, "2026-09-14", "Monday", actors=(actor("Government House", "organisation"), _TJ),
                        start=len(lead) + 1)]),
        ("bulletin.tr", [_c("Investment agreement for Panj river port signed by the Government of Tajikistan in "
                            "September.", "2026-09", "September", actors=(_TJ,), keywords=("invest",),
                            named_object="Investment agreement")]),
        ("monthly.tj", [_c("The Panj port investment agreement was signed in September 2026.", "2026-09",
                           "September 2026", actors=(_TJ,), keywords=("invest",),
                           named_object="Panj port investment agreement")]),
    ]
    for i in order:
        _store(session, items[i][0], *items[i][1])
    assert len(events_by_id(session)) == 1


# --- 5. a sentence telling two documents of one visit --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("The agreement on culture was signed during the state visit in May 2016, when Tajikistan also became one"
         " of the first to sign a Silk Road memorandum.", True),
        ("A treaty on friendship was signed on Monday; the ministers also signed a protocol on customs.", True),
        ("After the talks the two presidents signed a joint statement and witnessed the signing of 20 documents.",
         False),
        ("The two sides signed a joint statement and a memorandum.", False),
    ],
)
def test_two_documents_signed(text: str, two: bool) -> None:
    assert two_documents_signed(text) is two


@pytest.mark.parametrize("order", _ORDERS)
def test_signing_told_beside_another_document_stays_apart(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("review.tj", _c("Tajikistan signed a memorandum on the Silk Road initiative in May 2016, during Rahmon's state"
                         " visit to Türkiye.", "2016-05", "May 2016", actors=(_RAHMON, _TJ), keywords=("memorandum",))),
        ("envoy.tr", _c("The agreement on culture was signed during Rahmon's state visit in May 2016, when Tajikistan"
                        " also became one of the first to sign a Silk Road memorandum with Türkiye.", "2016-05",
                        "May 2016", actors=(_RAHMON,), keywords=("agree",))),
    ])
    assert len(events) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_same_named_document_told_beside_another_still_joins(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("review.tj", _c("The Silk Road memorandum was signed in May 2016.", "2016-05", "May 2016", actors=(_TJ,),
                         named_object="Silk Road memorandum")),
        ("envoy.tr", _c("The Silk Road memorandum was signed in May 2016, and a deal on culture was signed a week "
                        "later.", "2016-05", "May 2016", actors=(_TJ,), named_object="Silk Road memorandum")),
    ])
    assert len(events) == 1


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_month_visit_before_a_first_visit_year_is_reached(session: Session, order: tuple[int, int]) -> None:
    events = _both_orders(session, order, [
        ("essay.tr", _c("Rahmon made his first state visit to Türkiye in 1996, when trade was tiny.", "1996", "1996",
                        "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",))),
        ("speech.tj", _c("She recalled Rahmon's state visit to Türkiye in March 1995.", "1995-03", "March 1995",
                         "CONSULT", actors=(_RAHMON, _TR_HOST), mode="visit", keywords=("visit",))),
    ])
    assert len(events) == 1 and events[0].has_conflict
